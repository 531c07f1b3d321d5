"""Shared fixtures: a minimal LEEF MEE site (Dutch home page as site root, English locale).

Tests build their own data on top of this with the factories in `tests/fabrieken/`; the demo
content is only loaded by the tests of `load_demo` itself.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from leefmee.models import SiteInstellingen


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The browser tests run last (after pytest-django's own ordering): Playwright's sync API keeps an
    event loop running in the main thread for the rest of the session, and Django refuses database
    work from a thread with a running loop (SynchronousOnlyOperation)."""
    items[:] = [i for i in items if not i.get_closest_marker("browser")] + [
        i for i in items if i.get_closest_marker("browser")]


VAST_MOMENT = dt.datetime(2027, 3, 10, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture(scope="session")
def vast_moment():
    """The moment `vandaag` freezes, for fixtures of a wider scope that freeze the clock themselves
    (the demo load of tests/demo)."""
    return VAST_MOMENT


@pytest.fixture
def vandaag():
    """Today, frozen at a fixed Wednesday morning (Amsterdam time) for the length of the test: a run that
    crosses midnight, a weekend or a month's end must not change what "today" is halfway through.
    The clock ticks on from there: a test moves it further with `time_machine.travel`."""
    with time_machine.travel(VAST_MOMENT):
        yield VAST_MOMENT.date()


@pytest.fixture
def host_b(settings):
    """Requests to the second municipality's host (tests.fabrieken.regio.HOST_B) are allowed."""
    from tests.fabrieken.regio import HOST_B

    settings.ALLOWED_HOSTS = ["localhost", "testserver", HOST_B]


@pytest.fixture
def locale_nl(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def home_page(locale_nl):
    """A published Dutch HomePage as the root of the default site (replacing Wagtail's welcome page)."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()
    home = HomePage(title="LEEF MEE Testdorp", slug="home", locale=locale_nl)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Testdorp"},
    )
    # Every running site has its settings row (load_demo or the first request makes it); creating it
    # here keeps that first-request save out of the query counts of the tests.
    SiteInstellingen.for_site(Site.objects.get(is_default_site=True))
    return home


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _taal_terug_naar_nederlands():
    """Each test starts and ends in Dutch: a test that activates English must not leak into the
    next one (now that the English catalogue is complete, a leak changes the rendered text)."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture(autouse=True)
def _leeg_geheugen():
    """Each test starts with an empty cache and process memory (leefmee.versiecache): the database
    rolls back between tests without the signals that would make remembered rows stale."""
    from django.core.cache import caches

    from leefmee.versiecache import vergeet_alles

    for cache in caches.all():
        cache.clear()
    vergeet_alles()
    yield
