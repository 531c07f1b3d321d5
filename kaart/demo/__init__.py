"""Demo content of the social map: taxonomy, organisations with their offerings, activities and
volunteer vacancies in the fictional municipality Duinwijk.

Idempotent: snippets are found by slug and pages by slug under their parent; child rows
(opening hours, moments, taxonomy links) are replaced, not added. Every page gets exactly one
revision per run, with all its fields and rows set first.
"""

import datetime as dt
from decimal import Decimal

from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

from leefmee.demo import zorg_voor_object, zorg_voor_pagina

from ..herhaling import _nde_weekdag_van_maand
from ..models import (
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
    VacatureKenmerk,
    VacaturePage,
)
from .aanbod import AANBOD
from .activiteiten import ACTIVITEITEN, VACATURES
from .beelden import tekeningen_per_aanbod
from .organisaties import ORGANISATIES
from .taxonomie import DOELGROEPEN, GEBIEDEN, KENMERKEN, LEVENSVRAGEN

KAART_INTRO = (
    "<p>Hier vind je hulp, contact en dingen om te doen in de gemeente Duinwijk. Kies een onderwerp of een vraag "
    "die bij je past. Of zoek direct.</p>"
)


def _tijd(tekst):
    uur, minuut = tekst.split(":")
    return dt.time(int(uur), int(minuut))


def _locatie(adres):
    naam, straat, postcode, plaats, breedte, lengte = adres
    return {
        "locatie_naam": naam, "straat": straat, "postcode": postcode, "plaats": plaats,
        "breedtegraad": Decimal(breedte), "lengtegraad": Decimal(lengte),
    }


def _geen_locatie():
    return {"locatie_naam": "", "straat": "", "postcode": "", "plaats": "", "breedtegraad": None, "lengtegraad": None}


def _moment(spec, vandaag):
    """An ActiviteitMoment for a spec relative to today (see activiteiten.py)."""
    herhaling, wanneer, begin, eind = spec
    if herhaling == "eenmalig":
        datum = vandaag + dt.timedelta(days=wanneer)
    elif herhaling == "maandelijks":
        n, weekdag = wanneer
        vorige_maand = vandaag.replace(day=1) - dt.timedelta(days=1)
        datum = _nde_weekdag_van_maand(vorige_maand.year, vorige_maand.month, weekdag, n)
    else:
        # Started some weeks ago and goes on: the agenda always has upcoming dates.
        datum = vandaag - dt.timedelta(days=(vandaag.weekday() - wanneer) % 7 + 28)
    return ActiviteitMoment(herhaling=herhaling, datum=datum, begintijd=_tijd(begin), eindtijd=_tijd(eind))


def laad_taxonomie(locale):
    dimensies = {d.sleutel: d for d in Dimensie.objects.filter(locale=locale)}
    vragen = {
        slug: zorg_voor_object(
            Levensvraag, {"slug": slug, "locale": locale},
            naam=naam, dimensie=dimensies[sleutel], toelichting=toelichting, populair=populair, volgorde=i,
        )
        for i, (slug, naam, sleutel, toelichting, populair) in enumerate(LEVENSVRAGEN)
    }
    doelgroepen = {
        slug: zorg_voor_object(Doelgroep, {"slug": slug, "locale": locale}, naam=naam, volgorde=i)
        for i, (slug, naam) in enumerate(DOELGROEPEN)
    }
    gebieden = {
        slug: zorg_voor_object(Gebied, {"slug": slug, "locale": locale}, naam=naam, soort=soort, volgorde=i)
        for i, (slug, naam, soort) in enumerate(GEBIEDEN)
    }
    kenmerken = {
        slug: zorg_voor_object(Kenmerk, {"slug": slug, "locale": locale}, naam=naam, volgorde=i)
        for i, (slug, naam) in enumerate(KENMERKEN)
    }
    return dimensies, vragen, doelgroepen, gebieden, kenmerken


def geef_redactie_inzage():
    """Editors and moderators may read (and delete) contact requests and registrations in the admin."""
    rechten = Permission.objects.filter(
        content_type__app_label="kaart",
        codename__in=["view_contactverzoek", "delete_contactverzoek", "view_aanmelding", "delete_aanmelding"],
    )
    for groep in Group.objects.filter(name__in=["Editors", "Moderators"]):
        groep.permissions.add(*rechten)


def laad(context):
    # load_demo rebuilds the reference index at the end; updating it per saved row would triple the time.
    with disable_reference_index_auto_update():
        return _laad(context)


