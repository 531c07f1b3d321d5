"""Demo: the LEEF archive with one appeared edition (with its PDF) and one in planning."""

import datetime as dt
import json
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from kaart.models import Dimensie
from leefmee.demo import zorg_voor_afbeelding, zorg_voor_pagina

from .models import DrukInstellingen, EditieArtikel, EditiePage, LeefArchiefPage, seizoen
from .workflow import zorg_voor_workflow

DEMO_WEBADRES = "leefmee-duinwijk.nl"
# The cover photo: CC0, with its source in demo_beelden/CREDITS.md; 2600 px wide, enough for the
# cover at 300 ppi (216 x 130 mm).
OMSLAG = Path(__file__).resolve().parent / "demo_beelden" / "steiger-bij-zonsondergang.jpg"
OMSLAG_ALT = "Foto van een houten steiger in stil water, bij zonsondergang. De lucht is paars en oranje."


def _fotoverantwoording(context):
    """The colophon's photo credit, from demo_beelden/CREDITS.md and verhalen/demo_portretten/CREDITS.md;
    the portraits only when the stories (with their portraits) are in the edition."""
    credit = "Omslag: Unsplash (CC0)."
    if context.get("verhalen"):
        credit += " Portretten: inter-faces (CC0). De mensen op de portretten zijn modellen."
    return credit


def _inhoud(context, thema):
    aanbod = list((context.get("aanbod") or {}).values())
    vacatures = list((context.get("vacatures") or {}).values())
    # Stories come from verhalen.demo when that app's demo ran before this one (optional).
    verhalen = list((context.get("verhalen") or {}).values())
    blokken = []
    if thema:
        blokken.append({"type": "dimensie", "value": {"dimensie": thema.pk, "kop": "",
                                                      "tekst": "<p>Erbij horen doet je goed. In deze LEEF lees je waar je "
                                                               "in Duinwijk terecht kunt om mee te doen.</p>"}})
    for pagina in verhalen[:2]:
        blokken.append({"type": "verhaal", "value": {"verhaal": pagina.pk}})
    for pagina in aanbod[:3]:
        blokken.append({"type": "aanbod", "value": {"pagina": pagina.pk}})
    blokken.append({"type": "agenda", "value": {"kop": "Agenda", "uitsluiten": [], "maximaal": 30}})
    blokken.append({"type": "vacatures", "value": {"kop": "Vrijwilliger worden?",
                                                   "vacatures": [v.pk for v in vacatures[:2]], "maximaal": 4}})
    blokken.append({"type": "tekst", "value": {
        "kop": "Column: samen is het leuker",
        "tekst": "<p>Vorige week zat ik bij de koffieochtend in Zeedorp. Er was een man die voor het eerst kwam. "
                 "Hij zei weinig. Na een uur lachte hij om een grap van de buurvrouw. Zo gaat dat.</p>"
                 "<p>Wil je ook eens komen? Kijk in de agenda. Je hoeft je niet aan te melden.</p>",
        "auteur": "De redactie van LEEF"}})
    return json.dumps(blokken)


