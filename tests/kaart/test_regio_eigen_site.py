"""Each municipality's pages lead into its own map: home page cards and search, agenda area filter."""

import datetime as dt
import re

import pytest

from tests.fabrieken import ActiviteitFactory, AgendaFactory
from tests.fabrieken.regio import HOST_B, twee_gemeenten

pytestmark = pytest.mark.django_db


@pytest.fixture
def regio(site, home_page, locale_nl, settings):
    settings.ALLOWED_HOSTS = ["localhost", "testserver", HOST_B]
    return twee_gemeenten(site, home_page, locale_nl)


def test_the_second_municipalitys_home_page_leads_into_its_own_map(regio, client):
    html = client.get("/", HTTP_HOST=HOST_B).content.decode()
    actie = re.search(r'<form class="zoekvak"[^>]*action="([^"]+)"', html).group(1)
    kaarten = re.findall(r'class="dimensie__link" href="([^"]+)"', html)
    assert actie == "/kaart/zoeken/"  # relative: on this site, never another host (CSP form-action 'self')
    assert kaarten and all(href.startswith("/kaart/") for href in kaarten)
    assert client.get(actie + "?q=koffie", HTTP_HOST=HOST_B).status_code == 200
    assert client.get(kaarten[0], HTTP_HOST=HOST_B).status_code == 200


def test_the_agenda_area_filter_lists_only_the_own_municipalitys_areas(vandaag, regio, client):
    # A regional activity serves both municipalities' areas: only this site's area is a filter option
    # (areas without results are left out anyway, so the activity gives both a count).
    ActiviteitFactory(parent=regio.regionaal, title="Spreekuur geldzaken", gebieden=[regio.gebied_a, regio.gebied_b],
                      momenten=[{"herhaling": "wekelijks", "datum": vandaag + dt.timedelta(days=1),
                               "begintijd": dt.time(10)}])
    agenda = AgendaFactory(parent=regio.home_a)
    html = client.get(agenda.url).content.decode()
    assert 'value="zeedorp"' in html
    assert "strandhoven" not in html.lower()
