"""Images in the library: a JPEG of a given size (the print checks judge pixels per placed size)."""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images.models import Image


def jpeg(breedte=600, hoogte=400, kleur=(180, 90, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (breedte, hoogte), kleur).save(buffer, "JPEG")
    return buffer.getvalue()


def afbeelding(titel="foto", breedte=600, hoogte=400, alt="Een foto", data=None):
    """An image with `alt` as its description (what a template falls back to); `data` for broken files."""
    image = Image(title=titel, description=alt, width=breedte, height=hoogte)
    image.file.save(f"{titel}.jpg", ContentFile(data if data is not None else jpeg(breedte, hoogte)), save=False)
    image.width, image.height = breedte, hoogte
    image.save()
    return image
