"""Security headers and the Content-Security-Policy on the public site; none of it breaks the admin."""

import os
import re
from pathlib import Path

import pytest
from django.urls import reverse

from home.models import StandardPage
from leefmee.settings.base import tegel_bron
from tests.fabrieken import publiceer

ROOT = Path(__file__).resolve().parents[2]

VERWACHT_CSP = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "style-src": {"'self'", "'unsafe-inline'"},
    "img-src": {"'self'", "data:", "https://tile.openstreetmap.org"},
    "font-src": {"'self'"},
    "connect-src": {"'self'"},
    "frame-src": {"'self'"},
    "frame-ancestors": {"'none'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
}


def csp(response):
    directives = {}
    for deel in response["Content-Security-Policy"].split(";"):
        naam, *waarden = deel.split()
        directives[naam] = set(waarden)
    return directives


@pytest.fixture
def gewone_pagina(home_page):
    return publiceer(home_page, StandardPage(title="Over ons", slug="over-ons", intro="Wie we zijn"))


@pytest.mark.parametrize("pad, status", [
    ("/", 200), ("/over-ons/", 200), ("/bestaat-niet/", 404), ("/gezond/", 200), ("/sitemap.xml", 200)])
def test_public_responses_carry_the_security_headers(client, gewone_pagina, pad, status):
    response = client.get(pad)
    assert response.status_code == status
    assert csp(response) == VERWACHT_CSP
    assert "'unsafe-inline'" not in csp(response)["script-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    beleid = response["Permissions-Policy"]
    assert "camera=()" in beleid and "microphone=()" in beleid and "geolocation=()" in beleid


def test_the_admin_has_no_csp_but_keeps_frame_protection(client, home_page):
    # Wagtail 8's admin uses inline scripts: it is excluded from the policy on purpose.
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_wagtail_preview_may_be_framed_by_the_admin_itself(admin_client, home_page):
    response = admin_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[home_page.pk]))
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_tile_host_comes_from_the_setting():
    assert tegel_bron("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png") == ["https://*.tile.openstreetmap.org"]
    assert tegel_bron("https://tiles.example.nl/{z}/{x}/{y}.png") == ["https://tiles.example.nl"]
    assert tegel_bron("https://a.{s}.example.nl/{z}.png") == []
    assert tegel_bron("") == []


def test_a_view_can_relax_frame_ancestors_for_an_embed(rf, settings):
    """Embeds later: django-csp's decorators override the policy per view."""
    from csp.decorators import csp_update
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    @csp_update({"frame-ancestors": ["https://partner.example.nl"]})
    def insluiting(request):
        return HttpResponse("ok")

    request = rf.get("/insluiten/")
    response = CSPMiddleware(insluiting)(request)
    assert "frame-ancestors 'none' https://partner.example.nl" in response["Content-Security-Policy"]


# --- Templates: no inline scripts, no unjustified |safe ----------------------------------------

SCRIPT = re.compile(r"<script\b([^>]*)>", re.I)
DATA_TYPES = re.compile(r'type="application/(ld\+)?json"', re.I)


def sjablonen():
    mappen = [ROOT / "templates", *ROOT.glob("*/templates")]
    return [pad for map_ in mappen if ".venv" not in map_.parts for pad in map_.rglob("*.html")]


def test_site_templates_have_no_inline_scripts():
    inline = []
    for pad in sjablonen():
        for attributen in SCRIPT.findall(pad.read_text()):
            if "src=" not in attributen and not DATA_TYPES.search(attributen):
                inline.append(str(pad.relative_to(ROOT)))
    assert inline == []


def test_templates_do_not_use_inline_event_handlers():
    handlers = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I)
    assert [str(p.relative_to(ROOT)) for p in sjablonen() if handlers.search(p.read_text())] == []


# Every place that switches off autoescaping, with the reason it is safe. Add new ones here, justified.
VERANTWOORD_ONVEILIG = {
    "kaart/templatetags/kaart_tags.py": "search highlighting: the text and the query words are escaped first",
    "kaart/zelfcheck/spinnenweb.py": "server-rendered SVG chart: every label and number is escaped",
    # Plain-text mails (and their subjects): never shown as HTML, and HTML escaping would garble names
    # with & or ' ("&#x27;s-Gravenweg"); tests/kaart/test_vinden_mail_tekst.py checks every one.
    **{str(pad.relative_to(ROOT)): "plain-text mail: HTML escaping would garble names with & or '"
       for pad in (ROOT / "templates").glob("*/mail/*.txt")},
}


def test_autoescaping_is_never_switched_off_without_a_reason():
    patroon = re.compile(r"\|\s*safe\b|mark_safe\(|autoescape off|SafeString\(")
    overslaan = {".venv", "node_modules", "tests", ".git", "media", "staticfiles", "locale", "__pycache__"}
    gevonden = set()
    for map_, submappen, bestanden in os.walk(ROOT):
        submappen[:] = [naam for naam in submappen if naam not in overslaan and not naam.startswith(".")]
        for naam in bestanden:
            pad = Path(map_) / naam
            if pad.suffix in {".py", ".html", ".txt", ".xml"} and patroon.search(pad.read_text(errors="ignore")):
                gevonden.add(str(pad.relative_to(ROOT)))
    assert gevonden <= set(VERANTWOORD_ONVEILIG), gevonden - set(VERANTWOORD_ONVEILIG)


def test_documents_are_served_as_attachment_without_sniffing(client, home_page, settings, tmp_path):
    # A real file system (as in production): Wagtail streams local files with sendfile.
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    for naam, inhoud, soort in [
        ("verslag.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
        ("lijst.txt", b"<html><script>alert(1)</script></html>", "text/plain; charset=utf-8"),
    ]:
        document = Document(title=naam)
        document.file.save(naam, ContentFile(inhoud), save=True)
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Type"] == soort
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"
