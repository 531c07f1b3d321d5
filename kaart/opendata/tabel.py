"""Reading the HSDS tabular form (CSV files + datapackage.json) back into nested organisations.

The importer works on nested JSON; this module rebuilds it from the CSV tables and remembers for
every object the file and line it came from, so errors point at `services.csv:5`.
"""

import csv
import json
import re
from pathlib import Path

from django.conf import settings

# resource name -> (list key on the parent, [(foreign key column, parent resource)])
KOPPELING = {
    "location": ("locations", [("organization_id", "organization")]),
    "service": ("services", [("organization_id", "organization")]),
    "address": ("addresses", [("location_id", "location")]),
    "accessibility": ("accessibility", [("location_id", "location")]),
    "phone": ("phones", [("service_id", "service"), ("organization_id", "organization"), ("location_id", "location")]),
    "schedule": ("schedules", [("service_id", "service"), ("location_id", "location")]),
    "cost_option": ("cost_options", [("service_id", "service")]),
    "language": ("languages", [("service_id", "service"), ("location_id", "location")]),
    "service_area": ("service_areas", [("service_id", "service")]),
    "service_at_location": ("service_at_locations", [("service_id", "service")]),
    "attribute": ("attributes", [("link_id", "service"), ("link_id", "organization")]),
}
VOLGORDE = ["organization", "taxonomy_term", "location", "service", "address", "accessibility", "phone", "schedule",
            "cost_option", "language", "service_area", "service_at_location", "attribute"]


class TabelFout(Exception):
    def __init__(self, pad, reden):
        super().__init__(reden)
        self.pad = pad
        self.reden = reden


def is_tabel(pad):
    pad = Path(pad)
    if pad.is_dir():
        return not (pad / "organizations.json").exists() and (pad / "organizations.csv").exists()
    return pad.suffix == ".csv" or pad.name == "datapackage.json"


def _veldtypen():
    pakket = json.loads((Path(settings.HSDS_DOCS_DIR) / "datapackage.json").read_text(encoding="utf-8"))
    return {r["name"]: (r["path"], {f["name"]: f["type"] for f in r["schema"]["fields"]}) for r in pakket["resources"]}


def _waarde(tekst, soort):
    """A CSV cell in its JSON type; a value that does not convert stays text, so the schema reports it."""
    if soort in ("number", "integer"):
        try:
            getal = float(tekst)
            return int(getal) if soort == "integer" or getal.is_integer() else getal
        except ValueError:
            return tekst
    return tekst


def lees_tabel(pad, limiet):
    """-> (organisation records [(path, dict)], sources {id(obj): 'file.csv:line'})."""
    map_ = Path(pad) if Path(pad).is_dir() else Path(pad).parent
    typen = _veldtypen()
    bestanden = {naam: map_ / bestand for naam, (bestand, _v) in typen.items() if (map_ / bestand).exists()}
    if "organization" not in bestanden:
        raise TabelFout(str(map_), "Geen organizations.csv in deze map.")
    grootte = sum(p.stat().st_size for p in bestanden.values())
    if grootte > limiet:
        raise TabelFout(str(map_), f"De bestanden zijn te groot: {grootte} bytes, de grens is {limiet} bytes "
                                   "(instelling OPENDATA_IMPORT_MAX_BYTES). Splits de gegevens.")
    tabellen, bronnen = {}, {}
    for naam in VOLGORDE:
        if naam not in bestanden:
            continue
        rijen = []
        try:
            with open(bestanden[naam], encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                vorige = 1  # the header
                for rij in reader:
                    velden = typen[naam][1]
                    # Empty text stays "" (HSDS requires some text fields); empty numbers are left out.
                    obj = {k: _waarde(v, velden.get(k, "string")) for k, v in rij.items()
                           if k and v is not None and not (v == "" and velden.get(k) in ("number", "integer"))}
                    bronnen[id(obj)] = f"{bestanden[naam].name}:{vorige + 1}"  # the line the row starts on
                    vorige = reader.line_num
                    rijen.append(obj)
        except (UnicodeDecodeError, csv.Error) as exc:
            raise TabelFout(bestanden[naam].name, f"Dit CSV-bestand kan niet gelezen worden: {exc}.") from None
        tabellen[naam] = rijen
    per_id = {naam: {r.get("id"): r for r in rijen} for naam, rijen in tabellen.items()}
    termen = per_id.get("taxonomy_term", {})
    for naam in VOLGORDE[2:]:
        sleutel, ouders = KOPPELING[naam]
        for rij in tabellen.get(naam, []):
            if naam == "attribute" and rij.get("taxonomy_term_id") in termen:
                rij["taxonomy_term"] = termen[rij["taxonomy_term_id"]]
            for kolom, ouder in ouders:
                doel = per_id.get(ouder, {}).get(rij.get(kolom))
                if doel is not None:
                    doel.setdefault(sleutel, []).append(rij)
                    break
            else:
                if naam == "service":
                    raise TabelFout(bronnen[id(rij)], f"Dienst '{rij.get('name', '')}' verwijst naar een organisatie "
                                                      f"die niet in organizations.csv staat.")
    records = [(f"$[{i}]", org) for i, org in enumerate(tabellen["organization"])]
    return records, bronnen


def bron_van(records, pad, bronnen):
    """'$[0].services[1].name' -> 'services.csv:3 ($[0].services[1].name)' for CSV input."""
    tokens = re.findall(r"\[(\d+)\]|\.(\w+)", pad)
    if not tokens:
        return pad
    obj, laatste = None, None
    for index, sleutel in tokens:
        try:
            if obj is None:
                obj = records[int(index)][1]
            else:
                obj = obj[int(index)] if index else obj[sleutel]
        except (IndexError, KeyError, TypeError, ValueError):
            break
        if id(obj) in bronnen:
            laatste = bronnen[id(obj)]
    return f"{laatste} ({pad})" if laatste else pad
