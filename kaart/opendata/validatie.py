"""Validation against the Open Referral HSDS 3.0 JSON schemas shipped in docs/hsds/schema/compiled/."""

import json
from functools import lru_cache
from pathlib import Path

import jsonschema
from django.conf import settings


@lru_cache(maxsize=8)
def validator(naam):
    """A validator for `schema/compiled/<naam>.json` (e.g. 'service', 'organization'), with formats checked."""
    pad = Path(settings.HSDS_DOCS_DIR) / "schema" / "compiled" / f"{naam}.json"
    schema = json.loads(pad.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def pad_tekst(prefix, deque_path):
    pad = prefix
    for deel in deque_path:
        pad += f"[{deel}]" if isinstance(deel, int) else f".{deel}"
    return pad


def fouten(obj, naam, prefix="$"):
    """[(json path, reason)] of `obj` against the compiled HSDS schema `naam`; empty when valid."""
    return [
        (pad_tekst(prefix, fout.absolute_path), fout.message)
        for fout in sorted(validator(naam).iter_errors(obj), key=lambda f: list(map(str, f.absolute_path)))
    ]


# Optional fields with a format (email, uri, uuid, date-time): an empty string there means "unknown".
VELDEN_MET_FORMAAT = {"email", "website", "url", "uri", "logo", "schedule_link", "assurer_email", "last_modified",
                      "term_uri", "parent_id", "program_id", "organization_id", "service_id", "location_id",
                      "parent_organization_id", "taxonomy_id", "link_id", "taxonomy_term_id"}


def zonder_lege_waarden(obj):
    """Drop nulls and empty formatted strings (recursively): common in exports, but HSDS checks their format."""
    if isinstance(obj, dict):
        return {k: zonder_lege_waarden(v) for k, v in obj.items()
                if v is not None and not (v == "" and (k in VELDEN_MET_FORMAAT or k.endswith("_id")))}
    if isinstance(obj, list):
        return [zonder_lege_waarden(v) for v in obj]
    return obj
