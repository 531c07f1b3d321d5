"""Factories for the content side of the map: taxonomy, organisation pages and their children.

Pages are added to the tree and published like an editor would (see tests/factories.publiceer).
"""

import datetime as dt

import factory
from django.utils import timezone
from wagtail.models import Locale

from kaart.models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodPage,
    AanbodVraag,
    ActiviteitKenmerk,
    ActiviteitMoment,
    ActiviteitPage,
    Dimensie,
    Doelgroep,
    KaartPage,
    Kenmerk,
    Levensvraag,
    OrganisatiePage,
    VacaturePage,
)
from tests.factories import publiceer


def nl():
    return Locale.objects.get(language_code="nl")


class LevensvraagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Levensvraag

    naam = factory.Sequence(lambda n: f"Ik heb vraag {n}")
    slug = factory.Sequence(lambda n: f"vraag-{n}")
    dimensie = factory.LazyFunction(lambda: Dimensie.objects.get(sleutel="meedoen", locale=nl()))
    locale = factory.LazyFunction(nl)


class DoelgroepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doelgroep

    naam = factory.Sequence(lambda n: f"Doelgroep {n}")
    slug = factory.Sequence(lambda n: f"doelgroep-{n}")
    locale = factory.LazyFunction(nl)


class KenmerkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kenmerk

    naam = factory.Sequence(lambda n: f"Kenmerk {n}")
    slug = factory.Sequence(lambda n: f"kenmerk-{n}")
    locale = factory.LazyFunction(nl)


def vertaling(snippet, locale, **velden):
    """A translation of a taxonomy snippet in `locale` (what wagtail-localize would create)."""
    kopie = type(snippet).objects.get(pk=snippet.pk)
    kopie.pk = kopie.id = None
    kopie.locale = locale
    for naam, waarde in velden.items():
        setattr(kopie, naam, waarde)
    kopie.save()
    return kopie


_teller = iter(range(1, 1_000_000))


def maak_kaart(home):
    return publiceer(home, KaartPage(title="Sociale kaart", slug="kaart"))


def maak_organisatie(kaart, **velden):
    n = next(_teller)
    standaard = {
        "title": f"Buurthuis Nummer {n}", "slug": f"organisatie-{n}",
        "korte_beschrijving": "Een buurthuis waar je koffie drinkt en mensen ontmoet.",
        "beschrijving": "<p>Wij zijn er voor de hele buurt.</p>",
        "telefoon": "0251 000 111", "email": f"info{n}@organisatie.example", "website": "https://organisatie.example",
        "locatie_naam": "Buurthuis De Duin", "straat": "Duinstraat 1", "postcode": "2201 AA", "plaats": "Duinwijk",
        "breedtegraad": "52.240000", "lengtegraad": "4.440000",
        "laatst_gecontroleerd": dt.date(2026, 3, 15),
    }
    return publiceer(kaart, OrganisatiePage(**{**standaard, **velden}))


def maak_aanbod(organisatie, dimensies=("meedoen",), vragen=(), doelgroepen=(), **velden):
    n = next(_teller)
    standaard = {
        "title": f"Koffie en contact {n}", "slug": f"aanbod-{n}",
        "korte_beschrijving": "Elke dag koffie en een praatje.",
        "wat_is_het": "<p>Je drinkt koffie met buren.</p>", "voor_wie": "<p>Voor iedereen uit de buurt.</p>",
        "kosten": "gratis", "aanmelden": "<p>Loop gewoon binnen.</p>",
        "laatst_gecontroleerd": dt.date(2026, 5, 1),
    }
    page = AanbodPage(**{**standaard, **velden})
    page.dimensie_koppelingen = [
        AanbodDimensie(dimensie=Dimensie.objects.get(sleutel=s, locale=nl())) for s in dimensies
    ]
    page.vraag_koppelingen = [AanbodVraag(vraag=v) for v in vragen]
    page.doelgroep_koppelingen = [AanbodDoelgroep(doelgroep=d) for d in doelgroepen]
    return publiceer(organisatie, page)


def maak_activiteit(organisatie, momenten=None, kenmerken=(), **velden):
    n = next(_teller)
    vandaag = timezone.localdate()
    standaard = {
        "title": f"Wandelen in de duinen {n}", "slug": f"activiteit-{n}",
        "korte_beschrijving": "Samen een uur wandelen.", "beschrijving": "<p>We lopen een rondje door de duinen.</p>",
        "kosten": "gratis",
    }
    page = ActiviteitPage(**{**standaard, **velden})
    page.momenten = momenten if momenten is not None else [
        ActiviteitMoment(herhaling="wekelijks", datum=vandaag - dt.timedelta(days=14), begintijd=dt.time(10),
                         eindtijd=dt.time(11, 30))
    ]
    page.kenmerk_koppelingen = [ActiviteitKenmerk(kenmerk=k) for k in kenmerken]
    return publiceer(organisatie, page)


def maak_vacature(organisatie, **velden):
    n = next(_teller)
    standaard = {
        "title": f"Gastvrouw gezocht {n}", "slug": f"vacature-{n}",
        "korte_beschrijving": "Zet koffie en heet mensen welkom.", "taak": "<p>Je zet koffie.</p>",
        "tijd": "2 uur per week", "wat_krijg_je": "<p>Een leuk team.</p>",
    }
    return publiceer(organisatie, VacaturePage(**{**standaard, **velden}))

