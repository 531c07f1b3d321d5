"""The Nu Html Checker (vnu, the W3C validator) over every page type of the demo: zero errors.

vnu starts a JVM (seconds), so the pages are saved first and checked in one run. It needs Java;
without it the test is skipped, except with CI=true (`make setup` installs default-jre-headless).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from wagtail.models import Page

VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
NIET_GEVONDEN = "/deze-pagina-bestaat-niet/"  # the 404 page is checked as well
EXTRA = [
    "/kaart/meedoen/", "/kaart/vraag/ik-voel-me-vaak-alleen/", "/kaart/zoeken/?q=koffie&gratis=1",
    "/kaart/zoeken/?q=zzzzgeenresultaat", "/kaart/op-de-kaart/", "/agenda/?gratis=1", "/verhalen/?dimensie=meedoen",
    "/en/", "/ar/", "/en/verhalen/sem-zorgt-voor-zijn-moeder/", "/en/verhalen/henk-vond-hulp-bij-zijn-schulden/",
    "/insluiten/lijst/?dimensie=meedoen&gratis=1", NIET_GEVONDEN,
    "/en/kaart/meedoen/", "/ar/agenda/",  # Dutch fallback marked inside English and Arabic pages
]


def vnu_beschikbaar():
    java = shutil.which("java")
    if java and VNU.exists():
        return java
    if os.environ.get("CI") == "true":
        pytest.fail("The Nu Html Checker needs java and node_modules/vnu-jar (make setup installs both).")
    pytest.skip("java or node_modules/vnu-jar missing: run `make setup`")


def een_pagina_per_soort():
    """The first live Dutch page of every page type, by URL."""
    gezien, urls = set(), []
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code="nl").order_by("path").specific():
        if type(page) not in gezien:
            gezien.add(type(page))
            urls.append(page.get_url())
    return urls


def test_every_page_type_has_no_html_errors(demo_client, tmp_path):
    java = vnu_beschikbaar()
    urls = een_pagina_per_soort() + EXTRA
    assert len(urls) > 25
    bestanden = {}
    for i, url in enumerate(urls):
        response = demo_client.get(url)
        assert response.status_code == (404 if url == NIET_GEVONDEN else 200), url
        pad = tmp_path / f"pagina-{i:02d}.html"
        pad.write_bytes(response.content)
        bestanden[pad.resolve().as_uri()] = url
    uitvoer = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, sorted(tmp_path.glob("*.html")))],
        capture_output=True, text=True, timeout=300,
    )
    berichten = json.loads(uitvoer.stderr)["messages"]
    fouten = [f"{bestanden.get(m.get('url'), m.get('url'))}:{m.get('lastLine')}: {m['message']}"
              for m in berichten if m["type"] == "error"]
    assert fouten == []
    # Warnings worth keeping away too: landmark roles the element already has.
    overbodig = [m["message"] for m in berichten if "role is unnecessary" in m.get("message", "")]
    assert overbodig == []


def test_the_checker_reports_an_error(tmp_path):
    """The check is real: a form with an empty action is an error for vnu."""
    java = vnu_beschikbaar()
    pad = tmp_path / "fout.html"
    pad.write_text('<!DOCTYPE html><html lang="nl"><title>x</title><form action=""></form>')
    uitvoer = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", str(pad)],
                             capture_output=True, text=True, timeout=300)
    assert any(m["type"] == "error" for m in json.loads(uitvoer.stderr)["messages"])
