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


# One page of each kind, with the longest demo texts (e-mail addresses, select options, story cards).
REFLOW_PAGINAS = [
    "/", "/kaart/", "/kaart/?q=koffie", "/agenda/", "/hoe-gaat-het/", "/verhalen/",
    "/verhalen/sem-zorgt-voor-zijn-moeder/", "/kaart/bibliotheek-duinstreek/",
    "/kaart/bibliotheek-duinstreek/taalhuis/", "/kaart/welzijn-duinwijk/buurtmaatje/", "/ar/",
]


def test_text_zoom_400_percent_reflows_every_page_kind_without_sideways_scrolling(browser, live_site):
    # Reflow (WCAG 1.4.10): 320 CSS px wide (= 1280 px at 400%) without horizontal scrolling.
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    te_breed = []
    for pad in REFLOW_PAGINAS:
        antwoord = page.goto(live_site["url"] + pad)
        assert antwoord.status == 200, pad
        if not geen_horizontale_overloop(page):
            te_breed.append(pad)
    assert te_breed == []
    page.goto(live_site["url"] + "/")
    assert page.locator(".dimensie").count() == 6
    context.close()


def test_text_resized_to_200_percent_loses_nothing(browser, live_site):
    # Resize text (WCAG 1.4.4): only the text doubles (not the layout), at an ordinary laptop width.
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    te_breed, afgesneden = [], []
    for pad in REFLOW_PAGINAS:
        page.goto(live_site["url"] + pad)
        normaal = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
        page.evaluate("() => { document.documentElement.style.fontSize = '225%'; }")  # 2 x the site's 112.5%
        assert page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)") >= 2 * normaal - 0.5
        if not geen_horizontale_overloop(page):
            te_breed.append(pad)
        # No text cut off: no element with clipped overflow whose content is taller or wider than itself.
        afgesneden += [f"{pad}: {x}" for x in page.evaluate("""() => [...document.querySelectorAll('main *')]
            .filter(e => { const s = getComputedStyle(e), knip = ['hidden', 'clip'];
                           return knip.includes(s.overflowX) || knip.includes(s.overflowY); })
            .filter(e => !e.closest('.visueel-verborgen, .leaflet-container, [aria-hidden=true]')
                         && e.getClientRects().length
                         && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
            .map(e => e.tagName + '.' + e.className)""")]
    assert te_breed == []
    assert afgesneden == []
    context.close()
