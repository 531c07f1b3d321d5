"""Rate limits at their edges (issue 24): counting per window, in the database and in a shared cache,
and the middleware's bounds. Time is fixed with time-machine: the windows are about "now"."""

import datetime as dt
import random

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from leefmee.limieten import InlogLimietMiddleware, stand, tel
from leefmee.models import Limietteller

pytestmark = pytest.mark.django_db
# 100 seconds into a 15-minute window (1,800,000,000 is a multiple of 900).
BEGIN = dt.datetime.fromtimestamp(1_800_000_100, tz=dt.UTC)


@pytest.fixture(params=[False, True], ids=["database", "cache"])
def opslag(request, settings):
    """The same rules whether the counters live in the database or in Redis (here: the shared cache)."""
    settings.LEEFMEE_LIMIETEN_IN_CACHE = request.param
    cache.clear()
    with time_machine.travel(BEGIN, tick=False) as reis:
        yield reis


def test_attempts_are_counted_per_name_and_value_within_a_window(opslag):
    assert stand("proef", "10.0.0.1", 900) == 0
    assert [tel("proef", "10.0.0.1", 900) for _ in range(3)] == [1, 2, 3]
    assert stand("proef", "10.0.0.1", 900) == 3
    assert stand("proef", "10.0.0.2", 900) == 0  # another address
    assert stand("ander", "10.0.0.1", 900) == 0  # another limit
    assert tel("proef", "10.0.0.2", 900) == 1


def test_a_new_window_starts_counting_again_and_the_old_one_ends_on_its_boundary(opslag):
    tel("proef", "10.0.0.1", 900)
    tel("proef", "10.0.0.1", 900)
    opslag.move_to(BEGIN + dt.timedelta(seconds=799))  # the last second of the window
    assert stand("proef", "10.0.0.1", 900) == 2
    opslag.move_to(BEGIN + dt.timedelta(seconds=800))  # the next window
    assert stand("proef", "10.0.0.1", 900) == 0
    assert tel("proef", "10.0.0.1", 900) == 1


def test_a_database_counter_expires_at_the_end_of_its_window(settings):
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    with time_machine.travel(BEGIN, tick=False):
        tel("proef", "10.0.0.1", 900)
    teller = Limietteller.objects.get()
    assert teller.verloopt_op == BEGIN + dt.timedelta(seconds=800)
    assert "10.0.0.1" not in teller.sleutel


def test_passed_windows_are_cleared_now_and_then(settings):
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    with time_machine.travel(BEGIN, tick=False) as reis:
        tel("oud", "10.0.0.1", 900)
        reis.move_to(BEGIN + dt.timedelta(hours=1))
        random.seed(139)  # a draw below 1 %: this attempt clears the windows that have passed
        tel("nieuw", "10.0.0.1", 900)
    assert Limietteller.objects.count() == 1
    assert stand("oud", "10.0.0.1", 900) == 0


def test_a_redis_url_puts_the_counters_in_the_cache(settings):
    del settings.LEEFMEE_LIMIETEN_IN_CACHE
    settings.REDIS_URL = "redis://127.0.0.1:6379/12"
    cache.clear()
    tel("proef", "10.0.0.1", 900)
    assert Limietteller.objects.count() == 0  # the (test) cache holds it
    settings.REDIS_URL = ""
    tel("proef", "10.0.0.1", 900)
    assert Limietteller.objects.count() == 1


def _post(pad, ip="203.0.113.9"):
    return RequestFactory().post(pad, {"email": "x@example.test"}, REMOTE_ADDR=ip)


def test_password_resets_pass_up_to_the_limit_and_then_stop_for_that_address(settings, home_page):
    settings.LEEFMEE_INLOG_LIMIETEN = {"login_mislukt": (3, 900), "wachtwoord_vergeten": (2, 90),
                                       "paginawachtwoord": (3, 900)}
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    middleware = InlogLimietMiddleware(lambda request: "doorgelaten")
    pad = reverse("wagtailadmin_password_reset")
    with time_machine.travel(BEGIN, tick=False):
        uitkomsten = [middleware(_post(pad)) for _ in range(3)]
        assert uitkomsten[:2] == ["doorgelaten", "doorgelaten"]
        assert uitkomsten[2].status_code == 429
        assert "Wacht 1 minuten" in uitkomsten[2].content.decode()
        assert middleware(_post(pad, ip="203.0.113.10")) == "doorgelaten"
        # reading a form, and posting elsewhere, is never limited
        assert middleware(RequestFactory().get(pad, REMOTE_ADDR="203.0.113.9")) == "doorgelaten"
        assert middleware(_post("/geen-bestaande-pagina/")) == "doorgelaten"
        assert middleware(_post("/")) == "doorgelaten"


def test_failed_logins_block_the_login_once_the_limit_is_reached(settings, client, home_page):
    settings.LEEFMEE_INLOG_LIMIETEN = {"login_mislukt": (3, 600), "wachtwoord_vergeten": (5, 3600),
                                       "paginawachtwoord": (10, 900)}
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    with time_machine.travel(BEGIN, tick=False):
        statussen = [client.post(reverse("wagtailadmin_login"), {"username": f"u{n}", "password": "fout"},
                                 REMOTE_ADDR="203.0.113.9").status_code for n in range(4)]
        assert statussen == [200, 200, 200, 429]
        geweigerd = client.post(reverse("wagtailadmin_login"), {"username": "u", "password": "fout"},
                                REMOTE_ADDR="203.0.113.9")
        assert "Wacht 10 minuten" in geweigerd.content.decode()
        assert stand("login_mislukt", "203.0.113.9", 600) == 3  # a refused attempt is not a failed login
