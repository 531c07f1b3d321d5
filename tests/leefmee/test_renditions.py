"""Renditions the templates use are listed in one place and can be made ahead of visitors."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images import get_image_model

from leefmee.renditions import TEMPLATE_SPECS, specs

ROOT = Path(__file__).resolve().parents[2]
TAG = re.compile(r"\{%\s*(?:image|picture|srcset_image)\s+\S+\s+(.*?)%\}")


def _specs_in_templates():
    found = set()
    for template in ROOT.glob("**/templates/**/*.html"):
        if ".venv" in template.parts or "node_modules" in template.parts:
            continue
        for args in TAG.findall(template.read_text()):
            # Filter specs come before the first attribute (name=value) or 'as'.
            spec = []
            for bit in args.split():
                if "=" in bit or bit == "as":
                    break
                spec.append(bit)
            found.add(" ".join(spec))
    return found


def test_every_filter_spec_in_the_templates_is_pre_generated():
    assert _specs_in_templates() <= set(TEMPLATE_SPECS)


@pytest.mark.django_db
def test_maak_renditions_creates_every_listed_size(settings):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1000, 700), "orange").save(buffer, "JPEG")
    image = get_image_model().objects.create(title="Markt", file=ImageFile(buffer, name="markt.jpg"))
    out = io.StringIO()
    call_command("maak_renditions", stdout=out)
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(specs())
    assert "1 images" in out.getvalue()
    call_command("maak_renditions", stdout=io.StringIO())  # idempotent: no duplicates
    assert image.renditions.count() == len(specs())
