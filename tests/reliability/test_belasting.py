"""Bounded load on gunicorn (2 workers, production-like settings) while an editor keeps publishing.

Visitors: 4 threads doing GETs on 127.0.0.1 only, mixed public pages and searches (home, the map,
searches with q=, an organisation page, the agenda, the stories) for LEEFMEE_LOAD_SECONDS (default 60
in CI, 15 otherwise). In parallel `redacteur.py` publishes revisions of demo pages in its own process
on the same database, which empties the page cache again and again. Not one 5xx and not one
connection error is allowed. p50/p95 and requests/s are printed and recorded as test properties.

PostgreSQL and Redis only, like the other server tests.
"""

import http.client
import os
import random
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter

import pytest

from .hulp import IN_CI, ROOT, Processen, server_env, wacht_op_gezond, wis_redis_prefix

pytestmark = [pytest.mark.postgres]

SECONDEN = float(os.environ.get("LEEFMEE_LOAD_SECONDS", "60" if IN_CI else "15"))
GELIJKTIJDIG = 4
VASTE_PADEN = ["/", "/kaart/", "/kaart/welzijn-duinwijk/", "/agenda/", "/verhalen/"]
ZOEKWOORDEN = ["koffie", "taal", "wandelen", "schulden", "eenzaam", "mantelzorg", "sport"]


def _paden(rnd):
    """An endless mix: mostly fixed pages, a third searches (some new each time: never cached)."""
    while True:
        if rnd.random() < 0.33:
            woord = rnd.choice(ZOEKWOORDEN)
            if rnd.random() < 0.5:
                woord = f"{woord}+{rnd.randrange(10**6)}"
            yield f"/kaart/zoeken/?q={woord}"
        else:
            yield rnd.choice(VASTE_PADEN)


def _get(poort, pad):
    conn = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
    try:
        conn.request("GET", pad, headers={"Host": "localhost"})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def belast(poort, seconden, gelijktijdig):
    einde = time.monotonic() + seconden
    tijden, statussen, fouten, lock = [], Counter(), [], threading.Lock()

    def bezoeker(nummer):
        rnd = random.Random(nummer)  # reproducible mix per thread
        eigen_tijden, eigen_status, eigen_fouten = [], Counter(), []
        for pad in _paden(rnd):
            if time.monotonic() >= einde:
                break
            begin = time.perf_counter()
            try:
                status = _get(poort, pad)
            except OSError as exc:
                eigen_fouten.append(f"{pad}: {type(exc).__name__}: {exc}")
                continue
            eigen_tijden.append((time.perf_counter() - begin) * 1000)
            eigen_status[status] += 1
            if status >= 500:
                eigen_fouten.append(f"{pad}: HTTP {status}")
        with lock:
            tijden.extend(eigen_tijden)
            statussen.update(eigen_status)
            fouten.extend(eigen_fouten)

    threads = [threading.Thread(target=bezoeker, args=(n,), daemon=True) for n in range(gelijktijdig)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconden + 60)
    assert not any(thread.is_alive() for thread in threads), "a visitor thread hung"
    tijden.sort()

    def p(q):
        return round(tijden[min(len(tijden) - 1, int(q * (len(tijden) - 1)))], 1)

    return {"requests": len(tijden), "rps": round(len(tijden) / seconden, 1), "p50_ms": p(0.5),
            "p95_ms": p(0.95), "status": dict(statussen), "fouten": fouten}


@pytest.fixture
def server(demo_db, tmp_path):
    prefix = f"belasting-{uuid.uuid4().hex[:8]}"
    env = server_env(demo_db["url"], demo_db["media"], prefix)
    try:
        with Processen(env, logmap=tmp_path) as processen:
            url = processen.gunicorn("server", workers=2)
            wacht_op_gezond(url)
            yield {"poort": int(url.rsplit(":", 1)[1]), "env": env, "map": tmp_path}
    finally:
        wis_redis_prefix(prefix)


def test_mixed_public_load_while_an_editor_publishes(server, record_property):
    poort = server["poort"]
    for pad in [*VASTE_PADEN, "/kaart/zoeken/?q=koffie"]:
        assert _get(poort, pad) == 200, f"{pad} does not answer 200 before the load starts"

    redacteur = subprocess.Popen([sys.executable, "tests/reliability/redacteur.py", str(SECONDEN)], cwd=ROOT,
                                 env=server["env"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        uitkomst = belast(poort, SECONDEN, GELIJKTIJDIG)
        uit, err = redacteur.communicate(timeout=SECONDEN + 120)
    finally:
        if redacteur.poll() is None:
            redacteur.kill()
            redacteur.wait(10)

    gepubliceerd = int(uit.split("gepubliceerd", 1)[1]) if "gepubliceerd" in uit else 0
    samenvatting = (f"Load {SECONDEN:.0f}s, {GELIJKTIJDIG} visitors, gunicorn 2 workers: "
                    f"{uitkomst['requests']} requests, "
                    f"{uitkomst['rps']} req/s, p50 {uitkomst['p50_ms']} ms, p95 {uitkomst['p95_ms']} ms, "
                    f"status {uitkomst['status']}; editor published {gepubliceerd} revisions meanwhile")
    print(f"\n{samenvatting}")
    for sleutel in ("requests", "rps", "p50_ms", "p95_ms"):
        record_property(sleutel, uitkomst[sleutel])
    record_property("gepubliceerd", gepubliceerd)

    assert redacteur.returncode == 0, f"the editor failed:\n{err[-3000:]}"

    assert not uitkomst["fouten"], f"{len(uitkomst['fouten'])} failures, first: {uitkomst['fouten'][:10]}"
    assert uitkomst["requests"] >= SECONDEN, f"hardly any requests were answered: {samenvatting}"
    # The editor really worked during the load, not before or after it.
    assert gepubliceerd >= 3, samenvatting
