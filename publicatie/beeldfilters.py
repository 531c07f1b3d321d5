"""The `cmyk` image filter: a Wagtail rendition in the print profile's CMYK, as a JPEG.

Used in filter specs such as `fill-2551x3579|format-jpeg|jpegquality-85|cmyk` (publicatie/inhoud.py).
Wagtail stores the rendition (database row and file), so each image is converted once per print
size, at rendition time: the PDF build only passes the JPEG through.
"""

from wagtail.images.image_operations import FilterOperation
from willow.plugins.pillow import PillowImage

from .pdf.cmyk import naar_cmyk


class CmykOperation(FilterOperation):
    def construct(self):
        pass

    def run(self, willow, image, env):
        # CMYK only fits JPEG among Wagtail's output formats: force it, whatever came before.
        env["output-format"] = "jpeg"
        return PillowImage(naar_cmyk(willow.get_pillow_image()))
