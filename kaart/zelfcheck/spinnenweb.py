"""The spider web ('spinnenweb') of Positieve Gezondheid: six axes, rings 0-10, the scores as a polygon.

`geometrie()` computes the drawing once; `svg()` renders it for the page and `kaart/zelfcheck/pdf.py`
draws the same geometry with reportlab. Right-to-left mirrors the web horizontally, so the first
dimension stays on top and the order runs counter-clockwise, the way an Arabic reader reads.
"""

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .score import MAX_SCORE, getal

BREEDTE, HOOGTE = 1000, 600
MIDDEN_X, MIDDEN_Y = BREEDTE / 2, HOOGTE / 2
STRAAL = 200
RINGEN = (2, 4, 6, 8, 10)


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    anker: str  # 'start' / 'middle' / 'end' in the text's own direction
    naam: str
    score: str


@dataclass(frozen=True)
class Geometrie:
    rtl: bool
    assen: tuple  # ((x1, y1, x2, y2), ...) from the centre to the outer ring
    ringen: tuple  # (points, ...) one hexagon per ring value
    punten: tuple  # the score polygon's corners
    labels: tuple


def _hoek(i, n):
    # Axis 0 straight up, then clockwise (screen coordinates: y grows downwards).
    return -math.pi / 2 + 2 * math.pi * i / n


def _punt(i, n, afstand, rtl):
    hoek = _hoek(i, n)
    dx = math.cos(hoek) * afstand
    if rtl:
        dx = -dx  # mirror: the web runs counter-clockwise in right-to-left languages
    return (round(MIDDEN_X + dx, 2), round(MIDDEN_Y + math.sin(hoek) * afstand, 2))


def geometrie(scores, rtl=False, taal=None):
    """The chart for `scores` (Score objects, six of them): every coordinate in one place."""
    n = len(scores)
    assen = tuple((MIDDEN_X, MIDDEN_Y, *_punt(i, n, STRAAL, rtl)) for i in range(n))
    ringen = tuple(tuple(_punt(i, n, STRAAL * ring / MAX_SCORE, rtl) for i in range(n)) for ring in RINGEN)
    punten = tuple(_punt(i, n, STRAAL * s.waarde / MAX_SCORE, rtl) for i, s in enumerate(scores))
    labels = []
    for i, s in enumerate(scores):
        x, y = _punt(i, n, STRAAL + 24, rtl)
        links_rechts = math.cos(_hoek(i, n))
        if abs(links_rechts) < 0.01:
            anker = "middle"
        else:
            # Text runs away from the web. For a label on the right in LTR that is 'start'; the mirrored
            # label in RTL sits on the left, where its start (the right edge in RTL) touches the web:
            # the logical anchor is the same, the position is mirrored.
            anker = "start" if links_rechts > 0 else "end"
        if y < MIDDEN_Y - STRAAL:
            y -= 16  # top label: room for its second line
        labels.append(Label(x=x, y=y, anker=anker, naam=s.naam, score=getal(s.waarde, taal)))
    return Geometrie(rtl=rtl, assen=assen, ringen=ringen, punten=punten, labels=tuple(labels))


def _punten_attr(punten):
    return " ".join(f"{x:g},{y:g}" for x, y in punten)


def svg(scores, rtl=False, taal=None, id_prefix="spinnenweb"):
    """The chart as inline SVG, accessible as one image: role='img' with a title and a description
    that name every score (the page also shows them in a table)."""
    g = geometrie(scores, rtl=rtl, taal=taal)
    titel_id, uitleg_id = f"{id_prefix}-titel", f"{id_prefix}-uitleg"
    uitleg = "; ".join(
        _("%(dimensie)s: %(score)s van de %(max)s") % {
            "dimensie": s.naam, "score": getal(s.waarde, taal), "max": getal(MAX_SCORE, taal)}
        for s in scores
    )
    richting = "rtl" if rtl else "ltr"
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="spinnenweb" viewBox="0 0 {BREEDTE} {HOOGTE}" '
        f'role="img" aria-labelledby="{titel_id} {uitleg_id}" direction="{richting}" '
        f'font-family="system-ui, sans-serif" font-size="22">',
        f"<title id={quoteattr(titel_id)}>{escape(_('Jouw spinnenweb'))}</title>",
        f"<desc id={quoteattr(uitleg_id)}>{escape(uitleg)}</desc>",
        '<g class="spinnenweb__ringen" fill="none" stroke="#9a9a9a" stroke-width="1">',
    ]
    for ring, punten in zip(RINGEN, g.ringen, strict=True):
        delen.append(f'<polygon class="ring" data-waarde="{ring}" points="{_punten_attr(punten)}"/>')
    delen.append("</g>")
    delen.append('<g class="spinnenweb__assen" stroke="#555" stroke-width="1.5">')
    for s, (x1, y1, x2, y2) in zip(scores, g.assen, strict=True):
        delen.append(f'<line class="as" data-dimensie="{s.sleutel}" x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}"/>')
    delen.append("</g>")
    delen.append(
        f'<polygon class="score" points="{_punten_attr(g.punten)}" fill="#1d5f8a" fill-opacity="0.25" '
        'stroke="#1d5f8a" stroke-width="3" stroke-linejoin="round"/>'
    )
    for s, (x, y) in zip(scores, g.punten, strict=True):
        delen.append(f'<circle class="punt" data-dimensie="{s.sleutel}" data-score="{s.waarde}" cx="{x:g}" cy="{y:g}" '
                     f'r="6" fill="{escape(s.kleur)}" stroke="#fff" stroke-width="2"/>')
    delen.append('<g class="spinnenweb__labels" fill="#1b1b1b">')
    for s, label in zip(scores, g.labels, strict=True):
        delen.append(
            f'<text class="label" data-dimensie="{s.sleutel}" x="{label.x:g}" y="{label.y:g}" '
            f'text-anchor="{label.anker}"><tspan font-weight="700">{escape(label.naam)}</tspan>'
            f'<tspan x="{label.x:g}" dy="1.2em" class="label__score">{escape(label.score)}</tspan></text>'
        )
    delen.append("</g></svg>")
    return mark_safe("".join(delen))  # noqa: S308 - every text above is escaped
