"""No trace: the self-check writes nothing to the database (nor the session), and says no-store."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.fabrieken import (
    GELDIGE_SCORES,
    AanbodFactory,
    ActiviteitFactory,
    KaartFactory,
    OrganisatieFactory,
    UserFactory,
    ZelfcheckFactory,
    moment,
)

pytestmark = pytest.mark.django_db
SCHRIJVEN = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture
def zelfcheck(vandaag, home_page, site):
    from leefmee.models import SiteInstellingen

    # Wagtail creates a site's settings row the first time any page reads it; on a live site it exists.
    SiteInstellingen.for_site(site)
    pagina = ZelfcheckFactory(parent=home_page)
    organisatie = OrganisatieFactory(parent=KaartFactory(parent=home_page, title="Kaart"), telefoon="0251 111 222")
    AanbodFactory(parent=organisatie, title="Koffie-ochtend", dimensies=["meedoen"], kosten="gratis")
    ActiviteitFactory(parent=organisatie, title="Wandelgroep", dimensies=["meedoen"],
                      momenten=[moment(vandaag + dt.timedelta(days=2))])
    return pagina


def doorloop(client):
    """The whole flow a resident goes through: form, result, choice, shared link, PDF."""
    antwoorden = [client.get("/hoe-gaat-het/")]
    antwoorden.append(client.post("/hoe-gaat-het/uitslag/", {**GELDIGE_SCORES, "meedoen": "12"}))  # a mistake
    antwoorden.append(client.post("/hoe-gaat-het/uitslag/", GELDIGE_SCORES))
    antwoorden.append(client.post("/hoe-gaat-het/uitslag/", {**GELDIGE_SCORES, "kies": "meedoen"}))
    deel = antwoorden[-1].context["deel_url"]
    antwoorden.append(client.get(deel))
    antwoorden.append(client.post("/hoe-gaat-het/uitslag/pdf/", {**GELDIGE_SCORES, "kies": "meedoen"}))
    return antwoorden


@pytest.mark.parametrize("ingelogd", [False, True])
def test_no_database_writes_during_the_whole_self_check(client, zelfcheck, ingelogd):
    if ingelogd:  # a professional with an admin session, using it in a conversation
        client.force_login(UserFactory(is_staff=True))
    with CaptureQueriesContext(connection) as ctx:
        antwoorden = doorloop(client)
    assert [a.status_code for a in antwoorden] == [200] * 6
    schrijfacties = [q["sql"] for q in ctx.captured_queries if q["sql"].lstrip().upper().startswith(SCHRIJVEN)]
    assert schrijfacties == []
    if not ingelogd:
        assert all("sessionid" not in a.cookies for a in antwoorden)  # no session started either


def test_every_response_says_no_store_and_no_referrer_to_other_sites(client, zelfcheck):
    for antwoord in doorloop(client):
        assert antwoord["Cache-Control"] == "no-store, private"
        assert antwoord["Referrer-Policy"] == "same-origin"
        assert "noindex" in antwoord["X-Robots-Tag"]


def test_scores_are_in_the_url_only_when_the_resident_shares(client, zelfcheck):
    html = client.get("/hoe-gaat-het/").content.decode()
    assert 'method="post"' in html
    uitslag = client.post("/hoe-gaat-het/uitslag/", {**GELDIGE_SCORES, "kies": "meedoen"})
    body = uitslag.content.decode()
    # The forms on the result page post the scores along (hidden), not in their action address.
    assert 'action="/hoe-gaat-het/uitslag/#wat-helpt"' in body and 'action="/hoe-gaat-het/uitslag/pdf/"' in body
    # The link to share round-trips: same scores, same table.
    deel = uitslag.context["deel_url"]
    assert {k: v[0] for k, v in parse_qs(urlsplit(deel).query).items() if k != "kies"} == {
        k: str(v) for k, v in GELDIGE_SCORES.items()}
    gedeeld = client.get(deel)
    assert gedeeld.status_code == 200
    assert gedeeld.context["uitslag"] == uitslag.context["uitslag"]
    assert "<th scope=\"row\">Meedoen</th><td>3 van de 10</td>" in gedeeld.content.decode()


def test_no_logging_of_scores(client, zelfcheck, caplog):
    with caplog.at_level("DEBUG"):
        doorloop(client)
    geen_sql = [r.getMessage() for r in caplog.records if r.name != "django.db.backends"]
    assert not any("meedoen=3" in m or "'meedoen': '3'" in m for m in geen_sql)
