"""Build the print-ready PDF: page templates on the print geometry, the cover, contents, sections,
designed pages up to a multiple of four, and the colophon on the back.

The build runs twice: the first pass learns on which page every section starts (for the cover
teasers and the contents) and how many pages the content takes; the second pass prints the page
numbers and adds exactly the designed pages needed to reach a multiple of four. The result is then
made PDF/X-4 (pdfx.py).
"""

import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from . import onderdelen as o
from .beelden import ruim_cache_op
from .pagina import Geometrie, snijtekens
from .pdfx import maak_pdfx
from .secties import SECTIES
from .stijlen import GRIJS, KLEINSTE_PT, SANS, SANS_VET, WIT, stijlen
from .vakken import nieuwe_pagina
from .voorwerk import colofon, inhoudspagina, omslag, restvak, vulpaginas

# Without the C accelerator reportlab spends most of an image-heavy build ASCII85-encoding
# images; binary streams are valid PDF and what printers get anyway.
rl_config.useA85 = 0

# How much room a section needs at the foot of a page before it starts there (its CondPageBreak);
# None: it always starts a new page. The rest of a page above that is filled with a designed box.
NODIG = {o.Verhaal: 0.55, list: 0.3, o.Vacatures: 0.45, o.Agenda: 0.33, o.Tekst: 0.12,
         o.Dimensie: None, o.BeeldSectie: None}


@dataclass
class Resultaat:
    paginas: int = 0
    meldingen: list = field(default_factory=list)


class EditieDocument(BaseDocTemplate):
    def __init__(self, uitvoer, editie: o.Editie, g: Geometrie, ctx, invariant=False):
        self.editie, self.g, self.ctx = editie, g, ctx
        super().__init__(
            uitvoer, pagesize=g.mediabox, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
            trimBox=g.trimbox, bleedBox=g.bleedbox, initialFontName=SANS, initialFontSize=KLEINSTE_PT,
            invariant=invariant, title=editie.titel, author=editie.site_naam, subject=editie.magazine,
            creator="LEEF MEE", enforceColorSpace="cmyk", pageCompression=1,
        )
        tx, ty, tw, th = g.tekstvlak
        vlak = lambda naam: [Frame(tx, ty, tw, th, id=naam, leftPadding=0, rightPadding=0,  # noqa: E731
                                   topPadding=0, bottomPadding=0)]
        # One template: the cover, full-bleed images and coloured pages mark themselves (vakken.Markeer)
        # and the footer follows those marks.
        self.addPageTemplates([PageTemplate("gewoon", vlak("gewoon"), onPage=self._snijtekens,
                                            onPageEnd=self._voet)])

    def _snijtekens(self, canvas, doc):
        snijtekens(canvas, self.g)

    def _voet(self, canvas, doc):
        nummer = canvas.getPageNumber()
        if nummer in self.ctx["zonder_voet"]:
            return
        kleur = WIT if nummer in self.ctx["witte_voet"] else GRIJS
        x0, y0, x1, _y1 = self.g.trimbox
        y = y0 + 10 * 72 / 25.4
        canvas.saveState()
        canvas.setFillColor(kleur)
        canvas.setFont(SANS, KLEINSTE_PT)
        even = canvas.getPageNumber() % 2 == 0
        titel = f"{self.editie.magazine} · {self.editie.titel}"
        links, rechts = x0 + self.g.marge_binnen, x1 - self.g.marge_binnen
        (canvas.drawRightString(rechts, y, titel) if even else canvas.drawString(links, y, titel))
        canvas.setFont(SANS_VET, KLEINSTE_PT + 1)
        nummer = str(canvas.getPageNumber())
        (canvas.drawString(links, y, nummer) if even else canvas.drawRightString(rechts, y, nummer))
        canvas.restoreState()


def _groepeer(secties):
    """Consecutive cards (offerings, organisations) become one section of cards."""
    uit = []
    for sectie in secties:
        if isinstance(sectie, o.Kaartje):
            if uit and isinstance(uit[-1], list):
                uit[-1].append(sectie)
            else:
                uit.append([sectie])
        else:
            uit.append(sectie)
    return uit


