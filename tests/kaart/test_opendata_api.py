"""The read-only open data APIs: HSDS 3.0 at /api/hsds/ and Wagtail's API v2 at /api/v2/."""

import json

import pytest
from wagtail.models import PageViewRestriction

from kaart.opendata import validatie
from tests.fabrieken import opendata as f

PERSOONLIJK = ["Geheime Gerda", "gerda.prive@example.org", "06 99 88 77 66", "Vera Vertrouwelijk"]
HSDS_LIJSTEN = ["organizations", "services", "locations", "service_at_locations", "taxonomies", "taxonomy_terms"]


@pytest.fixture
def data(vandaag, home_page):
    """Published on the vandaag clock: at about 10:00 on Wednesday 10 March 2027, Amsterdam time."""
    return f.directory(home_page)


def ids(response):
    return [row["id"] for row in response.json()["contents"]]


def test_service_has_hsds_fields_and_validates_against_the_schema(client, data):
    response = client.get(f"/api/hsds/services/{data['aanbod'].translation_key}")
    assert response.status_code == 200
    service = response.json()
    assert validatie.fouten(service, "service") == []
    assert service["id"] == str(data["aanbod"].translation_key)
    assert service["organization_id"] == str(data["org"].translation_key)
    assert service["name"] == "Maatjesproject 0"
    assert service["description"].startswith("Een maatje om samen iets te doen.")
    assert service["status"] == "active"
    assert service["url"].endswith("/kaart/schelp-0/maatjes-0/")
    assert service["cost_options"][0]["amount"] == 0
    assert "verwijzing" in service["eligibility_description"]
    assert [lang["code"] for lang in service["languages"]] == ["nl", "en"]
    assert [a["name"] for a in service["service_areas"]] == ["Zeedorp"]
    assert {a["taxonomy_term"]["name"] for a in service["attributes"]} == {
        "Meedoen", "Ik voel me alleen", "Jeugd", "Zeedorp"}
    assert service["last_modified"].startswith(str(data["aanbod"].last_published_at.date()))
    assert service["service_at_locations"][0]["location"]["addresses"][0]["city"] == "Duinwijk"


def test_activity_schedule_comes_from_its_moments(client, data):
    service = client.get(f"/api/hsds/services/{data['activiteit'].translation_key}").json()
    assert validatie.fouten(service, "service") == []
    [schedule] = service["schedules"]
    assert (schedule["freq"], schedule["interval"], schedule["byday"]) == ("WEEKLY", 1, "TU")
    # With seconds and the Amsterdam offset on that date (winter time: +01:00), as HSDS asks.
    assert (schedule["opens_at"], schedule["closes_at"], schedule["dtstart"]) == (
        "17:00:00+01:00", "19:00:00+01:00", "2026-01-06")
    # an activity with its own address gets its own location
    assert service["service_at_locations"][0]["location"]["addresses"][0]["city"] == "Zeedorp"


def test_organization_detail_nests_services_and_validates(client, data):
    org = client.get(f"/api/hsds/organizations/{data['org'].translation_key}").json()
    assert validatie.fouten(org, "organization") == []
    assert {s["name"] for s in org["services"]} == {"Maatjesproject 0", "Samen eten 0"}
    assert org["locations"][0]["schedules"][0]["byday"] == "TU"
    assert org["phones"][0]["number"] == "0252 123 456"


@pytest.mark.parametrize("lijst", HSDS_LIJSTEN)
def test_lists_have_the_hsds_page_shape(client, data, lijst):
    body = client.get(f"/api/hsds/{lijst}").json()
    assert set(body) == {"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
                         "empty", "contents"}
    assert body["total_items"] == len(body["contents"]) > 0


def test_taxonomy_terms_cover_all_taxonomies_with_hierarchy(client, data):
    terms = client.get("/api/hsds/taxonomy_terms?per_page=200").json()["contents"]
    per_taxonomie = {t["taxonomy"] for t in terms}
    assert per_taxonomie == {"dimensies", "levensvragen", "doelgroepen", "kenmerken", "gebieden"}
    vraag = next(t for t in terms if t["code"] == "alleen")
    meedoen = next(t for t in terms if t["code"] == "meedoen")
    assert vraag["parent_id"] == meedoen["id"]
    taxonomy_id = meedoen["taxonomy_id"]
    gefilterd = client.get(f"/api/hsds/taxonomy_terms?taxonomy_id={taxonomy_id}").json()["contents"]
    assert len(gefilterd) == 6


def test_filter_by_taxonomy_term(client, data, home_page):
    jeugd = str(data["tax"]["doelgroep"].translation_key)
    eten = str(data["tax"]["kenmerk"].translation_key)
    assert ids(client.get(f"/api/hsds/services?taxonomy_term_id={jeugd}")) == [str(data["aanbod"].translation_key)]
    assert ids(client.get(f"/api/hsds/services?taxonomy_term_id={eten}")) == [
        str(data["activiteit"].translation_key)]
    # repeated terms must all match
    assert ids(client.get(f"/api/hsds/services?taxonomy_term_id={jeugd}&taxonomy_term_id={eten}")) == []
    assert client.get("/api/hsds/services?taxonomy_term_id=geen-uuid").status_code == 400


