"""Full HSDS export: JSON (one file per object type) or the tabular form (CSV files + datapackage.json).

The JSON `organizations.json` holds every organisation with its services nested: that is also the
form `import_hsds` reads. Only live, public pages of the default locale; no personal data.
"""

import csv
import json
from pathlib import Path

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder

from kaart.models import OrganisatiePage

from . import mapping as m
from .api import volledige_organisatie

# nested key -> tabular resource name (datapackage.json)
KINDEREN = {
    "services": "service", "locations": "location", "addresses": "address", "phones": "phone",
    "schedules": "schedule", "attributes": "attribute", "cost_options": "cost_option", "languages": "language",
    "service_areas": "service_area", "service_at_locations": "service_at_location",
    "accessibility": "accessibility",
}


def verzamel(request=None):
    """All open data as HSDS objects: {"organizations": [...full...], "services": [...], ...}."""
    termen = m.TermIndex()
    orgs = (OrganisatiePage.objects.filter(locale=m.default_locale()).live().public()
            .select_related("logo").prefetch_related(*m.ORGANISATIE_PREFETCH).order_by("path"))
    organisaties = [volledige_organisatie(org, termen, request) for org in orgs]
    services = [s for o in organisaties for s in o.get("services", [])]
    return {
        "organizations": organisaties,
        "services": services,
        "locations": [loc for o in organisaties for loc in o.get("locations", [])],
        "service_at_locations": [
            {k: v for k, v in sal.items() if k != "location"}
            for s in services for sal in s.get("service_at_locations", [])
        ],
        "taxonomies": m.taxonomieen(),
        "taxonomy_terms": [t.as_hsds() for t in termen.terms()],
    }


def schrijf_json(data, map_):
    map_ = Path(map_)
    map_.mkdir(parents=True, exist_ok=True)
    namen = []
    for naam, rows in data.items():
        pad = map_ / f"{naam}.json"
        pad.write_text(json.dumps(rows, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder), encoding="utf-8")
        namen.append(pad.name)
    return namen


def _rijen(data):
    """Flatten the nested objects into rows per tabular resource, each row once (by id)."""
    rijen = {}

    def voeg_toe(resource, obj):
        rijen.setdefault(resource, {})
        rijen[resource].setdefault(obj["id"], obj)
        for sleutel, waarde in obj.items():
            if sleutel in KINDEREN and isinstance(waarde, list):
                for kind in waarde:
                    voeg_toe(KINDEREN[sleutel], kind)

    for org in data["organizations"]:
        voeg_toe("organization", org)
    for row in data["taxonomies"]:
        voeg_toe("taxonomy", row)
    for row in data["taxonomy_terms"]:
        voeg_toe("taxonomy_term", row)
    return rijen


def datapackage_bron():
    return json.loads((Path(settings.HSDS_DOCS_DIR) / "datapackage.json").read_text(encoding="utf-8"))


def _zonder_ontbrekende_verwijzingen(resource, aanwezig):
    """HSDS's package links e.g. service.program_id to a `program` table; we have no programs or
    contacts, so those tables are not written and a foreign key to them would make the package invalid."""
    schema = resource["schema"]
    sleutels = [fk for fk in schema.get("foreignKeys", []) if fk["reference"].get("resource", "") in aanwezig | {""}]
    return {**resource, "schema": {**schema, "foreignKeys": sleutels}}


def schrijf_csv(data, map_):
    map_ = Path(map_)
    map_.mkdir(parents=True, exist_ok=True)
    pakket = datapackage_bron()
    rijen = _rijen(data)
    resources = []
    aanwezig = {r["name"] for r in pakket["resources"] if r["name"] in rijen}
    for resource in pakket["resources"]:
        if resource["name"] not in rijen:
            continue
        resource = _zonder_ontbrekende_verwijzingen(resource, aanwezig)
        velden = [f["name"] for f in resource["schema"]["fields"]]
        with open(map_ / resource["path"], "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(velden)
            for obj in rijen[resource["name"]].values():
                writer.writerow(["" if obj.get(v) is None else obj.get(v) for v in velden])
        resources.append(resource)
    pakket = {**pakket, "name": "leefmee_hsds", "title": "LEEF MEE sociale kaart (Open Referral HSDS 3.0)",
              "resources": resources}
    (map_ / "datapackage.json").write_text(json.dumps(pakket, ensure_ascii=False, indent=2), encoding="utf-8")
    return [r["path"] for r in resources] + ["datapackage.json"]
