"""Whole-page cache for anonymous visitors, invalidated at once by publishing.

Why our own small middleware instead of Django's per-site cache: we need a cache key that changes
the moment anything is published (a site-wide version number in the shared cache, bumped by
Wagtail's signals), and strict rules about what may be stored. A response is stored only when:

- the request is a GET/HEAD from a visitor without a session or messages cookie (so never for a
  logged-in editor), outside the admin, APIs and other excluded prefixes, and not a preview;
- the response is a 200 HTML page (or sitemap, feed, iCal) that sets no cookie at all and has no private/no-store
  Cache-Control. A page that rendered ``{% csrf_token %}`` always makes Django set or refresh the
  CSRF cookie, so pages with POST forms are never stored: a cached CSRF token would break the form
  for everyone else. Those pages stay dynamic; their other content is cheap.

The key holds the host, the full path (with the language prefix) and the query string. With Redis
(``REDIS_URL``) all app servers share the pages and the version number, so a page published through
one server is served fresh by every other one.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

VERSIE_KEY = "paginacache:versie"
HEADER = "X-Paginacache"
MAX_QUERY_LENGTH = 512
# Pages, and the sitemap and feeds, whose cost grows with the number of pages (the profile showed it).
CACHEBARE_TYPES = ("text/html", "application/xml", "application/rss+xml", "application/atom+xml", "text/calendar")


def _cache():
    return caches[getattr(settings, "LEEFMEE_PAGINACACHE_ALIAS", "default")]


def _nieuwe_beginwaarde():
    # After an eviction or a restart of the cache the version starts again from the clock, never
    # from 1: a number used before could match pages (and process memory) that are out of date.
    # Nanoseconds: no run of bumps (+1 each) can ever catch up with the clock.
    return time.time_ns()


def versie():
    cache = _cache()
    value = cache.get(VERSIE_KEY)
    if value is None:
        cache.add(VERSIE_KEY, _nieuwe_beginwaarde(), timeout=None)
        value = cache.get(VERSIE_KEY)
    return value


def verhoog_versie(**kwargs):
    """Make every stored page (and every value in leefmee.versiecache) stale at once."""
    from .versiecache import vergeet_verzoekversie

    vergeet_verzoekversie()
    cache = _cache()
    try:
        cache.incr(VERSIE_KEY)
    except ValueError:  # not there yet (first publish, or evicted)
        if not cache.add(VERSIE_KEY, _nieuwe_beginwaarde(), timeout=None):
            cache.incr(VERSIE_KEY)
    except Exception:  # noqa: BLE001 - a cache outage must never break publishing
        logger.exception("Page cache: could not bump the version")


def cache_seconden():
    return int(getattr(settings, "LEEFMEE_PAGINACACHE_SECONDS", 0))


def _uitgesloten(path):
    prefixes = tuple(getattr(settings, "LEEFMEE_PAGINACACHE_UITGESLOTEN", ()))
    # Also under a language prefix: /en/kaart-suggestie/ is as dynamic as /kaart-suggestie/.
    first, _, rest = path.lstrip("/").partition("/")
    zonder_taal = "/" + rest if first in {code for code, _name in settings.LANGUAGES} else path
    return path.startswith(prefixes) or zonder_taal.startswith(prefixes)


def is_anoniem_verzoek(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    return not _uitgesloten(request.path_info)


def _key(request, version):
    raw = f"{request.get_host()}|{request.path}|{request.META.get('QUERY_STRING', '')}"
    return f"paginacache:{version}:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_publiek_antwoord(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "is_preview", False):
        return False
    if not response.get("Content-Type", "").startswith(CACHEBARE_TYPES):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-cache", "no-store", "max-age=0")):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PaginaCacheMiddleware:
    """Place right after ConditionalGetMiddleware and before the session middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = cache_seconden()
        anoniem = is_anoniem_verzoek(request)
        key = None
        if seconds and anoniem:
            try:
                key = _key(request, versie())
                stored = _cache().get(key)
            except Exception:  # noqa: BLE001 - cache down: serve uncached
                logger.exception("Page cache unreachable")
                key, stored = None, None
            if stored is not None:
                content, headers = stored
                response = HttpResponse(content)
                for name, value in headers:
                    response[name] = value
                response[HEADER] = "hit"
                return response

        response = self.get_response(request)
        if not (anoniem and is_publiek_antwoord(request, response)):
            return response
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, public=True, max_age=int(getattr(settings, "LEEFMEE_BROWSER_MAX_AGE", 60)))
            cdn = getattr(settings, "LEEFMEE_CDN_MAX_AGE", 0)
            if cdn:
                patch_cache_control(response, s_maxage=int(cdn))
        if key is not None:
            headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
            try:
                _cache().set(key, (response.content, headers), seconds)
            except Exception:  # noqa: BLE001
                logger.exception("Page cache: could not store %s", request.path)
            response[HEADER] = "miss"
        return response


# --- Invalidation ---------------------------------------------------------------------------
# Apps whose rows appear on public pages (pages, snippets, taxonomy, sites, settings, images).
BRON_APPS = {"kaart", "verhalen", "publicatie", "home", "leefmee", "wagtailcore", "wagtailimages", "wagtailredirects"}
# Rows written by visitors or bookkeeping that never change what a page shows.
NIET_BRON_MODELLEN = {"wagtailcore.pagelogentry", "wagtailcore.modellogentry", "wagtailcore.revision",
                      "wagtailcore.taskstate", "wagtailcore.workflowstate",
                      "wagtailcore.pagesubscription", "wagtailcore.comment", "wagtailcore.commentreply",
                      "wagtailimages.rendition", "wagtailcore.referenceindex",
                      # Written by residents, partners or the search log: never shown on a public page.
                      "kaart.contactverzoek", "kaart.controleverzoek",
                      "kaart.wijzigingsvoorstel", "kaart.zoektelling", "publicatie.exporttaak"}


def _bij_wijziging(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label not in BRON_APPS or meta.label_lower in NIET_BRON_MODELLEN:
        return
    verhoog_versie()


def verbind_signalen():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(verhoog_versie, dispatch_uid=f"paginacache-{id(signal)}")
    # Snippets without drafts, taxonomy, sites, settings and deletions have no Wagtail signal.
    post_save.connect(_bij_wijziging, dispatch_uid="paginacache-post-save")
    post_delete.connect(_bij_wijziging, dispatch_uid="paginacache-post-delete")
