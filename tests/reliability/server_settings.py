"""Settings for the app servers, task worker and manage.py started by the reliability tests.

Like the test settings, but with what several servers share in production: the database-backed
task worker, persistent database connections, sessions in cache + database, the page cache in
Redis (REDIS_URL, own key prefix) and media in one directory (a stand-in for object storage).
"""

import os

from leefmee.settings.test import *  # noqa: F401,F403
from leefmee.settings.test import DATABASES, env_bool

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ["LEEFMEE_CACHE_PREFIX"],
    }
}
LEEFMEE_PAGINACACHE_SECONDS = 300
LEEFMEE_RENDITIONS_BIJ_UPLOAD = True
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Persistent, health-checked connections as in production: the outage test shows they recover.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env_bool("CONN_HEALTH_CHECKS", True)
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
