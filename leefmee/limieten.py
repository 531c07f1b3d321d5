"""Rate limits that hold across worker processes and app servers.

Django's default cache (LocMemCache) lives in one process: with four gunicorn workers and no
Redis, every limit was four times as high, and a restarted worker forgot it. Here a counter lives
in Redis when REDIS_URL is set (Django's cache is then shared), otherwise in the database
(`Limietteller`, one row per key and time window, incremented with an UPDATE so concurrent
requests never lose a count). Keys hold a keyed hash, never an IP address or e-mail address.

`InlogLimietMiddleware` adds the limits Wagtail and django-axes leave open: many usernames tried
from one IP, password-reset mails, and the password form of a protected page.
"""

import datetime as dt
import hashlib
import random

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.dispatch import receiver
from django.shortcuts import render
from django.urls import resolve
from django.urls.exceptions import Resolver404
from django.utils import timezone

# (name, attempts, seconds) per IP address. Overridable with LEEFMEE_INLOG_LIMIETEN.
INLOG_LIMIETEN = {
    "login_mislukt": (20, 15 * 60),  # failed admin logins, whatever the username
    "wachtwoord_vergeten": (5, 60 * 60),  # password-reset mails asked
    "paginawachtwoord": (10, 15 * 60),  # tries on the password form of a protected page
}
URL_NAMEN = {"wagtailadmin_password_reset": "wachtwoord_vergeten",
             "wagtailcore_authenticate_with_password": "paginawachtwoord"}


def _in_cache():
    # REDIS_URL is always set (settings/cache.py), "" without Redis.
    return getattr(settings, "LEEFMEE_LIMIETEN_IN_CACHE", bool(settings.REDIS_URL))


def _sleutel(naam, waarde, venster):
    nu = int(timezone.now().timestamp())
    geheim = hashlib.sha256(f"{settings.SECRET_KEY}:{naam}:{waarde}".encode()).hexdigest()[:40]
    return f"limiet:{naam}:{geheim}:{nu // venster}", dt.timedelta(seconds=venster - nu % venster)


def tel(naam, waarde, venster):
    """Count one attempt for (naam, waarde) in the current window; returns the count so far."""
    sleutel, rest = _sleutel(naam, waarde, venster)
    if _in_cache():
        if cache.add(sleutel, 1, venster):
            return 1
        try:
            return cache.incr(sleutel)
        except ValueError:  # expired between add() and incr()
            cache.add(sleutel, 1, venster)
            return 1
    from .models import Limietteller

    if random.random() < 0.01:  # now and then: clear the windows that have passed
        Limietteller.objects.filter(verloopt_op__lt=timezone.now()).delete()
    if not Limietteller.objects.filter(sleutel=sleutel).update(aantal=F("aantal") + 1):
        try:
            with transaction.atomic():
                Limietteller.objects.create(sleutel=sleutel, aantal=1, verloopt_op=timezone.now() + rest)
        except IntegrityError:  # another process made the row just now
            Limietteller.objects.filter(sleutel=sleutel).update(aantal=F("aantal") + 1)
    return Limietteller.objects.filter(sleutel=sleutel).values_list("aantal", flat=True).first() or 1


def stand(naam, waarde, venster):
    """The number of attempts counted in the current window."""
    sleutel, _rest = _sleutel(naam, waarde, venster)
    if _in_cache():
        return cache.get(sleutel, 0)
    from .models import Limietteller

    return Limietteller.objects.filter(sleutel=sleutel).values_list("aantal", flat=True).first() or 0


def _limiet(naam):
    return getattr(settings, "LEEFMEE_INLOG_LIMIETEN", INLOG_LIMIETEN)[naam]


def _ip(request):
    from .formulieren import client_ip

    return client_ip(request)


@receiver(user_login_failed)
def tel_mislukte_login(sender, credentials, request=None, **kwargs):
    if request is not None:
        tel("login_mislukt", _ip(request), _limiet("login_mislukt")[1])


class InlogLimietMiddleware:
    """429 for a POST to the login, password-reset or page-password form once the IP's limit is reached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            naam = self._soort(request)
            if naam is not None:
                aantal, venster = _limiet(naam)
                ip = _ip(request)
                over = (stand(naam, ip, venster) >= aantal if naam == "login_mislukt"
                        else tel(naam, ip, venster) > aantal)
                if over:
                    return render(request, "leefmee/te_veel_pogingen.html",
                                  {"minuten": max(1, venster // 60)}, status=429)
        return self.get_response(request)

    @staticmethod
    def _soort(request):
        try:
            naam = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if naam == "wagtailadmin_login":
            return "login_mislukt"
        return URL_NAMEN.get(naam)
