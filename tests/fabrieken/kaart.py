"""The social map's pages: the map, organisations and what they offer, the agenda and the vacancy index.

Every page factory takes `parent=`; taxonomy links are given by value (`dimensies=["meedoen"]`,
`gebieden=[zeedorp]`) and land in the page's first revision. Defaults are a plausible page; a test
passes every field whose value it asserts. `volledig=True` fills in every optional field a detail
page shows (contact, address, costs).
"""

import datetime as dt

import factory
from django.utils import timezone

from kaart.models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodGebied,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitDoelgroep,
    ActiviteitGebied,
    ActiviteitKenmerk,
    ActiviteitMoment,
    ActiviteitPage,
    ActiviteitVraag,
    AgendaPage,
    KaartPage,
    Openingstijd,
    OrganisatieGebied,
    OrganisatiePage,
    VacatureDimensie,
    VacatureGebied,
    VacatureIndexPage,
    VacatureKenmerk,
    VacaturePage,
)

from .basis import PaginaFactory
from .taxonomie import dimensie


class KaartItemFactory(PaginaFactory):
    """Link fields named `dimensie` take a key as well as a Dimensie."""

    class Meta:
        abstract = True

    @classmethod
    def _waarde(cls, veld, waarde):
        return dimensie(waarde) if veld == "dimensie" else waarde


class KaartFactory(PaginaFactory):
    class Meta:
        model = KaartPage

    title = "Sociale kaart"
    slug = "kaart"


class AgendaFactory(PaginaFactory):
    class Meta:
        model = AgendaPage

    title = "Agenda"
    slug = "agenda"


class VacatureIndexFactory(PaginaFactory):
    class Meta:
        model = VacatureIndexPage

    title = "Vrijwilligerswerk"
    slug = "vrijwilligerswerk"


def _openingstijd(waarde):
    if isinstance(waarde, Openingstijd):
        return waarde
    dag, open_, dicht = waarde
    return Openingstijd(dag=dag, open=open_, dicht=dicht)


class OrganisatieFactory(KaartItemFactory):
    """An organisation on the map; `openingstijden` takes (day, opens, closes) tuples."""

    class Meta:
        model = OrganisatiePage

    title = factory.Sequence(lambda n: f"Welzijn Duinwijk {n}")
    korte_beschrijving = "Hulp en advies voor iedereen in de buurt."
    email = factory.LazyAttribute(lambda p: f"info@{p.slug.replace('-', '')}.example")
    breedtegraad = "52.240000"
    lengtegraad = "4.440000"

    class Params:
        # Everything an organisation page can show: description, contact, address, last confirmed.
        volledig = factory.Trait(
            beschrijving="<p>Wij zijn er voor de hele buurt.</p>", telefoon="0251 000 111",
            website="https://organisatie.example", locatie_naam="Buurthuis De Duin", straat="Duinstraat 1",
            postcode="2201 AA", plaats="Duinwijk", laatst_gecontroleerd=dt.date(2026, 3, 15),
        )

    _koppelingen = {"gebieden": ("gebied_koppelingen", OrganisatieGebied, "gebied")}

    @classmethod
    def _create(cls, model_class, *args, openingstijden=(), **velden):
        if openingstijden:
            velden["openingstijden"] = [_openingstijd(o) for o in openingstijden]
        return super()._create(model_class, *args, **velden)


class AanbodFactory(KaartItemFactory):
    class Meta:
        model = AanbodPage

    title = factory.Sequence(lambda n: f"Koffie-ochtend {n}")
    korte_beschrijving = "Samen koffie drinken en praten."
    wat_is_het = "<p>Een gezellige ochtend.</p>"
    dimensies = ("meedoen",)  # the edit form asks for at least one

    class Params:
        volledig = factory.Trait(
            voor_wie="<p>Voor iedereen uit de buurt.</p>", kosten="gratis", aanmelden="<p>Loop gewoon binnen.</p>",
            laatst_gecontroleerd=dt.date(2026, 5, 1),
        )

    _koppelingen = {
        "dimensies": ("dimensie_koppelingen", AanbodDimensie, "dimensie"),
        "vragen": ("vraag_koppelingen", AanbodVraag, "vraag"),
        "doelgroepen": ("doelgroep_koppelingen", AanbodDoelgroep, "doelgroep"),
        "gebieden": ("gebied_koppelingen", AanbodGebied, "gebied"),
    }


def _moment(waarde):
    return waarde if isinstance(waarde, ActiviteitMoment) else ActiviteitMoment(**waarde)


def moment(datum, herhaling="eenmalig", begintijd=dt.time(10), eindtijd=dt.time(12)):
    """One entry for `ActiviteitFactory(momenten=[...])`: on `datum`, or repeating from it."""
    return ActiviteitMoment(herhaling=herhaling, datum=datum, begintijd=begintijd, eindtijd=eindtijd)


def wekelijks_sinds_twee_weken():
    """An activity's default: every week at 10:00, started two weeks ago (so it has dates from today on)."""
    return [ActiviteitMoment(herhaling="wekelijks", datum=timezone.localdate() - dt.timedelta(days=14),
                             begintijd=dt.time(10), eindtijd=dt.time(11, 30))]


class ActiviteitFactory(KaartItemFactory):
    """An activity; `momenten` takes ActiviteitMoment objects or dicts of their fields."""

    class Meta:
        model = ActiviteitPage

    title = factory.Sequence(lambda n: f"Wandelclub {n}")
    korte_beschrijving = "Elke week samen wandelen."
    dimensies = ("lichaam",)
    momenten = factory.LazyFunction(wekelijks_sinds_twee_weken)

    class Params:
        volledig = factory.Trait(beschrijving="<p>We lopen een rondje door de duinen.</p>", kosten="gratis")

    _koppelingen = {
        "dimensies": ("dimensie_koppelingen", ActiviteitDimensie, "dimensie"),
        "vragen": ("vraag_koppelingen", ActiviteitVraag, "vraag"),
        "doelgroepen": ("doelgroep_koppelingen", ActiviteitDoelgroep, "doelgroep"),
        "gebieden": ("gebied_koppelingen", ActiviteitGebied, "gebied"),
        "kenmerken": ("kenmerk_koppelingen", ActiviteitKenmerk, "kenmerk"),
    }

    @classmethod
    def _create(cls, model_class, *args, momenten=(), **velden):
        return super()._create(model_class, *args, momenten=[_moment(m) for m in momenten], **velden)


class VacatureFactory(KaartItemFactory):
    class Meta:
        model = VacaturePage

    title = factory.Sequence(lambda n: f"Chauffeur gezocht {n}")
    korte_beschrijving = "Rijd mensen naar de dokter."
    taak = "<p>Je rijdt mensen.</p>"
    tijd = "2 uur per week"
    dimensies = ("meedoen",)

    class Params:
        volledig = factory.Trait(wat_krijg_je="<p>Een leuk team.</p>")

    _koppelingen = {
        "dimensies": ("dimensie_koppelingen", VacatureDimensie, "dimensie"),
        "gebieden": ("gebied_koppelingen", VacatureGebied, "gebied"),
        "kenmerken": ("kenmerk_koppelingen", VacatureKenmerk, "kenmerk"),
    }
