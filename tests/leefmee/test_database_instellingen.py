"""PostgreSQL connection settings that the map's speed depends on."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL setting; CI runs PostgreSQL too")
def test_postgresql_connections_do_not_jit_compile_queries():
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL setting; CI runs PostgreSQL too")
def test_postgresql_plans_a_repeated_query_once():
    """Server-side binding with psycopg's automatic prepared statements: a page's queries are
    planned once per connection instead of on every request."""
    from kaart.models import Dimensie

    Dimensie.objects.filter(sleutel="meedoen").first()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        voor = cursor.fetchone()[0]
    for sleutel in ["meedoen", "lichaam", "mentaal", "zingeving", "kwaliteit", "dagelijks"]:
        Dimensie.objects.filter(sleutel=sleutel).first()  # the same query text, other values
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        assert cursor.fetchone()[0] > voor


def test_the_prepare_threshold_can_be_switched_off_for_a_pooler(monkeypatch):
    import importlib

    from leefmee.settings import base

    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/leefmee")
    monkeypatch.setenv("POSTGRES_PREPARE_THRESHOLD", "off")
    try:
        uit = importlib.reload(base).DATABASES["default"]["OPTIONS"]
        monkeypatch.setenv("POSTGRES_PREPARE_THRESHOLD", "2")
        aan = importlib.reload(base).DATABASES["default"]["OPTIONS"]
    finally:
        monkeypatch.undo()
        importlib.reload(base)
    assert "server_side_binding" not in uit and "prepare_threshold" not in uit
    assert aan["server_side_binding"] is True and aan["prepare_threshold"] == 2
