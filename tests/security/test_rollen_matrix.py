"""Issue 20, the role x municipality matrix: every admin view of data that belongs to a municipality,
asked by each role, with the expected answer written down per cell.

Municipality A is the default site, B is Kustmeer. All data below belongs to A. "ja" means the page
opens (200) and shows A's data; "nee" means a refusal (login redirect, 403, 404 or a redirect away)
that shows none of it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from kaart.models import Contactverzoek, Wijzigingsvoorstel
from kaart.partners.rollen import BEHEERDERS, REDACTEUREN, setup_roles, site_redactie_naam, zorg_voor_partnergroep
from tests.fabrieken.regio import HOST_B, twee_gemeenten

pytestmark = pytest.mark.django_db

ROLLEN = ["beheerder", "redacteuren", "redacteur_a", "redacteur_b", "partner_a", "partner_b", "anoniem"]

# view -> expected answer per role, in the order of ROLLEN.
MATRIX = {
    "vragen_lijst":        ["ja", "ja", "ja", "nee", "nee", "nee", "nee"],
    "vraag_inzien":        ["ja", "ja", "ja", "nee", "nee", "nee", "nee"],
    "vraag_verwijderen":   ["ja", "ja", "ja", "nee", "nee", "nee", "nee"],
    "voorstellen_lijst":   ["ja", "ja", "ja", "nee", "nee", "nee", "nee"],
    "voorstel_bewerken":   ["ja", "ja", "ja", "nee", "nee", "nee", "nee"],
    "inzicht_csv_a":       ["ja", "ja", "ja", "nee", "nee", "nee", "nee"],
    "avg_export":          ["ja", "ja", "nee", "nee", "nee", "nee", "nee"],
    "niet_actueel":        ["ja", "ja", "ja", "nee", "nee", "nee", "nee"],
    "pagina_bewerken_a":   ["ja", "ja", "ja", "nee", "ja", "nee", "nee"],
}
CELLEN = [(view, rol, verwacht) for view, rij in MATRIX.items() for rol, verwacht in zip(ROLLEN, rij, strict=True)]
GEHEIM = "Anna Duin"


@pytest.fixture(autouse=True)
def hosts(settings):
    settings.ALLOWED_HOSTS = ["localhost", "testserver", HOST_B]


@pytest.fixture
def wereld(site, home_page, locale_nl):
    regio = twee_gemeenten(site, home_page, locale_nl)
    setup_roles()
    vraag = Contactverzoek.objects.create(naam=GEHEIM, email="anna@example.test", vraag="Hulp?",
                                          organisatie=regio.lokaal_a, pagina=regio.aanbod_a)
    voorstel = Wijzigingsvoorstel.objects.create(page=regio.aanbod_a, wat_klopt_niet=f"{GEHEIM}: tijd klopt niet",
                                                 naam=GEHEIM, email="anna@example.test",
                                                )
    User = get_user_model()
    gebruikers = {"beheerder": User.objects.create_superuser("beheerder", "b@example.test", "LeefMee-test-2026")}

    def lid(naam, groep):
        user = User.objects.create_user(naam, f"{naam}@example.test", "LeefMee-test-2026")
        user.groups.add(groep)
        return user

    gebruikers["redacteuren"] = lid("redacteuren", Group.objects.get(name=REDACTEUREN))
    gebruikers["redacteur_a"] = lid("red-a", Group.objects.get(name=site_redactie_naam(regio.site_a)))
    gebruikers["redacteur_b"] = lid("red-b", Group.objects.get(name=site_redactie_naam(regio.site_b)))
    gebruikers["partner_a"] = lid("partner-a", zorg_voor_partnergroep(regio.lokaal_a))
    gebruikers["partner_b"] = lid("partner-b", zorg_voor_partnergroep(regio.lokaal_b))
    # The AVG right is the administrators' (all permissions); "Redacteuren" (all) get it here explicitly.
    from django.contrib.auth.models import Permission

    Group.objects.get(name=REDACTEUREN).permissions.add(Permission.objects.get(codename="beheer_persoonsgegevens"))
    assert Group.objects.filter(name=BEHEERDERS).exists()
    return regio, vraag, voorstel, gebruikers


def _vraag(client, view, regio, vraag, voorstel):
    if view == "vragen_lijst":
        return client.get("/admin/contactverzoek/")
    if view == "vraag_inzien":
        return client.get(f"/admin/contactverzoek/inspect/{vraag.pk}/")
    if view == "vraag_verwijderen":
        return client.get(f"/admin/contactverzoek/delete/{vraag.pk}/")
    if view == "voorstellen_lijst":
        return client.get("/admin/wijzigingsvoorstellen/")
    if view == "voorstel_bewerken":
        return client.get(f"/admin/wijzigingsvoorstellen/edit/{voorstel.pk}/")
    if view == "inzicht_csv_a":
        return client.get("/admin/kaart/inzicht/", {"site": regio.site_a.pk, "formaat": "csv"})
    if view == "avg_export":
        return client.post("/admin/persoonsgegevens/exporteren/", {"email": "anna@example.test"})
    if view == "niet_actueel":
        return client.get("/admin/niet-actueel/")
    if view == "pagina_bewerken_a":
        return client.get(f"/admin/pages/{regio.lokaal_a.pk}/edit/")
    raise AssertionError(view)


def _toont_a(view, response, regio):
    inhoud = response.content.decode(errors="replace")
    if view == "inzicht_csv_a":
        return f"inzicht-site-{regio.site_a.pk}.csv" in response.get("Content-Disposition", "")
    if view == "niet_actueel":
        return "Koffie in Zeedorp" in inhoud
    if view == "pagina_bewerken_a":
        return "Buurthuis Zeedorp" in inhoud
    return GEHEIM in inhoud


@pytest.mark.parametrize("view, rol, verwacht", CELLEN, ids=[f"{v}-{r}" for v, r, _e in CELLEN])
def test_matrix_cel(client, wereld, view, rol, verwacht):
    regio, vraag, voorstel, gebruikers = wereld
    if rol != "anoniem":
        client.force_login(gebruikers[rol])
    response = _vraag(client, view, regio, vraag, voorstel)
    if verwacht == "ja":
        assert response.status_code == 200 and _toont_a(view, response, regio)
    else:
        assert response.status_code in (200, 302, 403, 404)
        assert response.status_code != 200 or not _toont_a(view, response, regio)
    assert Contactverzoek.objects.filter(pk=vraag.pk).exists()
