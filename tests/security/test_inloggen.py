"""Admin login: lockout after repeated failures (django-axes) and strong passwords."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.fabrieken import UserFactory

WACHTWOORD = "Wachtwoord-voor-tests-1"


@pytest.fixture
def redacteur(db):
    return UserFactory(username="redacteur", is_superuser=True, is_staff=True)


def inloggen(client, wachtwoord, ip="192.0.2.10", gebruiker="redacteur"):
    return client.post(
        reverse("wagtailadmin_login"), {"username": gebruiker, "password": wachtwoord}, REMOTE_ADDR=ip
    )


def test_five_failures_lock_the_account_for_that_address_with_a_dutch_message(client, redacteur):
    for _poging in range(4):
        response = inloggen(client, "fout")
        assert response.status_code == 200  # the login form again, with an error
    response = inloggen(client, "fout")
    assert response.status_code == 429
    tekst = response.content.decode()
    assert "Inloggen tijdelijk geblokkeerd" in tekst
    assert "30 minuten" in tekst

    # Locked: even the right password does not let you in.
    response = inloggen(client, WACHTWOORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_the_lock_is_per_username_and_address(client, redacteur):
    for _poging in range(5):
        inloggen(client, "fout")
    # The same user from another address still gets in: an attacker cannot lock out the real editor.
    response = inloggen(client, WACHTWOORD, ip="198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(redacteur.pk)


def test_the_lock_ends_after_thirty_minutes(vandaag, client, redacteur):
    for _poging in range(5):
        inloggen(client, "fout")
    assert inloggen(client, WACHTWOORD).status_code == 429
    # The clock moves on (axes reads it): no attempt in between, as one during the lock starts the 30 minutes anew.
    with time_machine.travel(timezone.now() + timedelta(minutes=31)):
        assert inloggen(client, WACHTWOORD).status_code == 302
    assert client.session["_auth_user_id"] == str(redacteur.pk)


def test_a_successful_login_resets_the_counter(client, redacteur):
    for _poging in range(4):
        inloggen(client, "fout")
    assert inloggen(client, WACHTWOORD).status_code == 302
    client.logout()
    for _poging in range(4):
        assert inloggen(client, "fout").status_code == 200
    assert inloggen(client, WACHTWOORD).status_code == 302  # 8 failures in all, but never 5 in a row
    assert client.session["_auth_user_id"] == str(redacteur.pk)


@pytest.mark.parametrize(
    "wachtwoord",
    ["kort1!", "password123", "wachtwoord", "1234567890123", "qwertyuiop"],
)
def test_weak_passwords_are_refused(db, wachtwoord):
    with pytest.raises(ValidationError):
        validate_password(wachtwoord, UserFactory.build(username="anna", email="anna@example.org"))


def test_a_long_uncommon_password_is_accepted(db):
    validate_password("Zeedorp-fiets-regen-42", UserFactory.build(username="anna"))
