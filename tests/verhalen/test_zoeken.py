"""Stories, blogs and articles are in the site search."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from tests.fabrieken import (
    ArtikelFactory,
    BlogFactory,
    InformatieIndexFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    alinea,
)
from verhalen.models import VerhaalPage
from verhalen.zoeken import zoek_verhalen

pytestmark = pytest.mark.django_db


@pytest.fixture
def inhoud(home_page):
    index = VerhalenIndexFactory(parent=home_page)
    info = InformatieIndexFactory(parent=home_page)
    verhaal = VerhaalFactory(parent=index, title="Ans eet mee",
                             body=[alinea(html="<p>Op dinsdag eet ik stamppot met de buren.</p>")])
    blog = BlogFactory(parent=index, title="Nieuws van de bibliotheek")
    artikel = ArtikelFactory(parent=info, title="Wat is mantelzorg?")
    VerhaalFactory(parent=index, title="Concept over stamppot", body=[alinea(html="<p>Stamppot</p>")], publiceren=False)
    call_command("update_index", verbosity=0)
    return {"verhaal": verhaal, "blog": blog, "artikel": artikel}


def test_wagtail_search_finds_a_story_by_a_word_in_its_body(inhoud):
    assert list(VerhaalPage.objects.live().search("stamppot")) == [inhoud["verhaal"]]
    assert inhoud["verhaal"].pk in [p.pk for p in Page.objects.live().search("stamppot")]


def test_zoek_verhalen_returns_live_specific_pages_of_all_three_types(inhoud, locale_nl, locale_en):
    assert zoek_verhalen("stamppot", locale_nl) == [inhoud["verhaal"]]
    assert type(zoek_verhalen("stamppot", locale_nl)[0]) is VerhaalPage
    assert zoek_verhalen("bibliotheek", locale_nl) == [inhoud["blog"]]
    assert zoek_verhalen("mantelzorger", locale_nl) == [inhoud["artikel"]]  # a word in the body
    assert zoek_verhalen("stamppot", locale_en) == []


@pytest.mark.parametrize("query", ["", "   ", None, "x" * 5000, "'\"(*)&|!"])
def test_zoek_verhalen_handles_empty_and_odd_queries(inhoud, locale_nl, query):
    assert isinstance(zoek_verhalen(query, locale_nl), list)


def test_zoek_verhalen_respects_the_limit(inhoud, locale_nl):
    assert len(zoek_verhalen("Ans Nieuws mantelzorg", locale_nl, limit=2)) <= 2
    assert zoek_verhalen("stamppot", locale_nl, limit=0) == []
