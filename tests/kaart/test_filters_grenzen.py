"""The agenda's date window and the parsing of filter values at their edges (issue 24: mutants that
no test killed, e.g. a start date in the past no longer moved to today).

Today is fixed with time-machine: the window is about "from today".
"""

import datetime as dt

import pytest
import time_machine
from django.test import RequestFactory
from wagtail.models import Page

from kaart.filters import MAX_AGENDA_DAGEN, MAX_AGENDA_VOORUIT_DAGEN, Filters, Selectie, geldt_voor, standaard_tot
from kaart.taxonomieen import Optie, Taxonomieen
from tests.fabrieken import (
    AanbodFactory,
    DoelgroepFactory,
    GebiedFactory,
    KaartFactory,
    OrganisatieFactory,
    VacatureFactory,
)

VANDAAG = dt.date(2027, 3, 10)

pytestmark = pytest.mark.django_db


@pytest.fixture
def vandaag():
    with time_machine.travel(dt.datetime(2027, 3, 10, 12, tzinfo=dt.UTC), tick=False):
        yield VANDAAG


def filters(locale, query="", agenda=True, vast=None):
    request = RequestFactory().get("/agenda/" + (f"?{query}" if query else ""))
    return Filters.uit_request(request, locale, agenda=agenda, vast=vast)


@pytest.mark.parametrize(
    ("van", "verwacht"),
    [
        (dt.date(2027, 1, 31), dt.date(2027, 4, 30)),  # the month has no 31st: the last day of it
        (dt.date(2027, 10, 15), dt.date(2028, 1, 15)),  # into the next year
        (dt.date(2027, 12, 31), dt.date(2028, 3, 31)),
        (dt.date(2027, 11, 30), dt.date(2028, 2, 29)),  # a leap year's February
        (dt.date(2026, 11, 30), dt.date(2027, 2, 28)),
        (dt.date(2027, 3, 10), dt.date(2027, 6, 10)),
    ],
)
def test_the_default_window_is_three_calendar_months(van, verwacht):
    assert standaard_tot(van) == verwacht


def test_without_dates_the_agenda_shows_three_months_from_today(vandaag, locale_nl):
    f = filters(locale_nl)
    assert (f.van, f.tot) == (vandaag, dt.date(2027, 6, 10))
    assert f.meldingen == []
    assert f.params() == {"van": "2027-03-10", "tot": "2027-06-10"}


def test_a_start_date_in_the_past_becomes_today(vandaag, locale_nl):
    f = filters(locale_nl, "van=2027-03-09&tot=2027-04-01")
    assert (f.van, f.tot) == (vandaag, dt.date(2027, 4, 1))
    assert f.meldingen == []


def test_today_and_later_start_dates_are_kept(vandaag, locale_nl):
    assert filters(locale_nl, "van=2027-03-10").van == vandaag
    f = filters(locale_nl, "van=2027-03-11")
    assert (f.van, f.tot) == (dt.date(2027, 3, 11), dt.date(2027, 6, 10))  # tot: the default from today


def test_the_end_date_alone_is_taken_and_spaces_around_a_date_do_not_matter(vandaag, locale_nl):
    f = filters(locale_nl, "tot=%202027-05-01%20")
    assert (f.van, f.tot) == (vandaag, dt.date(2027, 5, 1))
    assert f.meldingen == []


def test_a_date_that_is_not_a_date_is_explained_and_left_out(vandaag, locale_nl):
    f = filters(locale_nl, "van=31-03-2027&tot=2027-04-01")
    assert (f.van, f.tot) == (vandaag, dt.date(2027, 4, 1))
    assert f.meldingen == ["De datum '31-03-2027' begrijpen we niet. Schrijf een datum zo: 2026-03-31."]


def test_the_furthest_start_date_is_accepted_and_one_day_later_is_not(vandaag, locale_nl):
    verste = vandaag + dt.timedelta(days=MAX_AGENDA_VOORUIT_DAGEN)
    f = filters(locale_nl, f"van={verste}&tot={verste}")
    assert (f.van, f.tot) == (verste, verste)
    assert f.meldingen == []
    te_ver = verste + dt.timedelta(days=1)
    f = filters(locale_nl, f"van={te_ver}&tot={te_ver}")
    assert (f.van, f.tot) == (vandaag, dt.date(2027, 6, 10))
    assert f.meldingen == ["Zo ver vooruit staat er nog niets in de agenda. We tonen de komende maanden."]


