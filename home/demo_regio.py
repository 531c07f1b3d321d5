"""Demo of several municipalities on one installation: the small, fictional 'Gemeente Kustmeer'.

Kustmeer is its own Site (kustmeer.localhost) with its own home page, settings, two areas and a few
local organisations. It shares two regional organisations with Duinwijk: Schuldhulp Duinwijk and
Voedselbank Duinstreek stay ONE page each in Duinwijk's tree, and serve Kustmeer's areas too
(kaart/regio.py), so their partners edit them once. Idempotent: pages by slug, rows replaced.
"""

from wagtail.models import Locale, Page, Site

from kaart.models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodGebied,
    AanbodPage,
    AanbodVraag,
    Dimensie,
    Gebied,
    KaartPage,
    OrganisatieGebied,
    OrganisatiePage,
)
from kaart.partners.rollen import setup_roles
from leefmee.demo import zorg_voor_object, zorg_voor_pagina
from leefmee.models import SiteInstellingen

from .models import HomePage

KUSTMEER_HOST = "kustmeer.localhost"
REGIONAAL = ("schuldhulp-duinwijk", "voedselbank-duinstreek")
GEBIEDEN = [("heel-kustmeer", "Heel Kustmeer", "gemeente"), ("strandhoven", "Strandhoven", "kern")]

ORGANISATIES = [
    {
        "slug": "dorpshuis-kustmeer", "title": "Dorpshuis Kustmeer", "soort": "vrijwilligers",
        "korte_beschrijving": "Het dorpshuis is de huiskamer van Kustmeer. Je kunt er koffie drinken, "
                              "mensen ontmoeten en meedoen.",
        "beschrijving": "<p>In het dorpshuis is elke dag iets te doen. Vrijwilligers zetten koffie en "
                        "helpen je op weg.</p>",
        "straat": "Kerkplein 2", "postcode": "2231 AA", "plaats": "Kustmeer",
        "breedtegraad": "52.300100", "lengtegraad": "4.470200", "gebieden": ["heel-kustmeer"],
    },
    {
        "slug": "sportclub-strandhoven", "title": "Sportclub Strandhoven", "soort": "vereniging",
        "korte_beschrijving": "Sporten op het strand en in de sporthal, voor jong en oud. "
                              "De eerste drie keer zijn gratis.",
        "beschrijving": "<p>Bij ons sport je op je eigen niveau. Iedereen is welkom.</p>",
        "straat": "Strandweg 8", "postcode": "2232 BC", "plaats": "Strandhoven",
        "breedtegraad": "52.310400", "lengtegraad": "4.455900", "gebieden": ["strandhoven"],
    },
]

AANBOD = [
    ("dorpshuis-kustmeer", "koffieochtend-dorpshuis", "Koffieochtend in het dorpshuis",
     "Elke dinsdag koffie en een praatje. Je hoeft je niet aan te melden.", "meedoen",
     "ik-wil-nieuwe-mensen-leren-kennen", "iedereen", "heel-kustmeer"),
    ("sportclub-strandhoven", "strandsport-jeugd", "Strandsport voor jongeren",
     "Elke woensdag sporten op het strand, voor jongeren van 12 tot 18 jaar. Gratis.", "lichaam",
     "ik-wil-meer-bewegen", "jeugd", "strandhoven"),
]


