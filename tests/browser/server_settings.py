"""Settings of the live server for the browser tests: development settings with a higher form limit.

The journeys send the contact and suggestion forms more often (desktop, phone, keyboard, error states)
than the per-IP spam limit allows a visitor; that limit itself is tested in tests/kaart.
"""

from leefmee.settings.dev import *  # noqa: F401,F403

LEEFMEE_FORMULIER_LIMIET = (100, 600)
LEEFMEE_SUGGESTIE_LIMIET = (100, 3600)
