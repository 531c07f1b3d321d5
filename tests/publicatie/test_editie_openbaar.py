"""An edition is public only once it has appeared; before that only the editors see it (preview)."""

import pytest
from django.urls import reverse

from publicatie.views import markeer_verschenen
from tests.fabrieken import EditieFactory, LeefArchiefFactory, gemengde_inhoud, kleine_kaart


@pytest.fixture
def opzet(home_page):
    data = kleine_kaart(home=home_page)
    arch = LeefArchiefFactory(parent=home_page)
    return data, arch, EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))


def test_an_edition_in_planning_is_not_public_nor_listed(opzet, client):
    _data, arch, e = opzet
    assert e.live and e.verschenen_op is None
    assert client.get(e.url).status_code == 404
    assert e.url not in client.get(arch.url).content.decode()
    assert e.get_sitemap_urls() == []
    # Nor through the site's sitemap or the Wagtail API (they list plain page rows).
    assert e.url not in client.get("/sitemap.xml").content.decode()
    api = client.get("/api/v2/pages/?limit=100").json()
    assert e.pk not in [item["id"] for item in api["items"]]
    assert client.get(f"/api/v2/pages/{e.pk}/").status_code == 404


def test_after_it_appeared_the_edition_and_its_contents_are_public(opzet, client):
    data, arch, e = opzet
    markeer_verschenen(e)
    response = client.get(e.url)
    assert response.status_code == 200
    assert data["aanbod"].url in response.content.decode()
    assert e.url in client.get(arch.url).content.decode()
    assert e.url in client.get("/sitemap.xml").content.decode()
    assert e.pk in [item["id"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]]


def test_editors_see_an_edition_in_planning_in_the_preview(opzet, client, redacteur):
    _data, _arch, e = opzet
    client.force_login(redacteur)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[e.pk]))
    assert response.status_code == 200
    assert e.title in response.content.decode()


@pytest.fixture
def redacteur(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("redacteur", "r@example.org", "Wachtwoord-voor-tests-1")
