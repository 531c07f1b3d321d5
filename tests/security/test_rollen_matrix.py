"""Issue 20, the role x municipality matrix: every admin view of data that belongs to a municipality,
asked by each role, with the expected answer written down per cell.

Municipality A is the default site, B is Kustmeer. All data below belongs to A. "ja" means the page
opens (200) and shows A's data; every other cell names the one refusal the product gives: "leeg" the
page opens (200) but shows none of A's data, "weg" Wagtail sends the user back to the dashboard (302
to /admin/), "404" the object is outside the user's queryset, "login" an anonymous visitor is sent
to the admin login with the page to come back to.

A's data: a contact request and a change suggestion (personal data), a draft page of partner A's
organisation in the review workflow, a locked live page, an image in partner A's collection, a
document in A's collection, A's area (taxonomy snippet) and A's site settings.
"""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from kaart.models import Contactverzoek, Wijzigingsvoorstel
from kaart.partners.rollen import BEHEERDERS, REDACTEUREN, setup_roles, site_redactie_naam, zorg_voor_partnergroep
from tests.fabrieken.regio import twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]

ROLLEN = ["beheerder", "redacteuren", "redacteur_a", "redacteur_b", "partner_a", "partner_b", "anoniem"]

# view -> expected answer per role, in the order of ROLLEN.
MATRIX = {
    "vragen_lijst":        ["ja",   "ja",   "ja",   "leeg", "weg",  "weg",  "login"],
    "vraag_inzien":        ["ja",   "ja",   "ja",   "404",  "weg",  "404",  "login"],
    "vraag_verwijderen":   ["ja",   "ja",   "ja",   "404",  "weg",  "404",  "login"],
    "voorstellen_lijst":   ["ja",   "ja",   "ja",   "leeg", "weg",  "weg",  "login"],
    "voorstel_bewerken":   ["ja",   "ja",   "ja",   "404",  "weg",  "weg",  "login"],
    "inzicht_csv_a":       ["ja",   "ja",   "ja",   "leeg", "weg",  "weg",  "login"],
    "avg_export":          ["ja",   "ja",   "weg",  "weg",  "weg",  "weg",  "login"],
    "niet_actueel":        ["ja",   "ja",   "ja",   "leeg", "weg",  "weg",  "login"],
    "pagina_bewerken_a":   ["ja",   "ja",   "ja",   "weg",  "ja",   "weg",  "login"],
    # Choosers: A's draft, image and document; the taxonomy is shared by the municipalities.
    "paginakiezer_a":      ["ja",   "ja",   "ja",   "leeg", "ja",   "leeg", "login"],
    "beeldkiezer_a":       ["ja",   "ja",   "ja",   "leeg", "ja",   "leeg", "login"],
    "documentkiezer_a":    ["ja",   "ja",   "ja",   "leeg", "leeg", "leeg", "login"],
    "document_bewerken_a": ["ja",   "ja",   "ja",   "weg",  "weg",  "weg",  "login"],
    # Areas are public (they are on the site) and a regional partner names areas of several
    # municipalities: every partner may choose them. A municipal editor chooses its own areas only.
    "snippetkiezer_gebied": ["ja",   "ja",   "ja",   "leeg", "ja",   "ja",   "login"],
    # Reports: the draft in the workflow and the site history. The locked-pages report needs the
    # unlock right (partners are sent back); the aging-pages report opens but lists none of A's pages.
    "zoeken_concept_a":    ["ja",   "ja",   "ja",   "leeg", "ja",   "leeg", "login"],
    "workflowrapport":     ["ja",   "ja",   "ja",   "leeg", "ja",   "leeg", "login"],
    "sitegeschiedenis":    ["ja",   "ja",   "ja",   "leeg", "ja",   "leeg", "login"],
    "vergrendeld":         ["ja",   "ja",   "ja",   "leeg", "weg",  "weg",  "login"],
    "verouderd":           ["ja",   "ja",   "ja",   "leeg", "leeg", "leeg", "login"],
    # Area snippets belong to a municipality: an editor of B neither lists, edits nor deletes A's
    # area; partners manage none.
    "gebieden_lijst":      ["ja",   "ja",   "ja",   "leeg", "weg",  "weg",  "login"],
    "gebied_bewerken_a":   ["ja",   "ja",   "ja",   "404",  "weg",  "weg",  "login"],
    "gebied_verwijderen_a": ["ja",   "ja",   "ja",   "404",  "weg",  "weg",  "login"],
    # Site settings: only administrators, for every site.
    "instellingen_a":      ["ja",   "weg",  "weg",  "weg",  "weg",  "weg",  "login"],
    "instellingen_b":      ["ja",   "weg",  "weg",  "weg",  "weg",  "weg",  "login"],
}
CELLEN = [(view, rol, verwacht) for view, rij in MATRIX.items() for rol, verwacht in zip(ROLLEN, rij, strict=True)]
GEHEIM = "Anna Duin"
CONCEPT = "Concept Zeedorp geheim"
BEELD = "Foto Buurthuis Zeedorp"
DOCUMENT = "Folder Duinwijk intern"


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
    _inhoud_van_a(regio, gebruikers)
    return regio, vraag, voorstel, gebruikers


