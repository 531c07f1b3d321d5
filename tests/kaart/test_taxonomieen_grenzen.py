"""The filter options of the map (kaart/taxonomieen.py) at their edges (issue 24: mutation testing):
their order, their names and values in the reader's language, the areas of one municipality, and
looking an option up by value or by the id of its Dutch row."""

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage, StandardPage
from kaart.models import Dimensie
from kaart.taxonomieen import Facet, Optie, Taxonomieen
from tests.fabrieken import DoelgroepFactory, GebiedFactory, KenmerkFactory, dimensie, publiceer, vertaling

pytestmark = pytest.mark.django_db


def test_options_come_in_the_editors_order_then_by_name(locale_nl):
    KenmerkFactory(naam="Gratis", slug="gratis", volgorde=2)
    KenmerkFactory(naam="Rolstoel", slug="rolstoel", volgorde=1)
    KenmerkFactory(naam="Avond", slug="avond", volgorde=2)
    assert [o.waarde for o in Taxonomieen(locale_nl).opties["kenmerk"]] == ["rolstoel", "avond", "gratis"]


def test_a_dimension_is_chosen_by_its_key_and_ordered_like_the_map(locale_nl):
    opties = Taxonomieen(locale_nl).opties["dimensie"]
    assert [o.waarde for o in opties] == list(Dimensie.objects.filter(locale=locale_nl)
                                               .order_by("volgorde", "id").values_list("sleutel", flat=True))
    meedoen = next(o for o in opties if o.waarde == "meedoen")
    assert (meedoen.naam, meedoen.bron_id) == (str(dimensie("meedoen")), dimensie("meedoen").pk)


def test_dimensions_in_the_same_place_come_by_their_name(locale_nl):
    Dimensie.objects.filter(locale=locale_nl).update(volgorde=0)
    namen = [o.naam for o in Taxonomieen(locale_nl).opties["dimensie"]]
    assert namen == sorted(str(d) for d in Dimensie.objects.filter(locale=locale_nl))


def test_in_another_language_an_option_has_the_translated_name_and_slug(locale_nl, locale_en):
    nl = DoelgroepFactory(naam="Ouderen", slug="ouderen")
    en = vertaling(nl, locale_en, naam="Older people", slug="older-people")
    alleen_nl = DoelgroepFactory(naam="Mantelzorgers", slug="mantelzorgers")
    termen = Taxonomieen(locale_en)
    opties = {o.waarde: o for o in termen.opties["doelgroep"]}
    assert set(opties) == {"older-people", "mantelzorgers"}  # one option per term, Dutch when untranslated
    ouderen = opties["older-people"]
    assert (ouderen.naam, ouderen.bron_id, ouderen.extra, ouderen.bron) == ("Older people", nl.pk, en, nl)
    assert opties["mantelzorgers"].extra == alleen_nl
    # An address with the Dutch slug (a shared link) finds the same option; an unknown one none.
    assert termen.zoek("doelgroep", "ouderen") is ouderen
    assert termen.zoek("doelgroep", "older-people") is ouderen
    assert termen.zoek("doelgroep", "kinderen") is None
    assert termen.zoek("dimensie", str(dimensie("meedoen"))) is None  # dimensions only by their key


def test_an_option_is_found_by_the_id_of_its_dutch_row(locale_nl, locale_en):
    nl = DoelgroepFactory(naam="Ouderen", slug="ouderen")
    vertaling(nl, locale_en, naam="Older people", slug="older-people")
    assert Taxonomieen(locale_en).op_id("doelgroep", nl.pk).naam == "Older people"
    assert Taxonomieen(locale_nl).op_id("doelgroep", nl.pk).naam == "Ouderen"
    assert Taxonomieen(locale_nl).op_id("doelgroep", nl.pk + 1000) is None


def test_a_municipality_sees_its_own_areas_and_the_shared_ones_only_on_the_default_site(home_page, site, locale_nl):
    kustmeer_home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Kustmeer", slug="kustmeer", locale=locale_nl))
    kustmeer = Site.objects.create(hostname="kustmeer.example", port=80, root_page=kustmeer_home)
    GebiedFactory(naam="Zeedorp", slug="zeedorp", gemeente_site=site)
    GebiedFactory(naam="Kustmeer-Noord", slug="kustmeer-noord", gemeente_site=kustmeer)
    GebiedFactory(naam="Heel de regio", slug="regio", gemeente_site=None)
    assert {o.waarde for o in Taxonomieen(locale_nl, site=site).opties["gebied"]} == {"zeedorp", "regio"}
    assert {o.waarde for o in Taxonomieen(locale_nl, site=kustmeer).opties["gebied"]} == {"kustmeer-noord"}
    assert {o.waarde for o in Taxonomieen(locale_nl).opties["gebied"]} == {"zeedorp", "kustmeer-noord", "regio"}


def test_a_facet_shows_when_an_option_has_results_or_was_chosen():
    leeg = Facet("gebied", "Gebied", [Optie("a", "A"), Optie("b", "B")])
    assert (leeg.zichtbaar, leeg.gekozen) == (False, None)
    met_uitslag = Facet("gebied", "Gebied", [Optie("a", "A"), Optie("b", "B", aantal=3)])
    assert (met_uitslag.zichtbaar, met_uitslag.gekozen) == (True, None)
    gekozen = Optie("b", "B", gekozen=True)
    zonder_uitslag = Facet("gebied", "Gebied", [Optie("a", "A"), gekozen, Optie("c", "C", gekozen=True)])
    assert (zonder_uitslag.zichtbaar, zonder_uitslag.gekozen) == (True, gekozen)
    assert Facet("gebied", "Gebied").opties == [] and Facet("x", "X").opties is not Facet("y", "Y").opties


def test_the_options_are_loaded_once_and_shared_between_requests(locale_nl, django_assert_num_queries):
    KenmerkFactory(naam="Gratis", slug="gratis")
    eerste = Taxonomieen(locale_nl).zoek("kenmerk", "gratis")
    with django_assert_num_queries(0):
        assert Taxonomieen(locale_nl).zoek("kenmerk", "gratis") is eerste


def test_restricted_pages_are_every_page_under_each_restricted_section(home_page):
    eerste = publiceer(home_page, StandardPage(title="Besloten", slug="besloten"))
    daaronder = publiceer(eerste, StandardPage(title="Verslag", slug="verslag"))
    tweede = publiceer(home_page, StandardPage(title="Intern", slug="intern"))
    open_ = publiceer(home_page, StandardPage(title="Open", slug="open"))
    for pagina in (eerste, tweede):
        PageViewRestriction.objects.create(page=pagina, restriction_type=PageViewRestriction.LOGIN)
    termen = Taxonomieen(home_page.locale)
    q = termen.afgeschermd()
    assert set(Page.objects.filter(q).values_list("pk", flat=True)) == {eerste.pk, daaronder.pk, tweede.pk}
    assert not Page.objects.filter(q, pk=open_.pk).exists()
    assert termen.afgeschermd() is q  # worked out once per request


def test_without_restrictions_no_page_is_restricted(home_page):
    assert not Page.objects.filter(Taxonomieen(home_page.locale).afgeschermd()).exists()
