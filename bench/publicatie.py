"""Benchmark: a 32-page LEEF edition with 24 print-resolution JPEGs, reportlab vs WeasyPrint.

    .venv/bin/python bench/publicatie.py                # every renderer once, each in its own process
    .venv/bin/python bench/publicatie.py -n 5           # five rounds, medians and the ratio
    .venv/bin/python bench/publicatie.py reportlab      # one renderer, in this process

"reportlab" decodes, downsamples and converts to CMYK all 24 RGB originals inside the build (cold);
"reportlab-renditions" gets CMYK JPEGs already at print size, as the app does with Wagtail's cached
`cmyk` renditions (the conversion happens before the clock starts, as it does when the rendition is made).
"weasyprint" renders the same content from the originals, "weasyprint-renditions" from the same
print-size JPEGs as reportlab-renditions (the like-for-like reference).

Prints the time of the first build in a fresh process (imports, font loading and QR encoding
included), its peak memory (VmHWM), and the time of a second build in the same process. Not a test.
WeasyPrint is only a reference: install it with `pip install -e .[bench]`.
"""

import html
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The builder's printed labels go through Django's translation functions.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefmee.settings.test")
import django  # noqa: E402

django.setup()

from PIL import Image, ImageDraw  # noqa: E402

from publicatie.pdf import onderdelen as o  # noqa: E402

MAP = Path(tempfile.gettempdir()) / "leefmee-bench-jpegs"
ZIN = "Ans woont al veertig jaar in Zeedorp. Sinds haar man overleed, eet ze vaak alleen. Dat vond ze niet fijn. "


def jpegs(aantal=24):
    MAP.mkdir(exist_ok=True)
    paden = []
    for i in range(aantal):
        pad = MAP / f"foto{i:02d}.jpg"
        if not pad.exists():
            # Gradient, shapes and mild grain: about 1 MB, like a 4 megapixel photo at quality 88.
            verloop = Image.merge("RGB", [Image.linear_gradient("L").rotate(r).resize((2480, 1748))
                                          for r in (0, 90 + i, 180 - i)])
            ruis = Image.effect_noise((2480, 1748), 18).convert("RGB")
            foto = Image.blend(verloop, ruis, 0.25)
            teken = ImageDraw.Draw(foto)
            for k in range(12):
                teken.ellipse((k * 190, 200 + (k * 97 + i * 31) % 1200, k * 190 + 420, 620 + (k * 97 + i * 31) % 1200),
                              fill=((k * 40 + i * 9) % 255, (k * 70) % 255, (i * 25) % 255))
            foto.save(pad, "JPEG", quality=88)
        paden.append(pad)
    return paden


def inhoud():
    paden = jpegs()
    beeld = lambda i: o.Beeld(str(paden[i]), 2480, 1748, f"Foto {i}", paden[i].name)  # noqa: E731
    link = lambda i: o.Link(f"https://leefmee.nl/l/c{i:04d}/", f"leefmee.nl/l/c{i:04d}", f"c{i:04d}")  # noqa: E731
    secties = [o.Dimensie(kop="Meedoen", naam="Meedoen", uitleg="Hoort je erbij?", alineas=[ZIN * 3],
                          kleur="#a34d00")]
    for i in range(8):
        secties.append(o.Verhaal(titel=f"Verhaal {i + 1}: samen eten", wie="Ans (78)", citaat="Ik kom er graag.",
                                 intro=ZIN, alineas=[ZIN * 6] * 6, portret=beeld(i), link=link(i)))
        secties.append(o.BeeldSectie(beeld(8 + i), "Het strand van Zeedorp", paginabreed=i % 2 == 0))
        secties += [o.Kaartje(titel=f"Aanbod {i}-{k}", soort="Aanbod", organisatie="Buurthuis De Schelp",
                              tekst=ZIN, contact=["Bel 0252 123 456", "Duinstraat 1, Zeedorp"],
                              link=link(100 + i * 10 + k)) for k in range(2)]
    for i in range(16, 24):
        secties.append(o.BeeldSectie(beeld(i), "Buurtfeest", paginabreed=False))
    weken = [o.AgendaGroep(f"Week {14 + w}", [o.AgendaRij("di 6 apr 10.00", f"Koffieochtend {w * 10 + i}",
                                                          "De Schelp, Zeedorp", link(500 + w * 10 + i))
                                              for i in range(10)]) for w in range(6)]
    secties.append(o.Agenda(kop="Agenda", weken=weken))
    return o.Editie(titel="LEEF voorjaar 2027", thema="Meedoen", kleur="#a34d00", inleiding=[ZIN * 2],
                    secties=secties, partners=[("Buurthuis De Schelp", "0252 123 456"), ("Welzijn Duinwijk", "")])


