"""Flowables per section of the edition: stories as features, cards, the vacancies section, the
agenda, texts and images. Every text from the edition is escaped (`esc`) or already paragraph
markup made by opmaak.alineas_uit_html; nothing a partner wrote is read as markup."""

from django.utils.translation import gettext as _
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from . import onderdelen as o
from .beelden import plaatsmaat, voor_druk
from .opmaak import esc
from .qr import teken_qr
from .stijlen import GRIJS, LICHTGRIJS, SANS, SANS_VET, cmyk
from .vakken import Anker, Markeer, Vak, kolommen, nieuwe_pagina

QR_MAAT = 18 * mm


class QrLink(Flowable):
    """A QR code and the short URL next to it. The QR is drawn in a form XObject named after
    the link code, so a test (or a printer's preflight) can find exactly one per item."""

    def __init__(self, link, stijl, gebruikt, label=None):
        super().__init__()
        self.link, self.gebruikt = link, gebruikt
        self.regels = [Paragraph(esc(label or _("Lees verder op")), stijl),
                       Paragraph(f"<b>{esc(link.tekst)}</b>", stijl)]

    def wrap(self, avail_w, avail_h):
        self.breedte = avail_w
        self.hoogtes = [r.wrap(avail_w - QR_MAAT - 3 * mm, QR_MAAT)[1] for r in self.regels]
        return avail_w, QR_MAAT

    def draw(self):
        c = self.canv
        naam = f"qr_{self.link.code or abs(hash(self.link.url))}"
        if naam not in self.gebruikt:  # one XObject per link, reused if the item prints twice
            self.gebruikt.add(naam)
            c.beginForm(naam, 0, 0, QR_MAAT, QR_MAAT)
            teken_qr(c, self.link.url, QR_MAAT)
            c.endForm()
        c.doForm(naam)
        y = (QR_MAAT + sum(self.hoogtes)) / 2
        for regel, h in zip(self.regels, self.hoogtes, strict=True):
            y -= h
            regel.drawOn(c, QR_MAAT + 3 * mm, y)


def drukbeeld(ctx, beeld, breedte, hoogte, max_dpi, bijsnijden):
    """voor_druk once per image and size in a build (the layout passes share ctx["beelden"])."""
    sleutel = (id(beeld), round(breedte, 2), round(hoogte, 2), bijsnijden)
    if sleutel not in ctx["beelden"]:
        ctx["beelden"][sleutel] = voor_druk(beeld, breedte, hoogte, max_dpi, bijsnijden=bijsnijden, map_=ctx["map"])
    return ctx["beelden"][sleutel]


class Plaatje(Flowable):
    """An image at print size, or a neutral placeholder when it is missing or broken."""

    def __init__(self, beeld, breedte, hoogte, g, meldingen, ctx, bijsnijden=False):
        super().__init__()
        self.breedte, self.hoogte = breedte, hoogte
        self.reader, info = drukbeeld(ctx, beeld, breedte, hoogte, g.max_dpi, bijsnijden)
        if self.reader is None:
            naam = (beeld.naam if beeld else "") or "(geen)"
            meldingen.append(f"Afbeelding {naam} {info}: vervangen door een grijs vlak.")

    def wrap(self, *args):
        return self.breedte, self.hoogte

    def draw(self):
        teken_beeld(self.canv, self.reader, 0, 0, self.breedte, self.hoogte)


def teken_beeld(c, reader, x, y, w, h):
    """Draw `reader` covering the box; a source with another aspect ratio is clipped, not scaled
    out of proportion (full-bleed JPEGs pass through uncropped and uncompressed-again)."""
    if reader is not None:
        iw, ih = reader.getSize()
        schaal = max(w / iw, h / ih)
        bw, bh = iw * schaal, ih * schaal
        if abs(bw - w) < 0.5 and abs(bh - h) < 0.5:
            c.drawImage(reader.pad, x, y, w, h)
            return
        c.saveState()
        pad = c.beginPath()
        pad.rect(x, y, w, h)
        c.clipPath(pad, stroke=0, fill=0)
        c.drawImage(reader.pad, x - (bw - w) / 2, y - (bh - h) / 2, bw, bh)
        c.restoreState()
        return
    c.saveState()
    c.setFillColor(LICHTGRIJS)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(GRIJS)
    c.setFont(SANS, 9)
    c.drawCentredString(x + w / 2, y + h / 2, _("Afbeelding ontbreekt"))
    c.restoreState()


