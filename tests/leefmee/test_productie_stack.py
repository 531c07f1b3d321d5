"""Production stack pieces: JSON log lines, the cache in the health check, gunicorn's config."""

import json
import logging
import runpy
from pathlib import Path
from unittest import mock

import pytest

from leefmee.jsonlog import JsonFormatter

ROOT = Path(__file__).resolve().parents[2]


def test_json_log_lines_escape_quotes_newlines_and_tracebacks():
    formatter = JsonFormatter()
    try:
        raise ValueError('kapot "echt"\nregel 2')
    except ValueError:
        import sys

        record = logging.LogRecord("leefmee.test", logging.ERROR, __file__, 1, 'Zoek "%s"\nklaar', ("koffie",),
                                   sys.exc_info())
    record.pad = "/kaart/"
    line = formatter.format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["message"] == 'Zoek "koffie"\nklaar'
    assert data["level"] == "ERROR" and data["logger"] == "leefmee.test"
    assert "ValueError" in data["exc_info"]
    assert data["pad"] == "/kaart/"


@pytest.mark.django_db
def test_health_check_reports_the_cache_when_redis_is_configured(client, settings):
    settings.REDIS_URL = "redis://example.invalid:6379/0"
    response = client.get("/gezond/")
    assert response.status_code == 200
    assert response.json()["cache"] == "ok"  # the test cache (local memory) answers
    with mock.patch("leefmee.gezondheid.cache.set", side_effect=ConnectionError("weg")):
        response = client.get("/gezond/")
    assert response.status_code == 200  # only the database makes it unhealthy
    assert response.json() == {"status": "gezond", "database": "ok", "cache": "onbereikbaar"}


def test_gunicorn_config_reads_workers_and_bind_from_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:9999")
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["workers"] == 3
    assert config["bind"] == "127.0.0.1:9999"
    assert config["wsgi_app"] == "leefmee.wsgi:application"
    assert config["accesslog"] == "-"
