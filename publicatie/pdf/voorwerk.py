"""The pages around the sections: cover, contents, dimension openers, the colophon (back page) and
the designed pages that round the edition up to a multiple of four (partners of this municipality,
'Hoe gaat het met je?', the six dimensions), and the boxes that fill the rest of a page."""

from django.utils.translation import gettext as _
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from . import onderdelen as o
from .opmaak import esc
from .secties import QrLink, VolBeeld, alineas
from .stijlen import SANS_VET, WIT, ZWART, cmyk
from .vakken import Achtergrond, Anker, Markeer, RestVak, Vak, kolommen, nieuwe_pagina


class Omslag(Flowable):
    """The cover: the magazine's name on a colour band, the photo, and a panel with the theme and
    three teasers with their page numbers (known after the first pass)."""

    def __init__(self, editie: o.Editie, s, g, meldingen, ctx, teasers):
        super().__init__()
        self.editie, self.s, self.g, self.teasers, self.ctx = editie, s, g, teasers, ctx
        self.band_h, self.paneel_h = 78 * mm, 92 * mm
        self.foto = VolBeeld(editie.omslag, g, meldingen, ctx, vak=g.omslag_foto) if editie.omslag else None
        # without a sharp enough photo the middle of the cover carries the first story's quote
        citaten = [x for x in editie.secties if isinstance(x, o.Verhaal) and x.citaat]
        self.citaat = citaten[0] if citaten else None

    def wrap(self, avail_w, avail_h):
        return avail_w, 0

    def drawOn(self, c, x, y, _sW=0):  # noqa: N802 - platypus API
        g, s, e = self.g, self.s, self.editie
        x0, y0, x1, y1 = g.bleedbox
        tx, _ty, tw, _th = g.tekstvlak
        c.saveState()
        c.setFillColor(s["accent"])
        c.rect(x0, y1 - self.band_h, x1 - x0, self.band_h, stroke=0, fill=1)
        c.rect(x0, y0, x1 - x0, self.paneel_h + g.afloop, stroke=0, fill=1)
        c.restoreState()
        if self.foto:
            self.foto.drawOn(c, 0, 0)
        elif self.citaat:
            fx, fy, fw, fh = g.omslag_foto
            c.saveState()
            c.setFillColor(s["tint"])
            c.rect(fx, fy, fw, fh, stroke=0, fill=1)
            c.restoreState()
            p = Paragraph(f"“{esc(self.citaat.citaat)}”", s["omslag_citaat"])
            _w, h = p.wrap(tw, fh)
            p.drawOn(c, tx, fy + (fh + h) / 2 - h + 8)
            wie = Paragraph(esc(self.citaat.wie), s["wie"])
            wie.wrap(tw, 40)
            wie.drawOn(c, tx, fy + (fh - h) / 2 - 14)
        boven = g.trimbox[3] - 14 * mm
        for tekst, stijl in ((e.magazine, "omslag_magazine"), (e.titel, "omslag_titel")):
            p = Paragraph(esc(tekst), s[stijl])
            _w, h = p.wrap(tw, 200)
            boven -= h
            p.drawOn(c, tx, boven)
            boven -= 2 * mm
        rechts = Paragraph(esc(e.gemeente or e.site_naam), s["omslag_tekst"])
        _w, h = rechts.wrap(tw, 50)
        c.saveState()
        c.setFillColor(WIT)
        c.setFont(SANS_VET, 13)
        c.drawRightString(tx + tw, g.trimbox[3] - 14 * mm - 30, e.gemeente or e.site_naam)
        c.restoreState()
        # the panel: theme and teasers
        y = g.trimbox[1] + self.paneel_h - 12 * mm
        if e.thema:
            p = Paragraph(esc(_("Thema: %(thema)s") % {"thema": e.thema}), s["omslag_titel"])
            _w, h = p.wrap(tw, 100)
            y -= h
            p.drawOn(c, tx, y)
            y -= 3 * mm
        for titel, sleutel in self.teasers[:3]:
            pagina = self.ctx["vorige"].get(sleutel)
            p = Paragraph(esc(titel), s["omslag_tekst"])
            _w, h = p.wrap(tw - 16 * mm, 60)
            y -= max(h, 17)
            if pagina:
                c.saveState()
                c.setFillColor(WIT)
                c.circle(tx + 5.5 * mm, y + h - 6, 5.5 * mm, stroke=0, fill=1)
                c.setFillColor(s["accent"])
                c.setFont(SANS_VET, 12)
                c.drawCentredString(tx + 5.5 * mm, y + h - 10, str(pagina))
                c.restoreState()
            p.drawOn(c, tx + 16 * mm, y)
            y -= 5 * mm


