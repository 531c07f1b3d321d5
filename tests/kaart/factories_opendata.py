"""Test data for the open data tests: a small directory with every kind of taxonomy link."""

import datetime as dt

import factory
from wagtail.models import Locale

from kaart.models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodGebied,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitKenmerk,
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
from tests.factories import publiceer


class SnippetFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)
    naam = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")


class DoelgroepFactory(SnippetFactory):
    class Meta:
        model = Doelgroep


class GebiedFactory(SnippetFactory):
    class Meta:
        model = Gebied


class KenmerkFactory(SnippetFactory):
    class Meta:
        model = Kenmerk


class LevensvraagFactory(SnippetFactory):
    class Meta:
        model = Levensvraag

    dimensie = factory.LazyFunction(lambda: Dimensie.objects.get(sleutel="meedoen", locale=Locale.get_default()))


def kaart(home):
    return publiceer(home, KaartPage(title="Kaart", slug="kaart"))


def taxonomie():
    return {
        "dimensie": Dimensie.objects.get(sleutel="meedoen", locale=Locale.get_default()),
        "vraag": LevensvraagFactory(naam="Ik voel me alleen", slug="alleen"),
        "doelgroep": DoelgroepFactory(naam="Jeugd", slug="jeugd"),
        "gebied": GebiedFactory(naam="Zeedorp", slug="zeedorp"),
        "kenmerk": KenmerkFactory(naam="Eten", slug="eten"),
    }


def organisatie(kaart_page, tax, n=0, **extra):
    org = OrganisatiePage(
        title=f"Buurthuis De Schelp {n}", slug=f"schelp-{n}", korte_beschrijving="Een huis voor de buurt.",
        beschrijving="<p>Je bent welkom voor koffie.</p>", telefoon="0252 123 456", email="info@schelp.example",
        website="https://schelp.example", straat="Duinweg 1", postcode="2200 AA", plaats="Duinwijk",
        breedtegraad="52.240000", lengtegraad="4.440000",
        contactpersoon_naam="Geheime Gerda", contactpersoon_email="gerda.prive@example.org",
        contactpersoon_telefoon="06 99 88 77 66",
        openingstijden=[Openingstijd(dag=1, open=dt.time(9), dicht=dt.time(17))],
        gebied_koppelingen=[OrganisatieGebied(gebied=tax["gebied"])],
        **extra,
    )
    return publiceer(kaart_page, org)


def aanbod(org, tax, n=0, publiceren=True, **extra):
    velden = dict(
        title=f"Maatjesproject {n}", slug=f"maatjes-{n}", korte_beschrijving="Een maatje om samen iets te doen.",
        wat_is_het="<p>Een vrijwilliger komt bij je langs.</p>", voor_wie="<p>Voor iedereen die alleen is.</p>",
        kosten="gratis", kosten_toelichting="Koffie gratis", talen="Nederlands, Engels",
        verwijzing_nodig=True, verwijzing_waar="bij je huisarts",
        dimensie_koppelingen=[AanbodDimensie(dimensie=tax["dimensie"])],
        vraag_koppelingen=[AanbodVraag(vraag=tax["vraag"])],
        doelgroep_koppelingen=[AanbodDoelgroep(doelgroep=tax["doelgroep"])],
        gebied_koppelingen=[AanbodGebied(gebied=tax["gebied"])],
    )
    velden.update(extra)
    page = AanbodPage(**velden)
    if publiceren:
        return publiceer(org, page)
    page.live = False
    org.add_child(instance=page)
    page.save_revision()
    return page


def activiteit(org, tax, n=0, **extra):
    velden = dict(
        title=f"Samen eten {n}", slug=f"eten-{n}", korte_beschrijving="Elke dinsdag samen eten.",
        beschrijving="<p>We koken samen.</p>", kosten="betaald", kosten_toelichting="€ 5 per keer",
        straat="Zeeweg 3", postcode="2201 BB", plaats="Zeedorp",
        momenten=[ActiviteitMoment(herhaling="wekelijks", datum=dt.date(2026, 1, 6), begintijd=dt.time(17),
                                   eindtijd=dt.time(19))],
        dimensie_koppelingen=[ActiviteitDimensie(dimensie=tax["dimensie"])],
        kenmerk_koppelingen=[ActiviteitKenmerk(kenmerk=tax["kenmerk"])],
    )
    velden.update(extra)
    return publiceer(org, ActiviteitPage(**velden))


def vacature(org, n=0):
    return publiceer(org, VacaturePage(
        title=f"Vrijwilliger koffie {n}", slug=f"vrijwilliger-{n}", korte_beschrijving="Schenk koffie.",
        taak="<p>Koffie schenken.</p>", tijd="2 uur per week", contact_naam="Vera Vertrouwelijk",
    ))


def directory(home):
    """A KaartPage with one organisation, an offering, an activity and a vacancy."""
    k = kaart(home)
    tax = taxonomie()
    org = organisatie(k, tax)
    return {"kaart": k, "tax": tax, "org": org, "aanbod": aanbod(org, tax), "activiteit": activiteit(org, tax),
            "vacature": vacature(org)}
