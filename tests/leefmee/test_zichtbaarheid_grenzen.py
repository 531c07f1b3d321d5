"""The one definition of "visible to this visitor" (leefmee/zichtbaarheid.py), rule by rule (issue 24).

Each test asks the public functions about a small tree: which pages a visitor of a site, reading a
language, may see, and which view restrictions hold for a page.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from leefmee.zichtbaarheid import beperkingen_van, is_afgeschermd, is_zichtbaar, verberg, zichtbaar
from tests.fabrieken import VerhaalFactory, VerhalenIndexFactory
from tests.fabrieken.regio import maak_site_b
from verhalen.models import VerhaalPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def boom(site, home_page, locale_nl):
    index = VerhalenIndexFactory(parent=home_page)
    open_ = VerhaalFactory(parent=index, title="Open")
    concept = VerhaalFactory(parent=index, title="Concept", publiceren=False)
    besloten = VerhaalFactory(parent=index, title="Besloten")
    site_b, home_b = maak_site_b(locale_nl)
    elders = VerhaalFactory(parent=VerhalenIndexFactory(parent=home_b), title="Elders")
    return {"index": index, "open": open_, "concept": concept, "besloten": besloten, "site_b": site_b,
            "elders": elders, "site": site}


def titels(qs):
    return sorted(qs.values_list("title", flat=True))


def test_without_restrictions_every_live_page_is_visible_and_drafts_are_not(boom):
    assert titels(zichtbaar(VerhaalPage.objects.all())) == ["Besloten", "Elders", "Open"]
    assert is_zichtbaar(boom["open"]) and not is_zichtbaar(boom["concept"])
    assert beperkingen_van(boom["open"]) == []
    assert not is_afgeschermd(boom["open"])


def test_a_restriction_hides_the_page_and_everything_below_it(boom):
    beperking = PageViewRestriction.objects.create(page=boom["index"], restriction_type=PageViewRestriction.LOGIN)
    assert titels(zichtbaar(VerhaalPage.objects.all())) == ["Elders"]
    assert is_afgeschermd(boom["besloten"]) and not is_zichtbaar(boom["besloten"])
    assert beperkingen_van(boom["besloten"]) == [beperking]
    assert beperkingen_van(boom["elders"]) == []


def test_a_restriction_on_one_page_leaves_its_siblings_alone(boom):
    beperking = PageViewRestriction.objects.create(page=boom["besloten"],
                                                   restriction_type=PageViewRestriction.PASSWORD, password="x-2026")
    assert titels(zichtbaar(VerhaalPage.objects.all())) == ["Elders", "Open"]
    assert is_zichtbaar(boom["open"]) and not is_zichtbaar(boom["besloten"])
    assert beperkingen_van(boom["besloten"]) == [beperking]
    assert beperkingen_van(boom["index"]) == []


def test_restrictions_on_a_page_and_its_parent_are_both_listed_in_order(boom):
    groep = Group.objects.create(name="Buurtteam")
    op_index = PageViewRestriction.objects.create(page=boom["index"], restriction_type=PageViewRestriction.LOGIN)
    op_verhaal = PageViewRestriction.objects.create(page=boom["besloten"], restriction_type=PageViewRestriction.GROUPS)
    op_verhaal.groups.add(groep)
    assert beperkingen_van(boom["besloten"]) == [op_index, op_verhaal]


def test_the_translation_of_a_restricted_page_is_restricted(boom, locale_en):
    engels = boom["besloten"].copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    beperking = PageViewRestriction.objects.create(page=boom["besloten"], restriction_type=PageViewRestriction.LOGIN)
    engels = Page.objects.get(pk=engels.pk)
    assert is_afgeschermd(engels) and not is_zichtbaar(engels)
    assert beperkingen_van(engels) == [beperking]
    assert titels(zichtbaar(VerhaalPage.objects.all(), locale=locale_en)) == []


def test_a_site_shows_only_its_own_tree(boom):
    assert titels(zichtbaar(VerhaalPage.objects.all(), site=boom["site"])) == ["Besloten", "Open"]
    assert titels(zichtbaar(VerhaalPage.objects.all(), site=boom["site_b"])) == ["Elders"]
    assert is_zichtbaar(boom["open"], site=boom["site"]) and not is_zichtbaar(boom["open"], site=boom["site_b"])
    assert is_zichtbaar(boom["elders"], site=boom["site_b"])
    assert not is_zichtbaar(boom["concept"], site=boom["site"])


def test_a_site_shows_its_tree_in_every_language_and_a_locale_narrows_it(boom, home_page, locale_nl, locale_en):
    engels = boom["open"].copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    Page.objects.filter(pk__in=[engels.get_parent().pk, engels.get_parent().get_parent().pk]).update(live=True)
    alle = VerhaalPage.objects.all()
    assert engels.title in titels(zichtbaar(alle, site=boom["site"]))
    assert titels(zichtbaar(alle, site=boom["site"], locale=locale_en)) == [engels.title]
    assert titels(zichtbaar(alle, site=boom["site"], locale=locale_nl)) == ["Besloten", "Open"]
    assert is_zichtbaar(Page.objects.get(pk=engels.pk), site=boom["site"])


def test_pages_an_app_hides_are_left_out_everywhere(boom, monkeypatch):
    from django.db.models import Q

    from leefmee import zichtbaarheid

    # This test's registration must not outlive it: a fresh copy of our own registry.
    monkeypatch.setattr(zichtbaarheid, "_VERBORGEN", list(zichtbaarheid._VERBORGEN))

    def open_verborgen():
        return Q(title="Open")

    def elders_verborgen():
        return Q(title="Elders")

    verberg(open_verborgen)
    verberg(open_verborgen)  # registering twice is harmless
    assert titels(zichtbaar(VerhaalPage.objects.all())) == ["Besloten", "Elders"]
    assert titels(zichtbaar(VerhaalPage.objects.all(), site=boom["site"])) == ["Besloten"]
    verberg(elders_verborgen)  # every app's hidden pages stay hidden
    assert titels(zichtbaar(VerhaalPage.objects.all())) == ["Besloten"]
