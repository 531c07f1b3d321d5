"""The area filter: choosing a village keeps what serves the whole municipality."""

import pytest

from kaart.models import Gebied
from tests.fabrieken import AanbodFactory, GebiedFactory, KaartFactory, OrganisatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(site, home_page):
    kaart = KaartFactory(parent=home_page)
    zeedorp, polder = GebiedFactory(naam="Zeedorp", slug="zeedorp"), GebiedFactory(naam="Polderveen", slug="polderveen")
    overal = GebiedFactory(naam="Hele gemeente", slug="hele-gemeente", soort=Gebied.Soort.GEMEENTE)
    org = OrganisatieFactory(parent=kaart, title="Welzijn", gebieden=[zeedorp])
    AanbodFactory(parent=org, title="Buurtmaatje", dimensies=("meedoen",), gebieden=[overal])
    AanbodFactory(parent=org, title="Koffie in Zeedorp", dimensies=("meedoen",), gebieden=[zeedorp])
    AanbodFactory(parent=org, title="Koffie in Polderveen", dimensies=("meedoen",), gebieden=[polder])
    return kaart


def titels(response):
    return sorted(p.title for p in response.context["resultaten"].object_list)


def test_a_village_keeps_the_offerings_for_the_whole_municipality(client, kaart):
    response = client.get("/kaart/meedoen/?gebied=zeedorp")
    assert titels(response) == ["Buurtmaatje", "Koffie in Zeedorp"]
    gebied = {o.waarde: o.aantal for f in response.context["facetten"] if f.naam == "gebied" for o in f.opties}
    assert gebied == {"zeedorp": 2, "polderveen": 2, "hele-gemeente": 1}


def test_choosing_the_whole_municipality_shows_only_what_serves_all_of_it(client, kaart):
    assert titels(client.get("/kaart/meedoen/?gebied=hele-gemeente")) == ["Buurtmaatje"]
