"""Development: the default of manage.py. SQLite, local media, mail to the console, DEBUG on."""

from .base import *  # noqa: F401,F403
from .base import env_list

DEBUG = True
SECRET_KEY = "django-insecure-only-for-local-development"  # noqa: S105 - never used in production
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,.localhost,[::1],testserver")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