def laad(context):
    nl = Locale.objects.get(language_code="nl")
    site, home = laad_site(nl, context["site"].port)
    gebieden = {
        slug: zorg_voor_object(Gebied, {"slug": slug, "locale": nl}, naam=naam, soort=soort, volgorde=50 + i,
                               gemeente_site=site)
        for i, (slug, naam, soort) in enumerate(GEBIEDEN)
    }
    kaart = zorg_voor_pagina(
        home, KaartPage, "kaart", title="Sociale kaart", show_in_menus=True,
        intro="<p>Hier vind je hulp, contact en dingen om te doen in Kustmeer en Strandhoven.</p>",
    )
    organisaties = {}
    for data in ORGANISATIES:
        data = dict(data)
        slug = data.pop("slug")
        organisaties[slug] = zorg_voor_pagina(
            kaart, OrganisatiePage, slug,
            gebied_koppelingen=[OrganisatieGebied(gebied=gebieden[g]) for g in data.pop("gebieden")], **data,
        )
    dimensies = {d.sleutel: d for d in Dimensie.objects.filter(locale=nl)}
    vragen = context.get("vragen", {})
    doelgroepen = context.get("doelgroepen", {})
    aanbod = {}
    for org, slug, title, korte, dim, vraag, doel, geb in AANBOD:
        aanbod[slug] = zorg_voor_pagina(
            organisaties[org], AanbodPage, slug, title=title, korte_beschrijving=korte,
            wat_is_het=f"<p>{korte}</p>", voor_wie="<p>Voor iedereen in Kustmeer.</p>", kosten="gratis",
            aanmelden="<p>Kom gewoon langs.</p>",
            dimensie_koppelingen=[AanbodDimensie(dimensie=dimensies[dim])],
            vraag_koppelingen=[AanbodVraag(vraag=vragen[vraag])] if vraag in vragen else [],
            doelgroep_koppelingen=[AanbodDoelgroep(doelgroep=doelgroepen[doel])] if doel in doelgroepen else [],
            gebied_koppelingen=[AanbodGebied(gebied=gebieden[geb])],
        )
    regionaal = maak_regionaal(context, list(gebieden.values()))
    # Now that there are two sites: one editor group per municipality.
    setup_roles()
    context["regio"] = {"site": site, "home": home, "kaart": kaart, "organisaties": organisaties,
                        "aanbod": aanbod, "gebieden": gebieden, "regionaal": regionaal}


def laad_site(nl, poort):
    root = Page.get_first_root_node()
    home = zorg_voor_pagina(
        root, HomePage, "kustmeer", title="LEEF MEE in Kustmeer", kop="Waar wil je meer over weten?",
        intro="<p>Hier vind je hulp, contact en dingen om te doen in Kustmeer en Strandhoven.</p>",
        zoek_label="Zoek hulp, contact of iets om te doen",
    )
    site = Site.objects.filter(hostname=KUSTMEER_HOST).first() or Site(hostname=KUSTMEER_HOST)
    # Served next to Duinwijk by the same server (`make run`), so on the same port.
    site.port = poort
    site.root_page = home
    site.site_name = "LEEF MEE Kustmeer"
    site.is_default_site = False
    site.save()
    instellingen = SiteInstellingen.for_site(site)
    instellingen.site_naam = "LEEF MEE Kustmeer"
    instellingen.gemeente_naam = "Gemeente Kustmeer"
    instellingen.magazine_naam = "LEEF Kust"
    instellingen.partnerverklaring = "LEEF MEE Kustmeer is een initiatief van 12 partners, samen met de gemeente."
    instellingen.kleur_primair = "#0f5c4d"
    instellingen.kleur_accent = "#e3a72f"
    instellingen.telefoon = "0252 200 300"
    instellingen.email = "info@leefmee-kustmeer.example"
    instellingen.toegangsteam_naam = "Sociaal Team Kustmeer"
    instellingen.toegangsteam_telefoon = "0252 200 310"
    instellingen.save()
    return site, home


def maak_regionaal(context, kustmeer_gebieden):
    """Two Duinwijk organisations also serve Kustmeer: extra area rows, no copies."""
    kaart = context.get("kaart")
    if kaart is None:
        return {}
    result = {}
    for slug in REGIONAAL:
        org = OrganisatiePage.objects.child_of(kaart).filter(slug=slug).first()
        if org is None:
            continue
        org = org.specific
        bestaand = [r.gebied for r in org.gebied_koppelingen.all() if r.gebied not in kustmeer_gebieden]
        org = zorg_voor_pagina(kaart, OrganisatiePage, slug, gebied_koppelingen=[
            OrganisatieGebied(gebied=g) for g in [*bestaand, *kustmeer_gebieden]])
        for item in AanbodPage.objects.child_of(org):
            eigen = [r.gebied for r in item.gebied_koppelingen.all() if r.gebied not in kustmeer_gebieden]
            zorg_voor_pagina(org, AanbodPage, item.slug, gebied_koppelingen=[
                AanbodGebied(gebied=g) for g in [*eigen, kustmeer_gebieden[0]]])
        result[slug] = org
    return result
