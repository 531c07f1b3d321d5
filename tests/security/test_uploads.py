"""Uploads are judged by content: each bad file gets a clear Dutch message and nothing is stored."""

import io
import os
import struct
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from leefmee import uploads
from leefmee.uploads import controleer_afbeelding, controleer_document

# --- Files, generated here ----------------------------------------------------------------------


def afbeelding(formaat="JPEG", grootte=(40, 30), ruis=False, **opties):
    buffer = io.BytesIO()
    if ruis:  # random pixels do not compress: a realistic file size
        beeld = PILImage.frombytes("RGB", grootte, os.urandom(grootte[0] * grootte[1] * 3))
    else:
        beeld = PILImage.new("RGB", grootte, (29, 95, 138))
    beeld.save(buffer, formaat, **opties)
    return buffer.getvalue()


def afgebroken(data, deel=0.7):
    return data[: int(len(data) * deel)]


def png_chunk(soort, data):
    return struct.pack(">I", len(data)) + soort + data + struct.pack(">I", zlib.crc32(soort + data))


def png_bom(breedte=100_000, hoogte=100_000):
    """A tiny PNG that declares a gigantic size: decoding it would need tens of gigabytes."""
    ihdr = struct.pack(">IIBBBBB", breedte, hoogte, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + png_chunk(b"IEND", b"")
    )


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def zip_bestand(bestanden):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archief:
        for naam, inhoud in bestanden:
            archief.writestr(naam, inhoud)
    return buffer.getvalue()


