"""Photos in the print PDF are CMYK JPEGs, converted once per image and size when the print rendition
is made, and a printer (or a viewer) sees the colours the editor uploaded, not their negative."""

import io
import os
import re
import shutil
import subprocess

import pytest
from PIL import Image, ImageCms
from pypdf import PdfReader

from publicatie import beeldfilters
from publicatie.pdf import beelden
from publicatie.pdf.bouwer import bouw_editie_pdf
from publicatie.pdf.cmyk import drukprofiel, pdf_klaar
from tests.fabrieken import EditieFactory, LeefArchiefFactory, afbeelding, gemengde_inhoud, kleine_kaart

ORANJE, BLAUW = (220, 120, 40), (70, 120, 170)
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def tweekleurig(breedte, hoogte, modus="RGB"):
    """Left half orange, right half blue, as an uploaded JPEG."""
    im = Image.new("RGB", (breedte, hoogte), ORANJE)
    im.paste(BLAUW, (breedte // 2, 0, breedte, hoogte))
    buffer = io.BytesIO()
    (im.convert(modus) if modus != "RGB" else im).save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def beeld_sectie(beeld, paginabreed):
    return ("beeld", {"afbeelding": {"image": beeld.pk, "alt_text": "", "decorative": False},
                      "onderschrift": beeld.title, "paginabreed": paginabreed})


@pytest.fixture
def editie_met_fotos(home_page):
    """A full-bleed photo larger than its place (downsized rendition), a small one (kept at its
    size) and a grey one."""
    data = kleine_kaart(home=home_page)
    groot = afbeelding("strand", 2480, 1748, data=tweekleurig(2480, 1748))
    klein = afbeelding("markt", 600, 400, data=tweekleurig(600, 400))
    grijs = afbeelding("archief", 600, 400, data=tweekleurig(600, 400, "L"))
    inhoud = [*gemengde_inhoud(data, groot), beeld_sectie(klein, False), beeld_sectie(grijs, False)]
    return EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=inhoud)


def beelden_in(reader):
    """(page number, image XObject) for every image in the PDF."""
    uit = []
    for nummer, page in enumerate(reader.pages):
        for xobj in (page["/Resources"].get("/XObject") or {}).values():
            xobj = xobj.get_object()
            if xobj["/Subtype"] == "/Image":
                uit.append((nummer, xobj))
    return uit


def zoals_een_pdf_lezer(xobj):
    """The CMYK samples a PDF reader works with: the DCT samples exactly as stored (pypdf passes
    DCTDecode data through undecoded), then /Decode.
    Pillow hides the Adobe inversion when it decodes, so it is undone here first."""
    im = Image.open(io.BytesIO(xobj.get_data()))
    opgeslagen = im.point(lambda v: 255 - v) if "adobe" in im.info else im
    decode = [float(v) for v in xobj.get("/Decode", [0, 1] * 4)]
    assert len(decode) == 8
    luts = []
    for i in range(0, 8, 2):
        dmin, dmax = decode[i], decode[i + 1]
        luts += [round(255 * (dmin + v / 255 * (dmax - dmin))) for v in range(256)]
    return opgeslagen.point(luts)


def alleen_zwart(xobj):
    return zoals_een_pdf_lezer(xobj).getpixel((10, 10))[:3] == (0, 0, 0)


def als_rgb(cmyk_beeld):
    terug = ImageCms.buildTransform(drukprofiel(), ImageCms.createProfile("sRGB"), "CMYK", "RGB",
                                   renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
    return ImageCms.applyTransform(cmyk_beeld, terug)


def dichtbij(kleur, verwacht, marge):
    return max(abs(a - b) for a, b in zip(kleur, verwacht, strict=True)) <= marge


def test_elke_foto_is_een_cmyk_jpeg_met_de_juiste_decode(editie_met_fotos):
    reader = PdfReader(io.BytesIO(bouw_editie_pdf(editie_met_fotos, invariant=True)[0]))
    fotos = beelden_in(reader)
    assert len(fotos) == 3
    for _nummer, xobj in fotos:
        assert xobj["/ColorSpace"] == "/DeviceCMYK"
        assert list(xobj["/Filter"]) == ["/DCTDecode"]
        assert pdf_klaar(Image.open(io.BytesIO(xobj.get_data())))  # Adobe-inverted, so /Decode must invert
        assert [float(v) for v in xobj["/Decode"]] == [1, 0] * 4


def test_kleuren_komen_terug_zoals_geupload_niet_omgekeerd(editie_met_fotos):
    reader = PdfReader(io.BytesIO(bouw_editie_pdf(editie_met_fotos, invariant=True)[0]))
    gekleurd = [x for _n, x in beelden_in(reader) if not alleen_zwart(x)]
    assert len(gekleurd) == 2
    for xobj in gekleurd:
        rgb = als_rgb(zoals_een_pdf_lezer(xobj))
        b, h = rgb.size
        links, rechts = rgb.getpixel((b // 4, h // 2)), rgb.getpixel((3 * b // 4, h // 2))
        # Perceptual intent pulls sRGB into the press gamut a little (19 off for this blue); the
        # negative of either colour is more than 100 off.
        assert dichtbij(links, ORANJE, 25), links
        assert dichtbij(rechts, BLAUW, 25), rechts


def test_grijze_foto_alleen_in_zwart(editie_met_fotos):
    reader = PdfReader(io.BytesIO(bouw_editie_pdf(editie_met_fotos, invariant=True)[0]))
    grijs = [x for _n, x in beelden_in(reader) if alleen_zwart(x)]
    assert len(grijs) == 1
    c, m, y, k = zoals_een_pdf_lezer(grijs[0]).getpixel((10, 10))
    assert (c, m, y) == (0, 0, 0) and 90 < k < 180


@pytest.mark.skipif(not shutil.which("pdftoppm") and not IN_CI, reason="pdftoppm (poppler-utils) not installed")
def test_pdftoppm_toont_de_foto_in_de_juiste_kleuren(editie_met_fotos, tmp_path):
    """What a viewer shows: the full-bleed page rendered to pixels by poppler."""
    inhoud = bouw_editie_pdf(editie_met_fotos, invariant=True)[0]
    reader = PdfReader(io.BytesIO(inhoud))
    pagina = next(n for n, x in beelden_in(reader) if x["/Width"] > 1000)
    (tmp_path / "leef.pdf").write_bytes(inhoud)
    subprocess.run(["pdftoppm", "-f", str(pagina + 1), "-l", str(pagina + 1), "-r", "20", "-png", "-singlefile",
                    str(tmp_path / "leef.pdf"), str(tmp_path / "pagina")], check=True)
    beeld = Image.open(tmp_path / "pagina.png").convert("RGB")
    b, h = beeld.size
    links, rechts = beeld.getpixel((b // 4, h // 2)), beeld.getpixel((3 * b // 4, h // 2))
    # poppler shows CMYK without the print profile: close, not exact (measured 16 and 21 off).
    # The negative of either colour is more than 100 off.
    assert dichtbij(links, ORANJE, 30), links
    assert dichtbij(rechts, BLAUW, 30), rechts


def test_ontbrekende_foto_wordt_cmyk_grijs_vlak(home_page):
    data = kleine_kaart(home=home_page)
    weg = afbeelding("weg")
    weg.file.storage.delete(weg.file.name)
    e = EditieFactory(parent=LeefArchiefFactory(parent=home_page), inhoud=gemengde_inhoud(data, weg))
    inhoud, resultaat = bouw_editie_pdf(e, invariant=True)
    reader = PdfReader(io.BytesIO(inhoud))
    assert any("weg ontbreekt" in m for m in resultaat.meldingen)
    assert beelden_in(reader) == []
    pagina = next(p for p in reader.pages if "Afbeelding ontbreekt" in p.extract_text())
    operatoren = pagina.get_contents().get_data().decode("latin-1")
    assert re.search(r"\bk\b", operatoren)  # fills in CMYK
    assert not re.search(r"\b(rg|RG|g|G|sc|scn)\b", operatoren)  # and in nothing else


def test_omzetting_een_keer_per_foto_en_maat(editie_met_fotos, monkeypatch):
    """Converted when Wagtail makes the print rendition; a second export reuses it and the PDF build
    itself never converts."""
    tellers = {"rendition": 0, "bouw": 0}

    def teller(naam, echte):
        def omzetten(im):
            tellers[naam] += 1
            return echte(im)
        return omzetten

    monkeypatch.setattr(beeldfilters, "naar_cmyk", teller("rendition", beeldfilters.naar_cmyk))
    monkeypatch.setattr(beelden, "naar_cmyk", teller("bouw", beelden.naar_cmyk))
    eerste = bouw_editie_pdf(editie_met_fotos, invariant=True)[0]
    assert tellers == {"rendition": 3, "bouw": 0}
    tweede = bouw_editie_pdf(editie_met_fotos, invariant=True)[0]
    assert tellers == {"rendition": 3, "bouw": 0}
    assert tweede == eerste


def test_rgb_jpeg_buiten_wagtail_om_wordt_in_de_bouw_omgezet(tmp_path):
    """The builder's safety net (an original handed in directly, as the cold benchmark does)."""
    from publicatie.pdf import onderdelen as o

    bron, fout = beelden.voor_druk(o.Beeld(tweekleurig(600, 400), 600, 400), 200, 120, map_=tmp_path)
    assert fout is None
    im = Image.open(bron.pad)
    assert pdf_klaar(im)
    links = als_rgb(im).getpixel((im.size[0] // 4, im.size[1] // 2))
    assert dichtbij(links, ORANJE, 25), links
