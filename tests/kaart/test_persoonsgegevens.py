"""AVG requests per person: an administrator finds, downloads and deletes everything stored about one
e-mail address; editors and partners cannot; the audit log records it without the address."""

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from kaart import persoonsgegevens as avg
from kaart.models import Aanmelding, Contactverzoek, Wijzigingsvoorstel
from kaart.partners.rollen import BEHEERDERS
from tests.fabrieken import ActiviteitFactory, UserFactory

from .partners_helpers import *  # noqa: F403
from .partners_helpers import geweigerd

pytestmark = pytest.mark.django_db

INDEX = "persoonsgegevens:index"
EXPORT = "persoonsgegevens:exporteren"
VERWIJDER = "persoonsgegevens:verwijderen"


@pytest.fixture
def beheerder(rollen_klaar):
    user = UserFactory(username="beheerder", email="beheer@example.org")
    user.groups.add(Group.objects.get(name=BEHEERDERS))
    return user


@pytest.fixture
def gegevens(aanbod_a, org_a):
    """Fatima (in mixed case on purpose), and Anna whose data must never be touched."""
    activiteit = ActiviteitFactory(parent=org_a, title="Koken met buren", aanmelden="formulier", volledig=True,
                                   dimensies=())
    fatima = {
        "vragen": [
            Contactverzoek.objects.create(pagina=aanbod_a, organisatie=org_a, naam="Fatima", email="fatima@example.org",
                                          vraag="Kan ik langskomen? Graag één afspraak."),
            Contactverzoek.objects.create(pagina=aanbod_a, naam="F. de Vries", email="Fatima@Example.ORG",
                                          vraag="Nog een vraag"),
        ],
        "aanmeldingen": [Aanmelding.objects.create(activiteit=activiteit, naam="Fatima", email="FATIMA@example.org",
                                                   aantal_personen=2)],
        "wijzigingsvoorstellen": [Wijzigingsvoorstel.objects.create(page=aanbod_a, wat_klopt_niet="Oud adres",
                                                                    naam="Fatima", email="fatima@example.org")],
    }
    anna = [
        Contactverzoek.objects.create(pagina=aanbod_a, naam="Anna", email="anna@example.org", vraag="Anna's vraag"),
        Aanmelding.objects.create(activiteit=activiteit, naam="Anna", email="anna@example.org"),
        Wijzigingsvoorstel.objects.create(page=aanbod_a, wat_klopt_niet="Anna ziet iets", email="anna@example.org"),
        # Same name, no address: not the same person as far as we can know.
        Contactverzoek.objects.create(pagina=aanbod_a, naam="Fatima", telefoon="0612345678", vraag="Bel me"),
    ]
    return fatima, anna


def aantallen():
    return (Contactverzoek.objects.count(), Aanmelding.objects.count(), Wijzigingsvoorstel.objects.count())


def test_only_holders_of_the_permission_see_the_menu_item_and_the_views(client, beheerder, redacteur, partner_a,
                                                                         gegevens):
    for user in (redacteur, partner_a):
        client.force_login(user)
        assert "Persoonsgegevens (AVG)" not in client.get(reverse("wagtailadmin_home")).content.decode()
        assert geweigerd(client.get(reverse(INDEX)))
        assert geweigerd(client.post(reverse(INDEX), {"email": "fatima@example.org"}))
        export = client.post(reverse(EXPORT), {"email": "fatima@example.org"})
        assert geweigerd(export) and "Kan ik langskomen" not in export.content.decode()
        assert geweigerd(client.post(reverse(VERWIJDER), {"email": "fatima@example.org", "bevestigd": "ja"}))
    assert aantallen() == (4, 2, 2)

    client.logout()
    assert "/login/" in client.get(reverse(INDEX))["Location"]

    client.force_login(beheerder)
    assert "Persoonsgegevens (AVG)" in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse(INDEX)).status_code == 200