def _inhoud_van_a(regio, gebruikers):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.log_actions import log
    from wagtail.models import Workflow

    from kaart.partners.collecties import gemeente_collectie, partner_collectie
    from kaart.partners.rollen import WORKFLOW_NAAM, partner_groep
    from tests.fabrieken import AanbodFactory, afbeelding

    partner = gebruikers["partner_a"]
    concept = AanbodFactory(parent=regio.lokaal_a, volledig=True, title=CONCEPT, slug="concept-zeedorp", owner=partner)
    concept.unpublish()
    concept.save_revision(user=partner)
    Workflow.objects.get(name=WORKFLOW_NAAM).start(concept, partner)
    log(concept, "wagtail.edit", user=partner)
    regio.aanbod_a.locked = True
    regio.aanbod_a.save()
    beeld = afbeelding(BEELD)
    beeld.collection = partner_collectie(regio.lokaal_a, partner_groep(regio.lokaal_a).name)
    beeld.save()
    get_document_model().objects.create(title=DOCUMENT, collection=gemeente_collectie(regio.site_a),
                                        file=ContentFile(b"%PDF-1.4\n", name="folder-duinwijk.pdf"))


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
    return _vraag_kiezers_en_rapporten(client, view, regio)


def _vraag_kiezers_en_rapporten(client, view, regio):
    from wagtail.documents import get_document_model

    urls = {
        "paginakiezer_a": f"/admin/choose-page/{regio.lokaal_a.pk}/",
        "beeldkiezer_a": "/admin/images/chooser/",
        "documentkiezer_a": "/admin/documents/chooser/",
        "snippetkiezer_gebied": "/admin/snippets/choose/kaart/gebied/",
        "zoeken_concept_a": "/admin/pages/search/results/?q=Concept",
        "workflowrapport": "/admin/reports/workflow/",
        "sitegeschiedenis": "/admin/reports/site-history/results/",
        "vergrendeld": "/admin/reports/locked/",
        "verouderd": "/admin/reports/aging-pages/results/",
        "gebieden_lijst": "/admin/snippets/kaart/gebied/",
        "gebied_bewerken_a": f"/admin/snippets/kaart/gebied/edit/{regio.gebied_a.pk}/",
        "gebied_verwijderen_a": f"/admin/snippets/kaart/gebied/delete/{regio.gebied_a.pk}/",
        "instellingen_a": f"/admin/settings/leefmee/siteinstellingen/{regio.site_a.pk}/",
        "instellingen_b": f"/admin/settings/leefmee/siteinstellingen/{regio.site_b.pk}/",
    }
    if view == "document_bewerken_a":
        return client.get(f"/admin/documents/edit/{get_document_model().objects.get(title=DOCUMENT).pk}/")
    return client.get(urls[view])


def _toont_a(view, response, regio):
    inhoud = response.content.decode(errors="replace")
    if view == "inzicht_csv_a":
        return f"inzicht-site-{regio.site_a.pk}.csv" in response.get("Content-Disposition", "")
    if view == "niet_actueel":
        return "Koffie in Zeedorp" in inhoud
    if view == "pagina_bewerken_a":
        return "Buurthuis Zeedorp" in inhoud
    kenmerk = {"paginakiezer_a": CONCEPT, "zoeken_concept_a": CONCEPT, "workflowrapport": CONCEPT,
               "sitegeschiedenis": CONCEPT, "beeldkiezer_a": BEELD, "documentkiezer_a": DOCUMENT,
               "document_bewerken_a": DOCUMENT, "snippetkiezer_gebied": "Zeedorp", "gebied_bewerken_a": "Zeedorp",
               "gebieden_lijst": "Zeedorp", "gebied_verwijderen_a": "Zeedorp",
               "vergrendeld": "Koffie in Zeedorp", "verouderd": "Koffie in Zeedorp",
               "instellingen_a": 'name="gemeente_naam"', "instellingen_b": 'name="gemeente_naam"'}
    return kenmerk.get(view, GEHEIM) in inhoud


def _antwoord(view, response, regio):
    """The cell this response fills in: "ja", "leeg", "weg", "404", "login", or the raw answer."""
    status, naar = response.status_code, response.get("Location")
    if status == 200:
        return "ja" if _toont_a(view, response, regio) else "leeg"
    if (status, naar) == (302, "/admin/"):
        return "weg"
    if (status, naar) == (302, "/admin/login/?next=" + quote(response.wsgi_request.get_full_path(), safe="/")):
        return "login"
    return "404" if status == 404 else (status, naar)


@pytest.mark.parametrize("view, rol, verwacht", CELLEN, ids=[f"{v}-{r}" for v, r, _e in CELLEN])
def test_matrix_cel(client, wereld, view, rol, verwacht):
    regio, vraag, voorstel, gebruikers = wereld
    if rol != "anoniem":
        client.force_login(gebruikers[rol])
    response = _vraag(client, view, regio, vraag, voorstel)
    assert _antwoord(view, response, regio) == verwacht
    assert Contactverzoek.objects.filter(pk=vraag.pk).exists()
