"""Fixtures for the reliability tests that need PostgreSQL with the demo content.

`demo_db` makes its own database next to pytest-django's test database (migrate + load_demo with the
production-like server settings, media on disk), shared by the tests of one session and dropped at
the end. Tests that use it only run on PostgreSQL (the CI's second pass) and need Redis.
"""

import subprocess
import sys
import uuid

import pytest
from django.conf import settings

from .hulp import ROOT, server_env, vereis_redis, wis_redis_prefix


def postgres_url(naam):
    """URL of database `naam` on the PostgreSQL server the test run uses."""
    db = settings.DATABASES["default"]
    auth = db["USER"] or "postgres"
    if db["PASSWORD"]:
        auth += f":{db['PASSWORD']}"
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{naam}"


def vereis_postgres():
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


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A PostgreSQL database with the demo municipality (pages, images, an edition PDF document)."""
    vereis_postgres()
    vereis_redis()
    naam = f"leefmee_rel_{uuid.uuid4().hex[:8]}"
    map_ = tmp_path_factory.mktemp("demo")
    media = map_ / "media"
    media.mkdir()
    prefix = f"rel-{uuid.uuid4().hex[:8]}"
    env = server_env(postgres_url(naam), media, prefix)
    maak_database(naam)
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo")  # with the search index: the load test searches
        yield {"naam": naam, "url": postgres_url(naam), "media": media, "map": map_, "prefix": prefix, "env": env}
    finally:
        verwijder_database(naam)
        wis_redis_prefix(prefix)
