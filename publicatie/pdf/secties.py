"""Flowables per section of the edition."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, FrameBreak, KeepTogether, NextPageTemplate, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable, PageBreakIfNotEmpty

from . import onderdelen as o
from .alinea import alinea
from .beelden import voor_druk
from .qr import teken_qr
from .stijlen import GRIJS, LICHTGRIJS, SANS, SANS_VET, WIT, cmyk
from .vakken import AgendaTabel, Vak

QR_MAAT = 17 * mm


def esc(tekst):
    return (tekst or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class QrLink(Flowable):
    """A QR code and the short URL next to it. The QR is drawn in a form XObject named after
    the link code, so a test (or a printer's preflight) can find exactly one per item."""

    def __init__(self, link, stijl, gebruikt):
        super().__init__()
        self.link, self.stijl, self.gebruikt = link, stijl, gebruikt
        url_stijl = stijl if stijl.fontName == SANS_VET else ParagraphStyle("link_url", parent=stijl, fontName=SANS_VET)
        # two plain lines (label, short URL in bold) instead of one Paragraph with <br/> and <font>
        self.regels = [alinea("Lees verder op", stijl), alinea(esc(link.tekst), url_stijl)]

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


class Plaatje(Flowable):
    """An image at print size, or a neutral placeholder when it is missing or broken."""

    def __init__(self, beeld, breedte, hoogte, g, meldingen, ctx, bijsnijden=False):
        super().__init__()
        self.beeld, self.breedte, self.hoogte = beeld, breedte, hoogte
        self.reader, info = voor_druk(beeld, breedte, hoogte, g.max_dpi, bijsnijden=bijsnijden, map_=ctx["map"])
        if self.reader is None:
            meldingen.append(f"Afbeelding {beeld.naam or '(geen)'} {info}: vervangen door een grijs vlak.")

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
    c.setFont(SANS, 8)
    c.drawCentredString(x + w / 2, y + h / 2, "Afbeelding ontbreekt")
    c.restoreState()


class VolBeeld(Flowable):
    """A full-bleed image: drawn over the whole bleed box, whatever frame it sits in."""

    def __init__(self, beeld, g, meldingen, ctx):
        super().__init__()
        self.g = g
        x0, y0, x1, y1 = g.bleedbox
        self.vak = (x0, y0, x1 - x0, y1 - y0)
        self.reader, info = voor_druk(beeld, self.vak[2], self.vak[3], g.max_dpi, bijsnijden=True, map_=ctx["map"])
        if self.reader is None:
            meldingen.append(f"Afbeelding {beeld.naam or '(geen)'} {info}: vervangen door een grijs vlak.")

    def wrap(self, avail_w, avail_h):
        return avail_w, min(avail_h, 1)

    def drawOn(self, canvas, x, y, _sW=0):
        teken_beeld(canvas, self.reader, *self.vak)


def alineas(teksten, stijl):
    return [alinea(t, stijl) for t in teksten if t]


def dimensie(sectie: o.Dimensie, s, g, meldingen, ctx):
    kleur = cmyk(sectie.kleur)
    inhoud = [alinea(esc(sectie.kop or sectie.naam), s["opening_titel"])]
    if sectie.uitleg:
        inhoud.append(alinea(esc(sectie.uitleg), s["opening_tekst"]))
    inhoud += alineas(sectie.alineas, s["opening_tekst"])
    vak = Vak([inhoud], [g.kolombreedte(2)], achtergrond=kleur, padding=(10, 10, 10, 12))
    return [CondPageBreak(60 * mm), vak, Spacer(1, 6 * mm)]


def verhaal(sectie: o.Verhaal, s, g, meldingen, ctx):
    """A story opens a new page: title, portrait and pull quote across the top, text in columns."""
    half, portret_h = g.portret_maat
    kop = [alinea(esc(sectie.titel), s["kop1"])]
    if sectie.wie:
        kop.append(alinea(esc(sectie.wie), s["wie"]))
    rechts = []
    if sectie.citaat:
        rechts.append(alinea(f"“{esc(sectie.citaat)}”", s["citaat"]))
    if sectie.intro:
        rechts.append(alinea(esc(sectie.intro), s["intro"]))
    links = Plaatje(sectie.portret, half, portret_h, g, meldingen, ctx, bijsnijden=True)
    vak = Vak([[links], rechts], [half + g.kolom_tussen, half])
    uit = [PageBreakIfNotEmpty("verhaal"), *kop, Spacer(1, 3 * mm), vak, FrameBreak(),
           NextPageTemplate("twee")]
    uit += alineas(sectie.alineas, s["basis"])
    if sectie.link:
        uit += [Spacer(1, 3 * mm), QrLink(sectie.link, s["link"], ctx["qr"])]
    return uit


def kaartje(k: o.Kaartje, s, g, meldingen, ctx):
    breedte = g.kolombreedte(2)
    inhoud = []
    if k.soort:
        inhoud.append(alinea(esc(k.soort.upper()), s["klein"]))
    inhoud.append(alinea(esc(k.titel), s["kop3"]))
    if k.organisatie:
        inhoud.append(alinea(esc(k.organisatie), s["wie"]))
    if k.tekst:
        inhoud.append(alinea(esc(k.tekst), s["basis"]))
    for regel in k.contact:
        inhoud.append(alinea(esc(regel), s["klein"]))
    if k.link:
        inhoud += [Spacer(1, 2 * mm), QrLink(k.link, s["link"], ctx["qr"])]
    # a Vak never splits: a card that does not fit moves to the next column whole
    return [Vak([inhoud], [breedte], achtergrond=s["tint"], padding=(7, 7, 6, 7)), Spacer(1, 4 * mm)]


def vacatures(sectie: o.Vacatures, s, g, meldingen, ctx):
    uit = [CondPageBreak(50 * mm), alinea(esc(sectie.kop), s["kop2"])]
    for k in sectie.kaartjes:
        uit += kaartje(k, s, g, meldingen, ctx)
    return uit


def agenda(sectie: o.Agenda, s, g, meldingen, ctx):
    breedte = g.kolombreedte(2)
    kop = [[(SANS_VET, "Wanneer")], [(SANS_VET, "Wat en waar")]]
    rijen = []
    for r in sectie.rijen:
        wat = [(SANS_VET, r.titel), *([(SANS, r.plek)] if r.plek else []),
               *([(SANS, r.link.tekst)] if r.link else [])]
        rijen.append([[(SANS, r.datum), (SANS, r.tijd)], wat])
    if not rijen:
        rijen.append([[(SANS, "")], [(SANS, "Geen activiteiten in dit kwartaal.")]])
    stijl = s["tabel"]
    tabel = AgendaTabel(kop, rijen, [24 * mm, breedte - 24 * mm], stijl.fontSize, stijl.leading,
                        (stijl.textColor, GRIJS, s["tint"]))
    return [CondPageBreak(60 * mm), alinea(esc(sectie.kop), s["kop2"]), tabel, Spacer(1, 5 * mm)]


def tekst(sectie: o.Tekst, s, g, meldingen, ctx):
    uit = [CondPageBreak(40 * mm), alinea(esc(sectie.kop), s["kop2"]), *alineas(sectie.alineas, s["basis"])]
    if sectie.auteur:
        uit.append(Paragraph(f"<i>{esc(sectie.auteur)}</i>", s["wie"]))
    return [*uit, Spacer(1, 4 * mm)]


def beeld(sectie: o.BeeldSectie, s, g, meldingen, ctx):
    if sectie.paginabreed:
        return [PageBreakIfNotEmpty("beeld"), VolBeeld(sectie.beeld, g, meldingen, ctx),
                PageBreakIfNotEmpty("twee")]
    breedte = g.kolombreedte(2)
    verhouding = (sectie.beeld.px_hoog / sectie.beeld.px_breed) if sectie.beeld.px_breed else 2 / 3
    uit = [Plaatje(sectie.beeld, breedte, breedte * verhouding, g, meldingen, ctx)]
    if sectie.onderschrift:
        uit.append(alinea(esc(sectie.onderschrift), s["klein"]))
    return [KeepTogether(uit), Spacer(1, 4 * mm)]


def opening(editie: o.Editie, s, g):
    uit = [alinea(esc(editie.magazine), s["opening_magazine"]), Spacer(1, 6 * mm),
           alinea(esc(editie.titel), s["opening_titel"])]
    if editie.thema:
        uit.append(alinea(f"Thema: {esc(editie.thema)}", s["opening_titel"]))
    if editie.thema_uitleg:
        uit.append(alinea(esc(editie.thema_uitleg), s["opening_tekst"]))
    uit.append(Spacer(1, 8 * mm))
    uit += alineas(editie.inleiding, s["opening_tekst"])
    return uit


def vulpagina(editie: o.Editie, s, nummer):
    """The filler that pads the edition to a multiple of four pages: the partners, then notes."""
    if nummer == 0 and editie.partners:
        uit = [Paragraph(f"{esc(editie.site_naam)} is van en voor deze partners", s["kop2"])]
        uit += [alinea(esc(naam), s["basis"]) for naam in editie.partners]
        return uit
    uit = [Paragraph("Aantekeningen", s["kop2"])]
    uit += [HRFlowable(width="100%", thickness=0.3, color=GRIJS, spaceBefore=8 * mm) for _i in range(20)]
    return uit


SECTIES = {
    o.Dimensie: dimensie,
    o.Verhaal: verhaal,
    o.Kaartje: kaartje,
    o.Vacatures: vacatures,
    o.Agenda: agenda,
    o.Tekst: tekst,
    o.BeeldSectie: beeld,
}

__all__ = ["SECTIES", "WIT", "opening", "vulpagina"]
