"""Helpers that build published map pages for the finding side (search, map, agenda, vacancies).

Named `maak_*` so they do not collide with the detail-page factories of the other kaart work.
"""

import datetime as dt
import itertools

from kaart.models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodGebied,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitGebied,
    ActiviteitKenmerk,
    ActiviteitMoment,
    ActiviteitPage,
    ActiviteitVraag,
    AgendaPage,
    Dimensie,
    Doelgroep,
    Gebied,
    KaartPage,
    Kenmerk,
    Levensvraag,
    Openingstijd,
    OrganisatieGebied,
    OrganisatiePage,
    VacatureDimensie,
    VacatureGebied,
    VacatureIndexPage,
    VacatureKenmerk,
    VacaturePage,
)
from tests.factories import publiceer

_teller = itertools.count(1)


def _slug(prefix):
    return f"{prefix}-{next(_teller)}"


def dimensie(sleutel="meedoen", locale=None):
    qs = Dimensie.objects.filter(sleutel=sleutel)
    return qs.get(locale=locale) if locale else qs.get(locale__language_code="nl")


def maak_kaart(home, **velden):
    return publiceer(home, KaartPage(title=velden.pop("title", "Sociale kaart"), slug=velden.pop("slug", "kaart"),
                                     **velden))


def maak_vraag(naam="Ik voel me vaak alleen", dimensie_sleutel="meedoen", populair=False, **velden):
    return Levensvraag.objects.create(naam=naam, slug=velden.pop("slug", _slug("vraag")),
                                      dimensie=dimensie(dimensie_sleutel), populair=populair, **velden)


def maak_doelgroep(naam="Ouderen", **velden):
    return Doelgroep.objects.create(naam=naam, slug=velden.pop("slug", _slug("doelgroep")), **velden)


def maak_gebied(naam="Zeedorp", **velden):
    return Gebied.objects.create(naam=naam, slug=velden.pop("slug", _slug("gebied")), **velden)


def maak_kenmerk(naam="Bewegen", **velden):
    return Kenmerk.objects.create(naam=naam, slug=velden.pop("slug", _slug("kenmerk")), **velden)


def _koppel(page, model, veld, waarden):
    for waarde in waarden or []:
        model.objects.create(page=page, **{veld: waarde})


def maak_organisatie(kaart, title="Welzijn Duinwijk", gebieden=None, openingstijden=None, **velden):
    velden.setdefault("korte_beschrijving", "Hulp en advies voor iedereen in de buurt.")
    velden.setdefault("breedtegraad", "52.240000")
    velden.setdefault("lengtegraad", "4.440000")
    org = publiceer(kaart, OrganisatiePage(title=title, slug=velden.pop("slug", _slug("org")), **velden))
    _koppel(org, OrganisatieGebied, "gebied", gebieden)
    for dag, open_, dicht in openingstijden or []:
        Openingstijd.objects.create(page=org, dag=dag, open=open_, dicht=dicht)
    return org


def maak_aanbod(org, title="Koffie-ochtend", dimensies=("meedoen",), vragen=None, doelgroepen=None, gebieden=None,
                live=True, **velden):
    velden.setdefault("korte_beschrijving", "Samen koffie drinken en praten.")
    velden.setdefault("wat_is_het", "<p>Een gezellige ochtend.</p>")
    page = AanbodPage(title=title, slug=velden.pop("slug", _slug("aanbod")), **velden)
    if live:
        page = publiceer(org, page)
    else:
        org.add_child(instance=page)
        page.live = False
        page.save_revision()
        page.save()
    _koppel(page, AanbodDimensie, "dimensie", [dimensie(s) for s in dimensies])
    _koppel(page, AanbodVraag, "vraag", vragen)
    _koppel(page, AanbodDoelgroep, "doelgroep", doelgroepen)
    _koppel(page, AanbodGebied, "gebied", gebieden)
    return page


def maak_activiteit(org, title="Wandelclub", momenten=None, dimensies=("lichaam",), kenmerken=None, gebieden=None,
                    vragen=None, **velden):
    velden.setdefault("korte_beschrijving", "Elke week samen wandelen.")
    page = publiceer(org, ActiviteitPage(title=title, slug=velden.pop("slug", _slug("activiteit")), **velden))
    if momenten is None:
        momenten = [{"herhaling": "wekelijks", "datum": dt.date.today(), "begintijd": dt.time(10)}]
    for moment in momenten:
        ActiviteitMoment.objects.create(page=page, **moment)
    _koppel(page, ActiviteitDimensie, "dimensie", [dimensie(s) for s in dimensies])
    _koppel(page, ActiviteitKenmerk, "kenmerk", kenmerken)
    _koppel(page, ActiviteitGebied, "gebied", gebieden)
    _koppel(page, ActiviteitVraag, "vraag", vragen)
    return page


def maak_vacature(org, title="Chauffeur gezocht", dimensies=("meedoen",), kenmerken=None, gebieden=None, **velden):
    velden.setdefault("korte_beschrijving", "Rijd mensen naar de dokter.")
    velden.setdefault("taak", "<p>Je rijdt mensen.</p>")
    velden.setdefault("tijd", "2 uur per week")
    page = publiceer(org, VacaturePage(title=title, slug=velden.pop("slug", _slug("vacature")), **velden))
    _koppel(page, VacatureDimensie, "dimensie", [dimensie(s) for s in dimensies])
    _koppel(page, VacatureKenmerk, "kenmerk", kenmerken)
    _koppel(page, VacatureGebied, "gebied", gebieden)
    return page


def maak_agenda(home, **velden):
    return publiceer(home, AgendaPage(title=velden.pop("title", "Agenda"), slug=velden.pop("slug", "agenda"),
                                      **velden))


def maak_vacature_index(home, **velden):
    return publiceer(home, VacatureIndexPage(title=velden.pop("title", "Vrijwilligerswerk"),
                                             slug=velden.pop("slug", "vrijwilligerswerk"), **velden))