def omslag(editie, s, g, meldingen, ctx, teasers):
    return [Markeer(ctx["zonder_voet"]), Omslag(editie, s, g, meldingen, ctx, teasers), PageBreak()]


def _dimensie_tegels(dimensies, s, g, actief="", breedte=None):
    """The six dimensions of Positieve Gezondheid as coloured tiles, three by two."""
    breedte = (breedte or g.tekstvlak[2]) / 3
    rijen = []
    for i in range(0, len(dimensies), 3):
        kolommen_ = []
        for naam, uitleg, kleur in dimensies[i:i + 3]:
            stijl = s["omslag_tekst"] if naam != actief else s["omslag_titel"]
            kolommen_.append(Vak([[Paragraph(esc(naam), stijl), Paragraph(esc(uitleg), s["omslag_tekst"])]],
                                 [breedte - 3 * mm], achtergrond=cmyk(kleur), padding=(8, 8, 8, 8)))
        rijen.append(Vak([[k] for k in kolommen_], [breedte] * len(kolommen_), padding=(0, 0, 0, 3 * mm)))
    return rijen


def inhoudspagina(editie: o.Editie, s, g, ctx, regels):
    """Page 2: contents with page numbers, the welcome, the theme box and the six dimensions."""
    lijst = [Paragraph(esc(_("In deze %(magazine)s") % {"magazine": editie.magazine}), s["kop1"])]
    for titel, sleutel in regels:
        pagina = ctx["vorige"].get(sleutel, "")
        lijst.append(Paragraph(f"<font name='{SANS_VET}'>{pagina}</font>\u00a0\u00a0{esc(titel)}", s["inhoud"]))
    # the contents on a tinted panel, as a magazine's contents page
    uit = [Vak([lijst], [g.tekstvlak[2]], achtergrond=s["tint"], padding=(14, 14, 12, 10)), Spacer(1, 6 * mm)]
    welkom = [Paragraph(esc(_("Welkom")), s["kop2"]), *alineas(editie.inleiding, s["basis"])]
    if editie.thema_uitleg:
        welkom.append(Paragraph(esc(editie.thema_uitleg), s["intro"]))
    uit.append(kolommen(welkom, g))
    if editie.colofon.dimensies:
        uit += [Spacer(1, 5 * mm), Paragraph(esc(_("Positieve Gezondheid: zes kanten van je leven")), s["kop3"]),
                *_dimensie_tegels(editie.colofon.dimensies, s, g, editie.thema)]
    return [*uit, restvak(editie, s, g, ctx, 10 ** 6, g.tekstvlak[3] / 8, zonder_tegels=True), nieuwe_pagina(g)]


def dimensie_opener(sectie: o.Dimensie, s, g, ctx):
    """A dimension opens on a page of its own colour: name, explanation, the editor's text."""
    kleur = cmyk(sectie.kleur)
    uit = [nieuwe_pagina(g), Achtergrond(g, kleur), Markeer(ctx["witte_voet"]), Anker(id(sectie), ctx["paginas"]),
           Spacer(1, 30 * mm), Paragraph(esc(sectie.naam.upper()), s["omslag_tekst"]), Spacer(1, 4 * mm),
           Paragraph(esc(sectie.kop or sectie.naam), s["omslag_magazine"]), Spacer(1, 10 * mm)]
    if sectie.uitleg:
        uit.append(Paragraph(esc(sectie.uitleg), s["omslag_titel"]))
    uit += alineas(sectie.alineas, s["opener_tekst"])
    return [*uit, nieuwe_pagina(g)]


