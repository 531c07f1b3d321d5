"""No results: the helpful empty state first, 'Wis alle filters', and facets without results collapsed."""

import re

import pytest

from leefmee.models import SiteInstellingen
from tests.fabrieken import (
    AanbodFactory,
    DoelgroepFactory,
    GebiedFactory,
    KaartFactory,
    LevensvraagFactory,
    OrganisatieFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(site, home_page):
    instellingen = SiteInstellingen.for_site(site)
    instellingen.toegangsteam_naam, instellingen.toegangsteam_telefoon = "het Loket", "0251 123 400"
    instellingen.save()
    kaart = KaartFactory(parent=home_page)
    zeedorp = GebiedFactory(naam="Zeedorp", slug="zeedorp")
    GebiedFactory(naam="Polderveen", slug="polderveen")
    DoelgroepFactory(naam="Jeugd", slug="jeugd")  # nothing for young people yet
    LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen", populair=True)
    org = OrganisatieFactory(parent=kaart, title="Welzijn")
    AanbodFactory(parent=org, title="Koffie-ochtend", dimensies=("meedoen",), gebieden=[zeedorp], kosten="gratis")
    return kaart


def test_the_empty_state_comes_before_the_filters_with_suggestions_and_the_loket(client, kaart):
    html = client.get("/kaart/zoeken/?q=voetbal&gratis=1").content.decode()
    leeg = html.index('class="niets-gevonden"')
    assert leeg < html.index('class="facetten-blok"')
    blok = html[leeg:html.index("</div>", leeg)]
    assert "/kaart/vraag/alleen/" in blok
    assert 'href="tel:0251123400"' in blok and "het Loket" in blok
    assert re.search(r'href="\?q=voetbal"[^>]*>Wis alle filters<', blok)


def test_results_come_before_the_filters_which_are_a_disclosure(client, kaart):
    html = client.get("/kaart/meedoen/").content.decode()
    assert html.index('id="resultaten-kop"') < html.index('<details class="facetten-blok"')
    assert "Wis alle filters" not in html  # nothing chosen, nothing to clear
    html = client.get("/kaart/meedoen/?gebied=zeedorp").content.decode()
    assert '<details class="facetten-blok" open>' in html
    assert re.search(r'<a href="\?">Wis alle filters</a>', html)  # the dimension itself stays


def test_options_and_facets_without_results_are_left_out(client, kaart):
    response = client.get("/kaart/zoeken/")
    html = response.content.decode()
    assert 'value="zeedorp"' in html and 'value="polderveen"' not in html
    assert 'id="facet-doelgroep"' not in html  # no target group has any result
    # A chosen option stays, even without results, so the resident sees what she chose.
    html = client.get("/kaart/zoeken/?gebied=polderveen").content.decode()
    assert re.search(r'value="polderveen" selected', html)
