"""'Binnenkort': the coming activities on the home page, and on dimension and question pages
narrowed by the filters the resident chose."""

import datetime as dt

import pytest

from tests.kaart.factories import (
    maak_activiteit,
    maak_agenda,
    maak_gebied,
    maak_kaart,
    maak_organisatie,
    maak_vraag,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(site, home_page, vandaag):
    kaart = maak_kaart(home_page)
    maak_agenda(home_page)
    org = maak_organisatie(kaart, "Buurthuis", slug="buurthuis")
    zeedorp, polder = maak_gebied("Zeedorp", slug="zeedorp"), maak_gebied("Polderveen", slug="polderveen")
    alleen = maak_vraag("Ik voel me vaak alleen", "meedoen", slug="alleen")

    def moment(dagen):
        return [{"herhaling": "eenmalig", "datum": vandaag + dt.timedelta(days=dagen), "begintijd": dt.time(10)}]

    maak_activiteit(org, "Koffie in Zeedorp", dimensies=("meedoen",), vragen=[alleen], gebieden=[zeedorp],
                    kosten="gratis", momenten=moment(2))
    maak_activiteit(org, "Eten in Polderveen", dimensies=("meedoen",), vragen=[alleen], gebieden=[polder],
                    kosten="betaald", momenten=moment(3))
    maak_activiteit(org, "Cursus over zes weken", dimensies=("meedoen",), vragen=[alleen], momenten=moment(42))
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
