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

from .inhoud import items
from .pdf.beelden import dpi_bij

FOUT, WAARSCHUWING, INFO = "fout", "waarschuwing", "info"

# Rough capacity of a two-column A4 page in characters of body text (9.5/13.5 pt serif).
TEKENS_PER_PAGINA = 7000
MAX_KAARTJE_TEKENS = 400


@dataclass
class Bevinding:
    niveau: str
    tekst: str
    pagina: object = None


def _tekstlengte(p):
    from .inhoud import alineas_uit_html

    n = 0
    for blok in getattr(getattr(p, "body", None), "raw_data", []) or []:
        if blok.get("type") == "alinea":
            n += sum(len(a) for a in alineas_uit_html(blok.get("value")))
    return n


def _beeld(bevindingen, image, alt, breedte_pt, waar, min_dpi):
    if image is None:
        return
    if not (alt or "").strip():
        bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: de afbeelding '%(naam)s' heeft geen alt-tekst.")
                                     % {"waar": waar, "naam": image.title}))
    try:
        with image.open_file() as f:
            f.read(16)
    except (OSError, ValueError):
        bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: het bestand van afbeelding '%(naam)s' ontbreekt. "
                                                     "In de PDF komt een grijs vlak.") % {"waar": waar,
                                                                                          "naam": image.title}))
        return
    dpi = dpi_bij(image.width, breedte_pt)
    if dpi < min_dpi:
        bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: afbeelding '%(naam)s' is te klein voor druk "
                                                     "(%(dpi)d dpi, minimaal %(min)d).")
                                     % {"waar": waar, "naam": image.title, "dpi": dpi, "min": min_dpi}))


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
    kolom = g.kolombreedte(2)
    totaal_tekens = 0
    beeld_ids = [(i.waarde.get("afbeelding") or {}).get("image") for i in alle if i.soort == "beeld"]
    images = {im.pk: im for im in get_image_model().objects.filter(pk__in=[b for b in beeld_ids if b])}
    for nummer, item in enumerate(alle, start=1):
        waar = _("Sectie %(n)d") % {"n": nummer}
        paginas = item.pagina if isinstance(item.pagina, list) else [item.pagina]
        if item.soort in ("verhaal", "aanbod") and item.pagina is None:
            bevindingen.append(Bevinding(FOUT, _("%(waar)s: de gekozen pagina bestaat niet meer.") % {"waar": waar}))
            continue
        for p in paginas:
            if p is None:
                continue
            if not p.live:
                bevindingen.append(Bevinding(FOUT, _("%(waar)s: '%(titel)s' is niet gepubliceerd.")
                                             % {"waar": waar, "titel": p.title}, p))
            elif p.has_unpublished_changes:
                bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: '%(titel)s' heeft wijzigingen die nog niet "
                                                             "gepubliceerd zijn.") % {"waar": waar, "titel": p.title},
                                             p))
            if p.live and gekozen_op and p.last_published_at and p.last_published_at > gekozen_op:
                bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: '%(titel)s' is gewijzigd nadat de editie "
                                                             "is opgeslagen. Lees de tekst opnieuw en sla de editie "
                                                             "op.") % {"waar": waar, "titel": p.title}, p))
            if len(getattr(p, "korte_beschrijving", "") or "") > MAX_KAARTJE_TEKENS:
                bevindingen.append(Bevinding(WAARSCHUWING, _("%(waar)s: de korte beschrijving van '%(titel)s' is te "
                                                             "lang voor een kaartje.") % {"waar": waar,
                                                                                          "titel": p.title}, p))
        if item.soort == "verhaal" and item.pagina is not None:
            p = item.pagina
            portret = getattr(p, "portret", None)
            if portret is None:
                bevindingen.append(Bevinding(INFO, _("%(waar)s: het verhaal heeft geen portret.") % {"waar": waar}))
            _beeld(bevindingen, portret, getattr(p, "portret_alt_tekst", ""), kolom, waar, g.min_dpi)
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
            breedte = (g.bleedbox[2] - g.bleedbox[0]) if item.waarde.get("paginabreed") else kolom
            alt = "-" if a.get("decorative") else (a.get("alt_text") or im.description)
            _beeld(bevindingen, im, alt, breedte, waar, g.min_dpi)
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


def is_klaar(bevindingen):
    return not any(b.niveau == FOUT for b in bevindingen)
