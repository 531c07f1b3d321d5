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


def test_opvullen_zonder_lege_paginas():
    beeld = o.Beeld(_jpeg(), 2480, 1748, "Het strand", "strand.jpg")
    for aantal in range(4):
        reader, resultaat = _bouw([o.BeeldSectie(beeld, "", True) for _i in range(aantal)])
        assert len(reader.pages) % 4 == 0 and resultaat.paginas == len(reader.pages)
        for nummer, page in enumerate(reader.pages):
            heeft_beeld = any(not n.startswith("/FormXob.qr") for n in page["/Resources"].get("/XObject") or {}) \
                and "Do" in page.get_contents().get_data().decode("latin1")
            # every page is the opening, a full-bleed image or has real text (a filler is never blank)
            assert nummer == 0 or heeft_beeld or len(page.extract_text().strip()) > 5, (aantal, nummer)


def test_volle_afbeelding_en_opening_lopen_door_in_de_afloop():
    g = Geometrie()
    reader, _r = _bouw([o.BeeldSectie(o.Beeld(_jpeg(), 2480, 1748, "x", "x.jpg"), "", True)])
    bx0, by0, bx1, by1 = g.bleedbox
    opening = reader.pages[0].get_contents().get_data().decode("latin1")
    # the opening page's background: a CMYK fill ('k') over exactly the bleed box
    kleur, x, y, w, h = re.search(r"([\d. ]+) k\s+n ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f", opening).groups()
    assert len(kleur.split()) == 4
    assert [float(v) for v in (x, y, w, h)] == pytest.approx([bx0, by0, bx1 - bx0, by1 - by0], abs=0.01)
    beeldpagina = reader.pages[1].get_contents().get_data().decode("latin1")
    # image drawn from the bleed box corner (or beyond it when clipped) at least as large as the bleed box
    patroon = r"([\d.]+) 0 0 ([\d.]+) ([\d.-]+) ([\d.-]+) cm\s*/FormXob"
    cm = [tuple(map(float, m)) for m in re.findall(patroon, beeldpagina)]
    assert cm and any(w >= bx1 - bx0 - 0.01 and h >= by1 - by0 - 0.01 and x <= bx0 + 0.01 and y <= by0 + 0.01
                      for w, h, x, y in cm)


def test_kapotte_en_ontbrekende_afbeelding_geven_melding_geen_crash():
    reader, resultaat = _bouw([
        o.BeeldSectie(o.Beeld(b"kapot", 10, 10, "", "kapot.jpg"), "Kapot"),
        o.Verhaal(titel="Zonder portret", alineas=["Tekst. " * 200] * 10, portret=o.Beeld(None, naam="weg.jpg")),
    ])
    assert len(resultaat.meldingen) == 2
    tekst = "\n".join(p.extract_text() for p in reader.pages)
    assert tekst.count("Afbeelding ontbreekt") == 2
    # a long text flows over more than one page
    assert sum("Tekst." in p.extract_text() for p in reader.pages) >= 2


def test_agenda_loopt_door_met_kopregel_en_elke_activiteit_een_keer():
    link = o.Link("https://leefmee.nl/l/a1/", "leefmee.nl/l/a1", "a1")
    rijen = [o.AgendaRij("di 6 apr", "10:00", f"Activiteit {i:03d} met een lange naam die over twee regels loopt",
                         "De Schelp", link) for i in range(120)]
    reader, _r = _bouw([o.Agenda(kop="Agenda", rijen=rijen)])
    teksten = [p.extract_text() for p in reader.pages]
    tekst = "\n".join(teksten)
    posities = [tekst.find(f"Activiteit {i:03d}") for i in range(120)]
    assert -1 not in posities and posities == sorted(posities)
    assert all(tekst.count(f"Activiteit {i:03d}") == 1 for i in range(120))
    # the table flows over several columns and pages, the header row repeated at each
    delen = sum(t.count("Wanneer") for t in teksten)
    assert delen >= 3 and sum("Activiteit" in t for t in teksten) >= 2


