"""The self-check form: scores 0-10 per dimension, clear Dutch messages for bad input, never a 500."""

import pytest

from kaart.models import ZelfcheckPage
from tests.fabrieken import GELDIGE_SCORES, ZelfcheckFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def zelfcheck(home_page):
    return ZelfcheckFactory(parent=home_page)


def test_editors_can_place_it_under_the_home_page_only(home_page):
    from home.models import HomePage, StandardPage

    assert ZelfcheckPage.can_create_at(home_page)
    assert ZelfcheckPage not in StandardPage.allowed_subpage_models()
    assert HomePage in ZelfcheckPage.allowed_parent_page_models()


def test_form_shows_six_dimensions_with_statements_and_radios(client, zelfcheck):
    response = client.get("/hoe-gaat-het/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<fieldset class="zelfcheck__dimensie') == 6
    for sleutel in GELDIGE_SCORES:
        assert html.count(f'name="{sleutel}"') == 11  # radios 0 to 10
    assert "Ik heb genoeg mensen om me heen." in html  # a default statement (data migration)
    assert 'action="/hoe-gaat-het/uitslag/"' in html and 'method="post"' in html


def test_valid_scores_give_the_result(client, zelfcheck):
    response = client.post("/hoe-gaat-het/uitslag/", GELDIGE_SCORES)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Jouw uitslag" in html
    assert 'role="img"' in html
    assert "<th scope=\"row\">Meedoen</th><td>3 van de 10</td>" in html


@pytest.mark.parametrize(
    ("aanpassing", "bericht"),
    [
        ({"meedoen": None}, "Kies bij &#x27;Meedoen&#x27; een cijfer van 0 tot en met 10."),
        ({"meedoen": ""}, "Kies bij &#x27;Meedoen&#x27; een cijfer van 0 tot en met 10."),
        ({"meedoen": "11"}, "Bij &#x27;Meedoen&#x27; kun je alleen een cijfer van 0 tot en met 10 kiezen."),
        ({"meedoen": "-1"}, "Bij &#x27;Meedoen&#x27; kun je alleen een cijfer van 0 tot en met 10 kiezen."),
        ({"meedoen": "zeven"}, "Bij &#x27;Meedoen&#x27; kun je alleen een cijfer van 0 tot en met 10 kiezen."),
        ({"meedoen": "7.5"}, "Bij &#x27;Meedoen&#x27; kun je alleen een cijfer van 0 tot en met 10 kiezen."),
        ({"meedoen": "9" * 5000}, "Bij &#x27;Meedoen&#x27; kun je alleen een cijfer van 0 tot en met 10 kiezen."),
        ({"meedoen": "<script>"}, "Bij &#x27;Meedoen&#x27; kun je alleen een cijfer van 0 tot en met 10 kiezen."),
    ],
)
def test_bad_values_give_the_form_again_with_a_message(client, zelfcheck, aanpassing, bericht):
    data = {**GELDIGE_SCORES, **aanpassing}
    data = {k: v for k, v in data.items() if v is not None}
    response = client.post("/hoe-gaat-het/uitslag/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="foutoverzicht"' in html  # the summary at the top ...
    assert '<a href="#id_meedoen_0">' in html  # ... links to the field
    assert html.count(bericht) == 2  # in the summary and at the field
    assert 'id="fout-meedoen"' in html and 'aria-describedby="fout-meedoen"' in html
    assert "Jouw uitslag" not in html
    assert "<script>" not in html  # what was sent is never echoed unescaped


def test_the_other_answers_stay_filled_in(client, zelfcheck):
    data = {**GELDIGE_SCORES}
    del data["lichaam"]
    html = client.post("/hoe-gaat-het/uitslag/", data).content.decode()
    assert 'id="id_zingeving_8" value="8" checked' in html
    assert 'id="id_lichaam_0" value="0">' in html  # nothing chosen there


def test_tampered_shared_link_gives_the_form_not_an_error(client, zelfcheck):
    response = client.get("/hoe-gaat-het/uitslag/?lichaam=7&mentaal=100&kies=meedoen")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bij &#x27;Gevoelens en gedachten&#x27; kun je alleen een cijfer" in html
    assert html.count("Kies bij") == 8  # four dimensions missing from the link: summary + field each


def test_result_address_without_scores_goes_to_the_form(client, zelfcheck):
    response = client.get("/hoe-gaat-het/uitslag/")
    assert response.status_code == 302
    assert response["Location"] == "/hoe-gaat-het/"


def test_more_than_two_subjects_keeps_the_result_with_a_message(client, zelfcheck):
    data = {**GELDIGE_SCORES, "kies": ["meedoen", "lichaam", "mentaal"]}
    html = client.post("/hoe-gaat-het/uitslag/", data).content.decode()
    assert "Jouw uitslag" in html
    assert "Kies één of twee onderwerpen, niet meer." in html
    assert '<a href="#kies">' in html


def test_unknown_subject_is_a_message(client, zelfcheck):
    html = client.post("/hoe-gaat-het/uitslag/", {**GELDIGE_SCORES, "kies": "aspect-999999"}).content.decode()
    assert "Dit onderwerp kennen we niet." in html


def test_other_methods_are_refused(client, zelfcheck):
    assert client.put("/hoe-gaat-het/uitslag/").status_code == 405


def test_english_form_speaks_english(client, zelfcheck, locale_en):
    from django.core.management import call_command
    from wagtail_localize.models import LocaleSynchronization

    LocaleSynchronization.objects.get_or_create(locale=locale_en, defaults={"sync_from": zelfcheck.locale})
    call_command("sync_locale_trees", verbosity=0)
    response = client.post("/en/hoe-gaat-het/uitslag/", {k: v for k, v in GELDIGE_SCORES.items() if k != "meedoen"})
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()
