"""The demo municipality, loaded once for this folder of tests and rolled back afterwards.

Every test that needs the whole demo lives here: loading it takes tens of seconds, so these tests share
one load inside an outer transaction (each test still runs in its own savepoint and leaves nothing
behind). Only `test_laden.py` loads it a second time, to prove `load_demo` is idempotent.
The independent tools (frictionless, feedparser, icalendar, the Nu Html Checker) check what a visitor of
the demo gets; the print tests judge its editions as printed.
"""

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, vast_moment):
    # The demo's dates are relative to the day it is loaded (agenda, editions, the stale organisation) and
    # these tests check them against today, as a visitor of a fresh `make run` sees them. Load and tests
    # share one clock, started at the vandaag moment and ticking on: a run that crosses midnight (or a
    # quarter's end) between the load and a test would otherwise compare two different days.
    with time_machine.travel(vast_moment), django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            # wagtail-localize publishes translations on commit: run those callbacks as a real commit would.
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", "--skip-index", verbosity=0)
            call_command("update_index", verbosity=0, stdout=open("/dev/null", "w"))
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def demo_client(demo, db, client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    return client
