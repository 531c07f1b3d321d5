"""Uploads are judged by their content, not by their name.

Images: opened with Pillow; only JPEG, PNG, GIF and WebP; the declared size is checked before
decoding (decompression bombs); the file must end where the image ends (no ZIP/HTML/PHP appended:
polyglots) and may not contain markup that a browser could run. SVG is refused.
Documents: the content must match the extension (PDF header, Office/OpenDocument ZIP structure,
RTF header, plain text without NUL bytes); executables and macros are refused.

The checks run in the admin's image and document forms (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE), which Wagtail also uses for multiple uploads and choosers.
"""

import io
import os
import re
import struct
import warnings
import zipfile
import zlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

TOEGESTANE_FORMATEN = {"JPEG": {"jpg", "jpeg"}, "PNG": {"png"}, "GIF": {"gif"}, "WEBP": {"webp"}}
# Bytes a browser or a server could run when a file is served or sniffed as something else.
GEVAARLIJKE_INHOUD = re.compile(rb"<\?php|<script|<html|<!doctype|<svg|<iframe|<object|<embed|javascript:", re.I)
# Some cameras and editors pad the file after the image with zero or 0xFF bytes; anything else
# after the end of the image is a second file glued on (a "polyglot"), however small.
OPVULLING = re.compile(rb"[\x00\xff\r\n]*\Z")
MAX_UITGEPAKT = 200 * 1024 * 1024  # Office/ODF documents: total uncompressed size (zip bombs)
MAX_ZIP_ITEMS = 5_000


def max_pixels():
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)


def _lees(bestand):
    bestand.seek(0)
    data = bestand.read()
    bestand.seek(0)
    return data


def _extensie(naam):
    return os.path.splitext(naam or "")[1].lower().lstrip(".")


def _te_groot(bestand, maximum):
    if maximum and bestand.size and bestand.size > maximum:
        raise ValidationError(
            _("Dit bestand is te groot (%(grootte)s). Het mag hoogstens %(maximum)s zijn."),
            code="te_groot",
            params={"grootte": filesizeformat(bestand.size), "maximum": filesizeformat(maximum)},
        )


# --- Images ---------------------------------------------------------------------------------


def _einde_jpeg(data):
    """Offset just after the EOI marker of the (first) JPEG image, by walking its segments."""
    i = 2
    n = len(data)
    while i < n:
        if data[i] != 0xFF:
            return None
        while i < n and data[i] == 0xFF:
            i += 1
        if i >= n:
            return None
        marker = data[i]
        i += 1
        if marker == 0xD9:  # EOI
            return i
        if marker in (0x01, *range(0xD0, 0xD8)):  # TEM, RSTn: no length
            continue
        if i + 2 > n:
            return None
        lengte = struct.unpack(">H", data[i : i + 2])[0]
        i += lengte
        if marker == 0xDA:  # SOS: entropy-coded data up to the next real marker
            while i + 1 < n:
                if data[i] == 0xFF and data[i + 1] != 0x00 and not 0xD0 <= data[i + 1] <= 0xD7:
                    break
                i += 1
            else:
                return None
    return None


def _einde_png(data):
    i = 8
    while i + 12 <= len(data):
        lengte, soort = struct.unpack(">I4s", data[i : i + 8])
        i += 12 + lengte
        if soort == b"IEND":
            return i
    return None


def _einde_gif(data):
    n = len(data)
    if n < 13:
        return None
    vlag = data[10]
    i = 13 + (3 * 2 ** ((vlag & 7) + 1) if vlag & 0x80 else 0)

    def sla_subblokken_over(j):
        while j < n:
            grootte = data[j]
            j += 1 + grootte
            if grootte == 0:
                return j
        return None

    while i is not None and i < n:
        blok = data[i]
        if blok == 0x3B:  # trailer
            return i + 1
        if blok == 0x21:  # extension: label + sub-blocks
            i = sla_subblokken_over(i + 2)
        elif blok == 0x2C:  # image descriptor (+ local colour table) + LZW code size + sub-blocks
            if i + 10 > n:
                return None
            vlag = data[i + 9]
            i += 10 + (3 * 2 ** ((vlag & 7) + 1) if vlag & 0x80 else 0)
            i = sla_subblokken_over(i + 1)
        else:
            return None
    return None


def _einde_webp(data):
    if len(data) < 12:
        return None
    grootte = struct.unpack("<I", data[4:8])[0]
    return 8 + grootte + (grootte & 1)


