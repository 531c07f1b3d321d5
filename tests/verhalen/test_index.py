"""The story overview: filters, bad input, pagination, feeds, and a constant number of queries."""

import xml.etree.ElementTree as ET

import pytest

from tests.fabrieken import (
    AanbodFactory,
    BlogFactory,
    KaartFactory,
    LevensvraagFactory,
    OrganisatieFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    afbeelding,
    dimensie,
)
from verhalen.models import VerhaalDimensie, VerhaalPage
from verhalen.models.index import PER_PAGINA

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return VerhalenIndexFactory(parent=home_page)


def test_filter_by_dimension_shows_stories_and_blogs_of_that_dimension(client, index):
    VerhaalFactory(parent=index, title="Over meedoen", dimensies=("meedoen",))
    BlogFactory(parent=index, title="Blog over meedoen", dimensies=("meedoen", "lichaam"))
    VerhaalFactory(parent=index, title="Over lichaam", dimensies=("lichaam",))
    html = client.get(index.url, {"dimensie": "meedoen"}).content.decode()
    assert "Over meedoen" in html and "Blog over meedoen" in html
    assert "Over lichaam" not in html
    assert "2 verhalen gevonden" in html
    assert '<option value="meedoen" selected>' in html


def test_filter_by_question(client, index):
    alleen = LevensvraagFactory(slug="ik-voel-me-alleen", naam="Ik voel me vaak alleen")
    geld = LevensvraagFactory(slug="geldzorgen", naam="Ik heb geldzorgen", dimensie="kwaliteit")
    VerhaalFactory(parent=index, title="Alleen", vragen=[alleen])
    VerhaalFactory(parent=index, title="Schulden", vragen=[geld], dimensies=("kwaliteit",))
    html = client.get(index.url, {"vraag": "geldzorgen"}).content.decode()
    assert "Schulden" in html and ">Alleen<" not in html
    html = client.get(index.url, {"vraag": "ik-voel-me-alleen", "dimensie": "kwaliteit"}).content.decode()
    assert "0 verhalen gevonden" in html


