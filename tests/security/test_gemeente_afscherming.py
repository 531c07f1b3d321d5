"""Issue 20, finding 1: an editor of one municipality neither reads nor deletes another's residents' data.

Two municipalities (A = the default site, B = Kustmeer); the editor of B is made by `setup_roles`.
"""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from kaart.models import Aanmelding, Contactverzoek, Wijzigingsvoorstel
from kaart.partners.rollen import REDACTEUREN, setup_roles, site_redactie_naam
from tests.fabrieken import ActiviteitFactory
from tests.fabrieken.regio import twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]


@pytest.fixture
def regio(site, home_page, locale_nl):
    regio = twee_gemeenten(site, home_page, locale_nl)
    setup_roles()
    return regio


def maak_redacteur(naam, groep):
    user = get_user_model().objects.create_user(naam, f"{naam}@example.test", "LeefMee-test-2026")
    user.groups.add(Group.objects.get(name=groep))
    return user


@pytest.fixture
def redacteur_b(regio):
    return maak_redacteur("red-b", site_redactie_naam(regio.site_b))


@pytest.fixture
def gegevens(regio):
    vraag_a = Contactverzoek.objects.create(naam="Anna Duin", email="anna@example.test", vraag="Hulp?",
                                            organisatie=regio.lokaal_a, pagina=regio.aanbod_a)
    vraag_b = Contactverzoek.objects.create(naam="Bart Kust", email="bart@example.test", vraag="Koffie?",
                                            organisatie=regio.lokaal_b, pagina=regio.aanbod_b)
    voorstel_a = Wijzigingsvoorstel.objects.create(page=regio.aanbod_a, wat_klopt_niet="Tijd klopt niet",
                                                   naam="Anna Duin", email="anna@example.test")
    voorstel_b = Wijzigingsvoorstel.objects.create(page=regio.aanbod_b, wat_klopt_niet="Adres klopt niet")
    activiteit_a = ActiviteitFactory(parent=regio.lokaal_a, title="Wandelen in Zeedorp")
    aanmelding_a = Aanmelding.objects.create(naam="Anna Duin", email="anna@example.test", activiteit=activiteit_a,
                                             organisatie=regio.lokaal_a)
    return vraag_a, vraag_b, voorstel_a, voorstel_b, aanmelding_a


def test_contact_requests_of_another_municipality_are_not_listed_or_opened(client, redacteur_b, gegevens):
    vraag_a, vraag_b, *_rest = gegevens
    client.force_login(redacteur_b)
    lijst = client.get("/admin/contactverzoek/")
    assert lijst.status_code == 200
    assert "Bart Kust" in lijst.content.decode() and "Anna Duin" not in lijst.content.decode()
    assert client.get(f"/admin/contactverzoek/inspect/{vraag_b.pk}/").status_code == 200
    assert client.get(f"/admin/contactverzoek/inspect/{vraag_a.pk}/").status_code == 404


def test_contact_request_of_another_municipality_cannot_be_deleted(client, redacteur_b, gegevens):
    vraag_a, vraag_b, *_rest = gegevens
    client.force_login(redacteur_b)
    assert client.post(f"/admin/contactverzoek/delete/{vraag_a.pk}/").status_code == 404
    assert Contactverzoek.objects.filter(pk=vraag_a.pk).exists()
    client.post(f"/admin/contactverzoek/delete/{vraag_b.pk}/")
    assert not Contactverzoek.objects.filter(pk=vraag_b.pk).exists()


def test_registrations_of_another_municipality_stay_hidden(client, redacteur_b, gegevens):
    aanmelding_a = gegevens[-1]
    redacteur_b.groups.first().permissions.add(*_permissies(Aanmelding, ["view", "delete"]))
    client.force_login(redacteur_b)
    assert "Anna Duin" not in client.get("/admin/aanmelding/").content.decode()
    assert client.get(f"/admin/aanmelding/inspect/{aanmelding_a.pk}/").status_code == 404


