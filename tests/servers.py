"""Helpers shared by the test stages that start real servers (reliability tests, the browser stage).

Free ports, bounded waits, subprocesses in their own process group with a log file each, gunicorn with
the project's gunicorn.conf.py, PostgreSQL databases made and dropped by name, Redis key prefixes and an
SMTP sink (aiosmtpd) that keeps what it receives. Everything talks to 127.0.0.1 only.
"""

import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REDIS_URL = os.environ.get("LEEFMEE_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def vrije_poort():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def vereist(beschikbaar, wat):
    """Skip when something the stage needs is missing; with CI=true that is a failure, never a skip."""
    if beschikbaar:
        return
    if IN_CI:
        pytest.fail(f"{wat} is missing, and CI=true makes this test required", pytrace=False)
    pytest.skip(f"{wat} is not available (run `make setup` as root, start the service)")


def redis_bereikbaar(url=REDIS_URL):
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return False


def wis_redis_prefix(prefix, url=REDIS_URL):
    import redis

    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def wacht_tot(check, seconden, wat):
    deadline = time.monotonic() + seconden
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    pytest.fail(f"Timed out after {seconden}s waiting for {wat}")


def postgres_bereikbaar(server_url):
    import psycopg

    try:
        with psycopg.connect(f"{server_url}/postgres", connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def maak_postgres_database(server_url, naam):
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{naam}"')


def verwijder_postgres_database(server_url, naam):
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        # FORCE: a server that did not stop cleanly must not keep the database alive.
        conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


def manage(env, *args, timeout=600):
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=timeout)
    uitvoer = f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{uitvoer}"
    return result.stdout


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

    def gunicorn(self, naam, workers=1, env=None, poort=None):
        """Start gunicorn with the project's gunicorn.conf.py (on a free port unless given); returns its URL."""
        poort = poort or vrije_poort()
        env = {**(env or self.env), "GUNICORN_BIND": f"127.0.0.1:{poort}", "GUNICORN_WORKERS": str(workers)}
        self.start(sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", naam=naam, env=env)
        return f"http://127.0.0.1:{poort}"

    def draaien_nog(self):
        """The names of the processes that stopped (a server or worker that died during the session)."""
        return [naam for proc, _log, naam in self.lijst if proc.poll() is not None]

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


class Postbus:
    """aiosmtpd handler that keeps every message it accepts (thread-safe for readers in the tests)."""

    def __init__(self):
        self.berichten = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        bericht = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self._lock:
            self.berichten.append({"aan": list(envelope.rcpt_tos), "bericht": bericht})
        return "250 Message accepted for delivery"

    def aan(self, adres):
        """The messages received for one address, oldest first."""
        with self._lock:
            return [b["bericht"] for b in self.berichten if adres in b["aan"]]


@contextmanager
def smtp_server(poort):
    """A real SMTP server on 127.0.0.1:poort for as long as the block runs; yields its Postbus."""
    from aiosmtpd.controller import Controller

    postbus = Postbus()
    controller = Controller(postbus, hostname="127.0.0.1", port=poort)
    controller.start()
    try:
        yield postbus
    finally:
        controller.stop()
