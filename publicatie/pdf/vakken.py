"""Boxes and page-level pieces of the magazine layout: boxes side by side (cards, a story's
header), balanced columns, full-bleed backgrounds and the designed box that fills the rest of a
page instead of leaving it empty."""

from reportlab.platypus import CondPageBreak, Flowable


def _stapel(flowables, canv, breedte):
    """Wrap `flowables` stacked in `breedte`: [(flowable, height, before, after)] and the total."""
    maten, totaal = [], 0.0
    for i, f in enumerate(flowables):
        _w, h = f.wrapOn(canv, breedte, 72000)
        voor = f.getSpaceBefore() if i else 0
        na = f.getSpaceAfter() if i < len(flowables) - 1 else 0
        maten.append((f, h, voor, na))
        totaal += voor + h + na
    return maten, totaal


class Vak(Flowable):
    """Columns of flowables side by side, top aligned, with padding, an optional background and an
    optional coloured bar on the left. Never split: it moves to the next frame whole."""

    def __init__(self, kolommen, breedtes, achtergrond=None, padding=(0, 0, 3, 3), balk=None, max_hoogte=None):
        super().__init__()
        self.kolommen, self.breedtes, self.achtergrond, self.balk = kolommen, breedtes, achtergrond, balk
        self.max_hoogte = max_hoogte
        self.links, self.rechts, self.boven, self.onder = padding
        self.hAlign = "LEFT"
        self._gewikkeld = None

    def wrap(self, avail_w, avail_h):
        if self._gewikkeld is None:
            self._gewikkeld = [_stapel(k, getattr(self, "canv", None), b - self.links - self.rechts)
                               for k, b in zip(self.kolommen, self.breedtes, strict=True)]
            inhoud = max((t for _m, t in self._gewikkeld), default=0)
            self.width, self.height = sum(self.breedtes), inhoud + self.boven + self.onder
        return self.width, self.height

    def split(self, avail_w, avail_h):
        """Whole or not at all, so it moves to the next frame; only a box taller than a whole frame
        (`max_hoogte`: a partner wrote a very long text) lets its content flow on without the box
        instead of stopping the export."""
        if self.max_hoogte and self.height > self.max_hoogte:
            return [f for kolom in self.kolommen for f in kolom]
        return []

    def draw(self):
        c = self.canv
        c.saveState()
        if self.achtergrond is not None:
            c.setFillColor(self.achtergrond)
            c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.balk is not None:
            c.setFillColor(self.balk)
            c.rect(0, 0, 3, self.height, stroke=0, fill=1)
        c.restoreState()
        x = 0
        for breedte, (maten, _t) in zip(self.breedtes, self._gewikkeld, strict=True):
            y = self.height - self.boven
            for f, h, voor, na in maten:
                y -= voor + h
                f.drawOn(c, x + self.links, y)
                y -= na
            x += breedte


def _kolomhoogte(kolom):
    """Height of a laid-out column: spacing between its flowables, none after the last."""
    return sum(v + h + na for _f, v, h, na in kolom) - (kolom[-1][3] if kolom else 0)


class Kolommen(Flowable):
    """Text in `aantal` columns across the type area, balanced when it ends on the page, split over
    pages when it does not. (reportlab's BalancedColumns finds its split by trial layouts of deep
    copies: seconds for a magazine; this measures each flowable once and splits at most one per
    column.) Flowables that cannot split (boxes) move to the next column whole."""

    def __init__(self, inhoud, gat, aantal=2, _gezet=None):
        super().__init__()
        self.inhoud, self.gat, self.aantal = list(inhoud), gat, aantal
        self._gezet = _gezet  # [(column: [(flowable, space before, height, space after)])] once laid out
        self._hoogtes, self._breedte = {}, None

    def _kolombreedte(self, avail_w):
        return (avail_w - (self.aantal - 1) * self.gat) / self.aantal

    def _hoogte(self, f, breedte):
        if f not in self._hoogtes:  # keyed by the object (kept alive), not by a reusable id()
            self._hoogtes[f] = f.wrapOn(getattr(self, "canv", None), breedte, 72000)[1]
        return self._hoogtes[f]

    def _vul(self, rest, breedte, hoogte):
        """One column of `hoogte`: the placed [(f, before, h)] and what is left."""
        canv, geplaatst, y, rest = getattr(self, "canv", None), [], 0.0, list(rest)
        while rest:
            f = rest[0]
            voor = f.getSpaceBefore() if geplaatst else 0
            h = self._hoogte(f, breedte)
            if y + voor + h <= hoogte + 0.01:
                na = f.getSpaceAfter()
                geplaatst.append((f, voor, h, na))
                y += voor + h + na
                rest.pop(0)
                continue
            ruimte = hoogte - y - voor
            delen = f.splitOn(canv, breedte, ruimte) if ruimte > 0 else []
            if len(delen) > 1:
                h1 = delen[0].wrapOn(canv, breedte, ruimte)[1]
                geplaatst.append((delen[0], voor, h1, 0))
                rest[0:1] = delen[1:]
            break
        # a heading never stays alone at the foot of a column
        while rest and geplaatst and geplaatst[-1][0].getKeepWithNext():
            rest.insert(0, geplaatst.pop()[0])
        return geplaatst, rest

    def _zet(self, breedte, hoogte):
        kolommen, rest = [], self.inhoud
        for _i in range(self.aantal):
            kolom, rest = self._vul(rest, breedte, hoogte)
            kolommen.append(kolom)
        return kolommen, rest

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        if self._gezet is not None:
            return avail_w, self.height
        breedte = self._kolombreedte(avail_w)
        if breedte != self._breedte:
            self._hoogtes, self._breedte = {}, breedte
        totaal = sum(self._hoogte(f, breedte) + f.getSpaceBefore() + f.getSpaceAfter() for f in self.inhoud)
        kolommen, rest = self._zet(breedte, avail_h)
        if rest:  # does not end on this page: the frame will call split()
            self.height = max(totaal, avail_h + 1)
            return avail_w, self.height
        laag, hoog = totaal / self.aantal, avail_h  # the lowest height at which everything fits
        beste = kolommen
        for _i in range(8):
            if hoog - laag < 2:
                break
            midden = (laag + hoog) / 2
            proef, rest = self._zet(breedte, midden)
            if rest:
                laag = midden
            else:
                hoog, beste = midden, proef
        self.height = max((_kolomhoogte(k) for k in beste), default=0)
        self.kolommen = beste
        return avail_w, self.height

    def split(self, avail_w, avail_h):
        breedte = self._kolombreedte(avail_w)
        kolommen, rest = self._zet(breedte, avail_h)
        if not any(kolommen):
            return []
        eerste = Kolommen([], self.gat, self.aantal, _gezet=kolommen)
        eerste.kolommen, eerste.width = kolommen, avail_w
        eerste.height = max(_kolomhoogte(k) for k in kolommen)
        return [eerste, Kolommen(rest, self.gat, self.aantal)] if rest else [eerste]

    def draw(self):
        breedte = self._kolombreedte(self.width)
        for i, kolom in enumerate(self.kolommen):
            y = self.height
            for f, voor, h, na in kolom:
                y -= voor + h
                f.wrapOn(self.canv, breedte, h + 1)  # a trial split may have dropped its lines
                f.drawOn(self.canv, i * (breedte + self.gat), y)
                y -= na


