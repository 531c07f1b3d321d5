"""Dutch fallback text inside a page in another language says it is Dutch: `lang="nl"`, and
`dir="ltr"` (isolated from the right-to-left text) on Arabic pages, so screen readers pronounce it
right and punctuation stays in place. Interface text around it stays in the reader's language."""

import datetime as dt
import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from publicatie.models import Verschijning
from publicatie.views import markeer_verschenen
from tests.fabrieken import (
    AanbodFactory,
    ActiviteitFactory,
    AgendaFactory,
    EditieFactory,
    KaartFactory,
    LeefArchiefFactory,
    LevensvraagFactory,
    OrganisatieFactory,
)

pytestmark = pytest.mark.django_db

NL = ' lang="nl" dir="ltr"'


@pytest.fixture
def kaart(vandaag, home_page):
    kaart = KaartFactory(parent=home_page)
    AgendaFactory(parent=home_page)
    org = OrganisatieFactory(parent=kaart, title="Buurthuis De Schelp", slug="buurthuis")
    alleen = LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")
    aanbod = AanbodFactory(parent=org, title="Koffie-ochtend", slug="koffie", korte_beschrijving="Elke dinsdag koffie.",
                           vragen=[alleen])
    morgen = vandaag + dt.timedelta(days=1)
    ActiviteitFactory(parent=org, title="Wandelen op het strand", slug="wandelen", dimensies=("meedoen",),
                      momenten=[{"herhaling": "eenmalig", "datum": morgen, "begintijd": dt.time(10)}])
    leef = EditieFactory(parent=LeefArchiefFactory(parent=home_page), jaar=2026, kwartaal=4)
    markeer_verschenen(leef)
    Verschijning.objects.create(editie=leef, pagina=aanbod)
    return kaart


def vertaal_site_naar(taal, home):
    locale = Locale.objects.get_or_create(language_code=taal)[0]
    LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": home.locale})
    call_command("sync_locale_trees", verbosity=0)


def element_met(html, tekst):
    """The opening tag of the element right around `tekst`."""
    gevonden = re.search(r"(<(\w+)[^<>]*>)\s*" + re.escape(tekst), html)
    assert gevonden, tekst
    return gevonden.group(1)


def test_dutch_results_and_coming_activities_on_an_english_map_page_are_marked(client, home_page, kaart):
    vertaal_site_naar("en", home_page)
    html = client.get("/en/kaart/meedoen/").content.decode()
    assert '<html lang="en"' in html
    assert NL in element_met(html, "Koffie-ochtend")
    assert NL in element_met(html, "Elke dinsdag koffie.")
    assert NL in element_met(html, "Wandelen op het strand")  # 'Binnenkort'
    assert NL in element_met(html, "Buurthuis De Schelp")  # the organisation in the agenda line
    assert NL in element_met(html, "Ik voel me vaak alleen")  # a life question without a translation
    # The interface around them is English and not marked as Dutch.
    assert NL not in element_met(html, "Coming up")


def test_the_agenda_and_the_home_page_mark_dutch_activities(client, home_page, kaart):
    vertaal_site_naar("en", home_page)
    for url in ("/en/agenda/", "/en/"):
        html = client.get(url).content.decode()
        assert NL in element_met(html, "Wandelen op het strand"), url


def test_the_dutch_edition_name_inside_an_english_sentence_is_marked(client, home_page, kaart):
    vertaal_site_naar("en", home_page)
    html = client.get("/en/kaart/buurthuis/koffie/").content.decode()
    regel = re.search(r'<p class="verschenen-in">.*?</p>', html, re.S).group(0)
    assert regel.startswith('<p class="verschenen-in">Published in <a ')
    assert f"<span{NL}>LEEF najaar 2026</span></a>" in regel


def test_on_an_arabic_page_dutch_names_run_left_to_right_inside_the_right_to_left_text(client, home_page, kaart):
    vertaal_site_naar("ar", home_page)
    html = client.get("/ar/kaart/meedoen/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert NL in element_met(html, "Koffie-ochtend")
    assert NL in element_met(html, "Wandelen op het strand")


def test_a_dutch_reader_gets_no_marks(client, home_page, kaart):
    html = client.get("/kaart/meedoen/").content.decode()
    assert html.count(NL) == 1 and '<html lang="nl" dir="ltr">' in html
    html = client.get("/kaart/buurthuis/koffie/").content.decode()
    assert "<span lang=" not in re.search(r'<p class="verschenen-in">.*?</p>', html, re.S).group(0)
