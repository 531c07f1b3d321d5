"""The exported PDF, read back with pypdf: what a printer checks."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from publicatie.models import KorteLink
from publicatie.pdf.bouwer import bouw_editie_pdf
from tests.fabrieken import EditieFactory, LeefArchiefFactory, afbeelding, gemengde_inhoud, kleine_kaart

MM = 72 / 25.4


@pytest.fixture
def pdf(home_page):
    data = kleine_kaart(home=home_page)
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page),
                      inhoud=gemengde_inhoud(data, afbeelding("strand", 2480, 1748)))
    inhoud, resultaat = bouw_editie_pdf(e, invariant=True)
    return PdfReader(io.BytesIO(inhoud)), data, e, inhoud, resultaat


def _box(box):
    return [float(v) for v in box]


def test_paginas_veelvoud_van_vier_en_boxen(pdf):
    reader, *_ = pdf
    assert len(reader.pages) % 4 == 0 and len(reader.pages) >= 4
    for page in reader.pages:
        x0, y0, x1, y1 = _box(page.trimbox)
        assert (x1 - x0, y1 - y0) == pytest.approx((595.28, 841.89), abs=0.05)
        b = _box(page.bleedbox)
        assert b == pytest.approx([x0 - 3 * MM, y0 - 3 * MM, x1 + 3 * MM, y1 + 3 * MM], abs=0.01)
        m = _box(page.mediabox)
        # room for crop marks outside the bleed on every side
        assert b[0] - m[0] >= 5 * MM and b[1] - m[1] >= 5 * MM and m[2] - b[2] >= 5 * MM and m[3] - b[3] >= 5 * MM


def test_alle_fonts_ingebed_geen_basis14(pdf):
    reader, *_ = pdf
    gezien = 0
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            gezien += 1
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert gezien


def test_teksten_in_leesvolgorde(pdf):
    reader, data, e, *_ = pdf
    assert e.title in reader.pages[0].extract_text()  # the cover
    # after the cover and the contents page, the sections in the editor's order
    tekst = "\n".join(page.extract_text() for page in reader.pages[2:])
    volgorde = ["Meedoen is belangrijk", "Buurtmaaltijd", "Buurthuis De Schelp", "Agenda",
                "Koffieochtend", "Vrijwilliger worden?", "Kok gezocht", "Column van de redactie"]
    posities = [tekst.find(t) for t in volgorde]
    assert -1 not in posities, list(zip(volgorde, posities, strict=True))
    assert posities == sorted(posities)
    assert "LEEF" in reader.pages[1].extract_text()  # running footer with the edition name


def test_een_qr_per_item_met_bijpassende_korte_url(pdf):
    reader, data, *_ = pdf
    items = [data["aanbod"], data["org"], data["vacature"]]
    codes = {KorteLink.objects.get(pagina=p).code for p in items}
    gevonden = {}
    for page in reader.pages:
        tekst = page.extract_text()
        for naam in (page["/Resources"].get("/XObject") or {}):
            if naam.startswith("/FormXob.qr_"):
                code = naam.removeprefix("/FormXob.qr_")
                gevonden[code] = gevonden.get(code, 0) + 1
                assert re.search(rf"/l/{code}\b", tekst), f"geen korte URL naast QR {code}"
    assert set(gevonden) == codes
    assert all(n == 1 for n in gevonden.values())


def test_kapotte_afbeelding_wordt_grijs_vlak_met_melding(home_page):
    data = kleine_kaart(home=home_page)
    kapot = afbeelding("kapot", data=b"geen jpeg")
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=gemengde_inhoud(data, kapot))
    inhoud, resultaat = bouw_editie_pdf(e, invariant=True)
    assert inhoud.startswith(b"%PDF")
    assert any("kapot" in m for m in resultaat.meldingen)


def test_invariant_geeft_gelijke_bytes(pdf):
    _reader, _data, e, inhoud, _r = pdf
    assert bouw_editie_pdf(e, invariant=True)[0] == inhoud


def test_export_commando(pdf, tmp_path):
    _reader, _data, e, *_ = pdf
    uit = tmp_path / "leef.pdf"
    call_command("export_editie", "2027", "2", "--output", str(uit), "--invariant")
    assert len(PdfReader(uit).pages) % 4 == 0
    with pytest.raises(CommandError, match="geen editie"):
        call_command("export_editie", "2030", "1", "--output", str(uit))
    with pytest.raises(CommandError, match="Kan niet schrijven"):
        call_command("export_editie", "2027", "2", "--output", str(tmp_path / "bestaat-niet" / "x.pdf"))
