"""'Meer informatie aanvragen' and registering for activities: stored, mailed, protected."""

import datetime as dt
import re

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from kaart.models import Aanmelding, ActiviteitMoment, Contactverzoek, Wijzigingsvoorstel
from leefmee.models import SiteInstellingen
from tests.fabrieken import AanbodFactory, ActiviteitFactory, KaartFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisatie(site, home_page):
    return OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn Testdorp",
                              email="vragen@welzijn.example",
                              telefoon="0251 999 000", volledig=True)


@pytest.fixture
def aanbod(organisatie):
    return AanbodFactory(parent=organisatie, title="Buurtmaatje", volledig=True)


def geldig(**extra):
    return {"naam": "Fatima de Vries", "telefoon": "06 1234 5678", "email": "", "vraag": "Kan ik langskomen?",
            "toestemming": "on", **extra}


def url(page, route):
    return page.url + page.reverse_subpage(route)


def test_every_offering_and_activity_shows_the_contact_form(client, aanbod, organisatie):
    activiteit = ActiviteitFactory(parent=organisatie, volledig=True, dimensies=())
    for page in (aanbod, activiteit):
        html = client.get(page.url).content.decode()
        assert "Meer informatie aanvragen" in html
        assert f'action="{url(page, "informatie_aanvragen")}"' in html
        assert 'name="csrfmiddlewaretoken"' in html
        assert re.search(r'<label for="contact-vraag">Je vraag</label>', html)


def test_valid_request_is_stored_and_mailed_to_the_organisation(client, aanbod, organisatie):
    response = client.post(url(aanbod, "informatie_aanvragen"), geldig(email="fatima@example.org"))
    assert response.status_code == 302
    assert response["Location"] == url(aanbod, "informatie_bedankt")

    verzoek = Contactverzoek.objects.get()
    assert (verzoek.naam, verzoek.pagina_id, verzoek.organisatie_id) == ("Fatima de Vries", aanbod.pk, organisatie.pk)
    assert verzoek.status == "verstuurd" and verzoek.gemaild_op is not None
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == ["vragen@welzijn.example"] and bericht.reply_to == ["fatima@example.org"]
    assert "Buurtmaatje" in bericht.subject and "Kan ik langskomen?" in bericht.body and "06 1234 5678" in bericht.body
    assert bericht.alternatives and "text/html" in bericht.alternatives[0][1]

    bedankt = client.get(response["Location"])
    assert bedankt.status_code == 200
    assert "Je vraag over" in bedankt.content.decode() and "Welzijn Testdorp neemt contact met je op" in (
        bedankt.content.decode())


def test_the_offerings_own_address_wins_and_the_site_address_is_the_last_resort(client, organisatie, site):
    eigen = AanbodFactory(parent=organisatie, email="team@aanbod.example", volledig=True)
    client.post(url(eigen, "informatie_aanvragen"), geldig())
    assert mail.outbox[-1].to == ["team@aanbod.example"]

    zonder = OrganisatieFactory(parent=organisatie.get_parent(), email="", volledig=True)
    instellingen = SiteInstellingen.for_site(site)
    instellingen.email = "info@gemeente.example"
    instellingen.save()
    client.post(url(AanbodFactory(parent=zonder, volledig=True), "informatie_aanvragen"), geldig())
    assert mail.outbox[-1].to == ["info@gemeente.example"]


