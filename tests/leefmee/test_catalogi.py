"""The interface catalogues: English complete; Polish, Ukrainian, Arabic and Turkish complete for
everything a resident sees (templates and public forms)."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
VOLLEDIG = ["en"]
BEWONERS_TALEN = ["pl", "uk", "ar", "tr"]


def catalogus(taal):
    return polib.pofile(str(LOCALE / taal / "LC_MESSAGES" / "django.po"))


def voor_bewoners(entry):
    """Strings from templates, public forms and notices (not admin field labels)."""
    return any(
        pad.startswith("templates/") or "forms" in pad or "formulier" in pad or pad.endswith("herhaling.py")
        for pad, _regel in entry.occurrences
    )


def test_every_configured_language_has_a_catalogue():
    for code, _naam in settings.LANGUAGES:
        assert (LOCALE / code / "LC_MESSAGES" / "django.po").exists(), code


@pytest.mark.parametrize("taal", VOLLEDIG)
def test_english_catalogue_is_complete(taal):
    ontbrekend = [e.msgid for e in catalogus(taal) if not e.obsolete and (not e.msgstr or e.fuzzy)
                  and not e.msgid_plural]
    ontbrekend += [e.msgid for e in catalogus(taal) if e.msgid_plural and not all(e.msgstr_plural.values())]
    assert ontbrekend == []


@pytest.mark.parametrize("taal", BEWONERS_TALEN)
def test_resident_facing_strings_are_translated(taal):
    ontbrekend = [
        e.msgid for e in catalogus(taal)
        if not e.obsolete and voor_bewoners(e) and (e.fuzzy or not (e.msgstr or all(e.msgstr_plural.values() or [""])))
    ]
    assert ontbrekend == []


@pytest.mark.parametrize("taal", [*VOLLEDIG, *BEWONERS_TALEN])
def test_placeholders_survive_translation(taal):
    """A translation that drops or renames %(name)s would crash or mislead at run time."""
    import re

    kapot = []
    for e in catalogus(taal):
        if e.msgstr and not e.obsolete:
            bron = sorted(re.findall(r"%\(\w+\)s", e.msgid))
            doel = sorted(re.findall(r"%\(\w+\)s", e.msgstr))
            if bron != doel:
                kapot.append(e.msgid)
    assert kapot == []
