"""Issue 20, finding 9: rate limits hold without Redis, across worker processes.

Each worker process has its own LocMemCache; `cache.clear()` between requests stands in for the
next request landing on another worker. The limits must hold anyway (they live in the database).
"""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from kaart.models import Contactverzoek
from leefmee.models import Limietteller
from tests.fabrieken import AanbodFactory, KaartFactory, OrganisatieFactory, UserFactory, publiceer

pytestmark = pytest.mark.django_db


def andere_worker():
    cache.clear()


def test_contact_requests_are_limited_across_workers(client, site, home_page, settings):
    settings.LEEFMEE_FORMULIER_LIMIET = (5, 600)  # five accepted forms per address, then 429
    aanbod = AanbodFactory(parent=OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn",
                                                     email="w@example.test", volledig=True), volledig=True)
    url = aanbod.url + aanbod.reverse_subpage("informatie_aanvragen")
    statussen = []
    for n in range(8):
        andere_worker()
        statussen.append(client.post(url, {"naam": f"Bot {n}", "telefoon": "0612345678", "email": "",
                                           "vraag": "Spam?", "toestemming": "on"}).status_code)
    assert statussen.count(429) >= 3
    assert Contactverzoek.objects.count() == 5


def test_many_usernames_from_one_ip_are_stopped(client, home_page):
    statussen = []
    for n in range(25):
        andere_worker()
        statussen.append(client.post(reverse("wagtailadmin_login"),
                                     {"username": f"gebruiker{n}", "password": "fout-wachtwoord"}).status_code)
    assert statussen[:20].count(429) == 0
    assert statussen[20:] == [429] * 5


def test_a_good_login_after_the_limit_is_refused_too(client, home_page):
    UserFactory(username="echt", password="LeefMee-test-2026", is_superuser=True)
    for n in range(20):
        client.post(reverse("wagtailadmin_login"), {"username": f"x{n}", "password": "fout"})
    response = client.post(reverse("wagtailadmin_login"), {"username": "echt", "password": "LeefMee-test-2026"})
    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()


def test_password_reset_mails_are_limited(client, home_page):
    UserFactory(username="red", email="red@example.test")
    for _ in range(8):
        andere_worker()
        client.post(reverse("wagtailadmin_password_reset"), {"email": "red@example.test"})
    assert len(mail.outbox) == 5


def test_page_password_tries_are_limited(client, home_page, site):
    pagina = publiceer(home_page, StandardPage(title="Besloten", slug="besloten"))
    beperking = PageViewRestriction.objects.create(page=pagina, restriction_type=PageViewRestriction.PASSWORD,
                                                   password="juist-wachtwoord")
    url = reverse("wagtailcore_authenticate_with_password", args=[beperking.pk, pagina.pk])
    statussen = [client.post(url, {"password": f"gok{n}", "return_url": "/besloten/"}).status_code for n in range(12)]
    assert statussen[:10].count(429) == 0 and statussen[10:] == [429, 429]
    assert client.post(url, {"password": "juist-wachtwoord", "return_url": "/besloten/"}).status_code == 429


def test_counters_hold_no_ip_address(client, home_page):
    client.post(reverse("wagtailadmin_login"), {"username": "x", "password": "y"}, REMOTE_ADDR="198.51.100.23")
    sleutels = list(Limietteller.objects.values_list("sleutel", flat=True))
    assert sleutels and not any("198.51.100.23" in s for s in sleutels)


def test_api_rate_limit_holds_across_workers(client, home_page, settings):
    settings.OPENDATA_RATE_LIMIT = 3
    settings.OPENDATA_CACHE_SECONDS = 0
    statussen = []
    for _ in range(5):
        andere_worker()
        statussen.append(client.get("/api/hsds/taxonomies").status_code)
    assert statussen == [200, 200, 200, 429, 429]
    assert client.get("/api/hsds/taxonomies", REMOTE_ADDR="198.51.100.7").status_code == 200
