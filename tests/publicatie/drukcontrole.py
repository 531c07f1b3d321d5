"""Judging printed pages the way a reader sees them: render with pdftoppm, measure empty space.

The PNGs stay in test-results/drukwerk/ to look at.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

RESULTATEN = Path(__file__).resolve().parents[2] / "test-results" / "drukwerk"
MM = 72 / 25.4


def lege_delen(pdf_bytes, map_, naam, dpi=40):
    """{page number: share of the type area (5 mm cells) without any ink} for every page."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) ontbreekt: make setup installeert het")
    map_.mkdir(parents=True, exist_ok=True)
    for oud in map_.glob(f"{naam}-*.png"):
        oud.unlink()
    pdf = map_ / f"{naam}.pdf"
    pdf.write_bytes(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(map_ / naam)], check=True, timeout=300)
    reader = PdfReader(pdf)
    pngs = sorted(map_.glob(f"{naam}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert len(pngs) == len(reader.pages)
    return {nr + 1: _leeg_deel(png, reader.pages[nr].mediabox) for nr, png in enumerate(pngs)}


def _leeg_deel(png, mediabox):
    """Share of the trim area's type area (in 5 mm cells) without any ink."""
    im = PILImage.open(png).convert("L")
    schaal = im.size[0] / float(mediabox[2])
    mm = MM
    x0, y0 = (10 + 3 + 15) * mm, (10 + 3 + 17) * mm  # slug + bleed + margins
    x1, y1 = float(mediabox[2]) - x0, float(mediabox[3]) - (10 + 3 + 20) * mm
    cel = 5 * mm
    leeg = totaal = 0
    y = y0
    while y + cel <= y1:
        x = x0
        while x + cel <= x1:
            vak = im.crop(tuple(round(v * schaal) for v in (x, y, x + cel, y + cel)))
            totaal += 1
            leeg += vak.getextrema()[0] > 245
            x += cel
        y += cel
    return leeg / totaal


