"""The PDF one-pager: the chart as vector drawing, the scores, the chosen offerings, embedded fonts."""

import io

import pytest
from pypdf import PdfReader

from tests.fabrieken import GELDIGE_SCORES, AanbodFactory, KaartFactory, OrganisatieFactory, ZelfcheckFactory

pytestmark = pytest.mark.django_db
NAMEN = ["Lichaam", "Gevoelens en gedachten", "Zingeving", "Kwaliteit van leven", "Meedoen", "Dagelijks leven"]


@pytest.fixture
def pdf(client, home_page):
    ZelfcheckFactory(parent=home_page)
    organisatie = OrganisatieFactory(parent=KaartFactory(parent=home_page, title="Kaart"),
                                     email="info@welzijn.example", telefoon="0251 111 222")
    AanbodFactory(parent=organisatie, title="Koffie-ochtend", dimensies=["meedoen"], telefoon="0251 999 888",
                  kosten="gratis")
    AanbodFactory(parent=organisatie, title="Fietsles", dimensies=["lichaam"], kosten="gratis")
    response = client.post("/hoe-gaat-het/uitslag/pdf/", {**GELDIGE_SCORES, "kies": "meedoen"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    return PdfReader(io.BytesIO(response.content))


def test_one_page_with_the_chart_scores_and_chosen_offerings(pdf):
    assert len(pdf.pages) == 1
    pagina = pdf.pages[0]
    tekst = pagina.extract_text()
    for naam in NAMEN:
        assert naam in tekst
    assert "Koffie-ochtend" in tekst and "0251 999 888" in tekst  # the offering and how to reach it
    assert "Welzijn Duinwijk" in tekst
    assert "Fietsles" not in tekst  # not what the resident chose
    # The web is drawn as vector paths: lines ('l') and closed shapes, not an image.
    inhoud = pagina.get_contents().get_data().decode("latin-1")
    assert inhoud.count(" l\n") + inhoud.count(" l ") >= 6 * 5
    assert "/XObject" not in str(pagina.get("/Resources", {}))


def test_fonts_are_embedded(pdf):
    fonts = pdf.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        beschrijving = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        beschrijving = beschrijving.get_object()
        assert any(k in beschrijving for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])


def test_bad_scores_give_the_form_not_a_pdf(client, home_page):
    ZelfcheckFactory(parent=home_page)
    response = client.post("/hoe-gaat-het/uitslag/pdf/", {**GELDIGE_SCORES, "lichaam": "abc"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "kun je alleen een cijfer van 0 tot en met 10 kiezen" in response.content.decode()
