"""Whole-page cache for anonymous visitors, invalidated at once by publishing.

Why our own small middleware instead of Django's per-site cache: we need a cache key that changes
the moment anything is published (a site-wide version number in the shared cache, bumped by
Wagtail's signals), and strict rules about what may be stored. A response is stored only when:

- the request is a GET/HEAD from a visitor without a session or messages cookie (so never for a
  logged-in editor), outside the admin, APIs and other excluded prefixes, and not a preview;
- the response is a 200 HTML page (or sitemap, feed, iCal) that sets no cookie and has no
  private/no-store Cache-Control. One exception: a page with a form (``{% csrf_token %}``, which
  makes Django set the CSRF cookie). Its token fields are stored as a marker and every visitor
  served from the cache gets a token and cookie of their own (met_eigen_token), so an offering
  page with its contact form is cached too; such pages say ``Cache-Control: private``.

The key holds the host, the full path (with the language prefix) and the query string. With Redis
(``REDIS_URL``) all app servers share the pages and the version number, so a page published through
one server is served fresh by every other one.
"""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

VERSIE_KEY = "paginacache:versie"
HEADER = "X-Paginacache"
MAX_QUERY_LENGTH = 512
# Pages, and the sitemap and feeds, whose cost grows with the number of pages (the profile showed it).
CACHEBARE_TYPES = ("text/html", "application/xml", "application/rss+xml", "application/atom+xml", "text/calendar")


# Pages with a form: the token of the visitor who filled the cache is stored as this marker, and
# every visitor served from the cache gets a token of their own (met_eigen_token). Without this an
# offering page, which shows its contact form, could never be cached.
CSRF_PLEK = b"__leefmee_csrf_token__"
CSRF_VELD = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(">)')


def met_eigen_token(request, response):
    """A stored page with the visitor's own CSRF token, and the CSRF cookie that goes with it, exactly
    as Django's CsrfViewMiddleware would have set them had the page been rendered for them."""
    csrf = CsrfViewMiddleware(lambda _request: None)
    csrf.process_request(request)  # the secret from the visitor's cookie, or a new one
    response.content = response.content.replace(CSRF_PLEK, get_token(request).encode())
    return csrf.process_response(request, response)


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


def heeft_formulier(response):
    """Whether the page holds a form with a CSRF token (an offering's contact form, for example)."""
    return response.status_code == 200 and not response.streaming and CSRF_VELD.search(response.content) is not None


def is_publiek_antwoord(request, response, met_formulier=False):
    """`met_formulier`: the page's only per-visitor part is its CSRF token (and the CSRF cookie)."""
    if met_formulier:
        if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
            return False
    elif response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if response.status_code != 200 or response.streaming or getattr(request, "is_preview", False):
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
                if CSRF_PLEK in content:
                    response = met_eigen_token(request, response)
                response["Content-Length"] = str(len(response.content))
                response[HEADER] = "hit"
                return response

        response = self.get_response(request)
        met_formulier = anoniem and heeft_formulier(response)
        if not (anoniem and is_publiek_antwoord(request, response, met_formulier)):
            return response
        if not response.has_header("Cache-Control"):
            browser = int(getattr(settings, "LEEFMEE_BROWSER_MAX_AGE", 60))
            if met_formulier:  # the visitor's own token: never in a shared cache (CDN)
                patch_cache_control(response, private=True, max_age=browser)
            else:
                patch_cache_control(response, public=True, max_age=browser)
                cdn = getattr(settings, "LEEFMEE_CDN_MAX_AGE", 0)
                if cdn:
                    patch_cache_control(response, s_maxage=int(cdn))
        if key is not None:
            headers = [(name, value) for name, value in response.items()
                       if name.lower() not in ("set-cookie", "content-length")]
            content = response.content
            if met_formulier:
                content = CSRF_VELD.sub(rb"\1" + CSRF_PLEK + rb"\2", content)
            try:
                _cache().set(key, (content, headers), seconds)
            except Exception:  # noqa: BLE001
                logger.exception("Page cache: could not store %s", request.path)
            response[HEADER] = "miss"
        return response


# --- Invalidation ---------------------------------------------------------------------------
# Apps whose rows appear on public pages (pages, snippets, taxonomy, sites, settings, images).
BRON_APPS = {"kaart", "verhalen", "publicatie", "home", "leefmee", "wagtailcore", "wagtailimages", "wagtailredirects",
             "wagtailsearchpromotions"}
# Rows written by visitors or bookkeeping that never change what a page shows.
NIET_BRON_MODELLEN = {"wagtailcore.pagelogentry", "wagtailcore.modellogentry", "wagtailcore.revision",
                      "wagtailcore.taskstate", "wagtailcore.workflowstate",
                      "wagtailcore.pagesubscription", "wagtailcore.comment", "wagtailcore.commentreply",
                      "wagtailimages.rendition", "wagtailcore.referenceindex",
                      # Wagtail's query log (written with every search); the promotions themselves count.
                      "wagtailsearchpromotions.query", "wagtailsearchpromotions.querydailyhits",
                      # Written by residents, partners or the search log: never shown on a public page.
                      "kaart.contactverzoek", "kaart.controleverzoek",
                      "kaart.wijzigingsvoorstel", "kaart.zoektelling", "publicatie.exporttaak"}


def _bij_wijziging(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label not in BRON_APPS or meta.label_lower in NIET_BRON_MODELLEN:
        return
    verhoog_versie()


# Wagtail's search index is written by this task: in production by the task worker, some time after
# the publish that bumped the version. Pages and search results kept in between would miss the change.
ZOEKINDEX_TAAK = "modelsearch.tasks.insert_or_update_object_task"


def _na_zoekindex(sender, task_result, **kwargs):
    if task_result.task.module_path == ZOEKINDEX_TAAK:
        verhoog_versie()


def verbind_signalen():
    from django.db.models.signals import post_delete, post_save
    from django_tasks.signals import task_finished
    from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(verhoog_versie, dispatch_uid=f"paginacache-{id(signal)}")
    # Snippets without drafts, taxonomy, sites, settings and deletions have no Wagtail signal.
    post_save.connect(_bij_wijziging, dispatch_uid="paginacache-post-save")
    post_delete.connect(_bij_wijziging, dispatch_uid="paginacache-post-delete")
    task_finished.connect(_na_zoekindex, dispatch_uid="paginacache-zoekindex")
