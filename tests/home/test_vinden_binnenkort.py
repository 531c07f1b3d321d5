"""'Binnenkort': the coming activities on the home page, and on dimension and question pages
narrowed by the filters the resident chose."""

import datetime as dt

import pytest

from tests.fabrieken import (
    ActiviteitFactory,
    AgendaFactory,
    GebiedFactory,
    KaartFactory,
    LevensvraagFactory,
    OrganisatieFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(vandaag, site, home_page):
    kaart = KaartFactory(parent=home_page)
    AgendaFactory(parent=home_page)
    org = OrganisatieFactory(parent=kaart, title="Buurthuis", slug="buurthuis")
    zeedorp, polder = GebiedFactory(naam="Zeedorp", slug="zeedorp"), GebiedFactory(naam="Polderveen", slug="polderveen")
    alleen = LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")

    def moment(dagen):
        return [{"herhaling": "eenmalig", "datum": vandaag + dt.timedelta(days=dagen), "begintijd": dt.time(10)}]

    ActiviteitFactory(parent=org, title="Koffie in Zeedorp", dimensies=("meedoen",), vragen=[alleen],
                      gebieden=[zeedorp],
                      kosten="gratis", momenten=moment(2))
    ActiviteitFactory(parent=org, title="Eten in Polderveen", dimensies=("meedoen",), vragen=[alleen],
                      gebieden=[polder],
                      kosten="betaald", momenten=moment(3))
    ActiviteitFactory(parent=org, title="Cursus over zes weken", dimensies=("meedoen",), vragen=[alleen],
                      momenten=moment(42))
    return kaart


def test_the_home_page_shows_the_coming_activities_and_links_the_agenda(client, kaart):
    response = client.get("/")
    titels = [item.activiteit.title for item in response.context["komende_activiteiten"]]
    assert titels == ["Koffie in Zeedorp", "Eten in Polderveen"]
    html = response.content.decode()
    assert 'href="/kaart/buurthuis/' in html and 'href="/agenda/"' in html


@pytest.mark.parametrize("route", ["/kaart/meedoen/", "/kaart/vraag/alleen/"])
def test_binnenkort_on_dimension_and_question_pages_honours_the_filters(client, kaart, route):
    def titels(query):
        dagen = client.get(route + query).context["activiteiten"]
        return [item.activiteit.title for _datum, items in dagen for item in items]

    assert titels("") == ["Koffie in Zeedorp", "Eten in Polderveen"]
    assert titels("?gebied=polderveen") == ["Eten in Polderveen"]
    assert titels("?gratis=1") == ["Koffie in Zeedorp"]
    # 'No referral needed' says nothing about activities: it does not empty the list.
    assert titels("?zonder_verwijzing=1") == ["Koffie in Zeedorp", "Eten in Polderveen"]