def als_html(e):
    t = html.escape
    delen = [f"<section class='opening'><h1>{t(e.magazine)}</h1><h2>{t(e.titel)}</h2>"
             + "".join(f"<p>{t(a)}</p>" for a in e.inleiding) + "</section>"]
    for s in e.secties:
        if isinstance(s, o.Verhaal):
            delen.append(f"<article class='verhaal'><h2>{t(s.titel)}</h2><p class='wie'>{t(s.wie)}</p>"
                         f"<img src='file://{s.portret.bron}' class='portret'><blockquote>{t(s.citaat)}</blockquote>"
                         f"<div class='kolommen'>{''.join(f'<p>{t(a)}</p>' for a in s.alineas)}</div>"
                         f"<p class='link'>{t(s.link.tekst)}</p></article>")
        elif isinstance(s, o.BeeldSectie):
            cls = "vol" if s.paginabreed else "inline"
            delen.append(f"<figure class='{cls}'><img src='file://{s.beeld.bron}'>"
                         f"<figcaption>{t(s.onderschrift)}</figcaption></figure>")
        elif isinstance(s, o.Kaartje):
            delen.append(f"<div class='kaartje'><h3>{t(s.titel)}</h3><p>{t(s.tekst)}</p>"
                         f"<p>{'<br>'.join(map(t, s.contact))}</p><p class='link'>{t(s.link.tekst)}</p></div>")
        elif isinstance(s, o.Agenda):
            rijen = "".join(f"<tr><td>{t(r.wanneer)}</td><td>{t(r.titel)}, {t(r.plek)}</td></tr>"
                            for groep in s.weken for r in groep.rijen)
            delen.append(f"<div class='kolommen'><h2>{t(s.kop)}</h2><table>{rijen}</table></div>")
        elif isinstance(s, o.Dimensie):
            delen.append(f"<section class='dimensie'><h2>{t(s.kop)}</h2><p>{t(s.uitleg)}</p></section>")
    css = """@page { size: 216mm 303mm; margin: 17mm 18mm 20mm; bleed: 3mm; marks: crop;
              @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans'; } }
             body { font: 9.5pt/13.5pt 'DejaVu Serif'; } h1,h2,h3 { font-family: 'DejaVu Sans'; }
             .opening { page-break-after: always; } .verhaal { page-break-before: always; }
             .kolommen { columns: 2; column-gap: 6mm; } .portret { width: 85mm; }
             figure.vol { page-break-before: always; page-break-after: always; margin: -20mm; }
             figure.vol img { width: 216mm; height: 303mm; object-fit: cover; } figure.inline img { width: 85mm; }
             .kaartje { background: #f2e6dc; padding: 3mm; margin: 3mm 0; break-inside: avoid; width: 85mm; }
             table { font: 7.8pt 'DejaVu Sans'; border-collapse: collapse; }"""
    return f"<html><head><style>{css}</style></head><body>{''.join(delen)}</body></html>"