def _titel(sectie):
    if isinstance(sectie, list):
        return _("Hier kun je terecht")
    if isinstance(sectie, o.BeeldSectie):
        return sectie.onderschrift
    return getattr(sectie, "titel", "") or getattr(sectie, "kop", "")


def _verhaal(editie, secties, s, g, meldingen, ctx, vul):
    """The flowables of the whole edition; `vul` designed pages before the colophon."""
    # the contents: articles, not photos; at most what fits on the contents page
    regels = [(_titel(x), id(x)) for x in secties if _titel(x) and not isinstance(x, o.BeeldSectie)][:14]
    teasers = [(x.titel, id(x)) for x in secties if isinstance(x, o.Verhaal) and x.titel]
    teasers += [r for r in regels if r not in teasers]
    verhaal = [*omslag(editie, s, g, meldingen, ctx, teasers), *inhoudspagina(editie, s, g, ctx, regels)]
    for sectie in secties:
        nodig = NODIG.get(type(sectie), 0.3)
        verhaal.append(restvak(editie, s, g, ctx, g.tekstvlak[3] * nodig if nodig else 10 ** 6))
        verhaal += SECTIES[type(sectie)](sectie, s, g, meldingen, ctx)
    verhaal.append(restvak(editie, s, g, ctx, 10 ** 6))
    if vul:
        extra = vulpaginas(editie, s, g, ctx)
        for i in range(vul):
            verhaal += [nieuwe_pagina(g), *extra[i % len(extra)]]
    verhaal += colofon(editie, s, g, ctx)
    return verhaal


def _een_keer(editie, secties, g, vul, vorige, beelden, invariant):
    s = stijlen(editie.kleur)
    meldingen = []
    ctx = {"qr": set(), "map": None, "paginas": {}, "vorige": vorige, "zonder_voet": set(), "witte_voet": set(),
           "beelden": beelden}
    buffer = io.BytesIO()
    doc = EditieDocument(buffer, editie, g, ctx, invariant=invariant)
    doc.build(_verhaal(editie, secties, s, g, meldingen, ctx, vul))
    return buffer.getvalue(), doc.page, ctx["paginas"], meldingen


def bouw_pdf_bytes(editie: o.Editie, g=None, invariant=False):
    """(PDF/X bytes, Resultaat) of the edition."""
    g = g or Geometrie()
    ruim_cache_op()
    secties = _groepeer(editie.secties)
    beelden = {}  # print-size images, shared by the passes
    _data, paginas, vorige, _m = _een_keer(editie, secties, g, 0, {}, beelden, invariant)
    vul = 0
    for _poging in range(3):  # a designed page that runs over changes the count: adjust once more
        vul += (-paginas) % 4
        data, paginas, _nu, meldingen = _een_keer(editie, secties, g, vul, vorige, beelden, invariant)
        if paginas % 4 == 0:
            break
    resultaat = Resultaat(paginas=paginas, meldingen=meldingen)
    return maak_pdfx(data, editie, invariant=invariant), resultaat


def bouw_pdf(editie: o.Editie, uitvoer, g: Geometrie | None = None, invariant=False) -> Resultaat:
    """Write the edition's PDF to `uitvoer` (a path or a binary file object)."""
    data, resultaat = bouw_pdf_bytes(editie, g, invariant)
    if hasattr(uitvoer, "write"):
        uitvoer.write(data)
    else:
        with open(uitvoer, "wb") as f:
            f.write(data)
    return resultaat


def bouw_editie_pdf(pagina, request=None, invariant=False):
    """PDF bytes and result for an EditiePage (Django adapter)."""
    from django.utils import translation

    from ..inhoud import pdf_editie

    # Dates and labels in the edition's language, also in a background worker without a request.
    with translation.override(pagina.locale.language_code):
        editie, g, meldingen = pdf_editie(pagina, request=request)
        data, resultaat = bouw_pdf_bytes(editie, g, invariant=invariant)
    resultaat.meldingen[0:0] = meldingen
    return data, resultaat
