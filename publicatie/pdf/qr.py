"""QR codes for the printed items, as vector paths (print leads back online through them)."""

import functools
import importlib.util
import re
import sys
from itertools import zip_longest
from pathlib import Path

import reportlab

from .stijlen import ZWART


def _laad_qrencoder():
    """reportlab's QR encoder module without its package: `import reportlab.graphics.barcode` first
    imports and registers every barcode widget and reportlab.graphics (~8 ms in every exporting
    process), while qrencoder.py needs only re and itertools. Falls back to the normal import."""
    naam = "reportlab.graphics.barcode.qrencoder"
    if naam in sys.modules:
        return sys.modules[naam]
    try:
        pad = Path(reportlab.__file__).parent / "graphics" / "barcode" / "qrencoder.py"
        spec = importlib.util.spec_from_file_location("publicatie.pdf._qrencoder", pad)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    except (ImportError, OSError, AttributeError):
        from reportlab.graphics.barcode import qrencoder

        return qrencoder


qrencoder = _laad_qrencoder()

# Galois field GF(256) of QR's Reed-Solomon code (primitive polynomial 0x11d), exponents doubled
# so a product needs no modulo.
_EXP, _LOG = [0] * 510, [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _EXP[_i + 255] = _x
    _LOG[_x] = _i
    _x = (_x << 1) ^ (0x11D if _x & 0x80 else 0)


@functools.lru_cache(maxsize=64)
def _generator(aantal):
    """Logs of the coefficients (after the leading 1) of the RS generator polynomial."""
    g = [1]
    for i in range(aantal):
        g = [a ^ (_EXP[_LOG[b] + i] if b else 0) for a, b in zip([*g, 0], [0, *g], strict=True)]
    return tuple(_LOG[c] for c in g[1:])


def _foutcorrectie(data, aantal):
    """The `aantal` error correction codewords for `data` (polynomial division, as an LFSR)."""
    gen, rest = _generator(aantal), [0] * aantal
    for byte in data:
        factor = byte ^ rest[0]
        rest = rest[1:] + [0]
        if factor:
            lf = _LOG[factor]
            rest = [r ^ _EXP[lf + g] for r, g in zip(rest, gen, strict=True)]
    return rest


class _QR(qrencoder.QRCode):
    """reportlab's QR code, the same modules, without its two slow parts: the Reed-Solomon code
    (lists of polynomial objects, ~60% of the time) is computed here and handed in as the data
    cache makeImpl looks for, and the zigzag of data positions is kept per version."""

    _posities, _maskers = {}, {}

    def codewoorden(self):
        blokken = qrencoder.QRRSBlock.getRSBlocks(self.version, self.errorCorrectLevel)
        capaciteit = sum(b.dataCount for b in blokken)
        buffer = qrencoder.QRBitBuffer()
        for data in self.dataList:
            data.write(buffer, self.version)
        if buffer.getLengthInBits() > capaciteit * 8:
            raise ValueError("QR: te veel data voor deze versie")
        if buffer.getLengthInBits() + 4 <= capaciteit * 8:
            buffer.put(0, 4)  # terminator
        while buffer.getLengthInBits() % 8:
            buffer.putBit(False)
        bytes_ = buffer.buffer + [(0xEC, 0x11)[i % 2] for i in range(capaciteit - len(buffer.buffer))]
        data, correctie, begin = [], [], 0
        for blok in blokken:
            data.append(bytes_[begin:begin + blok.dataCount])
            correctie.append(_foutcorrectie(data[-1], blok.totalCount - blok.dataCount))
            begin += blok.dataCount
        # interleaved: the first byte of every block, then the second, ...; then the same for EC
        return [b for groep in (data, correctie) for rij in zip_longest(*groep) for b in rij if b is not None]

    def dataPosIterator(self):  # noqa: N802 - reportlab's name
        if self.version not in self._posities:
            self._posities[self.version] = list(self._dataPosIterator())
        return self._posities[self.version]

    def mapData(self, data, maskPattern):  # noqa: N802, N803
        sleutel = (self.version, maskPattern)
        if sleutel not in self._maskers:  # the mask bit of every data position, once per version
            masker = qrencoder.QRUtil.getMask(maskPattern)
            self._maskers[sleutel] = [masker(rij, kolom) for kolom, rij in self.dataPosIterator()]
        bits = [bool(byte & (0x80 >> k)) for byte in data for k in range(8)]
        bits += [False] * (len(self.dataPosIterator()) - len(bits))  # remainder bits
        modules = self.modules
        for (kolom, rij), donker, m in zip(self.dataPosIterator(), bits, self._maskers[sleutel], strict=False):
            modules[rij][kolom] = donker ^ m


@functools.lru_cache(maxsize=2048)
def qr_modules(url):
    """The module matrix of a QR code (cached: preview and export encode the same links)."""
    qr = _QR(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(url)
    qr.version = qr.calculate_version()
    qr.dataCache = qr.codewoorden()
    # A fixed mask is valid per the QR spec; scoring all eight masks in pure Python costs ~30 ms a code.
    qr.makeImpl(False, 0)
    return tuple(tuple(bool(m) for m in rij) for rij in qr.modules)


@functools.lru_cache(maxsize=2048)
def qr_pad_voor(url):
    modules = qr_modules(url)
    return len(modules), qr_pad(modules)


_DONKER = re.compile(b"\x01+")  # a run of dark modules in a row as bytes


def qr_pad(modules):
    """PDF path operators for the dark modules, in module units (y up): one rectangle per
    horizontal run instead of one per module, integer coordinates, one fill. Drawing ~400 separate
    rects with float formatting cost more than all body text."""
    n = len(modules)
    delen = [f"{run.start()} {n - 1 - r} {run.end() - run.start()} 1 re"
             for r, rij in enumerate(modules) for run in _DONKER.finditer(bytes(rij))]
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
