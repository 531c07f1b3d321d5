"""Settings shared by every environment.

Everything that differs per environment (database, cache, mail, storage, secrets) is read from
environment variables in the module that needs it; `DATABASE_URL` is honoured everywhere so tests
and tools can point any settings module at PostgreSQL or another SQLite file.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from .omgeving import env_bool, env_limiet, env_list, tegel_bron  # noqa: F401 (dev and production import these)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


INSTALLED_APPS = [
    # Our apps, in dependency order: kaart <- verhalen <- publicatie <- home.
    "leefmee",
    "kaart",
    "verhalen",
    "publicatie",
    "home",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    # Purges a CDN or caching proxy on publish; does nothing until WAGTAILFRONTENDCACHE is set.
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    # Security (issue 12): CSP header, login lockout, optional TOTP two-factor authentication.
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # django-csp, letting the admin frame Wagtail's previews (leefmee/beveiliging.py).
    "leefmee.beveiliging.SiteCSPMiddleware",
    "leefmee.beveiliging.PermissionsPolicyMiddleware",
    # ETag and 304 answers, also for pages served from the page cache just below it.
    "django.middleware.http.ConditionalGetMiddleware",
    # Whole pages for anonymous visitors (off unless LEEFMEE_PAGINACACHE_SECONDS > 0).
    "leefmee.paginacache.PaginaCacheMiddleware",
    # Reads the content version once per request for what leefmee/versiecache.py keeps in memory.
    "leefmee.versiecache.VersieMiddleware",
    # No NUL or other control characters in query parameters and form fields (PostgreSQL refuses NUL).
    "leefmee.beveiliging.StuurtekenMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: marks a user verified by a one-time password, then enforces it in /admin/.
    "django_otp.middleware.OTPMiddleware",
    # Per-IP limits on failed logins (any username), password-reset mails and page passwords.
    "leefmee.limieten.InlogLimietMiddleware",
    "leefmee.tweestaps.TweestapsMiddleware",
    # Partners may not open the explorer of other organisations' pages (Wagtail would show draft titles).
    "kaart.partners.verkenner.VerkennerAfschermingMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "leefmee.gezondheid.DatabaseStoringMiddleware",
    # CORS, rate limit and short cache for the read-only open data APIs under /api/.
    "kaart.opendata.middleware.OpenDataMiddleware",
    # Last, as django-axes asks: turns a locked-out login attempt into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "leefmee.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "leefmee.wsgi.application"

# --- Database -------------------------------------------------------------------------------
# SQLite next to the project unless DATABASE_URL says otherwise (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# SQLite (the demo of `make run`): the editor's autosave and a submit, or the task worker and a
# request, write at the same time. WAL lets readers go on during a write; IMMEDIATE takes the write
# lock when a transaction starts, so a second writer waits (up to `timeout` seconds) instead of
# failing with "database is locked" when it upgrades a read transaction halfway.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if USING_POSTGRES:
    # Needed for PostgreSQL full-text search with the Dutch configuration.
    INSTALLED_APPS.append("django.contrib.postgres")
    # No JIT compilation: our queries are short, and the planner's cost estimate of a facet query
    # crossed jit_above_cost, so PostgreSQL spent 200 ms compiling a query that runs in 100 ms.
    # POSTGRES_OPTIONS replaces this (libpq "options", e.g. "-c jit=on").
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = os.environ.get("POSTGRES_OPTIONS", "-c jit=off")
    # Prepared statements: planning a page query (a join over Wagtail's page table with its dozen
    # indexes) took ~1.2 ms against ~0.2 ms to run it, on every request. With server-side binding,
    # psycopg prepares a query once its text has been run `prepare_threshold` times on a connection,
    # and PostgreSQL plans it once. Behind a pooler in transaction mode that cannot keep prepared
    # statements (PgBouncer before 1.21), set POSTGRES_PREPARE_THRESHOLD=off.
    _drempel = os.environ.get("POSTGRES_PREPARE_THRESHOLD", "5")
    if _drempel != "off":
        DATABASES["default"]["OPTIONS"].update(server_side_binding=True, prepare_threshold=int(_drempel))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-axes checks for a lockout before the normal backend tries the password.
AUTHENTICATION_BACKENDS = [
    "leefmee.beveiliging.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# --- Languages ------------------------------------------------------------------------------
# Dutch is the source language. LANGUAGE_CODE must be "nl" before the first migrate: the first
# Wagtail Locale is created from it.
LANGUAGE_CODE = "nl"
# Every language the site can be read in. A language appears on the public site only once its
# home page exists (an editor translates it, or `load_demo` makes one); Dutch is always the source.
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("pl", "Polski"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
]
_active = env_list("LEEFMEE_TALEN")
if _active:
    LANGUAGES = [(code, name) for code, name in LANGUAGES if code in _active or code == "nl"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = []
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Media through Django itself (never /media/documents/), for a single server without nginx/Caddy in
# front, such as the production stage of the tests. Behind a proxy, the proxy serves /media/.
LEEFMEE_MEDIA_VIA_DJANGO = env_bool("LEEFMEE_MEDIA_VIA_DJANGO", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Cache: leefmee/settings/cache.py ---------------------------------------------------------
from .cache import *  # noqa: E402,F403

# --- Background tasks -----------------------------------------------------------------------
# Immediate by default (development, tests); production runs a database-backed worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Mail -----------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "LEEF MEE <noreply@leefmee.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Contact requests and registrations (personal data) are deleted after this many days by
# `manage.py purge_contact_requests` (run it daily from cron or the scheduler); it also wipes name and
# e-mail of older change suggestions and deletes the handled ones.
LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN = int(os.environ.get("LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN", "90"))
# Public forms: at most this many submissions per IP address per window (seconds), per kind of form.
# Only accepted forms count, and 20 leaves room for a shared connection (a library, a care home).
LEEFMEE_FORMULIER_LIMIET = env_limiet("LEEFMEE_FORMULIER_LIMIET", (20, 600))

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "LEEF MEE"
# Default: where `make run` serves (PORT, default 8000).
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT') or 8000}")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Used by the PostgreSQL backend; SQLite FTS5 has no Dutch stemming and ignores it.
        "SEARCH_CONFIG": "dutch",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}
# Machine translation for the translation editor: none unless configured. DeepL when a key is set.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Partners (kaart/partners) ----------------------------------------------------------------
# Information not confirmed for this many months counts as stale ("Niet actueel", reminders).
LEEFMEE_CONTROLE_MAANDEN = int(os.environ.get("LEEFMEE_CONTROLE_MAANDEN", "6"))
# How long a reminder's links work; no new reminder is sent while one is still valid.
LEEFMEE_CONTROLE_GELDIG_DAGEN = 28
# Change suggestions per IP address: (number, per seconds).
LEEFMEE_SUGGESTIE_LIMIET = env_limiet("LEEFMEE_SUGGESTIE_LIMIET", (5, 3600))
# Wagtail's workflow notifications (submitted / approved / changes requested) go out by Django mail.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# An invitation link (password set) works a week.
PASSWORD_RESET_TIMEOUT = 7 * 24 * 3600
# --- Open data (Wagtail API v2 and Open Referral HSDS at /api/) -------------------------------------
OPENDATA_API_PREFIXES = ("/api/",)
OPENDATA_CACHE_SECONDS = int(os.environ.get("OPENDATA_CACHE_SECONDS", "60"))
OPENDATA_RATE_LIMIT = int(os.environ.get("OPENDATA_RATE_LIMIT", "120"))  # requests per IP per window
OPENDATA_RATE_WINDOW = 60  # seconds
OPENDATA_MAX_PER_PAGE = 200
OPENDATA_IMPORT_MAX_BYTES = int(os.environ.get("OPENDATA_IMPORT_MAX_BYTES", str(20 * 1024 * 1024)))
# The HSDS schemas and tabular data package shipped with the project (CC BY-SA 4.0, Open Referral).
HSDS_DOCS_DIR = BASE_DIR / "docs" / "hsds"
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
# --- Map (kaart) ----------------------------------------------------------------------------
# Tile server of the map on /kaart/op-de-kaart/. OpenStreetMap by default; a municipality can use
# its own (e.g. PDOK) through the environment. Tests never fetch tiles (the browser does).
LEEFMEE_KAART_TEGELS_URL = os.environ.get(
    "LEEFMEE_KAART_TEGELS_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
LEEFMEE_KAART_ATTRIBUTIE = os.environ.get(
    "LEEFMEE_KAART_ATTRIBUTIE",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers',
)
# --- Security (issue 12) --------------------------------------------------------------------
# Applies to every settings module (dev and test too), so problems show up before production.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# DENY everywhere; Wagtail marks its own preview views SAMEORIGIN (xframe_options_sameorigin).
X_FRAME_OPTIONS = "DENY"
# Permissions-Policy header (leefmee.beveiliging.PermissionsPolicyMiddleware): an empty list means
# "()" (no one). Set geolocation to ["self"] once a map feature asks the browser for the location.
LEEFMEE_PERMISSIONS_POLICY = {
    "geolocation": [],
    "camera": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Map tiles: the host of LEEFMEE_KAART_TEGELS_URL (see "Map" above) is allowed in the CSP's img-src.

# Content-Security-Policy (django-csp 4): no inline scripts, no third parties except map tiles.
# style-src allows 'unsafe-inline' on purpose: the brand colours (<style> in base.html, from the
# site settings) and the dimension colours (style="--kleur: ..." attributes) are editor data put in
# CSS custom properties; inline styles cannot run script, so the risk is limited to CSS injection
# of values that pass the #RRGGBB validator. Scripts stay strict: 'self' only.
# /admin/ (Wagtail admin, its previews and the userbar frames) is excluded: Wagtail 8's admin still
# uses inline <script> blocks (inline panels, date widgets, search promotions), so a strict policy
# would break editing. It has X-Frame-Options, login lockout and 2FA instead.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", *tegel_bron(LEEFMEE_KAART_TEGELS_URL), *env_list("LEEFMEE_CSP_IMG_SRC")],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    },
}

# Login lockout (django-axes): 5 failures for the same username from the same IP address lock that
# combination for 30 minutes, also for the right password. A success resets the counter.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "leefmee/vergrendeld.html"
AXES_USERNAME_FORM_FIELD = "username"
# Behind a reverse proxy: how many proxies add themselves to X-Forwarded-For (0 = use REMOTE_ADDR).
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None
if AXES_IPWARE_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Two-factor authentication (django-otp TOTP): optional per user; members of these groups must set
# it up before they can use the admin. Names of Wagtail groups, e.g. ["Moderators", "Editors"].
LEEFMEE_2FA_VERPLICHT_VOOR = env_list("LEEFMEE_2FA_VERPLICHT_VOOR")
OTP_TOTP_ISSUER = "LEEF MEE"

# Uploads: checked by content (leefmee.uploads), not by extension.
WAGTAILIMAGES_IMAGE_FORM_BASE = "leefmee.uploads.VeiligeAfbeeldingForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "leefmee.uploads.VeiligDocumentForm"
# 40 megapixels (8000 x 5000) is more than any phone photo; larger declared sizes are refused
# before decoding, so a small "decompression bomb" file cannot fill the memory.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Documents always go through Django (never a redirect to storage), always as a download with a
# fixed content type per extension; Wagtail adds "Content-Security-Policy: default-src 'none'".
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "rtf": "application/rtf",
    "txt": "text/plain; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