def laad(context):
    home = context["home"]
    archief = zorg_voor_pagina(home, LeefArchiefPage, "leef", title="LEEF", show_in_menus=True,
                               intro="<p>Vier keer per jaar valt LEEF bij je op de mat. Hier lees je alle edities online.</p>")
    zorg_voor_workflow(archief)
    # Printed links and QR codes need a host residents can open: the fictional municipality's
    # public address (an editor's own setting is kept).
    site = home.get_site()
    if site is not None:
        druk = DrukInstellingen.for_site(site)
        if not druk.korte_url_basis:
            druk.korte_url_basis = DEMO_WEBADRES
            druk.save(update_fields=["korte_url_basis"])
    meedoen = Dimensie.objects.filter(sleutel="meedoen", locale_id=home.locale_id).first()
    lichaam = Dimensie.objects.filter(sleutel="lichaam", locale_id=home.locale_id).first()
    # The appeared edition is the current quarter, the one in planning the next: the agenda of the
    # demo map (dates relative to today) then fills both.
    vandaag = timezone.localdate()
    jaar, kwartaal = vandaag.year, (vandaag.month - 1) // 3 + 1
    volgend_jaar, volgend_kwartaal = (jaar, kwartaal + 1) if kwartaal < 4 else (jaar + 1, 1)
    begin = dt.date(jaar, 3 * kwartaal - 2, 1)
    verschenen = zorg_voor_pagina(
        archief, EditiePage, f"{seizoen(kwartaal)}-{jaar}", title=f"LEEF {seizoen(kwartaal)} {jaar}", jaar=jaar,
        kwartaal=kwartaal, thema=meedoen, kopij_deadline=begin - dt.timedelta(days=45),
        drukdatum=begin - dt.timedelta(days=30),
        inleiding="<p>Deze keer gaat LEEF over meedoen. Je leest waar je mensen ontmoet en hoe je kunt helpen.</p>",
        inhoud=_inhoud(context, meedoen),
        foto=zorg_voor_afbeelding("Omslag: steiger bij zonsondergang", OMSLAG, OMSLAG_ALT), foto_alt="",
        fotoverantwoording=_fotoverantwoording(context),
    )
    volgend_begin = dt.date(volgend_jaar, 3 * volgend_kwartaal - 2, 1)
    planning = zorg_voor_pagina(
        archief, EditiePage, f"{seizoen(volgend_kwartaal)}-{volgend_jaar}",
        title=f"LEEF {seizoen(volgend_kwartaal)} {volgend_jaar}", jaar=volgend_jaar, kwartaal=volgend_kwartaal,
        thema=lichaam, kopij_deadline=volgend_begin - dt.timedelta(days=45),
        drukdatum=volgend_begin - dt.timedelta(days=30),
        inleiding="<p>Bewegen is goed voor je lijf en je hoofd. Het kan ook binnen, en samen is het leuker.</p>",
        inhoud=_inhoud(context, lichaam),
    )
    # The appeared edition gets its PDF and its appearances (once; the PDF is kept on later runs).
    if verschenen.pdf_id is None:
        from .pdf.bouwer import bouw_editie_pdf
        from .views import markeer_verschenen

        data, _resultaat = bouw_editie_pdf(verschenen, invariant=True)
        document = get_document_model()(title=f"{verschenen.title} (drukklaar)")
        document.file.save(f"leef-{jaar}-{kwartaal}.pdf", ContentFile(data), save=False)
        document.save()
        verschenen.pdf = document
        markeer_verschenen(verschenen, datum=begin)
    _plan_artikelen(context, planning)
    context["leef"] = {"archief": archief, "verschenen": verschenen, "planning": planning}


def _plan_artikelen(context, editie):
    """The board of the edition in planning: a few articles in different stages (once)."""
    if editie.artikelen.exists():
        return
    organisaties = list((context.get("organisaties") or {}).values())
    redacteur = (context.get("gebruikers") or {}).get("redacteur")
    rijen = [
        ("Bewegen in de buurt: wandelen met de fysiotherapeut", EditieArtikel.Status.GEVRAAGD, 1.5, 0),
        ("Column: binnen sporten als het regent", EditieArtikel.Status.BINNEN, 1, 1),
        ("Verhaal: weer fietsen na een knieoperatie", EditieArtikel.Status.IDEE, 2, None),
    ]
    for titel, status, paginas, org in rijen:
        partner = organisaties[org] if org is not None and len(organisaties) > org else None
        EditieArtikel.objects.create(editie=editie, titel=titel, status=status, paginas=paginas, partner=partner,
                                     partner_email="" if partner is None or partner.email
                                     or partner.contactpersoon_email else "redactie@leefmee.example",
                                     eigenaar=redacteur)
