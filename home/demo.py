"""Demo content for the site shell: a clearly fictional municipality, 'Gemeente Duinwijk'."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from leefmee.demo import zorg_voor_pagina
from leefmee.models import SiteInstellingen

from .models import HomePage, StandardPage

DEMO_REDACTEUR = ("redacteur", "LeefMee-demo-2026")
DEMO_BEHEERDER = ("beheerder", "LeefMee-beheer-2026")


def alinea(html):
    return {"type": "alinea", "value": html}


def kop(tekst):
    return {"type": "kop", "value": tekst}


def kader(titel, html):
    return {"type": "kader", "value": {"titel": titel, "tekst": html}}


# The demo shows three languages besides Dutch; the others are configured but have no pages yet,
# so they do not appear on the public site until an editor translates the home page.
DEMO_TALEN_MET_PAGINAS = ("en", "pl", "ar")


def laad_locales():
    """Every configured content language as a Locale; the demo languages keep their tree in sync."""
    bron, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for code, _naam in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == bron.language_code:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        if code in DEMO_TALEN_MET_PAGINAS:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": bron})


def laad_startpagina(poort=None):
    """The Dutch home page, replacing Wagtail's 'Welcome' page as the root of the default site."""
    root = Page.get_first_root_node()
    # Wagtail's default 'Welcome to your new Wagtail site!' page (slug 'home') makes way for ours.
    Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()
    nl = Locale.objects.get(language_code="nl")
    home = HomePage.objects.filter(locale=nl, depth=2).first()
    velden = {
        "title": "LEEF MEE in Duinwijk",
        "kop": "Waar wil je meer over weten?",
        "intro": "<p>Hier vind je hulp, contact en dingen om te doen in Duinwijk, Zeedorp, Polderveen en "
        "Bollenhoek. Begin bij wat jij belangrijk vindt. Of lees hoe anderen het aanpakten.</p>",
        "zoek_label": "Zoek hulp, contact of iets om te doen",
        "seo_title": "LEEF MEE Duinwijk: hulp, contact en dingen om te doen",
        "search_description": "De sociale kaart van Duinwijk: hulp, activiteiten, vrijwilligerswerk en verhalen van inwoners.",
    }
    if home is None:
        home = HomePage(slug="home", locale=nl, **velden)
        root.add_child(instance=home)
    else:
        for naam, waarde in velden.items():
            setattr(home, naam, waarde)
    home.save_revision(log_action=False).publish(log_action=False)
    home.refresh_from_db()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", is_default_site=True, root_page=home)
    # The port the demo is served on (`make run` PORT): every absolute URL the site makes uses it.
    site.port = poort or demo_poort()
    site.root_page = home
    site.site_name = "LEEF MEE Duinwijk"
    site.save()

    return site, home


def demo_poort():
    """The port `make run` serves the demo on (PORT, default 8000); `load_demo --port` sets it."""
    return int(os.environ.get("PORT") or 8000)


def laad_site_instellingen(site):
    instellingen = SiteInstellingen.for_site(site)
    instellingen.site_naam = "LEEF MEE"
    instellingen.gemeente_naam = "Gemeente Duinwijk"
    instellingen.provincie = "Zuid-Holland"
    instellingen.magazine_naam = "LEEF"
    instellingen.partnerverklaring = "LEEF MEE is een initiatief van 38 partners in Duinwijk, samen met de gemeente."
    instellingen.kleur_primair = "#1d5f8a"
    instellingen.kleur_accent = "#f2b632"
    instellingen.telefoon = "0251 123 456"
    instellingen.email = "info@leefmee-duinwijk.example"
    instellingen.adres = "Raadhuisplein 1, 2201 AA Duinwijk"
    instellingen.toegangsteam_naam = "Loket Wonen, Welzijn en Zorg"
    instellingen.toegangsteam_telefoon = "0251 123 400"
    instellingen.save()
    return instellingen