def test_the_overview_counts_per_kind_case_insensitively(client, beheerder, gegevens):
    client.force_login(beheerder)
    response = client.post(reverse(INDEX), {"email": "  FATIMA@example.org "})
    assert response.status_code == 200
    overzicht = {rij["sleutel"]: rij["aantal"] for rij in response.context["overzicht"]}
    assert overzicht == {"vragen": 2, "aanmeldingen": 1, "wijzigingsvoorstellen": 1}
    html = response.content.decode()
    assert "Alles downloaden (JSON)" in html and "Alles verwijderen" in html

    niemand = client.post(reverse(INDEX), {"email": "niemand@example.org"}).content.decode()
    assert "Er is niets opgeslagen bij dit e-mailadres." in niemand and "Alles verwijderen" not in niemand


def test_the_overview_costs_the_same_number_of_queries_for_many_records(client, beheerder, gegevens, aanbod_a):
    client.force_login(beheerder)
    client.post(reverse(INDEX), {"email": "fatima@example.org"})  # warm caches (site, menu, permissions)

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.post(reverse(INDEX), {"email": "fatima@example.org"}).status_code == 200
        return len(ctx.captured_queries)

    weinig = queries()
    for n in range(10):
        Contactverzoek.objects.create(pagina=aanbod_a, naam="Fatima", email="fatima@example.org", vraag=str(n))
        Wijzigingsvoorstel.objects.create(page=aanbod_a, wat_klopt_niet=str(n), email="fatima@example.org")
    assert queries() == weinig


