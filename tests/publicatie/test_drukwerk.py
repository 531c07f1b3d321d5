"""The print file as a print shop and a reader judge it, on plain data (no database): partner text
never read as markup, a story without a portrait, PDF/X-4 parts read back, type sizes read back."""

import io
import re

import pikepdf
import pytest
from pypdf import PdfReader

from publicatie.pdf import onderdelen as o
from publicatie.pdf.bouwer import bouw_pdf_bytes
from publicatie.pdf.opmaak import alineas_uit_html, esc

KWAAD = ['<img src="/etc/passwd"/>', '<a href="https://kwaad.example/">klik</a>', '<font color="red">rood</font>',
         "<b>open", "</i>dicht", "<para>", "&bogus; & <br/>"]


def _bouw(secties, **velden):
    editie = o.Editie(titel="LEEF zomer 2027", secties=secties, **velden)
    data, resultaat = bouw_pdf_bytes(editie, invariant=True)
    return data, resultaat


def _tekst(data):
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_html_naar_alineas_houdt_alleen_vet_en_cursief_in_balans():
    bron = ("<p>Gewoon <b>vet <i>beide</b> cursief</i> &lt;img src=x&gt;</p><ul><li>een</li><li>twee</li></ul>"
            '<p><a href="/x">link</a><font color="red">rood</font></p>')
    assert alineas_uit_html(bron) == [
        "Gewoon <b>vet <i>beide</i></b><i> cursief</i> &lt;img src=x&gt;", "een", "twee", "linkrood"]
    assert esc('<font color="red">&') == '&lt;font color="red"&gt;&amp;'


@pytest.mark.parametrize("kwaad", KWAAD)
def test_partnertekst_wordt_letterlijk_gedrukt_nooit_als_opmaak(kwaad):
    kop = f"<b>{esc(kwaad)}</b>"  # the 'kop' block as inhoud.py builds it
    verhaal = o.Verhaal(titel=kwaad, wie=kwaad, citaat=kwaad, intro=kwaad,
                        alineas=[kop, *alineas_uit_html(f"<p>{esc(kwaad)}</p>"), ("citaat", kwaad)],
                        hulp=[o.HulpKader(titel=kwaad, tekst=[esc(kwaad)], links=[(kwaad, None)])])
    kaart = o.Kaartje(titel=kwaad, soort=kwaad, organisatie=kwaad, tekst=kwaad, contact=[kwaad])
    agenda = o.Agenda(kop=kwaad, weken=[o.AgendaGroep(kwaad, [o.AgendaRij(kwaad, kwaad, kwaad)])])
    data, _r = _bouw([verhaal, kaart, o.Vacatures(kop=kwaad, kaartjes=[kaart]), agenda,
                      o.Tekst(kop=kwaad, alineas=[esc(kwaad)], auteur=kwaad)], thema=kwaad, partners=[(kwaad, kwaad)])
    tekst = re.sub(r"\s+", "", _tekst(data).replace("-\n", ""))
    assert tekst.count(re.sub(r"\s+", "", kwaad)) >= 8  # printed literally, everywhere
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for pagina in pdf.pages:
            assert "/Annots" not in pagina.obj  # no link was added
            for naam, xobj in (pagina.Resources.get("/XObject") or {}).items():
                assert xobj.Subtype == "/Form" and str(naam).startswith("/FormXob.qr_")  # no image embedded


def test_verhaal_zonder_portret_geeft_een_opgemaakt_verhaal():
    data, resultaat = _bouw([o.Verhaal(titel="Ans eet mee", wie="Ans (78)", citaat="Ik kom er graag.",
                                       intro="Een verhaal uit de buurt.", alineas=["Tekst van het verhaal. " * 30])])
    tekst = _tekst(data)
    assert "Ans eet mee" in tekst and "Ik kom er graag." in tekst and "Afbeelding ontbreekt" not in tekst
    assert resultaat.meldingen == []


def test_colofon_noemt_de_fotoverantwoording_alleen_als_die_is_ingevuld():
    verhaal = o.Verhaal(titel="Anouk eet mee", wie="Anouk (29)", citaat="Ik kom er graag.", alineas=["Tekst. " * 30])
    met, _r = _bouw([verhaal], colofon=o.Colofon(fotos="Omslag: Unsplash (CC0). Portretten: Jan de Vries"))
    zonder, _r = _bouw([verhaal])
    achterkant_met = PdfReader(io.BytesIO(met)).pages[-1].extract_text()
    achterkant_zonder = PdfReader(io.BytesIO(zonder)).pages[-1].extract_text()
    assert "Colofon" in achterkant_met and "Colofon" in achterkant_zonder
    assert "Foto's" in achterkant_met and "Portretten: Jan de Vries" in re.sub(r"\s+", " ", achterkant_met)
    assert "Foto's" not in achterkant_zonder  # no empty label when the editor left it blank


@pytest.fixture(scope="module")
def pdfx():
    beeld_sectie = o.Tekst(kop="Column", alineas=["Een tekst. " * 200])
    data, _r = _bouw([beeld_sectie])
    return data


