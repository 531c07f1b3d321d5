"""Two municipalities on one installation (issue 13): site A (default, localhost) and site B (b.test).

Site A's areas have no site (they belong to the default site); site B's areas point at site B.
"""

from dataclasses import dataclass

from wagtail.models import Page, Site

from home.models import HomePage
from kaart.models import Gebied
from tests.factories import publiceer
from tests.kaart.factories import maak_aanbod, maak_gebied, maak_kaart, maak_organisatie

HOST_B = "b.test"


@dataclass
class TweeGemeenten:
    site_a: Site
    site_b: Site
    home_a: Page
    home_b: Page
    kaart_a: Page
    kaart_b: Page
    gebied_a: Gebied
    gebied_b: Gebied
    regionaal: Page  # lives in A's tree, serves A and B
    regionaal_aanbod: Page  # no own areas: inherits the organisation's
    lokaal_a: Page
    lokaal_b: Page
    aanbod_a: Page
    aanbod_b: Page


def maak_site_b(locale_nl, hostname=HOST_B):
    home_b = publiceer(Page.get_first_root_node(), HomePage(title="LEEF MEE Kustmeer", slug="kustmeer",
                                                            locale=locale_nl))
    site_b = Site.objects.create(hostname=hostname, port=80, root_page=home_b, site_name="Kustmeer")
    return site_b, home_b


def twee_gemeenten(site, home_page, locale_nl):
    site_b, home_b = maak_site_b(locale_nl)
    kaart_a, kaart_b = maak_kaart(home_page), maak_kaart(home_b)
    gebied_a = maak_gebied("Zeedorp", slug="zeedorp")
    gebied_b = maak_gebied("Strandhoven", slug="strandhoven", gemeente_site=site_b)
    regionaal = maak_organisatie(kaart_a, "Schuldhulp Regio", gebieden=[gebied_a, gebied_b],
                                 korte_beschrijving="Hulp bij geldzorgen in de hele regio.")
    regionaal_aanbod = maak_aanbod(regionaal, "Schuldhulpmaatje", dimensies=("dagelijks",),
                                   korte_beschrijving="Een maatje voor je geldzaken.", kosten="gratis")
    lokaal_a = maak_organisatie(kaart_a, "Buurthuis Zeedorp", gebieden=[gebied_a],
                                korte_beschrijving="Ontmoeten in Zeedorp.")
    lokaal_b = maak_organisatie(kaart_b, "Dorpshuis Strandhoven", gebieden=[gebied_b],
                                korte_beschrijving="Ontmoeten in Strandhoven.")
    aanbod_a = maak_aanbod(lokaal_a, "Koffie in Zeedorp", gebieden=[gebied_a], korte_beschrijving="Koffie drinken.")
    aanbod_b = maak_aanbod(lokaal_b, "Koffie in Strandhoven", gebieden=[gebied_b],
                           korte_beschrijving="Koffie drinken.")
    return TweeGemeenten(site, site_b, home_page, home_b, kaart_a, kaart_b, gebied_a, gebied_b, regionaal,
                         regionaal_aanbod, lokaal_a, lokaal_b, aanbod_a, aanbod_b)
