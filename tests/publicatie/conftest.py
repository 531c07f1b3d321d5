"""Shared fixtures of the editorial tests: a site with a small map, the LEEF archive, the roles and two editors."""

import pytest
from django.contrib.auth.models import Group

from kaart.partners.rollen import REDACTEUREN, setup_roles
from tests.fabrieken import LeefArchiefFactory, UserFactory, kleine_kaart, openbaar_webadres


@pytest.fixture
def opzet(home_page, site):
    openbaar_webadres(site)
    data = kleine_kaart(home=home_page)
    arch = LeefArchiefFactory(parent=home_page)
    setup_roles()
    return data, arch


def redacteur_in_groep(naam):
    user = UserFactory(username=naam, email=f"{naam}@example.org", first_name=naam.capitalize())
    user.groups.add(Group.objects.get(name=REDACTEUREN))
    return user


@pytest.fixture
def anna(opzet):
    return redacteur_in_groep("anna")


@pytest.fixture
def bram(opzet):
    return redacteur_in_groep("bram")
