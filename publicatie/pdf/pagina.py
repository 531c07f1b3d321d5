"""Page geometry for print: the PDF page is trim + 2 x (bleed + slug); TrimBox and BleedBox are set
explicitly and crop marks are drawn in the slug, outside the bleed (reportlab's own `cropMarks`
scales the content instead and writes no TrimBox)."""

from dataclasses import dataclass

from reportlab.lib.colors import CMYKColor
from reportlab.lib.units import mm

REGISTRATIE = CMYKColor(1, 1, 1, 1)  # crop marks print on every separation


@dataclass(frozen=True)
class Geometrie:
    breedte: float = 210 * mm
    hoogte: float = 297 * mm
    afloop: float = 3 * mm
    slug: float = 10 * mm
    marge_binnen: float = 15 * mm
    marge_boven: float = 17 * mm
    marge_onder: float = 20 * mm
    kolom_tussen: float = 6 * mm
    max_dpi: int = 300
    min_dpi: int = 300

    @classmethod
    def uit_mm(cls, breedte, hoogte, afloop, slug, max_dpi=300, min_dpi=300):
        return cls(float(breedte) * mm, float(hoogte) * mm, float(afloop) * mm, float(slug) * mm,
                   max_dpi=max_dpi, min_dpi=min_dpi)

    @property
    def rand(self):
        """Distance from the media edge to the trim edge."""
        return self.afloop + self.slug

    @property
    def mediabox(self):
        return (self.breedte + 2 * self.rand, self.hoogte + 2 * self.rand)

    @property
    def trimbox(self):
        r = self.rand
        return (r, r, r + self.breedte, r + self.hoogte)

    @property
    def bleedbox(self):
        s = self.slug
        return (s, s, s + self.breedte + 2 * self.afloop, s + self.hoogte + 2 * self.afloop)

    @property
    def tekstvlak(self):
        """x, y, width, height of the type area inside the trim."""
        x0, y0, _x1, _y1 = self.trimbox
        return (x0 + self.marge_binnen, y0 + self.marge_onder,
                self.breedte - 2 * self.marge_binnen, self.hoogte - self.marge_boven - self.marge_onder)

    def kolommen(self, aantal, boven=0.0):
        """Frames (x, y, w, h) for `aantal` columns, leaving `boven` points free at the top."""
        x, y, w, h = self.tekstvlak
        kolom = (w - (aantal - 1) * self.kolom_tussen) / aantal
        return [(x + i * (kolom + self.kolom_tussen), y, kolom, h - boven) for i in range(aantal)]

    def kolombreedte(self, aantal=2):
        return self.kolommen(aantal)[0][2]

    @property
    def portret_maat(self):
        """Width and height of a story's portrait (half the type area, 3:2)."""
        half = (self.tekstvlak[2] - self.kolom_tussen) / 2
        return half, half * 2 / 3

    @property
    def omslag_foto(self):
        """x, y, width, height of the cover photo: the bleed width, between the name band and the panel."""
        x0, y0, x1, y1 = self.bleedbox
        band, paneel = 78 * mm, 92 * mm + self.afloop
        return x0, y0 + paneel, x1 - x0, y1 - y0 - band - paneel

    @property
    def afloop_maat(self):
        x0, y0, x1, y1 = self.bleedbox
        return x1 - x0, y1 - y0


def snijtekens(canvas, g):
    """Crop marks at the four trim corners, starting outside the bleed."""
    x0, y0, x1, y1 = g.trimbox
    afstand = g.afloop + 1 * mm
    lengte = max(g.slug - 2 * mm, 3 * mm)
    canvas.saveState()
    canvas.setStrokeColor(REGISTRATIE)
    canvas.setLineWidth(0.25)
    for x, richting_x in ((x0, -1), (x1, 1)):
        for y, richting_y in ((y0, -1), (y1, 1)):
            # horizontal mark on the line y, vertical mark on the line x
            canvas.line(x + richting_x * afstand, y, x + richting_x * (afstand + lengte), y)
            canvas.line(x, y + richting_y * afstand, x, y + richting_y * (afstand + lengte))
    canvas.restoreState()


def vul_afloop(canvas, g, kleur):
    """Paint the whole bleed box (trim + bleed) in `kleur`."""
    x0, y0, x1, y1 = g.bleedbox
    canvas.saveState()
    canvas.setFillColor(kleur)
    canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
    canvas.restoreState()
