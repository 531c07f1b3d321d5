"""Plain text without markup, set exactly like a left-aligned platypus Paragraph but measured once.

A Paragraph parses its text as markup and measures every word again on each wrap (a paragraph that
flows over a column break is wrapped two or three times); the plain paragraphs of an edition were
the largest part of the layout time. Alinea keeps the word widths and cuts lines with the same rule
as Paragraph's single-font path (space shrinkage included), so line breaks and positions are
identical. Whatever it does not do the same way (markup, soft hyphens, a word wider than the
column, other alignments, hyphenation) stays a Paragraph: see `alinea()`.
"""

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, split


def _eenvoudig(stijl):
    return (stijl.alignment == TA_LEFT and not stijl.hyphenationLang and not stijl.embeddedHyphenation
            and not stijl.uriWasteReduce and not stijl.shaping and not stijl.wordWrap and not stijl.endDots
            and not stijl.backColor and not stijl.borderWidth and not stijl.textTransform
            and not getattr(stijl, "bulletText", None) and getattr(stijl, "autoLeading", "") in ("", "off"))


def alinea(markup, stijl):
    """Paragraph markup as an Alinea when it is plain text in a simple style (no tags, no entities:
    text escaped with `esc` that needed escaping stays a Paragraph), else as a Paragraph."""
    if not markup or "<" in markup or "&" in markup or "\xad" in markup or not _eenvoudig(stijl):
        return Paragraph(markup, stijl)
    return Alinea(split(cleanBlockQuotedText(markup)), stijl)


class Alinea(Flowable):
    def __init__(self, woorden, stijl, breedtes=None, eerste_inspring=None):
        super().__init__()
        self.woorden, self.style = woorden, stijl
        if breedtes is None:
            meet, grootte = getFont(stijl.fontName).stringWidth, stijl.fontSize  # the font's own: one call less a word
            breedtes = [meet(w, grootte) for w in woorden]
        self.breedtes = breedtes
        self.inspring = stijl.firstLineIndent if eerste_inspring is None else eerste_inspring
        self._regels, self._voor_breedte = None, None
        self._paragraaf = None  # the Paragraph this falls back to for a word wider than the column

    def getSpaceBefore(self):  # noqa: N802 - platypus API
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter

    def _breek(self, maten):
        """Lines as (start, end) word indices, with Paragraph's rule: a word joins the line while
        the width stays within the measure plus the allowed space shrinkage."""
        s = self.style
        spatie = stringWidth(" ", s.fontName, s.fontSize)
        krimp = s.spaceShrinkage * spatie
        regels, begin, huidig, maat = [], 0, -spatie, maten[0]
        for i, b in enumerate(self.breedtes):
            nieuw = huidig + spatie + b
            if nieuw <= maat + krimp * (i - begin) or i == begin:
                huidig = nieuw
            else:
                regels.append((begin, i))
                begin, huidig = i, b
                maat = maten[1]
        if begin < len(self.woorden):
            regels.append((begin, len(self.woorden)))
        return regels

    def wrap(self, avail_w, avail_h):
        if self._paragraaf is not None:
            return self._paragraaf.wrap(avail_w, avail_h)
        if avail_w != self._voor_breedte:
            s = self.style
            later = avail_w - s.leftIndent - s.rightIndent
            maten = (later - self.inspring, later)
            if s.splitLongWords and self.breedtes and max(self.breedtes) > min(maten):
                self._paragraaf = Paragraph(" ".join(self.woorden), s)  # splits the long word
                return self._paragraaf.wrap(avail_w, avail_h)
            self._regels, self._voor_breedte = self._breek(maten), avail_w
        self.width, self.height = avail_w, len(self._regels) * self.style.leading
        return self.width, self.height

    def split(self, avail_w, avail_h):
        if self._paragraaf is not None:
            return self._paragraaf.split(avail_w, avail_h)
        if not self.woorden or avail_h < rl_config._FUZZ:
            return []
        s = self.style
        self.wrap(avail_w, avail_h)
        passend, n = int(avail_h / s.leading), len(self._regels)
        if (not s.allowOrphans and passend <= 1) or passend == 0:
            return []
        if n <= passend:
            return [self]
        if not s.allowWidows and n == passend + 1:
            if (s.allowOrphans and n == 3) or n > 3:
                passend -= 1
            else:
                return []
        knip = self._regels[passend][0]
        eerste = Alinea(self.woorden[:knip], s, self.breedtes[:knip], self.inspring)
        eerste._regels, eerste._voor_breedte = self._regels[:passend], avail_w
        eerste.wrap(avail_w, avail_h)
        return [eerste, Alinea(self.woorden[knip:], s, self.breedtes[knip:], 0)]

    def draw(self):
        if self._paragraaf is not None:
            return self._paragraaf.draw()
        s, c = self.style, self.canv
        y = self.height - (s.fontSize if rl_config.paraFontSizeHeightOffset
                           else getAscentDescent(s.fontName, s.fontSize)[0])
        c.saveState()
        c.setFillColor(s.textColor)
        tekst = c.beginText(s.leftIndent, y)
        tekst.setFont(s.fontName, s.fontSize, s.leading)
        for nr, (begin, eind) in enumerate(self._regels):
            inspring = self.inspring if nr == 0 else 0
            if inspring:
                tekst.setXPos(inspring)
            tekst.textLine(" ".join(self.woorden[begin:eind]))
            if inspring:
                tekst.setXPos(-inspring)
        c.drawText(tekst)
        c.restoreState()
