"""Issue 20, finding 8 (rest): the profile picture on /admin/account/ is checked like every other
image upload — a clear Dutch message, never a 500, and the old picture stays."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def afbeelding(formaat="JPEG", grootte=(40, 30), ruis=False):
    buffer = io.BytesIO()
    if ruis:
        beeld = PILImage.frombytes("RGB", grootte, os.urandom(grootte[0] * grootte[1] * 3))
    else:
        beeld = PILImage.new("RGB", grootte, (29, 95, 138))
    beeld.save(buffer, formaat)
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _stuur(client, user, naam, inhoud):
    return client.post("/admin/account/", {
        "name_email-first_name": "Ria", "name_email-last_name": "Redacteur", "name_email-email": user.email,
        "locale-preferred_language": "nl", "locale-current_time_zone": "",
        "theme-theme": "system", "theme-density": "default", "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
        "avatar-avatar": SimpleUploadedFile(naam, inhoud),
    })


@pytest.fixture
def ingelogd(client, admin_user):
    client.force_login(admin_user)
    return client, admin_user


def _avatar(user):
    return UserProfile.get_for_user(user).avatar


def test_a_good_profile_picture_is_saved(ingelogd):
    client, user = ingelogd
    antwoord = _stuur(client, user, "ik.jpg", afbeelding("JPEG", (60, 60)))
    assert antwoord.status_code == 302
    assert _avatar(user)


@pytest.mark.parametrize(
    "naam, inhoud, melding",
    [
        ("ik.pdf", afbeelding("JPEG") + PDF, "past niet bij de inhoud"),  # JPEG/PDF polyglot
        ("ik.png", b"\x89PNG\r\n\x1a\n" + b"rommel" * 200, "geen afbeelding die we kunnen lezen"),
        ("ik.jpg", afbeelding("JPEG") + b"<?php echo 1; ?>", "ook iets anders"),
    ],
)
def test_bad_profile_pictures_are_refused_in_dutch(ingelogd, naam, inhoud, melding):
    client, user = ingelogd
    antwoord = _stuur(client, user, naam, inhoud)
    assert antwoord.status_code == 200
    assert melding in antwoord.content.decode()
    assert not _avatar(user)


def test_a_too_large_profile_picture_is_refused(ingelogd, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20_000
    client, user = ingelogd
    antwoord = _stuur(client, user, "ik.png", afbeelding("PNG", (300, 300), ruis=True))
    assert antwoord.status_code == 200 and "te groot" in antwoord.content.decode()
    assert not _avatar(user)


def test_a_profile_picture_with_too_many_pixels_is_refused(ingelogd, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000
    client, user = ingelogd
    antwoord = _stuur(client, user, "ik.jpg", afbeelding("JPEG", (40, 30)))
    assert antwoord.status_code == 200 and "te veel pixels" in antwoord.content.decode()
    assert not _avatar(user)
