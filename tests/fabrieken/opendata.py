"""A small directory for the open data tests: every kind of taxonomy link, and contact details that are
private (a contact person, a vacancy's contact) next to public ones, so a leak shows."""

import datetime as dt

from .kaart import AanbodFactory, ActiviteitFactory, KaartFactory, OrganisatieFactory, VacatureFactory
from .taxonomie import DoelgroepFactory, GebiedFactory, KenmerkFactory, LevensvraagFactory, dimensie


def taxonomie():
    return {
        "dimensie": dimensie("meedoen"),
        "vraag": LevensvraagFactory(naam="Ik voel me alleen", slug="alleen"),
        "doelgroep": DoelgroepFactory(naam="Jeugd", slug="jeugd"),
        "gebied": GebiedFactory(naam="Zeedorp", slug="zeedorp"),
        "kenmerk": KenmerkFactory(naam="Eten", slug="eten"),
    }


def organisatie(kaart_page, tax, n=0, **extra):
    return OrganisatieFactory(
        parent=kaart_page, title=f"Buurthuis De Schelp {n}", slug=f"schelp-{n}",
        korte_beschrijving="Een huis voor de buurt.", beschrijving="<p>Je bent welkom voor koffie.</p>",
        telefoon="0252 123 456", email="info@schelp.example", website="https://schelp.example",
        straat="Duinweg 1", postcode="2200 AA", plaats="Duinwijk",
        contactpersoon_naam="Geheime Gerda", contactpersoon_email="gerda.prive@example.org",
        contactpersoon_telefoon="06 99 88 77 66", openingstijden=[(1, dt.time(9), dt.time(17))],
        gebieden=[tax["gebied"]], **extra,
    )


def aanbod(org, tax, n=0, publiceren=True, **extra):
    velden = dict(
        title=f"Maatjesproject {n}", slug=f"maatjes-{n}", korte_beschrijving="Een maatje om samen iets te doen.",
        wat_is_het="<p>Een vrijwilliger komt bij je langs.</p>", voor_wie="<p>Voor iedereen die alleen is.</p>",
        kosten="gratis", kosten_toelichting="Koffie gratis", talen="Nederlands, Engels",
        verwijzing_nodig=True, verwijzing_waar="bij je huisarts", dimensies=[tax["dimensie"]],
        vragen=[tax["vraag"]], doelgroepen=[tax["doelgroep"]], gebieden=[tax["gebied"]],
    )
    return AanbodFactory(parent=org, publiceren=publiceren, **{**velden, **extra})


def activiteit(org, tax, n=0, **extra):
    velden = dict(
        title=f"Samen eten {n}", slug=f"eten-{n}", korte_beschrijving="Elke dinsdag samen eten.",
        beschrijving="<p>We koken samen.</p>", kosten="betaald", kosten_toelichting="€ 5 per keer",
        straat="Zeeweg 3", postcode="2201 BB", plaats="Zeedorp",
        momenten=[{"herhaling": "wekelijks", "datum": dt.date(2026, 1, 6), "begintijd": dt.time(17),
                   "eindtijd": dt.time(19)}],
        dimensies=[tax["dimensie"]], kenmerken=[tax["kenmerk"]],
    )
    return ActiviteitFactory(parent=org, **{**velden, **extra})


def vacature(org, n=0):
    return VacatureFactory(parent=org, title=f"Vrijwilliger koffie {n}", slug=f"vrijwilliger-{n}",
                           korte_beschrijving="Schenk koffie.", taak="<p>Koffie schenken.</p>", tijd="2 uur per week",
                           contact_naam="Vera Vertrouwelijk", dimensies=())


def directory(home):
    """A KaartPage with one organisation, an offering, an activity and a vacancy."""
    k = KaartFactory(parent=home, title="Kaart")
    tax = taxonomie()
    org = organisatie(k, tax)
    return {"kaart": k, "tax": tax, "org": org, "aanbod": aanbod(org, tax), "activiteit": activiteit(org, tax),
            "vacature": vacature(org)}
