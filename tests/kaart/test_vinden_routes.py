"""The map's routes: start, dimension, question, 404s, home page links, related content."""

import pytest
from wagtail import hooks

from kaart.verwant import VERWANTE_INHOUD_HOOK, VerwanteSectie
from leefmee.models import SiteInstellingen
from tests.fabrieken import AanbodFactory, ActiviteitFactory, KaartFactory, LevensvraagFactory, OrganisatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(site, home_page):
    return KaartFactory(parent=home_page)


@pytest.fixture
def org(kaart):
    return OrganisatieFactory(parent=kaart)


def test_start_shows_dimensions_and_popular_questions(client, kaart):
    LevensvraagFactory(naam="Ik heb geldzorgen", dimensie="kwaliteit", populair=True, slug="geldzorgen")
    LevensvraagFactory(naam="Ik verveel me", dimensie="meedoen", populair=False, slug="verveling")
    response = client.get("/kaart/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gevoelens en gedachten" in html
    assert 'href="/kaart/mentaal/"' in html
    assert 'href="/kaart/vraag/geldzorgen/"' in html
    assert "Ik verveel me" not in html


def test_dimension_page_lists_its_offerings_and_questions(client, org):
    vraag = LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")
    AanbodFactory(parent=org, title="Koffie-ochtend", dimensies=("meedoen",), vragen=[vraag])
    AanbodFactory(parent=org, title="Fysiotherapie", dimensies=("lichaam",))
    response = client.get("/kaart/meedoen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Koffie-ochtend" in html and "Fysiotherapie" not in html
    assert 'href="/kaart/vraag/alleen/"' in html


def test_question_page_lists_offerings_and_upcoming_activities(client, org):

    vraag = LevensvraagFactory(naam="Ik voel me vaak alleen", dimensie="meedoen", slug="alleen")
    AanbodFactory(parent=org, title="Koffie-ochtend", vragen=[vraag])
    AanbodFactory(parent=org, title="Schuldhulp", dimensies=("kwaliteit",))
    ActiviteitFactory(parent=org, title="Samen eten", vragen=[vraag])
    html = client.get("/kaart/vraag/alleen/").content.decode()
    assert "Koffie-ochtend" in html and "Schuldhulp" not in html
    assert "Samen eten" in html


def test_unknown_dimension_and_question_give_404(client, kaart):
    assert client.get("/kaart/onbekend/").status_code == 404
    assert client.get("/kaart/vraag/bestaat-niet/").status_code == 404


def test_organisation_pages_are_not_swallowed_by_the_routes(rf, kaart, org):
    # Routes come first in RoutablePageMixin: a route must not catch the organisations' slugs.
    resultaat = kaart.route(rf.get(org.url), [org.slug])
    assert resultaat.page.specific == org


def test_home_page_links_to_search_and_dimensions(client, kaart):
    html = client.get("/").content.decode()
    assert 'action="/kaart/zoeken/"' in html
    assert 'href="/kaart/meedoen/"' in html


def test_related_content_sections_from_the_hook(client, kaart, org):
    def verwant(onderwerp, locale, limit, site=None):
        return VerwanteSectie(kop=f"Verhalen over {onderwerp}", items=[org])

    with hooks.register_temporarily(VERWANTE_INHOUD_HOOK, verwant):
        html = client.get("/kaart/meedoen/").content.decode()
    assert "Verhalen over Meedoen" in html


def test_dimension_names_in_the_readers_locale(client, kaart, locale_en):
    from kaart.models import Dimensie

    bron = Dimensie.objects.get(sleutel="meedoen", locale__language_code="nl")
    vertaling = bron.copy_for_translation(locale_en)
    vertaling.bewonersnaam = "Taking part"
    vertaling.save()
    en_kaart = kaart.copy_for_translation(locale_en, copy_parents=True)
    en_kaart.save_revision().publish()
    html = client.get("/en/kaart/").content.decode()
    assert "Taking part" in html


def test_empty_result_help_shows_access_team_phone(client, kaart, site):
    instellingen = SiteInstellingen.for_site(site)
    instellingen.toegangsteam_naam = "het Loket"
    instellingen.toegangsteam_telefoon = "0800 1234"
    instellingen.save()
    LevensvraagFactory(naam="Ik heb geldzorgen", dimensie="kwaliteit", populair=True, slug="geldzorgen")
    html = client.get("/kaart/zoeken/?q=xyzzyniets&gratis=1").content.decode()
    assert "We hebben niets gevonden" in html
    assert "0800 1234" in html
    assert 'href="?q=xyzzyniets"' in html  # remove the filter, keep the query
    assert "/kaart/vraag/geldzorgen/" in html
