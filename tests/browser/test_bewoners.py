"""Journeys of residents, at desktop and phone size: find, search, map, agenda, stories, languages.

Every page on the way is checked with controleer(): axe (no serious/critical), no sideways
scrolling and tap targets of at least 44 x 44 px.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import controleer, naar, schermafbeelding, start, wacht_op_mail

pytestmark = pytest.mark.browser


def tekst_van(bericht):
    deel = bericht.get_body(("plain",))
    return deel.get_content() if deel is not None else ""


def titels(page, selector=".resultaat__titel a"):
    return page.locator(selector).all_inner_texts()


def test_dimension_question_offering_and_contact_request(pagina, live_site):
    start(pagina)
    pagina.get_by_role("link", name=re.compile(r"^Lichaam\b")).click()
    expect(pagina.locator("h1")).to_have_text("Lichaam")
    controleer(pagina)
    schermafbeelding(pagina, "dimensie")

    pagina.locator(".vragen").get_by_role("link", name="Ik wil meer bewegen").click()
    expect(pagina.locator("h1")).to_have_text("Ik wil meer bewegen")
    controleer(pagina)
    schermafbeelding(pagina, "levensvraag")

    pagina.locator(".resultaten").get_by_role("link", name="Start met wandelen").click()
    expect(pagina.locator("h1")).to_have_text("Start met wandelen")
    controleer(pagina)
    schermafbeelding(pagina, "aanbod")

    # First send it empty: an error summary above the form, linked to the fields.
    pagina.get_by_role("button", name="Verstuur mijn vraag").click()
    samenvatting = pagina.locator(".foutoverzicht")
    expect(samenvatting).to_be_visible()
    expect(samenvatting).to_have_attribute("role", "alert")
    assert pagina.evaluate("""() => {
        const s = document.querySelector('.foutoverzicht'), f = document.querySelector('form[method=post]');
        return !!(s.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
    }"""), "the error summary comes before the form"
    links = samenvatting.get_by_role("link")
    doelen = [href.lstrip("#") for href in links.evaluate_all("els => els.map(a => a.getAttribute('href'))")]
    assert {"contact-naam", "contact-vraag", "contact-toestemming"} <= set(doelen)
    for veld_id in doelen:
        veld = pagina.locator(f"#{veld_id}")
        expect(veld).to_have_attribute("aria-invalid", "true")
        beschreven = (veld.get_attribute("aria-describedby") or "").split()
        assert f"{veld_id}_error" in beschreven, veld_id
        expect(pagina.locator(f"#{veld_id}_error")).to_be_visible()
    links.first.click()
    expect(pagina.locator(f"#{doelen[0]}")).to_be_focused()
    controleer(pagina)
    schermafbeelding(pagina, "contactformulier-fouten")

    pagina.get_by_label("Je naam").fill("Fatima de Vries")
    pagina.get_by_label("Je telefoonnummer").fill("06 1234 5678")
    pagina.get_by_label("Je vraag").fill("Kan ik ook in januari beginnen?")
    pagina.get_by_label(re.compile("Ik geef toestemming")).check()
    pagina.get_by_role("button", name="Verstuur mijn vraag").click()
    expect(pagina.locator("h1")).to_have_text("Bedankt!")
    expect(pagina.get_by_role("status")).to_contain_text('Je vraag over "Start met wandelen" is verstuurd.')
    controleer(pagina)
    schermafbeelding(pagina, "contact-bedankt")
    # The task worker sends it over SMTP: the organisation receives the question.
    bericht = wacht_op_mail(live_site["postbus"], lambda b: "Kan ik ook in januari beginnen?" in tekst_van(b))
    assert "Fatima de Vries" in tekst_van(bericht)


def open_filters(pagina):
    """On a phone the filters come after the results, behind their disclosure: open it."""
    if not pagina.locator(".facetten").is_visible():
        pagina.locator(".facetten-blok__knop").click()


def test_search_with_two_filters_and_the_back_button_keeps_the_results(pagina):
    start(pagina)
    naar(pagina, "Sociale kaart")
    pagina.get_by_role("searchbox", name="Zoek hulp, contact of iets om te doen").fill("koffie")
    pagina.get_by_role("button", name="Zoeken").click()
    expect(pagina.locator("h1")).to_have_text("Zoeken naar 'koffie'")
    alle = titels(pagina)
    assert alle

    open_filters(pagina)
    pagina.get_by_label("Voor wie").select_option("ouderen")
    pagina.get_by_label(re.compile("^Gratis")).check()
    pagina.get_by_role("button", name="Toon resultaten").click()
    expect(pagina).to_have_url(re.compile(r"doelgroep=ouderen.*gratis=1|gratis=1.*doelgroep=ouderen"))
    gefilterd = titels(pagina)
    assert gefilterd and len(gefilterd) < len(alle)
    controleer(pagina)
    schermafbeelding(pagina, "zoekresultaten")

    pagina.locator(".resultaat__titel a").first.click()
    expect(pagina.locator("h1")).to_have_text(gefilterd[0])
    pagina.go_back()
    expect(pagina.locator(".resultaat__titel a")).to_have_text(gefilterd)
    expect(pagina.get_by_label("Voor wie")).to_have_value("ouderen")
    expect(pagina.get_by_label(re.compile("^Gratis"))).to_be_checked()


def _markers(page):
    return page.locator(".leaflet-overlay-pane path.leaflet-interactive")


def test_map_layers_markers_and_the_list_with_the_same_places(pagina):
    start(pagina)
    naar(pagina, "Sociale kaart")
    pagina.get_by_role("link", name="Bekijk alles op de kaart").click()
    expect(pagina.locator("h1")).to_have_text("Op de kaart")
    kaart = pagina.locator("#kaart")
    expect(kaart).to_be_visible()

    geojson = pagina.request.get(pagina.basis + kaart.get_attribute("data-geojson")).json()["features"]
    verwacht = sum(max(1, len(f["properties"]["dimensies"])) for f in geojson)
    expect(_markers(pagina)).to_have_count(verwacht)
    controleer(pagina)
    schermafbeelding(pagina, "kaart")

    # Toggle one layer off and on again.
    # On a phone the list of layers is folded up; pointing at it opens it (on every screen size).
    lagen = pagina.locator(".leaflet-control-layers")
    lagen.hover()
    expect(lagen).to_have_class(re.compile(r"leaflet-control-layers-expanded"))
    laag = pagina.locator(".leaflet-control-layers-overlays label", has_text="Lichaam").locator("input")
    in_laag = sum(1 for f in geojson if "lichaam" in f["properties"]["dimensies"])
    assert in_laag
    laag.uncheck()
    expect(_markers(pagina)).to_have_count(verwacht - in_laag)
    laag.check()
    expect(_markers(pagina)).to_have_count(verwacht)

    # A marker that is not covered by another one or by the controls, then its popup link.
    nummer = pagina.evaluate("""() => [...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')]
        .findIndex(p => { const r = p.getBoundingClientRect();
            return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p; })""")
    assert nummer >= 0
    _markers(pagina).nth(nummer).click()
    link = pagina.locator(".leaflet-popup-content a")
    expect(link).to_be_visible()
    # The map pans to show the whole popup (on a phone it opens partly outside): wait until it is inside.
    pagina.wait_for_function("""() => {
        const a = document.querySelector('.leaflet-popup-content a').getBoundingClientRect();
        const k = document.getElementById('kaart').getBoundingClientRect();
        return a.left >= k.left && a.right <= k.right && a.top >= k.top && a.bottom <= k.bottom;
    }""")
    titel = link.inner_text()
    link.click()
    expect(pagina.locator("h1")).to_have_text(titel)

    # The text alternative lists the same places as the map (over its pages).
    pagina.go_back()
    expect(pagina.locator("#lijst-kop")).to_have_text(f"{len(geojson)} plekken op de kaart")
    lijst = []
    while True:
        lijst += titels(pagina, "#kaart-lijst .resultaat__titel a")
        volgende = pagina.locator("#kaart-lijst a[rel=next]")
        if not volgende.count():
            break
        with pagina.expect_navigation():
            volgende.click()
    assert sorted(lijst) == sorted(f["properties"]["titel"] for f in geojson)


def agenda_aantal(pagina):
    """The number of dates above the agenda (the list itself is paged)."""
    return int(re.match(r"\d+", pagina.locator("#agenda-kop").inner_text()).group())


def test_agenda_filter_ical_download_and_printable_list(pagina):
    start(pagina)
    naar(pagina, "Agenda")
    expect(pagina.locator("h1")).to_have_text("Agenda")
    alle = agenda_aantal(pagina)
    open_filters(pagina)
    pagina.get_by_label("Soort activiteit").select_option("praten")
    pagina.get_by_role("button", name="Toon resultaten").click()
    expect(pagina).to_have_url(re.compile(r"kenmerk=praten"))
    gefilterd = agenda_aantal(pagina)
    assert 0 < gefilterd < alle
    assert pagina.locator(".agenda-lijst > li").count() > 0
    controleer(pagina)
    schermafbeelding(pagina, "agenda")

    with pagina.expect_download() as info:
        pagina.get_by_role("link", name=re.compile(r"voor je agenda \(iCal\)")).click()
    ical = open(info.value.path(), encoding="utf-8").read()
    assert info.value.suggested_filename.endswith(".ics")
    assert ical.startswith("BEGIN:VCALENDAR") and ical.count("BEGIN:VEVENT") >= 1

    with pagina.expect_download() as info:
        pagina.get_by_role("link", name="Download deze lijst als PDF").click()
    assert open(info.value.path(), "rb").read(5) == b"%PDF-"
    # With JavaScript the page also offers the browser's own print dialog.
    expect(pagina.get_by_role("button", name="Print deze lijst")).to_be_visible()


def test_story_what_helped_me_leads_to_an_offering(pagina):
    start(pagina)
    naar(pagina, "Verhalen")
    controleer(pagina)
    schermafbeelding(pagina, "verhalen")
    pagina.get_by_role("link", name=re.compile(r"^Sem \(16\) zorgt voor zijn moeder")).first.click()
    expect(pagina.locator("h1")).to_contain_text("Sem (16) zorgt voor zijn moeder")
    controleer(pagina)
    schermafbeelding(pagina, "verhaal")

    kader = pagina.locator(".wat-hielp-mij")
    expect(kader.get_by_role("heading", name="Wat hielp mij")).to_be_visible()
    link = kader.get_by_role("link").first
    titel = link.inner_text()
    link.click()
    expect(pagina.locator("h1")).to_have_text(titel)
    expect(pagina.locator(".detail__soort")).to_contain_text("Hulp en aanbod")
    controleer(pagina)


def taalkeuze(pagina):
    """The language switch; on a phone it sits in the menu, which opens with its button. (On a wide
    screen a deferred script opens the menu: wait until it has run.)"""
    pagina.wait_for_load_state("domcontentloaded")
    knop = pagina.locator(".hoofdmenu__knop")
    if not pagina.locator(".taalkeuze").is_visible() and knop.is_visible():
        knop.click()
    return pagina.locator(".taalkeuze")


def test_language_switch_to_arabic_right_to_left_and_to_english(pagina):
    start(pagina)
    taalkeuze(pagina).get_by_role("link", name="العربية").click()
    html = pagina.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    controleer(pagina)
    schermafbeelding(pagina, "startpagina-arabisch")

    # An offering with its form, right to left: nothing may stick out sideways.
    start(pagina)
    naar(pagina, "Sociale kaart")
    pagina.get_by_role("searchbox", name="Zoek hulp, contact of iets om te doen").fill("formulieren")
    pagina.get_by_role("button", name="Zoeken").click()
    pagina.locator(".resultaat__titel a", has_text="Hulp bij brieven en formulieren").first.click()
    expect(pagina.locator("h1")).to_have_text("Hulp bij brieven en formulieren")
    taalkeuze(pagina).locator("a[hreflang=ar]").click()
    expect(html).to_have_attribute("dir", "rtl")
    controleer(pagina)

    taalkeuze(pagina).get_by_role("link", name="English").click()
    expect(html).to_have_attribute("lang", "en")
    expect(html).to_have_attribute("dir", "ltr")
    controleer(pagina)


def test_accessibility_statement_says_how_to_report_a_problem(pagina):
    start(pagina)
    naar(pagina, "Toegankelijkheid")
    expect(pagina.locator("h1")).to_have_text("Toegankelijkheid")
    expect(pagina.locator("main")).to_contain_text("WCAG 2.1")
    melden = pagina.get_by_role("heading", name="Werkt iets niet?")
    expect(melden).to_be_visible()
    expect(pagina.locator("main")).to_contain_text("Laat het ons weten")
    controleer(pagina)
    schermafbeelding(pagina, "toegankelijkheid")
