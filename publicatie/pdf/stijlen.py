"""Fonts and styles. The fonts ship in publicatie/fonts (DejaVu, Bitstream Vera licence) and are
always embedded; nothing is looked up on the system and no base-14 font is ever used."""

from pathlib import Path

from reportlab.lib.colors import CMYKColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from .ttf import SnelTTFont

FONTS = Path(__file__).resolve().parent.parent / "fonts"
SANS, SANS_VET, SERIF, SERIF_CURSIEF = "LeefSans", "LeefSans-Vet", "LeefSerif", "LeefSerif-Cursief"

ZWART = CMYKColor(0, 0, 0, 1)
WIT = CMYKColor(0, 0, 0, 0)
GRIJS = CMYKColor(0, 0, 0, 0.55)
LICHTGRIJS = CMYKColor(0, 0, 0, 0.12)


def registreer_fonts():
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for naam, bestand in ((SANS, "DejaVuSans.ttf"), (SANS_VET, "DejaVuSans-Bold.ttf"),
                          (SERIF, "DejaVuSerif.ttf"), (SERIF_CURSIEF, "DejaVuSerif-Italic.ttf")):
        pdfmetrics.registerFont(SnelTTFont(naam, str(FONTS / bestand)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_VET, italic=SANS, boldItalic=SANS_VET)
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SANS_VET, italic=SERIF_CURSIEF,
                                  boldItalic=SANS_VET)


def cmyk(hex_kleur, tint=1.0):
    """A CMYK colour from '#rrggbb' (naive conversion; the printer's RIP does the profile)."""
    hex_kleur = (hex_kleur or "#1d5f8a").lstrip("#")
    r, g, b = (int(hex_kleur[i:i + 2], 16) / 255 for i in (0, 2, 4))
    k = 1 - max(r, g, b)
    if k >= 1:
        return CMYKColor(0, 0, 0, tint)
    c, m, y = ((1 - v - k) / (1 - k) for v in (r, g, b))
    return CMYKColor(round(c * tint, 3), round(m * tint, 3), round(y * tint, 3), round(k * tint, 3))


def stijlen(kleur="#1d5f8a"):
    registreer_fonts()
    accent = cmyk(kleur)
    basis = ParagraphStyle("basis", fontName=SERIF, fontSize=9.5, leading=13.5, textColor=ZWART,
                           alignment=TA_LEFT, spaceAfter=5, hyphenationLang="", embeddedHyphenation=0)
    return {
        "basis": basis,
        "intro": ParagraphStyle("intro", parent=basis, fontName=SANS_VET, fontSize=10.5, leading=14.5),
        "kop1": ParagraphStyle("kop1", parent=basis, fontName=SANS_VET, fontSize=24, leading=28,
                               textColor=accent, spaceAfter=8),
        "kop2": ParagraphStyle("kop2", parent=basis, fontName=SANS_VET, fontSize=15, leading=18.5,
                               textColor=accent, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "kop3": ParagraphStyle("kop3", parent=basis, fontName=SANS_VET, fontSize=11.5, leading=14,
                               spaceAfter=2, keepWithNext=1),
        "klein": ParagraphStyle("klein", parent=basis, fontName=SANS, fontSize=7.8, leading=10, spaceAfter=1),
        "wie": ParagraphStyle("wie", parent=basis, fontName=SANS, fontSize=9, leading=12, textColor=GRIJS),
        "citaat": ParagraphStyle("citaat", parent=basis, fontName=SERIF_CURSIEF, fontSize=15, leading=20,
                                 textColor=accent, spaceBefore=4, spaceAfter=8),
        "link": ParagraphStyle("link", parent=basis, fontName=SANS_VET, fontSize=8, leading=10, spaceAfter=0),
        "opening_magazine": ParagraphStyle("opening_magazine", parent=basis, fontName=SANS_VET, fontSize=54,
                                           leading=58, textColor=WIT),
        "opening_titel": ParagraphStyle("opening_titel", parent=basis, fontName=SANS_VET, fontSize=26,
                                        leading=31, textColor=WIT, spaceAfter=14),
        "opening_tekst": ParagraphStyle("opening_tekst", parent=basis, fontName=SERIF, fontSize=12,
                                        leading=17, textColor=WIT),
        "voet": ParagraphStyle("voet", parent=basis, fontName=SANS, fontSize=7.5, leading=9),
        "tabel": ParagraphStyle("tabel", parent=basis, fontName=SANS, fontSize=7.8, leading=9.6, spaceAfter=0),
        "tabel_vet": ParagraphStyle("tabel_vet", parent=basis, fontName=SANS_VET, fontSize=7.8, leading=9.6,
                                    spaceAfter=0),
        "accent": accent,
        "tint": cmyk(kleur, 0.12),
    }
