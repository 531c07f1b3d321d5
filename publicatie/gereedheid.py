"""Readiness check of an edition: is it ready for the printer?

"Changed since chosen": a chosen page counts as changed when it was published after the edition's
latest revision was saved (`latest_revision_created_at`), i.e. after the editor last saved the
edition with this page in it. Re-saving the edition after checking the text clears the finding.
This uses Wagtail's own revision timestamps and needs nothing stored in the blocks.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from leefmee.zichtbaarheid import is_afgeschermd

from .inhoud import is_lokaal_adres, items, platte_tekst
from .pdf.beelden import plaatsmaat, ppi_bij

FOUT, WAARSCHUWING, INFO = "fout", "waarschuwing", "info"

# Rough capacity of a two-column A4 page in characters of body text (10.5/14.5 pt serif).
TEKENS_PER_PAGINA = 5600


@dataclass
class Bevinding:
    niveau: str
    tekst: str
    pagina: object = None


def _tekstlengte(verhaal):
    """Characters of the story's paragraphs (a VerhaalPage always has a body, maybe empty)."""
    n = 0
    for blok in verhaal.body.raw_data:
        if blok.get("type") == "alinea":
            n += len(platte_tekst(blok.get("value")))
    return n


def _paginas(item):
    """The pages chosen in a section: a vacancy section's list, else its one page if it has one."""
    if isinstance(item.pagina, list):
        return item.pagina
    return [item.pagina] if item.pagina is not None else []


def _beeld(bevindingen, image, alt, maat, waar, min_ppi, verkleinbaar=True):
    """Alt text, the file, and the resolution at the size the photo is placed at (pdf/beelden.py).
    The photo covers its box; a box with the photo's own proportions it covers exactly. `alt` is
    always text: the alt text properties and the image block give "" when there is none."""
    if image is None:
        return
    if not alt.strip():
        bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: de afbeelding '%(naam)s' heeft geen alt-tekst.")
                                     % {"waar": waar, "naam": image.title}))
    try:
        with image.open_file() as f:
            f.read(16)
    except (OSError, ValueError):
        bevindingen.append(Bevinding(FOUT, _("%(waar)s: het bestand van afbeelding '%(naam)s' ontbreekt. "
                                             "In de PDF komt een grijs vlak.") % {"waar": waar, "naam": image.title}))
        return
    geplaatst = plaatsmaat(image.width, image.height, *maat, ppi=min_ppi) if verkleinbaar else maat
    ppi = ppi_bij(image.width, image.height, *geplaatst)
    if ppi < min_ppi - 0.5:
        bevindingen.append(Bevinding(FOUT, _("%(waar)s: afbeelding '%(naam)s' is te klein voor druk "
                                             "(%(dpi)d ppi op de gedrukte maat, minimaal %(min)d). Lever een foto "
                                             "met meer pixels aan.")
                                     % {"waar": waar, "naam": image.title, "dpi": ppi, "min": min_ppi}))
    elif geplaatst[0] < maat[0] - 0.5:
        bevindingen.append(Bevinding(INFO, _("%(waar)s: afbeelding '%(naam)s' wordt kleiner gedrukt (%(mm)d mm "
                                             "breed) om scherp te blijven.")
                                     % {"waar": waar, "naam": image.title, "mm": geplaatst[0] / 72 * 25.4}))


def _drukcontroles(editie, alle, bevindingen):
    """What a print shop checks beyond the photos: links on the public host, every page in the
    edition's language, nothing cut off silently."""
    from .inhoud import activiteiten, korte_url_basis
    from .inhoud_agenda import agenda_regels

    basis = korte_url_basis(editie.get_site())
    if is_lokaal_adres(basis):
        bevindingen.append(Bevinding(FOUT, _("Links en QR-codes wijzen naar '%(adres)s'. Dat adres werkt niet "
                                             "voor lezers. Vul bij Instellingen > Drukinstellingen LEEF het "
                                             "openbare webadres in.") % {"adres": basis}))
    for nummer, item in enumerate(alle, start=1):
        for p in _paginas(item):
            if p.locale_id != editie.locale_id:
                bevindingen.append(Bevinding(FOUT, _("Sectie %(n)d: '%(titel)s' is in een andere taal (%(taal)s) dan "
                                                     "de editie. Kies de pagina in de taal van de editie.")
                                             % {"n": nummer, "titel": p.title, "taal": p.locale.language_code}, p))
        if item.soort == "agenda":
            w = item.waarde
            maximaal = w.get("maximaal") or 40
            uit = [u.get("value") if isinstance(u, dict) else u for u in w.get("uitsluiten") or []]
            regels = agenda_regels(editie, activiteiten(editie, uit))
            if regels.totaal > maximaal:
                bevindingen.append(Bevinding(FOUT, _("Sectie %(n)d: de agenda heeft %(totaal)d regels, maar er mogen "
                                                     "er %(max)d in. Verhoog het maximum of sluit activiteiten uit; "
                                                     "anders valt er een deel weg.")
                                             % {"n": nummer, "totaal": regels.totaal, "max": maximaal}))


