"""'Klopt er iets niet?': the public change suggestion form and the editors' list."""

import pytest
from django.core import mail
from django.test import override_settings

from kaart.models import Wijzigingsvoorstel

from .partners_helpers import *  # noqa: F403

pytestmark = pytest.mark.django_db


def url(page):
    return f"/kaart-suggestie/{page.pk}/"


def test_form_is_shown_for_map_pages_only(client, org_a, aanbod_a, kaart, home_page):
    for page in (org_a, aanbod_a):
        response = client.get(url(page))
        assert response.status_code == 200
        html = response.content.decode()
        assert 'for="id_wat_klopt_niet"' in html and "csrfmiddlewaretoken" in html
    for page_id in (kaart.pk, home_page.pk, 999999):
        assert client.get(f"/kaart-suggestie/{page_id}/").status_code == 404


def test_valid_suggestion_is_stored_and_editors_are_mailed(client, aanbod_a, redacteur):
    response = client.post(url(aanbod_a), {"wat_klopt_niet": "Het telefoonnummer is veranderd.",
                                           "naam": "Ans", "email": "ans@example.org"})
    assert response.status_code == 302
    bedankt = client.get(response["Location"])
    assert "Bedankt voor je melding" in bedankt.content.decode()
    voorstel = Wijzigingsvoorstel.objects.get()
    assert voorstel.page_id == aanbod_a.pk and voorstel.email == "ans@example.org" and not voorstel.afgehandeld
    assert [b.to for b in mail.outbox] == [["redactie@example.org"]]
    assert "Het telefoonnummer is veranderd." in mail.outbox[0].body


@pytest.mark.parametrize("data, veld", [
    ({"wat_klopt_niet": ""}, "wat_klopt_niet"),
    ({"wat_klopt_niet": "x" * 2001}, "wat_klopt_niet"),
    ({"wat_klopt_niet": "Adres klopt niet", "email": "geen-adres"}, "email"),
])
def test_invalid_input_shows_an_error_summary_and_stores_nothing(client, aanbod_a, data, veld):
    response = client.post(url(aanbod_a), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="foutoverzicht"' in html and f'href="#id_{veld}"' in html
    assert Wijzigingsvoorstel.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_spam_is_not_stored(client, aanbod_a, redacteur):
    response = client.post(url(aanbod_a), {"wat_klopt_niet": "Koop nu goedkope dingen", "website": "http://spam"})
    assert response.status_code == 302  # a bot sees nothing special
    assert Wijzigingsvoorstel.objects.count() == 0 and mail.outbox == []


@override_settings(LEEFMEE_SUGGESTIE_LIMIET=(2, 3600))
def test_rate_limit_per_ip(client, aanbod_a):
    data = {"wat_klopt_niet": "De openingstijden zijn anders."}
    assert client.post(url(aanbod_a), data).status_code == 302
    assert client.post(url(aanbod_a), data).status_code == 302
    response = client.post(url(aanbod_a), data)
    assert response.status_code == 429 and "al veel meldingen" in response.content.decode()
    assert Wijzigingsvoorstel.objects.count() == 2
    # Another address is not affected.
    assert client.post(url(aanbod_a), data, REMOTE_ADDR="10.0.0.9").status_code == 302


def test_form_needs_csrf(aanbod_a):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(url(aanbod_a), {"wat_klopt_niet": "Zonder token."})
    assert response.status_code == 403
    assert Wijzigingsvoorstel.objects.count() == 0


def test_include_links_to_the_form(aanbod_a):
    from django.template.loader import render_to_string

    html = render_to_string("kaart/includes/klopt_er_iets_niet.html", {"page": aanbod_a})
    assert f'href="/kaart-suggestie/{aanbod_a.pk}/"' in html and "Klopt er iets niet?" in html


def test_editor_marks_a_suggestion_as_handled(client, aanbod_a, redacteur):
    voorstel = Wijzigingsvoorstel.objects.create(page=aanbod_a, wat_klopt_niet="Verkeerd adres")
    client.force_login(redacteur)
    assert "Verkeerd adres" in client.get("/admin/wijzigingsvoorstellen/").content.decode()
    response = client.post(f"/admin/wijzigingsvoorstellen/edit/{voorstel.pk}/", {"afgehandeld": "on"})
    assert response.status_code == 302
    voorstel.refresh_from_db()
    assert voorstel.afgehandeld and voorstel.afgehandeld_door == redacteur and voorstel.afgehandeld_op
    assert voorstel.wat_klopt_niet == "Verkeerd adres"  # the reporter's text is read-only
    client.get("/admin/wijzigingsvoorstellen/")  # shows (and so clears) the success message
    assert "Verkeerd adres" not in client.get("/admin/wijzigingsvoorstellen/?afgehandeld=false").content.decode()
    assert "Verkeerd adres" in client.get("/admin/wijzigingsvoorstellen/?afgehandeld=true").content.decode()
