"""`make bench`: generate data at a scale, measure server time and queries, load-test with gunicorn.

    python bench/run.py --scale 0.2 [--database-url postgres://postgres@127.0.0.1:5432/leefmee_bench]
                        [--keep] [--skip-load] [--duration 5] [--concurrency 4]

Scale 1 = 10,000 offerings, 2,000 organisations, 5,000 activities, 1,000 vacancies, 2,000 stories.
The benchmark database is separate (default: /tmp/leefmee_bench_<scale>.sqlite3) and recreated unless
--keep. The load test starts gunicorn (2 sync workers) on 127.0.0.1 twice: without the page cache, and
with it on (Redis at REDIS_URL, default redis://127.0.0.1:6379/7). Results: a markdown table on stdout
and bench/results/<time>-<database>-<scale>.{json,md}.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))

from bench.belasting import belast  # noqa: E402

# Pages the load test hits (names from bench/paginas.py).
LOAD_NAMEN = ["home", "kaart", "zoeken (q + 2 facetten)", "aanbod", "verhaal", "agenda"]


def run(cmd, env, **kwargs):
    print("$", " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, **kwargs)


def maak_database(url, keep):
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        path = Path(parts.path[1:] if parts.path.startswith("//") else parts.path)
        bestaat = path.exists()
        if bestaat and not keep:
            path.unlink()
        return bestaat and keep
    naam = parts.path.lstrip("/")
    beheer = f"{parts.scheme}://{parts.netloc}/postgres"
    bestaat = naam in subprocess.run(["psql", beheer, "-Atc", "select datname from pg_database"],
                                     capture_output=True, text=True, check=True).stdout.split()
    if bestaat and keep:
        return True
    subprocess.run(["psql", beheer, "-qc", f'DROP DATABASE IF EXISTS "{naam}"'], check=True)
    subprocess.run(["psql", beheer, "-qc", f'CREATE DATABASE "{naam}"'], check=True)
    return False


def genereer(env, scale):
    run([PY, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([PY, "manage.py", "load_demo"], env, stdout=subprocess.DEVNULL)
    # The map's generator (kaart): organisations 1/5, activities 1/2, vacancies 1/10 of the offerings.
    run([PY, "manage.py", "generate_bench_data", "--offerings", str(int(10_000 * scale))], env)
    run([PY, "bench/verhalen_data.py", "--stories", str(int(2_000 * scale))], env)


class Gunicorn:
    def __init__(self, env, port):
        self.env, self.port, self.proc = env, port, None

    def __enter__(self):
        env = {**self.env, "GUNICORN_WORKERS": "2", "GUNICORN_BIND": f"127.0.0.1:{self.port}",
               "GUNICORN_ACCESS_LOG": "", "GUNICORN_LOG_LEVEL": "warning"}
        self.proc = subprocess.Popen([PY, "-m", "gunicorn", "-c", "gunicorn.conf.py"], cwd=ROOT, env=env,
                                     start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/gezond/", timeout=2).read()
                return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def belastingtest(env, urls, args):
    resultaten = {}
    for modus, extra in (("zonder cache", {"LEEFMEE_PAGINACACHE_SECONDS": "0"}),
                         ("met cache", {"LEEFMEE_PAGINACACHE_SECONDS": "300", "OPENDATA_CACHE_SECONDS": "60",
                                       "REDIS_URL": args.redis_url})):
        if "REDIS_URL" in extra:
            subprocess.run(["redis-cli", "-u", args.redis_url, "flushdb"], capture_output=True)
        with Gunicorn({**env, **extra}, args.port) as server:
            for naam, url in urls:
                # page.url is absolute on a multi-site install; serverkant's client sent Host: localhost
                # with it, and so does the load generator.
                parts = urlsplit(url)
                pad = parts.path + (f"?{parts.query}" if parts.query else "")
                full = f"http://127.0.0.1:{server.port}{pad}"
                belast(full, 0.5, 2)  # warm up both workers (and fill the cache)
                resultaten.setdefault(naam, {})[modus] = belast(full, args.duration, args.concurrency)
                if not resultaten[naam][modus]["requests"]:
                    raise SystemExit(f"The load test of {naam} ({full}) made no request: "
                                     f"{resultaten[naam][modus]['status']}")
                print(f"  {modus:<13} {naam:<26} {resultaten[naam][modus]}", file=sys.stderr, flush=True)
    return resultaten


def markdown(meta, serverkant, belasting):
    regels = [f"## LEEF MEE benchmark — {meta['database']}, scale {meta['scale']} ({meta['tijd']})", "",
              f"{meta['aantallen']}", "",
              "### Server time (Django test client, in-process)", "",
              "| page | status | p50 ms | p95 ms | SQL queries |", "|---|---|---|---|---|"]
    for r in serverkant:
        regels.append(f"| {r['pagina']} | {r['status']} | {r['p50_ms']} | {r['p95_ms']} | {r['queries']} |")
    if belasting:
        kop = f"### gunicorn, 2 sync workers, {meta['concurrency']} connections, {meta['duration']} s per page"
        regels += ["", kop,
                   "", "| page | req/s uncached | p50 / p95 ms | req/s cached | p50 / p95 ms |",
                   "|---|---|---|---|---|"]
        for naam, r in belasting.items():
            a, b = r.get("zonder cache", {}), r.get("met cache", {})
            regels.append(f"| {naam} | {a.get('rps')} | {a.get('p50_ms')} / {a.get('p95_ms')} | {b.get('rps')} | "
                          f"{b.get('p50_ms')} / {b.get('p95_ms')} |")
    return "\n".join(regels) + "\n"


def tel(env):
    code = ("from kaart.models import *; from verhalen.models import VerhaalPage as V; "
            "print(f'{AanbodPage.objects.count()} offerings, {OrganisatiePage.objects.count()} organisations, "
            "{ActiviteitPage.objects.count()} activities, {VacaturePage.objects.count()} vacancies, "
            "{V.objects.count()} stories')")
    return subprocess.run([PY, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=0.2)
    parser.add_argument("--database-url")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/7")
    parser.add_argument("--keep", action="store_true", help="reuse the benchmark database if it exists")
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--port", type=int, default=8118)
    args = parser.parse_args()
    database_url = args.database_url or f"sqlite:////tmp/leefmee_bench_{args.scale}.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="bench.settings", PYTHONPATH=str(ROOT))
    if not maak_database(database_url, args.keep):
        genereer(env, args.scale)
    RESULTS.mkdir(exist_ok=True)
    vendor = "postgresql" if database_url.startswith("postgres") else "sqlite"
    stempel = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    serverkant_json = RESULTS / f"{stempel}-{vendor}-{args.scale}-serverkant.json"
    run([PY, "bench/serverkant.py", "--runs", str(args.runs), "--json", str(serverkant_json)], env)
    serverkant = json.loads(serverkant_json.read_text())["paginas"]
    serverkant_json.unlink()
    belasting = {}
    if not args.skip_load:
        urls = [(r["pagina"], r["url"]) for r in serverkant if r["pagina"] in LOAD_NAMEN and r["status"] == 200]
        belasting = belastingtest(env, urls, args)
    meta = {"database": vendor, "scale": args.scale, "tijd": stempel, "aantallen": tel(env),
            "duration": args.duration, "concurrency": args.concurrency, "cpus": os.cpu_count()}
    tabel = markdown(meta, serverkant, belasting)
    (RESULTS / f"{stempel}-{vendor}-{args.scale}.json").write_text(
        json.dumps({"meta": meta, "serverkant": serverkant, "belasting": belasting}, indent=1))
    (RESULTS / f"{stempel}-{vendor}-{args.scale}.md").write_text(tabel)
    print(tabel)


if __name__ == "__main__":
    main()
