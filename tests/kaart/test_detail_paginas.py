"""Detail pages of the map: B1 sections, fallbacks to the organisation, print and constant queries."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks

from kaart.models import ActiviteitMoment
from kaart.verwant import VERWANTE_INHOUD_HOOK, VerwanteSectie
from leefmee.boom import kindpad
from tests.fabrieken import (
    AanbodFactory,
    ActiviteitFactory,
    DoelgroepFactory,
    KaartFactory,
    KenmerkFactory,
    LevensvraagFactory,
    OrganisatieFactory,
    VacatureFactory,
    dimensie,
    vertaling,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(site, home_page):
    return KaartFactory(parent=home_page)


@pytest.fixture
def organisatie(kaart):
    return OrganisatieFactory(parent=kaart, title="Welzijn Testdorp", telefoon="0251 999 000",
                              email="vragen@welzijn.example", volledig=True)


def tekst(response):
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_offering_shows_the_b1_sections_and_falls_back_to_the_organisation(client, organisatie):
    vraag = LevensvraagFactory(naam="Ik voel me vaak alleen", slug="ik-voel-me-vaak-alleen")
    aanbod = AanbodFactory(parent=organisatie, vragen=[vraag], doelgroepen=[DoelgroepFactory(naam="Ouderen",
                                                                                             slug="ouderen")],
                           kosten="betaald", kosten_toelichting="€ 2 per keer", volledig=True)
    response = client.get(aanbod.url)
    assert response.status_code == 200
    inhoud = tekst(response)
    for kop in ("Wat is het?", "Voor wie?", "Wat kost het?", "Hoe meld je je aan?", "Verwijzing nodig?"):
        assert kop in inhoud
    assert "€ 2 per keer" in inhoud and "Je hebt geen verwijzing nodig" in inhoud
    # No own phone, e-mail or address: the organisation's are shown.
    html = response.content.decode()
    assert 'href="tel:0251999000"' in html and "mailto:vragen@welzijn.example" in html
    assert "Duinstraat 1" in inhoud and "2201 AA Duinwijk" in inhoud
    assert "https://www.openstreetmap.org/?mlat=52.240000&amp;mlon=4.440000" in html
    assert "Laatst gecontroleerd: mei 2026" in inhoud
    # Breadcrumbs up to the organisation, chips linking to the map's question and search pages.
    assert re.search(r'<nav class="kruimelpad"[^>]*>.*Sociale kaart.*Welzijn Testdorp', html, re.S)
    assert 'href="/kaart/vraag/ik-voel-me-vaak-alleen/"' in html
    assert 'href="/kaart/meedoen/"' in html and "?doelgroep=ouderen" in html
    assert "Map-script" not in html and "leaflet" not in html.lower()  # no map JS on detail pages


def test_offering_with_its_own_contact_place_and_referral(client, organisatie):
    aanbod = AanbodFactory(
        parent=organisatie, email="eigen@aanbod.example", telefoon="06 1234 5678", verwijzing_nodig=True,
        verwijzing_waar="bij je huisarts", locatie_naam="Sporthal De Golf", straat="Zeestraat 102",
        postcode="2202 QT", plaats="Zeedorp", volledig=True,
    )
    response = client.get(aanbod.url)
    html, inhoud = response.content.decode(), tekst(response)
    assert "mailto:eigen@aanbod.example" in html and "vragen@welzijn.example" not in html
    assert "tel:0612345678" in html
    assert "Sporthal De Golf" in inhoud and "Duinstraat 1" not in inhoud
    assert "openstreetmap.org/search?query=Zeestraat" in html  # no coordinates: search by address
    assert "Je hebt eerst een verwijzing nodig. Die krijg je: bij je huisarts." in inhoud
    assert aanbod.effectief_adres == "Zeestraat 102, 2202 QT Zeedorp"
    assert aanbod.contact_email == "eigen@aanbod.example"


def test_activity_lists_its_next_dates_and_how_to_register(vandaag, client, organisatie):
    eenmalig = vandaag + dt.timedelta(days=9)
    activiteit = ActiviteitFactory(
        parent=organisatie, kenmerken=[KenmerkFactory(naam="Bewegen", slug="bewegen")],
        aanmelden="extern", aanmeld_url="https://aanmelden.example/wandelen", max_deelnemers=12,
        momenten=[
            ActiviteitMoment(herhaling="wekelijks", datum=vandaag - dt.timedelta(days=30), begintijd=dt.time(10),
                             eindtijd=dt.time(11, 30)),
            ActiviteitMoment(herhaling="eenmalig", datum=eenmalig, begintijd=dt.time(19, 30)),
        ], volledig=True, dimensies=(),
    )
    response = client.get(activiteit.url)
    assert response.status_code == 200
    html, inhoud = response.content.decode(), tekst(response)
    assert "Wanneer?" in inhoud and "De volgende keren" in inhoud
    assert f'datetime="{eenmalig:%Y-%m-%d}T19:30"' in html
    # From today on: the weekly Mondays from the 15th, and the one-off Friday the 19th in between.
    assert [(v.datum, v.begintijd) for v in response.context["volgende_data"]] == [
        (dt.date(2027, 3, 15), dt.time(10)), (eenmalig, dt.time(19, 30)), (dt.date(2027, 3, 22), dt.time(10)),
        (dt.date(2027, 3, 29), dt.time(10)), (dt.date(2027, 4, 5), dt.time(10))]
    assert response.context["wanneer"][0].startswith("Elke maandag")  # 30 days before Wednesday 10 March
    assert 'href="https://aanmelden.example/wandelen"' in html
    assert "Er kunnen maximaal 12 mensen meedoen." in inhoud
    assert "?kenmerk=bewegen" in html
    assert "mailto:vragen@welzijn.example" in html  # contact falls back to the organisation


def test_activity_without_future_dates_says_so(vandaag, client, organisatie):
    activiteit = ActiviteitFactory(parent=organisatie, momenten=[
        ActiviteitMoment(herhaling="eenmalig", datum=vandaag - dt.timedelta(days=3), begintijd=dt.time(9))
    ], volledig=True, dimensies=())
    inhoud = tekst(client.get(activiteit.url))
    assert "Er zijn op dit moment geen nieuwe data bekend" in inhoud


def test_vacancy_page(client, organisatie):
    vacature = VacatureFactory(parent=organisatie, contact_naam="Truus van Dijk",
                               laatst_gecontroleerd=dt.date(2026, 10, 2), volledig=True)
    response = client.get(vacature.url)
    assert response.status_code == 200
    inhoud = tekst(response)
    for kop in ("Wat ga je doen?", "Hoeveel tijd kost het?", "Wat krijg je ervoor terug?", "Interesse?"):
        assert kop in inhoud
    assert "Contactpersoon: Truus van Dijk" in inhoud and "Laatst gecontroleerd: oktober 2026" in inhoud
    assert "mailto:vragen@welzijn.example" in response.content.decode()


def test_organisation_lists_its_offerings_activities_and_vacancies(client, organisatie):
    aanbod = AanbodFactory(parent=organisatie, title="Buurtmaatje", volledig=True)
    activiteit = ActiviteitFactory(parent=organisatie, title="Koffieochtend", volledig=True, dimensies=())
    vacature = VacatureFactory(parent=organisatie, title="Word taalmaatje", volledig=True)
    concept = AanbodFactory(parent=organisatie, title="Nog niet klaar", volledig=True)
    concept.unpublish()
    response = client.get(organisatie.url)
    assert response.status_code == 200
    html, inhoud = response.content.decode(), tekst(response)
    for page in (aanbod, activiteit, vacature):
        assert f'href="{page.url}"' in html
    assert "Nog niet klaar" not in inhoud
    assert "Volgende keer:" in inhoud
    assert "Hier kun je terecht voor" in inhoud and "Vrijwilligerswerk" in inhoud
    assert "Laatst gecontroleerd: maart 2026" in inhoud


def test_print_stylesheet_and_the_written_out_address_of_the_page(client, organisatie):
    aanbod = AanbodFactory(parent=organisatie, volledig=True)
    html = client.get(aanbod.url).content.decode()
    assert '/static/leefmee/css/print.css" media="print"' in html
    assert "/static/kaart/css/detail.css" in html
    assert html.count(f"http://localhost{aanbod.url}") >= 2  # top and bottom of the printout
    from django.contrib.staticfiles import finders

    css = open(finders.find("kaart/css/detail.css")).read()
    assert "@media print" in css and ".alleen-printen { display: block; }" in css


def test_related_content_from_other_apps_through_the_hook(client, organisatie, home_page):
    aanbod = AanbodFactory(parent=organisatie, volledig=True)

    def verhalen(onderwerp, locale, limit, site=None):
        return VerwanteSectie(kop="Verhalen van inwoners", items=[home_page]) if onderwerp.pk == aanbod.pk else None

    with hooks.register_temporarily(VERWANTE_INHOUD_HOOK, verhalen):
        inhoud = tekst(client.get(aanbod.url))
    assert "Verhalen van inwoners" in inhoud and "LEEF MEE Testdorp" in inhoud


def test_translated_offering_page_shows_translated_chips(client, organisatie, locale_en):
    vraag = LevensvraagFactory(naam="Ik voel me vaak alleen", slug="ik-voel-me-vaak-alleen")
    vertaling(snippet=vraag, locale=locale_en, naam="I often feel lonely", slug="i-often-feel-lonely")
    niet_vertaald = LevensvraagFactory(naam="Ik slaap slecht", slug="ik-slaap-slecht")
    aanbod = AanbodFactory(parent=organisatie, vragen=[vraag, niet_vertaald], volledig=True)
    engels = aanbod.copy_for_translation(locale_en, copy_parents=True)
    engels.save_revision().publish()
    engels.refresh_from_db()
    response = client.get(engels.url)
    assert response.status_code == 200
    assert "I often feel lonely" in tekst(response) and "Ik voel me vaak alleen" not in tekst(response)
    assert "Ik slaap slecht" in tekst(response)  # no translation yet: the Dutch term
    assert "/vraag/i-often-feel-lonely/" in response.content.decode()


def test_changed_chips_show_at_once_in_the_editors_order(client, organisatie):
    """The page's own terms come from process memory per content version: an editor's change
    and their order show at the next request."""
    from kaart.models import AanbodDimensie, AanbodPage


    aanbod = AanbodFactory(parent=organisatie, dimensies=("lichaam",), volledig=True)
    chips = client.get(aanbod.url).content.decode().split('class="chips', 1)[1]
    assert 'href="/kaart/lichaam/"' in chips and 'href="/kaart/meedoen/"' not in chips

    aanbod = AanbodPage.objects.get(pk=aanbod.pk)
    aanbod.dimensie_koppelingen = [AanbodDimensie(dimensie=dimensie(sleutel="meedoen")),
                                   AanbodDimensie(dimensie=dimensie(sleutel="lichaam"))]
    aanbod.save_revision().publish()
    chips = client.get(aanbod.url).content.decode().split('class="chips', 1)[1]
    assert 0 < chips.index('href="/kaart/meedoen/"') < chips.index('href="/kaart/lichaam/"')


def _aantal_queries(client, url):
    # Steady state: the first request after a change reloads what leefmee.versiecache keeps.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_of_the_detail_pages_does_not_grow_with_the_organisation(client, organisatie):
    vragen = [LevensvraagFactory() for _ in range(3)]
    aanbod = AanbodFactory(parent=organisatie, vragen=vragen, volledig=True)
    activiteit = ActiviteitFactory(parent=organisatie, volledig=True, dimensies=())
    VacatureFactory(parent=organisatie, volledig=True)
    client.get(organisatie.url)  # warm caches (site root paths, content types)
    klein = {url: _aantal_queries(client, url) for url in (organisatie.url, aanbod.url, activiteit.url)}

    for _ in range(6):
        AanbodFactory(parent=organisatie, vragen=vragen, volledig=True)
        ActiviteitFactory(parent=organisatie, volledig=True, dimensies=())
        VacatureFactory(parent=organisatie, volledig=True)
    groot = {url: _aantal_queries(client, url) for url in klein}
    assert groot == klein
    organisatie_url, aanbod_url, activiteit_url = klein
    assert klein[organisatie_url] <= 10 and klein[aanbod_url] <= 6 and klein[activiteit_url] <= 7, klein


def test_preview_of_a_new_and_an_existing_page_renders(organisatie, rf):
    """Editors preview pages before they are saved: the helpers must not need saved rows."""
    from kaart.models import AanbodDimensie, AanbodPage, Dimensie

    bestaand = ActiviteitFactory(parent=organisatie, aanmelden="formulier", max_deelnemers=5, volledig=True,
                                 dimensies=(),
                                )
    response = bestaand.make_preview_request()
    assert response.status_code == 200 and "De volgende keren" in response.content.decode()

    nieuw = AanbodPage(title="Nieuw aanbod", slug="nieuw-aanbod", korte_beschrijving="Kort.",
                       wat_is_het="<p>Iets nieuws.</p>", locale=organisatie.locale)
    nieuw.dimensie_koppelingen = [AanbodDimensie(dimensie=Dimensie.objects.get(sleutel="lichaam",
                                                                                locale=organisatie.locale))]
    # What Wagtail's preview-on-create does: place the unsaved page in the tree without saving it.
    nieuw.depth = organisatie.depth + 1
    nieuw.path = kindpad(organisatie.path, organisatie.get_children_count() + 1)
    response = nieuw.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Iets nieuws." in html and "Lichaam" in html and "mailto:vragen@welzijn.example" in html
