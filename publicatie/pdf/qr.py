"""QR codes for the printed items, as vector paths (print leads back online through them).

segno encodes (the project's one QR library, also used for enrolling authenticator apps); this
module only draws its module matrix as CMYK-black rectangles.
"""

import functools
import re

import segno

from .stijlen import ZWART


@functools.lru_cache(maxsize=2048)
def qr_modules(url):
    """The module matrix of a QR code (error correction M; cached: preview and export encode the
    same links), without the quiet zone: the layout keeps the white space around it."""
    qr = segno.make_qr(url, error="m", boost_error=False)
    return tuple(tuple(bool(m) for m in rij) for rij in qr.matrix)


@functools.lru_cache(maxsize=2048)
def qr_pad_voor(url):
    modules = qr_modules(url)
    return len(modules), qr_pad(modules)


_DONKER = re.compile(b"\x01+")  # a run of dark modules in a row as bytes


def qr_pad(modules):
    """PDF path operators for the dark modules, in module units (y up): one rectangle per
    horizontal run instead of one per module, integer coordinates, one fill."""
    n = len(modules)
    delen = [f"{run.start()} {n - 1 - r} {run.end() - run.start()} 1 re"
             for r, rij in enumerate(modules) for run in _DONKER.finditer(bytes(rij))]
    return "\n".join(delen) + "\nf"


def teken_qr(c, url, maat):
    """The QR code as CMYK black vector rectangles straight on the canvas (renderPDF would set its
    default font, Helvetica, not embedded, on the page)."""
    n, pad = qr_pad_voor(url)
    c.saveState()
    c.setFillColor(ZWART)
    c.scale(maat / n, maat / n)
    c.addLiteral(pad)
    c.restoreState()
