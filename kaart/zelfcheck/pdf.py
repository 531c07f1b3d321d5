"""The one-page PDF a resident can take to a conversation: the spider web, the scores and what helps.

Made in memory with reportlab and returned straight to the resident: never written to disk. The
chart is the same geometry as the page's SVG (`spinnenweb.geometrie`), drawn as vector graphics. The
font is DejaVu Sans from `leefmee/fonts/` (shared by every app), embedded, so the PDF looks the same
everywhere and carries Polish, Ukrainian and Turkish letters.
"""

import io
from pathlib import Path
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .score import MAX_SCORE, getal
from .spinnenweb import BREEDTE, HOOGTE, geometrie

FONTS = Path(settings.BASE_DIR) / "leefmee" / "fonts"
LETTER, VET = "DejaVuSans", "DejaVuSans-Bold"
PRIMAIR = colors.HexColor("#1d5f8a")
# One page: the chart, the scores and the first few suggestions.
PDF_AANBOD, PDF_ACTIVITEITEN = 4, 3


def _fonts():
    geregistreerd = pdfmetrics.getRegisteredFontNames()
    if LETTER not in geregistreerd:
        pdfmetrics.registerFont(TTFont(LETTER, str(FONTS / "DejaVuSans.ttf")))
    if VET not in geregistreerd:
        pdfmetrics.registerFont(TTFont(VET, str(FONTS / "DejaVuSans-Bold.ttf")))


def tekening(scores, breedte, rtl=False, taal=None):
    """The spider web as a reportlab Drawing `breedte` points wide (y flipped: PDF counts upwards)."""
    g = geometrie(scores, rtl=rtl, taal=taal)
    schaal = breedte / BREEDTE
    d = Drawing(breedte, HOOGTE * schaal, initialFontName=LETTER, initialFontSize=20)
    groep = Group(transform=(schaal, 0, 0, schaal, 0, 0))

    def y(v):
        return HOOGTE - v

    def vlak(punten):
        return [c for x, yy in punten for c in (x, y(yy))]

    for ring in g.ringen:
        groep.add(Polygon(vlak(ring), strokeColor=colors.HexColor("#9a9a9a"), fillColor=None, strokeWidth=1))
    for x1, y1, x2, y2 in g.assen:
        groep.add(Line(x1, y(y1), x2, y(y2), strokeColor=colors.HexColor("#555555"), strokeWidth=1.5))
    groep.add(Polygon(vlak(g.punten), strokeColor=PRIMAIR, strokeWidth=3,
                      fillColor=colors.Color(0.11, 0.37, 0.54, alpha=0.25)))
    for s, (x, yy) in zip(scores, g.punten, strict=True):
        groep.add(Circle(x, y(yy), 6, fillColor=colors.HexColor(s.kleur), strokeColor=colors.white, strokeWidth=2))
    for label in g.labels:
        # reportlab's anchors are absolute (left/right), so an RTL 'start' anchor is the right edge.
        anker = label.anker
        if g.rtl and anker != "middle":
            anker = "end" if anker == "start" else "start"
        groep.add(String(label.x, y(label.y), label.naam, fontName=VET, fontSize=20, textAnchor=anker))
        groep.add(String(label.x, y(label.y) - 25, label.score, fontName=LETTER, fontSize=20, textAnchor=anker))
    d.add(groep)
    return d