def test_an_end_before_the_start_shows_three_months_from_the_start(vandaag, locale_nl):
    f = filters(locale_nl, "van=2027-04-10&tot=2027-04-09")
    assert (f.van, f.tot) == (dt.date(2027, 4, 10), dt.date(2027, 7, 10))
    assert f.meldingen == ["De einddatum ligt voor de begindatum. We tonen drie maanden vanaf de begindatum."]
    f = filters(locale_nl, "van=2027-04-10&tot=2027-04-10")  # one day is a window too
    assert (f.van, f.tot) == (dt.date(2027, 4, 10), dt.date(2027, 4, 10))
    assert f.meldingen == []


def test_the_window_is_at_most_a_year(vandaag, locale_nl):
    langst = vandaag + dt.timedelta(days=MAX_AGENDA_DAGEN)
    f = filters(locale_nl, f"tot={langst}")
    assert (f.van, f.tot) == (vandaag, langst)
    assert f.meldingen == []
    f = filters(locale_nl, f"tot={langst + dt.timedelta(days=1)}")
    assert (f.van, f.tot) == (vandaag, langst)
    assert f.meldingen == ["We tonen hoogstens een jaar vooruit."]


def test_outside_the_agenda_dates_are_not_read(vandaag, locale_nl):
    f = filters(locale_nl, "van=2027-04-10", agenda=False)
    assert (f.van, f.tot) == (None, None)
    assert f.params() == {}


@pytest.mark.parametrize("ja", ["1", "ja", "JA", " true ", "on", "gratis"])
def test_yes_values_switch_a_yes_no_filter_on(locale_nl, ja):
    f = filters(locale_nl, f"gratis={ja}", agenda=False)
    assert f.waarden == {"gratis": True}
    assert f.params() == {"gratis": "1"}
    assert f.actief and f.meldingen == []


def test_an_unknown_yes_no_value_is_explained_and_left_out(locale_nl):
    f = filters(locale_nl, "zonder_verwijzing=misschien&open_nu=", agenda=False)
    assert f.waarden == {}
    assert not f.actief
    assert f.meldingen == ["Het filter 'Geen verwijzing nodig' begrijpen we niet. We hebben het weggelaten."]


def test_kosten_gratis_is_the_old_name_of_the_free_filter(locale_nl):
    assert filters(locale_nl, "kosten=GRATIS", agenda=False).waarden == {"gratis": True}
    assert filters(locale_nl, "kosten=betaald", agenda=False).waarden == {}
    # an explicit gratis value wins over the old name
    f = filters(locale_nl, "gratis=nee&kosten=gratis", agenda=False)
    assert f.waarden == {} and len(f.meldingen) == 1


def test_unknown_terms_and_organisation_kinds_are_explained_and_left_out(locale_nl):
    f = filters(locale_nl, "dimensie=%20onbekend%20&soort=bedrijf", agenda=False)
    assert f.waarden == {}
    assert f.meldingen == [
        "Het filter 'Onderwerp' met de waarde 'onbekend' kennen we niet. We hebben het weggelaten.",
        "De soort organisatie 'bedrijf' kennen we niet. We hebben dit filter weggelaten.",
    ]


def test_a_known_term_and_kind_are_chosen_and_a_fixed_facet_is_not_the_residents_choice(locale_nl):
    tax = Taxonomieen(locale_nl)
    meedoen = tax.zoek("dimensie", "meedoen")
    f = filters(locale_nl, "dimensie=lichaam&soort=vereniging&gratis=1", agenda=False, vast={"dimensie": meedoen})
    assert f.waarden["dimensie"] is meedoen  # the page's own dimension wins over the query
    assert f.waarden["soort"].waarde == "vereniging"
    assert set(f.gekozen) == {"soort", "gratis"}
    assert f.params() == {"dimensie": "meedoen", "soort": "vereniging", "gratis": "1"}
    assert f.params(zonder=("gratis",), vast=f.vast) == {"soort": "vereniging"}