class VolBeeld(Flowable):
    """A full-bleed image: drawn over the whole bleed box (or `vak`), whatever frame it sits in;
    with a caption on a coloured band at the foot of the trim."""

    def __init__(self, beeld, g, meldingen, ctx, vak=None, onderschrift=None, band=None):
        super().__init__()
        x0, y0, x1, y1 = g.bleedbox
        self.g, self.onderschrift, self.band = g, onderschrift, band
        self.vak = vak or (x0, y0, x1 - x0, y1 - y0)
        self.reader, info = drukbeeld(ctx, beeld, self.vak[2], self.vak[3], g.max_dpi, True)
        if self.reader is None:
            naam = (beeld.naam if beeld else "") or "(geen)"
            meldingen.append(f"Afbeelding {naam} {info}: vervangen door een grijs vlak.")

    def wrap(self, avail_w, avail_h):
        return avail_w, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - platypus API
        teken_beeld(canvas, self.reader, *self.vak)
        if self.onderschrift is None:
            return
        tx, _ty, tw, _th = self.g.tekstvlak
        _w, h = self.onderschrift.wrap(tw - 20, 200)
        onder = self.g.trimbox[1] + 12 * mm
        canvas.saveState()
        canvas.setFillColor(self.band)
        canvas.rect(tx, onder, tw, h + 16, stroke=0, fill=1)
        canvas.restoreState()
        self.onderschrift.drawOn(canvas, tx + 10, onder + 8)


def alineas(teksten, stijl):
    return [Paragraph(t, stijl) for t in teksten if t]


def _citaat(tekst, s, g):
    """A pull quote between two rules, kept whole."""
    lijn = {"width": "100%", "thickness": 1.2, "color": s["accent"]}
    inhoud = [HRFlowable(spaceAfter=6, **lijn), Paragraph(f"“{esc(tekst)}”", s["citaat"]), HRFlowable(**lijn)]
    return Vak([inhoud], [g.kolombreedte(2)], padding=(0, 0, 6, 8))


def _hulpkader(kader: o.HulpKader, s, g, ctx):
    inhoud = [Paragraph(esc(kader.titel), s["kop3"]), *alineas(kader.tekst, s["basis"])]
    for titel, link in kader.links:
        inhoud.append(Paragraph(f"<b>{esc(titel)}</b>", s["basis"]))
        if link:
            inhoud.append(QrLink(link, s["link"], ctx["qr"]))
            inhoud.append(Spacer(1, 2 * mm))
    return Vak([inhoud], [g.kolombreedte(2)], achtergrond=s["tint"], padding=(9, 9, 8, 8), balk=s["accent"],
               max_hoogte=g.tekstvlak[3])


def verhaal(sectie: o.Verhaal, s, g, meldingen, ctx):
    """A feature: title and byline across the page, portrait with caption beside the pull quote and
    intro, then the text in two balanced columns with pull quotes and the 'wat hielp mij' box."""
    half, portret_h = g.portret_maat
    uit = [CondPageBreak(g.tekstvlak[3] * 0.55), Anker(id(sectie), ctx["paginas"]),
           Paragraph(esc(sectie.titel), s["kop1"])]
    if sectie.wie:
        uit.append(Paragraph(esc(_("Het verhaal van %(wie)s") % {"wie": sectie.wie}), s["wie"]))
    rechts = []
    if sectie.citaat:
        rechts.append(Paragraph(f"“{esc(sectie.citaat)}”", s["citaat"]))
    if sectie.intro:
        rechts.append(Paragraph(esc(sectie.intro), s["intro"]))
    if sectie.portret is not None:
        b, h = plaatsmaat(sectie.portret.px_breed, sectie.portret.px_hoog, half, portret_h, g.max_dpi)
        links = [Plaatje(sectie.portret, b, h, g, meldingen, ctx, bijsnijden=True)]
        if sectie.onderschrift:
            links.append(Paragraph(esc(sectie.onderschrift), s["onderschrift"]))
        uit.append(Vak([links, rechts], [half + g.kolom_tussen, half]))
    elif rechts:  # no portrait: the quote and intro take the width, with a coloured bar
        uit.append(Vak([rechts], [g.tekstvlak[2]], padding=(12, 0, 4, 4), balk=s["accent"]))
    uit.append(Spacer(1, 4 * mm))
    tekst = []
    for deel in sectie.alineas:
        tekst.append(_citaat(deel[1], s, g) if isinstance(deel, tuple) else Paragraph(deel, s["basis"]))
    for kader in sectie.hulp:
        tekst += [Spacer(1, 2 * mm), _hulpkader(kader, s, g, ctx)]
    if sectie.link:
        tekst += [Spacer(1, 3 * mm), QrLink(sectie.link, s["link"], ctx["qr"], _("Lees het hele verhaal op"))]
    uit += [kolommen(tekst, g), Spacer(1, 6 * mm)]
    return uit


