"""Photos in the printer's colours: RGB to CMYK through an ICC print profile.

The print PDF passes JPEGs through untouched, so an image has to be a CMYK JPEG before the build;
this is done when the print rendition is made (publicatie/beeldfilters.py), once per image and size.

Profile: publicatie/icc/LEEF-FOGRA39L-300.icc (FOGRA39, coated offset, 300 % total ink; see the
README next to it for where it comes from). Pillow's own RGB->CMYK conversion is C=255-R and so
on with no black at all: dull, muddy and 300-400 % ink in the shadows.

JPEG convention: Pillow writes CMYK JPEGs "Adobe style" (an APP14 marker and inverted samples,
as Photoshop does). A PDF DCTDecode filter does not undo that inversion, so such an image needs
/Decode [1 0 1 0 1 0 1 0], which is exactly what reportlab writes for every 4-channel JPEG.
A CMYK JPEG *without* the Adobe marker would then come out inverted: `pdf_klaar` tells them apart.
"""

import functools
import io
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

PROFIEL = Path(__file__).resolve().parent.parent / "icc" / "LEEF-FOGRA39L-300.icc"


@functools.lru_cache(maxsize=1)
def drukprofiel():
    return ImageCms.getOpenProfile(str(PROFIEL))


@functools.lru_cache(maxsize=8)
def _transform(bronprofiel: bytes | None):
    """RGB -> print CMYK, per source profile (built once: ~0.1 s each). NOCACHE: lcms' one-pixel
    cache makes a shared transform unsafe across threads."""
    bron = ImageCms.createProfile("sRGB")
    if bronprofiel:
        try:
            bron = ImageCms.ImageCmsProfile(io.BytesIO(bronprofiel))
        except (OSError, ImageCms.PyCMSError):
            pass  # an unreadable embedded profile: treat the photo as sRGB, like browsers do
    return ImageCms.buildTransform(bron, drukprofiel(), "RGB", "CMYK",
                                   renderingIntent=ImageCms.Intent.PERCEPTUAL, flags=ImageCms.Flags.NOCACHE)


def naar_cmyk(im: Image.Image) -> Image.Image:
    """`im` in the print profile's CMYK, without an embedded profile (the PDF ignores it anyway)."""
    if im.mode == "CMYK":
        uit = im.copy()  # already separated for print: keep the printer's numbers
    elif im.mode in ("L", "1", "I;16", "I", "F"):
        # Grey photos in black ink only, as printers expect; not rich black from four inks.
        leeg = Image.new("L", im.size, 0)
        uit = Image.merge("CMYK", (leeg, leeg, leeg, ImageOps.invert(im.convert("L"))))
    else:
        bronprofiel = im.info.get("icc_profile")
        if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
            wit = Image.new("RGBA", im.size, (255, 255, 255, 255))
            im = Image.alpha_composite(wit, im.convert("RGBA"))
        rgb = im if im.mode == "RGB" else im.convert("RGB")
        uit = ImageCms.applyTransform(rgb, _transform(bronprofiel))
    uit.info.pop("icc_profile", None)
    return uit


def pdf_klaar(im: Image.Image) -> bool:
    """True for a JPEG that can go into the PDF as it is: CMYK with the Adobe marker (inverted
    samples, matching the /Decode array reportlab writes for CMYK)."""
    return im.format == "JPEG" and im.mode == "CMYK" and "adobe" in im.info


@functools.lru_cache(maxsize=128)
def hex_naar_cmyk(hex_kleur):
    """'#rrggbb' as (c, m, y, k) fractions through the print profile, like the photos: drawn
    colours and photos of the same hue then print the same."""
    hex_kleur = hex_kleur.lstrip("#")
    if len(hex_kleur) != 6:
        hex_kleur = "1d5f8a"
    try:
        rgb = tuple(int(hex_kleur[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        rgb = (0x1D, 0x5F, 0x8A)
    pixel = naar_cmyk(Image.new("RGB", (1, 1), rgb)).getpixel((0, 0))
    return tuple(round(v / 255, 3) for v in pixel)
