"""Fixtures for the reliability tests that need PostgreSQL with the demo content.

`demo_db` makes its own database next to pytest-django's test database (migrate + load_demo with the
production-like server settings, media on disk), shared by the tests of one session and dropped at
the end. Tests that use it only run on PostgreSQL (the CI's second pass) and need Redis.
"""

import uuid

import pytest

from .hulp import (
    maak_database,
    manage,
    postgres_url,
    server_env,
    vereis_postgres,
    vereis_redis,
    verwijder_database,
    wis_redis_prefix,
)


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
