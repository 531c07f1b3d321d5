"""'Waar wil je iets aan doen?': suggestions follow the chosen subjects, free and no-referral first."""

import datetime as dt

import pytest
from django.utils import timezone

from kaart.verwant import VERWANTE_INHOUD_HOOK, VerwanteSectie
from tests.kaart.factories_zelfcheck import (
    GELDIGE_SCORES,
    maak_aanbod,
    maak_activiteit,
    maak_kaart,
    maak_organisatie,
    maak_stelling,
    maak_vraag,
    maak_zelfcheck,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(home_page):
    maak_zelfcheck(home_page)
    return maak_kaart(home_page)


@pytest.fixture
def organisatie(kaart):
    return maak_organisatie(kaart)


def post(client, **extra):
    return client.post("/hoe-gaat-het/uitslag/", {**GELDIGE_SCORES, **extra}).content.decode()


def test_offerings_follow_the_chosen_dimension_free_and_no_referral_first(client, organisatie):
    maak_aanbod(organisatie, "Betaald met verwijzing", ["meedoen"], kosten="betaald", verwijzing_nodig=True)
    maak_aanbod(organisatie, "Gratis met verwijzing", ["meedoen"], verwijzing_nodig=True)
    maak_aanbod(organisatie, "Betaald zonder verwijzing", ["meedoen"], kosten="betaald")
    maak_aanbod(organisatie, "Zomaar binnenlopen", ["meedoen"])
    maak_aanbod(organisatie, "Beweegmaatje", ["lichaam"])
    html = post(client, kies="meedoen")
    volgorde = [html.index(t) for t in ("Zomaar binnenlopen", "Betaald zonder verwijzing",
                                        "Gratis met verwijzing", "Betaald met verwijzing")]
    assert volgorde == sorted(volgorde)
    assert "Beweegmaatje" not in html
    assert "Geen verwijzing nodig" in html and "door Welzijn Duinwijk" in html


def test_an_aspect_brings_its_own_questions_and_the_offerings_for_them(client, organisatie):
    alleen = maak_vraag("ik-voel-me-vaak-alleen", "meedoen", "Ik voel me vaak alleen")
    maak_vraag("ik-wil-beter-nederlands-leren", "meedoen", "Ik wil beter Nederlands leren")
    stelling = maak_stelling("meedoen", "sociale contacten", "Ik ken genoeg mensen.", [alleen])
    maak_aanbod(organisatie, "Koffie-ochtend", vragen=[alleen])
    maak_aanbod(organisatie, "Taalcafe", ["zingeving"])
    html = post(client, kies=f"aspect-{stelling.pk}")
    assert "Ik voel me vaak alleen" in html
    assert "Ik wil beter Nederlands leren" not in html
    assert "Koffie-ochtend" in html and "Taalcafe" not in html
    assert f'value="aspect-{stelling.pk}" id="kies-aspect-{stelling.pk}" checked' in html


def test_a_dimension_brings_all_its_questions(client, organisatie):
    maak_vraag("ik-voel-me-vaak-alleen", "meedoen", "Ik voel me vaak alleen")
    maak_vraag("ik-slaap-slecht", "lichaam", "Ik slaap slecht")
    html = post(client, kies="meedoen")
    assert "Ik voel me vaak alleen" in html and "Ik slaap slecht" not in html


def test_two_dimensions_and_activities_in_the_coming_weeks(client, organisatie):
    vandaag = timezone.localdate()
    maak_activiteit(organisatie, "Wandelgroep", vandaag + dt.timedelta(days=3), ["lichaam"])
    maak_activiteit(organisatie, "Buurtmaaltijd", vandaag - dt.timedelta(days=14), ["meedoen"], herhaling="wekelijks")
    maak_activiteit(organisatie, "Verre toekomst", vandaag + dt.timedelta(days=90), ["meedoen"])
    maak_activiteit(organisatie, "Voorbij", vandaag - dt.timedelta(days=3), ["meedoen"])
    maak_activiteit(organisatie, "Zangkoor", vandaag + dt.timedelta(days=2), ["zingeving"])
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
    maak_aanbod(organisatie, "Zomaar binnenlopen", ["meedoen"])
    assert "Zomaar binnenlopen" not in post(client)


def test_query_count_does_not_grow_with_the_directory(client, organisatie, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    vraag = maak_vraag("ik-voel-me-vaak-alleen", "meedoen")

    def tel():
        with CaptureQueriesContext(connection) as ctx:
            html = post(client, kies="meedoen")
        return len(ctx.captured_queries), html

    for i in range(5):
        maak_aanbod(organisatie, f"Aanbod {i}", ["meedoen"], vragen=[vraag])
        maak_activiteit(organisatie, f"Activiteit {i}", timezone.localdate() + dt.timedelta(days=1), ["meedoen"])
    post(client, kies="meedoen")  # warm the per-process caches (site root paths, default locale)
    klein, html = tel()
    assert html.count('class="kaartje"') == 5
    for i in range(5, 40):
        maak_aanbod(organisatie, f"Aanbod {i}", ["meedoen"], vragen=[vraag])
        maak_activiteit(organisatie, f"Activiteit {i}", timezone.localdate() + dt.timedelta(days=1), ["meedoen"])
    post(client, kies="meedoen")  # the first request after a change reloads what is kept in memory
    groot, html = tel()
    assert html.count('class="kaartje"') == 8  # a short list, whatever the size
    assert groot == klein
    with django_assert_max_num_queries(klein):
        post(client, kies="meedoen")
