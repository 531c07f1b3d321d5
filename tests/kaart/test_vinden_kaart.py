"""The map page and its GeoJSON endpoint."""

import pytest
from django.test import override_settings

from kaart.models import AanbodPage
from tests.fabrieken import AanbodFactory, KaartFactory, OrganisatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(site, home_page):
    kaart = KaartFactory(parent=home_page)
    zee = OrganisatieFactory(parent=kaart, title="Buurthuis Zeedorp", breedtegraad="52.250000", lengtegraad="4.420000")
    AanbodFactory(parent=zee, title="Taalcafe", dimensies=("meedoen", "mentaal"),
                  kosten="gratis")  # organisation's place
    AanbodFactory(parent=zee, title="Fietsles", dimensies=("lichaam",), kosten="betaald", breedtegraad="52.300000",
                  lengtegraad="4.500000")
    OrganisatieFactory(parent=kaart, title="Zonder adres", breedtegraad=None, lengtegraad=None)
    return kaart


def features(client, query=""):
    response = client.get(f"/kaart/op-de-kaart/geojson/?{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return {f["properties"]["titel"]: f for f in response.json()["features"]}


def test_geojson_structure_and_coordinate_fallback(client, kaart):
    data = features(client)
    assert set(data) == {"Buurthuis Zeedorp", "Taalcafe", "Fietsles"}
    taal = data["Taalcafe"]
    assert taal["type"] == "Feature"
    assert taal["geometry"] == {"type": "Point", "coordinates": [4.42, 52.25]}  # lng, lat of the organisation
    assert taal["properties"]["dimensies"] == ["meedoen", "mentaal"]
    assert taal["properties"]["url"] == AanbodPage.objects.get(title="Taalcafe").url
    assert data["Fietsles"]["geometry"]["coordinates"] == [4.5, 52.3]
    assert data["Buurthuis Zeedorp"]["properties"]["soort"] == "organisatie"


def test_geojson_shows_a_published_change_at_once(client, kaart):
    from kaart.models import OrganisatiePage

    assert "Taalcafe" in features(client)  # its feature text is now kept in memory
    taalcafe = AanbodPage.objects.get(title="Taalcafe")
    taalcafe.title = "Taalcafe Zeedorp"
    taalcafe.save_revision().publish()
    zee = OrganisatiePage.objects.get(title="Buurthuis Zeedorp")
    zee.breedtegraad, zee.lengtegraad = "52.260000", "4.430000"
    zee.save_revision().publish()
    data = features(client)
    assert "Taalcafe" not in data
    # Renamed, and still at its organisation's place, which moved.
    assert data["Taalcafe Zeedorp"]["geometry"]["coordinates"] == [4.43, 52.26]


def test_without_the_shared_cache_the_map_works_and_its_queries_do_not_grow_with_the_data(client, kaart):
    from unittest import mock

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kaart.models import OrganisatiePage
    from leefmee import paginacache

    def queries_en_titels():
        with mock.patch.object(paginacache, "versie", side_effect=ConnectionError("redis weg")):
            with CaptureQueriesContext(connection) as queries:
                titels = set(features(client, "gratis=1"))
                assert client.get("/kaart/meedoen/?gratis=1").status_code == 200
        return len(queries), titels

    queries_en_titels()  # the process's first request also fills Django's content-type cache (one query)
    voor, titels = queries_en_titels()
    assert titels == {"Taalcafe"}
    zee = OrganisatiePage.objects.get(title="Buurthuis Zeedorp")
    for i in range(5):
        AanbodFactory(parent=zee, title=f"Koffie {i}", dimensies=("meedoen",), kosten="gratis")
    # Nothing is kept in memory then: slower, but each piece is read once, not once per item.
    assert queries_en_titels() == (voor, titels | {f"Koffie {i}" for i in range(5)})


def test_geojson_applies_the_filters(client, kaart):
    assert set(features(client, "gratis=1")) == {"Taalcafe"}
    assert set(features(client, "dimensie=lichaam")) == {"Fietsles"}


def test_geojson_bbox(client, kaart):
    assert set(features(client, "bbox=4.41,52.24,4.43,52.26")) == {"Buurthuis Zeedorp", "Taalcafe"}
    assert set(features(client, "bbox=4.49,52.29,4.51,52.31")) == {"Fietsles"}


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "4.5,52,4.4,53", "nan,1,2,3", "1,2,3,inf", "200,0,201,1",
                                  "1," * 300])
def test_malformed_bbox_gives_400_with_a_dutch_message(client, kaart, bbox):
    response = client.get(f"/kaart/op-de-kaart/geojson/?bbox={bbox}")
    assert response.status_code == 400
    assert "bbox" in response.json()["fout"] and "klopt niet" in response.json()["fout"]


@override_settings(LEEFMEE_KAART_TEGELS_URL="https://tegels.example/{z}/{x}/{y}.png",
                   LEEFMEE_KAART_ATTRIBUTIE="Kaart van Voorbeeld")
def test_map_page_has_a_list_alternative_and_tile_settings(client, kaart):
    response = client.get("/kaart/op-de-kaart/?gratis=1")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Taalcafe" in html and "Fietsles" not in html  # the text list, no JavaScript needed
    assert 'data-tegels="https://tegels.example/{z}/{x}/{y}.png"' in html
    assert "Kaart van Voorbeeld" in html
    assert "/static/kaart/vendor/leaflet/leaflet.js" in html
    assert "geojson/?gratis=1" in html
    assert "https://unpkg" not in html and "cdn" not in html.lower()
