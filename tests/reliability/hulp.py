"""Shared helpers for the reliability tests: free ports, waiting, subprocesses, gunicorn, a TCP proxy.

Everything here talks to 127.0.0.1 only, and every wait is bounded.
"""

import os
import socket
import threading

import pytest

from tests.servers import (  # noqa: F401 - shared with the browser stage; re-exported for these tests
    IN_CI,
    REDIS_URL,
    ROOT,
    Processen,
    maak_postgres_database,
    manage,
    redis_bereikbaar,
    verwijder_postgres_database,
    vrije_poort,
    wacht_op_gezond,
    wacht_tot,
    wis_redis_prefix,
)

WACHTWOORD = "Wachtwoord-voor-tests-1"


def vereis_redis():
    """Skip without Redis; in CI (CI=true) a missing Redis is a failure, not a skip."""
    if not redis_bereikbaar():
        if IN_CI:
            pytest.fail(f"Redis is not reachable at {REDIS_URL}, and CI=true makes this test required")
        pytest.skip(f"Redis is not reachable at {REDIS_URL} (set LEEFMEE_TEST_REDIS_URL)")


def _postgres_server():
    from django.conf import settings

    db = settings.DATABASES["default"]
    auth = db["USER"] or "postgres"
    if db["PASSWORD"]:
        auth += f":{db['PASSWORD']}"
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"


def postgres_url(naam):
    """URL of database `naam` on the PostgreSQL server the test run uses."""
    return f"{_postgres_server()}/{naam}"


def vereis_postgres():
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...): several servers cannot share SQLite")


def maak_database(naam):
    maak_postgres_database(_postgres_server(), naam)


def verwijder_database(naam):
    verwijder_postgres_database(_postgres_server(), naam)


def server_env(database_url, media, prefix, **extra):
    """Environment for app servers and manage.py with the production-like server settings."""
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.reliability.server_settings",
            "DATABASE_URL": database_url, "REDIS_URL": REDIS_URL, "LEEFMEE_CACHE_PREFIX": prefix,
            "MEDIA_ROOT": str(media), "GUNICORN_WORKERS": "1", "GUNICORN_ACCESS_LOG": "",
            "PYTHONPATH": str(ROOT), **extra}


class TcpProxy:
    """A TCP proxy 127.0.0.1:<poort> -> doel in threads, to cut an app server off from its database.

    `verbreek()` drops the live connections but keeps accepting (a database restart or failover);
    `sluit()` also stops accepting, so new connections are refused (the database is away);
    `open()` accepts again on the same port.
    """

    def __init__(self, doel=("127.0.0.1", 5432)):
        self.doel = doel
        self.poort = vrije_poort()
        self._lock = threading.Lock()
        self._verbindingen = set()
        self._luister = None
        self._stop = threading.Event()
        self._thread = None
        self.open()

    def open(self):
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.poort))
        sock.listen(64)
        # accept() with a timeout: closing a socket from another thread does not wake a blocked accept.
        sock.settimeout(0.1)
        self._luister, self._stop = sock, threading.Event()
        self._thread = threading.Thread(target=self._accepteer, args=(sock, self._stop), daemon=True)
        self._thread.start()

    def _accepteer(self, sock, stop):
        while not stop.is_set():
            try:
                client, _adres = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if stop.is_set():
                client.close()
                return
            try:
                upstream = socket.create_connection(self.doel, timeout=5)
            except OSError:
                client.close()
                continue
            client.settimeout(None)
            upstream.settimeout(None)
            with self._lock:
                self._verbindingen.update((client, upstream))
            for bron, doel in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pomp, args=(bron, doel), daemon=True).start()

    def _pomp(self, bron, doel):
        try:
            while data := bron.recv(65536):
                doel.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (bron, doel):
                _sluit_socket(sock)
            with self._lock:
                self._verbindingen.difference_update((bron, doel))

    @property
    def aantal_verbindingen(self):
        with self._lock:
            return len(self._verbindingen) // 2

    def verbreek(self):
        with self._lock:
            socks, self._verbindingen = list(self._verbindingen), set()
        for sock in socks:
            _sluit_socket(sock)

    def sluit(self):
        if self._luister is not None:
            self._stop.set()
            self._thread.join(5)
            self._luister.close()
            self._luister = None
        self.verbreek()


def _sluit_socket(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