def contactblok(editie: o.Editie, s, breedte, kop=None):
    """Who to call: the contact block of the colophon and of boxes that fill a page."""
    c = editie.colofon
    uit = [Paragraph(esc(kop or _("Vragen? Wij helpen je verder.")), s["kop2"])]
    for label, waarde in ((_("Bel"), c.telefoon), (_("Mail"), c.email), (_("Kom langs"), c.adres),
                          (_("Kijk op"), c.website)):
        if waarde:
            uit.append(Paragraph(f"<b>{esc(label)}</b> {esc(waarde)}", s["intro"]))
    return uit


def _zelfcheck(editie, s, ctx, breedte):
    uit = [Paragraph(esc(_("Hoe gaat het met je?")), s["kop2"]),
           Paragraph(esc(_("Geef jezelf een cijfer van 0 tot 10 voor elk van de zes kanten van je leven. "
                           "Waar wil je iets aan doen? Op de website zie je wie je daarbij kan helpen.")), s["basis"])]
    if editie.colofon.zelfcheck:
        uit.append(QrLink(editie.colofon.zelfcheck, s["link"], ctx["qr"], _("Doe de test online op")))
    return uit


def _schalen(editie, s):
    uit = []
    for naam, uitleg, kleur in editie.colofon.dimensies:
        uit += [Schaal(naam, cmyk(kleur)), Paragraph(esc(uitleg), s["klein"]), Spacer(1, 2 * mm)]
    return uit


def restvak(editie, s, g, ctx, nodig, drempel=None, alleen_contact=False, zonder_tegels=False):
    """A box for the rest of a page: the richest of self-check, six dimensions and contact that fits;
    alternating between boxes so two on one spread do not look the same."""
    ctx["rest"] = ctx.get("rest", 0) + 1
    beurt = ctx["rest"]

    def keuzes(breedte):
        zelfcheck = _zelfcheck(editie, s, ctx, breedte)
        contact = contactblok(editie, s, breedte)
        if alleen_contact:
            return [contact]
        rijk = [[*zelfcheck, Spacer(1, 3 * mm), *_schalen(editie, s)],
                [*contact, Spacer(1, 4 * mm), *_dimensie_tegels(editie.colofon.dimensies, s, g, breedte=breedte)]]
        if zonder_tegels:  # the page shows the six dimensions already
            rijk = rijk[:1]
        klein = [zelfcheck, _schrijf_mee(editie, s), contact]
        draai = beurt % len(klein)
        return [*(rijk if beurt % 2 else rijk[::-1]), *klein[draai:], *klein[:draai]]

    return RestVak(keuzes, nodig, drempel or g.tekstvlak[3] / 6, g.tekstvlak[3], s["tint"])


def _schrijf_mee(editie, s):
    uit = [Paragraph(esc(_("Jouw verhaal in %(magazine)s?") % {"magazine": editie.magazine}), s["kop2"]),
           Paragraph(esc(_("Heeft iets of iemand jou geholpen? Of doe je zelf iets voor een ander? Vertel het ons. "
                           "Misschien staat jouw verhaal in de volgende %(magazine)s.")
                         % {"magazine": editie.magazine}), s["basis"])]
    c = editie.colofon
    if c.email or c.telefoon:
        uit.append(Paragraph(f"<b>{esc(c.email or c.telefoon)}</b>", s["intro"]))
    return uit


class Schaal(Flowable):
    """A row of boxes 0 to 10 to tick, with the dimension's name."""

    def __init__(self, naam, kleur):
        super().__init__()
        self.naam, self.kleur = naam, kleur

    def wrap(self, avail_w, avail_h):
        self.width, self.height = avail_w, 30
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.kleur)
        c.setFont(SANS_VET, 11)
        c.drawString(0, 10, self.naam)
        stap = (self.width - 150) / 11
        c.setStrokeColor(ZWART)
        c.setLineWidth(0.6)
        c.setFillColor(ZWART)
        c.setFont(SANS_VET, 9)
        for i in range(11):
            x = 150 + i * stap
            c.rect(x, 4, stap - 4, 20, stroke=1, fill=0)
            c.drawCentredString(x + (stap - 4) / 2, 10, str(i))
        c.restoreState()