def laad_gewone_paginas(home):
    paginas = {}
    paginas["over"] = zorg_voor_pagina(
        home, StandardPage, "over-leef-mee", functie=StandardPage.Functie.OVER,
        title="Over LEEF MEE",
        show_in_menus=False,  # in the footer, with privacy and accessibility
        intro="LEEF MEE is de sociale kaart van Duinwijk. Je vindt hier hulp, contact en activiteiten bij jou in de buurt.",
        body=[
            kop("Van wie is LEEF MEE?"),
            alinea("<p>LEEF MEE is van de organisaties in Duinwijk: welzijn, sportclubs, de bibliotheek, "
                   "huisartsen, vrijwilligers en bewonersgroepen. Zij houden hun eigen informatie actueel. "
                   "Een kleine redactie leest alles na voordat het op de site komt.</p>"),
            kop("Waarom zes onderwerpen?"),
            alinea("<p>Gezondheid is meer dan niet ziek zijn. Het gaat ook om hoe je je voelt, of je meedoet "
                   "en wat je leven zin geeft. Daarom kun je zoeken vanuit zes onderwerpen. Dat heet "
                   "<i>Positieve Gezondheid</i>.</p>"),
            kader("LEEF in je brievenbus", "<p>Vier keer per jaar staat een deel van LEEF MEE in het magazine LEEF. "
                  "Bij elk stuk staat een korte link en een QR-code. Zo kom je snel terug op de site.</p>"),
        ],
    )
    paginas["privacy"] = zorg_voor_pagina(
        home, StandardPage, "privacy", functie=StandardPage.Functie.PRIVACY,
        title="Privacy",
        intro="Wij gaan zorgvuldig om met jouw gegevens. Hier lees je wat we bewaren en hoe lang.",
        body=[
            kop("Wat bewaren we?"),
            alinea("<p>Vraag je via LEEF MEE meer informatie aan bij een organisatie? Dan bewaren we je naam, "
                   "je telefoonnummer of e-mailadres en je vraag. We sturen dit door naar die organisatie. "
                   "Na 90 dagen wissen we je gegevens.</p>"),
            kop("Wat doen we niet?"),
            alinea("<p>We volgen je niet. We gebruiken geen advertenties en geen trackers van andere bedrijven. "
                   "De test 'Hoe gaat het met je?' slaan we niet op.</p>"),
            kop("Je rechten"),
            alinea("<p>Wil je weten welke gegevens we van je hebben, of wil je dat we ze wissen? "
                   "Mail naar info@leefmee-duinwijk.example. Je krijgt binnen vier weken antwoord.</p>"),
        ],
    )
    paginas["contact"] = zorg_voor_pagina(
        home, StandardPage, "contact", functie=StandardPage.Functie.CONTACT,
        title="Contact",
        show_in_menus=True,
        intro="Heb je een vraag over LEEF MEE? Of klopt er iets niet? Neem contact met ons op.",
        body=[
            alinea("<p>Bel <a href=\"tel:0251123456\">0251 123 456</a> (maandag tot en met vrijdag, 9.00 tot "
                   "17.00 uur) of mail naar info@leefmee-duinwijk.example.</p>"),
            kader("Hulp nodig, maar weet je niet waar?", "<p>Bel het Loket Wonen, Welzijn en Zorg: 0251 123 400. "
                  "Zij denken met je mee.</p>"),
        ],
    )
    paginas["toegankelijkheid"] = zorg_voor_pagina(
        home, StandardPage, "toegankelijkheid", functie=StandardPage.Functie.TOEGANKELIJKHEID,
        title="Toegankelijkheid",
        intro="LEEF MEE moet voor iedereen goed te gebruiken zijn. Ook als je slecht ziet, alleen een toetsenbord "
        "gebruikt of moeite hebt met lezen.",
        body=[
            kop("Wat we doen"),
            alinea("<ul><li>We schrijven in eenvoudige taal (taalniveau B1).</li>"
                   "<li>De site werkt met een toetsenbord en met een schermlezer.</li>"
                   "<li>De site werkt ook zonder JavaScript. Alleen de kaart heeft JavaScript nodig; "
                   "daarom staat alles van de kaart ook in een lijst.</li>"
                   "<li>We testen de site volgens de richtlijnen WCAG 2.1, niveau AA.</li></ul>"),
            kop("Werkt iets niet?"),
            alinea("<p>Laat het ons weten via info@leefmee-duinwijk.example of bel 0251 123 456. "
                   "We reageren binnen vijf werkdagen.</p>"),
        ],
    )
    return paginas


def laad_gebruikers():
    User = get_user_model()
    beheerder, _ = User.objects.get_or_create(
        username=DEMO_BEHEERDER[0],
        defaults={"email": "beheer@leefmee-duinwijk.example", "first_name": "Bea", "last_name": "Heer"},
    )
    beheerder.is_staff = beheerder.is_superuser = True
    beheerder.set_password(DEMO_BEHEERDER[1])
    beheerder.save()

    redacteur, _ = User.objects.get_or_create(
        username=DEMO_REDACTEUR[0],
        defaults={"email": "redactie@leefmee-duinwijk.example", "first_name": "Ruud", "last_name": "de Redacteur"},
    )
    redacteur.is_staff = True
    redacteur.set_password(DEMO_REDACTEUR[1])
    redacteur.save()
    for naam in ("Editors", "Moderators"):
        groep = Group.objects.filter(name=naam).first()
        if groep:
            redacteur.groups.add(groep)
    return {"beheerder": beheerder, "redacteur": redacteur}
