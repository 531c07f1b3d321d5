"""The social map's demo content: the promised amounts, in the right places (idempotency of the whole
demo, these rows included: tests/demo/test_laden.py)."""

import datetime as dt

import pytest

from home import demo as home_demo
from kaart import demo as kaart_demo
from kaart.herhaling import voorkomens
from kaart.models import (
    AanbodPage,
    AanbodVraag,
    ActiviteitMoment,
    ActiviteitPage,
    Dimensie,
    Doelgroep,
    Gebied,
    KaartPage,
    Kenmerk,
    Levensvraag,
    Openingstijd,
    OrganisatieGebied,
    OrganisatiePage,
    VacaturePage,
)

pytestmark = pytest.mark.django_db


def laad_kaart_demo():
    home_demo.laad_locales()
    site, home = home_demo.laad_startpagina()
    context = {"site": site, "home": home}
    kaart_demo.laad(context)
    return context


def tel():
    return {
        model.__name__: model.objects.count()
        for model in (KaartPage, OrganisatiePage, AanbodPage, ActiviteitPage, VacaturePage, Levensvraag, Doelgroep,
                      Gebied, Kenmerk, Openingstijd, ActiviteitMoment, AanbodVraag, OrganisatieGebied)
    }


def test_demo_builds_the_promised_directory(vandaag):
    context = laad_kaart_demo()  # on the vandaag clock: the demo's dates are relative to the day it is loaded
    eerste = tel()
    assert eerste["KaartPage"] == 1
    assert 14 <= eerste["OrganisatiePage"] <= 16
    assert 38 <= eerste["AanbodPage"] <= 45
    assert 18 <= eerste["ActiviteitPage"] <= 24
    assert 7 <= eerste["VacaturePage"] <= 10
    assert eerste["Doelgroep"] == 7 and eerste["Kenmerk"] == 8 and eerste["Gebied"] == 5

    # Context for later demo modules (stories, magazine, partners).
    kaart = context["kaart"]
    assert kaart.slug == "kaart" and kaart.title == "Sociale kaart" and kaart.live
    assert kaart.get_parent().pk == context["home"].pk
    for sleutel in ("organisaties", "aanbod", "activiteiten", "vacatures", "vragen", "doelgroepen", "gebieden",
                    "kenmerken"):
        assert context[sleutel], sleutel
    assert context["vragen"]["ik-voel-me-vaak-alleen"].naam == "Ik voel me vaak alleen"

    controleer_taxonomie()
    controleer_paginas(context, vandaag)
    # The demo editors may read contact requests in the admin.
    from django.contrib.auth.models import Group

    assert Group.objects.get(name="Editors").permissions.filter(codename="view_contactverzoek").exists()


# Loading the demo takes seconds, so one test loads it and these helpers check its parts.
def controleer_taxonomie():
    for dimensie in Dimensie.objects.all():
        assert 3 <= dimensie.levensvragen.count() <= 5, dimensie.sleutel
    assert Levensvraag.objects.filter(populair=True).count() >= 4


def controleer_paginas(context, vandaag):
    organisaties = list(OrganisatiePage.objects.all())
    assert all(o.heeft_coordinaten and o.live for o in organisaties)
    assert {o.plaats for o in organisaties} == {"Duinwijk", "Zeedorp", "Polderveen", "Bollenhoek"}
    assert all(52.2 < float(o.breedtegraad) < 52.3 and 4.38 < float(o.lengtegraad) < 4.5 for o in organisaties)

    oud = [o for o in organisaties if o.laatst_gecontroleerd < vandaag - dt.timedelta(days=240)]
    assert len(oud) == 1  # the one the partners' review reminder is about

    aanbod = list(AanbodPage.objects.all())
    assert all(a.wat_is_het and a.voor_wie and a.aanmelden for a in aanbod)
    assert any(a.verwijzing_nodig for a in aanbod) and any(a.kosten == "gratis" for a in aanbod)
    assert all(a.dimensie_koppelingen.exists() for a in aanbod)

    # The agenda is never empty: every activity has a date in the coming five weeks.
    for activiteit in ActiviteitPage.objects.prefetch_related("momenten"):
        data = voorkomens(activiteit.momenten.all(), vandaag, vandaag + dt.timedelta(days=35))
        assert data, activiteit.slug
    assert ActiviteitPage.objects.filter(aanmelden="formulier", max_deelnemers__isnull=False).exists()
    assert context["activiteiten"]["taalcafe"].get_parent().specific.slug == "taalcafe-vluchtelingenwerk-duinwijk"
