"""Fonts and styles. The fonts ship in publicatie/fonts (DejaVu, Bitstream Vera licence) and are
always embedded; nothing is looked up on the system and no base-14 font is ever used.

Type for older and B1 readers: body 10.5 pt on 14.5 pt leading, nothing smaller than 9 pt;
Dutch hyphenation (pyphen) keeps the narrow columns from going ragged.
"""

import functools
from pathlib import Path

from reportlab.lib.colors import CMYKColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .cmyk import hex_naar_cmyk

FONTS = Path(__file__).resolve().parent.parent / "fonts"
SANS, SANS_VET, SERIF, SERIF_CURSIEF = "LeefSans", "LeefSans-Vet", "LeefSerif", "LeefSerif-Cursief"

ZWART = CMYKColor(0, 0, 0, 1)
WIT = CMYKColor(0, 0, 0, 0)
GRIJS = CMYKColor(0, 0, 0, 0.7)
LICHTGRIJS = CMYKColor(0, 0, 0, 0.12)

BODY_PT, BODY_LEADING = 10.5, 14.5
KLEINSTE_PT = 9  # captions, agenda, footer: nothing printed smaller
AFBREKEN = "nl_NL"


def registreer_fonts():
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for naam, bestand in ((SANS, "DejaVuSans.ttf"), (SANS_VET, "DejaVuSans-Bold.ttf"),
                          (SERIF, "DejaVuSerif.ttf"), (SERIF_CURSIEF, "DejaVuSerif-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(naam, str(FONTS / bestand)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_VET, italic=SANS, boldItalic=SANS_VET)
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SANS_VET, italic=SERIF_CURSIEF,
                                  boldItalic=SANS_VET)


@functools.lru_cache(maxsize=64)
def cmyk(hex_kleur, tint=1.0):
    """A drawn colour in the print profile's CMYK (the same FOGRA39 conversion as the photos)."""
    c, m, y, k = hex_naar_cmyk(hex_kleur or "#1d5f8a")
    return CMYKColor(round(c * tint, 3), round(m * tint, 3), round(y * tint, 3), round(k * tint, 3))


def stijlen(kleur="#1d5f8a"):
    registreer_fonts()
    accent = cmyk(kleur)
    basis = ParagraphStyle("basis", fontName=SERIF, fontSize=BODY_PT, leading=BODY_LEADING, textColor=ZWART,
                           alignment=TA_LEFT, spaceAfter=6, hyphenationLang=AFBREKEN, embeddedHyphenation=1,
                           uriWasteReduce=0.3)
    zonder_afbreken = {"hyphenationLang": "", "embeddedHyphenation": 0}
    return {
        "basis": basis,
        "intro": ParagraphStyle("intro", parent=basis, fontName=SANS_VET, fontSize=12, leading=16.5,
                                spaceAfter=8, **zonder_afbreken),
        "kop1": ParagraphStyle("kop1", parent=basis, fontName=SANS_VET, fontSize=28, leading=32,
                               textColor=accent, spaceAfter=6, **zonder_afbreken),
        # no keepWithNext: a section heading has its CondPageBreak, and kept with a long text in
        # columns it would push the whole text to the next page
        "kop2": ParagraphStyle("kop2", parent=basis, fontName=SANS_VET, fontSize=19, leading=23,
                               textColor=accent, spaceBefore=6, spaceAfter=6, **zonder_afbreken),
        "kop3": ParagraphStyle("kop3", parent=basis, fontName=SANS_VET, fontSize=12.5, leading=15.5,
                               spaceBefore=4, spaceAfter=3, keepWithNext=1, **zonder_afbreken),
        # a place or a week in the agenda: a tinted bar over the column, easy to find
        "groep": ParagraphStyle("groep", parent=basis, fontName=SANS_VET, fontSize=11, leading=15,
                                textColor=accent, backColor=cmyk(kleur, 0.12), borderPadding=(2, 3, 3, 3),
                                spaceBefore=9, spaceAfter=5, keepWithNext=1, **zonder_afbreken),
        "klein": ParagraphStyle("klein", parent=basis, fontName=SANS, fontSize=KLEINSTE_PT, leading=12,
                                spaceAfter=2, **zonder_afbreken),
        "onderschrift": ParagraphStyle("onderschrift", parent=basis, fontName=SANS, fontSize=KLEINSTE_PT,
                                       leading=12, textColor=GRIJS, spaceBefore=2, spaceAfter=6,
                                       **zonder_afbreken),
        "wie": ParagraphStyle("wie", parent=basis, fontName=SANS_VET, fontSize=10, leading=13, textColor=GRIJS,
                              spaceAfter=8, **zonder_afbreken),
        "citaat": ParagraphStyle("citaat", parent=basis, fontName=SERIF_CURSIEF, fontSize=17, leading=22,
                                 textColor=accent, spaceBefore=4, spaceAfter=8, **zonder_afbreken),
        "link": ParagraphStyle("link", parent=basis, fontName=SANS_VET, fontSize=KLEINSTE_PT, leading=11.5,
                               spaceAfter=0, **zonder_afbreken),
        "agenda": ParagraphStyle("agenda", parent=basis, fontName=SANS, fontSize=9.5, leading=12.5, spaceAfter=3,
                                 leftIndent=10, firstLineIndent=-10, allowWidows=0, allowOrphans=0,
                                 **zonder_afbreken),
        "omslag_magazine": ParagraphStyle("omslag_magazine", parent=basis, fontName=SANS_VET, fontSize=80,
                                          leading=80, textColor=WIT, **zonder_afbreken),
        "omslag_titel": ParagraphStyle("omslag_titel", parent=basis, fontName=SANS_VET, fontSize=26, leading=31,
                                       textColor=WIT, spaceAfter=10, **zonder_afbreken),
        "omslag_tekst": ParagraphStyle("omslag_tekst", parent=basis, fontName=SANS, fontSize=13, leading=17,
                                       textColor=WIT, **zonder_afbreken),
        "omslag_citaat": ParagraphStyle("omslag_citaat", parent=basis, fontName=SERIF_CURSIEF, fontSize=30,
                                        leading=38, textColor=accent, **zonder_afbreken),
        "opener_tekst": ParagraphStyle("opener_tekst", parent=basis, fontName=SERIF, fontSize=13, leading=19,
                                       textColor=WIT, spaceAfter=8, **zonder_afbreken),
        "inhoud": ParagraphStyle("inhoud", parent=basis, fontName=SANS, fontSize=12, leading=16, spaceAfter=6,
                                 leftIndent=28, firstLineIndent=-28, **zonder_afbreken),
        "midden": ParagraphStyle("midden", parent=basis, fontName=SANS_VET, fontSize=12, leading=16,
                                 alignment=TA_CENTER, **zonder_afbreken),
        "accent": accent,
        "kleur": kleur,
        "tint": cmyk(kleur, 0.12),
    }
