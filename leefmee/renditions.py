"""The image sizes the templates use, in one place, so they can be made ahead of the first visitor.

Keep this list in step with the `{% image %}` / `{% picture %}` tags in templates/ (a test checks
that every filter spec used in a template is listed here). Without pre-generation the first visitor
of a page pays for resizing every image on it (hundreds of ms each, AVIF even more).
"""

import logging

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter

logger = logging.getLogger(__name__)

# Exactly as written in the templates (brace expansion as in {% picture %}).
TEMPLATE_SPECS = [
    "format-{avif,webp,jpeg} width-800",  # blocks/afbeelding: image block in body text
    "format-{webp,jpeg} fill-320x320",  # verhalen: story card portrait (WebP, JPEG fallback)
    "format-{webp,jpeg} fill-480x480",  # verhalen: story page portrait (WebP, JPEG fallback)
    "max-240x120",  # kaart: organisation logo on detail pages
    "format-{webp,jpeg} fill-{480x320,960x640}",  # kaart: photo of an offering
    "format-{webp,jpeg} fill-{480x290,960x580}",  # publicatie: edition cover on its page and in the archive
]


def specs():
    result = []
    for spec in TEMPLATE_SPECS:
        result.extend(Filter.expand_spec(spec))
    return result


def maak_voor(image):
    """Create any missing renditions of one image; returns how many specs were checked."""
    all_specs = specs()
    image.get_renditions(*all_specs)
    return len(all_specs)


@task()
def maak_renditions_taak(image_id):
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:
        maak_voor(image)


def _na_opslaan(sender, instance, created, **kwargs):
    transaction.on_commit(lambda: maak_renditions_taak.enqueue(instance.pk))


def verbind_signalen():
    """Pre-generate on upload through the task worker (LEEFMEE_RENDITIONS_BIJ_UPLOAD, on in production)."""
    if getattr(settings, "LEEFMEE_RENDITIONS_BIJ_UPLOAD", False):
        from django.db.models.signals import post_save

        post_save.connect(_na_opslaan, sender=get_image_model(), dispatch_uid="leefmee-renditions")
