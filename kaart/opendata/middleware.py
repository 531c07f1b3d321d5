"""CORS, a per-IP rate limit and a short per-URL cache for the read-only open data APIs (/api/...).

Why our own middleware instead of django-cors-headers: the APIs are public, read-only and need one
header (`Access-Control-Allow-Origin: *`) plus an OPTIONS answer; a dependency for that is not worth
it. The rate limit counts in leefmee.limieten's shared counter (Redis, else the database), so it holds
across worker processes; the response cache uses Django's cache (Redis in production).
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from leefmee import limieten
from leefmee.formulieren import client_ip

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
}


def zoekwoorden(tekst):
    """Words only, lower case: quotes, brackets and AND/OR/NOT are query syntax in SQLite FTS5 and
    break the search (a 500) in Wagtail's API v2 and ours."""
    return " ".join(re.findall(r"\w+", (tekst or "")[:200].lower()))


def _met_gebruiker(request):
    """Whether the request comes from a signed-in user (a session cookie alone does not load the session)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES and "HTTP_AUTHORIZATION" not in request.META:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def _instelling(naam, standaard):
    return getattr(settings, naam, standaard)


class OpenDataMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefixes = _instelling("OPENDATA_API_PREFIXES", ("/api/",))
        if not request.path.startswith(tuple(prefixes)):
            return self.get_response(request)
        if request.method == "OPTIONS":
            return self._cors(HttpResponse(status=204))
        beperkt = self._rate_limited(request)
        if beperkt:
            return self._cors(beperkt)
        if request.method not in ("GET", "HEAD"):
            return self._cors(self.get_response(request))
        if "search" in request.GET:
            params = request.GET.copy()
            params["search"] = zoekwoorden(params["search"])
            request.GET = params

        if _met_gebruiker(request):
            # A signed-in user may see more (documents, drafts through permissions): never from or
            # into the shared cache, and no shared cache on the way may keep it either.
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ("Cookie",))
            return self._cors(response)

        ttl = _instelling("OPENDATA_CACHE_SECONDS", 60)
        bron = f"{request.get_host()}{request.get_full_path()}"
        key = "opendata:resp:" + hashlib.sha256(bron.encode()).hexdigest()
        bewaard = cache.get(key) if ttl else None
        if bewaard is not None:
            content, content_type = bewaard
            response = HttpResponse(content, content_type=content_type)
            response["X-Cache"] = "HIT"
        else:
            response = self.get_response(request)
            if ttl and response.status_code == 200 and not response.streaming:
                cache.set(key, (response.content, response["Content-Type"]), ttl)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=ttl)
            # The same URL answers a signed-in user differently: shared caches must keep them apart.
            patch_vary_headers(response, ("Cookie",))
        return self._cors(response)

    def _cors(self, response):
        for header, value in CORS_HEADERS.items():
            response[header] = value
        return response

    def _rate_limited(self, request):
        limiet = _instelling("OPENDATA_RATE_LIMIT", 120)  # requests per IP per window
        venster = _instelling("OPENDATA_RATE_WINDOW", 60)  # seconds
        if not limiet:
            return None
        aantal = limieten.tel("opendata_api", client_ip(request), venster)
        if aantal > limiet:
            response = JsonResponse(
                {"error": f"Te veel verzoeken. Je mag {limiet} verzoeken per {venster} seconden doen. "
                          "Probeer het straks opnieuw.", "status": 429},
                status=429,
            )
            response["Retry-After"] = str(venster)
            return response
        return None