def test_free_youth_offerings_from_the_api_alone(client, data):
    jeugd = str(data["tax"]["doelgroep"].translation_key)
    assert ids(client.get(f"/api/hsds/services?taxonomy_term_id={jeugd}&kosten=gratis")) == [
        str(data["aanbod"].translation_key)]
    assert ids(client.get(f"/api/hsds/services?taxonomy_term_id={jeugd}&kosten=betaald")) == []
    assert client.get("/api/hsds/services?kosten=duur").status_code == 400


def test_filter_by_area(client, data):
    assert ids(client.get("/api/hsds/services?service_area=zeedorp")) == [str(data["aanbod"].translation_key)]
    assert ids(client.get("/api/hsds/organizations?service_area=zeedorp")) == [str(data["org"].translation_key)]
    assert ids(client.get("/api/hsds/services?service_area=bestaat-niet")) == []


def test_filter_modified_after(client, data):
    verleden = "2000-01-01T00:00:00Z"
    assert len(ids(client.get("/api/hsds/services", {"modified_after": verleden}))) == 2
    assert len(ids(client.get("/api/hsds/services", {"modified_after": "2027-03-10T09:59:00+01:00"}))) == 2
    assert ids(client.get("/api/hsds/services", {"modified_after": "2027-03-10T09:30:00Z"})) == []  # 10:30 there
    assert len(ids(client.get("/api/hsds/services", {"modified_after": "2000-01-01"}))) == 2


def test_modified_after_bad_value_is_a_400_with_a_clear_message(client, data):
    response = client.get("/api/hsds/services?modified_after=gisteren")
    assert response.status_code == 400
    assert "modified_after" in response.json()["error"]
    assert "ISO 8601" in response.json()["error"]


def test_search(client, data):
    assert ids(client.get("/api/hsds/services?search=Maatjesproject")) == [str(data["aanbod"].translation_key)]
    assert ids(client.get("/api/hsds/services?search=onvindbaarwoord")) == []
    assert ids(client.get("/api/hsds/services", {"search": 'MAATJESPROJECT "('})) == [
        str(data["aanbod"].translation_key)]


@pytest.mark.parametrize("zoek", ['"', "a AND(", "*", "NOT", "'", 'x" OR "y', "-", "(((", "é", "\x00"])
def test_search_syntax_never_breaks_the_api(client, data, zoek):
    for lijst in ("services", "organizations", "service_at_locations"):
        assert client.get(f"/api/hsds/{lijst}", {"search": zoek}).status_code == 200
    for endpoint in ("pages", "images", "documents"):
        # Wagtail's API answers the same on SQLite and PostgreSQL: no match, never a 400 or 500.
        response = client.get(f"/api/v2/{endpoint}/", {"search": zoek})
        assert (response.status_code, response.json()["items"]) == (200, []), endpoint


def test_wagtail_api_search_finds_pages(client, data):
    found = client.get("/api/v2/pages/", {"search": 'Maatjesproject "'}).json()["items"]
    assert [item["id"] for item in found] == [data["aanbod"].pk]


def test_pagination_is_bounded(client, data):
    body = client.get("/api/hsds/services?per_page=1&page=2").json()
    assert (body["page_number"], body["size"], body["total_pages"], body["first_page"], body["last_page"]) == (
        2, 1, 2, False, True)
    assert client.get("/api/hsds/services?per_page=100000").status_code == 200
    assert client.get("/api/hsds/services?page=drie").status_code == 400
    leeg = client.get("/api/hsds/services?page=99").json()
    assert leeg["empty"] is True and leeg["contents"] == []


def test_unpublished_and_private_content_is_absent(client, data, home_page):
    concept = f.aanbod(data["org"], data["tax"], n=9, publiceren=False)
    besloten_org = f.organisatie(data["kaart"], data["tax"], n=2)
    besloten_aanbod = f.aanbod(besloten_org, data["tax"], n=3)
    PageViewRestriction.objects.create(page=besloten_org, restriction_type="password", password="geheim")
    verborgen = {str(p.translation_key) for p in (concept, besloten_org, besloten_aanbod)}
    for lijst in HSDS_LIJSTEN:
        tekst = client.get(f"/api/hsds/{lijst}?per_page=200").content.decode()
        assert not any(key in tekst for key in verborgen), lijst
    assert client.get(f"/api/hsds/services/{concept.translation_key}").status_code == 404
    assert client.get(f"/api/hsds/organizations/{besloten_org.translation_key}").status_code == 404
    v2 = client.get("/api/v2/pages/?limit=100").json()
    v2_ids = {item["id"] for item in v2["items"]}
    assert data["aanbod"].pk in v2_ids
    assert not v2_ids & {concept.pk, besloten_org.pk, besloten_aanbod.pk}
    assert client.get(f"/api/v2/pages/{besloten_aanbod.pk}/").status_code == 404