def _laad(context):
    locale = Locale.objects.get(pk=context["home"].locale_id)
    vandaag = timezone.localdate()
    dimensies, vragen, doelgroepen, gebieden, kenmerken = laad_taxonomie(locale)

    kaart = zorg_voor_pagina(
        context["home"], KaartPage, "kaart", title="Sociale kaart", show_in_menus=True, intro=KAART_INTRO,
        seo_title="Sociale kaart van Duinwijk: hulp, contact en activiteiten",
        search_description="Zoek hulp, contact en activiteiten in Duinwijk, Zeedorp, Polderveen en Bollenhoek.",
    )

    organisaties, gecontroleerd = {}, {}
    for data in ORGANISATIES:
        data = dict(data)
        slug = data.pop("slug")
        gecontroleerd[slug] = vandaag - dt.timedelta(days=data.pop("gecontroleerd"))
        naam, email, telefoon = data.pop("contactpersoon")
        openingstijden = [
            Openingstijd(dag=dag, open=_tijd(van), dicht=_tijd(tot))
            for dagen, van, tot in data.pop("open") for dag in dagen
        ]
        organisaties[slug] = zorg_voor_pagina(
            kaart, OrganisatiePage, slug,
            **_locatie(data.pop("adres")),
            contactpersoon_naam=naam, contactpersoon_email=email, contactpersoon_telefoon=telefoon,
            openingstijden=openingstijden,
            gebied_koppelingen=[OrganisatieGebied(gebied=gebieden[g]) for g in data.pop("gebieden")],
            laatst_gecontroleerd=gecontroleerd[slug],
            **data,
        )

    aanbod, tekeningen = {}, tekeningen_per_aanbod()
    for data in AANBOD:
        data = dict(data)
        org, slug = data.pop("org"), data.pop("slug")
        locatie = _locatie(data.pop("locatie")) if "locatie" in data else _geen_locatie()
        aanbod[slug] = zorg_voor_pagina(
            organisaties[org], AanbodPage, slug,
            dimensie_koppelingen=[AanbodDimensie(dimensie=dimensies[d]) for d in data.pop("dim")],
            vraag_koppelingen=[AanbodVraag(vraag=vragen[v]) for v in data.pop("vragen")],
            doelgroep_koppelingen=[AanbodDoelgroep(doelgroep=doelgroepen[d]) for d in data.pop("doel")],
            gebied_koppelingen=[AanbodGebied(gebied=gebieden[g]) for g in data.pop("geb")],
            laatst_gecontroleerd=gecontroleerd[org], foto=tekeningen.get(slug), foto_alt="",
            **{"verwijzing_nodig": False, "verwijzing_waar": "", "telefoon": "", "email": "", "talen": "",
               "toegankelijkheid": "", **locatie, **data},
        )

    activiteiten = {}
    for data in ACTIVITEITEN:
        data = dict(data)
        org, slug = data.pop("org"), data.pop("slug")
        locatie = _locatie(data.pop("locatie")) if "locatie" in data else _geen_locatie()
        activiteiten[slug] = zorg_voor_pagina(
            organisaties[org], ActiviteitPage, slug,
            momenten=[_moment(spec, vandaag) for spec in data.pop("momenten")],
            kenmerk_koppelingen=[ActiviteitKenmerk(kenmerk=kenmerken[k]) for k in data.pop("kenm")],
            dimensie_koppelingen=[ActiviteitDimensie(dimensie=dimensies[d]) for d in data.pop("dim")],
            vraag_koppelingen=[ActiviteitVraag(vraag=vragen[v]) for v in data.pop("vragen", [])],
            doelgroep_koppelingen=[ActiviteitDoelgroep(doelgroep=doelgroepen[d]) for d in data.pop("doel", [])],
            gebied_koppelingen=[ActiviteitGebied(gebied=gebieden[g]) for g in data.pop("geb", [])],
            laatst_gecontroleerd=gecontroleerd[org],
            **{"kosten_toelichting": "", "aanmelden": "niet_nodig", "aanmeld_url": "", "max_deelnemers": None,
               "telefoon": "", "email": "", **locatie, **data},
        )

    vacatures = {}
    for data in VACATURES:
        data = dict(data)
        org, slug = data.pop("org"), data.pop("slug")
        vacatures[slug] = zorg_voor_pagina(
            organisaties[org], VacaturePage, slug,
            kenmerk_koppelingen=[VacatureKenmerk(kenmerk=kenmerken[k]) for k in data.pop("kenm")],
            dimensie_koppelingen=[VacatureDimensie(dimensie=dimensies[d]) for d in data.pop("dim")],
            gebied_koppelingen=[VacatureGebied(gebied=gebieden[g]) for g in data.pop("geb")],
            laatst_gecontroleerd=gecontroleerd[org],
            **{"telefoon": "", "email": "", **data},
        )

    geef_redactie_inzage()
    context.update({
        "kaart": kaart,
        "organisaties": organisaties,
        "aanbod": aanbod,
        "activiteiten": activiteiten,
        "vacatures": vacatures,
        "vragen": vragen,
        "doelgroepen": doelgroepen,
        "gebieden": gebieden,
        "kenmerken": kenmerken,
        "dimensies": dimensies,
    })
    return context
