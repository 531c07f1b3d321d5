"""PostgreSQL connection settings that the map's speed depends on."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL setting; CI runs PostgreSQL too")
def test_postgresql_connections_do_not_jit_compile_queries():
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
