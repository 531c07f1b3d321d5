"""Make reportlab's PDF a PDF/X-4 print file with pikepdf: what reportlab cannot write itself.

- the OutputIntent: the FOGRA39 print profile the photos and drawn colours were converted with
  (publicatie/icc, the same file as cmyk.py), as /DestOutputProfile, condition "FOGRA39";
- /GTS_PDFXVersion and /Trapped in the document info, and XMP metadata with the same facts
  (pdfxid:GTS_PDFXVersion, pdf:Trapped, title, dates, document ids), as PDF/X-4 requires;
- PDF version 1.6; TrimBox and BleedBox are already on every page (pagina.py) and are checked here.
"""

import datetime as dt
import hashlib
import io
import uuid

import pikepdf

from .cmyk import PROFIEL

PDFX_VERSIE = "PDF/X-4"
MAKER = "LEEF MEE (reportlab, pikepdf)"
CONDITIE = "FOGRA39"
CONDITIE_INFO = "Coated FOGRA39 (ISO 12647-2:2004), LEEF MEE profile, total ink 300 %"
# A fixed moment for `invariant` builds (tests compare bytes), like reportlab's own invariant mode.
VAST_MOMENT = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _pdf_datum(moment):
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def maak_pdfx(data: bytes, editie, invariant=False) -> bytes:
    moment = VAST_MOMENT if invariant else dt.datetime.now(dt.UTC).replace(microsecond=0)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for nummer, pagina in enumerate(pdf.pages, start=1):
            if "/TrimBox" not in pagina.obj or "/BleedBox" not in pagina.obj:
                raise ValueError(f"pagina {nummer} heeft geen TrimBox of BleedBox")
        profiel = pikepdf.Stream(pdf, PROFIEL.read_bytes())
        profiel["/N"] = 4
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFX,
            OutputConditionIdentifier=pikepdf.String(CONDITIE), OutputCondition=pikepdf.String(CONDITIE_INFO),
            RegistryName=pikepdf.String("http://www.color.org"), Info=pikepdf.String(CONDITIE_INFO),
            DestOutputProfile=profiel,
        )])
        titel = editie.titel
        pdf.docinfo["/Title"] = pikepdf.String(titel)
        pdf.docinfo["/GTS_PDFXVersion"] = pikepdf.String(PDFX_VERSIE)
        pdf.docinfo["/Trapped"] = pikepdf.Name("/False")
        pdf.docinfo["/CreationDate"] = pikepdf.String(_pdf_datum(moment))
        pdf.docinfo["/ModDate"] = pikepdf.String(_pdf_datum(moment))
        # the document info and the XMP must say the same (a preflight compares them)
        pdf.docinfo["/Producer"] = pikepdf.String(MAKER)
        pdf.docinfo["/Creator"] = pikepdf.String(MAKER)
        pdf.docinfo["/Author"] = pikepdf.String(editie.site_naam)
        pdf.docinfo["/Subject"] = pikepdf.String(editie.magazine)
        sleutel = hashlib.sha1(f"{titel}|{moment.isoformat()}".encode()).hexdigest()
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:title"] = titel
            meta["dc:creator"] = [editie.site_naam]
            meta["dc:format"] = "application/pdf"
            meta["xmp:CreateDate"] = moment.isoformat()
            meta["xmp:ModifyDate"] = moment.isoformat()
            meta["xmp:MetadataDate"] = moment.isoformat()
            meta["dc:description"] = editie.magazine
            meta["xmp:CreatorTool"] = MAKER
            meta["pdf:Producer"] = MAKER
            meta["pdf:Trapped"] = "False"
            meta["pdfxid:GTS_PDFXVersion"] = PDFX_VERSIE
            meta["xmpMM:DocumentID"] = f"uuid:{uuid.UUID(sleutel[:32])}"
            meta["xmpMM:InstanceID"] = meta["xmpMM:DocumentID"]
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
        uit = io.BytesIO()
        pdf.save(uit, min_version="1.6", deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return uit.getvalue()
