"""gunicorn's workers freeze what they loaded at start-up, so full garbage collections stay short."""

import gc
import runpy
from pathlib import Path

import pytest

GUNICORN_CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


@pytest.fixture
def ontdooi():
    yield
    gc.unfreeze()


def test_a_started_worker_freezes_the_loaded_app(ontdooi):
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    conf = runpy.run_path(str(GUNICORN_CONF))
    conf["post_worker_init"](worker=None)
    # Django, Wagtail and the URLconf: far more than a handful of objects are out of the collector's way.
    assert gc.get_freeze_count() > 50_000
    assert gc.isenabled()  # objects made by requests are still collected