def test_invalid_input_is_explained_per_field_and_nothing_is_stored_or_sent(client, aanbod):
    response = client.post(url(aanbod, "informatie_aanvragen"),
                           {"naam": "", "telefoon": "bel me", "email": "geen-adres", "vraag": "", "toestemming": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="foutoverzicht"' in html
    # The summary at the top links to every field with an error.
    for veld in ("naam", "telefoon", "email", "vraag", "toestemming"):
        assert f'href="#contact-{veld}"' in html, veld
        assert f'id="contact-{veld}_error"' in html
    assert "Vul je naam in." in html and "Dit is geen goed e-mailadres" in html
    assert "Geef toestemming" in html
    assert 'value="bel me"' in html  # what the resident typed is kept
    assert Contactverzoek.objects.count() == 0 and mail.outbox == []


def test_phone_or_email_is_required(client, aanbod):
    response = client.post(url(aanbod, "informatie_aanvragen"), geldig(telefoon="", email=""))
    assert "Vul je telefoonnummer of je e-mailadres in" in response.content.decode()
    assert Contactverzoek.objects.count() == 0 and mail.outbox == []


def test_consent_is_required(client, aanbod):
    data = geldig()
    del data["toestemming"]
    response = client.post(url(aanbod, "informatie_aanvragen"), data)
    assert response.status_code == 200
    assert "Geef toestemming, anders kunnen we je gegevens niet doorsturen." in response.content.decode()
    assert Contactverzoek.objects.count() == 0 and mail.outbox == []


def test_honeypot_looks_like_success_but_stores_and_sends_nothing(client, aanbod):
    response = client.post(url(aanbod, "informatie_aanvragen"), geldig(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"] == url(aanbod, "informatie_bedankt")
    assert Contactverzoek.objects.count() == 0 and mail.outbox == []


def test_rate_limit_per_ip_address(client, aanbod, settings):
    settings.LEEFMEE_FORMULIER_LIMIET = (3, 600)
    for _ in range(3):
        assert client.post(url(aanbod, "informatie_aanvragen"), geldig()).status_code == 302
    response = client.post(url(aanbod, "informatie_aanvragen"), geldig())
    assert response.status_code == 429
    assert "Probeer het over tien minuten opnieuw" in response.content.decode()
    assert Contactverzoek.objects.count() == 3 and len(mail.outbox) == 3
    # Another address is not affected.
    assert client.post(url(aanbod, "informatie_aanvragen"), geldig(), REMOTE_ADDR="10.0.0.9").status_code == 302


def test_the_form_page_without_javascript_and_unknown_routes(client, aanbod):
    response = client.get(url(aanbod, "informatie_aanvragen"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'action="{url(aanbod, "informatie_aanvragen")}"' in html
    assert 'name="naam"' in html and 'name="email"' in html and 'name="vraag"' in html
    assert client.get(aanbod.url + "bestaat-niet/").status_code == 404
    # A query string is never echoed into the page as markup.
    response = client.get(url(aanbod, "informatie_aanvragen") + "?naam=<script>alert(1)</script>")
    assert response.status_code == 200 and b"<script>alert(1)" not in response.content


# --- Aanmelden --------------------------------------------------------------------------------
@pytest.fixture
def workshop(vandaag, organisatie):
    datum = vandaag + dt.timedelta(days=7)
    return ActiviteitFactory(
        parent=organisatie, title="Workshop zorgen voor jezelf", aanmelden="formulier", max_deelnemers=3,
        momenten=[ActiviteitMoment(herhaling="eenmalig", datum=datum, begintijd=dt.time(13, 30))],
        volledig=True, dimensies=(),
    )


def aanmelding(workshop, **extra):
    return {"naam": "Kees", "telefoon": "0612345678", "email": "", "aantal_personen": "2", "toestemming": "on",
            "datum": workshop.momenten.get().datum.isoformat(), **extra}


def test_registration_is_stored_mailed_and_respects_the_maximum(client, workshop):
    html = client.get(workshop.url).content.decode()
    assert 'id="aanmelden"' in html and f'action="{url(workshop, "aanmelden")}"' in html

    response = client.post(url(workshop, "aanmelden"), aanmelding(workshop))
    assert response.status_code == 302 and response["Location"] == url(workshop, "aanmelden_bedankt")
    opgeslagen = Aanmelding.objects.get()
    assert opgeslagen.aantal_personen == 2 and opgeslagen.activiteit_id == workshop.pk
    assert mail.outbox[0].to == ["vragen@welzijn.example"] and "Aantal personen: 2" in mail.outbox[0].body
    assert client.get(response["Location"]).status_code == 200

    # One place left: two people do not fit, nothing is stored.
    te_veel = client.post(url(workshop, "aanmelden"), aanmelding(workshop, naam="Anna"))
    assert "Er is nog plek voor 1 personen." in te_veel.content.decode()
    assert Aanmelding.objects.count() == 1

    assert client.post(url(workshop, "aanmelden"), aanmelding(workshop, aantal_personen="1")).status_code == 302
    vol = client.get(workshop.url).content.decode()
    assert "Deze activiteit is vol." in vol and f'action="{url(workshop, "aanmelden")}"' not in vol
    nog_een = client.post(url(workshop, "aanmelden"), aanmelding(workshop, aantal_personen="1"))
    assert nog_een.status_code == 200 and Aanmelding.objects.count() == 2


def test_registration_rejects_bad_input_and_spam(client, workshop):
    slecht = client.post(url(workshop, "aanmelden"), aanmelding(workshop, aantal_personen="abc", datum="2001-01-01"))
    html = slecht.content.decode()
    assert 'href="#aanmeld-aantal_personen"' in html and 'href="#aanmeld-datum"' in html
    spam = client.post(url(workshop, "aanmelden"), aanmelding(workshop, website="x"))
    assert spam.status_code == 302
    assert Aanmelding.objects.count() == 0 and mail.outbox == []


def test_registration_only_where_the_activity_uses_the_form(client, organisatie):
    activiteit = ActiviteitFactory(parent=organisatie, aanmelden="niet_nodig", volledig=True, dimensies=())
    assert client.get(url(activiteit, "aanmelden")).status_code == 404
    assert 'id="aanmelden"' not in client.get(activiteit.url).content.decode()


# --- Retention and admin ----------------------------------------------------------------------
def dagen_eerder(moment, dagen):
    """The clock `dagen` days before `moment` while rows are made (the purge reads the clock itself)."""
    return time_machine.travel(moment - dt.timedelta(days=dagen))


def test_purge_deletes_only_requests_older_than_the_retention_period(aanbod, workshop, settings, capsys,
                                                                     vast_moment):
    settings.LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN = 30
    with dagen_eerder(vast_moment, 31):
        oud = Contactverzoek.objects.create(pagina=aanbod, naam="Oud", vraag="?")
    with dagen_eerder(vast_moment, 29):
        nieuw = Contactverzoek.objects.create(pagina=aanbod, naam="Nieuw", vraag="?")
    with dagen_eerder(vast_moment, 40):
        Aanmelding.objects.create(activiteit=workshop, naam="Oud")
    Aanmelding.objects.create(activiteit=workshop, naam="Nieuw")  # today, on the vandaag clock
    call_command("purge_contact_requests")
    assert "1 contactverzoek(en) en 1 aanmelding(en) verwijderd" in capsys.readouterr().out
    assert list(Contactverzoek.objects.values_list("pk", flat=True)) == [nieuw.pk]
    assert not Contactverzoek.objects.filter(pk=oud.pk).exists()
    assert list(Aanmelding.objects.values_list("naam", flat=True)) == ["Nieuw"]


def test_purge_removes_personal_data_from_old_change_suggestions(vandaag, aanbod, settings, capsys, vast_moment):
    """After the term: handled suggestions go, open ones stay for the editors but lose name and e-mail."""
    settings.LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN = 30

    def voorstel(dagen, afgehandeld, **velden):
        with dagen_eerder(vast_moment, dagen):  # aangemaakt_op is auto_now_add: made on that day
            return Wijzigingsvoorstel.objects.create(page=aanbod, wat_klopt_niet=f"{dagen} {afgehandeld}",
                                                     afgehandeld=afgehandeld, **velden)

    persoon = {"naam": "Jan Jansen", "email": "jan@example.org"}
    oud_afgehandeld = voorstel(31, True, **persoon)
    oud_open = voorstel(31, False, **persoon)
    oud_anoniem = voorstel(40, False)
    nieuw_afgehandeld = voorstel(29, True, **persoon)
    nieuw_open = voorstel(1, False, **persoon)

    call_command("purge_contact_requests")
    assert ("1 afgehandeld(e) wijzigingsvoorstel(len) verwijderd en van 1 open voorstel(len) naam en e-mailadres "
            "gewist") in capsys.readouterr().out
    assert not Wijzigingsvoorstel.objects.filter(pk=oud_afgehandeld.pk).exists()
    blijft = {v.pk: (v.naam, v.email, v.wat_klopt_niet) for v in Wijzigingsvoorstel.objects.all()}
    assert blijft == {
        oud_open.pk: ("", "", "31 False"),
        oud_anoniem.pk: ("", "", "40 False"),
        nieuw_afgehandeld.pk: ("Jan Jansen", "jan@example.org", "29 True"),
        nieuw_open.pk: ("Jan Jansen", "jan@example.org", "1 False"),
    }


def test_editors_with_view_permission_see_the_requests_read_only(client, aanbod):
    verzoek = Contactverzoek.objects.create(pagina=aanbod, naam="Fatima de Vries", vraag="Kan ik langskomen?")
    lijst = reverse("contactverzoek:index")

    assert client.get(lijst).status_code == 302  # anonymous: to the login page
    assert "/login/" in client.get(lijst)["Location"]

    zonder_recht = UserFactory(is_staff=True)
    zonder_recht.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(zonder_recht)
    assert "Fatima de Vries" not in client.get(lijst, follow=True).content.decode()

    redacteur = UserFactory(is_staff=True)
    redacteur.user_permissions.add(Permission.objects.get(codename="access_admin"),
                                   Permission.objects.get(codename="view_contactverzoek"))
    # Requests are shown per municipality: the editor answers for the whole tree (leefmee/toegang.py).
    groep = Group.objects.create(name="Redactie hele boom")
    GroupPagePermission.objects.create(group=groep, page=Page.get_first_root_node(),
                                       permission=Permission.objects.get(codename="change_page"))
    redacteur.groups.add(groep)
    client.force_login(redacteur)
    response = client.get(lijst)
    assert response.status_code == 200 and "Fatima de Vries" in response.content.decode()
    assert client.get(reverse("contactverzoek:inspect", args=[verzoek.pk])).status_code == 200
    assert client.get(reverse("contactverzoek:index") + "?status=nieuw").status_code == 200
    # Read-only: no adding or editing, not even for a superuser.
    assert client.get(reverse("contactverzoek:edit", args=[verzoek.pk])).status_code == 302
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(reverse("contactverzoek:add")).status_code == 302
