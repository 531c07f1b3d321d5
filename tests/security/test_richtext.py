"""Rich text: whatever an editor or partner types, no script reaches the public page."""

import json

import pytest
from django.urls import reverse

from home.models import HomePage
from leefmee.richtext import schone_richtext

AANVAL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def contentstate(tekst, url):
    return json.dumps({
        "blocks": [{
            "key": "a1b2c", "text": tekst, "type": "unstyled", "depth": 0, "inlineStyleRanges": [],
            "entityRanges": [{"offset": 0, "length": 5, "key": 0}], "data": {},
        }],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
    })


def test_rich_text_saved_through_the_admin_reaches_the_page_escaped(admin_client, client, home_page):
    data = {
        "title": home_page.title,
        "slug": home_page.slug,
        "kop": "Waar wil je meer over weten?",
        "zoek_label": "Zoek",
        "intro": contentstate(f"Hallo {AANVAL}", "javascript:alert(3)"),
        "action-publish": "publish",
    }
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home_page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Hallo" in HomePage.objects.get(pk=home_page.pk).intro

    pagina = client.get("/").content.decode()
    assert "Hallo" in pagina
    assert "<script>alert(1)" not in pagina
    assert "<img src=x" not in pagina  # the attack is only there as escaped text
    assert "&lt;img src=x" in pagina
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pagina
    assert "javascript:" not in pagina


@pytest.mark.parametrize(
    "html",
    [
        AANVAL,
        '<p onclick="alert(1)">Klik</p>',
        '<a href="javascript:alert(1)">link</a>',
        '<p><iframe src="https://kwaad.example.com"></iframe>Tekst</p>',
        '<p style="background:url(javascript:alert(1))">Stijl</p>',
        "<svg><script>alert(1)</script></svg>",
    ],
)
def test_html_from_outside_the_editor_is_cleaned(db, html):
    schoon = schone_richtext(html)
    for verboden in ("<script", "onerror", "onclick", "javascript:", "<iframe", "style=", "<svg"):
        assert verboden not in schoon.lower()


def test_cleaning_keeps_ordinary_formatting(db):
    schoon = schone_richtext('<p>Een <b>vet</b> woord en een <a href="https://duinwijk.example.nl/">link</a>.</p>')
    assert "<b>vet</b>" in schoon
    assert 'href="https://duinwijk.example.nl/"' in schoon
