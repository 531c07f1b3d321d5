"""'Klopt dit nog?': reminders, one-click tokens and the 'Niet actueel' report."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from kaart.models import AanbodPage, Controleverzoek, OrganisatiePage
from kaart.partners.controle import geldig_dagen, maanden_terug, stuur_herinneringen
from tests.fabrieken import AanbodFactory, OrganisatieFactory, publiceer

from .partners_helpers import *  # noqa: F403

# The rules are about months back from today: every test runs on the vandaag clock (tests/conftest.py),
# and moves it with time_machine where it is about "a month later".
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("vandaag")]

VANDAAG = datetime.date(2027, 3, 10)  # the day the vandaag fixture freezes
OUD = maanden_terug(VANDAAG, 8)
VERS = maanden_terug(VANDAAG, 1)


def later(**tijd):
    """The clock moved on from the vandaag moment (the reminders and the token views read it)."""
    return time_machine.travel(timezone.now() + datetime.timedelta(**tijd))


@pytest.fixture
def oud(kaart):
    org = OrganisatieFactory(parent=kaart, title="Voedselbank Duinwijk", laatst_gecontroleerd=OUD,
                             contactpersoon_email="jan@voedselbank.example")
    AanbodFactory(parent=org, title="Voedselpakket", laatst_gecontroleerd=OUD)
    return org


@pytest.fixture
def vers(kaart):
    return OrganisatieFactory(parent=kaart, title="Bibliotheek Zeedorp", laatst_gecontroleerd=VERS)


def links(bericht):
    return re.findall(r"http://\S+/kaart-controle/\S+/", bericht.body)


def test_reminders_go_to_stale_organisations_only(oud, vers, kaart):
    # Never checked counts as stale; the reminder falls back to the organisation's email.
    nooit = OrganisatieFactory(parent=kaart, title="Zonder Datum")
    call_command("send_review_reminders", verbosity=0)
    assert sorted(b.to[0] for b in mail.outbox) == ["info@zonderdatum.example", "jan@voedselbank.example"]
    assert Controleverzoek.objects.filter(organisatie=nooit).count() == 1
    assert not Controleverzoek.objects.filter(organisatie=vers).exists()
    bericht = next(b for b in mail.outbox if b.to == ["jan@voedselbank.example"])
    assert "Voedselbank Duinwijk" in bericht.subject
    ja, aanpassen = links(bericht)
    assert ja.endswith("/") and aanpassen.endswith("/aanpassen/")


def test_no_second_reminder_while_the_first_is_valid(oud):
    stuur_herinneringen()
    stuur_herinneringen()
    assert len(mail.outbox) == 1
    # A month later the first link has expired: a new reminder goes out.
    with later(days=29):
        stuur_herinneringen()
    assert len(mail.outbox) == 2


def test_no_reminder_without_an_address(kaart):
    OrganisatieFactory(parent=kaart, title="Stil Clubje", email="", laatst_gecontroleerd=OUD)
    assert stuur_herinneringen()["geen_adres"] == 1
    assert mail.outbox == []


def test_one_click_confirmation_updates_organisation_and_its_items(client, oud):
    stuur_herinneringen()
    pad = re.sub(r"^http://[^/]+", "", links(mail.outbox[0])[0])
    # GET only asks; a link scanner changes nothing.
    response = client.get(pad)
    assert response.status_code == 200 and "Ja, alles klopt nog" in response.content.decode()
    assert OrganisatiePage.objects.get(pk=oud.pk).laatst_gecontroleerd == OUD
    response = client.post(pad)
    assert response.status_code == 200 and "Bedankt" in response.content.decode()
    assert OrganisatiePage.objects.get(pk=oud.pk).laatst_gecontroleerd == VANDAAG
    assert AanbodPage.objects.child_of(oud).get().laatst_gecontroleerd == VANDAAG
    assert Controleverzoek.objects.get().gebruikt_op is not None


def test_confirmation_keeps_a_pending_draft_a_draft(client, oud):
    aanbod = AanbodPage.objects.child_of(oud).get()
    aanbod.korte_beschrijving = "Nieuwe tekst van de partner"
    aanbod.save_revision()
    stuur_herinneringen()
    client.post(re.sub(r"^http://[^/]+", "", links(mail.outbox[0])[0]))
    aanbod = AanbodPage.objects.get(pk=aanbod.pk)
    assert aanbod.korte_beschrijving != "Nieuwe tekst van de partner"  # not published by accident
    concept = aanbod.get_latest_revision_as_object()
    assert concept.korte_beschrijving == "Nieuwe tekst van de partner"
    assert concept.laatst_gecontroleerd == VANDAAG  # publishing the draft later keeps the new date
    concept.get_latest_revision().publish()
    assert AanbodPage.objects.get(pk=aanbod.pk).laatst_gecontroleerd == VANDAAG


def test_used_token_is_refused_and_changes_nothing(client, oud):
    stuur_herinneringen()
    pad = re.sub(r"^http://[^/]+", "", links(mail.outbox[0])[0])
    assert client.post(pad).status_code == 200
    OrganisatiePage.objects.filter(pk=oud.pk).update(laatst_gecontroleerd=OUD)
    response = client.post(pad)
    assert response.status_code == 410
    assert "al gebruikt" in response.content.decode()
    assert OrganisatiePage.objects.get(pk=oud.pk).laatst_gecontroleerd == OUD


def test_expired_token_is_refused(client, oud):
    stuur_herinneringen()
    pad = re.sub(r"^http://[^/]+", "", links(mail.outbox[0])[0])
    with later(days=geldig_dagen(), minutes=-1):
        assert client.get(pad).status_code == 200  # a minute before it expires the link still asks
    with later(days=geldig_dagen(), minutes=1):
        for response in (client.get(pad), client.post(pad), client.get(pad + "aanpassen/")):
            assert response.status_code == 410
            assert "te oud" in response.content.decode()
    assert OrganisatiePage.objects.get(pk=oud.pk).laatst_gecontroleerd == OUD


def test_tampered_token_gets_a_clear_page(client, oud):
    stuur_herinneringen()
    pad = re.sub(r"^http://[^/]+", "", links(mail.outbox[0])[0])
    token = pad.rstrip("/").rsplit("/", 1)[1]
    vals = pad.replace(token, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))
    for response in (client.get(vals), client.post(vals), client.get("/kaart-controle/" + "x" * 300 + "/")):
        assert response.status_code == 400
        assert "Deze link klopt niet" in response.content.decode()
    assert OrganisatiePage.objects.get(pk=oud.pk).laatst_gecontroleerd == OUD
    assert Controleverzoek.objects.get().gebruikt_op is None


def test_change_link_leads_to_the_edit_view_after_login(client, oud):
    stuur_herinneringen()
    aanpassen = re.sub(r"^http://[^/]+", "", links(mail.outbox[0])[1])
    response = client.get(aanpassen)
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{oud.pk}/edit/"
    assert "/login/" in client.get(response["Location"])["Location"]
    assert Controleverzoek.objects.get().gebruikt_op is None  # editing is not a confirmation


def test_editors_are_told_after_the_second_unanswered_reminder(oud, redacteur):
    stuur_herinneringen()
    with later(days=29):
        stuur_herinneringen()  # second reminder, first expired
    assert [b.to for b in mail.outbox] == [["jan@voedselbank.example"]] * 2
    mail.outbox.clear()
    with later(days=58):
        telling = stuur_herinneringen()  # second one expired too
    assert telling["redactie"] == 1
    redactie = [b for b in mail.outbox if b.to == ["redactie@example.org"]]
    assert len(redactie) == 1 and "Voedselbank Duinwijk" in redactie[0].subject
    # Only once per unanswered reminder.
    mail.outbox.clear()
    with later(days=59):
        assert stuur_herinneringen()["redactie"] == 0


def test_answered_reminder_does_not_alarm_editors(client, oud, redacteur):
    stuur_herinneringen()
    client.post(re.sub(r"^http://[^/]+", "", links(mail.outbox[0])[0]))
    mail.outbox.clear()
    for dagen in (29, 58):
        with later(days=dagen):
            stuur_herinneringen()
    assert mail.outbox == []  # verified today: not stale, nobody mailed


# --- The report -------------------------------------------------------------------------------

def test_report_lists_stale_items_oldest_first_and_filters(client, redacteur, oud, vers, kaart):
    heel_oud = OrganisatieFactory(parent=kaart, title="Oude Vereniging",
                                  laatst_gecontroleerd=maanden_terug(VANDAAG, 30))
    client.force_login(redacteur)
    html = client.get("/admin/niet-actueel/").content.decode()
    assert "Voedselbank Duinwijk" in html and "Voedselpakket" in html and "Oude Vereniging" in html
    assert "Bibliotheek Zeedorp" not in html
    assert html.index("Oude Vereniging") < html.index("Voedselbank Duinwijk")
    html = client.get("/admin/niet-actueel/?soort=aanbod").content.decode()
    assert "Voedselpakket" in html and "Oude Vereniging" not in html
    html = client.get("/admin/niet-actueel/?ouder_dan=24").content.decode()
    assert "Oude Vereniging" in html and "Voedselbank Duinwijk" not in html
    assert heel_oud.pk
    # Nonsense in the query string is ignored, not an error.
    assert client.get("/admin/niet-actueel/?ouder_dan=abc&soort=x&gebied=999").status_code == 200


def test_report_filters_by_area(client, redacteur, oud, kaart):
    from kaart.models import Gebied, OrganisatieGebied

    gebied = Gebied.objects.create(naam="Zeedorp", slug="zeedorp", soort=Gebied.Soort.choices[0][0])
    ander = OrganisatieFactory(parent=kaart, title="Zeedorp Samen", laatst_gecontroleerd=OUD)
    ander.gebied_koppelingen = [OrganisatieGebied(gebied=gebied)]
    ander.save_revision().publish()
    client.force_login(redacteur)
    html = client.get(f"/admin/niet-actueel/?gebied={gebied.pk}").content.decode()
    assert "Zeedorp Samen" in html and "Voedselbank Duinwijk" not in html


def test_report_exports_csv(client, redacteur, oud):
    client.force_login(redacteur)
    response = client.get("/admin/niet-actueel/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    inhoud = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    regels = inhoud.strip().splitlines()
    assert regels[0].startswith("Titel,Soort,Organisatie,Laatst gecontroleerd,Maanden geleden")
    assert any(r.startswith("Voedselpakket,aanbod,Voedselbank Duinwijk," + OUD.isoformat() + ",8") for r in regels)


def test_laatst_gecontroleerd_tag(oud):
    from django.template import Context, Template
    from django.utils import translation

    with translation.override("nl"):
        html = Template("{% load kaart_partners %}{% laatst_gecontroleerd page %}").render(Context({"page": oud}))
    assert "Laatst gecontroleerd:" in html and str(OUD.year) in html
    assert Template("{% load kaart_partners %}{% laatst_gecontroleerd page %}").render(
        Context({"page": publiceer})) == ""


def test_report_queries_do_not_grow_with_the_data(client, redacteur, kaart):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def tel(aantal):
        for i in range(aantal):
            org = OrganisatieFactory(parent=kaart, title=f"Club {aantal}-{i}", laatst_gecontroleerd=OUD)
            AanbodFactory(parent=org, title=f"Aanbod {aantal}-{i}", laatst_gecontroleerd=OUD)
        client.get("/admin/niet-actueel/")  # warm caches (site, permissions)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/niet-actueel/").status_code == 200
        return len(queries)

    client.force_login(redacteur)
    klein = tel(2)  # 4 rows
    groot = tel(6)  # 16 rows
    assert groot <= klein, (klein, groot)