def test_change_suggestions_of_another_municipality_are_not_listed_or_edited(client, redacteur_b, gegevens):
    _a, _b, voorstel_a, voorstel_b, _m = gegevens
    client.force_login(redacteur_b)
    lijst = client.get("/admin/wijzigingsvoorstellen/").content.decode()
    assert "Adres klopt niet" in lijst and "Tijd klopt niet" not in lijst
    assert client.get(f"/admin/wijzigingsvoorstellen/edit/{voorstel_b.pk}/").status_code == 200
    assert client.get(f"/admin/wijzigingsvoorstellen/edit/{voorstel_a.pk}/").status_code == 404
    assert client.post(f"/admin/wijzigingsvoorstellen/edit/{voorstel_a.pk}/", {"afgehandeld": "on"}).status_code == 404
    voorstel_a.refresh_from_db()
    assert not voorstel_a.afgehandeld
    assert client.post(f"/admin/wijzigingsvoorstellen/delete/{voorstel_a.pk}/").status_code == 404
    assert Wijzigingsvoorstel.objects.filter(pk=voorstel_a.pk).exists()


def test_insight_csv_of_another_site_is_refused(client, regio, redacteur_b, gegevens):
    client.force_login(redacteur_b)
    response = client.get("/admin/kaart/inzicht/", {"site": regio.site_a.pk, "formaat": "csv"})
    assert response.status_code == 200
    assert f"inzicht-site-{regio.site_b.pk}.csv" in response["Content-Disposition"]
    inhoud = response.content.decode()
    assert "Buurthuis Zeedorp" not in inhoud
    pagina = client.get("/admin/kaart/inzicht/", {"site": regio.site_a.pk})
    assert pagina.context["site"] == regio.site_b
    assert [s.pk for s in pagina.context["sites"]] == [regio.site_b.pk]


def test_editor_of_every_municipality_still_sees_everything(client, regio, gegevens):
    redacteur = maak_redacteur("red-alles", REDACTEUREN)
    client.force_login(redacteur)
    lijst = client.get("/admin/contactverzoek/").content.decode()
    assert "Bart Kust" in lijst and "Anna Duin" in lijst
    sites = client.get("/admin/kaart/inzicht/").context["sites"]
    assert {s.pk for s in sites} == {regio.site_a.pk, regio.site_b.pk}


def test_avg_export_and_delete_keep_to_the_own_municipality(client, redacteur_b, gegevens):
    vraag_a, *_rest = gegevens
    redacteur_b.groups.first().permissions.add(*_permissies(Contactverzoek, ["beheer_persoonsgegevens"], ruw=True))
    client.force_login(redacteur_b)
    export = client.post("/admin/persoonsgegevens/exporteren/", {"email": "anna@example.test"})
    data = json.loads(export.content)
    assert data["vragen"] == [] and data["wijzigingsvoorstellen"] == [] and data["aanmeldingen"] == []
    client.post("/admin/persoonsgegevens/verwijderen/", {"email": "anna@example.test", "bevestigd": "ja"})
    assert Contactverzoek.objects.filter(pk=vraag_a.pk).exists()
    assert Wijzigingsvoorstel.objects.filter(email="anna@example.test").exists()


def test_insight_csv_writes_search_words_as_text_not_formulas(vandaag, client, regio):
    """Finding 7: a search word that starts with =, +, - or @ is a formula in a spreadsheet."""
    from kaart.models import ZoekTelling

    for term in ("=HYPERLINK(\"http://x.test\")", "+1+1", "-2+3", "@SUM(A1)"):
        ZoekTelling.objects.create(zoekterm=term, site=regio.site_a, datum=vandaag, aantal=3,
                                   zonder_resultaat=3)
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.test", "LeefMee-test-2026"))
    response = client.get("/admin/kaart/inzicht/", {"site": regio.site_a.pk, "formaat": "csv"})
    cellen = [cel for rij in csv.reader(io.StringIO(response.content.decode())) for cel in rij]
    for term in ("=HYPERLINK(\"http://x.test\")", "+1+1", "-2+3", "@SUM(A1)"):
        assert "'" + term in cellen
    assert not any(cel.startswith(("=", "+", "@")) for cel in cellen)


def _permissies(model, acties, ruw=False):
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    codenames = acties if ruw else [f"{actie}_{model._meta.model_name}" for actie in acties]
    ct = ContentType.objects.get_for_model(model)
    return list(Permission.objects.filter(content_type=ct, codename__in=codenames))
