"""Where rate-limit counters live and what happens when two workers count at once (issue 24:
survivors of mutation testing of leefmee/limieten.py)."""

import contextlib
import datetime as dt
import random
from unittest import mock

import pytest
import time_machine
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
from django.urls import reverse

from leefmee import limieten
from leefmee.limieten import stand, tel
from leefmee.models import Limietteller, SiteInstellingen

pytestmark = pytest.mark.django_db
BEGIN = dt.datetime.fromtimestamp(1_800_000_100, tz=dt.UTC)  # 100 s into a 15-minute window


@pytest.fixture
def vaste_tijd():
    cache.clear()
    with time_machine.travel(BEGIN, tick=False) as reis:
        yield reis


def test_the_setting_puts_counters_in_the_cache_even_without_redis(settings, vaste_tijd):
    settings.REDIS_URL = ""
    settings.LEEFMEE_LIMIETEN_IN_CACHE = True
    assert [tel("proef", "10.0.0.1", 900) for _ in range(2)] == [1, 2]
    assert Limietteller.objects.count() == 0
    assert stand("proef", "10.0.0.1", 900) == 2


def test_the_setting_keeps_counters_in_the_database_even_with_redis(settings, vaste_tijd):
    settings.REDIS_URL = "redis://127.0.0.1:6379/5"
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    assert [tel("proef", "10.0.0.1", 900) for _ in range(2)] == [1, 2]
    assert list(Limietteller.objects.values_list("aantal", flat=True)) == [2]


class CacheDieTussendoorVerloopt:
    """The shared cache, where the key still exists at add() and has expired at incr() (Redis
    removed it in between). Records the timeouts given to add()."""

    def __init__(self):
        self.timeouts = []
        self.eerste = True

    def add(self, sleutel, waarde, timeout):
        self.timeouts.append(timeout)
        if self.eerste:
            self.eerste = False
            return False  # "exists"
        return cache.add(sleutel, waarde, timeout)

    def incr(self, sleutel):
        raise ValueError(sleutel)  # "does not exist (any more)"

    def get(self, sleutel, standaard=None):
        return cache.get(sleutel, standaard)


def test_a_cache_counter_that_expires_between_add_and_incr_starts_again_at_one(settings, vaste_tijd):
    settings.LEEFMEE_LIMIETEN_IN_CACHE = True
    nep = CacheDieTussendoorVerloopt()
    with mock.patch.object(limieten, "cache", nep):
        assert tel("proef", "10.0.0.1", 900) == 1
        assert stand("proef", "10.0.0.1", 900) == 1
    assert nep.timeouts == [900, 900]  # the counter expires with its window: Redis does not fill up


def test_a_new_cache_counter_expires_with_its_window(settings, vaste_tijd):
    settings.LEEFMEE_LIMIETEN_IN_CACHE = True
    with mock.patch.object(limieten.cache, "add", wraps=limieten.cache.add) as add:
        assert tel("proef", "10.0.0.1", 600) == 1
    assert add.call_args.args[1:] == (1, 600)


def test_two_workers_creating_the_same_counter_both_count(settings, vaste_tijd):
    """Another worker inserts the row between our UPDATE (no row yet) and our INSERT: ours fails
    on the unique key, and then counts on that row."""
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    tel("proef", "10.0.0.1", 900)
    eerder = Limietteller.objects.get()
    sleutel, verloopt_op = eerder.sleutel, eerder.verloopt_op
    eerder.delete()

    @contextlib.contextmanager
    def atomic_na_de_andere_worker():
        Limietteller.objects.create(sleutel=sleutel, aantal=1, verloopt_op=verloopt_op)
        with transaction.atomic():
            yield

    with mock.patch.object(limieten, "transaction", mock.Mock(atomic=atomic_na_de_andere_worker)):
        assert tel("proef", "10.0.0.1", 900) == 2
    assert list(Limietteller.objects.values_list("aantal", flat=True)) == [2]


def test_a_counter_removed_right_after_counting_counts_as_the_first_attempt(settings, vaste_tijd):
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False

    def opgeruimd(sender, instance, **kwargs):
        Limietteller.objects.filter(pk=instance.pk).delete()

    post_save.connect(opgeruimd, sender=Limietteller)
    try:
        assert tel("proef", "10.0.0.1", 900) == 1
    finally:
        post_save.disconnect(opgeruimd, sender=Limietteller)


def test_passed_windows_are_not_cleared_on_most_attempts(settings, vaste_tijd):
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    tel("oud", "10.0.0.1", 900)
    vaste_tijd.move_to(BEGIN + dt.timedelta(hours=1))
    random.seed(1)  # a draw above 1 %
    assert random.random() > 0.01
    random.seed(1)
    tel("nieuw", "10.0.0.1", 900)
    assert Limietteller.objects.count() == 2


def test_each_form_has_its_own_limit_for_one_address(settings, client, home_page):
    """Password resets and page passwords from one address are counted apart."""
    settings.LEEFMEE_INLOG_LIMIETEN = {"login_mislukt": (5, 900), "wachtwoord_vergeten": (2, 900),
                                       "paginawachtwoord": (2, 900)}
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    with time_machine.travel(BEGIN, tick=False):
        resets = [client.post(reverse("wagtailadmin_password_reset"), {"email": "x@example.test"}).status_code
                  for _ in range(2)]
        pagina = [client.post(reverse("wagtailcore_authenticate_with_password", args=[1, home_page.pk]),
                              {"password": "gok"}).status_code for _ in range(2)]
    assert 429 not in resets + pagina
    with time_machine.travel(BEGIN, tick=False):
        assert stand("wachtwoord_vergeten", "127.0.0.1", 900) == 2
        assert stand("paginawachtwoord", "127.0.0.1", 900) == 2


def test_the_refusal_is_a_page_of_this_site(settings, client, site):
    instellingen = SiteInstellingen.for_site(site)
    instellingen.site_naam = "Duinwijk Doet Mee"
    instellingen.save()
    settings.LEEFMEE_INLOG_LIMIETEN = {"login_mislukt": (5, 900), "wachtwoord_vergeten": (1, 900),
                                       "paginawachtwoord": (5, 900)}
    settings.LEEFMEE_LIMIETEN_IN_CACHE = False
    with time_machine.travel(BEGIN, tick=False):
        for _ in range(2):
            geweigerd = client.post(reverse("wagtailadmin_password_reset"), {"email": "x@example.test"})
    assert geweigerd.status_code == 429
    assert "Duinwijk Doet Mee" in geweigerd.content.decode()
