"""What search engines and browsers read: robots.txt, icons, description, canonical URL and hreflang."""

import io
import re

import pytest
from PIL import Image

from home.models import StandardPage
from leefmee.models import SiteInstellingen
from tests.fabrieken import publiceer

pytestmark = pytest.mark.django_db


@pytest.fixture
def instellingen(site):
    rij = SiteInstellingen.for_site(site)
    rij.kleur_primair, rij.kleur_accent = "#6a1b9a", "#ffb300"
    rij.partnerverklaring = "Een initiatief van partners in Testdorp."
    rij.save()
    return rij


def test_robots_txt_points_to_the_sitemap_on_the_sites_own_host(client, site, settings):
    settings.ALLOWED_HOSTS = ["*"]
    response = client.get("/robots.txt", HTTP_HOST="anders.example")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    tekst = response.content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in tekst
    assert "Disallow: /admin/" in tekst


def test_icons_are_drawn_in_the_sites_colours(client, instellingen):
    svg = client.get("/favicon.svg")
    assert svg["Content-Type"] == "image/svg+xml" and "#6a1b9a" in svg.content.decode()
    touch = Image.open(io.BytesIO(client.get("/apple-touch-icon.png").content))
    assert touch.format == "PNG" and touch.size == (180, 180)
    assert touch.convert("RGB").getpixel((90, 5)) == (0x6A, 0x1B, 0x9A)  # the tile, in the main colour
    ico = Image.open(io.BytesIO(client.get("/favicon.ico").content))
    assert ico.format == "ICO"
    html = client.get("/").content.decode()
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in html
    assert 'rel="icon" href="/favicon.svg"' in html


def beschrijving(html):
    gevonden = re.findall(r'<meta name="description" content="([^"]*)">', html)
    assert len(gevonden) == 1, gevonden
    return gevonden[0]


def test_meta_description_falls_back_to_the_intro_then_the_site(client, home_page, instellingen):
    met = publiceer(home_page, StandardPage(title="Over", slug="over", search_description="Voor zoekmachines.",
                                            intro="De inleiding."))
    zonder = publiceer(home_page, StandardPage(title="Privacy", slug="privacy", intro="Wat we <b>bewaren</b>."))
    assert beschrijving(client.get(met.url).content.decode()) == "Voor zoekmachines."
    assert beschrijving(client.get(zonder.url).content.decode()) == "Wat we bewaren."
    assert beschrijving(client.get("/").content.decode()) == "Een initiatief van partners in Testdorp."


def canoniek(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


def test_canonical_url_is_on_the_sites_host_without_the_query(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    pagina = publiceer(home_page, StandardPage(title="Over", slug="over"))
    html = client.get(f"{pagina.url}?utm_source=krant", HTTP_HOST="127.0.0.1:8104").content.decode()
    assert canoniek(html) == "http://localhost/over/"


def test_hreflang_only_for_real_translations_and_the_same_as_the_sitemap(client, home_page, locale_en):
    vertaald = publiceer(home_page, StandardPage(title="Over", slug="over"))
    engels = vertaald.copy_for_translation(locale_en, copy_parents=True, alias=False)
    engels.title = "About"
    engels.save_revision().publish()
    alias = publiceer(home_page, StandardPage(title="Privacy", slug="privacy")).copy_for_translation(
        locale_en, copy_parents=True, alias=True)

    def hreflang(url):
        return set(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)">',
                              client.get(url).content.decode()))

    assert hreflang(vertaald.url) == {("nl", "http://localhost/over/"), ("en", "http://localhost/en/over/")}
    assert hreflang("/privacy/") == set()  # the English page is an untranslated alias
    assert hreflang(alias.url) == set()
    assert canoniek(client.get(alias.url).content.decode()) == "http://localhost/privacy/"
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/en/privacy/" not in sitemap
    for taal, url in hreflang(vertaald.url):
        assert f'hreflang="{taal}" href="{url}"' in sitemap
