"""Build the print-ready PDF: page templates on the print geometry, sections as flowables, the page
count padded to a multiple of four."""

import contextlib
import gc
import io
import threading
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from . import onderdelen as o
from .beelden import ruim_cache_op
from .pagina import Geometrie, snijtekens, vul_afloop
from .secties import SECTIES, opening, vulpagina
from .stijlen import GRIJS, SANS, SANS_VET, cmyk, stijlen

# Without the C accelerator reportlab spends most of an image-heavy build ASCII85-encoding
# images; binary streams are valid PDF and what printers get anyway.
rl_config.useA85 = 0


@dataclass
class Resultaat:
    paginas: int = 0
    meldingen: list = field(default_factory=list)


class Opvullen(ActionFlowable):
    """Marker at the end of the story: pad to a multiple of four pages with filler pages."""

    def __init__(self):
        super().__init__()


class EditieDocument(BaseDocTemplate):
    def __init__(self, uitvoer, editie: o.Editie, g: Geometrie, s, invariant=False):
        self.editie, self.g, self.s = editie, g, s
        super().__init__(
            uitvoer, pagesize=g.mediabox, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
            trimBox=g.trimbox, bleedBox=g.bleedbox, initialFontName=SANS, initialFontSize=9,
            invariant=invariant, title=editie.titel, author=editie.site_naam, subject=editie.magazine,
            creator="LEEF MEE", enforceColorSpace="cmyk", pageCompression=1,
        )
        tx, ty, tw, th = g.tekstvlak
        kolom = lambda n, boven=0.0: [Frame(*f, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,  # noqa: E731
                                            id=f"k{i}") for i, f in enumerate(g.kolommen(n, boven))]
        kop_h = 105 * self._mm
        self.addPageTemplates([
            PageTemplate("opening", [Frame(tx, ty, tw, th, id="opening", leftPadding=0, rightPadding=0)],
                         onPage=self._opening_pagina),
            PageTemplate("twee", kolom(2), onPage=self._gewone_pagina),
            PageTemplate("verhaal", [Frame(tx, ty + th - kop_h, tw, kop_h, id="kop", leftPadding=0, rightPadding=0,
                                           topPadding=0, bottomPadding=0), *kolom(2, kop_h + 4 * self._mm)],
                         onPage=self._gewone_pagina),
            PageTemplate("beeld", [Frame(tx, ty, tw, th, id="beeld")], onPage=self._beeld_pagina),
            PageTemplate("vul", [Frame(tx, ty, tw, th, id="vul", leftPadding=0, rightPadding=0)],
                         onPage=self._gewone_pagina),
        ])
        self.vulnummer = 0

    _mm = 72 / 25.4

    def handle_flowable(self, flowables):
        if flowables and isinstance(flowables[0], Opvullen):
            flowables.pop(0)
            tekort = (-self.page) % 4
            extra = []
            if self._curPageFlowableCount == 0:
                # The last section ended with a page break: this begun, empty page is the first filler.
                extra += vulpagina(self.editie, self.s, self.vulnummer)
                self.vulnummer += 1
            for _i in range(tekort):
                extra += [PageBreakIfNotEmpty("vul"), *vulpagina(self.editie, self.s, self.vulnummer)]
                self.vulnummer += 1
            flowables[0:0] = extra
            return
        super().handle_flowable(flowables)

    # --- page decorations --------------------------------------------------------------------
    def _voet(self, canvas):
        x0, y0, x1, _y1 = self.g.trimbox
        y = y0 + 10 * self._mm
        canvas.saveState()
        canvas.setFillColor(GRIJS)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(x0 + self.g.marge_binnen, y, self.editie.titel)
        canvas.setFont(SANS_VET, 7.5)
        canvas.drawRightString(x1 - self.g.marge_binnen, y, str(canvas.getPageNumber()))
        canvas.restoreState()

    def _gewone_pagina(self, canvas, doc):
        snijtekens(canvas, self.g)
        self._voet(canvas)

    def _opening_pagina(self, canvas, doc):
        vul_afloop(canvas, self.g, cmyk(self.editie.kleur))
        snijtekens(canvas, self.g)

    def _beeld_pagina(self, canvas, doc):
        snijtekens(canvas, self.g)


_gc_slot = threading.Lock()
_gc_bouwers = 0
_gc_stond_aan = True


@contextlib.contextmanager
def zonder_gc():
    """No cyclic garbage collection while a PDF is built. A build allocates tens of thousands of
    short-lived containers (fragments, lines, PDF objects), which sets off repeated full
    collections over everything the process holds: ~12 ms of a 0.17 s export. Reference counting
    still frees what it can; cycles wait for the collector, which is switched back on (if it was
    on) when the last concurrent build in the process is done."""
    global _gc_bouwers, _gc_stond_aan
    with _gc_slot:
        if _gc_bouwers == 0:
            _gc_stond_aan = gc.isenabled()
            gc.disable()
        _gc_bouwers += 1
    try:
        yield
    finally:
        with _gc_slot:
            _gc_bouwers -= 1
            if _gc_bouwers == 0 and _gc_stond_aan:
                gc.enable()


def bouw_pdf(editie: o.Editie, uitvoer, g: Geometrie | None = None, invariant=False) -> Resultaat:
    """Write the edition's PDF to `uitvoer` (a path or a binary file object)."""
    with zonder_gc():
        return _bouw(editie, uitvoer, g, invariant)


def _bouw(editie, uitvoer, g, invariant):
    g = g or Geometrie()
    s = stijlen(editie.kleur)
    resultaat = Resultaat()
    ruim_cache_op()
    ctx = {"qr": set(), "map": None}
    verhaal = [*opening(editie, s, g), PageBreakIfNotEmpty("twee")]
    for sectie in editie.secties:
        verhaal += SECTIES[type(sectie)](sectie, s, g, resultaat.meldingen, ctx)
    verhaal.append(Opvullen())
    doc = EditieDocument(uitvoer, editie, g, s, invariant=invariant)
    doc.build(verhaal)
    resultaat.paginas = doc.page
    return resultaat


def bouw_pdf_bytes(editie: o.Editie, g=None, invariant=False):
    buffer = io.BytesIO()
    resultaat = bouw_pdf(editie, buffer, g, invariant=invariant)
    return buffer.getvalue(), resultaat


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
