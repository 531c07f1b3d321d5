"""The partner permission matrix beyond the page editor (issue 12): the public and open-data APIs,
print files of editions that have not appeared, previews, the admin search and the editors'
exports. A partner of organisation A must see nothing of B's drafts or of the editorial work.
"""

import pytest

from publicatie.export import exporteer_editie
from publicatie.models import ExportTaak
from publicatie.views import markeer_verschenen
from tests.fabrieken import AanbodFactory, EditieFactory, LeefArchiefFactory
from tests.kaart.partners_helpers import *  # noqa: F403

pytestmark = pytest.mark.django_db

GEHEIM = "Conceptje van de sportclub"


@pytest.fixture
def concept_b(org_b):
    """A draft of organisation B that was never published."""
    aanbod = AanbodFactory(parent=org_b, title="Wandelvoetbal")
    aanbod.title = GEHEIM
    aanbod.save_revision()
    return aanbod


@pytest.fixture
def nooit_live_b(org_b):
    return AanbodFactory(parent=org_b, title="Nog geheim aanbod", slug="nog-geheim",
                         korte_beschrijving="Nog niet klaar.", wat_is_het="<p>Concept.</p>", publiceren=False)


@pytest.fixture
def drukbestand(home_page, kaart, org_a, aanbod_a, rollen_klaar, settings, tmp_path):
    """The exported print PDF of an edition that has not appeared yet, on a real file system (as in
    production: Wagtail's document view streams local files)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=[("aanbod", {"pagina": aanbod_a.pk})])
    taak = ExportTaak.objects.create(editie=e)
    exporteer_editie.call(taak.pk)
    taak.refresh_from_db()
    assert taak.status == ExportTaak.Status.KLAAR, taak.reden
    return e, taak.document


def pdf_gekregen(response):
    inhoud = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code == 200 and inhoud.startswith(b"%PDF")


def test_print_file_of_an_edition_not_yet_appeared_is_only_for_the_editorial_team(
        client, drukbestand, partner_a, redacteur):
    _editie, document = drukbestand
    assert "leef-2027-2-" in document.file.name and len(document.file.name) > len("documents/leef-2027-2-.pdf") + 8
    assert not pdf_gekregen(client.get(document.url))  # anonymous: to the login page
    client.force_login(partner_a)
    assert not pdf_gekregen(client.get(document.url))
    client.force_login(redacteur)
    assert pdf_gekregen(client.get(document.url))


def test_the_print_file_becomes_public_when_the_edition_appears(client, drukbestand, redacteur):
    editie_pagina, document = drukbestand
    markeer_verschenen(editie_pagina, gebruiker=redacteur)
    editie_pagina.refresh_from_db()
    assert editie_pagina.pdf_id == document.pk
    assert pdf_gekregen(client.get(document.url))


def test_public_api_shows_no_drafts_and_no_unpublished_pages(client, concept_b, nooit_live_b, partner_a):
    client.force_login(partner_a)  # being logged in changes nothing for the API
    for url in ("/api/v2/pages/?limit=100", "/api/v2/pages/?search=geheim",
                f"/api/v2/pages/{nooit_live_b.pk}/", f"/api/v2/pages/{concept_b.pk}/"):
        tekst = client.get(url).content.decode()
        assert GEHEIM not in tekst and "Nog geheim aanbod" not in tekst, url
    assert client.get(f"/api/v2/pages/{nooit_live_b.pk}/").status_code == 404


def test_open_data_api_shows_no_drafts_and_no_private_contact_person(client, org_a, concept_b, nooit_live_b):
    for url in ("/api/hsds/services", "/api/hsds/organizations", f"/api/hsds/services/{nooit_live_b.translation_key}"):
        tekst = client.get(url).content.decode()
        assert GEHEIM not in tekst and "Nog geheim aanbod" not in tekst, url
        assert "petra@deschelp.example" not in tekst, url  # the editors' contact person is not public


def test_partner_cannot_preview_or_see_revisions_of_another_organisation(client, partner_a, concept_b, home_page):
    client.force_login(partner_a)
    pagina = f"/admin/pages/{concept_b.pk}/"
    # Wagtail refuses each with a redirect: to the dashboard (with a message), the revisions to the history
    # (refused itself), the explorer to the part of the tree the partner may explore.
    for url, naar in ((pagina + "edit/preview/", "/admin/"), (pagina + "revisions/", pagina + "history/"),
                      (pagina + "history/", "/admin/"), (pagina, f"/admin/pages/{home_page.pk}/")):
        response = client.get(url)
        assert GEHEIM not in response.content.decode(), url
        assert (response.status_code, response["Location"]) == (302, naar), url


def test_admin_search_of_a_partner_finds_nothing_of_another_organisation(client, partner_a, aanbod_a, concept_b,
                                                                          nooit_live_b):
    client.force_login(partner_a)
    for q in ("geheim", "Wandelvoetbal", "Conceptje"):
        tekst = client.get("/admin/pages/search/", {"q": q}).content.decode()
        assert GEHEIM not in tekst and "Nog geheim aanbod" not in tekst, q
        assert f"/admin/pages/{concept_b.pk}/" not in tekst and f"/admin/pages/{nooit_live_b.pk}/" not in tekst, q
    # ... while the partner does find its own offering.
    eigen = client.get("/admin/pages/search/", {"q": "Koffieochtend"}).content.decode()
    assert f"/admin/pages/{aanbod_a.pk}/edit/" in eigen


def test_partner_gets_none_of_the_editors_exports_and_overviews(client, partner_a, drukbestand):
    # (Partners may add and choose documents, so they see document titles in the chooser; the print
    # files themselves sit in a restricted collection that Wagtail will not serve them: see above.)
    editie_pagina, _document = drukbestand
    client.force_login(partner_a)
    for url in ("/admin/leef/planning/", f"/admin/leef/editie/{editie_pagina.pk}/",
                "/admin/kaart/inzicht/", "/admin/kaart/inzicht/?formaat=csv",
                "/admin/contactverzoek/", "/admin/persoonsgegevens/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url  # Wagtail: refused
        assert "drukklaar" not in response.content.decode(), url
