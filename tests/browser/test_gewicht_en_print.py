"""Weight, images, layout shift, reduced motion, JavaScript off and print, in a real browser."""

import gzip
import io
import re
import unicodedata

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import DESKTOP, TELEFOON, controleer, nieuwe_pagina, schermafbeelding

pytestmark = pytest.mark.browser

BUDGET = 100 * 1024  # bytes, HTML + CSS + JS, compressed
GEWICHT_PAGINAS = {
    "home": "/",
    "kaart": "/kaart/",
    "zoekresultaten": "/kaart/zoeken/?q=koffie&gratis=1",
    "aanbod": "/kaart/sportclub-de-duinlopers/start-met-wandelen/",
    "verhaal": "/verhalen/sem-zorgt-voor-zijn-moeder/",
    "agenda": "/agenda/",
    "op de kaart": "/kaart/op-de-kaart/",
}
TEKST_SOORTEN = {"document", "stylesheet", "script", "fetch", "xhr"}


def test_transfer_size_without_images_stays_under_100_kb(browser, live_site):
    # runserver does not compress: gzip every HTML, CSS and JS body as a production server would.
    cijfers = {}
    for naam, pad in GEWICHT_PAGINAS.items():
        context, page = nieuwe_pagina(browser, live_site)  # empty cache for every page
        antwoorden = []
        page.on("requestfinished", lambda request, lijst=antwoorden: lijst.append(request))  # this page's list
        page.goto(page.basis + pad, wait_until="load")
        if naam == "op de kaart":
            expect(page.locator(".leaflet-overlay-pane path").first).to_be_attached()  # the GeoJSON is in
        totaal, bestanden = 0, 0
        for request in antwoorden:
            if request.resource_type in TEKST_SOORTEN and request.url.startswith(page.basis):
                totaal += len(gzip.compress(request.response().body(), compresslevel=6))
                bestanden += 1
        cijfers[naam] = (totaal, bestanden)
        context.close()
    print("\nTransfer size without images (gzip):")
    for naam, (totaal, bestanden) in cijfers.items():
        print(f"  {naam:15} {totaal / 1024:6.1f} KB in {bestanden} files")
    assert {naam: t for naam, (t, _) in cijfers.items() if t >= BUDGET} == {}


def test_images_have_dimensions_renditions_and_webp(desktop):
    gezien = 0
    for pad in ("/", "/verhalen/", "/verhalen/sem-zorgt-voor-zijn-moeder/", "/kaart/lichaam/",
                "/kaart/buurthuis-de-schelp/buurtkamer/", "/leef/"):  # an offering's drawing, the edition covers
        desktop.goto(desktop.basis + pad)
        for img in desktop.locator("img").all():
            html = img.evaluate("el => el.outerHTML")
            assert img.get_attribute("width") and img.get_attribute("height"), html
            src = img.get_attribute("src")
            if src.startswith("/media/"):
                # A rendition (never the original upload) in a <picture> with a WebP source.
                assert re.search(r"\.(fill|width|max)-\d+", src), html
                bron = img.locator("xpath=preceding-sibling::source[@type='image/webp']")
                assert img.evaluate("el => el.parentElement.tagName") == "PICTURE" and bron.count() == 1, html
                img.scroll_into_view_if_needed()  # lazy images load once they come into view
                assert img.evaluate("el => el.decode().then(() => el.naturalWidth)") > 0, html
                assert img.evaluate("el => el.currentSrc").endswith(".webp"), html
                gezien += 1
    assert gezien >= 6  # story portraits on the cards and the story page, an offering, an edition


CLS = """() => new Promise(resolve => {
    let cls = 0;
    new PerformanceObserver(list => {
        for (const e of list.getEntries()) { if (!e.hadRecentInput) cls += e.value; }
    }).observe({type: 'layout-shift', buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(cls)));
})"""


@pytest.mark.parametrize("pad", ["/", "/verhalen/sem-zorgt-voor-zijn-moeder/"])
def test_no_layout_shift_from_images(pagina, pad):
    pagina.goto(pagina.basis + pad, wait_until="load")
    # Scroll down so lazy images load too (scrolling is not input: their shifts would count).
    # Step through the page as a reader does: a jump straight to the bottom of a long phone page
    # passes the lazy images without ever bringing them near the screen, so they would never load.
    pagina.evaluate("""async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)));
        }
    }""")
    try:
        pagina.wait_for_function("() => [...document.images].every(i => i.complete)")
    except Exception:
        onvolledig = pagina.evaluate("() => [...document.images].filter(i => !i.complete).map(i => i.outerHTML)")
        raise AssertionError(f"images that never finished loading: {onvolledig}") from None
    cls = pagina.evaluate(CLS)
    print(f"\nCLS {pad} ({pagina.formaat}): {cls:.4f}")
    assert cls < 0.1


BEWEGING_PAGINAS = ["/", "/kaart/op-de-kaart/", "/agenda/", "/verhalen/sem-zorgt-voor-zijn-moeder/",
                    "/kaart/sportclub-de-duinlopers/start-met-wandelen/", "/kaart/zoeken/?q=koffie"]


