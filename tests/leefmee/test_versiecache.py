"""What leefmee.versiecache keeps in process memory is fresh at the next request after any change,
also when the change came through another app server, and a cache outage never breaks a page."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction, Site

from home.models import StandardPage
from leefmee import paginacache
from leefmee.models import SiteInstellingen
from leefmee.vaste_rijen import locale_voor_taal
from tests.fabrieken import KaartFactory, LevensvraagFactory, publiceer


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries], response.content.decode()


@pytest.fixture
def contactpagina(home_page):
    return publiceer(home_page, StandardPage(title="Contact", slug="contact", intro="Bel ons gerust."))


def test_a_content_page_needs_only_wagtails_serve_and_routing_queries_once_warm(client, contactpagina):
    client.get(contactpagina.url)
    queries, html = _queries(client, contactpagina.url)
    assert "Bel ons gerust." in html
    # Wagtail's serve view: the site with its root page, the active locale, the root's specific row.
    # A section right below the root is routed from memory (leefmee/routering.py); the settings, the
    # menu, the translations and "no page is restricted" come from memory too.
    assert not [q for q in queries if "pageviewrestriction" in q], queries
    assert len(queries) <= 3, queries


def test_changed_site_settings_show_on_the_next_request(client, contactpagina, site):
    client.get(contactpagina.url)
    instellingen = SiteInstellingen.for_site(site)
    instellingen.site_naam = "Leef Mee Testdorp"
    instellingen.save()
    assert "Leef Mee Testdorp" in client.get(contactpagina.url).content.decode()


def test_a_copy_changed_by_a_view_does_not_change_what_the_next_request_gets(client, contactpagina, site):
    eerste = SiteInstellingen.for_site(site)
    eerste.site_naam = "Niet opgeslagen"  # like a form that failed validation
    assert SiteInstellingen.for_site(site).site_naam != "Niet opgeslagen"
    assert "Niet opgeslagen" not in client.get(contactpagina.url).content.decode()


def test_a_new_menu_page_shows_at_once(client, contactpagina, home_page):
    client.get(contactpagina.url)
    publiceer(home_page, StandardPage(title="Over ons", slug="over-ons", show_in_menus=True))
    assert ">Over ons</a>" in client.get(contactpagina.url).content.decode()


def test_a_renamed_question_shows_at_once_on_the_map(client, home_page):
    kaart = KaartFactory(parent=home_page)
    vraag = LevensvraagFactory(naam="Ik voel me vaak alleen", populair=True)
    assert "Ik voel me vaak alleen" in client.get(kaart.url).content.decode()
    vraag.naam = "Ik ben vaak alleen"
    vraag.save()
    html = client.get(kaart.url).content.decode()
    assert "Ik ben vaak alleen" in html and "Ik voel me vaak alleen" not in html


def test_a_new_view_restriction_applies_at_once(client, contactpagina):
    client.get(contactpagina.url)
    PageViewRestriction.objects.create(page=contactpagina, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(contactpagina.url)
    assert (response.status_code, response["Location"]) == (302, f"/_util/login/?next={contactpagina.url}")


def test_a_change_through_another_server_is_seen_at_the_next_request(client, contactpagina, site):
    client.get(contactpagina.url)
    # Another app server saved the settings: the row changed and it bumped the shared version,
    # but this process got no signal.
    SiteInstellingen.objects.filter(site=site).update(site_naam="Gewijzigd elders")
    assert "Gewijzigd elders" not in client.get(contactpagina.url).content.decode()
    cache.incr(paginacache.VERSIE_KEY)
    assert "Gewijzigd elders" in client.get(contactpagina.url).content.decode()


def test_a_new_site_hostname_is_routed_at_once(client, home_page, contactpagina, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "nieuw.example.org"]
    client.get(contactpagina.url, HTTP_HOST="nieuw.example.org")  # the default site answers
    ander = publiceer(home_page, StandardPage(title="Andere gemeente", slug="andere-gemeente"))
    Site.objects.create(hostname="nieuw.example.org", port=80, root_page=ander, site_name="Nieuw")
    response = client.get("/", HTTP_HOST="nieuw.example.org")
    assert response.status_code == 200 and "Andere gemeente" in response.content.decode()


def test_pages_still_work_when_the_cache_is_down(client, contactpagina):
    with mock.patch.object(paginacache, "versie", side_effect=ConnectionError("redis weg")):
        response = client.get(contactpagina.url)
        assert response.status_code == 200 and "Bel ons gerust." in response.content.decode()
        assert locale_voor_taal("nl").language_code == "nl"


def test_locale_lookup_keeps_wagtails_answers_and_errors(home_page, locale_en, django_assert_num_queries):
    assert locale_voor_taal("nl").pk == home_page.locale_id == Locale.objects.get_for_language("nl").pk
    assert locale_voor_taal("en").pk == locale_en.pk
    with django_assert_num_queries(0):
        assert locale_voor_taal("en").pk == locale_en.pk  # kept in memory
    with pytest.raises(Locale.DoesNotExist):
        locale_voor_taal("ar")  # in LANGUAGES, no Locale row
    with pytest.raises(LookupError):
        locale_voor_taal("xx")
    Locale.objects.create(language_code="ar")
    assert locale_voor_taal("ar").language_code == "ar"  # a miss is never kept


def test_wagtails_classes_are_not_patched():
    """Wagtail's own lookups stay Wagtail's: our memory is used only where our code asks for it."""
    from wagtail.models import Page
    from wagtail.models.i18n import LocaleManager

    from home.models import HomePage

    assert LocaleManager.get_for_language.__module__.startswith("wagtail.")
    assert Site._find_for_request.__module__.startswith("wagtail.")
    assert Page.get_view_restrictions.__module__.startswith("wagtail.")
    assert HomePage.get_view_restrictions is not Page.get_view_restrictions


def test_a_host_without_a_site_gets_a_not_found_page_not_an_error(client, contactpagina, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "onbekend.example.org"]
    Site.objects.update(is_default_site=False)
    assert client.get("/contact/", HTTP_HOST="onbekend.example.org").status_code == 404


def test_values_of_an_earlier_version_are_dropped():
    from leefmee import versiecache

    versiecache.bewaard("proef", 1, lambda: ["oud"])
    cache.incr(paginacache.VERSIE_KEY)
    versiecache.bewaard("proef", 2, lambda: ["nieuw"])
    assert [k[1:] for k in versiecache._bewaard] == [("proef", 2)]


def test_a_kind_with_a_bound_keeps_only_its_newest_values():
    from leefmee import versiecache

    versiecache.bewaard("vast", None, lambda: "blijft")
    for i in range(5):
        versiecache.bewaard("periode", i, lambda i=i: [i], hoogstens=2)
    assert sorted(k[1:] for k in versiecache._bewaard) == [("periode", 3), ("periode", 4), ("vast", None)]
    assert versiecache.bewaard("periode", 4, lambda: ["opnieuw"], hoogstens=2) == [4]


def test_every_page_type_of_ours_skips_the_view_restriction_queries():
    from wagtail.models import get_page_models

    from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen

    eigen = [m for m in get_page_models() if m._meta.app_label in {"home", "kaart", "verhalen", "publicatie"}]
    assert len(eigen) > 10
    assert [m.__name__ for m in eigen if not issubclass(m, ViewRestrictionsUitGeheugen)] == []


def test_the_home_page_reads_its_dimensions_and_map_from_memory_and_shows_a_rename_at_once(client, home_page):
    from kaart.models import Dimensie

    kaart = KaartFactory(parent=home_page)
    client.get("/")
    queries, html = _queries(client, "/")
    assert f'href="{kaart.url}lichaam/"' in html
    assert not [q for q in queries if "kaart_dimensie" in q or "kaart_kaartpage" in q], queries
    dimensie = Dimensie.objects.get(sleutel="lichaam", locale=home_page.locale)
    dimensie.bewonersnaam = "Je lijf"
    dimensie.save()
    assert "Je lijf" in client.get("/").content.decode()
