"""`export_hsds`: JSON and tabular (CSV + datapackage.json) open data that validates against HSDS 3.0."""

import csv
import json

import pytest
from django.core.management import call_command

from kaart.opendata import validatie
from tests.fabrieken import opendata as f

PERSOONLIJK = ["Geheime Gerda", "gerda.prive@example.org", "06 99 88 77 66", "Vera Vertrouwelijk"]


@pytest.fixture
def data(home_page):
    return f.directory(home_page)


def alle_tekst(map_):
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(map_.iterdir()))


def test_json_export_validates_against_the_hsds_schema(data, tmp_path):
    call_command("export_hsds", "--output", str(tmp_path), verbosity=0)
    assert {p.name for p in tmp_path.iterdir()} == {
        "organizations.json", "services.json", "locations.json", "service_at_locations.json",
        "taxonomies.json", "taxonomy_terms.json"}
    organisaties = json.loads((tmp_path / "organizations.json").read_text())
    services = json.loads((tmp_path / "services.json").read_text())
    assert [o["name"] for o in organisaties] == ["Buurthuis De Schelp 0"]
    assert {s["name"] for s in services} == {"Maatjesproject 0", "Samen eten 0"}
    for org in organisaties:
        assert validatie.fouten(org, "organization") == []
    for service in services:
        assert validatie.fouten(service, "service") == []


def test_the_schema_check_is_real(data, tmp_path):
    call_command("export_hsds", "--output", str(tmp_path), verbosity=0)
    service = json.loads((tmp_path / "services.json").read_text())[0]
    service["status"] = "open"
    del service["name"]
    gemeld = validatie.fouten(service, "service")
    assert any("name" in reden for _pad, reden in gemeld)
    assert any(pad == "$.status" for pad, _reden in gemeld)


def test_ids_are_stable_across_exports(data, tmp_path):
    call_command("export_hsds", "--output", str(tmp_path / "a"), verbosity=0)
    call_command("export_hsds", "--output", str(tmp_path / "b"), verbosity=0)
    assert alle_tekst(tmp_path / "a") == alle_tekst(tmp_path / "b")


def test_csv_export_is_a_tabular_data_package(data, tmp_path):
    call_command("export_hsds", "--output", str(tmp_path), "--format", "csv", verbosity=0)
    pakket = json.loads((tmp_path / "datapackage.json").read_text())
    assert pakket["profile"] == "tabular-data-package"
    assert pakket["license"]["type"] == "CC-BY-SA-4.0"
    namen = {r["name"] for r in pakket["resources"]}
    assert {"organization", "service", "location", "address", "phone", "schedule", "attribute",
            "taxonomy", "taxonomy_term", "service_at_location", "cost_option"} <= namen
    tabellen = {}
    for resource in pakket["resources"]:
        with open(tmp_path / resource["path"], encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0]) == [veld["name"] for veld in resource["schema"]["fields"]]
        tabellen[resource["name"]] = rows
    org_ids = {r["id"] for r in tabellen["organization"]}
    assert {r["organization_id"] for r in tabellen["service"]} <= org_ids
    term_ids = {r["id"] for r in tabellen["taxonomy_term"]}
    assert {r["taxonomy_term_id"] for r in tabellen["attribute"]} <= term_ids
    location_ids = {r["id"] for r in tabellen["location"]}
    assert {r["location_id"] for r in tabellen["service_at_location"]} <= location_ids
    assert {r["name"] for r in tabellen["service"]} == {"Maatjesproject 0", "Samen eten 0"}
    wekelijks = [r for r in tabellen["schedule"] if r["service_id"]]
    assert wekelijks[0]["freq"] == "WEEKLY"


@pytest.mark.parametrize("formaat", ["json", "csv"])
def test_no_personal_data_in_exports(data, tmp_path, formaat):
    call_command("export_hsds", "--output", str(tmp_path), "--format", formaat, verbosity=0)
    tekst = alle_tekst(tmp_path)
    assert "Buurthuis De Schelp 0" in tekst
    assert not any(p in tekst for p in PERSOONLIJK)


def test_export_leaves_out_drafts(data, tmp_path):
    f.aanbod(data["org"], data["tax"], n=5, publiceren=False)
    call_command("export_hsds", "--output", str(tmp_path), verbosity=0)
    assert "Maatjesproject 5" not in alle_tekst(tmp_path)
