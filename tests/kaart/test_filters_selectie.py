"""Which pages a resident sees and the counts next to each filter option (kaart/filters.py), on one small
map built once for this module (issue 24: the search's end-to-end filter tests took ~25 s a mutant).

Two municipalities: A (the default site) with its map in Dutch and English, and B, whose club also serves a
village of A (a regional organisation: on A's map too); and a third home page that is no site yet. Each test
runs in a savepoint inside the module's transaction.
"""

import datetime as dt

import pytest
from django.db import transaction
from django.test import RequestFactory
from wagtail.models import Locale, Page, PageViewRestriction

from home import demo as home_demo
from home.models import HomePage
from kaart.filters import SOORTEN, Filters, Selectie, id_lijst, pagina_ids
from kaart.models import AanbodPage, Gebied
from kaart.routes import filter_weg_links
from kaart.taxonomieen import Taxonomieen
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
from tests.fabrieken.basis import publiceer
from tests.fabrieken.regio import maak_site_b

pytestmark = pytest.mark.django_db
ALLE = ["organisatie", "aanbod", "activiteit", "vacature"]
OP_KAART_A = ["Koffie-ochtend", "Kustclub", "Sportclub", "Thuiszorg", "Trainer gezocht", "Voetbal", "Wandelen",
              "Welzijn"]


