"""QR codes for the printed items, as vector paths (print leads back online through them)."""

import functools
from itertools import groupby

from reportlab.graphics.barcode import qrencoder

from .stijlen import ZWART

# reportlab's encoder rebuilds the Reed-Solomon generator polynomial for every code: ~40% of the
# encoding time. It depends only on the number of error correction codewords and is never
# modified (mod() builds new lists), so one per length is enough.
_polynoom = qrencoder.QRUtil.getErrorCorrectPolynomial
if not hasattr(_polynoom, "cache_info"):
    qrencoder.QRUtil.getErrorCorrectPolynomial = staticmethod(functools.lru_cache(maxsize=64)(_polynoom))


@functools.lru_cache(maxsize=2048)
def qr_modules(url):
    """The module matrix of a QR code (cached: preview and export encode the same links).
    reportlab's encoder directly: its QrCodeWidget drags in the whole graphics package."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(url)
    # A fixed mask is valid per the QR spec; scoring all eight masks in pure Python costs ~30 ms a code.
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    return tuple(tuple(bool(m) for m in rij) for rij in qr.modules)


@functools.lru_cache(maxsize=2048)
def qr_pad_voor(url):
    modules = qr_modules(url)
    return len(modules), qr_pad(modules)


def qr_pad(modules):
    """PDF path operators for the dark modules, in module units (y up): one rectangle per
    horizontal run instead of one per module, integer coordinates, one fill. Drawing ~400 separate
    rects with float formatting cost more than all body text."""
    n = len(modules)
    delen = []
    for r, rij in enumerate(modules):
        x = 0
        for donker, run in groupby(rij):
            lengte = len(list(run))
            if donker:
                delen.append(f"{x} {n - 1 - r} {lengte} 1 re")
            x += lengte
    return "\n".join(delen) + "\nf"


def teken_qr(c, url, maat):
    """The QR code as CMYK black vector rectangles straight on the canvas: renderPDF would set its
    default font (Helvetica, not embedded) on the page."""
    n, pad = qr_pad_voor(url)
    c.saveState()
    c.setFillColor(ZWART)
    c.scale(maat / n, maat / n)
    c.addLiteral(pad)
    c.restoreState()
