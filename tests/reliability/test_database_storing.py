"""A real database outage: gunicorn reaches PostgreSQL only through a TCP proxy that the test runs.

1. The proxy drops every live connection but keeps accepting (a database restart or failover):
   the next requests are all answered normally, so persistent connections (CONN_MAX_AGE) that died
   are noticed before use (CONN_HEALTH_CHECKS) instead of failing a request.
2. The proxy stops accepting too (the database is away): public pages answer the friendly Dutch 503
   page and /gezond/ says "ongezond" with a 503; a page already in the page cache is still served.
3. The proxy opens again: within a bounded time the site answers 200 by itself, without a restart.

PostgreSQL and Redis only, like the other server tests. Every process and thread is stopped at the end.
"""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
import requests

from .hulp import Processen, TcpProxy, server_env, wacht_op_gezond, wis_redis_prefix

pytestmark = [pytest.mark.postgres]

HOST = {"Host": "localhost"}
STORINGSTEKST = "De site is even niet bereikbaar"
HERSTEL_SECONDEN = 30


@pytest.fixture
def server_achter_proxy(demo_db, tmp_path):
    echt = urlsplit(demo_db["url"])
    proxy = TcpProxy((echt.hostname, echt.port or 5432))
    database_url = echt._replace(netloc=echt.netloc.replace(f"{echt.hostname}:{echt.port}",
                                                            f"127.0.0.1:{proxy.poort}")).geturl()
    assert str(proxy.poort) in database_url
    prefix = f"storing-{uuid.uuid4().hex[:8]}"
    # Persistent connections on purpose (production's default): they must survive the outage.
    env = server_env(database_url, demo_db["media"], prefix, DATABASE_CONN_MAX_AGE="60")
    try:
        with Processen(env, logmap=tmp_path) as processen:
            url = processen.gunicorn("server", workers=2)
            wacht_op_gezond(url)
            yield {"url": url, "proxy": proxy}
    finally:
        proxy.sluit()
        wis_redis_prefix(prefix)


def _haal(url, pad):
    """(status, body + X-Paginacache header): the header tells whether the page cache answered."""
    try:
        response = requests.get(f"{url}{pad}", headers=HOST, timeout=10, allow_redirects=False)
    except requests.RequestException as exc:
        return type(exc).__name__, ""
    return response.status_code, response.text + response.headers.get("X-Paginacache", "")


def _tegelijk(url, paden):
    """GET the paths 4 at a time (so both gunicorn workers get requests); returns [(path, status, text)]."""
    with ThreadPoolExecutor(4) as pool:
        return [(pad, *uitkomst) for pad, uitkomst in zip(paden, pool.map(lambda p: _haal(url, p), paden),
                                                        strict=True)]


def _uniek(woord):
    # A fresh search each time: never in the page cache, so it really needs the database.
    return f"/kaart/zoeken/?q={woord}+{uuid.uuid4().hex[:6]}"


def test_the_site_survives_a_database_outage_and_recovers_by_itself(server_achter_proxy, record_property):
    url, proxy = server_achter_proxy["url"], server_achter_proxy["proxy"]

    # Warm up: both workers hold a persistent connection through the proxy.
    for pad, status, _tekst in _tegelijk(url, ["/gezond/", "/kaart/", _uniek("koffie"), "/gezond/"] * 3):
        assert status == 200, (pad, status)
    assert proxy.aantal_verbindingen >= 1, "the app server does not keep its database connection open"
    assert _haal(url, "/kaart/")[1].endswith("hit"), "the map page is not in the page cache"

    # 1. Database restart: every live connection dies, new ones are accepted.
    proxy.verbreek()
    uitkomsten = _tegelijk(url, ["/gezond/", _uniek("taal"), "/kaart/", _uniek("wandelen")] * 5)
    fout = [(pad, status) for pad, status, _tekst in uitkomsten if status != 200]
    assert not fout, f"requests after a database restart failed (dead persistent connections?): {fout}"

    # 2. Outage: connections dropped and new ones refused.
    proxy.sluit()
    for pad, status, tekst in _tegelijk(url, ["/", _uniek("koffie"), "/agenda/", _uniek("buurt")] * 2):
        assert status == 503, (pad, status, tekst[:300])
        assert STORINGSTEKST in tekst and "Probeer het over een paar minuten opnieuw" in tekst
    for _pad, status, tekst in _tegelijk(url, ["/gezond/"] * 4):
        assert status == 503
        assert '"status":"ongezond"' in tekst.replace(" ", "")
    # A page already in the page cache (Redis) is still served: it needs no database.
    status, tekst = _haal(url, "/kaart/")
    assert status == 200 and tekst.endswith("hit"), (status, tekst[-300:])

    # 3. Back: the site recovers by itself within a bounded time.
    proxy.open()
    begin = time.monotonic()
    while True:
        statussen = {_haal(url, "/")[0], _haal(url, "/gezond/")[0], _haal(url, _uniek("koffie"))[0]}
        if statussen == {200}:
            break
        assert time.monotonic() - begin < HERSTEL_SECONDEN, f"not recovered after {HERSTEL_SECONDEN}s: {statussen}"
        time.sleep(0.1)
    herstel = time.monotonic() - begin
    # And stays up on both workers: no request gets a connection broken during the outage.
    uitkomsten = _tegelijk(url, ["/", "/gezond/", _uniek("taal"), "/verhalen/"] * 5)
    fout = [(pad, status) for pad, status, _tekst in uitkomsten if status != 200]
    assert not fout, f"requests after recovery failed: {fout}"

    record_property("herstel_seconden", round(herstel, 2))
    print(f"\nDatabase outage: recovered {herstel:.2f}s after the database came back (bound {HERSTEL_SECONDEN}s)")
