"""Shared helpers for the reliability tests: free ports, waiting, subprocesses, gunicorn, a TCP proxy.

Everything here talks to 127.0.0.1 only, and every wait is bounded.
"""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("LEEFMEE_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
WACHTWOORD = "Wachtwoord-voor-tests-1"


def vrije_poort():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_bereikbaar():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return False


def vereis_redis():
    """Skip without Redis; in CI (CI=true) a missing Redis is a failure, not a skip."""
    if not redis_bereikbaar():
        if IN_CI:
            pytest.fail(f"Redis is not reachable at {REDIS_URL}, and CI=true makes this test required")
        pytest.skip(f"Redis is not reachable at {REDIS_URL} (set LEEFMEE_TEST_REDIS_URL)")


def wis_redis_prefix(prefix):
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def wacht_tot(check, seconden, wat):
    deadline = time.monotonic() + seconden
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    pytest.fail(f"Timed out after {seconden}s waiting for {wat}")


def postgres_url(naam):
    """URL of database `naam` on the PostgreSQL server the test run uses."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    auth = db["USER"] or "postgres"
    if db["PASSWORD"]:
        auth += f":{db['PASSWORD']}"
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{naam}"


def vereis_postgres():
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...): several servers cannot share SQLite")


def maak_database(naam):
    import psycopg

    with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{naam}"')


def verwijder_database(naam):
    import psycopg

    with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
        # FORCE: a server that did not stop cleanly must not keep the database alive.
        conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


def manage(env, *args, timeout=600):
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=timeout)
    uitvoer = f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{uitvoer}"
    return result.stdout


def server_env(database_url, media, prefix, **extra):
    """Environment for app servers and manage.py with the production-like server settings."""
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.reliability.server_settings",
            "DATABASE_URL": database_url, "REDIS_URL": REDIS_URL, "LEEFMEE_CACHE_PREFIX": prefix,
            "MEDIA_ROOT": str(media), "GUNICORN_WORKERS": "1", "GUNICORN_ACCESS_LOG": "",
            "PYTHONPATH": str(ROOT), **extra}


class Processen:
    """Subprocesses in their own process group, each logging to a file; stop() ends them all.

    As a context manager it stops them on leaving, and prints their logs when starting them failed
    (a server that never became healthy says why there)."""

    def __init__(self, env, logmap=None):
        self.env, self.lijst = env, []
        self.logmap = Path(logmap or Path(env["MEDIA_ROOT"]).parent)

    def start(self, *args, naam, env=None):
        log = open(self.logmap / f"{naam}.log", "wb")  # noqa: SIM115 - closed in stop()
        proc = subprocess.Popen(args, cwd=ROOT, env=env or self.env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.lijst.append((proc, log, naam))
        return proc

    def gunicorn(self, naam, workers=1, env=None):
        """Start gunicorn with the project's gunicorn.conf.py on a free port; returns its base URL."""
        poort = vrije_poort()
        env = {**(env or self.env), "GUNICORN_BIND": f"127.0.0.1:{poort}", "GUNICORN_WORKERS": str(workers)}
        self.start(sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", naam=naam, env=env)
        return f"http://127.0.0.1:{poort}"

    def stop(self):
        for proc, _log, _naam in self.lijst:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc, log, _naam in self.lijst:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
            log.close()

    def __enter__(self):
        return self

    def __exit__(self, soort, fout, traceback):
        if soort is not None:
            print(self.logs())
        self.stop()

    def logs(self):
        return "\n".join(f"--- {naam}\n{Path(log.name).read_text(errors='replace')[-3000:]}"
                         for _proc, log, naam in self.lijst)


def wacht_op_gezond(*urls, seconden=60):
    import requests

    def klaar():
        try:
            return all(requests.get(f"{url}/gezond/", timeout=2).ok for url in urls)
        except requests.RequestException:
            return False

    wacht_tot(klaar, seconden, f"{', '.join(urls)} to answer /gezond/")


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
