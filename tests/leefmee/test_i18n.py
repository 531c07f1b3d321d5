import pytest
from django.core.management import call_command
from wagtail_localize.models import LocaleSynchronization

from home.models import StandardPage
from tests.fabrieken import publiceer

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_tree(home_page, locale_en):
    publiceer(home_page, StandardPage(title="Over ons", slug="over"))
    LocaleSynchronization.objects.get_or_create(locale=locale_en, defaults={"sync_from": home_page.locale})
    call_command("sync_locale_trees", verbosity=0)
    return home_page.get_translation(locale_en)


def test_dutch_without_prefix_english_under_en(client, english_tree):
    nl = client.get("/over/")
    en = client.get("/en/over/")
    assert nl.status_code == en.status_code == 200
    assert '<html lang="nl"' in nl.content.decode()
    assert '<html lang="en"' in en.content.decode()


def test_language_switcher_links_the_alias_but_hreflang_only_real_translations(client, english_tree):
    html = client.get("/over/").content.decode()
    assert '<a href="/en/over/" lang="en" hreflang="en"' in html
    # /en/over/ is an untranslated alias showing the Dutch text: not an English version for search
    # engines (the sitemap leaves it out too). Real translations: tests/leefmee/test_zoekmachines.py.
    assert 'rel="alternate" hreflang=' not in html


def test_english_interface_strings_are_translated(client, english_tree):
    html = client.get("/en/").content.decode()
    assert "Skip to content" in html
    assert "Naar de inhoud" not in html


def test_sitemap_lists_real_translations_with_alternates(client, home_page, locale_en):
    page = publiceer(home_page, StandardPage(title="Over ons", slug="over"))
    vertaling = page.copy_for_translation(locale_en, copy_parents=True, alias=False)
    vertaling.title = "About us"
    vertaling.save_revision().publish()
    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/over/</loc>" in body
    assert "<loc>http://localhost/en/over/</loc>" in body
    assert 'hreflang="en" href="http://localhost/en/over/"' in body
    assert 'hreflang="nl" href="http://localhost/over/"' in body


def test_sitemap_leaves_out_untranslated_aliases(client, english_tree):
    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/over/</loc>" in body
    assert "/en/over/" not in body


@pytest.mark.parametrize(("taal", "richting", "overslaan"), [  # overslaan: the skip link's text
    ("en", "ltr", "Skip to content"), ("pl", "ltr", None), ("uk", "ltr", None),
    ("ar", "rtl", None), ("tr", "ltr", None),
])
def test_every_configured_language_is_routed_once_its_home_page_exists(client, home_page, taal, richting, overslaan):
    from wagtail.models import Locale

    publiceer(home_page, StandardPage(title="Over ons", slug="over"))
    # Configured but without a home page in that language: not on the public site.
    assert client.get(f"/{taal}/").status_code == 404
    locale = Locale.objects.get_or_create(language_code=taal)[0]
    LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": home_page.locale})
    call_command("sync_locale_trees", verbosity=0)
    thuis = client.get(f"/{taal}/")
    assert thuis.status_code == 200
    html = thuis.content.decode()
    assert f'<html lang="{taal}" dir="{richting}">' in html
    if overslaan:
        assert overslaan in html
    # The untranslated page falls back to the Dutch text, with the notice (in the reader's language).
    over = client.get(f"/{taal}/over/").content.decode()
    assert "Over ons" in over
    assert '<p class="vertaalmelding" role="note">' in over
    assert "Deze pagina is nog niet vertaald" not in over  # every catalogue translates the notice
