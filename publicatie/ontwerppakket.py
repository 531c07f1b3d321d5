"""The edition as a package for a magazine designer who lays out LEEF elsewhere (InDesign, Affinity):
per article its text (plain and styled), its photos at print size in CMYK with caption and alt text,
and a manifest. The same content as our own print file (inhoud.pdf_editie), so a municipality can
choose our layout or theirs.
"""

import html
import io
import json
import re
import zipfile

from django.utils.text import slugify

from .pdf import onderdelen as o


def _plat(markup):
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _alineas(sectie):
    teksten = []
    for deel in getattr(sectie, "alineas", []) or []:
        teksten.append(("citaat", deel[1]) if isinstance(deel, tuple) else ("alinea", deel))
    return teksten


def _artikel(nummer, sectie):
    """(name, title, kind, [(kind, markup)], [(role, Beeld, caption)]) of one section, or None."""
    soort = type(sectie).__name__.lower()
    titel = getattr(sectie, "titel", "") or getattr(sectie, "kop", "") or ""
    delen, beelden = [], []
    if isinstance(sectie, o.Verhaal):
        delen += [("wie", html.escape(sectie.wie)), ("citaat", html.escape(sectie.citaat)),
                  ("intro", html.escape(sectie.intro)), *_alineas(sectie)]
        for kader in sectie.hulp:
            delen += [("kader", html.escape(kader.titel)), *[("alinea", t) for t in kader.tekst]]
            delen += [("link", html.escape(f"{t} {link.tekst if link else ''}".strip())) for t, link in kader.links]
        if sectie.portret is not None:
            beelden.append(("portret", sectie.portret, sectie.onderschrift))
    elif isinstance(sectie, o.Kaartje):
        delen += [("soort", html.escape(sectie.soort)), ("organisatie", html.escape(sectie.organisatie)),
                  ("alinea", html.escape(sectie.tekst)), *[("contact", html.escape(c)) for c in sectie.contact]]
    elif isinstance(sectie, o.Vacatures):
        for k in sectie.kaartjes:
            delen += [("kop", html.escape(k.titel)), ("organisatie", html.escape(k.organisatie)),
                      ("alinea", html.escape(k.tekst)), *[("contact", html.escape(c)) for c in k.contact]]
    elif isinstance(sectie, o.Agenda):
        for groep in [*sectie.vast, *sectie.weken]:
            delen.append(("kop", html.escape(groep.kop)))
            delen += [("agenda", html.escape(" · ".join(x for x in (r.wanneer, r.titel, r.plek,
                                                                        r.link.tekst if r.link else "") if x)))
                      for r in groep.rijen]
    elif isinstance(sectie, o.Dimensie):
        delen += [("intro", html.escape(sectie.uitleg)), *_alineas(sectie)]
    elif isinstance(sectie, o.Tekst):
        delen += [*_alineas(sectie), ("wie", html.escape(sectie.auteur))]
    elif isinstance(sectie, o.BeeldSectie):
        beelden.append(("beeld", sectie.beeld, sectie.onderschrift))
        titel = titel or sectie.onderschrift or "Beeld"
    else:
        return None
    naam = f"{nummer:02d}-{slugify(titel)[:40] or soort}"
    return naam, titel, soort, [(k, t) for k, t in delen if t], beelden


def maak_pakket(editie_data: o.Editie) -> bytes:
    """A zip: manifest.json, per article NN-name/tekst.txt, tekst.html and its photos (CMYK JPEG)."""
    manifest = {"titel": editie_data.titel, "magazine": editie_data.magazine, "thema": editie_data.thema,
                "kleur": editie_data.kleur, "artikelen": [],
                "kleurprofiel": "FOGRA39 (publicatie/icc/LEEF-FOGRA39L-300.icc); foto's zijn CMYK op drukmaat"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for nummer, sectie in enumerate(editie_data.secties, start=1):
            artikel = _artikel(nummer, sectie)
            if artikel is None:
                continue
            naam, titel, soort, delen, beelden = artikel
            z.writestr(f"{naam}/tekst.txt", "\n\n".join([titel, *(_plat(t) for _k, t in delen)]) + "\n")
            styled = "".join(f'<p class="{k}">{t}</p>\n' for k, t in delen)
            z.writestr(f"{naam}/tekst.html", f"<!doctype html>\n<meta charset=\"utf-8\">\n<title>{html.escape(titel)}"
                                             f"</title>\n<h1>{html.escape(titel)}</h1>\n{styled}")
            foto_s = []
            for i, (rol, beeld, onderschrift) in enumerate(beelden, start=1):
                if beeld is None or not isinstance(beeld.bron, (bytes, bytearray)):
                    continue
                bestand = f"{naam}/{rol}-{i}.jpg"
                z.writestr(bestand, bytes(beeld.bron))
                foto_s.append({"bestand": bestand, "rol": rol, "onderschrift": onderschrift, "alt": beeld.alt,
                               "bron": beeld.naam, "pixels": [beeld.px_breed, beeld.px_hoog]})
            manifest["artikelen"].append({"map": naam, "titel": titel, "soort": soort, "fotos": foto_s})
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def ontwerppakket(pagina):
    """The package of an EditiePage (Django adapter), in the edition's language."""
    from django.utils import translation

    from .inhoud import pdf_editie

    with translation.override(pagina.locale.language_code):
        editie_data, _g, meldingen = pdf_editie(pagina)
    return maak_pakket(editie_data), meldingen
