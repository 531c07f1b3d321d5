"""Test data for the magazine: a small map (organisation, offering, activity, vacancy) and editions."""

import datetime as dt
import io
import json

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from kaart.models import (
    AanbodPage,
    ActiviteitMoment,
    ActiviteitPage,
    Dimensie,
    KaartPage,
    OrganisatiePage,
    VacaturePage,
)
from publicatie.models import DrukInstellingen, EditiePage, LeefArchiefPage
from tests.factories import publiceer


def jpeg(breedte=600, hoogte=400, kleur=(180, 90, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (breedte, hoogte), kleur).save(buffer, "JPEG")
    return buffer.getvalue()


def afbeelding(titel="foto", breedte=600, hoogte=400, alt="Een foto", data=None):
    image = Image(title=titel, description=alt, width=breedte, height=hoogte)
    image.file.save(f"{titel}.jpg", ContentFile(data if data is not None else jpeg(breedte, hoogte)), save=False)
    image.width, image.height = breedte, hoogte
    image.save()
    return image


def kaart(home):
    kaart = publiceer(home, KaartPage(title="Kaart", slug="kaart"))
    org = publiceer(kaart, OrganisatiePage(title="Buurthuis De Schelp", slug="de-schelp",
                                           korte_beschrijving="Het buurthuis van Zeedorp.",
                                           telefoon="0252 123 456", email="info@deschelp.example",
                                           straat="Duinstraat 1", plaats="Zeedorp"))
    aanbod = publiceer(org, AanbodPage(title="Buurtmaaltijd", slug="buurtmaaltijd", wat_is_het="<p>Samen eten.</p>",
                                       korte_beschrijving="Elke dinsdag samen eten voor 5 euro."))
    act = ActiviteitPage(title="Koffieochtend", slug="koffieochtend", korte_beschrijving="Koffie en praten.",
                         locatie_naam="De Schelp")
    act.momenten = [ActiviteitMoment(herhaling="wekelijks", datum=dt.date(2027, 4, 6), begintijd=dt.time(10))]
    act = publiceer(org, act)
    vac = publiceer(org, VacaturePage(title="Kok gezocht", slug="kok", taak="<p>Koken.</p>", tijd="3 uur per week",
                                      korte_beschrijving="Kook mee bij de buurtmaaltijd."))
    return {"kaart": kaart, "org": org, "aanbod": aanbod, "activiteit": act, "vacature": vac}


def openbaar_webadres(site, adres="leefmee-duinwijk.nl"):
    """Printed links and QR codes on the public host: without it the print checks refuse the edition
    (links to localhost do not work on paper)."""
    druk = DrukInstellingen.for_site(site)
    druk.korte_url_basis = adres
    druk.save()


def archief(home):
    return publiceer(home, LeefArchiefPage(title="LEEF", slug="leef"))


def editie(parent, jaar=2027, kwartaal=2, inhoud=(), **velden):
    velden.setdefault("kopij_deadline", dt.date(2027, 2, 15))
    velden.setdefault("thema", Dimensie.objects.filter(sleutel="meedoen").first())
    ruw = json.dumps([{"type": soort, "value": waarde} for soort, waarde in inhoud])
    pagina = EditiePage(title=f"LEEF {jaar}-{kwartaal}", slug=f"{jaar}-{kwartaal}", jaar=jaar, kwartaal=kwartaal,
                        inleiding="<p>Welkom bij deze LEEF.</p>", inhoud=ruw, **velden)
    return publiceer(parent, pagina)


def gemengde_inhoud(data, beeld=None):
    inhoud = [
        ("dimensie", {"dimensie": Dimensie.objects.get(sleutel="meedoen", locale__language_code="nl").pk,
                      "kop": "", "tekst": "<p>Meedoen is belangrijk.</p>"}),
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
