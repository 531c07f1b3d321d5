"""Images at print size: downsampled to the maximum dpi for the size they are placed at, always
as CMYK JPEG files (which reportlab passes through unchanged; see cmyk.py). Broken or missing
images return None and a message; the caller draws a neutral placeholder (in CMYK too).

The app hands in CMYK renditions made by Wagtail, which pass straight through. Anything else (an
RGB or grey JPEG, another format, an original too large for its place) is decoded, converted and
re-encoded here, in the build: correct, but slower, and done again in every build.

reportlab is given file *paths*, not ImageReader objects: for an ImageReader it decodes every
image to RGB only to compute a cache key, which costs more than the rest of the build.
"""

import hashlib
import io
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from .cmyk import naar_cmyk, pdf_klaar

PUNT_PER_INCH = 72.0


def dpi_bij(px_breed, breedte_pt):
    """Effective resolution of an image `px_breed` pixels wide, placed `breedte_pt` points wide."""
    if not px_breed or not breedte_pt:
        return 0
    return px_breed / (breedte_pt / PUNT_PER_INCH)


def _open(bron):
    if isinstance(bron, (bytes, bytearray)):
        return Image.open(io.BytesIO(bron))
    return Image.open(bron)


@dataclass
class Bron:
    pad: str
    px_breed: int
    px_hoog: int

    def getSize(self):  # noqa: N802 - the name reportlab's ImageReader uses
        return self.px_breed, self.px_hoog


CACHE = Path(tempfile.gettempdir()) / "leefmee-pdf-beelden"
BEWAAR_SECONDEN = 24 * 3600


def ruim_cache_op():
    """Remove print-size JPEGs nobody used for a day (called once per build)."""
    grens = time.time() - BEWAAR_SECONDEN
    for pad in CACHE.glob("*.jpg") if CACHE.exists() else []:
        try:
            if pad.stat().st_mtime < grens:
                pad.unlink()
        except OSError:
            pass


def _als_bestand(bron, map_=None, data=None):
    """A path for reportlab: the source file itself, or the bytes in a content-addressed cache
    file. Paths are deterministic, so `invariant` builds stay byte-identical."""
    if data is None and isinstance(bron, (str, os.PathLike)):
        return str(bron)
    data = data if data is not None else bytes(bron)
    map_ = Path(map_ or CACHE)
    map_.mkdir(parents=True, exist_ok=True)
    pad = map_ / f"{hashlib.sha1(data).hexdigest()}.jpg"
    if pad.exists():
        os.utime(pad)
    else:
        fd, tijdelijk = tempfile.mkstemp(suffix=".tmp", dir=map_)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tijdelijk, pad)  # atomic: a parallel build never reads half a file
    return str(pad)


def voor_druk(beeld, breedte_pt, hoogte_pt, max_dpi=300, bijsnijden=False, map_=None):
    """(Bron, None) for `beeld` placed at breedte x hoogte points, or
    (None, reason). With `bijsnijden` the image covers the box (centre crop), otherwise it keeps
    its aspect ratio inside the width."""
    if beeld is None or beeld.bron is None:
        return None, "ontbreekt"
    try:
        im = _open(beeld.bron)
        doel_b = max(1, round(breedte_pt / PUNT_PER_INCH * max_dpi))
        doel_h = max(1, round(hoogte_pt / PUNT_PER_INCH * max_dpi))
        if bijsnijden and pdf_klaar(im):
            # Covering the box at or under the maximum dpi: pass the JPEG through and let the
            # caller clip it, instead of decoding, cropping and re-encoding it.
            dekkend = max(breedte_pt / im.size[0], hoogte_pt / im.size[1])
            if PUNT_PER_INCH / dekkend <= max_dpi:
                return Bron(_als_bestand(beeld.bron, map_), *im.size), None
        if bijsnijden:
            verhouding = breedte_pt / hoogte_pt
            b, h = im.size
            if b / h > verhouding:
                nieuw_b = round(h * verhouding)
                box = ((b - nieuw_b) // 2, 0, (b - nieuw_b) // 2 + nieuw_b, h)
            else:
                nieuw_h = round(b / verhouding)
                box = (0, (h - nieuw_h) // 2, b, (h - nieuw_h) // 2 + nieuw_h)
        else:
            box = None
        bron_b = (box[2] - box[0]) if box else im.size[0]
        bron_h = (box[3] - box[1]) if box else im.size[1]
        if pdf_klaar(im) and box is None and bron_b <= doel_b:
            # Already small enough and in CMYK: pass the JPEG through untouched.
            return Bron(_als_bestand(beeld.bron, map_), *im.size), None
        origineel_b = im.size[0]
        # draft() lets the JPEG decoder scale down by 1/2, 1/4, 1/8 while decoding: far less work.
        if im.format == "JPEG":
            schaal = max(1, min(bron_b // doel_b, bron_h // doel_h))
            if schaal >= 2:
                im.draft(im.mode if im.mode in ("RGB", "L", "CMYK") else "RGB",
                         (im.size[0] // schaal, im.size[1] // schaal))
        im.load()
        if box:
            # draft may have scaled the image: scale the crop box with it
            schaal_x = im.size[0] / origineel_b
            box = tuple(round(v * schaal_x) for v in box)
            im = im.crop(box)
        if im.size[0] > doel_b:
            if im.mode not in ("RGB", "L", "CMYK"):
                im = im.convert("RGBA" if "A" in im.mode or "transparency" in im.info else "RGB")
            im = im.resize((doel_b, max(1, round(im.size[1] * doel_b / im.size[0]))), Image.Resampling.BILINEAR)
        im = naar_cmyk(im)  # after downsampling: fewer pixels to convert
        uit = io.BytesIO()
        im.save(uit, "JPEG", quality=85)
        return Bron(_als_bestand(None, map_, uit.getvalue()), *im.size), None
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as fout:
        return None, f"kapot ({fout.__class__.__name__})"


def plaatsmaat(px_breed, px_hoog, breedte_pt, hoogte_pt, ppi=300, kleinste=0.4):
    """The size a photo is placed at: the planned box, made smaller (same proportions, down to
    `kleinste` of it) when the photo has too few pixels for `ppi` there. A print shop asks 300 ppi
    at the placed size; a small sharp portrait reads better than a large blurred one."""
    if not px_breed or not px_hoog:
        return breedte_pt, hoogte_pt
    scherp = min(px_breed / ppi * PUNT_PER_INCH / breedte_pt, px_hoog / ppi * PUNT_PER_INCH / hoogte_pt)
    factor = max(kleinste, min(1.0, scherp))
    return breedte_pt * factor, hoogte_pt * factor


def ppi_bij(px_breed, px_hoog, breedte_pt, hoogte_pt, vullen=True):
    """Effective resolution of a photo covering (vullen) or fitting a box of breedte x hoogte points."""
    if not px_breed or not px_hoog or not breedte_pt:
        return 0
    if not vullen or not hoogte_pt:
        return dpi_bij(px_breed, breedte_pt)
    schaal = max(breedte_pt / px_breed, hoogte_pt / px_hoog)  # points per pixel when covering
    return PUNT_PER_INCH / schaal
