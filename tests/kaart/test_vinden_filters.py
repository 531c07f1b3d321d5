"""The shared filters: each facet, combinations, counts, open now, unknown values."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kaart.filters import open_organisaties
from kaart.models import Openingstijd, OrganisatiePage
from tests.fabrieken import (
    AanbodFactory,
    ActiviteitFactory,
    DoelgroepFactory,
    GebiedFactory,
    KaartFactory,
    KenmerkFactory,
    LevensvraagFactory,
    OrganisatieFactory,
    VacatureFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(site, home_page):
    kaart = KaartFactory(parent=home_page)
    zeedorp, polder = GebiedFactory(naam="Zeedorp", slug="zeedorp"), GebiedFactory(naam="Polderveen", slug="polderveen")
    ouderen, jeugd = DoelgroepFactory(naam="Ouderen", slug="ouderen"), DoelgroepFactory(naam="Jeugd", slug="jeugd")
    alleen = LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")
    bewegen = KenmerkFactory(naam="Bewegen", slug="bewegen")
    prof = OrganisatieFactory(parent=kaart, title="Welzijn", soort="professioneel", gebieden=[zeedorp])
    club = OrganisatieFactory(parent=kaart, title="Sportclub", soort="vereniging", gebieden=[polder])
    AanbodFactory(parent=prof, title="Koffie-ochtend", dimensies=("meedoen",), vragen=[alleen], doelgroepen=[ouderen],
                  gebieden=[zeedorp], kosten="gratis")
    AanbodFactory(parent=prof, title="Thuiszorg", dimensies=("dagelijks",), doelgroepen=[ouderen], gebieden=[polder],
                  kosten="vergoed", verwijzing_nodig=True)
    AanbodFactory(parent=club, title="Voetbal", dimensies=("lichaam",), doelgroepen=[jeugd], gebieden=[polder],
                  kosten="betaald")
    ActiviteitFactory(parent=club, title="Wandelen", dimensies=("lichaam",), kenmerken=[bewegen], gebieden=[zeedorp])
    VacatureFactory(parent=club, title="Trainer gezocht", kenmerken=[bewegen], gebieden=[polder])
    return kaart


def titels(response):
    return sorted(p.title for p in response.context["resultaten"].object_list)


@pytest.mark.parametrize(("query", "verwacht"), [
    ("dimensie=lichaam", ["Voetbal", "Wandelen"]),
    ("vraag=alleen", ["Koffie-ochtend"]),
    ("doelgroep=ouderen", ["Koffie-ochtend", "Thuiszorg"]),
    ("gebied=polderveen", ["Sportclub", "Thuiszorg", "Trainer gezocht", "Voetbal"]),
    ("kenmerk=bewegen", ["Trainer gezocht", "Wandelen"]),
    ("soort=vereniging", ["Sportclub", "Trainer gezocht", "Voetbal", "Wandelen"]),
    ("gratis=1", ["Koffie-ochtend", "Wandelen"]),
    ("kosten=gratis", ["Koffie-ochtend", "Wandelen"]),
    ("zonder_verwijzing=1", ["Koffie-ochtend", "Voetbal"]),
    ("doelgroep=ouderen&gebied=polderveen", ["Thuiszorg"]),
    ("soort=professioneel&gratis=1", ["Koffie-ochtend"]),
    ("kenmerk=bewegen&gebied=zeedorp", ["Wandelen"]),
])
def test_each_filter_and_combinations(client, data, query, verwacht):
    assert titels(client.get(f"/kaart/zoeken/?{query}")) == verwacht


def test_facet_counts_are_the_results_of_choosing_that_option(client, data):
    response = client.get("/kaart/zoeken/?gebied=polderveen")
    facetten = {f.naam: f for f in response.context["facetten"]}
    doelgroep = {o.waarde: o.aantal for o in facetten["doelgroep"].opties}
    assert doelgroep == {"ouderen": 1, "jeugd": 1}
    # The area facet itself counts without its own filter (choose another area instead).
    gebied = {o.waarde: o.aantal for o in facetten["gebied"].opties}
    assert gebied == {"zeedorp": 3, "polderveen": 4}
    soort = {o.waarde: o.aantal for o in facetten["soort"].opties}
    assert soort["vereniging"] == 3 and soort["professioneel"] == 1
    html = response.content.decode()
    assert "Ouderen (1)" in html


def test_filters_and_facet_counts_cost_no_queries_once_the_index_is_loaded(data, django_assert_num_queries):
    from kaart.filters import SOORTEN, Filters, Selectie, Taxonomieen
    from kaart.zoeken import ZOEK_FACETTEN

    locale = data.locale
    taxonomieen = Taxonomieen(locale)
    taxonomieen.afgeschermd()

    def facetten(waarden):
        selectie = Selectie(Filters(taxonomieen, waarden), locale, SOORTEN.keys(), onder=data)
        return selectie, {f.naam: f for f in selectie.facetten(ZOEK_FACETTEN)}

    facetten({})  # loads the facet index: once per content version, not per request
    gebied = taxonomieen.zoek("gebied", "polderveen")
    with django_assert_num_queries(0):
        selectie, gekozen = facetten({"gebied": gebied, "gratis": True})
        assert selectie.geordende_ids() == []  # the result list: nothing is free in Polderveen
    # The counts of choosing each option instead, within the other filters.
    assert {o.waarde: o.aantal for o in gekozen["gebied"].opties} == {"zeedorp": 2, "polderveen": 0}
    assert {o.waarde: o.aantal for o in gekozen["doelgroep"].opties} == {"ouderen": 0, "jeugd": 0}
    assert gekozen["gratis"].opties[0].aantal == 0
    assert gekozen["open_nu"].opties[0].aantal == 0


def test_a_content_change_is_in_the_next_counts(data):
    from kaart.filters import Filters, Selectie, Taxonomieen
    from kaart.models import AanbodPage

    taxonomieen = Taxonomieen(data.locale)

    def gratis_aantal():
        selectie = Selectie(Filters(taxonomieen), data.locale, ["aanbod"], onder=data)
        return next(f for f in selectie.facetten(["gratis"])).opties[0].aantal

    voor = gratis_aantal()
    aanbod = AanbodPage.objects.exclude(kosten="gratis").first()
    aanbod.kosten = "gratis"
    aanbod.save_revision().publish()
    assert gratis_aantal() == voor + 1


def test_dimension_page_facets_only_count_offerings(client, data):
    response = client.get("/kaart/lichaam/")
    assert titels(response) == ["Voetbal"]
    gratis = next(f for f in response.context["facetten"] if f.naam == "gratis")
    assert gratis.opties[0].aantal == 0


def test_unknown_values_are_ignored_with_a_notice(client, data):
    response = client.get("/kaart/zoeken/?gebied=mars&soort=ufo&gratis=misschien&dimensie=xyz")
    assert response.status_code == 200
    assert len(titels(response)) == 7  # no filter applied
    html = response.content.decode()
    assert "mars" in html and "We hebben het weggelaten" in html


def test_open_now_uses_amsterdam_time(data):
    org = OrganisatiePage.objects.get(title="Welzijn")
    Openingstijd.objects.create(page=org, dag=0, open=dt.time(9), dicht=dt.time(17))
    # Monday 2027-01-04 08:30 UTC is 09:30 in Amsterdam (winter time): open.
    maandag = dt.datetime(2027, 1, 4, 8, 30, tzinfo=dt.UTC)
    assert open_organisaties(maandag) == {org.pk}
    # 07:30 UTC = 08:30 Amsterdam: still closed.
    assert not open_organisaties(maandag.replace(hour=7))
    # Summer: 16:30 UTC = 18:30 Amsterdam: closed.
    assert not open_organisaties(dt.datetime(2027, 7, 5, 16, 30, tzinfo=ZoneInfo("UTC")))


def test_open_now_filter(vandaag, client, data, monkeypatch):
    org = OrganisatiePage.objects.get(title="Welzijn")
    # Open 09:00-17:00 on today's weekday; the clock is set to 10:00 that day (the `vandaag` fixture).
    Openingstijd.objects.create(page=org, dag=vandaag.weekday(), open=dt.time(9), dicht=dt.time(17))
    assert titels(client.get("/kaart/zoeken/?open_nu=1")) == ["Koffie-ochtend", "Thuiszorg", "Welzijn"]
