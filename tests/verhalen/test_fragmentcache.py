"""A story's related blocks (organisations, next step, topics, 'anderen lazen ook') are rendered once
per content version (Django's {% cache %} with the `inhoudsversie` tag): fast, and never stale."""

from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leefmee import paginacache
from tests.fabrieken import KaartFactory, OrganisatieFactory, VerhaalFactory, VerhalenIndexFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def verhaal(home_page):
    org = OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Welzijn Duinwijk")
    index = VerhalenIndexFactory(parent=home_page)
    ander = VerhaalFactory(parent=index, title="Het verhaal van Piet")
    return {"org": org, "ander": ander,
            "verhaal": VerhaalFactory(parent=index, title="Het verhaal van Ans", organisaties=[org])}


def _lees(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries]


def test_the_related_blocks_are_read_once_per_content_version(client, verhaal):
    url = verhaal["verhaal"].url
    eerste, eerste_queries = _lees(client, url)
    tweede, tweede_queries = _lees(client, url)
    assert "Welzijn Duinwijk" in eerste and "Het verhaal van Piet" in eerste
    assert tweede == eerste
    assert any("verhaalorganisatie" in q for q in eerste_queries)
    assert not any("verhaalorganisatie" in q or "verhaaldimensie" in q for q in tweede_queries), tweede_queries


def test_a_published_change_shows_at_the_next_request(client, verhaal):
    url = verhaal["verhaal"].url
    _lees(client, url)
    org = verhaal["org"]
    org.title = "Buurtteam Duinwijk"
    org.save_revision().publish()
    html, _queries = _lees(client, url)
    assert "Buurtteam Duinwijk" in html and "Welzijn Duinwijk" not in html


def test_without_the_shared_cache_nothing_is_kept(client, verhaal):
    """Redis down: the content version is unknown, so a fragment may not be kept (a change made
    through another server would not show); the page still works."""
    url = verhaal["verhaal"].url
    with mock.patch.object(paginacache, "versie", side_effect=ConnectionError("redis weg")):
        html, _queries = _lees(client, url)
        assert "Welzijn Duinwijk" in html
        _html, tweede_queries = _lees(client, url)
    assert any("verhaalorganisatie" in q for q in tweede_queries)
