"""The LEEF quarter in the admin, as two editors run it: new edition -> article requested from a
partner -> copy in -> approvals by two editors -> drukklaar -> export -> verschenen."""

import datetime as dt
import re
import time

import pytest
from playwright.sync_api import expect

from tests.servers import manage

from .conftest import schermafbeelding, vandaag_op_de_server
from .test_redactie import inloggen

pytestmark = pytest.mark.browser

REDACTEUR = ("redacteur", "LeefMee-demo-2026")
TWEEDE = ("beheerder", "LeefMee-beheer-2026")
OPSLAAN = re.compile(r"^(Toevoegen|Opslaan)$")
GOEDKEUREN = re.compile(r"^Goedkeuren( en publiceren)?$")


def naar_bord(page):
    """Through the admin menu, as an editor goes."""
    page.goto(page.basis + "/admin/")
    page.get_by_role("link", name="Planning LEEF").click()
    expect(page.locator("h1")).to_have_text("Planning LEEF")


def naar_editie(page, titel):
    naar_bord(page)
    page.locator("section.leef-bord", has=page.get_by_role("heading", name=titel)) \
        .get_by_role("link", name="Bewerk de editie").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))


def keur_goed(page, titel):
    naar_editie(page, titel)
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name=GOEDKEUREN).first.click()
    expect(page.locator(".messages")).to_be_visible()


def test_een_kwartaal_leef(browser, live_site):
    context, page = inloggen(browser, live_site, *REDACTEUR)

    # New edition: the first free quarter; title and slug are filled in.
    naar_bord(page)
    keuze = page.locator("#id_kwartaal option").first
    naam = keuze.inner_text()
    page.get_by_role("button", name="Nieuwe editie").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(page.locator("#id_title")).to_have_value(f"LEEF {naam}")
    expect(page.locator(".messages")).to_contain_text("is aangemaakt")

    # An agenda section: no empty required chooser row, so the edition saves at once.
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Agenda van het kwartaal").click()
    page.get_by_role("button", name="Bewaar concept").click()
    expect(page.locator(".messages")).not_to_contain_text("niet")
    schermafbeelding(page, "leef-kwartaal-1-editie")

    # An article, asked from a partner.
    naar_bord(page)
    bord = page.locator("section.leef-bord", has=page.get_by_role("heading", name=f"LEEF {naam}"))
    bord.get_by_role("link", name="Artikel toevoegen").click()
    page.locator("#id_titel").fill("Samen wandelen in de duinen")
    page.locator("#id_status").select_option(label="Tekst gevraagd")
    # The copy is late already: yesterday on the server (Amsterdam), whose clock this test cannot freeze; a
    # midnight passing before the board is shown only makes it later.
    gisteren = vandaag_op_de_server() - dt.timedelta(days=1)
    page.locator("#id_kopij_deadline").fill(gisteren.isoformat())
    page.keyboard.press("Escape")
    page.get_by_role("button", name=re.compile("Kies een pagina")).click()
    modal = page.locator(".modal-dialog")
    modal.locator("#id_q").fill("Welzijn Duinwijk")
    modal.get_by_role("link", name="Welzijn Duinwijk").first.click()
    page.get_by_role("button", name=OPSLAAN).click()
    expect(page.locator("h1")).to_have_text("Planning LEEF")
    rij = page.locator("tr", has_text="Samen wandelen in de duinen")
    expect(rij).to_contain_text("Tekst gevraagd")
    expect(rij).to_contain_text("Welzijn Duinwijk")
    expect(rij).to_contain_text("te laat")
    schermafbeelding(page, "leef-kwartaal-2-bord")

    # The daily reminder reaches the partner by mail.
    manage(live_site["env"], "herinner_kopij")
    herinneringen = [b["bericht"] for b in live_site["postbus"].berichten
                     if f"LEEF {naam}" in str(b["bericht"]["subject"])]
    assert len(herinneringen) == 1 and "Samen wandelen in de duinen" in herinneringen[0].get_content()

    # The copy comes in.
    rij.get_by_role("link", name="Samen wandelen in de duinen").click()
    page.locator("#id_status").select_option(label="Tekst binnen")
    page.get_by_role("button", name=OPSLAAN).click()
    expect(page.locator("tr", has_text="Samen wandelen in de duinen")).to_contain_text("Tekst binnen")

    # Into the edition workflow; the first editor approves "redactie" and "drukproef".
    naar_editie(page, f"LEEF {naam}")
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Stuur door naar LEEF editie").click()
    expect(page.locator(".messages")).to_contain_text("ingediend")
    keur_goed(page, f"LEEF {naam}")
    keur_goed(page, f"LEEF {naam}")

    # The last step needs a second editor: no approve button, and the reason is shown.
    naar_editie(page, f"LEEF {naam}")
    expect(page.locator(".messages")).to_contain_text("tweede redacteur")
    page.get_by_role("button", name="Meer acties").click()
    expect(page.get_by_role("button", name=GOEDKEUREN)).to_have_count(0)
    context.close()

    context, tweede = inloggen(browser, live_site, *TWEEDE)
    keur_goed(tweede, f"LEEF {naam}")

    # Export, then "verschenen" with a confirmation.
    naar_bord(tweede)
    tweede.locator("section.leef-bord", has=tweede.get_by_role("heading", name=f"LEEF {naam}")) \
        .get_by_role("link", name="Bekijk gereedheid en export").click()
    expect(tweede.locator("main")).to_contain_text("Drukklaar")
    tweede.get_by_role("button", name="Maak drukklare PDF").click()
    deadline = time.monotonic() + 180
    while "Markeer als verschenen" not in tweede.content() and time.monotonic() < deadline:
        time.sleep(2)  # the task worker makes the PDF
        tweede.reload()
    expect(tweede.locator("table.listing")).to_contain_text("Klaar")
    tweede.get_by_role("link", name="Markeer als verschenen").click()
    expect(tweede.locator("h1")).to_contain_text("verschenen?")
    schermafbeelding(tweede, "leef-kwartaal-3-bevestigen")
    tweede.get_by_role("button", name="Ja, de editie is verschenen").click()
    expect(tweede.locator(".messages")).to_contain_text("gemarkeerd als verschenen")
    naar_bord(tweede)
    expect(tweede.locator("table.listing").last).to_contain_text(f"LEEF {naam}")
    context.close()