def test_export_holds_exactly_this_persons_data_with_every_field(client, beheerder, gegevens):
    fatima, _anna = gegevens
    client.force_login(beheerder)
    response = client.post(reverse(EXPORT), {"email": "Fatima@example.org"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="persoonsgegevens-')
    assert "fatima" not in response["Content-Disposition"].lower()
    inhoud = response.content.decode("utf-8")
    assert "één afspraak" in inhoud  # real UTF-8, not \\u escapes
    data = json.loads(inhoud)

    for soort, records in fatima.items():
        assert sorted(r["id"] for r in data[soort]) == sorted(obj.pk for obj in records), soort
    vraag = next(r for r in data["vragen"] if r["id"] == fatima["vragen"][0].pk)
    velden = {f.name for f in Contactverzoek._meta.concrete_fields}
    assert set(vraag) == velden
    assert vraag["vraag"] == "Kan ik langskomen? Graag één afspraak." and vraag["pagina"]["titel"] == "Koffieochtend"
    assert data["aanmeldingen"][0]["aantal_personen"] == 2
    assert data["wijzigingsvoorstellen"][0]["wat_klopt_niet"] == "Oud adres"
    assert "anna" not in inhoud.lower() and "Bel me" not in inhoud
    assert aantallen() == (4, 2, 2)  # downloading changes nothing


def test_delete_asks_for_confirmation_then_removes_exactly_this_persons_records(client, beheerder, gegevens):
    fatima, anna = gegevens
    client.force_login(beheerder)

    bevestig = client.post(reverse(VERWIJDER), {"email": "fatima@example.org"})
    assert bevestig.status_code == 200
    html = bevestig.content.decode()
    assert "Weet je zeker" in html and 'name="bevestigd" value="ja"' in html and "csrfmiddlewaretoken" in html
    assert aantallen() == (4, 2, 2)  # nothing deleted before the confirmation

    response = client.post(reverse(VERWIJDER), {"email": "fatima@example.org", "bevestigd": "ja"})
    assert response.status_code == 302 and response["Location"] == reverse(INDEX)
    assert aantallen() == (2, 1, 1)
    for records in fatima.values():
        for obj in records:
            assert not type(obj).objects.filter(pk=obj.pk).exists()
    for obj in anna:
        assert type(obj).objects.filter(pk=obj.pk).exists()
    assert "Alle gegevens van deze persoon zijn verwijderd (4 in totaal)." in client.get(
        response["Location"]).content.decode()


def test_a_get_request_never_deletes(client, beheerder, gegevens):
    client.force_login(beheerder)
    assert client.get(reverse(VERWIJDER), {"email": "fatima@example.org", "bevestigd": "ja"}).status_code == 405
    assert aantallen() == (4, 2, 2)


def test_the_forms_are_protected_against_csrf(beheerder, gegevens):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(beheerder)
    assert client.post(reverse(VERWIJDER), {"email": "fatima@example.org", "bevestigd": "ja"}).status_code == 403
    assert aantallen() == (4, 2, 2)


@pytest.mark.parametrize("ongeldig", ["", "fatima", "fatima@", "<script>@x", "a" * 300 + "@example.org"])
def test_an_invalid_address_gets_a_dutch_message_and_changes_nothing(client, beheerder, gegevens, ongeldig):
    client.force_login(beheerder)
    for naam in (INDEX, EXPORT, VERWIJDER):
        response = client.post(reverse(naam), {"email": ongeldig, "bevestigd": "ja"})
        assert response.status_code == 200, naam
        html = response.content.decode()
        verwacht = "Vul het e-mailadres van de persoon in." if not ongeldig else "Dit is geen geldig e-mailadres."
        assert verwacht in html, naam
        assert response["Content-Type"].startswith("text/html")
    assert aantallen() == (4, 2, 2)
    assert not ModelLogEntry.objects.filter(action__startswith="kaart.persoonsgegevens").exists()


def test_export_and_deletion_are_in_the_audit_log_without_the_address(client, beheerder, gegevens):
    fatima, _anna = gegevens
    client.force_login(beheerder)
    client.post(reverse(EXPORT), {"email": "fatima@example.org"})
    client.post(reverse(VERWIJDER), {"email": "FATIMA@example.org", "bevestigd": "ja"})

    for actie, verwijderd in ((avg.EXPORT, False), (avg.VERWIJDERD, True)):
        entries = list(ModelLogEntry.objects.filter(action=actie))
        assert len(entries) == 4, actie  # one per record
        assert len({e.uuid for e in entries}) == 1  # grouped as one action
        for entry in entries:
            assert entry.user == beheerder and entry.deleted is verwijderd
            assert entry.data["aantallen"] == {"vragen": 2, "aanmeldingen": 1, "wijzigingsvoorstellen": 1}
            assert entry.data["sleutel"] == avg.sleutel("fatima@example.org")
            opgeslagen = json.dumps(entry.data) + entry.label
            assert "fatima" not in opgeslagen.lower() and "de vries" not in opgeslagen.lower()
    # The log names the records, so an administrator can see which ones were handled.
    assert {e.object_id for e in ModelLogEntry.objects.filter(action=avg.VERWIJDERD,
                                                              content_type__model="contactverzoek")} == {
        str(v.pk) for v in fatima["vragen"]}
    # Wagtail's site history report shows the entries with their Dutch labels.
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Persoonsgegevens verwijderd (AVG)" in html


def test_the_management_command_exports_and_deletes(gegevens, tmp_path, capsys):
    fatima, anna = gegevens
    bestand = tmp_path / "export.json"
    call_command("persoonsgegevens", "--email", "Fatima@example.org", "--export", str(bestand))
    data = json.loads(bestand.read_text(encoding="utf-8"))
    assert sorted(r["id"] for r in data["vragen"]) == sorted(v.pk for v in fatima["vragen"])
    assert "vragen: 2, aanmeldingen: 1, wijzigingsvoorstellen: 1" in capsys.readouterr().out
    assert aantallen() == (4, 2, 2)

    call_command("persoonsgegevens", "--email", "fatima@example.org", "--verwijder", "--ja", stdout=io.StringIO())
    assert aantallen() == (2, 1, 1)
    assert all(type(obj).objects.filter(pk=obj.pk).exists() for obj in anna)
    assert ModelLogEntry.objects.filter(action=avg.VERWIJDERD).count() == 4

    with pytest.raises(CommandError, match="geen geldig e-mailadres"):
        call_command("persoonsgegevens", "--email", "anna", "--verwijder", "--ja")
    assert aantallen() == (2, 1, 1)


def test_only_administrators_get_the_permission_from_setup_roles(beheerder, redacteur):
    assert beheerder.has_perm(avg.PERMISSIE)
    assert not redacteur.has_perm(avg.PERMISSIE)
    assert redacteur.has_perm("kaart.view_contactverzoek")  # editors still handle the requests themselves