@pytest.mark.parametrize("breedte", [60, 97.5, 140, 246.6, 400])
def test_alinea_breekt_en_splitst_als_paragraph(breedte):
    from reportlab.platypus import Paragraph

    from publicatie.pdf.alinea import Alinea, alinea
    from publicatie.pdf.stijlen import stijlen

    stijl = stijlen()["basis"]
    tekst = ("Ans woont al veertig jaar in Zeedorp. Sinds haar man overleed, eet ze vaak alleen. "
             "Dat vond ze niet fijn, maar nu gaat ze elke dinsdag naar de buurtmaaltijd\u00a0in De Schelp. ") * 5
    nieuw, oud = alinea(tekst, stijl), Paragraph(tekst, stijl)
    assert isinstance(nieuw, Alinea)
    assert nieuw.wrap(breedte, 800) == oud.wrap(breedte, 800)
    if nieuw._paragraaf is None:  # at 60 pt 'buurtmaaltijd in' (no-break space) is too wide: Paragraph
        assert [" ".join(nieuw.woorden[b:e]) for b, e in nieuw._regels] == [" ".join(w) for _r, w in oud.blPara.lines]
    for hoogte in (5, 20, 60, 150, 2000):
        delen_nieuw, delen_oud = nieuw.split(breedte, hoogte), oud.split(breedte, hoogte)
        assert [d.wrap(breedte, 800) for d in delen_nieuw] == [d.wrap(breedte, 800) for d in delen_oud]
    # markup, entities and words wider than the column stay (or become) a Paragraph
    assert isinstance(alinea("<b>Vet</b> en gewoon", stijl), Paragraph)
    assert isinstance(alinea("Koffie &amp; thee", stijl), Paragraph)
    lang = alinea("https://leefmee.nl/" + "x" * 80 + " verder", stijl)
    assert lang.wrap(60, 800) == Paragraph("https://leefmee.nl/" + "x" * 80 + " verder", stijl).wrap(60, 800)


def test_qr_gelijk_aan_reportlab_en_zo_getekend():
    from reportlab.graphics.barcode import qrencoder

    from publicatie.pdf.qr import qr_modules

    urls = ["https://leefmee.nl/l/7kq2m/", "http://localhost:8000/l/abc/", "https://voorbeeld.nl/l/é/"]
    urls += [f"https://leefmee.nl/{'x' * n}/" for n in range(0, 400, 23)]  # versions 2 up to 14
    for url in urls:
        ref = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        ref.addData(url)
        ref.version = ref.calculate_version()
        ref.makeImpl(False, 0)
        assert qr_modules(url) == tuple(tuple(bool(m) for m in rij) for rij in ref.modules), url

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


def test_agenda_knipt_een_te_lang_woord_binnen_de_cel():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from publicatie.pdf.stijlen import GRIJS, SANS, stijlen
    from publicatie.pdf.vakken import AgendaTabel

    s = stijlen()
    url = "https://een-heel-lange-domeinnaam-van-de-gemeente.voorbeeld.nl/l/abcdefghijklmnop/"
    tabel = AgendaTabel([[(SANS, "Wanneer")], [(SANS, "Wat")]], [[[(SANS, "di")], [(SANS, url)]]], [68, 178],
                        7.8, 9.6, (s["tabel"].textColor, GRIJS, s["tint"]))
    regels = tabel._zet()[1][0][1]
    assert "".join(r for _f, r in regels) == url and len(regels) >= 2
    assert all(stringWidth(r, f, 7.8) <= 178 - 4 for f, r in regels)


@pytest.mark.parametrize("bestand", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf",
                                     "DejaVuSerif-Italic.ttf"])
def test_snelle_fontlader_leest_hetzelfde_als_reportlab(bestand):
    """The fast font loader must set what reportlab's parser sets (guards a reportlab upgrade)."""
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    from publicatie.pdf.stijlen import FONTS
    from publicatie.pdf.ttf import SnelleFace, SnelTTFont

    pad = str(FONTS / bestand)
    oud, nieuw = dict(vars(TTFontFace(pad))), dict(vars(SnelleFace(pad)))
    assert oud.pop("_pdfScale")(1234) == nieuw.pop("_pdfScale")(1234)
    assert oud.keys() == nieuw.keys()
    assert [k for k in oud if oud[k] != nieuw[k]] == []
    SnelleFace(pad)._tekens_breedtes_posities()  # the fast path reads this font (no fallback)
    font, ref = SnelTTFont("x", pad), TTFont("x", pad)
    assert vars(font).keys() == vars(ref).keys()
    assert (font.fontName, font._asciiReadable, font.shapable) == (ref.fontName, ref._asciiReadable, ref.shapable)


def test_zonder_gc_zet_de_collector_terug_ook_bij_gelijktijdige_bouw_en_fouten():
    import gc

    from publicatie.pdf.bouwer import zonder_gc

    assert gc.isenabled()
    with zonder_gc():
        assert not gc.isenabled()
        with zonder_gc():  # a second build at the same time (another thread)
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), zonder_gc():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with zonder_gc():
            pass
        assert not gc.isenabled()  # it was off: stays off
    finally:
        gc.enable()
