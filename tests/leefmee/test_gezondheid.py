from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_health_check_reports_a_reachable_database(client):
    response = client.get("/gezond/")
    assert response.status_code == 200
    assert response.json() == {"status": "gezond", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_check_reports_an_unreachable_database(client):
    with mock.patch("leefmee.gezondheid.connection.cursor", side_effect=OperationalError("weg")):
        response = client.get("/gezond/")
    assert response.status_code == 503
    assert response.json()["status"] == "ongezond"


def test_database_outage_during_a_page_gives_a_friendly_503(client, home_page):
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=OperationalError("weg")), \
            mock.patch("leefmee.gezondheid._database_bereikbaar", return_value=False):
        response = client.get("/")
    assert response.status_code == 503
    assert "De site is even niet bereikbaar" in response.content.decode()
    assert response["Retry-After"] == "30"
    # Back again: the site recovers by itself.
    assert client.get("/").status_code == 200


def test_a_real_database_bug_is_not_hidden_as_an_outage(client, home_page):
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=OperationalError("syntax error")):
        with pytest.raises(OperationalError):
            client.get("/")
