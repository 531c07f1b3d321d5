"""What the production stack itself gets right or wrong, as people meet it in chromium.

Each test starts at a site's home page (or the admin login) and moves by clicking. They cover the
defects only this stage shows: static files after collectstatic, the self-check's forms under the
real Referrer-Policy and CSRF check, the admin preview inside its frame, editions that have not
appeared, and the second municipality on its own host.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, KUSTMEER, TELEFOON, nieuwe_pagina, open_in_editor

pytestmark = pytest.mark.browser

FORMATEN = {"desktop": DESKTOP, "telefoon": TELEFOON}


def klik_en_wacht(page, locator):
    """Click something that loads a new page; returns the HTTP response of that page."""
    with page.expect_navigation() as navigatie:
        locator.click()
    return navigatie.value


def menu(page, naam):
    """The main menu's link (on a phone the menu is a disclosure: open it first, as a person would)."""
    page.wait_for_load_state("domcontentloaded")  # on a wide screen a deferred script opens the menu
    knop = page.locator(".hoofdmenu__knop")
    if knop.count() and knop.is_visible() and not page.locator(".hoofdmenu__nav").is_visible():
        knop.click()
    return page.locator(".hoofdmenu__nav").get_by_role("link", name=naam, exact=True)


def test_the_map_page_loads_leaflet_and_its_source_map_from_the_collected_static_files(pagina):
    # collectstatic with the hashed manifest storage failed on leaflet.js's missing source map.
    pagina.goto(pagina.basis + "/")
    klik_en_wacht(pagina, menu(pagina, "Sociale kaart"))
    antwoord = klik_en_wacht(pagina, pagina.get_by_role("link", name="Bekijk alles op de kaart"))
    assert antwoord.status == 200
    expect(pagina.locator(".leaflet-container")).to_be_visible()
    script = pagina.locator("script[src*='leaflet']").first.get_attribute("src")
    assert re.search(r"leaflet\.[0-9a-f]{12}\.js$", script), script  # hashed by collectstatic
    bron = pagina.request.get(pagina.basis + script)
    kaartbestand = re.search(r"sourceMappingURL=(\S+)", bron.text()).group(1)
    assert pagina.request.get(pagina.basis + script.rsplit("/", 1)[0] + "/" + kaartbestand).status == 200


