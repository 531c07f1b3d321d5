"""Create the renditions the templates use (leefmee/renditions.py) for every image, ahead of visitors."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from leefmee.renditions import maak_voor, specs


class Command(BaseCommand):
    help = "Pre-generate the image renditions the templates use, for all images."

    def handle(self, *args, **options):
        count = 0
        for image in get_image_model().objects.iterator():
            try:
                maak_voor(image)
                count += 1
            except Exception as exc:  # noqa: BLE001 - a broken file must not stop the rest
                self.stderr.write(f"Image {image.pk} ({image.title}): {exc}")
        self.stdout.write(f"{count} images, {len(specs())} sizes each.")