def vulpaginas(editie: o.Editie, s, g, ctx):
    """Designed pages that round the edition up to a multiple of four, in this order."""
    paginas = []
    if editie.partners:
        p = [Paragraph(esc(_("Deze organisaties doen mee")), s["kop1"]),
             Paragraph(esc(_("%(site)s is van en voor de organisaties in %(gemeente)s. Zij zetten hun hulp, "
                             "activiteiten en vrijwilligerswerk op de kaart.")
                           % {"site": editie.site_naam, "gemeente": editie.gemeente or editie.site_naam}),
                       s["intro"])]
        p.append(kolommen([Paragraph(f"<b>{esc(naam)}</b>" + (f"<br/>{esc(extra)}" if extra else ""), s["basis"])
                           for naam, extra in editie.partners], g, 2))
        paginas.append([*p, restvak(editie, s, g, ctx, 10 ** 6, g.tekstvlak[3] / 6)])
    zelfcheck = [*_zelfcheck(editie, s, ctx, g.tekstvlak[2]), Spacer(1, 6 * mm), *_schalen(editie, s)]
    paginas.append([*zelfcheck, restvak(editie, s, g, ctx, 10 ** 6, g.tekstvlak[3] / 6, alleen_contact=True)])
    online = [Paragraph(esc(_("Zo vind je hulp op %(site)s") % {"site": editie.site_naam}), s["kop1"]),
              *[Paragraph(esc(t), s["intro"]) for t in (
                  _("Begin bij je vraag. Bijvoorbeeld: ik voel me vaak alleen, of: ik heb geldzorgen."),
                  _("Zoek op thema, op je buurt of op de kaart."),
                  _("Vind een activiteit in de agenda. Veel is gratis."),
                  _("Lees de website in je eigen taal."),
                  _("Vraag met één klik meer informatie aan bij een organisatie."))]]
    online += [Spacer(1, 6 * mm), *_dimensie_tegels(editie.colofon.dimensies, s, g)]
    paginas.append([*online, restvak(editie, s, g, ctx, 10 ** 6, g.tekstvlak[3] / 6, alleen_contact=True)])
    return paginas


def colofon(editie: o.Editie, s, g, ctx):
    """The back page: contact block, the colophon, the website."""
    c = editie.colofon
    uit = [nieuwe_pagina(g), Anker("colofon", ctx["paginas"]),
           Vak([contactblok(editie, s, g.tekstvlak[2])], [g.tekstvlak[2]], achtergrond=s["tint"],
               padding=(14, 14, 12, 14)), Spacer(1, 8 * mm), Paragraph(esc(_("Colofon")), s["kop2"])]
    regels = [(_("Uitgave"), f"{editie.magazine}, {editie.titel}"),
              (_("Van"), f"{editie.site_naam}" + (f", {editie.gemeente}" if editie.gemeente else "")),
              (_("Redactie"), c.redactie), (_("Partners"), _("%(n)d organisaties") % {"n": len(editie.partners)}
                                            if editie.partners else ""),
              (_("Foto's"), c.fotos), (_("Oplage"), str(c.oplage) if c.oplage else ""), (_("Druk"), c.drukker),
              (_("Online"), c.website)]
    tekst = [Paragraph(f"<b>{esc(label)}</b><br/>{esc(waarde)}", s["basis"]) for label, waarde in regels if waarde]
    tekst.append(Paragraph(esc(_("Heb je een verhaal, een tip of klopt er iets niet? Laat het de redactie weten. "
                                 "Wil je LEEF niet meer ontvangen? Plak een nee-nee-sticker op je brievenbus.")),
                           s["basis"]))
    uit += [kolommen(tekst, g), Spacer(1, 6 * mm), restvak(editie, s, g, ctx, 10 ** 6, 40 * mm)]
    return uit


__all__ = ["colofon", "dimensie_opener", "inhoudspagina", "omslag", "restvak", "vulpaginas"]
