"""'Waar wil je iets aan doen?': suggestions follow the chosen subjects, free and no-referral first."""

import datetime as dt

import pytest

from kaart.verwant import VERWANTE_INHOUD_HOOK, VerwanteSectie
from tests.fabrieken import (
    GELDIGE_SCORES,
    AanbodFactory,
    ActiviteitFactory,
    KaartFactory,
    LevensvraagFactory,
    OrganisatieFactory,
    ZelfcheckFactory,
    ZelfcheckStellingFactory,
    moment,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(home_page):
    ZelfcheckFactory(parent=home_page)
    return KaartFactory(parent=home_page, title="Kaart")


@pytest.fixture
def organisatie(kaart):
    return OrganisatieFactory(parent=kaart, title="Welzijn Duinwijk", telefoon="0251 111 222")


def post(client, **extra):
    return client.post("/hoe-gaat-het/uitslag/", {**GELDIGE_SCORES, **extra}).content.decode()


def test_offerings_follow_the_chosen_dimension_free_and_no_referral_first(client, organisatie):
    AanbodFactory(parent=organisatie, title="Betaald met verwijzing", dimensies=["meedoen"], kosten="betaald",
                  verwijzing_nodig=True)
    AanbodFactory(parent=organisatie, title="Gratis met verwijzing", dimensies=["meedoen"], verwijzing_nodig=True,
                  kosten="gratis")
    AanbodFactory(parent=organisatie, title="Betaald zonder verwijzing", dimensies=["meedoen"], kosten="betaald")
    AanbodFactory(parent=organisatie, title="Zomaar binnenlopen", dimensies=["meedoen"], kosten="gratis")
    AanbodFactory(parent=organisatie, title="Beweegmaatje", dimensies=["lichaam"], kosten="gratis")
    html = post(client, kies="meedoen")
    volgorde = [html.index(t) for t in ("Zomaar binnenlopen", "Betaald zonder verwijzing",
                                        "Gratis met verwijzing", "Betaald met verwijzing")]
    assert volgorde == sorted(volgorde)
    assert "Beweegmaatje" not in html
    assert "Geen verwijzing nodig" in html and "door Welzijn Duinwijk" in html


def test_an_aspect_brings_its_own_questions_and_the_offerings_for_them(client, organisatie):
    alleen = LevensvraagFactory(slug="ik-voel-me-vaak-alleen", dimensie="meedoen", naam="Ik voel me vaak alleen")
    LevensvraagFactory(slug="ik-wil-beter-nederlands-leren", dimensie="meedoen", naam="Ik wil beter Nederlands leren")
    stelling = ZelfcheckStellingFactory(dimensie="meedoen", aspect="sociale contacten", tekst="Ik ken genoeg mensen.",
                                        vragen=[alleen])
    AanbodFactory(parent=organisatie, title="Koffie-ochtend", vragen=[alleen], dimensies=(), kosten="gratis")
    AanbodFactory(parent=organisatie, title="Taalcafe", dimensies=["zingeving"], kosten="gratis")
    html = post(client, kies=f"aspect-{stelling.pk}")
    assert "Ik voel me vaak alleen" in html
    assert "Ik wil beter Nederlands leren" not in html
    assert "Koffie-ochtend" in html and "Taalcafe" not in html
    assert f'value="aspect-{stelling.pk}" id="kies-aspect-{stelling.pk}" checked' in html


def test_a_dimension_brings_all_its_questions(client, organisatie):
    LevensvraagFactory(slug="ik-voel-me-vaak-alleen", dimensie="meedoen", naam="Ik voel me vaak alleen")
    LevensvraagFactory(slug="ik-slaap-slecht", dimensie="lichaam", naam="Ik slaap slecht")
    html = post(client, kies="meedoen")
    assert "Ik voel me vaak alleen" in html and "Ik slaap slecht" not in html


def test_two_dimensions_and_activities_in_the_coming_weeks(vandaag, client, organisatie):
    ActiviteitFactory(parent=organisatie, title="Wandelgroep", dimensies=["lichaam"],
                      momenten=[moment(vandaag + dt.timedelta(days=3))])
    ActiviteitFactory(parent=organisatie, title="Buurtmaaltijd", dimensies=["meedoen"],
                      momenten=[moment(vandaag - dt.timedelta(days=14), herhaling="wekelijks")])
    ActiviteitFactory(parent=organisatie, title="Verre toekomst", dimensies=["meedoen"],
                      momenten=[moment(vandaag + dt.timedelta(days=90))])
    ActiviteitFactory(parent=organisatie, title="Voorbij", dimensies=["meedoen"],
                      momenten=[moment(vandaag - dt.timedelta(days=3))])
    ActiviteitFactory(parent=organisatie, title="Zangkoor", dimensies=["zingeving"],
                      momenten=[moment(vandaag + dt.timedelta(days=2))])
    html = post(client, kies=["meedoen", "lichaam"])
    assert "Wandelgroep" in html and "Buurtmaaltijd" in html
    assert "Verre toekomst" not in html and "Voorbij" not in html and "Zangkoor" not in html


def test_stories_come_through_the_hook(client, organisatie):
    from wagtail import hooks

    gevraagd = []

    def verhalen(onderwerp, locale, limit, site=None):
        gevraagd.append((onderwerp.sleutel, locale.language_code, limit))
        return VerwanteSectie(kop="Verhalen over dit onderwerp", items=[organisatie])

    with hooks.register_temporarily(VERWANTE_INHOUD_HOOK, verhalen):
        html = post(client, kies=["meedoen", "lichaam"])
    assert gevraagd == [("meedoen", "nl", 3), ("lichaam", "nl", 3)]
    assert html.count("<h2>Verhalen over dit onderwerp</h2>") == 1  # one section, items of both merged
    assert html.count('href="/kaart/welzijn-duinwijk/"') == 1


def test_no_choice_no_suggestions(client, organisatie):
    AanbodFactory(parent=organisatie, title="Zomaar binnenlopen", dimensies=["meedoen"], kosten="gratis")
    assert "Zomaar binnenlopen" not in post(client)


def test_query_count_does_not_grow_with_the_directory(vandaag, client, organisatie, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    vraag = LevensvraagFactory(slug="ik-voel-me-vaak-alleen", dimensie="meedoen")

    def tel():
        with CaptureQueriesContext(connection) as ctx:
            html = post(client, kies="meedoen")
        return len(ctx.captured_queries), html

    for i in range(5):
        AanbodFactory(parent=organisatie, title=f"Aanbod {i}", dimensies=["meedoen"], vragen=[vraag], kosten="gratis")
        ActiviteitFactory(parent=organisatie, title=f"Activiteit {i}", dimensies=["meedoen"],
                          momenten=[moment(vandaag + dt.timedelta(days=1))])
    post(client, kies="meedoen")  # warm the per-process caches (site root paths, default locale)
    klein, html = tel()
    assert html.count('class="kaartje"') == 5
    for i in range(5, 40):
        AanbodFactory(parent=organisatie, title=f"Aanbod {i}", dimensies=["meedoen"], vragen=[vraag], kosten="gratis")
        ActiviteitFactory(parent=organisatie, title=f"Activiteit {i}", dimensies=["meedoen"],
                          momenten=[moment(vandaag + dt.timedelta(days=1))])
    post(client, kies="meedoen")  # the first request after a change reloads what is kept in memory
    groot, html = tel()
    assert html.count('class="kaartje"') == 8  # a short list, whatever the size
    assert groot == klein
    with django_assert_max_num_queries(klein):
        post(client, kies="meedoen")
