"""Partner and editor in the Wagtail admin: a partner changes its offering, an editor approves it.

At desktop and at phone size: partners keep their information current from wherever they are.
"""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, TELEFOON, geen_horizontale_overloop, naar, nieuwe_pagina, open_in_editor, start

pytestmark = pytest.mark.browser

TITEL = "Hulp bij brieven en formulieren"  # an offering of the demo partner's organisation
FORMATEN = {"desktop": DESKTOP, "telefoon": TELEFOON}


def inloggen(browser, live_site, gebruiker, wachtwoord, formaat="desktop"):
    context, page = nieuwe_pagina(browser, live_site, viewport=FORMATEN[formaat], formaat=formaat)
    page.goto(page.basis + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(gebruiker)
    page.get_by_label("Password").fill(wachtwoord)
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(page.basis + "/admin/")
    return context, page


@pytest.mark.parametrize("formaat", ["desktop", "telefoon"])
def test_partner_submits_a_change_and_the_editor_approves_it(browser, live_site, formaat):
    # Each size adds its own sentence: the desktop run has published its change already.
    nieuw = f"Nieuw ({formaat}): ook op vrijdagmiddag, zonder afspraak."
    bezoeker_context, bezoeker = nieuwe_pagina(browser, live_site, viewport=FORMATEN[formaat], formaat=formaat)
    start(bezoeker)
    naar(bezoeker, "Sociale kaart")
    bezoeker.get_by_role("searchbox", name="Zoek hulp, contact of iets om te doen").fill("formulieren")
    bezoeker.get_by_role("button", name="Zoeken").click()
    bezoeker.locator(".resultaat__titel a", has_text=TITEL).first.click()
    expect(bezoeker.locator("h1")).to_have_text(TITEL)
    suggestie = bezoeker.locator(".klopt-niet a").get_attribute("href")
    page_id = re.search(r"/kaart-suggestie/(\d+)/", suggestie).group(1)
    expect(bezoeker.locator(".inleiding")).not_to_contain_text(nieuw)

    # The partner edits its own offering and submits it to the editors.
    context, partner = inloggen(browser, live_site, "partner", "LeefMee-partner-2026", formaat)
    # From the dashboard through Wagtail's page search to the editor.
    open_in_editor(partner, TITEL, urlsplit(bezoeker.url).path)
    expect(partner).to_have_url(re.compile(rf"/admin/pages/{page_id}/edit/$"))
    veld = partner.locator("#id_korte_beschrijving")
    veld.fill(f"{nieuw} {veld.input_value().strip()}"[:300])
    partner.get_by_role("button", name="Meer acties").click()
    partner.get_by_role("button", name="Stuur door naar Redactie").click()
    expect(partner.locator(".messages")).to_contain_text("ter goedkeuring ingediend")
    context.close()

    # Not live yet.
    bezoeker.reload()
    expect(bezoeker.locator(".inleiding")).not_to_contain_text(nieuw)

    # The editor sees it waiting on the dashboard and approves it in the editor.
    context, redacteur = inloggen(browser, live_site, "redacteur", "LeefMee-demo-2026", formaat)
    expect(redacteur.locator("main")).to_contain_text("In afwachting van jouw beoordeling")
    redacteur.locator("main").get_by_role("link", name="Hulp bij brieven en formulieren").first.click()
    expect(redacteur).to_have_url(re.compile(rf"/admin/pages/{page_id}/edit/"))
    expect(redacteur.locator("#id_korte_beschrijving")).to_have_value(re.compile(re.escape(nieuw)))
    redacteur.get_by_role("button", name="Meer acties").click()
    redacteur.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    expect(redacteur.locator(".messages")).to_contain_text("Pagina 'Hulp bij brieven en formulieren' is gewijzigd.")
    context.close()

    # Live on the public page.
    bezoeker.reload()
    expect(bezoeker.locator(".inleiding")).to_contain_text(nieuw)
    assert geen_horizontale_overloop(bezoeker)
    bezoeker_context.close()