def test_pdfx4_outputintent_met_fogra39_profiel(pdfx):
    from publicatie.pdf.cmyk import PROFIEL

    with pikepdf.open(io.BytesIO(pdfx)) as pdf:
        assert pdf.pdf_version >= "1.6"
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.S == "/GTS_PDFX" and str(intent.OutputConditionIdentifier) == "FOGRA39"
        profiel = intent.DestOutputProfile
        assert int(profiel.N) == 4 and profiel.read_bytes() == PROFIEL.read_bytes()
        assert profiel.read_bytes()[16:20] == b"CMYK"  # an output profile for CMYK printing


def test_pdfx4_info_xmp_trapped_en_boxen(pdfx):
    with pikepdf.open(io.BytesIO(pdfx)) as pdf:
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-4"
        assert pdf.docinfo["/Trapped"] == pikepdf.Name("/False")
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta["pdf:Trapped"] == "False"
        assert meta["dc:title"] == "LEEF zomer 2027"
        assert meta["xmpMM:DocumentID"].startswith("uuid:") and meta["xmp:CreateDate"]
        # what the document info says, the XMP says too
        assert str(pdf.docinfo["/Title"]) == meta["dc:title"] and str(pdf.docinfo["/Producer"]) == meta["pdf:Producer"]
        assert str(pdf.docinfo["/Creator"]) == meta["xmp:CreatorTool"]
        for pagina in pdf.pages:
            trim = [float(v) for v in pagina.TrimBox]
            bleed = [float(v) for v in pagina.BleedBox]
            media = [float(v) for v in pagina.MediaBox]
            assert media[0] <= bleed[0] < trim[0] and trim[2] < bleed[2] <= media[2]


def test_alle_tekst_minstens_9_pt_en_broodtekst_10_5(pdfx):
    """Font sizes read back from the content streams: nothing below 9 pt, body (serif) at 10.5 to 12."""
    groottes = {}
    with pikepdf.open(io.BytesIO(pdfx)) as pdf:
        for pagina in pdf.pages:
            fonts = {str(k): str(v.BaseFont) for k, v in (pagina.Resources.get("/Font") or {}).items()}
            for operanden, operator in pikepdf.parse_content_stream(pagina):
                if str(operator) == "Tf":
                    naam, grootte = str(operanden[0]), float(operanden[1])
                    groottes.setdefault(fonts.get(naam, naam), set()).add(grootte)
    assert groottes and min(min(v) for v in groottes.values()) >= 9
    serif = {g for naam, v in groottes.items() if "Serif" in naam and "Italic" not in naam for g in v}
    assert serif and all(10.5 <= g <= 13 for g in serif), serif


def test_ontwerppakket_teksten_fotos_en_manifest():
    import json
    import zipfile

    from PIL import Image

    from publicatie.ontwerppakket import maak_pakket

    buffer = io.BytesIO()
    Image.new("CMYK", (1200, 800), (10, 200, 30, 0)).save(buffer, "JPEG")
    portret = o.Beeld(buffer.getvalue(), 1200, 800, "Ans aan tafel", "ans.jpg")
    verhaal = o.Verhaal(titel="Ans <img src=x> eet mee", wie="Ans (78)", citaat="Ik kom graag.",
                        alineas=["Een <b>vette</b> zin &amp; meer.", ("citaat", "Fijn")], portret=portret,
                        onderschrift="Ans in De Schelp")
    pakket = zipfile.ZipFile(io.BytesIO(maak_pakket(o.Editie(titel="LEEF zomer 2027", secties=[
        verhaal, o.Tekst(kop="Column", alineas=["Tekst."], auteur="De redactie")]))))
    manifest = json.loads(pakket.read("manifest.json"))
    eerste, tweede = manifest["artikelen"]
    assert eerste["titel"] == "Ans <img src=x> eet mee" and tweede["soort"] == "tekst"
    foto = eerste["fotos"][0]
    assert foto["onderschrift"] == "Ans in De Schelp" and foto["alt"] == "Ans aan tafel"
    assert Image.open(io.BytesIO(pakket.read(foto["bestand"]))).mode == "CMYK"
    plat = pakket.read(f"{eerste['map']}/tekst.txt").decode()
    assert "Een vette zin & meer." in plat and "Ans <img src=x> eet mee" in plat
    opgemaakt = pakket.read(f"{eerste['map']}/tekst.html").decode()
    assert "<b>vette</b>" in opgemaakt and "&lt;img src=x&gt;" in opgemaakt and "<img" not in opgemaakt


def test_een_kaartje_langer_dan_een_pagina_stopt_de_export_niet():
    lang = "Een heel lange beschrijving van een partner. " * 150
    data, resultaat = _bouw([o.Kaartje(titel="Te lang", tekst=lang), o.Vacatures(kop="Vrijwilliger worden?", kaartjes=[
        o.Kaartje(titel="Ook te lang", tekst=lang), o.Kaartje(titel="Kort", tekst="Kort.")])])
    tekst = _tekst(data)
    assert resultaat.paginas % 4 == 0 and "Te lang" in tekst and "Ook te lang" in tekst and "Kort." in tekst
