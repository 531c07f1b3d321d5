"""Test data for the self-check: a map with organisations, offerings and activities, and the page."""

import datetime as dt
import uuid

from wagtail.models import Locale

from kaart.models import (
    AanbodDimensie,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitMoment,
    ActiviteitPage,
    AspectVraag,
    Dimensie,
    KaartPage,
    Levensvraag,
    OrganisatiePage,
    ZelfcheckPage,
    ZelfcheckStelling,
)
from tests.factories import publiceer

GELDIGE_SCORES = {"lichaam": 7, "mentaal": 5, "zingeving": 8, "kwaliteit": 6, "meedoen": 3, "dagelijks": 9}


def dimensie(sleutel):
    return Dimensie.objects.get(sleutel=sleutel, locale=Locale.get_default())


def maak_vraag(slug, sleutel, naam=None):
    return Levensvraag.objects.create(
        naam=naam or slug.replace("-", " ").capitalize(), slug=slug, dimensie=dimensie(sleutel),
        locale=Locale.get_default(), translation_key=uuid.uuid4(),
    )


def maak_stelling(sleutel, aspect, tekst, vragen=(), volgorde=0):
    stelling = ZelfcheckStelling(dimensie=dimensie(sleutel), aspect=aspect, tekst=tekst, volgorde=volgorde,
                                 locale=Locale.get_default(), translation_key=uuid.uuid4())
    stelling.vraag_koppelingen = [AspectVraag(vraag=v) for v in vragen]
    stelling.save()
    return stelling


def maak_kaart(home):
    return publiceer(home, KaartPage(title="Kaart", slug="kaart"))


def maak_organisatie(kaart, titel="Welzijn Duinwijk", **velden):
    velden.setdefault("korte_beschrijving", "Hulp en contact in de buurt.")
    velden.setdefault("telefoon", "0251 111 222")
    return publiceer(kaart, OrganisatiePage(title=titel, slug=titel.lower().replace(" ", "-"), **velden))


def maak_aanbod(organisatie, titel, dimensies=(), vragen=(), kosten="gratis", verwijzing_nodig=False, **velden):
    velden.setdefault("korte_beschrijving", f"{titel}: een korte beschrijving.")
    pagina = AanbodPage(
        title=titel, slug=titel.lower().replace(" ", "-"), wat_is_het="<p>Uitleg.</p>", kosten=kosten,
        verwijzing_nodig=verwijzing_nodig, **velden,
    )
    pagina.dimensie_koppelingen = [AanbodDimensie(dimensie=dimensie(s)) for s in dimensies]
    pagina.vraag_koppelingen = [AanbodVraag(vraag=v) for v in vragen]
    return publiceer(organisatie, pagina)


def maak_activiteit(organisatie, titel, datum, dimensies=(), herhaling="eenmalig"):
    pagina = ActiviteitPage(title=titel, slug=titel.lower().replace(" ", "-"), korte_beschrijving="Kom gezellig langs.")
    pagina.dimensie_koppelingen = [ActiviteitDimensie(dimensie=dimensie(s)) for s in dimensies]
    pagina.momenten = [ActiviteitMoment(herhaling=herhaling, datum=datum, begintijd=dt.time(10, 0),
                                        eindtijd=dt.time(12, 0))]
    return publiceer(organisatie, pagina)


def maak_zelfcheck(home):
    return publiceer(home, ZelfcheckPage(title="Hoe gaat het met je?", slug="hoe-gaat-het", show_in_menus=True))
