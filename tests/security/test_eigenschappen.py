"""Property-based tests (hypothesis): whatever a visitor puts in the URL, the public site never gives a 500.

Covers what exists on main now: home page, standard pages, sitemap, health check, language prefixes.
Feature views (search, map, agenda, forms, APIs) add their own properties here when they are merged.
"""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from home.models import StandardPage
from tests.fabrieken import publiceer

# Small and without deadlines: the suite stays fast and no test depends on timing.
snel = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PADEN = ["/", "/over-ons/", "/en/", "/en/about-us/", "/tr/", "/sitemap.xml", "/gezond/"]
tekst = st.text(max_size=40)
parameters = st.lists(st.tuples(tekst, tekst), max_size=6)
ruwe_query = st.text(alphabet=st.characters(codec="ascii", exclude_characters="#"), max_size=60)


@pytest.fixture
def site_met_paginas(home_page, locale_en):
    publiceer(home_page, StandardPage(title="Over ons", slug="over-ons", intro="Wie we zijn"))
    engels = home_page.copy_for_translation(locale_en)
    engels.save_revision().publish()
    over = StandardPage.objects.get(slug="over-ons").copy_for_translation(locale_en)
    over.slug = "about-us"
    over.save()
    over.save_revision().publish()
    return home_page


def controleer(response):
    assert response.status_code < 500, response.status_code
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        assert "script-src 'self';" in response["Content-Security-Policy"] + ";"


def test_the_fixture_pages_exist(client, site_met_paginas):
    for pad in PADEN:  # Turkish is not configured: its prefix is a path the site does not know
        assert client.get(pad).status_code == (404 if pad == "/tr/" else 200), pad


@snel
@given(pad=st.sampled_from(PADEN), query=parameters)
@example(pad="/", query=[("q", "\x00"), ("\x00", "x")])
def test_any_query_parameters(client, site_met_paginas, pad, query):
    controleer(client.get(f"{pad}?{urlencode(query)}"))


@snel
@given(pad=st.sampled_from(PADEN), query=ruwe_query)
def test_any_raw_query_string(client, site_met_paginas, pad, query):
    controleer(client.get(pad, QUERY_STRING=query))


@snel
@given(taal=st.sampled_from(["", "en/", "pl/", "ar/", "tr/", "xx/", "nl/"]), rest=st.text(max_size=30))
@example(taal="", rest="over-ons\x00/")  # PostgreSQL refuses NUL characters in queries
@example(taal="en/", rest="\x00")
@example(taal="", rest="..%2F..%2Fetc/passwd")
def test_any_path_under_any_language_prefix(client, site_met_paginas, taal, rest):
    response = client.get("/" + taal + quote(rest, safe="/"))
    assert response.status_code in (200, 301, 302, 404), response.status_code


@snel
@given(taal=st.text(max_size=40))
def test_any_accept_language_header(client, site_met_paginas, taal):
    controleer(client.get("/", HTTP_ACCEPT_LANGUAGE=taal))


@snel
@given(methode=st.sampled_from(["post", "put", "patch", "delete", "options", "head"]), pad=st.sampled_from(PADEN))
def test_other_http_methods_never_fail(client, site_met_paginas, methode, pad):
    assert getattr(client, methode)(pad).status_code < 500
