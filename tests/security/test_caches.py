"""Issue 20, finding 2 and "caches never mix visitors": per cached endpoint, a signed-in editor asks
first, then an anonymous visitor; the visitor must get the anonymous answer, never the editor's."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from kaart.partners.rollen import REDACTEUREN, setup_roles
from leefmee.models import SiteInstellingen
from publicatie.drukbestanden import besloten_collectie
from tests.fabrieken import publiceer

pytestmark = pytest.mark.django_db
GEHEIM = "leef-2026-1-0123456789abcdef.pdf"


@pytest.fixture(autouse=True)
def caches_aan(settings):
    settings.OPENDATA_CACHE_SECONDS = 60
    settings.LEEFMEE_PAGINACACHE_SECONDS = 300


@pytest.fixture
def drukbestand(site):
    setup_roles()
    SiteInstellingen.for_site(site)
    return get_document_model().objects.create(
        title="LEEF drukproef", collection=besloten_collectie(),
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name=GEHEIM),
    )


@pytest.fixture
def redacteur_client(drukbestand):
    user = get_user_model().objects.create_user("red", "red@example.test", "LeefMee-test-2026")
    user.groups.add(Group.objects.get(name=REDACTEUREN))
    client = Client()
    client.force_login(user)
    return client


def _geheim_in(response):
    return "drukproef" in response.content.decode() or "0123456789abcdef" in response.content.decode()


@pytest.mark.parametrize("pad", ["/api/v2/documents/", "/api/v2/documents/?search=drukproef"])
def test_document_listing_of_an_editor_is_not_served_to_a_visitor(redacteur_client, pad):
    eerst = redacteur_client.get(pad)
    assert eerst.status_code == 200 and _geheim_in(eerst)
    assert "public" not in eerst["Cache-Control"] and "private" in eerst["Cache-Control"]
    daarna = Client().get(pad)
    assert daarna.status_code == 200
    assert not _geheim_in(daarna)
    assert daarna.get("X-Cache") != "HIT"


def test_document_detail_of_an_editor_is_not_served_to_a_visitor(redacteur_client, drukbestand):
    pad = f"/api/v2/documents/{drukbestand.pk}/"
    assert redacteur_client.get(pad).status_code == 200
    assert Client().get(pad).status_code == 404


def test_anonymous_answers_are_still_shared_and_vary_on_cookie(drukbestand):
    eerst = Client().get("/api/v2/documents/")
    daarna = Client().get("/api/v2/documents/")
    assert daarna["X-Cache"] == "HIT" and daarna.content == eerst.content
    assert "Cookie" in eerst["Vary"]


def test_an_editor_never_gets_the_visitors_cached_answer(redacteur_client, drukbestand):
    Client().get("/api/v2/documents/")
    response = redacteur_client.get("/api/v2/documents/")
    assert response.get("X-Cache") != "HIT" and _geheim_in(response)


def test_page_cache_never_hands_a_restricted_page_to_a_visitor(redacteur_client, home_page):
    pagina = publiceer(home_page, StandardPage(title="Alleen voor ingelogden", slug="besloten"))
    PageViewRestriction.objects.create(page=pagina, restriction_type=PageViewRestriction.LOGIN)
    assert redacteur_client.get("/besloten/").status_code == 200
    bezoeker = Client().get("/besloten/")
    assert bezoeker.status_code == 302 and "Alleen voor ingelogden" not in bezoeker.content.decode()


def test_hsds_and_pages_api_keep_editor_and_visitor_apart(redacteur_client):
    for pad in ("/api/v2/pages/", "/api/hsds/services"):
        eerst = redacteur_client.get(pad)
        assert "private" in eerst["Cache-Control"]
        assert Client().get(pad).get("X-Cache") != "HIT"
