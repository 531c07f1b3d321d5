"""Layout rules of the PDF builder on plain data (no database): bleed, padding, placeholders."""

import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from publicatie.pdf import onderdelen as o
from publicatie.pdf.bouwer import bouw_pdf_bytes
from publicatie.pdf.pagina import Geometrie


def _jpeg(breedte=2480, hoogte=1748):
    buffer = io.BytesIO()
    Image.new("RGB", (breedte, hoogte), (30, 120, 90)).save(buffer, "JPEG")
    return buffer.getvalue()


def _bouw(secties):
    data, resultaat = bouw_pdf_bytes(o.Editie(titel="LEEF zomer 2027", secties=secties), invariant=True)
    return PdfReader(io.BytesIO(data)), resultaat


def test_opvullen_met_ontworpen_paginas_nooit_aantekeningen():
    beeld = o.Beeld(_jpeg(), 2480, 1748, "Het strand", "strand.jpg")
    gezien = set()
    for aantal in range(4):
        reader, resultaat = _bouw([o.BeeldSectie(beeld, "", True) for _i in range(aantal)])
        assert len(reader.pages) % 4 == 0 and resultaat.paginas == len(reader.pages)
        teksten = [p.extract_text() for p in reader.pages]
        assert not any("Aantekeningen" in t for t in teksten)
        assert "Colofon" in teksten[-1]  # the back page is always the colophon
        for nummer, page in enumerate(reader.pages):
            heeft_beeld = any(not n.startswith("/FormXob.qr") for n in page["/Resources"].get("/XObject") or {}) \
                and "Do" in page.get_contents().get_data().decode("latin1")
            # every page is the cover, a full-bleed image or has real text (a filler is never blank)
            assert nummer == 0 or heeft_beeld or len(teksten[nummer].strip()) > 40, (aantal, nummer)
        gezien |= {t.split("\n")[0] for t in teksten}
    assert {"Hoe gaat het met je?", "Zo vind je hulp op LEEF MEE"} <= gezien


def test_volle_afbeelding_en_opening_lopen_door_in_de_afloop():
    g = Geometrie()
    reader, _r = _bouw([o.BeeldSectie(o.Beeld(_jpeg(), 2480, 1748, "x", "x.jpg"), "", True)])
    bx0, by0, bx1, by1 = g.bleedbox
    omslag = reader.pages[0].get_contents().get_data().decode("latin1")
    # the cover's colour bands: CMYK fills ('k') from edge to edge of the bleed box, top and bottom
    vlakken = [tuple(map(float, m)) for m in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f", omslag)]
    breed = [v for v in vlakken if v[0] == pytest.approx(bx0, abs=0.01) and v[2] == pytest.approx(bx1 - bx0, abs=0.01)]
    assert any(y == pytest.approx(by0, abs=0.01) for _x, y, _w, _h in breed)
    assert any(y + h == pytest.approx(by1, abs=0.01) for _x, y, _w, h in breed)
    beeldpagina = next(p for p in reader.pages[1:] if "/XObject" in p["/Resources"]).get_contents().get_data()
    beeldpagina = beeldpagina.decode("latin1")
    # image drawn from the bleed box corner (or beyond it when clipped) at least as large as the bleed box
    patroon = r"([\d.]+) 0 0 ([\d.]+) ([\d.-]+) ([\d.-]+) cm\s*/FormXob"
    cm = [tuple(map(float, m)) for m in re.findall(patroon, beeldpagina)]
    assert cm and any(w >= bx1 - bx0 - 0.01 and h >= by1 - by0 - 0.01 and x <= bx0 + 0.01 and y <= by0 + 0.01
                      for w, h, x, y in cm)


def test_kapotte_en_ontbrekende_afbeelding_geven_melding_geen_crash():
    reader, resultaat = _bouw([
        o.BeeldSectie(o.Beeld(b"kapot", 10, 10, "", "kapot.jpg"), "Kapot"),
        o.Verhaal(titel="Portret weg", alineas=["Tekst. " * 200] * 10, portret=o.Beeld(None, naam="weg.jpg")),
    ])
    assert len(resultaat.meldingen) == 2
    tekst = "\n".join(p.extract_text() for p in reader.pages)
    assert tekst.count("Afbeelding ontbreekt") == 2
    # a long text flows over more than one page
    assert sum("Tekst." in p.extract_text() for p in reader.pages) >= 2


def test_agenda_loopt_door_en_elke_activiteit_een_keer_met_plek():
    link = o.Link("https://leefmee.nl/l/a1/", "leefmee.nl/l/a1", "a1")
    weken = [o.AgendaGroep(f"Week {w}", [o.AgendaRij("di 6 apr 10.00", f"Activiteit {w * 10 + i:03d} met een lange "
                                                      "naam die over twee regels loopt", "De Schelp, Zeedorp", link)
                                         for i in range(10)]) for w in range(12)]
    vast = [o.AgendaGroep("De Schelp, Zeedorp", [o.AgendaRij("elke dinsdag 10.00–12.00", "Koffieochtend",
                                                             "De Schelp, Zeedorp")])]
    reader, _r = _bouw([o.Agenda(kop="Agenda", vast=vast, weken=weken)])
    teksten = [p.extract_text() for p in reader.pages]
    tekst = " ".join(teksten).replace("-\n", "").replace("\n", " ")
    posities = [tekst.find(f"Activiteit {i:03d}") for i in range(120)]
    assert -1 not in posities and posities == sorted(posities)
    assert all(tekst.count(f"Activiteit {i:03d}") == 1 for i in range(120))
    assert tekst.count("Koffieochtend") == 1 and "elke dinsdag 10.00–12.00" in tekst
    assert tekst.count("Zeedorp") >= 121  # the place on every line
    assert sum("Activiteit" in t for t in teksten) >= 2


def test_qr_is_die_van_segno_en_zo_getekend():
    import segno

    from publicatie.pdf.qr import qr_modules

    urls = ["https://leefmee.nl/l/7kq2m/", "https://voorbeeld.nl/l/é/"]
    urls += [f"https://leefmee.nl/{'x' * n}/" for n in range(0, 400, 53)]
    for url in urls:
        ref = segno.make_qr(url, error="m", boost_error=False)
        assert ref.error == "M" and qr_modules(url) == tuple(tuple(bool(m) for m in rij) for rij in ref.matrix), url

    # the form in the PDF fills exactly the dark modules
    link = o.Link("https://leefmee.nl/l/q1/", "leefmee.nl/l/q1", "q1")
    reader, _r = _bouw([o.Kaartje(titel="Koffie", tekst="Elke dinsdag.", link=link)])
    vormen = [x for p in reader.pages for n, x in (p["/Resources"].get("/XObject") or {}).items()
              if n == "/FormXob.qr_q1"]
    assert len(vormen) == 1
    modules = qr_modules(link.url)
    n = len(modules)
    donker = set()
    for x, y, w, h in re.findall(r"(\d+) (\d+) (\d+) (\d+) re", vormen[0].get_object().get_data().decode("latin1")):
        assert h == "1"
        donker |= {(n - 1 - int(y), int(x) + k) for k in range(int(w))}
    assert donker == {(r, k) for r in range(n) for k in range(n) if modules[r][k]}


