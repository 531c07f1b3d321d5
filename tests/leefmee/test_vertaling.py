"""Fallback notice, out-of-date marking and managed translations through wagtail-localize."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from home.models import StandardPage
from kaart.models import Dimensie
from leefmee.vertaling import Vertaalstatus, vertaal, vertaalstatus
from tests.fabrieken import publiceer

pytestmark = pytest.mark.django_db

NIET_VERTAALD_EN = "This page has not been translated yet."


@pytest.fixture
def over(home_page, locale_en):
    page = publiceer(home_page, StandardPage(title="Over ons", slug="over", intro="Wij helpen je graag."))
    LocaleSynchronization.objects.get_or_create(locale=locale_en, defaults={"sync_from": home_page.locale})
    call_command("sync_locale_trees", verbosity=0)
    return page


def test_untranslated_page_shows_dutch_text_with_a_notice_in_the_readers_language(client, over):
    html = client.get("/en/over/").content.decode()
    assert "Wij helpen je graag." in html
    assert NIET_VERTAALD_EN in html
    assert "Deze pagina is nog niet vertaald" not in client.get("/over/").content.decode()


def test_translated_page_has_no_notice(client, over, locale_en):
    vertaal(over.get_parent().specific, locale_en, {"LEEF MEE Testdorp": "LEEF MEE Testville"})
    vertaal(over, locale_en, {"Over ons": "About us", "Wij helpen je graag.": "We are happy to help."})
    html = client.get("/en/over/").content.decode()
    assert "We are happy to help." in html
    assert NIET_VERTAALD_EN not in html
    assert vertaalstatus(over.get_translation(locale_en)) is Vertaalstatus.ACTUEEL


def test_changing_the_dutch_source_marks_the_translation_out_of_date(client, over, locale_en):
    vertaal(over.get_parent().specific, locale_en, {})
    vertaling = vertaal(over, locale_en, {"Wij helpen je graag.": "We are happy to help."})
    over.intro = "Wij helpen je graag, ook 's avonds."
    over.save_revision().publish()
    vertaling.refresh_from_db()
    assert vertaalstatus(vertaling) is Vertaalstatus.VEROUDERD
    assert "may no longer be fully up to date" in client.get("/en/over/").content.decode()
    # The editor updates the translation ('Sync translated pages'): it is current again.
    vertaal(over, locale_en, {"Wij helpen je graag, ook 's avonds.": "We are happy to help, in the evening too."})
    vertaling.refresh_from_db()
    assert vertaalstatus(vertaling) is Vertaalstatus.ACTUEEL
    assert "in the evening too" in client.get("/en/over/").content.decode()


def test_snippets_translate_through_localize(home_page, locale_en):
    meedoen = Dimensie.objects.get(sleutel="meedoen", locale__language_code="nl")
    vertaald = vertaal(meedoen, locale_en, {"Meedoen": "Taking part"})
    assert vertaald.locale == locale_en
    assert vertaald.bewonersnaam == "Taking part"
    assert vertaald.sleutel == "meedoen"


def test_unconfigured_languages_are_not_served(client, over):
    Locale.objects.get_or_create(language_code="tr")
    assert client.get("/tr/").status_code == 404
    assert client.get("/en/").status_code == 200
