"""Wagtail images on their way into print: a CMYK rendition at the size and resolution they are placed."""

from .pdf import onderdelen as o
from .pdf.beelden import ppi_bij


def beeld_van(image, alt="", maat=None, max_dpi=300, vullen=False):
    """A printable Beeld from a Wagtail image, or a Beeld without source if the file is gone.

    Always a CMYK JPEG rendition (the `cmyk` filter, publicatie/beeldfilters.py), downsized when the
    original has more pixels than `maat` (points) needs at `max_dpi`. Wagtail caches it, so preview,
    readiness and export convert each original once per size, and the PDF builder passes the JPEG
    through without decoding it.
    """
    if image is None:
        return None
    alt = alt or getattr(image, "description", "") or ""
    try:
        spec = "original"
        if maat and image.width and image.height:
            px_b, px_h = (max(1, round(v / 72 * max_dpi)) for v in maat)
            if vullen and (image.width > px_b and image.height > px_h):
                spec = f"fill-{px_b}x{px_h}"
            elif not vullen and image.width > px_b:
                spec = f"width-{px_b}"
        rendition = image.get_rendition(f"{spec}|format-jpeg|jpegquality-85|cmyk")
        with rendition.file.open("rb") as f:
            return o.Beeld(f.read(), rendition.width, rendition.height, alt, image.title)
    except Exception:  # any storage, any decoder: the PDF builder reports it
        pass
    try:
        # The original's bytes: the builder reports a broken file as broken (or, if only Wagtail
        # could not read it, converts it itself) instead of calling it missing.
        with image.open_file() as f:
            data = f.read()
    except Exception:  # a missing file (any storage): placeholder + warning
        data = None
    return o.Beeld(data, image.width or 0, image.height or 0, alt, image.title)


def scherp_genoeg(image, maat, ppi):
    """True when the image covers a box of `maat` points at `ppi` or more."""
    return ppi_bij(image.width, image.height, *maat) >= ppi - 0.5
