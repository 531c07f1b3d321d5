"""Benchmark of the map's pages: p50/p95 server time and SQL queries per page.

    .venv/bin/python manage.py generate_bench_data --offerings 2000   # once, on a separate database
    .venv/bin/python bench/kaart.py [--runs 30]

Uses Django's test Client in-process (no network, no tiles): the times are server time only.
Set DATABASE_URL to the database the data was generated in.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# Test settings: the development settings without DEBUG (which would log every query).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leefmee.settings.test")

import django  # noqa: E402

django.setup()

from leefmee.opstart import bevries_opstartgeheugen  # noqa: E402

# As gunicorn's workers do after start-up (gunicorn.conf.py).
bevries_opstartgeheugen()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from kaart.models import AanbodPage, AgendaPage, Gebied, KaartPage, Levensvraag  # noqa: E402


def urls():
    kaart = KaartPage.objects.live().first()
    k = kaart.url
    vraag = Levensvraag.objects.filter(slug__startswith="bench-").first() or Levensvraag.objects.first()
    gebied = Gebied.objects.first()
    aanbod = AanbodPage.objects.live().order_by("pk")[AanbodPage.objects.count() // 2]
    agenda = AgendaPage.objects.live().first()
    return [
        ("KaartPage", k),
        ("dimension page", f"{k}meedoen/"),
        ("question page", f"{k}vraag/{vraag.slug}/"),
        ("search q + 2 facets", f"{k}zoeken/?q=koffie&gratis=1&gebied={gebied.slug}"),
        ("map GeoJSON", f"{k}op-de-kaart/geojson/?dimensie=meedoen"),
        ("map GeoJSON bbox", f"{k}op-de-kaart/geojson/?bbox=4.42,52.22,4.46,52.26"),
        ("offering page", aanbod.url),
        ("agenda", agenda.url),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    print(f"{AanbodPage.objects.count()} offerings, database {connection.vendor}, {args.runs} runs per page")
    print(f"{'page':<22} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for naam, url in urls():
        tijden, status = [], None
        client.get(url)  # warm up
        with CaptureQueriesContext(connection) as ctx:
            status = client.get(url).status_code
        queries = len(ctx.captured_queries)
        for _ in range(args.runs):
            begin = time.perf_counter()
            client.get(url)
            tijden.append((time.perf_counter() - begin) * 1000)
        tijden.sort()
        p95 = tijden[min(len(tijden) - 1, int(round(0.95 * (len(tijden) - 1))))]
        print(f"{naam:<22} {status:>6} {statistics.median(tijden):>8.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()