@pytest.fixture(scope="module")
def wereld(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        _site, home = home_demo.laad_startpagina()
        nl = Locale.objects.get(language_code="nl")
        site_b, home_b = maak_site_b(nl)
        kaart, kaart_b = KaartFactory(parent=home), KaartFactory(parent=home_b)
        zeedorp, polder = GebiedFactory(naam="Zeedorp", slug="zeedorp"), GebiedFactory(naam="Polderveen", slug="polder")
        heel = GebiedFactory(naam="Heel Duinwijk", slug="duinwijk", soort=Gebied.Soort.GEMEENTE)
        strand = GebiedFactory(naam="Strandhoven", slug="strandhoven", gemeente_site=site_b)
        ouderen, jeugd = DoelgroepFactory(naam="Ouderen", slug="ouderen"), DoelgroepFactory(naam="Jeugd", slug="jeugd")
        alleen = LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")
        bewegen = KenmerkFactory(naam="Bewegen", slug="bewegen")
        welzijn = OrganisatieFactory(parent=kaart, title="Welzijn", soort="professioneel", gebieden=[heel])
        club = OrganisatieFactory(parent=kaart, title="Sportclub", soort="vereniging", gebieden=[polder],
                                  openingstijden=[(2, dt.time(9), dt.time(17))])  # Wednesdays
        AanbodFactory(parent=welzijn, title="Koffie-ochtend", dimensies=("meedoen",), vragen=[alleen],
                      doelgroepen=[ouderen], gebieden=[zeedorp], kosten="gratis")
        AanbodFactory(parent=welzijn, title="Thuiszorg", dimensies=("dagelijks",), doelgroepen=[ouderen],
                      gebieden=[heel], kosten="vergoed", verwijzing_nodig=True)
        AanbodFactory(parent=club, title="Voetbal", dimensies=("lichaam",), doelgroepen=[jeugd], gebieden=[polder],
                      kosten="betaald")
        ActiviteitFactory(parent=club, title="Wandelen", dimensies=("lichaam",), kenmerken=[bewegen],
                          gebieden=[zeedorp], kosten="gratis")
        VacatureFactory(parent=club, title="Trainer gezocht", dimensies=("meedoen",), kenmerken=[bewegen],
                        gebieden=[polder])
        AanbodFactory(parent=club, title="Concept", publiceren=False)
        besloten = AanbodFactory(parent=welzijn, title="Besloten", kosten="gratis")
        PageViewRestriction.objects.create(page=besloten, restriction_type="password", password="geheim")
        OrganisatieFactory(parent=kaart_b, title="Kustclub", soort="bewonersinitiatief", gebieden=[strand, zeedorp])
        OrganisatieFactory(parent=kaart_b, title="Dorpshuis", soort="bewonersinitiatief", gebieden=[strand])
        # A new municipality's tree whose site is not made yet.
        home_c = publiceer(Page.get_first_root_node(), HomePage(title="LEEF MEE Nieuwdorp", slug="nieuwdorp",
                                                                locale=nl))
        OrganisatieFactory(parent=KaartFactory(parent=home_c), title="Nieuw dorpshuis")
        # The English map: a translation of Welzijn (and of the home page and map above it).
        engels = welzijn.copy_for_translation(Locale.objects.get_or_create(language_code="en")[0],
                                              copy_parents=True)
        engels.title = "Wellbeing"
        engels.save_revision().publish()
        Page.objects.filter(pk__in=[engels.get_parent().pk, engels.get_parent().get_parent().pk]).update(live=True)
        yield kaart
        transaction.set_rollback(True)


def namen(ids):
    per_id = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [per_id[i] for i in ids]


def filters(kaart, query="", **kwargs):
    return Filters.uit_request(RequestFactory().get(f"/kaart/zoeken/?{query}"), kaart.locale, **kwargs)


def selectie(kaart, query="", soorten=ALLE, **kwargs):
    return Selectie(filters(kaart, query), kaart.locale, soorten, onder=kaart, **kwargs)


def tellingen(kaart, query, facet, soorten=ALLE):
    gevonden = selectie(kaart, query, soorten).facetten([facet])[0]
    return {o.waarde: o.aantal for o in gevonden.opties}


def test_a_map_shows_its_own_live_public_pages_and_regional_ones_alphabetically(wereld):
    s = selectie(wereld)
    # Not: the draft, the page behind a password, the other municipality's local organisation.
    assert namen(s.geordende_ids()) == OP_KAART_A
    assert sorted(namen(s.op_de_kaart())) == OP_KAART_A
    assert namen(s.geordende_ids("organisatie")) == ["Kustclub", "Sportclub", "Welzijn"]
    assert sorted(namen(s.id_set("organisatie"))) == ["Kustclub", "Sportclub", "Welzijn"]
    assert namen(selectie(wereld, soorten=["vacature", "activiteit"]).geordende_ids()) == ["Trainer gezocht",
                                                                                           "Wandelen"]


def test_without_a_map_every_municipalitys_pages_are_results_and_a_map_outside_a_site_shows_its_own(wereld):
    s = Selectie(filters(wereld), wereld.locale, ["organisatie"])
    assert namen(s.geordende_ids()) == ["Dorpshuis", "Kustclub", "Nieuw dorpshuis", "Sportclub", "Welzijn"]
    nieuwdorp = Page.objects.get(slug="nieuwdorp").get_children().get()
    s = Selectie(filters(wereld), wereld.locale, ["organisatie"], onder=nieuwdorp)
    assert namen(s.geordende_ids()) == ["Nieuw dorpshuis"]


def test_the_english_map_shows_the_english_pages(wereld):
    kaart = Page.objects.get(title="Wellbeing").get_parent().specific
    s = Selectie(filters(kaart), kaart.locale, ["organisatie", "aanbod"], onder=kaart)
    assert namen(s.geordende_ids()) == ["Wellbeing"]


@pytest.mark.parametrize(("query", "verwacht"), [
    ("", OP_KAART_A),
    ("dimensie=lichaam", ["Voetbal", "Wandelen"]),
    ("vraag=alleen", ["Koffie-ochtend"]),
    ("doelgroep=ouderen", ["Koffie-ochtend", "Thuiszorg"]),
    # An area: what is linked to it, and what serves the whole municipality.
    ("gebied=polder", ["Sportclub", "Thuiszorg", "Trainer gezocht", "Voetbal", "Welzijn"]),
    ("gebied=zeedorp", ["Koffie-ochtend", "Kustclub", "Thuiszorg", "Wandelen", "Welzijn"]),
    ("gebied=duinwijk", ["Thuiszorg", "Welzijn"]),  # the whole municipality: only what says so
    ("kenmerk=bewegen", ["Trainer gezocht", "Wandelen"]),
    ("soort=vereniging", ["Sportclub", "Trainer gezocht", "Voetbal", "Wandelen"]),
    ("soort=bewonersinitiatief", ["Kustclub"]),
    ("gratis=1", ["Koffie-ochtend", "Wandelen"]),
    ("zonder_verwijzing=1", ["Koffie-ochtend", "Voetbal"]),
    ("doelgroep=ouderen&gebied=polder", ["Thuiszorg"]),
    ("soort=professioneel&gratis=1", ["Koffie-ochtend"]),
    ("kenmerk=bewegen&gebied=zeedorp", ["Wandelen"]),
    ("dimensie=lichaam&gratis=1&gebied=zeedorp", ["Wandelen"]),
])
def test_each_filter_and_combinations(wereld, query, verwacht):
    assert namen(selectie(wereld, query).geordende_ids()) == verwacht


def test_open_now_shows_the_open_organisation_and_what_it_offers(wereld, vandaag):
    # Wednesday 10:00: the sports club is open (Wednesdays 9-17), Welzijn has no opening hours.
    assert namen(selectie(wereld, "open_nu=1").geordende_ids()) == ["Sportclub", "Voetbal"]
    assert tellingen(wereld, "", "open_nu") == {"1": 2}


def test_search_hits_keep_their_rank_within_the_filters(wereld):
    s = selectie(wereld, "gebied=polder")
    per_naam = dict(zip(namen(s.geordende_ids()), s.geordende_ids(), strict=True))
    koffie = selectie(wereld).geordende_ids("aanbod")[0]
    treffers = [per_naam["Voetbal"], koffie, per_naam["Sportclub"], per_naam["Voetbal"]]
    binnen = s.beperkt_tot(treffers)
    # Koffie-ochtend is a hit but not in Polderveen; the rank order stays, each page once.
    assert namen(binnen.geordende_ids()) == ["Voetbal", "Sportclub"]
    assert namen(binnen.geordende_ids("organisatie")) == ["Sportclub"]
    assert namen(binnen.id_set("aanbod")) == ["Voetbal"]
    assert binnen.soorten == ALLE and binnen.onder == wereld and binnen.site == s.site


@pytest.mark.parametrize(("query", "facet", "verwacht"), [
    # Counting an option: the results with that option chosen instead of the current one.
    ("", "dimensie", {"lichaam": 2, "mentaal": 0, "zingeving": 0, "kwaliteit": 0, "meedoen": 2, "dagelijks": 1}),
    ("gebied=polder", "dimensie", {"lichaam": 1, "mentaal": 0, "zingeving": 0, "kwaliteit": 0, "meedoen": 1,
                                   "dagelijks": 1}),
    ("gebied=polder", "gebied", {"zeedorp": 5, "polder": 5, "duinwijk": 2, "strandhoven": 1}),
    ("gebied=polder", "doelgroep", {"ouderen": 1, "jeugd": 1}),
    ("", "vraag", {"alleen": 1}),
    ("gratis=1", "kenmerk", {"bewegen": 1}),
    ("kenmerk=bewegen", "kenmerk", {"bewegen": 2}),
    ("gratis=1", "soort", {"professioneel": 1, "vereniging": 1, "bewonersinitiatief": 0, "vrijwilligers": 0}),
    ("soort=vereniging", "soort", {"professioneel": 3, "vereniging": 4, "bewonersinitiatief": 1,
                                   "vrijwilligers": 0}),
    ("", "gratis", {"1": 2}),
    ("gratis=1&gebied=polder", "gratis", {"1": 0}),  # chosen: the results with it on
    ("gebied=polder", "zonder_verwijzing", {"1": 1}),
])
def test_facet_counts(wereld, query, facet, verwacht):
    assert tellingen(wereld, query, facet) == verwacht


def test_facet_counts_only_count_the_types_a_facet_applies_to(wereld):
    # The organisations have areas but no target group; the offerings have both.
    assert tellingen(wereld, "", "gebied", ["organisatie"]) == {"zeedorp": 2, "polder": 2, "duinwijk": 1,
                                                                "strandhoven": 1}
    assert tellingen(wereld, "", "doelgroep", ["organisatie", "aanbod"]) == {"ouderen": 2, "jeugd": 1}
    assert tellingen(wereld, "", "gratis", ["organisatie", "vacature"]) == {"1": 0}


def test_the_chosen_option_is_marked_and_labelled(wereld):
    s = selectie(wereld, "gebied=polder&soort=vereniging&gratis=1")
    gebied, soort, gratis, kenmerk = s.facetten(["gebied", "soort", "gratis", "kenmerk"])
    assert [o.waarde for o in gebied.opties if o.gekozen] == ["polder"]
    assert [o.waarde for o in soort.opties if o.gekozen] == ["vereniging"]
    assert [o.gekozen for o in gratis.opties] == [True]
    assert [o.gekozen for o in kenmerk.opties] == [False]
    assert (gebied.label, soort.label, gratis.label, kenmerk.label) == ("Waar", "Soort organisatie", "Gratis",
                                                                       "Soort activiteit")
    assert [o.naam for o in gratis.opties] == ["Gratis"]
    assert gratis.ja_nee and not gebied.ja_nee and not soort.ja_nee
    assert [(o.naam, o.bron.naam, o.extra.naam) for o in gebied.opties][:1] == [("Heel Duinwijk",) * 3]
    assert [o.naam for o in soort.opties][:2] == ["Professionele organisatie", "Vereniging of club"]
    assert gebied.opties[0].bron_id == Gebied.objects.get(slug="duinwijk").pk


def test_a_filter_for_another_type_leaves_none_of_this_type(wereld):
    ids = {soort: selectie(wereld, soorten=[soort]).id_set(soort) for soort in ALLE}
    tax = Taxonomieen(wereld.locale)
    ouderen, bewegen = tax.zoek("doelgroep", "ouderen"), tax.zoek("kenmerk", "bewegen")
    assert pagina_ids("vacature", "doelgroep", ouderen) == frozenset()
    assert pagina_ids("organisatie", "kenmerk", bewegen) == frozenset()
    assert pagina_ids("vacature", "gratis", True) == frozenset()
    assert pagina_ids("activiteit", "zonder_verwijzing", True) == frozenset()
    assert pagina_ids("vacature", "open_nu", True) == frozenset()
    assert pagina_ids("activiteit", "kenmerk", bewegen) == ids["activiteit"]
    assert namen(selectie(wereld, "doelgroep=ouderen", ["organisatie", "vacature"]).geordende_ids()) == []


def test_the_filters_a_resident_chose_stay_in_the_links(wereld):
    f = filters(wereld, "gebied=polder&gratis=ja&soort=vereniging")
    assert f.params() == {"gebied": "polder", "gratis": "1", "soort": "vereniging"}
    assert f.params(zonder=["gebied"]) == {"gratis": "1", "soort": "vereniging"}
    assert (f.van, f.tot) == (None, None)  # a search has no date window
    assert f.actief and set(f.gekozen) == {"gebied", "gratis", "soort"}
    assert not filters(wereld).actief and filters(wereld).gekozen == {}
    # With no results: one link per filter to leave it out, named as the resident chose it.
    assert [link["label"] for link in filter_weg_links(f, "")] == [
        "Waar: Polderveen", "Soort organisatie: Vereniging of club", "Gratis", "alle filters"]


def test_long_unknown_values_are_cut_short_in_the_notice(wereld, vandaag):
    f = filters(wereld, f"gebied={'x' * 130}&soort={'y' * 50}&van={'2' * 25}", agenda=True)
    assert f.meldingen == [
        f"Het filter 'Waar' met de waarde '{'x' * 120}' kennen we niet. We hebben het weggelaten.",
        f"De soort organisatie '{'y' * 40}' kennen we niet. We hebben dit filter weggelaten.",
        f"De datum '{'2' * 20}' begrijpen we niet. Schrijf een datum zo: 2026-03-31.",
    ]


def test_a_list_of_ids_as_one_query_parameter(wereld):
    ids = sorted(selectie(wereld, soorten=["aanbod"]).id_set("aanbod"))
    gevonden = AanbodPage.objects.filter(pk__in=id_lijst([str(i) for i in ids[:2]])).order_by("pk")
    assert list(gevonden.values_list("pk", flat=True)) == ids[:2]
    assert not AanbodPage.objects.filter(pk__in=id_lijst([])).exists()


def test_soorten_names_every_page_type_of_the_map():
    assert list(SOORTEN) == ALLE