EINDE = {"JPEG": _einde_jpeg, "PNG": _einde_png, "GIF": _einde_gif, "WEBP": _einde_webp}


def lijkt_op_svg_of_html(data):
    begin = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return begin.startswith((b"<?xml", b"<svg", b"<!doctype", b"<html")) or b"<svg" in begin


def controleer_afbeelding(bestand):
    """Raise ValidationError (Dutch message) unless `bestand` is a safe JPEG/PNG/GIF/WebP image."""
    _te_groot(bestand, getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024))
    data = _lees(bestand)
    if lijkt_op_svg_of_html(data):
        raise ValidationError(
            _(
                "SVG-bestanden en andere tekenbestanden met code kunnen niet. "
                "Sla de afbeelding op als JPG of PNG."
            ),
            code="svg",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                formaat = img.format
                breedte, hoogte = img.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        formaat, breedte, hoogte = "BOM", 0, 0
    except Exception as exc:  # Pillow raises many kinds of errors on files it cannot identify
        raise ValidationError(
            _("Dit bestand is geen afbeelding die we kunnen lezen. Gebruik een JPG-, PNG-, GIF- of WebP-bestand."),
            code="geen_afbeelding",
        ) from exc
    if formaat == "BOM" or breedte * hoogte > max_pixels():
        raise ValidationError(
            _(
                "Deze afbeelding heeft te veel pixels. Maak hem kleiner (hoogstens %(mp)s megapixel) "
                "en probeer het opnieuw."
            ),
            code="te_veel_pixels",
            params={"mp": max_pixels() // 1_000_000},
        )
    if formaat not in TOEGESTANE_FORMATEN:
        raise ValidationError(
            _("Dit soort afbeelding (%(formaat)s) kan niet. Gebruik een JPG-, PNG-, GIF- of WebP-bestand."),
            code="formaat",
            params={"formaat": formaat},
        )
    extensie = _extensie(bestand.name)
    if extensie not in TOEGESTANE_FORMATEN[formaat]:
        raise ValidationError(
            _(
                "De naam van het bestand (.%(extensie)s) past niet bij de inhoud (%(formaat)s). "
                "Geef het bestand de goede extensie."
            ),
            code="extensie",
            params={"extensie": extensie, "formaat": formaat},
        )
    # verify() checks the structure (checksums); load() decodes the pixels: truncated or corrupt
    # files fail here. The size is known to be within the limit, so decoding is bounded.
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
        with Image.open(io.BytesIO(data)) as img:
            img.load()
    except Exception as exc:
        raise ValidationError(
            _("Deze afbeelding is beschadigd of niet compleet. Sla hem opnieuw op en probeer het nog eens."),
            code="beschadigd",
        ) from exc
    einde = EINDE[formaat](data)
    if einde is None or not OPVULLING.match(data, einde) or GEVAARLIJKE_INHOUD.search(data):
        raise ValidationError(
            _(
                "In deze afbeelding zit ook iets anders dan een afbeelding. Open hem in een fotoprogramma, "
                "sla hem opnieuw op als JPG of PNG en probeer het nog eens."
            ),
            code="polyglot",
        )


# --- Documents ------------------------------------------------------------------------------

OFFICE_KERN = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
ODF_MIMETYPE = {"odt": b"application/vnd.oasis.opendocument.text"}
UITVOERBAAR = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")


def _fout_inhoud(extensie):
    return ValidationError(
        _(
            "De inhoud van dit bestand past niet bij de naam (.%(extensie)s). "
            "Sla het opnieuw op in het goede formaat."
        ),
        code="inhoud",
        params={"extensie": extensie},
    )


def _controleer_zip(data, extensie):
    try:
        archief = zipfile.ZipFile(io.BytesIO(data))
        items = archief.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _fout_inhoud(extensie) from exc
    if len(items) > MAX_ZIP_ITEMS or sum(item.file_size for item in items) > MAX_UITGEPAKT:
        raise ValidationError(
            _("Dit bestand wordt uitgepakt veel te groot. Sla het opnieuw op of maak het kleiner."), code="zipbom"
        )
    namen = {item.filename for item in items}
    if any(naam.lower().endswith(("vbaproject.bin", ".exe", ".dll", ".js")) for naam in namen):
        raise ValidationError(
            _("Dit bestand bevat macro's of programma's. Sla het op zonder macro's en probeer het opnieuw."),
            code="macro",
        )
    if extensie in OFFICE_KERN:
        if "[Content_Types].xml" not in namen or OFFICE_KERN[extensie] not in namen:
            raise _fout_inhoud(extensie)
    else:
        if not items or items[0].filename != "mimetype" or archief.read("mimetype").strip() != ODF_MIMETYPE[extensie]:
            raise _fout_inhoud(extensie)


def _controleer_tekst(data, extensie):
    if b"\x00" in data:
        raise _fout_inhoud(extensie)
    for codering in ("utf-8-sig", "cp1252"):
        try:
            tekst = data.decode(codering)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _fout_inhoud(extensie)
    stuurtekens = sum(1 for teken in tekst if ord(teken) < 32 and teken not in "\t\r\n\f")
    if stuurtekens > max(5, len(tekst) // 100):
        raise _fout_inhoud(extensie)


def controleer_document(bestand):
    """Raise ValidationError (Dutch message) unless the content matches one of the allowed types."""
    _te_groot(bestand, getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None))
    data = _lees(bestand)
    extensie = _extensie(bestand.name)
    toegestaan = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []
    if extensie not in toegestaan:
        raise ValidationError(
            _("Dit soort bestand (.%(extensie)s) kan niet. Toegestaan zijn: %(lijst)s."),
            code="extensie",
            params={"extensie": extensie or "?", "lijst": ", ".join(toegestaan)},
        )
    if data.startswith(UITVOERBAAR):
        raise ValidationError(
            _("Dit is een programma, geen document. Programma's kunnen niet worden geüpload."), code="programma"
        )
    if not data:
        raise ValidationError(_("Dit bestand is leeg."), code="leeg")
    if extensie == "pdf":
        if b"%PDF-" not in data[:1024]:
            raise _fout_inhoud(extensie)
        if pdf_heeft_code(data):
            raise ValidationError(
                _(
                    "Deze PDF bevat code die kan worden uitgevoerd. Sla hem opnieuw op als gewone PDF "
                    "(bijvoorbeeld via Afdrukken naar PDF)."
                ),
                code="pdf_code",
            )
    elif extensie in OFFICE_KERN or extensie in ODF_MIMETYPE:
        _controleer_zip(data, extensie)
    elif extensie == "rtf":
        if not data.lstrip().startswith(b"{\\rtf"):
            raise _fout_inhoud(extensie)
    elif extensie in ("txt", "csv"):
        _controleer_tekst(data, extensie)
    else:  # an extension in the settings that we do not know how to check: refuse rather than trust
        raise _fout_inhoud(extensie)


# Names in a PDF may hide behind #xx escapes (/J#61vaScript is /JavaScript), and objects may sit in
# compressed streams (object streams): both are undone before looking for code.
PDF_CODE = re.compile(rb"/(JavaScript|JS|Launch)\b")
PDF_NAAM_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
PDF_MAX_UITGEPAKT = 64 * 1024 * 1024  # more than this when inflated: a compression bomb, refused


def _pdf_namen(data):
    return PDF_NAAM_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)


def pdf_heeft_code(data):
    """Whether the PDF names JavaScript or a launch action, also when escaped or compressed."""
    if PDF_CODE.search(_pdf_namen(data)):
        return True
    totaal = 0
    for stream in PDF_STREAM.finditer(data):
        uitpakker = zlib.decompressobj()
        try:
            inhoud = uitpakker.decompress(stream.group(1), PDF_MAX_UITGEPAKT - totaal + 1)
        except zlib.error:
            continue  # not Flate-compressed (an image, say): nothing to look into
        totaal += len(inhoud)
        if totaal > PDF_MAX_UITGEPAKT or uitpakker.unconsumed_tail:
            return True
        if PDF_CODE.search(_pdf_namen(inhoud)):
            return True
    return False


# --- Admin forms ----------------------------------------------------------------------------


class _InhoudsControle:
    controle = None

    def _clean_fields(self):
        super()._clean_fields()
        if "file" not in self.fields:
            return
        upload = self.files.get(self.add_prefix("file"))
        if upload is None:
            return
        try:
            type(self).controle(upload)
        except ValidationError as fout:
            # Our message says more than Django's generic "not a valid image": it replaces it.
            self._errors.pop("file", None)
            self.cleaned_data.pop("file", None)
            self.add_error("file", fout)


class VeiligeAfbeeldingForm(_InhoudsControle, BaseImageForm):
    controle = staticmethod(controleer_afbeelding)


class VeiligDocumentForm(_InhoudsControle, BaseDocumentForm):
    controle = staticmethod(controleer_document)