def kaartje(k: o.Kaartje, s, g, ctx, breedte=None, balk=None):
    breedte = breedte or g.kolombreedte(2)
    inhoud = []
    if k.soort:
        inhoud.append(Paragraph(esc(k.soort.upper()), s["klein"]))
    inhoud.append(Paragraph(esc(k.titel), s["kop3"]))
    if k.organisatie:
        inhoud.append(Paragraph(esc(k.organisatie), s["klein"]))
    if k.tekst:
        inhoud.append(Paragraph(esc(k.tekst), s["basis"]))
    for regel in k.contact:
        inhoud.append(Paragraph(esc(regel), s["klein"]))
    if k.link:
        inhoud += [Spacer(1, 2 * mm), QrLink(k.link, s["link"], ctx["qr"])]
    return [Vak([inhoud], [breedte], achtergrond=s["tint"], padding=(9, 8, 7, 8), balk=balk,
                max_hoogte=g.tekstvlak[3]), Spacer(1, 4 * mm)]


def kaartjes(sectie: list, s, g, meldingen, ctx):
    """Consecutive offerings and organisations: cards in two columns under one heading."""
    uit = [CondPageBreak(70 * mm), Anker(id(sectie), ctx["paginas"]),
           Paragraph(esc(_("Hier kun je terecht")), s["kop2"])]
    if len(sectie) == 1:
        return [*uit, *kaartje(sectie[0], s, g, ctx, breedte=g.tekstvlak[2])]
    cards = [f for k in sectie for f in kaartje(k, s, g, ctx)]
    return [*uit, kolommen(cards, g), Spacer(1, 4 * mm)]


def vacatures(sectie: o.Vacatures, s, g, meldingen, ctx):
    """Volunteer vacancies as a section of their own: a coloured header band, cards with a bar."""
    kop = [Paragraph(esc(sectie.kop), s["omslag_titel"]),
           Paragraph(esc(_("Help mee in je eigen buurt. Je hoeft niets te kunnen: je leert het samen. "
                           "Bel of mail de organisatie, of scan de code.")), s["omslag_tekst"])]
    band = Vak([kop], [g.tekstvlak[2]], achtergrond=s["accent"], padding=(14, 14, 12, 14))
    band.spaceAfter = 5 * mm
    # room for the header and a first row of cards, or both start on the next page
    uit = [CondPageBreak(115 * mm), Anker(id(sectie), ctx["paginas"]), band]
    if not sectie.kaartjes:
        return [*uit, Paragraph(esc(_("Op dit moment zijn er geen vacatures. Kijk online voor nieuwe.")),
                                s["basis"])]
    if len(sectie.kaartjes) == 1:  # one vacancy takes the width instead of half a row
        return [*uit, *kaartje(sectie.kaartjes[0], s, g, ctx, breedte=g.tekstvlak[2], balk=s["accent"])]
    cards = [f for k in sectie.kaartjes for f in kaartje(k, s, g, ctx, balk=s["accent"])]
    return [*uit, kolommen(cards, g), Spacer(1, 4 * mm)]


