"""The whole-page cache: served from cache for anonymous visitors, fresh at once after publishing."""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from leefmee.models import SiteInstellingen
from leefmee.paginacache import PaginaCacheMiddleware, verhoog_versie, versie
from tests.fabrieken import AanbodFactory, KaartFactory, OrganisatieFactory, UserFactory, publiceer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def paginacache_aan(settings):
    settings.LEEFMEE_PAGINACACHE_SECONDS = 300


@pytest.fixture
def home_page(home_page, site):
    # The site settings row is made on the first visit otherwise; that save (rightly) empties the cache.
    SiteInstellingen.for_site(site)
    return home_page


def test_second_anonymous_request_is_served_from_the_cache_without_queries(client, home_page):
    first = client.get("/")
    assert first.status_code == 200
    assert first["X-Paginacache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/")
    assert second["X-Paginacache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content


def test_publishing_makes_the_change_visible_at_once(client, home_page):
    client.get("/")
    assert client.get("/")["X-Paginacache"] == "hit"
    home_page.title = "Nieuwe titel voor Testdorp"
    home_page.save_revision().publish()
    response = client.get("/")
    assert response["X-Paginacache"] == "miss"
    assert "Nieuwe titel voor Testdorp" in response.content.decode()


def test_unpublish_move_and_delete_invalidate(client, home_page):
    from wagtail.models import Page


    child = publiceer(home_page, Page(title="Kind", slug="kind"))
    client.get("/")
    for action in (child.unpublish, child.delete):
        assert client.get("/")["X-Paginacache"] == "hit"
        action()
        assert client.get("/")["X-Paginacache"] == "miss"


def test_logged_in_users_are_never_served_or_stored(client, home_page):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    for _ in range(2):
        response = client.get("/")
        assert response.status_code == 200
        assert "X-Paginacache" not in response
    client.logout()
    client.cookies.clear()
    assert client.get("/")["X-Paginacache"] == "miss"


def test_post_is_never_cached(client, home_page):
    client.get("/")
    response = client.post("/", {})
    assert "X-Paginacache" not in response


def test_query_string_and_language_are_part_of_the_key(client, home_page):
    client.get("/")
    assert client.get("/?pagina=2")["X-Paginacache"] == "miss"
    assert client.get("/?pagina=2")["X-Paginacache"] == "hit"


def test_admin_and_apis_are_excluded(client, home_page):
    assert "X-Paginacache" not in client.get("/gezond/")
    assert "X-Paginacache" not in client.get("/api/v2/pages/")


def test_a_response_that_used_a_csrf_token_outside_a_form_field_is_never_stored():
    def form_view(request):
        get_token(request)  # what {% csrf_token %} does
        return HttpResponse("<form>…</form>", content_type="text/html")

    middleware = PaginaCacheMiddleware(form_view)
    request = RequestFactory().get("/formulier/")
    assert "X-Paginacache" not in middleware(request)
    assert "X-Paginacache" not in middleware(RequestFactory().get("/formulier/"))


def test_a_response_that_sets_a_cookie_is_never_stored():
    def view(request):
        response = HttpResponse("<p>hoi</p>", content_type="text/html")
        response.set_cookie("iets", "1")
        return response

    middleware = PaginaCacheMiddleware(view)
    middleware(RequestFactory().get("/koekje/"))
    assert "X-Paginacache" not in middleware(RequestFactory().get("/koekje/"))


def test_public_pages_have_cache_control_and_etag_with_304(client, home_page, settings):
    settings.LEEFMEE_BROWSER_MAX_AGE = 60
    response = client.get("/")
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    etag = response["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304  # from the page cache
    cache.clear()
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304  # rendered again


def test_cache_version_bump_survives_a_missing_key():
    cache.clear()
    verhoog_versie()
    eerste = cache.get("paginacache:versie")
    verhoog_versie()
    assert cache.get("paginacache:versie") == eerste + 1


def test_a_lost_version_never_starts_again_at_a_number_used_before():
    """After an eviction the version restarts from the clock: pages and process memory kept under
    an earlier number can never be taken for current."""
    oud = versie()
    for _ in range(3):
        verhoog_versie()
    cache.delete("paginacache:versie")
    assert versie() > oud + 3


def test_frontend_cache_is_purged_on_publish_when_configured(home_page, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                  "LOCATION": "http://127.0.0.1:9/"},
    }
    with mock.patch("wagtail.contrib.frontend_cache.backends.HTTPBackend.purge_batch") as purge:
        home_page.save_revision().publish()
    assert purge.called
    urls = purge.call_args.args[0]
    assert any(url.rstrip("/").endswith("localhost") or url.endswith("localhost/") for url in urls), urls


def test_the_sitemap_is_cached_too(client, home_page):
    assert client.get("/sitemap.xml")["X-Paginacache"] == "miss"
    assert client.get("/sitemap.xml")["X-Paginacache"] == "hit"


# --- Pages with a form: stored with a marker, served with each visitor's own token ---------------

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


@pytest.fixture
def aanbod(home_page):

    organisatie = OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn Testdorp",
                                     email="vragen@welzijn.example", volledig=True)
    return AanbodFactory(parent=organisatie, title="Buurtmaatje", volledig=True)


def _contact(client, aanbod, token):
    return client.post(aanbod.url + aanbod.reverse_subpage("informatie_aanvragen"), {
        "csrfmiddlewaretoken": token, "naam": "Fatima de Vries", "telefoon": "06 1234 5678", "email": "",
        "vraag": "Kan ik langskomen?", "toestemming": "on"})


def test_an_offering_page_with_its_contact_form_is_served_from_the_cache_with_each_visitors_own_token(aanbod):
    from django.test import Client

    from kaart.models import Contactverzoek

    eerste = Client(enforce_csrf_checks=True)
    assert eerste.get(aanbod.url)["X-Paginacache"] == "miss"
    anna, bert = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    with CaptureQueriesContext(connection) as queries:
        van_anna = anna.get(aanbod.url)
    assert van_anna["X-Paginacache"] == "hit" and len(queries) == 0
    van_bert = bert.get(aanbod.url)
    assert van_bert["X-Paginacache"] == "hit"
    token_anna = TOKEN.search(van_anna.content.decode()).group(1)
    token_bert = TOKEN.search(van_bert.content.decode()).group(1)
    assert token_anna != token_bert
    assert b"__leefmee_csrf_token__" not in van_anna.content
    assert "csrftoken" in van_anna.cookies and "private" in van_anna["Cache-Control"]
    assert int(van_anna["Content-Length"]) == len(van_anna.content)

    # The token from the cached page works for its visitor, and not for someone else.
    assert _contact(anna, aanbod, token_anna).status_code == 302
    assert _contact(bert, aanbod, token_anna).status_code == 403
    assert Contactverzoek.objects.count() == 1


def test_a_returning_visitor_keeps_their_csrf_cookie_on_a_cached_page(aanbod):
    from django.test import Client

    bezoeker = Client(enforce_csrf_checks=True)
    bezoeker.get(aanbod.url)  # miss: sets the cookie
    cookie = bezoeker.cookies["csrftoken"].value
    van_cache = bezoeker.get(aanbod.url)
    assert van_cache["X-Paginacache"] == "hit"
    assert bezoeker.cookies["csrftoken"].value == cookie  # same secret: open tabs keep working
    assert _contact(bezoeker, aanbod, TOKEN.search(van_cache.content.decode()).group(1)).status_code == 302