def _stijlen(rtl):
    uitlijning = 2 if rtl else 0  # TA_RIGHT / TA_LEFT
    basis = ParagraphStyle("basis", fontName=LETTER, fontSize=10, leading=13.5, alignment=uitlijning)
    return {
        "basis": basis,
        "klein": ParagraphStyle("klein", parent=basis, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
        "titel": ParagraphStyle("titel", parent=basis, fontName=VET, fontSize=20, leading=24, spaceAfter=2 * mm),
        "kop": ParagraphStyle("kop", parent=basis, fontName=VET, fontSize=12.5, leading=16, spaceBefore=3 * mm,
                              spaceAfter=1.5 * mm, textColor=PRIMAIR),
        "item": ParagraphStyle("item", parent=basis, spaceAfter=1.5 * mm),
    }


def _contact(pagina):
    organisatie = getattr(pagina, "organisatie", None)
    delen = []
    if organisatie is not None:
        delen.append(organisatie.title)
    telefoon = pagina.telefoon or (organisatie.telefoon if organisatie else "")
    email = pagina.email or (organisatie.email if organisatie else "")
    if telefoon:
        delen.append(_("tel. %(nummer)s") % {"nummer": telefoon})
    if email:
        delen.append(email)
    return " · ".join(delen)


def maak_pdf(uitslag, suggesties, titel, taal=None, urls=None, rtl=False):
    """The PDF as bytes. `urls` maps a page's pk to its full address, printed under its title."""
    _fonts()
    urls = urls or {}
    st = _stijlen(rtl)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
        title=titel, author="LEEF MEE", initialFontName=LETTER, invariant=1,
    )
    breedte = A4[0] - 32 * mm
    inhoud = [
        Paragraph(escape(titel), st["titel"]),
        Paragraph(escape(_("Mijn uitslag van %(datum)s") % {"datum": date_format(timezone.localdate(), "j F Y")}),
                  st["basis"]),
    ]
    rijen = [[Paragraph(escape(s.naam), st["basis"]),
              Paragraph(escape(f"{getal(s.waarde, taal)} / {getal(MAX_SCORE, taal)}"), st["basis"])]
             for s in uitslag.scores]
    tabel = Table(rijen, colWidths=[breedte * 0.3, breedte * 0.12])
    tabel.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), LETTER),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    # The chart and the scores side by side (mirrored for right-to-left), to keep it to one page.
    web = tekening(uitslag.scores, breedte * 0.56, rtl=rtl, taal=taal)
    cellen = [tabel, web] if rtl else [web, tabel]
    naast = Table([cellen], colWidths=[breedte * 0.44, breedte * 0.56] if rtl else [breedte * 0.56, breedte * 0.44])
    naast.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), LETTER)]))
    inhoud.append(naast)

    if suggesties.keuzes:
        inhoud.append(Paragraph(escape(_("Waar ik iets aan wil doen")), st["kop"]))
        inhoud.append(Paragraph(escape(", ".join(k.naam for k in suggesties.keuzes)), st["basis"]))
    if suggesties.aanbod:
        inhoud.append(Paragraph(escape(_("Wat kan helpen")), st["kop"]))
        for aanbod in suggesties.aanbod[:PDF_AANBOD]:
            kenmerken = []
            if aanbod.kosten == "gratis":
                kenmerken.append(_("gratis"))
            if not aanbod.verwijzing_nodig:
                kenmerken.append(_("geen verwijzing nodig"))
            regel = f"<font name='{VET}'>{escape(aanbod.title)}</font>"
            if kenmerken:
                regel += f" ({escape(', '.join(kenmerken))})"
            regel += f"<br/>{escape(aanbod.korte_beschrijving)}"
            contact = _contact(aanbod)
            if contact:
                regel += f"<br/>{escape(contact)}"
            if aanbod.pk in urls:
                regel += f"<br/><font size='8.5'>{escape(urls[aanbod.pk])}</font>"
            inhoud.append(Paragraph(regel, st["item"]))
    if suggesties.activiteiten:
        inhoud.append(Paragraph(escape(_("Activiteiten in de komende weken")), st["kop"]))
        for activiteit, voorkomen in suggesties.activiteiten[:PDF_ACTIVITEITEN]:
            wanneer = date_format(voorkomen.datum, "l j F") + ", " + voorkomen.begintijd.strftime("%H:%M")
            regel = f"<font name='{VET}'>{escape(activiteit.title)}</font> · {escape(wanneer)}"
            contact = _contact(activiteit)
            if contact:
                regel += f"<br/>{escape(contact)}"
            inhoud.append(Paragraph(regel, st["item"]))
    inhoud += [
        Spacer(1, 4 * mm),
        Paragraph(escape(_("Deze uitslag is van jou. We hebben je antwoorden niet bewaard.")), st["klein"]),
    ]
    doc.build(inhoud)
    return buffer.getvalue()
