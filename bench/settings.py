"""Benchmark settings: production-like (no DEBUG, cached template loaders, no query logging) without
HTTPS redirects or a manifest of static files. DATABASE_URL and REDIS_URL come from the environment."""

import os

from leefmee.settings.test import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
LEEFMEE_PAGINACACHE_SECONDS = int(os.environ.get("LEEFMEE_PAGINACACHE_SECONDS", "0"))
# The open data APIs' own response cache is part of "with cache"; server time is measured without it.
OPENDATA_CACHE_SECONDS = int(os.environ.get("OPENDATA_CACHE_SECONDS", "0"))
LOGGING = {"version": 1, "disable_existing_loggers": False,
           "root": {"handlers": [], "level": "ERROR"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# As in production: background work (the search log, mail) is queued in the database for the worker.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# As in production (leefmee/settings/production.py): workers keep their database connection.
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
