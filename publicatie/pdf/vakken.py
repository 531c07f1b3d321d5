"""Light boxes instead of platypus Table for the magazine blocks (cards, the spotlight, a story's
header, the agenda). Table wraps every cell again on wrap, split and draw and resolves its cell
styles each time: for this layout that cost more than setting all body text. A box here wraps its
content once per width and draws plain rectangles and text.
"""

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable


def _stapel(flowables, canv, breedte):
    """Wrap `flowables` stacked in `breedte`: [(flowable, height)] and the total height, with the
    spacing a Table cell uses (no space before the first, none after the last)."""
    maten, totaal = [], 0.0
    for i, f in enumerate(flowables):
        _w, h = f.wrapOn(canv, breedte, 72000)
        voor = f.getSpaceBefore() if i else 0
        na = f.getSpaceAfter() if i < len(flowables) - 1 else 0
        maten.append((f, h, voor, na))
        totaal += voor + h + na
    return maten, totaal


class Vak(Flowable):
    """Columns of flowables side by side, top aligned, with padding and an optional background
    over the whole box. Never split, like a one-row Table: it moves to the next frame whole."""

    def __init__(self, kolommen, breedtes, achtergrond=None, padding=(0, 0, 3, 3)):
        super().__init__()
        self.kolommen, self.breedtes, self.achtergrond = kolommen, breedtes, achtergrond
        self.links, self.rechts, self.boven, self.onder = padding
        self.hAlign = "CENTER"
        self._gewikkeld = None

    def wrap(self, avail_w, avail_h):
        if self._gewikkeld is None:
            self._gewikkeld = [_stapel(k, self.canv if hasattr(self, "canv") else None,
                                       b - self.links - self.rechts)
                               for k, b in zip(self.kolommen, self.breedtes, strict=True)]
            inhoud = max((t for _m, t in self._gewikkeld), default=0)
            self.width, self.height = sum(self.breedtes), inhoud + self.boven + self.onder
        return self.width, self.height

    def draw(self):
        c = self.canv
        if self.achtergrond is not None:
            c.saveState()
            c.setFillColor(self.achtergrond)
            c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            c.restoreState()
        x = 0
        for breedte, (maten, _t) in zip(self.breedtes, self._gewikkeld, strict=True):
            y = self.height - self.boven
            for f, h, voor, na in maten:
                y -= voor + h
                f.drawOn(c, x + self.links, y)
                y -= na
            x += breedte


class AgendaTabel(Flowable):
    """The agenda as a compact table: a header row (repeated after every split), then one row per
    activity with rules between rows. Cells are lines of (font, text), wrapped with simpleSplit;
    the text is plain, so no paragraph markup is parsed 120 times."""

    def __init__(self, kop, rijen, breedtes, fontgrootte, leading, kleuren,
                 padding=(2, 2, 2, 3), lijndikte=0.3):
        """`kop` and each of `rijen`: one cell per column, a cell a list of (font, text) blocks.
        `kleuren`: (text, rules, header background)."""
        super().__init__()
        self.kop, self.rijen, self.breedtes = kop, rijen, breedtes
        self.grootte, self.leading = fontgrootte, leading
        self.kleuren, self.lijndikte = kleuren, lijndikte
        self.links, self.rechts, self.boven, self.onder = padding
        self.width = sum(breedtes)
        self._regels = None

    def _cel(self, blokken, breedte):
        regels = []
        for font, tekst in blokken:
            delen = []
            for regel in simpleSplit(tekst, font, self.grootte, breedte) or [""]:
                # a word wider than the cell (a long URL) is cut by characters, as Paragraph does
                while stringWidth(regel, font, self.grootte) > breedte and len(regel) > 1:
                    n = len(regel) - 1
                    while n > 1 and stringWidth(regel[:n], font, self.grootte) > breedte:
                        n -= 1
                    delen.append(regel[:n])
                    regel = regel[n:]
                delen.append(regel)
            regels += [(font, d) for d in delen]
        return regels

    def _zet(self):
        """Lines and height of every row (header first), once."""
        if self._regels is None:
            self._regels = []
            for rij in (self.kop, *self.rijen):
                cellen = [self._cel(blokken, b - self.links - self.rechts)
                          for blokken, b in zip(rij, self.breedtes, strict=True)]
                hoogte = max(len(c) for c in cellen) * self.leading + self.boven + self.onder
                self._regels.append((cellen, hoogte))
        return self._regels

    def wrap(self, avail_w, avail_h):
        self.height = sum(h for _c, h in self._zet())
        return self.width, self.height

    def split(self, avail_w, avail_h):
        regels = self._zet()
        beschikbaar, n = avail_h - regels[0][1], 0
        for _c, h in regels[1:]:
            if h > beschikbaar:
                break
            beschikbaar -= h
            n += 1
        if n == 0 or n == len(self.rijen):
            return []
        delen = []
        for rijen, zet in ((self.rijen[:n], regels[:n + 1]), (self.rijen[n:], [regels[0], *regels[n + 1:]])):
            deel = AgendaTabel(self.kop, rijen, self.breedtes, self.grootte, self.leading, self.kleuren,
                               (self.links, self.rechts, self.boven, self.onder), self.lijndikte)
            deel._regels = zet
            delen.append(deel)
        return delen

    def draw(self):
        c = self.canv
        regels = self._zet()
        tekstkleur, lijnkleur, kopkleur = self.kleuren
        c.saveState()
        c.setFillColor(kopkleur)
        c.rect(0, self.height - regels[0][1], self.width, regels[0][1], stroke=0, fill=1)
        c.setStrokeColor(lijnkleur)
        c.setLineWidth(self.lijndikte)
        c.setFillColor(tekstkleur)
        tekst = c.beginText()
        y = self.height
        lijnen = []
        for cellen, hoogte in regels:
            x = 0
            for cel, breedte in zip(cellen, self.breedtes, strict=True):
                basis = y - self.boven - self.grootte
                for font, regel in cel:
                    tekst.setFont(font, self.grootte, self.leading)
                    tekst.setTextOrigin(x + self.links, basis)
                    tekst.textOut(regel)
                    basis -= self.leading
                x += breedte
            y -= hoogte
            lijnen.append((0, y, self.width, y))
        c.drawText(tekst)
        c.lines(lijnen)
        c.restoreState()

