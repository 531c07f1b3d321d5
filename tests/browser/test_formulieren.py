"""The public forms in a real browser: error states, the suggestion form and a keyboard-only journey."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import controleer, naar, schermafbeelding, start

pytestmark = pytest.mark.browser


def test_suggestion_form_error_state_is_accessible_and_linked(pagina):
    start(pagina)
    naar(pagina, "Sociale kaart")
    pagina.get_by_role("searchbox", name="Zoek hulp, contact of iets om te doen").fill("sociaal werker")
    pagina.get_by_role("button", name="Zoeken").click()
    pagina.locator(".resultaat__titel a[href$='/welzijn-duinwijk/sociaal-werker-spreken/']").first.click()
    kader = pagina.locator(".klopt-niet")
    expect(kader.get_by_role("heading", name="Klopt er iets niet?")).to_be_visible()
    kader.get_by_role("link", name=re.compile("^Geef een verandering door")).click()
    expect(pagina.locator("h1")).to_have_text("Klopt er iets niet?")
    controleer(pagina)

    pagina.get_by_label("Je e-mailadres (mag je leeg laten)").fill("geen-adres")
    pagina.get_by_role("button", name="Verstuur").click()
    expect(pagina).to_have_title(re.compile("^Fout:"))
    samenvatting = pagina.locator(".foutoverzicht")
    expect(samenvatting).to_be_visible()
    expect(samenvatting).to_have_attribute("role", "alert")
    expect(samenvatting.get_by_role("heading")).to_have_text("Er ging iets mis. Verbeter dit:")
    doelen = [a.get_attribute("href") for a in samenvatting.get_by_role("link").all()]
    assert doelen == ["#id_wat_klopt_niet", "#id_email"]
    for doel in doelen:
        veld = pagina.locator(doel)
        expect(veld).to_have_attribute("aria-invalid", "true")
        assert f"{doel[1:]}_error" in (veld.get_attribute("aria-describedby") or "").split()
        # The error is text, not colour alone.
        expect(pagina.locator(f"{doel}_error")).not_to_be_empty()
    samenvatting.get_by_role("link").nth(1).click()
    expect(pagina.locator("#id_email")).to_be_focused()
    controleer(pagina)
    schermafbeelding(pagina, "suggestie-fouten")

    pagina.get_by_label("Wat klopt er niet?").fill("Het spreekuur is nu op dinsdag.")
    pagina.get_by_label("Je e-mailadres (mag je leeg laten)").fill("")
    pagina.get_by_role("button", name="Verstuur").click()
    expect(pagina.locator("main")).to_contain_text("Bedankt voor je melding")
    controleer(pagina)


def tab_naar(page, selector, max_stappen=80):
    """Press Tab until `selector` has focus; every element on the way shows a visible focus indicator."""
    page.wait_for_load_state()  # the stylesheet with the focus style is in
    for _ in range(max_stappen):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            """(selector) => {
                const el = document.activeElement, s = getComputedStyle(el);
                const lijn = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                return {doel: el.matches(selector), html: el.outerHTML.slice(0, 120),
                        // Date fields: Tab also stops on the browser's own calendar button inside the
                        // field, which draws its own focus ring (the field then matches neither :focus
                        // nor :focus-visible); the site's ring on the field itself is checked on arrival.
                        zichtbaar: el !== document.body && ((el.matches(':focus-visible')
                                   && (lijn || s.boxShadow !== 'none'))
                                   || (el.matches('input[type=date]') && !el.matches(':focus')))};
            }""",
            selector,
        )
        assert stop["zichtbaar"], f"no visible focus on {stop['html']}"
        if stop["doel"]:
            return
    raise AssertionError(f"{selector} not reached with {max_stappen} x Tab")


def test_keyboard_only_dimension_question_offering_and_contact_request(desktop):
    page = desktop
    start(page)
    tab_naar(page, "a.dimensie__link[href$='/lichaam/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Lichaam")
    tab_naar(page, ".vragen a[href$='/ik-wil-meer-bewegen/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Ik wil meer bewegen")
    tab_naar(page, ".resultaten a[href$='/start-met-wandelen/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Start met wandelen")

    # Skip link first, then straight to the form; send it empty.
    tab_naar(page, ".skiplink")
    page.keyboard.press("Enter")
    expect(page.locator("#inhoud")).to_be_focused()
    tab_naar(page, "form[method=post] button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".foutoverzicht")).to_be_visible()

    # From the error summary to the field, then fill in the form.
    tab_naar(page, ".foutoverzicht a[href='#contact-naam']")
    page.keyboard.press("Enter")
    expect(page.locator("#contact-naam")).to_be_focused()
    page.keyboard.type("Fatima de Vries")
    tab_naar(page, "#contact-telefoon", max_stappen=1)
    page.keyboard.type("06 1234 5678")
    tab_naar(page, "#contact-vraag", max_stappen=2)
    page.keyboard.type("Mag ik een keer meelopen?")
    tab_naar(page, "#contact-toestemming", max_stappen=1)
    page.keyboard.press("Space")
    expect(page.locator("#contact-toestemming")).to_be_checked()
    tab_naar(page, "form[method=post] button[type=submit]", max_stappen=1)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Bedankt!")


# --- The other journeys with the keyboard alone (the map's keyboard alternative is its list) --------

def test_keyboard_only_search_with_two_filters(desktop):
    page = desktop
    start(page)
    tab_naar(page, ".hoofdmenu a[href$='/kaart/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_naar(page, "input[type=search]")
    page.keyboard.type("koffie")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Zoeken naar 'koffie'")
    tab_naar(page, "select[name=doelgroep]")
    page.keyboard.press("ArrowDown")  # a closed select changes with the arrow keys
    gekozen = page.locator("select[name=doelgroep]").input_value()
    assert gekozen
    tab_naar(page, "input[name=gratis]")
    page.keyboard.press("Space")
    expect(page.locator("input[name=gratis]")).to_be_checked()
    tab_naar(page, ".facetten button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"doelgroep={gekozen}"))
    expect(page).to_have_url(re.compile(r"gratis=1"))


def test_keyboard_only_agenda_filter_and_ical(desktop):
    page = desktop
    start(page)
    tab_naar(page, ".voet__menu a[href$='/agenda/']", max_stappen=200)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Agenda")
    tab_naar(page, "select[name=kenmerk]")
    page.keyboard.press("ArrowDown")
    gekozen = page.locator("select[name=kenmerk]").input_value()
    tab_naar(page, ".facetten button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"kenmerk={gekozen}"))
    tab_naar(page, "a[href*='ical']")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".ics")


def test_keyboard_only_story_to_what_helped_me_and_language_switch(desktop):
    page = desktop
    start(page)
    tab_naar(page, ".hoofdmenu a[href$='/verhalen/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_naar(page, "main a[href$='/verhalen/sem-zorgt-voor-zijn-moeder/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Sem (16) zorgt voor zijn moeder")
    tab_naar(page, ".wat-hielp-mij a")
    doel = page.evaluate("() => document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(doel) + "$"))
    expect(page.locator(".detail__soort")).to_be_visible()
    tab_naar(page, ".taalkeuze a[hreflang=ar]")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