def kolommen(flowables, g, aantal=2):
    """Text set in `aantal` balanced columns across the type area; splits over pages."""
    return Kolommen(flowables, g.kolom_tussen, aantal)


class Achtergrond(Flowable):
    """Paints the whole bleed box of the current page in a colour (before the page's content)."""

    def __init__(self, g, kleur, hoogte_deel=1.0):
        super().__init__()
        self.g, self.kleur, self.hoogte_deel = g, kleur, hoogte_deel

    def wrap(self, avail_w, avail_h):
        return avail_w, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - platypus API
        x0, y0, x1, y1 = self.g.bleedbox
        hoogte = (y1 - y0) * self.hoogte_deel
        canvas.saveState()
        canvas.setFillColor(self.kleur)
        canvas.rect(x0, y1 - hoogte, x1 - x0, hoogte, stroke=0, fill=1)
        canvas.restoreState()


class Anker(Flowable):
    """Records on which page a section starts (for the cover teasers and the contents)."""

    def __init__(self, sleutel, paginas):
        super().__init__()
        self.sleutel, self.paginas = sleutel, paginas

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self):
        self.paginas.setdefault(self.sleutel, self.canv.getPageNumber())


class Markeer(Flowable):
    """Adds the number of the page it lands on to a set (pages without a footer, with a white one)."""

    def __init__(self, verzameling):
        super().__init__()
        self.verzameling = verzameling

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self):
        self.verzameling.add(self.canv.getPageNumber())


def nieuwe_pagina(g):
    """A page break unless nothing visible is on the page yet (zero-height markers do not count)."""
    return CondPageBreak(g.tekstvlak[3] - 2)


class RestVak(Flowable):
    """A designed box that takes the rest of the frame when a page break is coming and more than
    `drempel` points would stay empty on a page that already has content; otherwise nothing.
    `keuzes(breedte)` gives the candidate contents, richest first: the first that fits is used."""

    def __init__(self, keuzes, nodig, drempel, vol, achtergrond):
        super().__init__()
        self.keuzes, self.nodig, self.drempel, self.vol = keuzes, nodig, drempel, vol
        self.achtergrond = achtergrond
        self.inhoud = None

    def wrap(self, avail_w, avail_h):
        self.width, self.height, self.inhoud = avail_w, 0, None
        ruimte = avail_h - 4
        if self.drempel <= ruimte < self.nodig and avail_h < self.vol - 20:
            for inhoud in self.keuzes(avail_w - 36):
                _maten, totaal = _stapel(inhoud, getattr(self, "canv", None), avail_w - 36)
                if totaal + 24 <= ruimte:
                    self.inhoud, self.height = inhoud, ruimte
                    break
        return self.width, self.height

    def draw(self):
        if not self.height:
            return
        c = self.canv
        c.saveState()
        c.setFillColor(self.achtergrond)
        c.roundRect(0, 0, self.width, self.height, 6, stroke=0, fill=1)
        c.restoreState()
        maten, totaal = _stapel(self.inhoud, c, self.width - 36)
        y = (self.height + totaal) / 2  # content centred in the box
        for f, h, voor, na in maten:
            y -= voor + h
            f.drawOn(c, 18, y)
            y -= na
