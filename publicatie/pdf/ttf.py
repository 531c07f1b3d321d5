"""Faster loading of the shipped TrueType fonts.

reportlab reads a font's character map, advance widths and glyph offsets one number at a time in
Python: ~25 ms for the four DejaVu fonts, paid by every process that exports (an eighth of a cold
export). SnelleFace lets reportlab read the small tables and reads those three in bulk with struct,
setting exactly the attributes reportlab's TTFontFile.extractInfo sets (a test compares them for
the shipped fonts). A character map in another layout than format 12 or 4 is left to reportlab.
"""

import struct
from fnmatch import fnmatch
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont, TTFontFace


class _Anders(Exception):
    """A font layout the fast path does not read: reportlab parses it."""


class SnelleFace(TTFontFace):
    def extractInfo(self, charInfo=1):  # noqa: N802, N803 - reportlab's names
        super().extractInfo(0)  # names, header, flags and metrics: the cheap part
        if charInfo:
            try:
                self._tekens_breedtes_posities()
            except (_Anders, KeyError, struct.error):
                super().extractInfo(charInfo)

    def _tabel(self, tag):
        return self.table[tag]["offset"]

    def _kaart(self, d):
        """The cmap subtable reportlab would choose (same rules, last match wins) and its format."""
        basis = self._tabel("cmap")
        versie, aantal = struct.unpack_from(">HH", d, basis)
        if aantal == 0 and versie != 0:
            aantal = versie
        gekozen, enc = None, 0
        for i in range(aantal):
            platform, codering, offset = struct.unpack_from(">HHL", d, basis + 4 + 8 * i)
            if platform == 3 or (platform == 1 and codering == 1) or (platform == 0 and codering != 5):
                gekozen, enc = offset, 1
            elif platform == 1 and codering == 0 and enc != 1:
                gekozen, enc = offset, 2
        if gekozen is None:
            raise _Anders
        return basis + gekozen

    def _tekens_breedtes_posities(self):
        d, n_glyphs = self._ttf_data, self.numGlyphs
        loca_formaat, data_formaat = struct.unpack_from(">hh", d, self._tabel("head") + 50)
        if data_formaat != 0:
            raise TTFError(f"Unknown glyph data format ({data_formaat})")
        n_metrics = struct.unpack_from(">H", d, self._tabel("hhea") + 34)[0]

        # cmap: character -> glyph, and glyph -> characters in the order reportlab appends them
        kaart = self._kaart(d)
        formaat = struct.unpack_from(">H", d, kaart)[0]
        paren = []  # (character, glyph) in reportlab's order
        if formaat == 12:
            aantal = struct.unpack_from(">L", d, kaart + 12)[0]
            groepen = struct.unpack_from(f">{3 * aantal}L", d, kaart + 16)
            for begin, eind, eerste in zip(groepen[0::3], groepen[1::3], groepen[2::3], strict=True):
                paren += zip(range(begin, eind + 1), range(eerste, eerste + eind - begin + 1), strict=True)
        elif formaat == 4:
            lengte = struct.unpack_from(">H", d, kaart + 2)[0]
            segmenten = struct.unpack_from(">H", d, kaart + 6)[0] // 2
            eind = struct.unpack_from(f">{segmenten}H", d, kaart + 14)
            begin = struct.unpack_from(f">{segmenten}H", d, kaart + 16 + 2 * segmenten)
            delta = struct.unpack_from(f">{segmenten}h", d, kaart + 16 + 4 * segmenten)
            ro_start = kaart + 16 + 6 * segmenten
            ro = struct.unpack_from(f">{segmenten}H", d, ro_start)
            grens = kaart + lengte
            for s in range(segmenten):
                if ro[s] == 0:
                    paren += ((u, (u + delta[s]) & 0xFFFF) for u in range(begin[s], eind[s] + 1))
                    continue
                for u in range(begin[s], eind[s] + 1):
                    plek = ro_start + 2 * s + (u - begin[s]) * 2 + ro[s]
                    g = 0 if plek >= grens else struct.unpack_from(">H", d, plek)[0]
                    paren.append((u, (g + delta[s]) & 0xFFFF if g else 0))
        else:
            raise _Anders
        teken_glyph = dict(paren)
        if len(teken_glyph) != len(paren):
            raise _Anders  # a character mapped twice: reportlab's widths then follow its own order
        glyph_tekens = {g: [u] for u, g in paren}  # usually one character a glyph
        if len(glyph_tekens) != len(paren):
            glyph_tekens = {}
            for u, g in paren:
                glyph_tekens.setdefault(g, []).append(u)

        # hmtx: reportlab keeps the scaled last advance for the glyphs after numberOfHMetrics
        waarden = struct.unpack_from(f">{2 * n_metrics + (n_glyphs - n_metrics)}H", d, self._tabel("hmtx"))
        hmetrics = list(zip(waarden[0:2 * n_metrics:2], waarden[1:2 * n_metrics:2], strict=True))
        # reportlab's scale(x) is x itself at 1000 units per em, else x * (1000 / unitsPerEm)
        factor = None if self.unitsPerEm == 1000 else 1000 / self.unitsPerEm
        advances = waarden[0:2 * n_metrics:2]
        breedtes = list(advances) if factor is None else [aw * factor for aw in advances]
        laatste = breedtes[-1]
        hmetrics += [(laatste, lsb) for lsb in waarden[2 * n_metrics:]]
        breedtes += [laatste] * (n_glyphs - n_metrics)
        teken_breedte = {u: breedtes[g] for u, g in teken_glyph.items() if g < n_glyphs}

        # loca: where each glyph's outline starts (for subsetting)
        loca = self._tabel("loca")
        if loca_formaat == 0:
            posities = [v << 1 for v in struct.unpack_from(f">{n_glyphs + 1}H", d, loca)]
            self._pos = loca + 2 * (n_glyphs + 1)
        elif loca_formaat == 1:
            posities = list(struct.unpack_from(f">{n_glyphs + 1}L", d, loca))
            self._pos = loca + 4 * (n_glyphs + 1)
        else:
            raise TTFError(f"Unknown location table format ({loca_formaat})")

        for a, b in ((0x20, 0xA0), (0xA0, 0x20)):  # a no-break space is a space
            if a in teken_glyph:
                teken_glyph[b], teken_breedte[b] = teken_glyph[a], teken_breedte[a]
                break
        self.charToGlyph, self.glyphToChar, self.charWidths = teken_glyph, glyph_tekens, teken_breedte
        self.hmetrics, self.defaultWidth, self.glyphPos = hmetrics, breedtes[0], posities


class SnelTTFont(TTFont):
    """A TTFont on a SnelleFace. TTFont.__init__ always builds reportlab's own face, so this sets
    the same attributes itself (a test compares them with a TTFont's)."""

    def __init__(self, name, filename, asciiReadable=None, shapable=True):  # noqa: N803
        self.fontName = name
        self.face = SnelleFace(filename)
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable if asciiReadable is None else asciiReadable
        self.shapable = shapable and not any(fnmatch(name, p) for p in rl_config.unShapedFontGlob)
