"""Bad input never gives a 500, and the number of queries does not grow with the data."""

import datetime as dt

import pytest

from tests.fabrieken import (
    AanbodFactory,
    ActiviteitFactory,
    AgendaFactory,
    DoelgroepFactory,
    GebiedFactory,
    KaartFactory,
    LevensvraagFactory,
    OrganisatieFactory,
    VacatureFactory,
    VacatureIndexFactory,
)

pytestmark = pytest.mark.django_db

LANG = "hulp " * 200


@pytest.fixture
def kaart(site, home_page):
    kaart = KaartFactory(parent=home_page)
    AgendaFactory(parent=home_page)
    VacatureIndexFactory(parent=home_page)
    LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")
    return kaart


@pytest.mark.parametrize("url", [
    "/kaart/zoeken/?dimensie=onzin&vraag=%00&doelgroep=<script>&gebied=x&kenmerk=y&soort=z",
    "/kaart/zoeken/?page=abc", "/kaart/zoeken/?page=99999", "/kaart/zoeken/?page=-1",
    f"/kaart/zoeken/?q={LANG}", "/kaart/zoeken/?q=<script>alert(1)</script>",
    "/kaart/zoeken/?q=%22%27%3B--%20OR%201%3D1", "/kaart/zoeken/?q=*&gratis=", "/kaart/zoeken/?q=AND OR NOT (",
    "/kaart/meedoen/?page=abc&doelgroep=onbekend", "/kaart/vraag/alleen/?page=99999&gratis=2",
    "/kaart/op-de-kaart/?page=abc&dimensie=%%", "/kaart/op-de-kaart/?bbox=nonsense",
    "/agenda/?van=31-12-2026&tot=morgen", "/vrijwilligerswerk/?page=99999&kenmerk=x",
])
def test_bad_input_gives_a_normal_page(client, kaart, url):
    response = client.get(url)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_long_query_is_truncated_with_a_notice(client, kaart):
    response = client.get(f"/kaart/zoeken/?q={LANG}")
    assert len(response.context["q"]) == 200
    assert "erg lang" in response.content.decode()


def test_html_in_the_query_is_escaped(client, kaart):
    html = client.get("/kaart/zoeken/?q=<b>vet</b>").content.decode()
    assert "<b>vet</b>" not in html and "&lt;b&gt;vet&lt;/b&gt;" in html


def bouw(kaart, n):
    gebied, doelgroep = GebiedFactory(slug=f"g{n}"), DoelgroepFactory(slug=f"d{n}")
    vraag = LevensvraagFactory(slug=f"v{n}")
    for i in range(max(1, n // 5)):
        org = OrganisatieFactory(parent=kaart, title=f"Organisatie {n}-{i}", gebieden=[gebied],
                                 openingstijden=[(d, dt.time(9), dt.time(17)) for d in range(5)])
        for j in range(5):
            AanbodFactory(parent=org, title=f"Koffie {n}-{i}-{j}", vragen=[vraag], doelgroepen=[doelgroep],
                          gebieden=[gebied])
        ActiviteitFactory(parent=org, title=f"Wandelen {n}-{i}", gebieden=[gebied])
        VacatureFactory(parent=org, title=f"Vrijwilliger {n}-{i}", gebieden=[gebied])


URLS = [
    "/kaart/", "/kaart/meedoen/", "/kaart/vraag/alleen/", "/kaart/zoeken/?q=koffie&gebied=g3&doelgroep=d3",
    "/kaart/zoeken/?open_nu=1&soort=professioneel&gratis=1", "/kaart/op-de-kaart/?gratis=1",
    "/kaart/op-de-kaart/geojson/?dimensie=meedoen", "/agenda/?gratis=1", "/agenda/ical/", "/vrijwilligerswerk/",
]


def test_query_counts_do_not_grow_with_the_data(client, kaart, django_assert_max_num_queries):
    bouw(kaart, 3)
    counts = {}
    for url in URLS:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        counts[url] = len(ctx.captured_queries)
    bouw(kaart, 30)
    for url in URLS:
        # The search log write and the session/site lookups are constant too: allow no growth at all.
        with django_assert_max_num_queries(counts[url]):
            assert client.get(url).status_code == 200
