"""The insight dashboard: numbers match a constructed dataset, search counts, rights, CSV, query counts."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query

from kaart import inzicht
from kaart.models import Contactverzoek, ZoekTelling
from kaart.partners.rollen import REDACTEUREN, setup_roles
from tests.fabrieken import AanbodFactory, ActiviteitFactory, GebiedFactory, KaartFactory, OrganisatieFactory

pytestmark = pytest.mark.django_db
URL = "/admin/kaart/inzicht/"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def data(vandaag, site, home_page):
    kaart = KaartFactory(parent=home_page)
    zeedorp = GebiedFactory(naam="Zeedorp", slug="zeedorp", volgorde=1)
    polder = GebiedFactory(naam="Polderveen", slug="polder", volgorde=2)
    org = OrganisatieFactory(parent=kaart, title="Welzijn", laatst_gecontroleerd=vandaag - dt.timedelta(days=30))
    oud = OrganisatieFactory(parent=kaart, title="Oude club", laatst_gecontroleerd=vandaag - dt.timedelta(days=300))
    OrganisatieFactory(parent=kaart, title="Nooit gecontroleerd")
    AanbodFactory(parent=org, title="Koffie", dimensies=("meedoen",), gebieden=[zeedorp])
    AanbodFactory(parent=org, title="Soos", dimensies=("meedoen",), gebieden=[zeedorp])
    AanbodFactory(parent=org, title="Buurtmaaltijd", dimensies=("meedoen", "lichaam"), gebieden=[polder])
    ActiviteitFactory(parent=org, title="Wandelen", dimensies=("lichaam",), gebieden=[zeedorp])
    AanbodFactory(parent=org, title="Concept", dimensies=("meedoen",), gebieden=[zeedorp], publiceren=False)
    for dagen, term, aantal, zonder, weinig in ((1, "rollator", 3, 3, 0), (40, "rollator", 2, 2, 0),
                                                (5, "koffie", 10, 0, 0), (60, "taalles", 1, 0, 1)):
        ZoekTelling.objects.create(site=site, zoekterm=term, datum=vandaag - dt.timedelta(days=dagen), aantal=aantal,
                                   zonder_resultaat=zonder, weinig_resultaat=weinig)
    # Local time: the dashboard counts Amsterdam months (half past midnight on 1 March in Amsterdam is
    # still February in UTC, and counts in March).
    for aangemaakt in (dt.datetime(2027, 3, 1, 0, 30, tzinfo=AMSTERDAM), dt.datetime(2027, 3, 9, 15, tzinfo=AMSTERDAM),
                       dt.datetime(2027, 2, 15, 12, tzinfo=AMSTERDAM)):
        Contactverzoek.objects.create(naam="X", vraag="?", organisatie=org, aangemaakt=aangemaakt)
    Contactverzoek.objects.create(naam="Y", vraag="?", organisatie=oud)  # today
    return {"site": site, "kaart": kaart, "zeedorp": zeedorp, "polder": polder, "org": org}


def cel(matrix, sleutel, gebied):
    for dimensie, cellen in matrix.rijen():
        if dimensie.sleutel == sleutel:
            for g, aanbod, activiteit, totaal, _niveau, dun in cellen:
                if g.pk == gebied.pk:
                    return aanbod, activiteit, totaal, dun
    raise AssertionError


def test_matrix_counts_live_offerings_and_activities(data):
    m = inzicht.matrix(data["site"])
    assert cel(m, "meedoen", data["zeedorp"]) == (2, 0, 2, False)
    assert cel(m, "meedoen", data["polder"]) == (1, 0, 1, True)
    assert cel(m, "lichaam", data["zeedorp"]) == (0, 1, 1, True)
    assert cel(m, "lichaam", data["polder"]) == (1, 0, 1, True)
    assert cel(m, "zingeving", data["zeedorp"]) == (0, 0, 0, True)


def test_search_terms_over_30_and_90_days(data):
    d30 = {r["zoekterm"]: (r["aantal"], r["zonder"], r["weinig"]) for r in inzicht.zoektermen(data["site"], 30)}
    d90 = {r["zoekterm"]: (r["aantal"], r["zonder"], r["weinig"]) for r in inzicht.zoektermen(data["site"], 90)}
    assert d30 == {"rollator": (3, 3, 0)}
    assert d90 == {"rollator": (5, 5, 0), "taalles": (1, 0, 1)}


def test_verified_share_and_contact_requests(data):
    assert inzicht.gecontroleerd(data["site"]) == (1, 3, 33)
    per_org, maanden = inzicht.contactverzoeken(data["site"])
    maart, februari = dt.date(2027, 3, 1), dt.date(2027, 2, 1)
    assert dict(per_org) == {"Welzijn": {februari: 1, maart: 2}, "Oude club": {maart: 1}}
    assert maanden == [februari, maart]


def test_search_view_records_result_counts_per_site(vandaag, client, data):
    AanbodFactory(parent=data["org"], title="Rolstoelbus", korte_beschrijving="Vervoer.")
    client.get("/kaart/zoeken/?q=rolstoelbus")
    client.get("/kaart/zoeken/?q=onvindbaarwoord")
    client.get("/kaart/zoeken/?q=onvindbaarwoord")
    niets = ZoekTelling.objects.get(site=data["site"], zoekterm="onvindbaarwoord", datum=vandaag)
    assert (niets.aantal, niets.zonder_resultaat, niets.weinig_resultaat) == (2, 2, 0)
    een = ZoekTelling.objects.get(site=data["site"], zoekterm="rolstoelbus", datum=vandaag)
    assert (een.aantal, een.zonder_resultaat, een.weinig_resultaat) == (1, 0, 1)


def maak_gebruiker(groep=None, **velden):
    user = get_user_model().objects.create_user(velden.pop("username", "u"), "u@example.test", "x", **velden)
    if groep:
        user.groups.add(Group.objects.get(name=groep))
    return user


def test_only_editors_and_administrators_see_the_dashboard(client, data):
    setup_roles()
    taalles = Query.get("taalles")
    client.force_login(maak_gebruiker(username="partner", is_staff=False))
    geweigerd = client.get(URL)  # no admin access at all: Wagtail sends a non-staff user to its login
    assert (geweigerd.status_code, geweigerd["Location"]) == (302, f"/admin/login/?next={URL}")
    client.force_login(maak_gebruiker(REDACTEUREN, username="redacteur"))
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "rollator" in html and "/admin/searchpicks/add/?query_string=rollator" in html
    # A query in Wagtail's log opens its promotions form with the query filled in.
    assert f"/admin/searchpicks/{taalles.pk}/" in html
    assert client.get(f"/admin/searchpicks/{taalles.pk}/").status_code == 200
    assert "1 van de 3 organisaties (33%)" in html
    assert "Inzicht" in client.get("/admin/").content.decode()


def test_csv_export_holds_the_same_numbers(client, data):
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.test", "x"))
    response = client.get(URL + "?formaat=csv")
    assert response["Content-Type"].startswith("text/csv")
    regels = response.content.decode().splitlines()
    assert "dimensie x gebied,Meedoen,Zeedorp,2,0,2" in regels
    assert "zoekvragen 30 dagen,rollator,,3,3,0" in regels
    assert "gecontroleerd 6 maanden,,,1,3,33" in regels
    assert not any("@" in r for r in regels)  # aggregates only


def test_dashboard_query_count_does_not_grow(vandaag, client, data, django_assert_max_num_queries):
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.test", "x"))
    client.get(URL)
    with django_assert_max_num_queries(40) as klein:
        client.get(URL)
    klein = len(klein.captured_queries)  # the log is emptied by the next request
    for i in range(8):
        org = OrganisatieFactory(parent=data["kaart"], title=f"Extra {i}")
        AanbodFactory(parent=org, title=f"Aanbod {i}", gebieden=[data["zeedorp"], data["polder"]])
        Contactverzoek.objects.create(naam="Z", vraag="?", organisatie=org)
        ZoekTelling.objects.create(site=data["site"], zoekterm=f"term{i}", datum=vandaag, aantal=1,
                                   zonder_resultaat=1)
    client.get(URL)  # the first request after a change reloads what is kept in memory
    with django_assert_max_num_queries(klein):
        assert client.get(URL).status_code == 200