def test_self_check_result_what_helps_and_pdf_work_under_the_real_headers(pagina):
    pagina.goto(pagina.basis + "/")
    antwoord = klik_en_wacht(pagina, menu(pagina, "Hoe gaat het met je?"))
    assert antwoord.headers["referrer-policy"] != "no-referrer"
    for fieldset in pagina.locator("fieldset.zelfcheck__dimensie").all():
        fieldset.get_by_role("radio", name="6", exact=True).check()
    antwoord = klik_en_wacht(pagina, pagina.get_by_role("button", name="Bekijk mijn uitslag"))
    assert antwoord.status == 200, antwoord.status  # was 403: Origin: null under no-referrer
    pagina.locator(".zelfcheck__keuzes > li > input[type=checkbox]").first.check()
    antwoord = klik_en_wacht(pagina, pagina.get_by_role("button", name="Laat zien wat helpt"))
    assert antwoord.status == 200, antwoord.status
    expect(pagina.locator("#wat-helpt")).to_be_visible()
    with pagina.expect_download() as download:
        pagina.get_by_role("button", name="Download als PDF").click()
    pad = download.value.path()
    with open(pad, "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def inloggen(browser, live_site, gebruiker, wachtwoord, formaat="desktop", basis=None):
    context, page = nieuwe_pagina(browser, live_site, viewport=FORMATEN[formaat], formaat=formaat)
    basis = basis or page.basis
    page.goto(basis + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(gebruiker)
    page.get_by_label("Password").fill(wachtwoord)
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(basis + "/admin/")
    return context, page


def preview_frame(page):
    page.locator("[data-side-panel-toggle='preview']").click()
    iframe = page.locator("#w-preview-iframe")
    expect(iframe).to_be_visible()
    return page.frame_locator("#w-preview-iframe")


@pytest.mark.parametrize("formaat", ["desktop", "telefoon"])
def test_the_editor_sees_a_page_in_the_live_preview_panel(browser, live_site, formaat):
    context, page = inloggen(browser, live_site, "redacteur", "LeefMee-demo-2026", formaat)
    open_in_editor(page, "Over LEEF MEE", "/over-leef-mee/")
    frame = preview_frame(page)
    # Blank before: the site's `frame-ancestors 'none'` refused the admin's own preview frame.
    expect(frame.locator("h1")).to_have_text("Over LEEF MEE", timeout=20_000)
    context.close()


def test_planned_edition_is_not_public_but_editors_preview_it_and_its_print_proof(browser, live_site):
    context, page = inloggen(browser, live_site, "redacteur", "LeefMee-demo-2026")
    page.get_by_role("link", name="Planning LEEF").first.click()
    # The board: one section per edition that has not appeared yet, with its status.
    bord = page.locator("section.leef-bord", has_text="Planning").first
    bord.get_by_role("link", name="Bewerk de editie").click()
    titel = page.locator("#id_title").input_value()
    slug = page.locator("#id_slug").input_value()
    # A resident: the edition's address is a 404 and the archive does not list it.
    assert page.request.get(f"{page.basis}/leef/{slug}/").status == 404
    archief = page.request.get(f"{page.basis}/leef/")
    assert archief.status == 200 and titel not in archief.text()
    frame = preview_frame(page)
    expect(frame.locator("h1")).to_contain_text(titel, timeout=20_000)
    # The print proof (drukproef) preview mode answers a PDF that the panel may frame.
    with page.expect_response(re.compile(r"/preview/\?.*mode=drukproef")) as antwoord:
        page.locator("#id_preview_mode").select_option("drukproef")
    assert antwoord.value.status == 200
    assert antwoord.value.headers["content-type"] == "application/pdf"
    assert "frame-ancestors 'self'" in antwoord.value.headers["content-security-policy"]
    assert antwoord.value.headers.get("x-frame-options", "SAMEORIGIN").upper() == "SAMEORIGIN"
    context.close()


def test_kustmeer_home_page_cards_search_and_own_stories(browser, live_site, formaat="desktop"):
    context, page = nieuwe_pagina(browser, live_site)
    kustmeer = f"http://{KUSTMEER}:{live_site['poort']}"
    page.goto(kustmeer + "/")
    expect(page.locator("h1")).to_be_visible()
    assert "Kustmeer" in page.title()
    # A dimension card opens Kustmeer's own map, on Kustmeer's host.
    antwoord = klik_en_wacht(page, page.locator(".dimensie__link").first)
    assert antwoord.status == 200 and antwoord.url.startswith(kustmeer + "/kaart/")
    page.go_back()
    # The search form is not blocked by CSP form-action: it stays on this host.
    page.locator(".zoekvak input[type=search], .zoekvak input[name=q]").first.fill("sport")
    antwoord = klik_en_wacht(page, page.locator(".zoekvak button, .zoekvak [type=submit]").first)
    assert antwoord.status == 200 and antwoord.url.startswith(kustmeer + "/kaart/zoeken/")
    expect(page.locator("main")).to_contain_text("Sportclub Strandhoven")
    # No stories of Duinwijk on Kustmeer's home page.
    page.goto(kustmeer + "/")
    for link in page.locator("main a").all():
        href = link.get_attribute("href") or ""
        assert not href.startswith(("http://localhost", "http://127.0.0.1")), href
    context.close()


def test_duinwijk_agenda_area_filter_lists_only_duinwijks_areas(desktop):
    desktop.goto(desktop.basis + "/")
    agenda = desktop.get_by_role("link", name=re.compile("^Agenda", re.IGNORECASE)).first
    klik_en_wacht(desktop, agenda)
    gebieden = desktop.locator("[name=gebied] option, input[name=gebied] + label").all_inner_texts()
    assert gebieden, "no area filter on the agenda"
    assert not any("Strandhoven" in g or "Kustmeer" in g for g in gebieden), gebieden