def op_drukmaat(e):
    """The Django export feeds Wagtail renditions at print size in CMYK (cached after the first
    preview): replace every original by a CMYK JPEG at its placed size, before the clock starts."""
    from publicatie.pdf.beelden import voor_druk
    from publicatie.pdf.pagina import Geometrie

    g = Geometrie()
    for s in e.secties:
        if isinstance(s, o.Verhaal):
            s.portret = _vervang(s.portret, voor_druk(s.portret, *g.portret_maat, bijsnijden=True)[0])
        elif isinstance(s, o.BeeldSectie):
            maat = g.afloop_maat if s.paginabreed else (g.tekstvlak[2], g.tekstvlak[2])
            s.beeld = _vervang(s.beeld, voor_druk(s.beeld, *maat, bijsnijden=s.paginabreed)[0])


def _vervang(beeld, bron):
    return o.Beeld(bron.pad, bron.px_breed, bron.px_hoog, beeld.alt, beeld.naam)


def piek_geheugen_mb():
    """Peak resident memory of this process. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    an exec, so a child would report its parent's peak."""
    try:
        for regel in Path("/proc/self/status").read_text().splitlines():
            if regel.startswith("VmHWM:"):
                return int(regel.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _render(renderer, e):
    """Build the PDF once: (pages, bytes)."""
    if renderer.startswith("reportlab"):
        from publicatie.pdf.bouwer import bouw_pdf

        buffer = io.BytesIO()
        resultaat = bouw_pdf(e, buffer)
        return resultaat.paginas, len(buffer.getvalue())
    import weasyprint

    doc = weasyprint.HTML(string=als_html(e)).render()
    return len(doc.pages), len(doc.write_pdf())


def draai(renderer):
    """Time one renderer in this process: the first build (imports, fonts and QR encoding included,
    as a fresh worker pays them) and, as extra information, a second build of the same content
    (the steady state of a long-running export worker)."""
    e = inhoud()
    if renderer.endswith("-renditions"):
        op_drukmaat(e)
    start, cpu = time.perf_counter(), time.process_time()
    paginas, grootte = _render(renderer, e)
    duur, cpu = time.perf_counter() - start, time.process_time() - cpu
    piek_mb = piek_geheugen_mb()
    start, warm_cpu = time.perf_counter(), time.process_time()
    _render(renderer, e)
    warm, warm_cpu = time.perf_counter() - start, time.process_time() - warm_cpu
    # cpu next to wall time: on a shared, loaded machine the wall time says more about the neighbours
    print(f"{renderer:21s} {paginas:3d} pagina's  {duur:6.3f} s (cpu {cpu:6.3f} s)  piek {piek_mb:6.0f} MB  "
          f"PDF {grootte / 1e6:5.1f} MB  warm {warm:6.3f} s (cpu {warm_cpu:6.3f} s)", flush=True)
    return duur


RENDERERS = ("reportlab", "reportlab-renditions", "weasyprint", "weasyprint-renditions")


def vergelijk(renderers, keer):
    """Run every renderer `keer` times, each in a fresh process, and print medians and the ratio of
    WeasyPrint to the reportlab export (renditions: what the app does)."""
    import re
    import statistics

    gemeten = {r: [] for r in renderers}
    for _i in range(keer):
        for r in renderers:
            uit = subprocess.run([sys.executable, __file__, r], check=False, capture_output=True, text=True).stdout
            print(uit, end="")
            if m := re.search(r"pagina's\s+([\d.]+) s", uit):
                gemeten[r].append(float(m.group(1)))
    mediaan = {r: statistics.median(v) for r, v in gemeten.items() if v}
    print(f"mediaan van {keer}: " + ", ".join(f"{r} {t:.3f} s" for r, t in mediaan.items()))
    if "reportlab-renditions" in mediaan:
        for w in ("weasyprint", "weasyprint-renditions"):
            if w in mediaan:
                print(f"{w} / reportlab-renditions: {mediaan[w] / mediaan['reportlab-renditions']:.1f}x")


if __name__ == "__main__":
    argumenten = sys.argv[1:]
    keer = 1
    if "-n" in argumenten:
        i = argumenten.index("-n")
        keer = int(argumenten[i + 1])
        del argumenten[i:i + 2]
    if len(argumenten) == 1 and keer == 1:
        draai(argumenten[0])
    else:
        jpegs()
        vergelijk(argumenten or RENDERERS, keer)
