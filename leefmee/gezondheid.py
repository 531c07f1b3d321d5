"""Health check and graceful behaviour when the database is away.

`/gezond/` tells a load balancer whether this app server can reach its database. When the
database is unreachable during a request, residents get a friendly 503 page instead of a crash,
and the site recovers by itself once the database is back (Django reconnects per request).
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def gezond(request):
    cache_status = _cache_status()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.error("Health check: database unreachable: %s", exc)
        return JsonResponse({"status": "ongezond", "database": "onbereikbaar", **cache_status}, status=503)
    # Only the database decides the status code: without Redis the site is slower, not broken.
    return JsonResponse({"status": "gezond", "database": "ok", **cache_status})


def _cache_status():
    """Report the shared cache (Redis) when one is configured."""
    if not getattr(settings, "REDIS_URL", ""):
        return {}
    try:
        cache.set("gezond:ping", "1", 10)
        ok = cache.get("gezond:ping") == "1"
    except Exception as exc:  # noqa: BLE001 - any client error means unreachable
        logger.error("Health check: cache unreachable: %s", exc)
        ok = False
    return {"cache": "ok" if ok else "onbereikbaar"}


class DatabaseStoringMiddleware:
    """Turn a database outage during a request into a friendly 503 page (Retry-After)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError) or _database_bereikbaar():
            return None  # a real bug, not an outage: let Django report it
        logger.error("Database outage while serving %s: %s", request.path, exception)
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response


def _database_bereikbaar():
    """Ask over a fresh connection of its own: the request's connection may be the broken one, or
    be inside a transaction that closing it would break (which once made a real bug look like an
    outage on PostgreSQL)."""
    probe = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with probe.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        return False
    finally:
        probe.close()
