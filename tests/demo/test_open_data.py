"""Open data of the demo, checked by the tools others use: frictionless for the CSV data package,
HSDS's paths and status codes for the API, and Wagtail's own answers for the Wagtail API."""

import json

import frictionless
import pytest
from django.core.management import call_command

from leefmee.models import SiteInstellingen


def valideer(map_):
    report = frictionless.validate(map_ / "datapackage.json")
    fouten = [f"{taak.name}: {fout.message}" for taak in report.tasks for fout in taak.errors][:20]
    return report.valid, fouten


def test_csv_data_package_of_the_demo_passes_frictionless(demo, db, tmp_path):
    call_command("export_hsds", "--output", str(tmp_path), "--format", "csv", verbosity=0)
    geldig, fouten = valideer(tmp_path)
    assert geldig, fouten
    pakket = json.loads((tmp_path / "datapackage.json").read_text())
    namen = {r["name"] for r in pakket["resources"]}
    assert {"service", "phone", "address", "schedule"} <= namen
    with open(tmp_path / "schedules.csv", encoding="utf-8") as fh:
        kop, eerste = fh.readline(), fh.readline()
    assert "opens_at" in kop
    # A time with seconds and the Amsterdam offset, e.g. 09:00:00+01:00.
    assert any(len(cel) == 14 and cel[8] in "+-" for cel in eerste.strip().split(","))


def test_frictionless_catches_a_missing_province(demo, db, tmp_path):
    """The check is real: without the province setting the package fails (HSDS requires it)."""
    SiteInstellingen.objects.update(provincie="")
    call_command("export_hsds", "--output", str(tmp_path), "--format", "csv", verbosity=0)
    geldig, fouten = valideer(tmp_path)
    assert not geldig
    assert any("state_province" in f for f in fouten)


@pytest.mark.parametrize("pad", [
    "/api/hsds/services/not-a-uuid",
    "/api/hsds/services/00000000-0000-0000-0000-000000000000",
    "/api/hsds/organizations/123",
    "/api/hsds/taxonomy_terms/x",
    "/api/hsds/bestaat-niet",
    "/api/hsds/services/",
])
def test_hsds_api_answers_unknown_ids_and_paths_with_json_404(demo_client, pad):
    response = demo_client.get(pad)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == 404
    assert response.json()["error"]


def test_hsds_api_answers_bad_parameters_with_json_400_and_writes_with_405(demo_client):
    response = demo_client.get("/api/hsds/services?per_page=veel")
    assert response.status_code == 400 and "per_page" in response.json()["error"]
    response = demo_client.post("/api/hsds/services", {"name": "x"})
    assert response.status_code == 405
    assert response.json()["status"] == 405 and "GET" in response["Allow"]


def test_hsds_api_finds_a_service_by_its_id(demo_client):
    eerste = demo_client.get("/api/hsds/services?per_page=1").json()["contents"][0]
    response = demo_client.get(f"/api/hsds/services/{eerste['id']}")
    assert response.status_code == 200 and response.json()["name"] == eerste["name"]
    # HSDS ids are strings; the upper-case spelling of a UUID is the same id.
    assert demo_client.get(f"/api/hsds/services/{eerste['id'].upper()}").status_code == 200


@pytest.mark.parametrize(("query", "bericht"), [
    ("search=koffie&order=slug", "cannot order by 'slug' while searching (field is not indexed)"),
    ("search=koffie&order=random", "cannot order by '?' while searching (field is not indexed)"),
    ("search=koffie&slug=koffieochtend", "cannot filter by 'slug' while searching (field is not indexed)"),
])
def test_wagtail_api_refuses_search_with_order_or_filter_like_wagtail(demo_client, query, bericht):
    response = demo_client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert response.json() == {"message": bericht}


def test_wagtail_api_searches_with_order_on_an_indexed_field(demo_client):
    response = demo_client.get("/api/v2/pages/?search=koffie&order=title&fields=title&limit=50")
    assert response.status_code == 200
    titels = [item["title"] for item in response.json()["items"]]
    assert titels and titels == sorted(titels)
