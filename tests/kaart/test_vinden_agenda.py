"""AgendaPage: expansion of recurring dates, filters, iCal and PDF; VacatureIndexPage."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from kaart.agenda import _ical_tekst, _vouw
from kaart.filters import standaard_tot
from tests.fabrieken import (
    ActiviteitFactory,
    AgendaFactory,
    GebiedFactory,
    KaartFactory,
    KenmerkFactory,
    OrganisatieFactory,
    VacatureFactory,
    VacatureIndexFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(vandaag, site, home_page):
    kaart = KaartFactory(parent=home_page)
    org = OrganisatieFactory(parent=kaart, title="Buurthuis")
    bewegen = KenmerkFactory(naam="Bewegen", slug="bewegen")
    zeedorp = GebiedFactory(naam="Zeedorp", slug="zeedorp")
    ActiviteitFactory(parent=org, title="Wandelclub", kenmerken=[bewegen], gebieden=[zeedorp], kosten="gratis",
                      locatie_naam="Duinpad; ingang, noord",
                      momenten=[{"herhaling": "wekelijks", "datum": vandaag + dt.timedelta(days=1),
                               "begintijd": dt.time(10), "eindtijd": dt.time(12)}])
    ActiviteitFactory(parent=org, title="Schildercursus", kosten="betaald", dimensies=("zingeving",),
                      momenten=[{"herhaling": "eenmalig", "datum": vandaag + dt.timedelta(days=40),
                               "begintijd": dt.time(19, 30)}])
    return AgendaFactory(parent=home_page)


def test_default_is_three_months_grouped_per_day(vandaag, client, agenda):
    response = client.get("/agenda/")
    assert response.status_code == 200
    filters = response.context["filters"]
    assert (filters.van, filters.tot) == (vandaag, standaard_tot(vandaag))
    wekelijks = len(range(1, (filters.tot - vandaag).days + 1, 7))  # days 1, 8, 15, ... three months ahead
    assert response.context["aantal"] == wekelijks + 1  # and the course on day 40
    assert len(response.context["dagen"]) == wekelijks + 1
    html = response.content.decode()
    assert "Wandelclub" in html and "Schildercursus" in html


def test_date_range_and_filters(vandaag, client, agenda):
    van, tot = vandaag.isoformat(), (vandaag + dt.timedelta(days=60)).isoformat()
    response = client.get(f"/agenda/?van={van}&tot={tot}")
    assert response.context["aantal"] == 10  # weekly on days 1, 8, ..., 57 and one course
    assert response.context["pagina"].paginator.num_pages == 1  # 10 of at most 50 per page
    assert "Schildercursus" in response.content.decode()
    assert client.get(f"/agenda/?van={van}&tot={tot}&kenmerk=bewegen").context["aantal"] == 9
    assert client.get(f"/agenda/?van={van}&tot={tot}&gratis=1").context["aantal"] == 9
    assert client.get(f"/agenda/?van={van}&tot={tot}&dimensie=zingeving").context["aantal"] == 1
    assert client.get(f"/agenda/?van={van}&tot={tot}&gebied=zeedorp").context["aantal"] == 9


@pytest.mark.parametrize("query", ["van=gisteren", "tot=2027-13-45", "van=2099-01-01&tot=2020-01-01",
                                   "tot=2999-01-01", "page=abc", "page=99999", "kenmerk=<b>x</b>"])
def test_bad_dates_and_pages_give_a_normal_page(client, agenda, query):
    response = client.get(f"/agenda/?{query}")
    assert response.status_code == 200
    assert "<b>x</b>" not in response.content.decode()


def test_range_is_at_most_a_year(vandaag, client, agenda):
    response = client.get(f"/agenda/?tot={(vandaag + dt.timedelta(days=3000)).isoformat()}")
    assert (response.context["filters"].tot - response.context["filters"].van).days == 366
    assert "hoogstens een jaar" in response.content.decode()


def test_ical_feed(vandaag, client, agenda):
    response = client.get("/agenda/ical/?kenmerk=bewegen")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    tekst = response.content.decode()
    assert tekst.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    wekelijks = len(range(1, (standaard_tot(vandaag) - vandaag).days + 1, 7))
    assert tekst.count("BEGIN:VEVENT") == wekelijks
    assert "Schildercursus" not in tekst
    uids = [r for r in tekst.split("\r\n") if r.startswith("UID:")]
    assert len(set(uids)) == wekelijks
    assert "LOCATION:Duinpad\\; ingang\\, noord" in tekst
    # 10:00 in Amsterdam is 08:00 or 09:00 UTC.
    assert any(r.startswith("DTSTART:") and r.endswith(("T090000Z", "T080000Z")) for r in tekst.split("\r\n"))
    assert all(len(r.encode()) <= 75 for r in tekst.split("\r\n"))


def test_ical_escaping_and_folding():
    assert _ical_tekst("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    gevouwen = _vouw("SUMMARY:" + "é" * 100)
    assert all(len(r.encode()) <= 75 for r in gevouwen.split("\r\n"))
    assert gevouwen.replace("\r\n ", "") == "SUMMARY:" + "é" * 100


def test_pdf_of_the_selection(client, agenda):
    response = client.get("/agenda/pdf/?kenmerk=bewegen")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    tekst = "".join(p.extract_text() for p in reader.pages)
    assert "Wandelclub" in tekst and "Schildercursus" not in tekst
    fonts = [f.get_object() for p in reader.pages for f in p["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:  # embedded TrueType (the file inside the PDF), no standard Helvetica
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])


def test_print_stylesheet_is_linked(client, agenda):
    html = client.get("/agenda/").content.decode()
    assert "kaart/css/kaart.css" in html and "/agenda/pdf/" in html


def test_vacancy_index_filters(client, site, home_page):
    kaart = KaartFactory(parent=home_page)
    org = OrganisatieFactory(parent=kaart)
    bewegen = KenmerkFactory(naam="Bewegen", slug="bewegen")
    zeedorp = GebiedFactory(naam="Zeedorp", slug="zeedorp")
    VacatureFactory(parent=org, title="Trainer", kenmerken=[bewegen], gebieden=[zeedorp])
    VacatureFactory(parent=org, title="Chauffeur", dimensies=("dagelijks",))
    VacatureIndexFactory(parent=home_page)

    def titels(query=""):
        response = client.get(f"/vrijwilligerswerk/?{query}")
        assert response.status_code == 200
        return sorted(p.title for p in response.context["resultaten"].object_list)

    assert titels() == ["Chauffeur", "Trainer"]
    assert titels("kenmerk=bewegen") == ["Trainer"]
    assert titels("gebied=zeedorp") == ["Trainer"]
    assert titels("dimensie=dagelijks") == ["Chauffeur"]
    assert titels("gebied=onbekend&page=abc") == ["Chauffeur", "Trainer"]
