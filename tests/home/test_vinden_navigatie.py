"""Menu, footer and breadcrumbs: every section reachable, the same words everywhere, in every language."""

import re

import pytest
from django.core.management import call_command
from wagtail_localize.models import LocaleSynchronization

from home.models import StandardPage
from tests.fabrieken import (
    AgendaFactory,
    KaartFactory,
    LeefArchiefFactory,
    OrganisatieFactory,
    VacatureIndexFactory,
    publiceer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_met_secties(home_page):
    kaart = KaartFactory(parent=home_page, show_in_menus=True)
    OrganisatieFactory(parent=kaart, title="Welzijn Testdorp", slug="welzijn")
    AgendaFactory(parent=home_page, show_in_menus=True)
    VacatureIndexFactory(parent=home_page)
    LeefArchiefFactory(parent=home_page)
    for slug, titel, functie in [("contact", "Contact", "contact"), ("privacy", "Privacy", "privacy"),
                                 ("toegankelijkheid", "Toegankelijkheid", "toegankelijkheid")]:
        publiceer(home_page, StandardPage(title=titel, slug=slug, functie=functie))
    return home_page


def voet(html):
    return html[html.index('<footer'):]


def test_the_footer_of_every_page_reaches_every_section_and_the_statements(client, site_met_secties):
    for url in ("/", "/kaart/welzijn/", "/privacy/"):
        html = voet(client.get(url).content.decode())
        for pad in ("/agenda/", "/vrijwilligerswerk/", "/leef/", "/kaart/", "/contact/", "/privacy/",
                    "/toegankelijkheid/"):
            assert f'href="{pad}"' in html, (url, pad)


def test_the_menu_is_a_disclosure_that_works_without_javascript(client, site_met_secties):
    html = client.get("/").content.decode()
    menu = re.search(r'<details class="hoofdmenu".*?</details>', html, re.S).group(0)
    assert '<summary class="hoofdmenu__knop">' in menu and ">Menu</summary>" in menu
    assert 'href="/kaart/"' in menu and 'href="/agenda/"' in menu
    assert "/vrijwilligerswerk/" not in menu  # not in the menu: the editors decide (footer only)


def test_breadcrumbs_and_menu_use_the_same_words(client, site_met_secties):
    html = client.get("/kaart/welzijn/").content.decode()
    kruimelpad = re.search(r'<nav class="kruimelpad".*?</nav>', html, re.S).group(0)
    assert re.findall(r"<a [^>]*>(?:<bdi>)?([^<]+)", kruimelpad) == ["Start", "Sociale kaart"]
    assert ">Start</a>" in html[html.index("hoofdmenu"):html.index("</details>")]
    assert "Home" not in kruimelpad
    # Routes of the map have their breadcrumbs too.
    html = client.get("/kaart/meedoen/").content.decode()
    kruimelpad = re.search(r'<nav class="kruimelpad".*?</nav>', html, re.S).group(0)
    assert re.findall(r"<a [^>]*>(?:<bdi>)?([^<]+)", kruimelpad) == ["Start", "Sociale kaart"]
    assert "Meedoen" in kruimelpad


@pytest.fixture
def engelse_site(site_met_secties, locale_en):
    LocaleSynchronization.objects.get_or_create(locale=locale_en, defaults={"sync_from": site_met_secties.locale})
    call_command("sync_locale_trees", verbosity=0)
    return site_met_secties.get_translation(locale_en)


def test_menu_footer_and_breadcrumbs_are_in_the_readers_language(client, engelse_site):
    html = client.get("/en/kaart/welzijn/").content.decode()
    menu = html[html.index('<details class="hoofdmenu"'):html.index("</details>")]
    assert ">Social map<" in menu and ">Diary<" not in menu and ">Agenda<" not in menu
    assert ">Events<" in menu
    footer = voet(html)
    for label in ("Volunteering", "LEEF magazine", "Privacy", "Accessibility", "Contact"):
        assert label in footer, label
    assert "Toegankelijkheid" not in footer and "Vrijwilligerswerk" not in footer
    kruimelpad = re.search(r'<nav class="kruimelpad".*?</nav>', html, re.S).group(0)
    assert re.findall(r"<a [^>]*>(?:<bdi>)?([^<]+)", kruimelpad) == ["Home", "Social map"]


def test_an_untranslated_page_without_a_label_keeps_its_dutch_title_marked_as_dutch(client, engelse_site):
    publiceer(engelse_site.get_parent().get_children().get(locale__language_code="nl"),
              StandardPage(title="Nieuws uit de buurt", slug="nieuws", show_in_menus=True))
    call_command("sync_locale_trees", verbosity=0)
    html = client.get("/en/").content.decode()
    assert re.search(r'<a href="/en/nieuws/" lang="nl" dir="ltr"[^>]*><bdi>Nieuws uit de buurt</bdi>', html)


def test_dutch_text_of_an_untranslated_page_is_marked_as_dutch_and_left_to_right(client, site_met_secties):
    from wagtail.models import Locale

    arabisch = Locale.objects.get_or_create(language_code="ar")[0]
    LocaleSynchronization.objects.get_or_create(locale=arabisch, defaults={"sync_from": site_met_secties.locale})
    call_command("sync_locale_trees", verbosity=0)
    html = client.get("/ar/privacy/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<div class="inhoud" lang="nl" dir="ltr">' in html
    # The map is a section with interface text in Arabic: not marked as Dutch as a whole.
    html = client.get("/ar/kaart/").content.decode()
    assert '<div class="inhoud">' in html
