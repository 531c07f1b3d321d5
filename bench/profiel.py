"""Profile one URL in-process: `DATABASE_URL=... python bench/profiel.py /kaart/ [--runs 20]`.

Prints the top functions by cumulative time (cProfile) and the SQL queries of one request.
"""

import argparse
import cProfile
import os
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sql", action="store_true", help="print the SQL of one request")
    parser.add_argument("--herkomst", action="store_true",
                        help="with --sql: the lines of our own code (and templates) that ran each query")
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost")
    client.get(args.url)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.runs):
        client.get(args.url)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
    herkomst = []

    def onthoud(execute, sql, params, many, context):
        herkomst.append(_eigen_regels())
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as queries, connection.execute_wrapper(onthoud):
        client.get(args.url)
    print(f"{len(queries)} queries")
    if args.sql:
        for q, regels in zip(queries, herkomst, strict=False):
            print(f"{q['time']:>6}  {q['sql'][:300]}")
            if args.herkomst:
                print("        " + " < ".join(regels))


def _eigen_regels():
    """file:line of the frames in this project (not in .venv), innermost first."""
    import traceback

    wortel = str(Path(__file__).resolve().parent.parent)
    return [f"{Path(f.filename).relative_to(wortel)}:{f.lineno}" for f in reversed(traceback.extract_stack())
            if f.filename.startswith(wortel) and "/.venv/" not in f.filename and "/bench/" not in f.filename][:4]


if __name__ == "__main__":
    main()
