"""Rows every request needs and that hardly ever change, kept in process memory.

The locale, the site with its root page, the site settings, the taxonomy terms and the main menu
are the same for thousands of requests, yet each cost a query on every page. They are kept here,
keyed by the content version of the page cache (`leefmee.paginacache.versie`): the version is
bumped by every publish, unpublish, move and every save or delete of content, taxonomy, sites
and settings. With Redis (`REDIS_URL`) that version is shared, so a change through one app server
is seen by every other one at its next request.

The version is read once per request (`VersieMiddleware`), not once per lookup. Outside a request
(commands, tasks) it is read at every lookup.

Values are returned as copies when they are model instances, so a view or an admin form that
changes an attribute never changes what the next request gets.
"""

import copy
import logging
import threading
from contextvars import ContextVar

from django.db import models

from . import paginacache

logger = logging.getLogger(__name__)

# The version of the current request; None outside a request.
_verzoek_versie: ContextVar[int | None] = ContextVar("leefmee_verzoek_versie", default=None)
_bewaard: dict = {}
_slot = threading.Lock()
# Many sites × languages × a handful of kinds stays far below this; it only bounds a leak.
MAX_WAARDEN = 5000


def _lees_versie():
    try:
        return paginacache.versie()
    except Exception:  # noqa: BLE001 - a cache outage slows pages down, it must not break them
        logger.warning("Content version unreadable: nothing is kept in process memory", exc_info=True)
        return None


def huidige_versie():
    """The content version, or None when the shared cache cannot be reached (then nothing is kept)."""
    versie = _verzoek_versie.get()
    return versie if versie is not None else _lees_versie()


def vergeet_verzoekversie():
    """Called when content changes inside a request: its next lookups read the new version."""
    _verzoek_versie.set(None)


def _kopie(waarde):
    if isinstance(waarde, models.Model):
        return copy.copy(waarde)
    return waarde


def gedeeld(waarde):
    """kopieer= for values every request only reads (lists of ids, lookup tables): no copy."""
    return waarde


def bewaard(soort, sleutel, maak, kopieer=_kopie, hoogstens=None):
    """`maak()` once per content version for (soort, sleutel); later calls return (a copy of) it.

    `maak` may return None: that is not kept (a missing site or locale may be added any moment).
    `hoogstens`: keep at most this many values of this `soort` (the oldest goes first), for large
    values under keys a visitor chooses (such as the agenda's date range).
    """
    versie = huidige_versie()
    if versie is None:
        return maak()
    key = (versie, soort, sleutel)
    try:
        return kopieer(_bewaard[key])
    except KeyError:
        pass
    waarde = maak()
    if waarde is not None:
        with _slot:
            # Values of an earlier version are never read again: drop them (some are large, like
            # the regional id lists), rather than let them pile up until MAX_WAARDEN.
            if len(_bewaard) >= MAX_WAARDEN or any(k[0] != versie for k in _bewaard):  # a handful of keys
                _bewaard.clear()
            if hoogstens is not None:
                eigen = [k for k in _bewaard if k[1] == soort]
                for oud in eigen[:max(0, len(eigen) - hoogstens + 1)]:  # dicts keep insertion order
                    del _bewaard[oud]
            _bewaard[key] = waarde
    return kopieer(waarde)


def vergeet_alles():
    """Tests: start from an empty memory (their database rolls back without signals)."""
    with _slot:
        _bewaard.clear()


class VersieMiddleware:
    """Reads the content version once per request; place it before anything that routes pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _verzoek_versie.set(_lees_versie())
        try:
            return self.get_response(request)
        finally:
            _verzoek_versie.reset(token)
