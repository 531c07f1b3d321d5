"""Two municipalities on one installation (issue 13): site A (default, localhost) and site B (b.test).

Site A's areas have no site (they belong to the default site); site B's areas point at site B.
"""

from dataclasses import dataclass

from wagtail.models import Page, Site

from home.models import HomePage
from kaart.models import Gebied

from .basis import publiceer
from .kaart import AanbodFactory, KaartFactory, OrganisatieFactory
from .taxonomie import GebiedFactory

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
    kaart_a, kaart_b = KaartFactory(parent=home_page), KaartFactory(parent=home_b)
    gebied_a = GebiedFactory(naam="Zeedorp", slug="zeedorp")
    gebied_b = GebiedFactory(naam="Strandhoven", slug="strandhoven", gemeente_site=site_b)
    regionaal = OrganisatieFactory(parent=kaart_a, title="Schuldhulp Regio", gebieden=[gebied_a, gebied_b],
                                   korte_beschrijving="Hulp bij geldzorgen in de hele regio.")
    regionaal_aanbod = AanbodFactory(parent=regionaal, title="Schuldhulpmaatje", dimensies=("dagelijks",),
                                     korte_beschrijving="Een maatje voor je geldzaken.", kosten="gratis")
    lokaal_a = OrganisatieFactory(parent=kaart_a, title="Buurthuis Zeedorp", gebieden=[gebied_a],
                                  korte_beschrijving="Ontmoeten in Zeedorp.")
    lokaal_b = OrganisatieFactory(parent=kaart_b, title="Dorpshuis Strandhoven", gebieden=[gebied_b],
                                  korte_beschrijving="Ontmoeten in Strandhoven.")
    aanbod_a = AanbodFactory(parent=lokaal_a, title="Koffie in Zeedorp", gebieden=[gebied_a],
                             korte_beschrijving="Koffie drinken.")
    aanbod_b = AanbodFactory(parent=lokaal_b, title="Koffie in Strandhoven", gebieden=[gebied_b],
                             korte_beschrijving="Koffie drinken.")
    return TweeGemeenten(site, site_b, home_page, home_b, kaart_a, kaart_b, gebied_a, gebied_b, regionaal,
                         regionaal_aanbod, lokaal_a, lokaal_b, aanbod_a, aanbod_b)
