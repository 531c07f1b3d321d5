"""Ours next to a reference site, in pairs, interleaved: `python bench/paren.py --ref http://127.0.0.1:8131`.

Measures requests per second of LEEF MEE's home, map, search (query + two facets), an offering and a
story against the reference's home, blog index, search and a blog post (the Wagtail bakery demo's
URLs by default), and prints the ratios next to the targets of issue 25. The servers must already
run (gunicorn, 2 sync workers, no page cache); this script only sends requests to 127.0.0.1.

The machine is shared, so the pages are measured in turns (ours-home, ref-home, ours-kaart,
ref-blogindex, ...) and the whole round is repeated (`--rondes`); the table shows medians.
Several builds of ours can be compared in the same run: `--lm voor=http://127.0.0.1:8120
--lm na=http://127.0.0.1:8121`.

Our URLs come from the benchmark database (bench/paginas.py; DATABASE_URL as for `make bench`) unless
every one is given with `--pad naam=/pad/`. Load: `wrk` when installed (`--verbinding` connections,
one thread each), else bench/belasting.py with as many threads.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (our page, reference page, target ratio): issue 25, "Targets that must still hold".
PAREN = [
    ("home", "home", 1.5),
    ("kaart", "blogindex", 1.5),
    ("zoeken", "zoeken", 1.5),
    ("aanbod", "blogpost", 1.5),
    ("verhaal", "blogpost", 1.2),
]
# What the issue measured on this machine kind (req/s), printed alongside for orientation.
ISSUE_LM = {"home": 206, "kaart": 342, "zoeken": 90, "aanbod": 188, "verhaal": 114}
ISSUE_REF = {"home": 47, "blogindex": 70, "zoeken": 46, "blogpost": 88}
REF_PADEN = {"home": "/", "blogindex": "/blog/", "zoeken": "/search/?q=bread", "blogpost": "/blog/icelandic-baking/"}
# bench/paginas.py's names for our pages.
LM_NAMEN = {"home": "home", "kaart": "kaart", "zoeken": "zoeken (q + 2 facetten)", "aanbod": "aanbod",
            "verhaal": "verhaal"}


def sleutel_waarde(tekst):
    naam, _, waarde = tekst.partition("=")
    if not waarde:
        raise argparse.ArgumentTypeError(f"verwacht naam=waarde, niet {tekst!r}")
    return naam, waarde


def onze_paden(gegeven):
    if all(naam in gegeven for naam in LM_NAMEN):
        return gegeven
    if "DATABASE_URL" not in os.environ:
        raise SystemExit("Zet DATABASE_URL (de benchmarkdatabase) of geef elk pad met --pad naam=/pad/.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from urllib.parse import urlsplit

    from bench.paginas import paginas

    gevonden = dict(paginas())
    paden = {}
    for naam, bench_naam in LM_NAMEN.items():
        delen = urlsplit(gevonden[bench_naam])
        paden[naam] = delen.path + (f"?{delen.query}" if delen.query else "")
    return {**paden, **gegeven}


def meet_wrk(url, headers, seconden, verbindingen):
    cmd = ["wrk", "-t", str(verbindingen), "-c", str(verbindingen), "-d", f"{seconden}s", "--timeout", "30s"]
    for header in headers:
        cmd += ["-H", header]
    uit = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", uit).group(1))
    if "Non-2xx or 3xx responses" in uit:
        raise SystemExit(f"{url}: foute antwoorden tijdens de meting\n{uit}")
    if "Socket errors" in uit:  # a slow machine: counted, not fatal; the requests/s stay honest
        print(f"{url}: {re.search(r'Socket errors.*', uit).group(0)}", file=sys.stderr)
    return rps


def meet_belasting(url, headers, seconden, verbindingen):
    from bench.belasting import belast

    if headers:
        raise SystemExit("--header werkt alleen met wrk")
    uitslag = belast(url, seconden, verbindingen)
    if set(uitslag["status"]) - {200, "cache-geen", "cache-miss"}:
        raise SystemExit(f"{url}: {uitslag['status']}")
    return uitslag["rps"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", required=True, help="basis-URL van de referentiesite (de bakery)")
    parser.add_argument("--lm", type=sleutel_waarde, action="append",
                        help="naam=basis-URL van een LEEF MEE-server (standaard lm=http://127.0.0.1:8118)")
    parser.add_argument("--pad", type=sleutel_waarde, action="append", default=[],
                        help=f"onze pagina's: {', '.join(LM_NAMEN)}")
    parser.add_argument("--ref-pad", type=sleutel_waarde, action="append", default=[],
                        help=f"paden van de referentie (standaard {REF_PADEN})")
    parser.add_argument("--ref-header", action="append", default=[],
                        help='extra header voor de referentie, zoals "X-Forwarded-Proto: https"')
    parser.add_argument("--rondes", type=int, default=3)
    parser.add_argument("--seconden", type=int, default=8)
    parser.add_argument("--verbinding", type=int, default=4)
    parser.add_argument("--json", type=Path, help="schrijf de losse metingen ook hierheen")
    args = parser.parse_args()

    servers = dict(args.lm or [("lm", "http://127.0.0.1:8118")])
    paden = onze_paden(dict(args.pad))
    ref_paden = {**REF_PADEN, **dict(args.ref_pad)}
    meet = meet_wrk if shutil.which("wrk") else meet_belasting
    lm_headers = ["Host: localhost"] if meet is meet_wrk else []  # bench/belasting.py sends it itself

    volgorde = []  # interleaved: each of our pages, then its reference page (once per round)
    for ons, ref, _ in PAREN:
        volgorde += [("lm", naam, ons) for naam in servers]
        if ("ref", "ref", ref) not in volgorde:
            volgorde.append(("ref", "ref", ref))
    metingen = {}
    for ronde in range(1, args.rondes + 1):
        for soort, naam, pagina in volgorde:
            if soort == "lm":
                url, headers = servers[naam].rstrip("/") + paden[pagina], lm_headers
            else:
                url, headers = args.ref.rstrip("/") + ref_paden[pagina], args.ref_header
            meet(url, headers, 1, 2)  # warm up both workers
            rps = meet(url, headers, args.seconden, args.verbinding)
            metingen.setdefault((naam, pagina), []).append(rps)
            print(f"ronde {ronde}  {naam:<6} {pagina:<10} {rps:8.1f} req/s", file=sys.stderr, flush=True)

    mediaan = {k: statistics.median(v) for k, v in metingen.items()}
    print(f"\n## req/s, median of {args.rondes} interleaved rounds ({args.verbinding} connections, "
          f"{args.seconden} s each, {'wrk' if meet is meet_wrk else 'bench/belasting.py'})\n")
    kop = " | ".join(f"{n} req/s | {n} ×ref" for n in servers)
    print(f"| ours | ref page | ref req/s | {kop} | target | issue: ours / ref |")
    print("|---|---|---|" + "---|---|" * len(servers) + "---|---|")
    for ons, ref, doel in PAREN:
        ref_rps = mediaan[("ref", ref)]
        cellen = []
        for naam in servers:
            rps = mediaan[(naam, ons)]
            verhouding = rps / ref_rps if ref_rps else 0
            cellen += [f"{rps:.1f}", f"{verhouding:.2f}{'' if verhouding >= doel else ' ✗'}"]
        print(f"| {ons} | {ref} | {ref_rps:.1f} | {' | '.join(cellen)} | ≥ {doel} | "
              f"{ISSUE_LM[ons]} / {ISSUE_REF[ref]} |")
    if args.json:
        args.json.write_text(json.dumps({f"{n}:{p}": v for (n, p), v in metingen.items()}, indent=1))


if __name__ == "__main__":
    main()
