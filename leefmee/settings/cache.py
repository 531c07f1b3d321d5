"""Cache settings shared by every environment: Redis when REDIS_URL is set, the page cache, the CDN."""

import os

# --- Cache ----------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # Several installations (or test stages) can share one Redis with their own prefix.
            "KEY_PREFIX": os.environ.get("LEEFMEE_CACHE_PREFIX", "leefmee"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Template fragments ({% cache %}) live in process memory, like leefmee/versiecache.py: their key holds
# the shared content version (the `inhoudsversie` tag), so a change shows on every server at its next
# request, a hit costs no network round trip, and a Redis outage cannot break a page.
CACHES["template_fragments"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                "LOCATION": "leefmee-fragmenten", "OPTIONS": {"MAX_ENTRIES": 3000}}

# Whole-page cache for anonymous visitors (leefmee/paginacache.py); 0 = off (development, tests).
LEEFMEE_PAGINACACHE_SECONDS = int(os.environ.get("LEEFMEE_PAGINACACHE_SECONDS", "0"))
LEEFMEE_PAGINACACHE_UITGESLOTEN = ("/admin/", "/django-admin/", "/api/", "/documents/", "/gezond/", "/static/",
                                   "/media/", "/kaart-suggestie/", "/kaart-controle/")
# Cache-Control for public pages: browsers briefly, a CDN (s-maxage) longer when it is purged on publish.
LEEFMEE_BROWSER_MAX_AGE = int(os.environ.get("LEEFMEE_BROWSER_MAX_AGE", "60"))
LEEFMEE_CDN_MAX_AGE = int(os.environ.get("LEEFMEE_CDN_MAX_AGE", "0"))

# Frontend cache invalidation (wagtail.contrib.frontend_cache) for a CDN or caching proxy; off by default.
# FRONTEND_CACHE=http + FRONTEND_CACHE_LOCATION (Varnish/nginx PURGE), or =cloudflare (CLOUDFLARE_BEARER_TOKEN,
# CLOUDFLARE_ZONEID), or =cloudfront (CLOUDFRONT_DISTRIBUTION_ID).
_frontend_cache = os.environ.get("FRONTEND_CACHE", "").strip().lower()
if _frontend_cache == "http":
    WAGTAILFRONTENDCACHE = {"default": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_LOCATION"],
    }}
elif _frontend_cache == "cloudflare":
    WAGTAILFRONTENDCACHE = {"default": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }}
elif _frontend_cache == "cloudfront":
    WAGTAILFRONTENDCACHE = {"default": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }}
