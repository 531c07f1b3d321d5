"""Four resident journeys on a phone, from the home page only, by clicking, on the production stage.

1. "Ik voel me alleen": something free in the coming week, nearby.
2. "geldzorgen": search in her own word, then ask for contact (the mail reaches the organisation).
3. The agenda in her own calendar app (the iCal feed).
4. "Ik wil vrijwilliger worden": a vacancy and its "Ik wil dit doen" form.

Each step leaves a screenshot in test-results/ (vinden-*-telefoon.png).
"""

import datetime as dt
import re
import time

import pytest
from playwright.sync_api import expect

from .conftest import TELEFOON, controleer, nieuwe_pagina, schermafbeelding, vandaag_op_de_server

pytestmark = pytest.mark.browser


@pytest.fixture
def telefoon(browser, live_site):
    context, page = nieuwe_pagina(browser, live_site, viewport=TELEFOON, formaat="telefoon")
    yield page
    context.close()


def klik(page, locator):
    with page.expect_navigation():
        locator.click()


def open_menu(page, naam):
    """Open the menu with its button (a <details>: works without JavaScript) and follow a link."""
    page.locator(".hoofdmenu__knop").click()
    klik(page, page.locator(".hoofdmenu__nav").get_by_role("link", name=naam, exact=True))


def mail_met(postbus, onderwerp, seconden=90):
    """The mail whose subject contains `onderwerp`, once the task worker has sent it."""
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        for bericht in postbus.berichten:
            if onderwerp in bericht["bericht"]["subject"]:
                return bericht
        time.sleep(0.5)
    raise AssertionError(f"no mail about {onderwerp!r}: {[b['bericht']['subject'] for b in postbus.berichten]}")


def test_the_header_and_menu_take_at_most_a_quarter_of_a_phone_screen(telefoon):
    telefoon.goto(telefoon.basis + "/")
    hoogte = telefoon.locator("header.kop").bounding_box()["height"]
    assert hoogte <= TELEFOON["height"] / 4, hoogte
    expect(telefoon.locator(".hoofdmenu__nav")).to_be_hidden()
    telefoon.locator(".hoofdmenu__knop").click()
    expect(telefoon.locator(".hoofdmenu__nav")).to_be_visible()
    schermafbeelding(telefoon, "vinden-menu-open")


def test_ik_voel_me_alleen_iets_gratis_deze_week_in_de_buurt(telefoon):
    # The server's "this week" starts on its today, somewhere between here and the check below (a run may
    # cross midnight): the window is taken from both ends.
    voor = vandaag_op_de_server()
    telefoon.goto(telefoon.basis + "/")
    klik(telefoon, telefoon.get_by_role("link", name=re.compile("^Meedoen")))
    klik(telefoon, telefoon.get_by_role("link", name="Ik voel me vaak alleen"))
    schermafbeelding(telefoon, "vinden-alleen-1-vraag")
    # The results come first; the filters are behind their disclosure below them.
    resultaten = telefoon.locator("#resultaten-kop").bounding_box()["y"]
    assert resultaten < telefoon.locator(".facetten-blok").bounding_box()["y"]
    telefoon.locator(".facetten-blok__knop").click()
    telefoon.get_by_label(re.compile("^Gratis")).check()
    telefoon.get_by_label("Waar").select_option("zeedorp")  # she lives in Zeedorp
    klik(telefoon, telefoon.get_by_role("button", name="Toon resultaten"))
    controleer(telefoon)
    schermafbeelding(telefoon, "vinden-alleen-2-gratis-in-de-buurt")
    binnenkort = telefoon.locator("#activiteiten-kop + .agenda-dag").first
    expect(binnenkort).to_be_visible()
    datum = dt.date.fromisoformat(binnenkort.locator("time").first.get_attribute("datetime"))
    assert voor <= datum <= vandaag_op_de_server() + dt.timedelta(days=7), datum
    klik(telefoon, binnenkort.locator(".agenda-lijst a").first)
    expect(telefoon.get_by_text("Gratis", exact=False).first).to_be_visible()
    schermafbeelding(telefoon, "vinden-alleen-3-activiteit")