DOCX = zip_bestand([("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")])
ODT = zip_bestand([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>")])


def upload(naam, inhoud):
    return SimpleUploadedFile(naam, inhoud)


def fout(controle, naam, inhoud):
    with pytest.raises(ValidationError) as info:
        controle(upload(naam, inhoud))
    return " ".join(info.value.messages)


# --- Images -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "naam, formaat",
    [("foto.jpg", "JPEG"), ("foto.jpeg", "JPEG"), ("plaatje.png", "PNG"), ("anim.gif", "GIF"), ("foto.webp", "WEBP")],
)
def test_ordinary_images_pass(naam, formaat):
    controleer_afbeelding(upload(naam, afbeelding(formaat)))


@pytest.mark.parametrize(
    "naam, inhoud, melding",
    [
        ("bom.png", png_bom(), "te veel pixels"),
        ("bom.png", png_bom(7_000, 7_000), "te veel pixels"),  # over the limit, under Pillow's hard error
        ("logo.svg", SVG, "SVG-bestanden"),
        ("logo.png", SVG, "SVG-bestanden"),
        ("foto.jpg", afbeelding() + b"<html><script>alert(1)</script></html>", "ook iets anders"),
        ("foto.jpg", afbeelding() + zip_bestand([("s.php", "<?php system($_GET['c']); ?>" * 200)]), "ook iets anders"),
        ("foto.jpg", afbeelding(comment=b"<?php system($_GET['c']); ?>"), "ook iets anders"),
        ("plaatje.png", afbeelding("PNG") + b"A" * 5000, "ook iets anders"),
        ("anim.gif", afbeelding("GIF") + b"PK\x03\x04" + b"A" * 5000, "ook iets anders"),
        ("foto.webp", afbeelding("WEBP") + b"<script>x</script>", "ook iets anders"),
        ("foto.png", afbeelding("GIF"), "past niet bij de inhoud"),
        ("scan.bmp", afbeelding("BMP"), "kan niet"),
        ("scan.tif", afbeelding("TIFF"), "kan niet"),
        ("foto.jpg", b"dit is gewoon tekst", "geen afbeelding"),
        ("foto.jpg", afgebroken(afbeelding(grootte=(400, 300), ruis=True)), "beschadigd"),
        ("plaatje.png", afgebroken(afbeelding("PNG", grootte=(400, 300), ruis=True)), "beschadigd"),
        ("foto.jpg", afbeelding() + b"\x00" * 64, None),  # padding after the image is fine
        ("foto.jpg", EXE, "geen afbeelding"),
    ],
)
def test_bad_images_are_refused_with_a_clear_message(naam, inhoud, melding):
    if melding is None:
        controleer_afbeelding(upload(naam, inhoud))
    else:
        assert melding in fout(controleer_afbeelding, naam, inhoud)


def test_a_too_large_image_file_is_refused(settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    assert "te groot" in fout(controleer_afbeelding, "foto.png", afbeelding("PNG", (300, 300), ruis=True))


def test_the_jpeg_walker_finds_the_real_end_of_progressive_and_exif_images():
    progressief = afbeelding(grootte=(120, 90), progressive=True, quality=80)
    assert uploads._einde_jpeg(progressief) == len(progressief)
    exif = PILImage.Exif()
    exif[0x010E] = "Duinwijk"
    met_exif = afbeelding(exif=exif.tobytes())
    assert uploads._einde_jpeg(met_exif) == len(met_exif)


# --- Documents ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "naam, inhoud",
    [
        ("verslag.pdf", PDF),
        ("brief.docx", DOCX),
        ("tabel.xlsx", zip_bestand([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")])),
        ("dia.pptx", zip_bestand([("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p/>")])),
        ("brief.odt", ODT),
        ("brief.rtf", b"{\\rtf1\\ansi Hallo}"),
        ("lijst.csv", "naam;plaats\nBuurthuis;Zeedorp\nCafé;Polderveen\n".encode()),
        ("lees.txt", "Welkom in Duinwijk.\r\n".encode("cp1252")),
    ],
)
def test_ordinary_documents_pass(naam, inhoud):
    controleer_document(upload(naam, inhoud))


@pytest.mark.parametrize(
    "naam, inhoud, melding",
    [
        ("factuur.pdf", EXE, "programma"),
        ("factuur.pdf", b"<html><body>Nep</body></html>", "past niet bij de naam"),
        ("factuur.pdf", PDF.replace(b"/Type /Catalog", b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "code"),
        ("brief.docx", zip_bestand([("iets.txt", "geen Word")]), "past niet bij de naam"),
        ("brief.docx", b"gewone tekst", "past niet bij de naam"),
        ("brief.docx", zip_bestand([("[Content_Types].xml", "<T/>"), ("word/document.xml", "<d/>"),
                                    ("word/vbaProject.bin", "macro")]), "macro"),
        ("brief.odt", DOCX, "past niet bij de naam"),
        ("brief.rtf", PDF, "past niet bij de naam"),
        ("lijst.csv", b"naam\x00\x00\x00", "past niet bij de naam"),
        ("lees.txt", bytes(range(1, 32)) * 20, "past niet bij de naam"),
        ("script.sh", b"#!/bin/sh\nrm -rf /\n", "kan niet"),
        ("leeg.txt", b"", "leeg"),
        ("pagina.html", b"<html></html>", "kan niet"),
    ],
)
def test_bad_documents_are_refused_with_a_clear_message(naam, inhoud, melding):
    assert melding in fout(controleer_document, naam, inhoud)


def test_zip_bombs_are_refused(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_UITGEPAKT", 1024 * 1024)
    bom = zip_bestand([("[Content_Types].xml", "<T/>"), ("word/document.xml", "0" * 2 * 1024 * 1024)])
    assert len(bom) < 20_000
    assert "te groot" in fout(controleer_document, "brief.docx", bom)


def test_a_too_large_document_is_refused(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    assert "te groot" in fout(controleer_document, "verslag.pdf", PDF + b"%" * 200)


# --- Through the admin: message on the page, nothing stored ------------------------------------


@pytest.mark.parametrize(
    "naam, inhoud, melding",
    [
        ("logo.svg", SVG, "SVG-bestanden"),
        ("bom.png", png_bom(), "te veel pixels"),
        ("foto.jpg", afbeelding() + b"<?php echo 1; ?>", "ook iets anders"),
    ],
)
def test_admin_image_upload_refuses_bad_files(admin_client, home_page, naam, inhoud, melding):
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Test", "file": upload(naam, inhoud)})
    assert response.status_code == 200
    assert melding in response.content.decode()
    assert get_image_model().objects.count() == 0


def test_admin_image_upload_accepts_a_good_photo(admin_client, home_page):
    bestand = upload("foto.jpg", afbeelding())
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Test", "file": bestand})
    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


def test_admin_multiple_image_upload_refuses_bad_files(admin_client, home_page):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"title": "Test", "files[]": upload("logo.svg", SVG)}
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "SVG-bestanden" in response.json()["error_message"]
    assert get_image_model().objects.count() == 0


def test_admin_document_upload_refuses_an_exe_renamed_to_pdf(admin_client, home_page):
    response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Factuur", "file": upload("factuur.pdf", EXE)})
    assert response.status_code == 200
    assert "programma" in response.content.decode()
    assert get_document_model().objects.count() == 0


def test_admin_document_upload_accepts_a_real_pdf(admin_client, home_page):
    response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Verslag", "file": upload("verslag.pdf", PDF)})
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


def _objectstream(inhoud):
    import zlib

    gecomprimeerd = zlib.compress(inhoud)
    return (b"%PDF-1.5\n1 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
            + str(len(gecomprimeerd)).encode() + b" >>\nstream\n" + gecomprimeerd + b"\nendstream\nendobj\n"
            + b"trailer << /Root 2 0 R >>\n%%EOF\n")


@pytest.mark.parametrize("inhoud", [
    # Issue 20, finding 8: a name written with #xx escapes, and an action inside a compressed object stream.
    PDF.replace(b"/Type /Catalog", b"/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>"),
    PDF.replace(b"/Type /Catalog", b"/OpenAction << /S /#4caunch /F (calc.exe) >>"),
    _objectstream(b"2 0 << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"),
])
def test_pdf_code_hidden_by_escapes_or_compression_is_refused(inhoud):
    assert "code" in fout(controleer_document, "factuur.pdf", inhoud)


def test_a_compressed_pdf_without_code_passes():
    controleer_document(upload("brief.pdf", _objectstream(b"2 0 << /Type /Catalog /Pages 3 0 R >>")))