def test_reduced_motion_stops_transitions_and_nothing_plays_by_itself(browser, live_site):
    context, page = nieuwe_pagina(browser, live_site, reduced_motion="reduce")
    for pad in BEWEGING_PAGINAS:
        page.goto(page.basis + pad)
        if "op-de-kaart" in pad:
            expect(page.locator(".leaflet-overlay-pane path").first).to_be_attached()
        assert page.evaluate("() => matchMedia('(prefers-reduced-motion: reduce)').matches")
        bewegend = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(el => { const s = getComputedStyle(el);
                const duur = (t) => t.split(',').some(d => parseFloat(d) > 0);
                return duur(s.transitionDuration) || (s.animationName !== 'none' && duur(s.animationDuration)); })
            .map(el => el.outerHTML.slice(0, 80))""")
        assert bewegend == [], pad
        assert page.evaluate("() => document.getAnimations().length") == 0, pad
        assert page.locator("video[autoplay], audio[autoplay]").count() == 0, pad
    context.close()


def test_without_javascript_search_with_a_filter_and_open_an_offering(zonder_js):
    page = zonder_js
    page.goto(page.basis + "/kaart/")
    page.get_by_role("searchbox", name="Zoek hulp, contact of iets om te doen").fill("wandelen")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("h1")).to_have_text("Zoeken naar 'wandelen'")
    page.get_by_label(re.compile("^Gratis")).check()
    page.get_by_role("button", name="Toon resultaten").click()
    expect(page).to_have_url(re.compile(r"gratis=1"))
    eerste = page.locator(".resultaat__titel a").first
    titel = eerste.inner_text()
    eerste.click()
    expect(page.locator("h1")).to_have_text(titel)
    expect(page.get_by_role("button", name=re.compile("^Verstuur"))).to_be_visible()

    # The map needs JavaScript; its list does not.
    page.goto(page.basis + "/kaart/op-de-kaart/")
    expect(page.locator("#kaart")).to_be_hidden()
    expect(page.locator("#kaart-lijst .resultaat").first).to_be_visible()


# page -> (path, title, has the contact-and-address column): every detail page has it, the agenda not.
PRINT_PAGINAS = {
    "aanbod": ("/kaart/sportclub-de-duinlopers/start-met-wandelen/", "Start met wandelen", True),
    "organisatie": ("/kaart/sportclub-de-duinlopers/", "Sportclub De Duinlopers", True),
    "agenda": ("/agenda/?kenmerk=praten", "Agenda", False),
}


@pytest.mark.parametrize("soort", PRINT_PAGINAS)
def test_print_is_one_column_with_urls_written_out_and_a_real_pdf(desktop, soort):
    pad, titel, met_zij = PRINT_PAGINAS[soort]
    desktop.goto(desktop.basis + pad)
    desktop.emulate_media(media="print")
    breedte = desktop.evaluate("() => document.querySelector('main').getBoundingClientRect().width")
    hoofd = desktop.locator(".detail__hoofd, .agenda-dag").first.bounding_box()
    assert hoofd["width"] >= 0.9 * breedte, (hoofd, breedte)
    zij = desktop.locator(".detail__zij")
    assert zij.count() == (1 if met_zij else 0)
    for kolom in zij.all():
        assert kolom.bounding_box()["y"] >= hoofd["y"] + hoofd["height"] - 1  # under the text, not beside it
        assert kolom.bounding_box()["width"] >= 0.9 * breedte
    for verborgen in (".kop", ".voet", "form", ".skiplink"):
        for el in desktop.locator(verborgen).all():
            expect(el).to_be_hidden()
    # Links in the content are written out after the link text, or (agenda) as the full address on a
    # line of their own under the activity. Exempt: phone and mail links (their text is the number or
    # address) and the topic chips (labels of the page, not places to go).
    links = desktop.evaluate("""() => [...document.querySelectorAll('main a[href]')]
        .filter(a => a.offsetParent !== null && !a.closest('.chips'))
        .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content + ' '
                   + (a.closest('li')?.querySelector('.agenda-url')?.textContent || '')])""")
    assert links
    niet_uitgeschreven = [href for href, na in links
                          if not href.startswith(("tel:", "mailto:")) and href not in na]
    assert niet_uitgeschreven == []

    pdf = PdfReader(io.BytesIO(desktop.pdf(format="A4", print_background=False)))
    tekst = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in pdf.pages))  # no ligatures
    assert len(pdf.pages) >= 1
    assert titel in tekst
    eerste_link = desktop.locator("main a[href^='/']:visible").first.get_attribute("href")
    assert eerste_link in tekst.replace("\n", "")
    schermafbeelding(desktop, f"print-{soort}")
    desktop.emulate_media(media="screen")


SCHERM_PAGINAS = {
    "kaart-start": "/kaart/",
    "organisatie": "/kaart/sportclub-de-duinlopers/",
    "activiteit": "/kaart/buurthuis-de-schelp/koffieochtend/",
    "vacature": "/kaart/welzijn-duinwijk/buurtmaatje-worden/",
    "vrijwilligerswerk": "/vrijwilligerswerk/",
    "zelfcheck": "/hoe-gaat-het/",
    "informatie": "/informatie/wat-is-mantelzorg/",
    "magazine": "/leef/najaar-2026/",
    "magazine-archief": "/leef/",
    "aanbod-met-tekening": "/kaart/buurthuis-de-schelp/buurtkamer/",
}


def test_screenshots_of_the_other_page_types(browser, live_site):
    # Journeys save theirs along the way; these page types get one here (desktop and phone), checked too.
    for formaat, viewport in (("desktop", DESKTOP), ("telefoon", TELEFOON)):
        context, page = nieuwe_pagina(browser, live_site, viewport=viewport, formaat=formaat)
        for naam, pad in SCHERM_PAGINAS.items():
            assert page.goto(page.basis + pad).status == 200, pad
            controleer(page)
            schermafbeelding(page, naam)
        context.close()