def test_geldzorgen_contactverzoek_verstuurd(telefoon, live_site):
    telefoon.goto(telefoon.basis + "/")
    telefoon.get_by_label(re.compile("Zoek hulp")).fill("geldzorgen")
    klik(telefoon, telefoon.get_by_role("button", name="Zoeken"))
    schermafbeelding(telefoon, "vinden-geld-1-zoeken")
    klik(telefoon, telefoon.get_by_role("link", name="Schuldhulpmaatje", exact=True))
    # The way to contact is at the top of the page.
    knop = telefoon.locator(".detail__snel").get_by_role("link", name="Meer informatie aanvragen")
    assert knop.bounding_box()["y"] < TELEFOON["height"]
    knop.click()
    schermafbeelding(telefoon, "vinden-geld-2-aanbod")
    telefoon.get_by_label("Je naam").fill("Fatima de Vries")
    telefoon.get_by_label("Je telefoonnummer").fill("06 1234 5678")
    telefoon.get_by_label("Je vraag").fill("Ik heb schulden. Kan ik langskomen?")
    telefoon.get_by_label(re.compile("^Ik geef toestemming")).check()
    klik(telefoon, telefoon.get_by_role("button", name="Verstuur mijn vraag"))
    expect(telefoon.get_by_role("heading", name="Bedankt!")).to_be_visible()
    controleer(telefoon)
    schermafbeelding(telefoon, "vinden-geld-3-verstuurd")
    mail = mail_met(live_site["postbus"], "Schuldhulpmaatje")
    assert "Ik heb schulden. Kan ik langskomen?" in mail["bericht"].get_body(("plain",)).get_content()


def test_de_agenda_in_mijn_agenda_app(telefoon):
    telefoon.goto(telefoon.basis + "/")
    open_menu(telefoon, "Agenda")
    schermafbeelding(telefoon, "vinden-agenda-1")
    # Subscribe: a calendar app fetches the webcal: address over http and keeps it up to date.
    abonneer = telefoon.get_by_role("link", name=re.compile("Abonneer je op deze agenda"))
    expect(abonneer).to_be_visible()
    adres = abonneer.get_attribute("href")
    assert adres.startswith("webcal://"), adres
    antwoord = telefoon.request.get("http://" + adres.removeprefix("webcal://"))
    assert antwoord.status == 200 and antwoord.headers["content-type"].startswith("text/calendar")
    tekst = antwoord.text()
    assert tekst.startswith("BEGIN:VCALENDAR") and tekst.count("BEGIN:VEVENT") >= 5
    link = telefoon.get_by_role("link", name=re.compile("voor je agenda \\(iCal\\)"))
    with telefoon.expect_download() as download:
        link.click()
    assert download.value.suggested_filename.endswith(".ics")


def test_ik_wil_vrijwilliger_worden(telefoon, live_site):
    telefoon.goto(telefoon.basis + "/")
    open_menu(telefoon, "Vrijwilligerswerk")
    schermafbeelding(telefoon, "vinden-vrijwilliger-1-lijst")
    eerste = telefoon.locator(".resultaat__titel a").first
    titel = eerste.inner_text()
    klik(telefoon, eerste)
    telefoon.locator(".detail__snel").get_by_role("link", name="Ik wil dit doen").click()
    telefoon.get_by_label("Je naam").fill("Peter Bakker")
    telefoon.get_by_label("Je e-mailadres").fill("peter@example.org")
    telefoon.get_by_label("Je vraag").fill("Ik heb op dinsdag tijd.")
    telefoon.get_by_label(re.compile("^Ik geef toestemming")).check()
    schermafbeelding(telefoon, "vinden-vrijwilliger-2-formulier")
    klik(telefoon, telefoon.get_by_role("button", name="Verstuur", exact=True))
    expect(telefoon.get_by_text("Je hebt laten weten dat je")).to_be_visible()
    controleer(telefoon)
    schermafbeelding(telefoon, "vinden-vrijwilliger-3-verstuurd")
    mail = mail_met(live_site["postbus"], f"Iemand wil vrijwilliger worden: {titel}")
    assert "Ik heb op dinsdag tijd." in mail["bericht"].get_body(("plain",)).get_content()
