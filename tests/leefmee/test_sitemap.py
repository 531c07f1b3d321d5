"""A large site gets a sitemap index with parts; every part keeps the hreflang alternates."""

import re

import pytest

from home.models import StandardPage
from leefmee import sitemap
from tests.fabrieken import publiceer

pytestmark = pytest.mark.django_db


@pytest.fixture
def vijf_paginas_en_een_vertaling(home_page, locale_en):
    paginas = [publiceer(home_page, StandardPage(title=f"Pagina {i}", slug=f"pagina-{i}")) for i in range(5)]
    vertaling = paginas[0].copy_for_translation(locale_en, copy_parents=True, alias=False)
    vertaling.title = "Page 0"
    vertaling.save_revision().publish()
    return paginas


def test_a_small_site_has_one_sitemap(client, vijf_paginas_en_een_vertaling):
    body = client.get("/sitemap.xml").content.decode()
    assert "<urlset" in body and body.count("<loc>") == 7  # the home page, five pages, one translation


def test_a_large_site_gets_an_index_and_every_page_is_in_one_part(client, vijf_paginas_en_een_vertaling, monkeypatch):
    monkeypatch.setattr(sitemap.VertaaldeSitemap, "limit", 3)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    body = index.content.decode()
    assert "<sitemapindex" in body
    delen = re.findall(r"<loc>https?://[^/<]+(/sitemap-paginas\.xml(?:\?p=\d)?)</loc>", body)
    assert delen == ["/sitemap-paginas.xml", "/sitemap-paginas.xml?p=2", "/sitemap-paginas.xml?p=3"]
    urls, alle = [], ""
    for deel in delen:
        inhoud = client.get(deel).content.decode()
        urls += re.findall(r"<loc>(.*?)</loc>", inhoud)
        alle += inhoud
    assert len(urls) == len(set(urls)) == 7
    # The Dutch page and its translation are in different parts, and both name each other.
    assert alle.count('hreflang="en" href="http://localhost/en/pagina-0/"') == 2
    assert alle.count('hreflang="nl" href="http://localhost/pagina-0/"') == 2
    assert client.get("/sitemap-paginas.xml?p=9").status_code == 404
    assert client.get("/sitemap-anders.xml").status_code == 404