def controleer(editie, vandaag=None):
    """A list of findings, errors first."""
    from wagtail.images import get_image_model

    from .inhoud import geometrie

    vandaag = vandaag or dt.date.today()
    g = geometrie(editie.get_site())
    bevindingen = []
    gekozen_op = editie.latest_revision_created_at
    alle = items(editie)
    if not alle:
        bevindingen.append(Bevinding(FOUT, _("De editie heeft nog geen inhoud.")))
    _beeld(bevindingen, editie.foto, editie.foto_alt_tekst, g.omslag_foto[2:], _("Omslag"), g.min_dpi,
           verkleinbaar=False)  # without a cover photo: nothing to check
    totaal_tekens = 0
    beeld_ids = [(i.waarde.get("afbeelding") or {}).get("image") for i in alle if i.soort == "beeld"]
    images = {im.pk: im for im in get_image_model().objects.filter(pk__in=[b for b in beeld_ids if b])}
    for nummer, item in enumerate(alle, start=1):
        waar = _("Sectie %(n)d") % {"n": nummer}
        if item.soort in ("verhaal", "aanbod") and item.pagina is None:
            bevindingen.append(Bevinding(FOUT, _("%(waar)s: de gekozen pagina bestaat niet meer.") % {"waar": waar}))
            continue
        for p in _paginas(item):
            if not p.live:
                bevindingen.append(Bevinding(FOUT, _("%(waar)s: '%(titel)s' is niet gepubliceerd.")
                                             % {"waar": waar, "titel": p.title}, p))
            elif is_afgeschermd(p):
                # drukbaar() leaves it out of print and online contents: say so before the printer does.
                bevindingen.append(Bevinding(FOUT, _("%(waar)s: '%(titel)s' is afgeschermd (alleen te zien met "
                                                     "inloggen of een wachtwoord). Afgeschermde pagina's komen niet "
                                                     "in het blad en niet online bij de editie. Haal de afscherming "
                                                     "weg of kies een andere pagina.")
                                             % {"waar": waar, "titel": p.title}, p))
            elif p.has_unpublished_changes:
                bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: '%(titel)s' heeft wijzigingen die nog niet "
                                                             "gepubliceerd zijn.") % {"waar": waar, "titel": p.title},
                                             p))
            if p.live and gekozen_op and p.last_published_at and p.last_published_at > gekozen_op:
                bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: '%(titel)s' is gewijzigd nadat de editie "
                                                             "is opgeslagen. Lees de tekst opnieuw en sla de editie "
                                                             "op.") % {"waar": waar, "titel": p.title}, p))
        if item.soort == "verhaal":
            p = item.pagina  # a VerhaalPage (the block's chooser takes only stories); a deleted one was skipped
            portret = p.portret
            if portret is None:
                bevindingen.append(Bevinding(INFO, _("%(waar)s: het verhaal heeft geen portret.") % {"waar": waar}))
            if p.toestemming_op is None:
                bevindingen.append(Bevinding(FOUT, _("%(waar)s: de toestemming van %(naam)s voor publicatie is niet "
                                                     "vastgelegd. Vul in het verhaal 'Toestemming gegeven op' in.")
                                             % {"waar": waar, "naam": p.voornaam}, p))
            _beeld(bevindingen, portret, p.portret_alt_tekst, g.portret_maat, waar, g.min_dpi)
            lengte = _tekstlengte(p)
            totaal_tekens += lengte
            if lengte > 2 * TEKENS_PER_PAGINA:
                bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: het verhaal is lang (ongeveer %(n)d "
                                                             "pagina's). Kort het in of kies een ander verhaal.")
                                             % {"waar": waar, "n": round(lengte / TEKENS_PER_PAGINA + 0.5)}, p))
        if item.soort == "beeld":
            a = item.waarde.get("afbeelding") or {}
            im = images.get(a.get("image"))
            if im is None:
                bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: de afbeelding is verwijderd. In de PDF komt "
                                                             "een grijs vlak.") % {"waar": waar}))
                continue
            alt = "-" if a.get("decorative") else (a.get("alt_text") or im.description)
            if item.waarde.get("paginabreed"):
                _beeld(bevindingen, im, alt, g.afloop_maat, waar, g.min_dpi, verkleinbaar=False)
            else:
                breedte = g.tekstvlak[2]
                # The column's width, at most 55 % of the type area high (an image has at least 1 pixel).
                hoogte = min(breedte * im.height / im.width, g.tekstvlak[3] * 0.55)
                _beeld(bevindingen, im, alt, (hoogte * im.width / im.height, hoogte), waar, g.min_dpi)
    _drukcontroles(editie, alle, bevindingen)
    if totaal_tekens:
        bevindingen.append(Bevinding(INFO, _("Verhalen samen: ongeveer %(n)d pagina's tekst.")
                                     % {"n": round(totaal_tekens / TEKENS_PER_PAGINA + 0.5)}))
    if editie.kopij_deadline:
        if editie.kopij_deadline < vandaag:
            bevindingen.append(Bevinding(INFO, _("De deadline voor kopij is verstreken (%(datum)s).")
                                         % {"datum": date_format(editie.kopij_deadline)}))
        else:
            bevindingen.append(Bevinding(INFO, _("Nog %(n)d dagen tot de deadline voor kopij (%(datum)s).")
                                         % {"n": (editie.kopij_deadline - vandaag).days,
                                            "datum": date_format(editie.kopij_deadline)}))
    else:
        bevindingen.append(Bevinding(WAARSCHUWING, _("Er is nog geen deadline voor kopij.")))
    volgorde = {FOUT: 0, WAARSCHUWING: 1, INFO: 2}
    return sorted(bevindingen, key=lambda b: volgorde[b.niveau])
