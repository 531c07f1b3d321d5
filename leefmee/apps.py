from django.apps import AppConfig


class LeefmeeConfig(AppConfig):
    name = "leefmee"
    verbose_name = "LEEF MEE"

    def ready(self):
        from django.conf import settings
        from PIL import Image

        # Pillow refuses larger images on open (twice this raises an error; once, a warning that
        # our upload check turns into a refusal): protects thumbnails and renditions too.
        Image.MAX_IMAGE_PIXELS = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", Image.MAX_IMAGE_PIXELS)

        from . import paginacache, renditions

        paginacache.verbind_signalen()
        renditions.verbind_signalen()