# --- Results and facet counts (Selectie) --------------------------------------------------------
@pytest.fixture
def kaart(site, home_page):
    kaart = KaartFactory(parent=home_page)
    zeedorp = GebiedFactory(naam="Zeedorp", slug="zeedorp")
    ouderen = DoelgroepFactory(naam="Ouderen", slug="ouderen")
    welzijn = OrganisatieFactory(parent=kaart, title="Welzijn", soort="professioneel", gebieden=[zeedorp])
    club = OrganisatieFactory(parent=kaart, title="Sportclub", soort="vereniging")
    AanbodFactory(parent=welzijn, title="Koffie", dimensies=("meedoen",), doelgroepen=[ouderen], kosten="gratis")
    AanbodFactory(parent=club, title="Bewegen", dimensies=("lichaam",), kosten="betaald")
    VacatureFactory(parent=club, title="Trainer gezocht", dimensies=("meedoen",), gebieden=[zeedorp])
    return kaart


def selectie(kaart, soorten, waarden=None, ids=None):
    tax = Taxonomieen(kaart.locale)
    return Selectie(Filters(tax, waarden or {}), kaart.locale, soorten, ids=ids, onder=kaart), tax


def namen(ids):
    per_id = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [per_id[i] for i in ids]


def test_results_of_several_types_are_mixed_alphabetically(kaart):
    s, _tax = selectie(kaart, ["organisatie", "aanbod", "vacature"])
    assert namen(s.geordende_ids()) == ["Bewegen", "Koffie", "Sportclub", "Trainer gezocht", "Welzijn"]
    assert namen(s.geordende_ids("aanbod")) == ["Bewegen", "Koffie"]
    assert set(namen(s.op_de_kaart())) == {"Bewegen", "Koffie", "Sportclub", "Trainer gezocht", "Welzijn"}


def test_search_hits_keep_their_rank_and_only_hits_are_results(kaart):
    s, _tax = selectie(kaart, ["organisatie", "aanbod"])
    koffie, welzijn = (s.geordende_ids("aanbod")[1], s.geordende_ids("organisatie")[1])
    binnen = s.beperkt_tot([welzijn, koffie, welzijn])
    assert binnen.geordende_ids() == [welzijn, koffie]
    assert binnen.id_set("aanbod") == frozenset({koffie})


def test_a_filter_that_says_nothing_about_a_type_leaves_none_of_it(kaart):
    ouderen = Taxonomieen(kaart.locale).zoek("doelgroep", "ouderen")
    s, _tax = selectie(kaart, ["aanbod", "vacature"], {"doelgroep": ouderen})
    assert namen(s.geordende_ids()) == ["Koffie"]  # a vacancy has no target group
    assert not geldt_voor("doelgroep", "vacature") and geldt_voor("doelgroep", "aanbod")
    assert not geldt_voor("zonder_verwijzing", "activiteit") and geldt_voor("gratis", "activiteit")
    assert geldt_voor("soort", "vacature")


def test_facet_options_count_and_mark_the_chosen_one(kaart):
    vereniging = Optie(waarde="vereniging", naam="Vereniging")
    s, _tax = selectie(kaart, ["organisatie", "aanbod", "vacature"], {"soort": vereniging, "gratis": True})
    facetten = {f.naam: f for f in s.facetten(["soort", "gratis", "dimensie", "gebied"])}
    soort = {o.waarde: (o.aantal, o.gekozen) for o in facetten["soort"].opties}
    # choosing a kind instead: the free results of that kind
    assert soort["vereniging"] == (0, True) and soort["professioneel"] == (1, False)
    assert facetten["soort"].gekozen.waarde == "vereniging"
    assert (facetten["gratis"].opties[0].aantal, facetten["gratis"].opties[0].gekozen) == (0, True)
    assert facetten["gratis"].zichtbaar  # chosen, so shown even at 0
    assert facetten["gratis"].ja_nee and not facetten["soort"].ja_nee
    dimensie = {o.waarde: o.aantal for o in facetten["dimensie"].opties}
    assert dimensie["meedoen"] == 0 and dimensie["lichaam"] == 0
    assert not facetten["dimensie"].zichtbaar  # every option empty and none chosen
    assert facetten["dimensie"].gekozen is None

