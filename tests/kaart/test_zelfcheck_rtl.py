"""Arabic readers get the page right-to-left, with the web mirrored and numbers in their digits."""

import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from tests.fabrieken import GELDIGE_SCORES, ZelfcheckFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabisch(home_page):
    ZelfcheckFactory(parent=home_page)
    ar = Locale.objects.get_or_create(language_code="ar")[0]
    LocaleSynchronization.objects.get_or_create(locale=ar, defaults={"sync_from": home_page.locale})
    call_command("sync_locale_trees", verbosity=0)
    return ar


def test_form_and_result_are_right_to_left(client, arabisch):
    formulier = client.get("/ar/hoe-gaat-het/").content.decode()
    assert '<html lang="ar" dir="rtl">' in formulier
    assert '<label for="id_meedoen_7">٧</label>' in formulier  # digits of the reader, value stays 7
    assert 'value="7"' in formulier

    uitslag = client.post("/ar/hoe-gaat-het/uitslag/", GELDIGE_SCORES)
    html = uitslag.content.decode()
    assert uitslag.status_code == 200
    assert 'dir="rtl"' in html
    svg = html[html.index("<svg"): html.index("</svg>") + 6]
    root = ET.fromstring(svg)
    assert root.get("direction") == "rtl"
    # Mirrored: the second dimension's axis points to the left of the centre.
    assen = root.findall(".//{http://www.w3.org/2000/svg}line")
    assert float(assen[1].get("x2")) < float(assen[1].get("x1"))
    assert "٣" in html  # Meedoen 3


def test_dutch_stays_left_to_right(client, arabisch):
    html = client.post("/hoe-gaat-het/uitslag/", GELDIGE_SCORES).content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert 'direction="ltr"' in html
