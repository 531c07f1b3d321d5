"""Routing a URL in one query (leefmee/routering.py) finds what Wagtail's tree walk finds."""

import pytest
from django.http import Http404
from wagtail.models import Page

from home.models import HomePage, StandardPage
from leefmee.routering import route_in_een_keer
from tests.fabrieken import AanbodFactory, KaartFactory, OrganisatieFactory, publiceer

pytestmark = pytest.mark.django_db


@pytest.fixture
def boom(home_page):
    kaart = KaartFactory(parent=home_page)
    org = OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk")
    return {"home": home_page, "kaart": kaart, "org": org, "aanbod": AanbodFactory(parent=org, title="Koffie-ochtend")}


def wagtail_route(home, rf, url):
    """What Wagtail's own Page.route gives (page, args, kwargs), or Http404."""
    componenten = [c for c in url.split("/") if c]
    try:
        pagina, args, kwargs = Page.route(home, rf.get(url), componenten)
    except Http404:
        return Http404
    return pagina.pk, type(pagina), args[0].__name__ if args else None, kwargs


def snelle_route(home, rf, url):
    componenten = [c for c in url.split("/") if c]
    try:
        resultaat = route_in_een_keer(home, rf.get(url), componenten)
    except Http404:
        return Http404
    assert resultaat is not None, f"the shortcut did not apply to {url}"
    pagina, args, kwargs = resultaat
    return pagina.pk, type(pagina), args[0].__name__ if args else None, kwargs


def test_same_page_and_view_as_wagtail(boom, rf):
    home = HomePage.objects.get(pk=boom["home"].pk)
    org_url, aanbod_url = boom["org"].url, boom["aanbod"].url
    urls = ["/kaart/", "/kaart/zoeken/", "/kaart/meedoen/", "/kaart/vraag/iets/", org_url, aanbod_url,
            f"{aanbod_url}informatie-aanvragen/", "/kaart/bestaat-niet/", f"{org_url}bestaat-niet/",
            f"{aanbod_url}informatie-aanvragen/te-veel/"]
    for url in urls:
        assert snelle_route(home, rf, url) == wagtail_route(home, rf, url), url
    assert snelle_route(home, rf, aanbod_url)[1] is type(boom["aanbod"])


def test_a_route_of_the_parent_wins_over_a_child_page_with_the_same_slug(boom, rf):
    """RoutablePageMixin tries its own routes first: /kaart/zoeken/ stays the search, even with a
    child page called 'zoeken'. The map handles its own route, as in Wagtail's tree walk."""
    publiceer(boom["kaart"], StandardPage(title="Zoeken", slug="zoeken"))
    home = HomePage.objects.get(pk=boom["home"].pk)
    assert snelle_route(home, rf, "/kaart/zoeken/") == wagtail_route(home, rf, "/kaart/zoeken/")
    pagina, args, _kwargs = home.route(rf.get("/kaart/zoeken/"), ["kaart", "zoeken"])
    assert pagina.pk == boom["kaart"].pk and args[0].__name__ == "zoeken"


def test_a_section_that_handles_the_rest_itself_costs_no_query_once_warm(boom, rf, django_assert_num_queries):
    """The map and its own routes come from process memory; pages below it still take one query."""
    home = HomePage.objects.get(pk=boom["home"].pk)
    for url in ("/kaart/", "/kaart/zoeken/", "/kaart/meedoen/"):
        verwacht = wagtail_route(home, rf, url)
        assert snelle_route(home, rf, url) == verwacht
        with django_assert_num_queries(0):
            assert snelle_route(home, rf, url) == verwacht
    pagina, _args, _kwargs = route_in_een_keer(home, rf.get("/kaart/"), ["kaart"])
    assert pagina.route_ouder.pk == home.pk and [p.pk for p in pagina.route_voorouders] == [home.pk]
    # A slug that is no section: the shortcut steps aside and Wagtail answers 404.
    assert route_in_een_keer(home, rf.get("/bestaat-niet/"), ["bestaat-niet"]) is None
    with pytest.raises(Http404):
        home.route(rf.get("/bestaat-niet/"), ["bestaat-niet"])


def test_drafts_are_not_found_but_pages_below_a_draft_are_like_in_wagtail(boom, rf):
    home = HomePage.objects.get(pk=boom["home"].pk)
    concept = AanbodFactory(parent=boom["org"], title="Nog niet klaar", publiceren=False)
    assert snelle_route(home, rf, concept.url_path[len(home.url_path) - 1:]) is Http404
    boom["org"].unpublish()
    url = boom["aanbod"].url_path[len(home.url_path) - 1:]
    assert snelle_route(home, rf, url) == wagtail_route(home, rf, url) != Http404


def test_two_queries_whatever_the_depth(boom, rf, django_assert_num_queries):
    home = HomePage.objects.get(pk=boom["home"].pk)
    componenten = [c for c in boom["aanbod"].url.split("/") if c]
    route_in_een_keer(home, rf.get(boom["aanbod"].url), componenten)  # the map's section row, once
    with django_assert_num_queries(2):
        pagina, _args, _kwargs = route_in_een_keer(home, rf.get(boom["aanbod"].url), componenten)
    assert [p.pk for p in pagina.kruimelpad()] == [boom["home"].pk, boom["kaart"].pk, boom["org"].pk]
    assert pagina.route_ouder.pk == boom["org"].pk  # the parent travels along: no query for it later


def test_offering_page_served_through_the_site(client, boom):
    response = client.get(boom["aanbod"].url)
    assert response.status_code == 200
    assert "Koffie-ochtend" in response.content.decode()
    assert client.get(boom["aanbod"].url + "bestaat-niet/").status_code == 404
