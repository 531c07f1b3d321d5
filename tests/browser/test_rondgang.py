"""The site shell in a real browser: skip link, keyboard, landmarks, accessibility, phone size."""

import pytest

from .conftest import axe_ernstig, geen_horizontale_overloop, schermafbeelding, te_kleine_tikdoelen

pytestmark = pytest.mark.browser


def test_home_page_is_accessible_and_fits_the_screen(pagina):
    pagina.goto(pagina.basis + "/")
    assert pagina.locator("h1").first.inner_text() == "Waar wil je meer over weten?"
    assert axe_ernstig(pagina) == []
    assert geen_horizontale_overloop(pagina)
    assert te_kleine_tikdoelen(pagina) == []
    schermafbeelding(pagina, "startpagina")


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(desktop):
    desktop.goto(desktop.basis + "/")
    desktop.keyboard.press("Tab")
    focus = desktop.evaluate("() => document.activeElement.textContent.trim()")
    assert focus == "Naar de inhoud"
    assert desktop.locator(".skiplink").is_visible()
    desktop.keyboard.press("Enter")
    assert desktop.evaluate("() => document.activeElement.id") == "inhoud"


def test_text_zoom_200_percent_keeps_all_content_reachable(browser, live_site):
    # Reflow: 320 CSS px wide (= 1280 px at 400%) without horizontal scrolling.
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_site["url"] + "/")
    assert geen_horizontale_overloop(page)
    assert page.locator(".dimensie").count() == 6
    context.close()