def test_no_personal_data_anywhere(client, data):
    urls = [f"/api/hsds/{lijst}?per_page=200" for lijst in HSDS_LIJSTEN] + [
        f"/api/hsds/organizations/{data['org'].translation_key}",
        "/api/v2/pages/?fields=*&limit=100",
        f"/api/v2/pages/{data['org'].pk}/", f"/api/v2/pages/{data['vacature'].pk}/",
    ]
    for url in urls:
        tekst = client.get(url).content.decode()
        assert not any(p in tekst for p in PERSOONLIJK), url
        assert "contactpersoon" not in tekst
    # neither asking for the field nor filtering on it (a yes/no oracle) is possible
    org_type = "/api/v2/pages/?type=kaart.OrganisatiePage"
    assert client.get(f"{org_type}&fields=contactpersoon_naam").status_code == 400
    assert client.get(f"{org_type}&contactpersoon_naam=Geheime%20Gerda").status_code == 400


def test_wagtail_api_exposes_directory_fields_with_taxonomy_names(client, data):
    org = client.get(f"/api/v2/pages/{data['org'].pk}/").json()
    assert org["website"] == "https://schelp.example"
    assert org["openingstijden"][0]["dag_naam"] == "dinsdag"
    assert org["gebied_koppelingen"][0]["naam"] == "Zeedorp"
    activiteit = client.get(f"/api/v2/pages/{data['activiteit'].pk}/").json()
    assert activiteit["momenten"][0]["begintijd"] == "17:00"
    assert activiteit["kenmerk_koppelingen"][0]["slug"] == "eten"
    aanbod = client.get(f"/api/v2/pages/{data['aanbod'].pk}/").json()
    assert aanbod["dimensie_koppelingen"][0]["sleutel"] == "meedoen"
    assert aanbod["doelgroep_koppelingen"][0]["naam"] == "Jeugd"
    vacature = client.get(f"/api/v2/pages/{data['vacature'].pk}/").json()
    assert vacature["tijd"] == "2 uur per week"
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_cors_and_cache_headers(client, data):
    response = client.get("/api/hsds/services", HTTP_ORIGIN="https://jongerenpunt.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age=60" in response["Cache-Control"]
    assert client.get("/api/v2/pages/")["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/api/hsds/services", HTTP_ORIGIN="https://x.example",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    # not on the normal site
    assert "Access-Control-Allow-Origin" not in client.get("/")


def test_second_request_is_served_from_the_cache(client, data):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    eerste = client.get("/api/hsds/services")
    with CaptureQueriesContext(connection) as ctx:
        tweede = client.get("/api/hsds/services")
    # Only the shared rate-limit counter (leefmee.limieten, the database without Redis) is asked.
    assert ctx.captured_queries
    # (a new counter row is made in a savepoint when the request opens a new window)
    assert all("limietteller" in q["sql"].lower() or "savepoint" in q["sql"].lower() for q in ctx.captured_queries)
    assert tweede["X-Cache"] == "HIT"
    assert tweede.content == eerste.content


def test_rate_limit_per_ip(client, data, settings):
    settings.OPENDATA_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get("/api/hsds/taxonomies").status_code == 200
    response = client.get("/api/hsds/taxonomies")
    assert response.status_code == 429
    assert "Te veel verzoeken" in response.json()["error"]
    assert response["Access-Control-Allow-Origin"] == "*"
    # another IP is not affected
    assert client.get("/api/hsds/taxonomies", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_query_count_does_not_grow_with_the_data(client, home_page, django_assert_max_num_queries, settings):
    settings.OPENDATA_CACHE_SECONDS = 0
    # The rate-limit counter (database without Redis) costs a varying 2-5 queries (new window, cleanup):
    # not what this test measures.
    settings.OPENDATA_RATE_LIMIT = 0
    d = f.directory(home_page)

    def tel(url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    urls = ["/api/hsds/services", "/api/hsds/organizations", "/api/hsds/service_at_locations",
            "/api/hsds/locations", f"/api/hsds/organizations/{d['org'].translation_key}"]
    [tel(u) for u in urls]  # warm Wagtail's site-root cache
    klein = [tel(u) for u in urls]
    for n in range(1, 5):
        org = f.organisatie(d["kaart"], d["tax"], n=n)
        f.aanbod(org, d["tax"], n=n)
        f.activiteit(org, d["tax"], n=n)
        f.aanbod(d["org"], d["tax"], n=10 + n)
    [tel(u) for u in urls]  # the first request after a change reloads what is kept in memory
    groot = [tel(u) for u in urls]
    assert groot == klein
    assert client.get("/api/hsds/services").json()["total_items"] == 14


def test_json_everywhere_even_for_errors(client, data):
    response = client.get("/api/hsds/services/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404
    assert json.loads(response.content)["error"]
    assert client.post("/api/hsds/services").status_code == 405


def test_documents_in_private_collections_are_absent(client, home_page):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    besloten = root.add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=besloten, restriction_type="password", password="x")
    openbaar = Document.objects.create(title="Folder", file=ContentFile(b"pdf", name="folder.pdf"))
    intern = Document.objects.create(title="Intern verslag", file=ContentFile(b"pdf", name="intern.pdf"),
                                     collection=besloten)
    found = {item["id"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert openbaar.pk in found
    assert intern.pk not in found
