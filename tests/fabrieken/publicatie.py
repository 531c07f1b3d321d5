"""The LEEF magazine: the archive, editions with their content, the print settings, and a small map to fill them."""

import datetime as dt
import json

import factory

from kaart.models import Dimensie
from publicatie.models import DrukInstellingen, EditiePage, LeefArchiefPage

from .basis import PaginaFactory
from .kaart import AanbodFactory, ActiviteitFactory, KaartFactory, OrganisatieFactory, VacatureFactory
from .taxonomie import dimensie


class LeefArchiefFactory(PaginaFactory):
    class Meta:
        model = LeefArchiefPage

    title = "LEEF"
    slug = "leef"


class EditieFactory(PaginaFactory):
    """An edition; `inhoud` takes (block type, value) pairs, as `gemengde_inhoud` returns them."""

    class Meta:
        model = EditiePage

    jaar = 2027
    kwartaal = 2
    title = factory.LazyAttribute(lambda e: f"LEEF {e.jaar}-{e.kwartaal}")
    slug = factory.LazyAttribute(lambda e: f"{e.jaar}-{e.kwartaal}")
    inleiding = "<p>Welkom bij deze LEEF.</p>"
    kopij_deadline = dt.date(2027, 2, 15)
    thema = factory.LazyFunction(lambda: Dimensie.objects.filter(sleutel="meedoen").first())
    inhoud = ()

    @classmethod
    def _create(cls, model_class, *args, inhoud=(), **velden):
        ruw = json.dumps([{"type": soort, "value": waarde} for soort, waarde in inhoud])
        return super()._create(model_class, *args, inhoud=ruw, **velden)


def kleine_kaart(home):
    """A map with one organisation, its offering, a weekly activity and a vacancy: enough for an edition."""
    kaart = KaartFactory(parent=home, title="Kaart")
    org = OrganisatieFactory(parent=kaart, title="Buurthuis De Schelp", slug="de-schelp",
                             korte_beschrijving="Het buurthuis van Zeedorp.", telefoon="0252 123 456",
                             email="info@deschelp.example", straat="Duinstraat 1", plaats="Zeedorp",
                             breedtegraad=None, lengtegraad=None)
    aanbod = AanbodFactory(parent=org, title="Buurtmaaltijd", wat_is_het="<p>Samen eten.</p>",
                           korte_beschrijving="Elke dinsdag samen eten voor 5 euro.", dimensies=())
    act = ActiviteitFactory(parent=org, title="Koffieochtend", korte_beschrijving="Koffie en praten.",
                            locatie_naam="De Schelp", dimensies=(),
                            momenten=[{"herhaling": "wekelijks", "datum": dt.date(2027, 4, 6),
                                       "begintijd": dt.time(10)}])
    vac = VacatureFactory(parent=org, title="Kok gezocht", slug="kok", taak="<p>Koken.</p>", tijd="3 uur per week",
                          korte_beschrijving="Kook mee bij de buurtmaaltijd.", dimensies=())
    return {"kaart": kaart, "org": org, "aanbod": aanbod, "activiteit": act, "vacature": vac}


def openbaar_webadres(site, adres="leefmee-duinwijk.nl"):
    """Printed links and QR codes on the public host: without it the print checks refuse the edition
    (links to localhost do not work on paper)."""
    druk = DrukInstellingen.for_site(site)
    druk.korte_url_basis = adres
    druk.save()


def gemengde_inhoud(data, beeld=None):
    """An edition's content with one block of every kind, built on `kleine_kaart`."""
    inhoud = [
        ("dimensie", {"dimensie": dimensie("meedoen").pk, "kop": "", "tekst": "<p>Meedoen is belangrijk.</p>"}),
        ("aanbod", {"pagina": data["aanbod"].pk}),
        ("aanbod", {"pagina": data["org"].pk}),
        ("agenda", {"kop": "Agenda", "uitsluiten": [], "maximaal": 10}),
        ("vacatures", {"kop": "Vrijwilliger worden?", "vacatures": [data["vacature"].pk], "maximaal": 6}),
        ("tekst", {"kop": "Column van de redactie", "tekst": "<p>Een lange tekst. " * 40 + "</p>",
                   "auteur": "De redactie"}),
    ]
    if beeld is not None:
        inhoud.append(("beeld", {"afbeelding": {"image": beeld.pk, "alt_text": "", "decorative": False},
                                 "onderschrift": "Een foto", "paginabreed": True}))
    return inhoud
