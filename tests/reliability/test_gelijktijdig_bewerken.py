"""A partner and an editor edit the same page at the same time (Wagtail 8, through the admin views).

- concurrent-editing notifications are on: the edit view starts an editing session that pings, and
  the partner's ping reports the editor who saved a newer version meanwhile;
- both saves become revisions: nothing is lost, and the later save is the latest revision;
- a page the editor locked cannot be saved by the partner, with a clear message.

Any database: two logged-in test clients, no servers.
"""

import re

import pytest
from django.conf import settings
from wagtail.models import Page, Revision

from tests.kaart.partners_helpers import *  # noqa: F403 - the partner fixtures
from tests.kaart.partners_helpers import postdata

pytestmark = pytest.mark.django_db


@pytest.fixture
def twee(client, partner_a, redacteur, aanbod_a):
    from django.test import Client

    client.force_login(partner_a)
    redactie = Client()
    redactie.force_login(redacteur)
    return {"partner": client, "redactie": redactie, "page": aanbod_a}


def _open(client, page):
    """Open the edit view like a browser: the form's POST data and the editing session module."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return postdata(response.context["form"]), response


def _bewaar(client, page, data, **wijzigingen):
    return client.post(f"/admin/pages/{page.pk}/edit/", {**data, **wijzigingen}, follow=True)


def test_concurrent_editing_notifications_are_not_switched_off(twee):
    interval = getattr(settings, "WAGTAIL_EDITING_SESSION_PING_INTERVAL", 10_000)
    # Milliseconds; others must learn within a minute that someone else is editing.
    assert 0 < interval <= 60_000
    _data, response = _open(twee["partner"], twee["page"])
    waarde = re.search(r'data-w-session-interval-value="(\d+)"', response.content.decode())
    assert waarde and int(waarde.group(1)) == interval, "the edit view has no editing-session module"


def test_partner_and_editor_both_save_nothing_is_lost_and_the_partner_is_told(twee, partner_a, redacteur):
    partner, redactie, page = twee["partner"], twee["redactie"], twee["page"]
    geladen = page.latest_revision

    # Both open the same version of the page.
    data_partner, scherm_partner = _open(partner, page)
    data_redactie, _ = _open(redactie, page)

    # The editor saves first.
    response = _bewaar(redactie, page, data_redactie, title="Koffieochtend (redactie)")
    assert response.status_code == 200
    revisie_redactie = Page.objects.get(pk=page.pk).latest_revision
    assert revisie_redactie.user == redacteur

    # The partner's editing session pings: Wagtail reports the newer version and who made it.
    module = scherm_partner.context["editing_sessions"]
    ping = partner.post(module.ping_url, {"revision_id": geladen.pk,
                                          "revision_created_at": geladen.created_at.isoformat()})
    assert ping.status_code == 200
    assert redacteur.username in ping.json()["html"]

    # The partner saves the form loaded before: a new revision, the editor's stays in the history.
    response = _bewaar(partner, page, data_partner, title="Koffieochtend (partner)")
    assert response.status_code == 200
    revisies = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("created_at", "pk")
    titels = [(r.user, r.content["title"]) for r in revisies]
    assert (redacteur, "Koffieochtend (redactie)") in titels
    assert (partner_a, "Koffieochtend (partner)") in titels
    laatste = Page.objects.get(pk=page.pk).latest_revision
    assert laatste.user == partner_a and laatste.content["title"] == "Koffieochtend (partner)"
    assert laatste.created_at >= revisie_redactie.created_at and laatste.pk != revisie_redactie.pk


def test_a_page_locked_by_the_editor_cannot_be_saved_by_the_partner(twee, redacteur):
    partner, redactie, page = twee["partner"], twee["redactie"], twee["page"]
    data_partner, _ = _open(partner, page)
    aantal = Revision.page_revisions.filter(object_id=str(page.pk)).count()

    response = redactie.post(f"/admin/pages/{page.pk}/lock/")
    assert (response.status_code, response["Location"]) == (302, f"/admin/pages/{page.get_parent().pk}/")
    page.refresh_from_db()
    assert page.locked and page.locked_by == redacteur

    response = _bewaar(partner, page, data_partner, title="Koffieochtend (partner)")
    assert response.status_code == 200
    berichten = [str(m).strip() for m in response.context["messages"]]
    # Wagtail's own Dutch message: the partner knows why the save did not happen.
    assert "De pagina kan niet worden opgeslagen omdat deze is vergrendeld." in berichten, berichten
    assert "Koffieochtend (partner)" not in {r.content["title"] for r in
                                            Revision.page_revisions.filter(object_id=str(page.pk))}
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == aantal