def _agenda_regel(r: o.AgendaRij, s):
    delen = [f"<b>{esc(r.wanneer)}</b>", esc(r.titel)]
    if r.plek:
        delen.append(esc(r.plek))
    if r.link:
        delen.append(f"<font name='{SANS_VET}'>{esc(r.link.tekst)}</font>")
    return Paragraph(" · ".join(delen), s["agenda"])


def agenda(sectie: o.Agenda, s, g, meldingen, ctx):
    """Recurring activities once each, by place; then the one-off dates by week. Place on every line."""
    uit = [CondPageBreak(80 * mm), Anker(id(sectie), ctx["paginas"]), Paragraph(esc(sectie.kop), s["kop2"])]
    inhoud = []
    if sectie.vast:
        inhoud.append(Paragraph(esc(_("Elke week of elke maand")), s["kop3"]))
        for groep in sectie.vast:
            inhoud.append(Paragraph(esc(groep.kop), s["groep"]))
            inhoud += [_agenda_regel(r, s) for r in groep.rijen]
    if sectie.weken:
        inhoud.append(Paragraph(esc(_("Eén keer")), s["kop3"]))
        for groep in sectie.weken:
            inhoud.append(Paragraph(esc(groep.kop), s["groep"]))
            inhoud += [_agenda_regel(r, s) for r in groep.rijen]
    if not inhoud:
        inhoud.append(Paragraph(esc(_("Geen activiteiten in dit kwartaal.")), s["basis"]))
    if sectie.meer:
        inhoud.append(Paragraph(esc(sectie.meer), s["klein"]))
    return [*uit, kolommen(inhoud, g), Spacer(1, 5 * mm)]


def tekst(sectie: o.Tekst, s, g, meldingen, ctx):
    uit = [CondPageBreak(30 * mm), Anker(id(sectie), ctx["paginas"]), Paragraph(esc(sectie.kop), s["kop2"])]
    inhoud = alineas(sectie.alineas, s["basis"])
    if sectie.auteur:
        inhoud.append(Paragraph(f"<i>{esc(sectie.auteur)}</i>", s["wie"]))
    return [*uit, kolommen(inhoud, g), Spacer(1, 5 * mm)]


def beeld(sectie: o.BeeldSectie, s, g, meldingen, ctx):
    if sectie.paginabreed:
        onderschrift = Paragraph(esc(sectie.onderschrift), s["omslag_tekst"]) if sectie.onderschrift else None
        return [nieuwe_pagina(g), Anker(id(sectie), ctx["paginas"]), Markeer(ctx["zonder_voet"]),
                VolBeeld(sectie.beeld, g, meldingen, ctx, onderschrift=onderschrift, band=s["accent"]), PageBreak()]
    breedte = g.tekstvlak[2]
    verhouding = (sectie.beeld.px_hoog / sectie.beeld.px_breed) if sectie.beeld.px_breed else 2 / 3
    if breedte * verhouding > g.tekstvlak[3] * 0.55:  # a tall photo: narrower, never cropped
        breedte = g.tekstvlak[3] * 0.55 / verhouding
    breedte, _h = plaatsmaat(sectie.beeld.px_breed, sectie.beeld.px_hoog, breedte, breedte * verhouding, g.max_dpi)
    uit = [Plaatje(sectie.beeld, breedte, breedte * verhouding, g, meldingen, ctx)]
    if sectie.onderschrift:
        uit.append(Paragraph(esc(sectie.onderschrift), s["onderschrift"]))
    return [Vak([uit], [g.tekstvlak[2]], padding=(0, 0, 0, 0)), Spacer(1, 4 * mm)]


def dimensie(sectie: o.Dimensie, s, g, meldingen, ctx):
    from .voorwerk import dimensie_opener

    return dimensie_opener(sectie, s, g, ctx)


SECTIES = {
    o.Dimensie: dimensie,
    o.Verhaal: verhaal,
    list: kaartjes,
    o.Vacatures: vacatures,
    o.Agenda: agenda,
    o.Tekst: tekst,
    o.BeeldSectie: beeld,
}
__all__ = ["SECTIES", "cmyk"]
