"""Server time (p50/p95) and SQL queries per page, in-process with Django's test Client.

    DATABASE_URL=... python bench/serverkant.py --runs 20 [--json out.json] [--alleen verhaal]

No network: the time is what the app server spends (middleware, views, templates, database).
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from leefmee.opstart import bevries_opstartgeheugen  # noqa: E402

# As gunicorn's workers do after start-up (gunicorn.conf.py).
bevries_opstartgeheugen()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.paginas import paginas  # noqa: E402


def percentiel(waarden, p):
    waarden = sorted(waarden)
    return waarden[min(len(waarden) - 1, int(round(p / 100 * (len(waarden) - 1))))]


def meet(client, url, runs):
    response = client.get(url)  # warm up (template and rendition caches)
    tijden = []
    for _ in range(runs):
        t = time.perf_counter()
        response = client.get(url)
        tijden.append((time.perf_counter() - t) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return {"status": response.status_code, "p50_ms": round(statistics.median(tijden), 1),
            "p95_ms": round(percentiel(tijden, 95), 1), "queries": len(queries)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--json")
    parser.add_argument("--alleen", help="only the pages whose name contains this text, e.g. 'verhaal'")
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    resultaten = []
    for naam, url in paginas():
        if args.alleen and args.alleen.lower() not in naam.lower():
            continue
        resultaat = {"pagina": naam, "url": url, **meet(client, url, args.runs)}
        resultaten.append(resultaat)
        print(f"{naam:<28} {resultaat['status']:>4} {resultaat['p50_ms']:>7} {resultaat['p95_ms']:>7} "
              f"{resultaat['queries']:>4}  {url}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({"database": connection.vendor, "paginas": resultaten}, indent=1))


if __name__ == "__main__":
    main()