@pytest.mark.parametrize(
    "params",
    [{"dimensie": "bestaat-niet"}, {"vraag": "<script>"}, {"dimensie": "x" * 5000}, {"pagina": "abc"},
     {"pagina": "9999"}, {"pagina": "-1"}, {"dimensie": ["lichaam", "meedoen"]}, {"vraag": "\x00"},
     {"dimensie": "meedoen\x00"}, {"vraag": "a\n"}],
)
def test_bad_query_parameters_give_a_normal_page(client, index, params):
    VerhaalFactory(parent=index, title="Het enige verhaal")
    response = client.get(index.url, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Het enige verhaal" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_unknown_filter_values_get_a_dutch_message(client, index):
    VerhaalFactory(parent=index, title="Een verhaal", dimensies=("lichaam",))
    html = client.get(index.url, {"dimensie": "onzin", "vraag": "ook-onzin"}).content.decode()
    assert "Dit onderwerp kennen we niet. Je ziet nu alle verhalen." in html
    assert "Deze vraag kennen we niet. Je ziet nu alle verhalen." in html
    assert "Een verhaal" in html


def test_newest_first_and_paginated(client, index):
    for i in range(PER_PAGINA + 2):
        VerhaalFactory(parent=index, title=f"Verhaal-{i:02d}")
    VerhaalFactory(parent=index, title="Concept", publiceren=False)
    eerste = client.get(index.url).content.decode()
    assert f"{PER_PAGINA + 2} verhalen gevonden" in eerste
    assert eerste.index(f"Verhaal-{PER_PAGINA + 1:02d}") < eerste.index(f"Verhaal-{PER_PAGINA:02d}")
    assert "Verhaal-00" not in eerste and "Concept" not in eerste
    assert "Pagina 1 van 2" in eerste and 'rel="next" href="?pagina=2"' in eerste
    tweede = client.get(index.url, {"pagina": "2"}).content.decode()
    assert "Verhaal-00" in tweede and "Verhaal-01" in tweede
    assert f"Verhaal-{PER_PAGINA + 1:02d}" not in tweede


def test_the_overview_follows_publishing_and_link_changes_at_once(client, index):
    """The list is kept in memory per content version: a publish, an unpublish or a changed link
    shows at the next request."""
    oud = VerhaalFactory(parent=index, title="Oud verhaal", dimensies=("lichaam",))
    assert "Oud verhaal" in client.get(index.url, {"dimensie": "lichaam"}).content.decode()

    nieuw = VerhaalFactory(parent=index, title="Nieuw verhaal", dimensies=("meedoen",))
    oud.unpublish()
    html = client.get(index.url).content.decode()
    assert "Nieuw verhaal" in html and "Oud verhaal" not in html and "1 verhaal gevonden" in html

    # An editor moves the story from one dimension to another and publishes.
    nieuw = VerhaalPage.objects.get(pk=nieuw.pk)
    nieuw.dimensie_koppelingen = [VerhaalDimensie(dimensie=dimensie(sleutel="lichaam"))]
    nieuw.save_revision().publish()
    assert "0 verhalen gevonden" in client.get(index.url, {"dimensie": "meedoen"}).content.decode()
    assert "Nieuw verhaal" in client.get(index.url, {"dimensie": "lichaam"}).content.decode()


def test_pagination_keeps_the_filter(client, index):
    for _ in range(PER_PAGINA + 1):
        VerhaalFactory(parent=index, dimensies=("zingeving",))
    html = client.get(index.url, {"dimensie": "zingeving"}).content.decode()
    assert 'href="?dimensie=zingeving&amp;pagina=2"' in html


def test_rss_feed_lists_stories_and_blogs_newest_first(client, index):
    VerhaalFactory(parent=index, title="Oud verhaal")
    blog = BlogFactory(parent=index, title="Nieuwe blog")
    VerhaalFactory(parent=index, title="Concept", publiceren=False)
    response = client.get(f"{index.url}feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    kanaal = ET.fromstring(response.content).find("channel")
    assert kanaal.findtext("title") == "Verhalen"
    items = kanaal.findall("item")
    assert [i.findtext("title") for i in items] == ["Nieuwe blog", "Oud verhaal"]
    assert items[0].findtext("link") == f"http://testserver{blog.url}"  # the full address of the page
    assert items[0].findtext("description") == "Nieuws van een partner."


def test_atom_feed_is_valid_atom_with_entries(client, index):
    verhaal = VerhaalFactory(parent=index, title="Ans eet mee")
    response = client.get(f"{index.url}feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(response.content)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    entries = feed.findall("a:entry", ns)
    assert [e.findtext("a:title", namespaces=ns) for e in entries] == ["Ans eet mee"]
    assert entries[0].find("a:updated", ns) is not None
    assert entries[0].find("a:link", ns).get("href") == f"http://testserver{verhaal.url}"


def test_index_links_its_feeds(client, index):
    html = client.get(index.url).content.decode()
    assert 'type="application/rss+xml"' in html and f'href="{index.url}feed/rss/"' in html


def _vul(index, aantal, kaartdata):
    alleen = LevensvraagFactory(slug="ik-voel-me-alleen", naam="Ik voel me vaak alleen")
    for i in range(aantal):
        VerhaalFactory(parent=index, portret=afbeelding("portret", 60, 60, alt="Getekend portret met de letter A"),
                       vragen=[alleen], organisaties=[kaartdata["org"]], aanbod=[kaartdata["aanbod"]],
                       dimensies=("meedoen", "lichaam"))
        if i % 3 == 0:
            BlogFactory(parent=index, auteur_organisatie=kaartdata["org"])


def _tel_queries(client, url, django_assert_max_num_queries, maximum):
    client.get(url)  # warm up: renditions are created on the first view
    with django_assert_max_num_queries(maximum) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def kaartdata(home_page):
    org = OrganisatieFactory(parent=KaartFactory(parent=home_page, title="Kaart"), title="Welzijn Duinwijk",
                             korte_beschrijving="Hulp en contact in de buurt.",
                            )
    return {"org": org, "aanbod": AanbodFactory(parent=org, title="Buurtmaaltijd", dimensies=(),
                                                wat_is_het="<p>Samen eten in het buurthuis.</p>")}


def test_index_and_detail_queries_do_not_grow_with_the_number_of_stories(
    client, index, kaartdata, django_assert_max_num_queries
):
    _vul(index, 3, kaartdata)
    # Wagtail's serve (site, locale, root page) and routing below the root, then what the page needs:
    # the rest (menu, footer, settings, translations, a story's related blocks) comes from memory.
    klein_index = _tel_queries(client, index.url, django_assert_max_num_queries, 6)
    klein_filter = _tel_queries(client, f"{index.url}?dimensie=meedoen&vraag=ik-voel-me-alleen",
                                django_assert_max_num_queries, 8)
    verhaal = index.get_children().type(VerhaalPage).last().specific
    klein_detail = _tel_queries(client, verhaal.url, django_assert_max_num_queries, 7)
    klein_home = _tel_queries(client, "/", django_assert_max_num_queries, 4)

    _vul(index, 12, kaartdata)
    assert _tel_queries(client, index.url, django_assert_max_num_queries, 6) == klein_index
    assert _tel_queries(client, f"{index.url}?dimensie=meedoen&vraag=ik-voel-me-alleen",
                        django_assert_max_num_queries, 8) == klein_filter
    assert _tel_queries(client, verhaal.url, django_assert_max_num_queries, 7) == klein_detail
    assert _tel_queries(client, "/", django_assert_max_num_queries, 4) == klein_home
