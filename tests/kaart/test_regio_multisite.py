"""Several municipalities on one installation: routing, settings, regional visibility, edit rights."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from kaart.models import OrganisatiePage
from kaart.partners.rollen import setup_roles, site_redactie_naam
from kaart.regio import zichtbaar_voor_site
from leefmee.models import SiteInstellingen
from tests.fabrieken import ActiviteitFactory
from tests.fabrieken.regio import HOST_B, twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]
B = {"HTTP_HOST": HOST_B}


@pytest.fixture
def regio(site, home_page, locale_nl):
    return twee_gemeenten(site, home_page, locale_nl)


def titels(response):
    return {p.title for p in response.context["resultaten"].object_list}


def test_each_host_serves_its_own_home_page_and_settings(client, regio):
    SiteInstellingen.objects.update_or_create(site=regio.site_a, defaults={"site_naam": "LEEF MEE Duinwijk",
                                                                          "kleur_primair": "#1d5f8a"})
    SiteInstellingen.objects.update_or_create(site=regio.site_b, defaults={"site_naam": "LEEF MEE Kustmeer",
                                                                          "kleur_primair": "#0f5c4d"})
    a, b = client.get("/"), client.get("/", **B)
    assert a.status_code == b.status_code == 200
    assert a.context["page"].pk == regio.home_a.pk and b.context["page"].pk == regio.home_b.pk
    assert "LEEF MEE Duinwijk" in a.content.decode() and "LEEF MEE Kustmeer" not in a.content.decode()
    assert "LEEF MEE Kustmeer" in b.content.decode() and "#0f5c4d" in b.content.decode()
    # A's local page is not reachable through B's host.
    assert client.get(f"/kaart/{regio.lokaal_a.slug}/", **B).status_code == 404
    assert client.get(f"/kaart/{regio.lokaal_b.slug}/", **B).status_code == 200


def test_a_local_page_that_starts_serving_another_area_shows_there_at_once(client, regio):
    from kaart.models import OrganisatieGebied

    assert "Buurthuis Zeedorp" not in titels(client.get("/kaart/zoeken/", **B))  # remembered per site
    OrganisatieGebied.objects.create(page=regio.lokaal_a, gebied=regio.gebied_b)
    b = titels(client.get("/kaart/zoeken/", **B))
    assert {"Buurthuis Zeedorp", "Koffie in Zeedorp"} & b == {"Buurthuis Zeedorp"}  # the offering has its own area


def test_search_shows_regional_and_own_local_pages_only(client, regio):
    a = titels(client.get("/kaart/zoeken/"))
    b = titels(client.get("/kaart/zoeken/", **B))
    gedeeld = {"Schuldhulp Regio", "Schuldhulpmaatje"}
    assert gedeeld <= a and gedeeld <= b
    assert {"Buurthuis Zeedorp", "Koffie in Zeedorp"} <= a and not {"Buurthuis Zeedorp", "Koffie in Zeedorp"} & b
    assert {"Dorpshuis Strandhoven", "Koffie in Strandhoven"} <= b
    assert not {"Dorpshuis Strandhoven", "Koffie in Strandhoven"} & a
    # With a query too.
    assert titels(client.get("/kaart/zoeken/?q=koffie", **B)) == {"Koffie in Strandhoven"}


def test_regional_detail_link_on_the_other_site_is_its_canonical_url(client, regio):
    response = client.get("/kaart/zoeken/", **B)
    urls = {p.title: p.relatieve_url for p in response.context["resultaten"].object_list}
    assert urls["Schuldhulp Regio"] == f"http://localhost/kaart/{regio.regionaal.slug}/"
    assert urls["Dorpshuis Strandhoven"] == f"/kaart/{regio.lokaal_b.slug}/"
    assert client.get(f"/kaart/{regio.regionaal.slug}/").status_code == 200


def test_area_facet_lists_only_the_sites_own_areas(client, regio):
    facetten = {f.naam: f for f in client.get("/kaart/zoeken/", **B).context["facetten"]}
    assert [o.naam for o in facetten["gebied"].opties] == ["Strandhoven"]
    facetten = {f.naam: f for f in client.get("/kaart/zoeken/").context["facetten"]}
    assert [o.naam for o in facetten["gebied"].opties] == ["Zeedorp"]
    # Filtering B by its area keeps the regional organisation.
    assert "Schuldhulp Regio" in titels(client.get("/kaart/zoeken/?gebied=strandhoven", **B))


def test_map_geojson_per_site(client, regio):
    b = {f["properties"]["titel"] for f in client.get("/kaart/op-de-kaart/geojson/", **B).json()["features"]}
    a = {f["properties"]["titel"] for f in client.get("/kaart/op-de-kaart/geojson/").json()["features"]}
    assert "Schuldhulp Regio" in a and "Schuldhulp Regio" in b
    assert "Dorpshuis Strandhoven" in b and "Dorpshuis Strandhoven" not in a
    assert "Buurthuis Zeedorp" in a and "Buurthuis Zeedorp" not in b


def test_dimension_page_per_site(client, regio):
    b = titels(client.get("/kaart/dagelijks/", **B))
    assert b == {"Schuldhulpmaatje"}
    assert "Koffie in Strandhoven" in titels(client.get("/kaart/meedoen/", **B))
    assert "Koffie in Strandhoven" not in titels(client.get("/kaart/meedoen/"))


def test_agenda_selection_includes_regional_activities(vandaag, regio):
    from kaart.filters import Filters, Selectie, Taxonomieen

    morgen = vandaag + dt.timedelta(days=1)
    regionaal = ActiviteitFactory(parent=regio.regionaal, title="Geldcafe", momenten=[{"datum": morgen,
                                                                                       "begintijd": dt.time(10)}])
    lokaal_a = ActiviteitFactory(parent=regio.lokaal_a, title="Zeedorp wandelt", gebieden=[regio.gebied_a])
    locale = regio.kaart_b.locale
    selectie = Selectie(Filters(Taxonomieen(locale)), locale, ["activiteit"], onder=regio.kaart_b)
    ids = selectie.id_set("activiteit")
    assert regionaal.pk in ids and lokaal_a.pk not in ids


def test_hsds_api_filters_by_the_requests_site(client, regio):
    a = {o["name"] for o in client.get("/api/hsds/organizations").json()["contents"]}
    b = {o["name"] for o in client.get("/api/hsds/organizations", **B).json()["contents"]}
    assert a == {"Schuldhulp Regio", "Buurthuis Zeedorp"}
    assert b == {"Schuldhulp Regio", "Dorpshuis Strandhoven"}
    diensten_b = {s["name"] for s in client.get("/api/hsds/services", **B).json()["contents"]}
    assert diensten_b == {"Schuldhulpmaatje", "Koffie in Strandhoven"}


def test_regional_organisation_is_one_page(regio):
    assert OrganisatiePage.objects.filter(title="Schuldhulp Regio").count() == 1
    for site in (regio.site_a, regio.site_b):
        qs = zichtbaar_voor_site(OrganisatiePage.objects.all(), site)
        assert qs.filter(pk=regio.regionaal.pk).exists()


@pytest.fixture
def redacteur_b(regio):
    setup_roles()
    user = get_user_model().objects.create_user("red-b", "red-b@example.test", "x", is_staff=False)
    user.groups.add(Group.objects.get(name=site_redactie_naam(regio.site_b)))
    return user


def test_site_editor_can_edit_own_tree_only(regio, redacteur_b):
    def kan(page):
        return Page.objects.get(pk=page.pk).permissions_for_user(redacteur_b).can_edit()

    assert kan(regio.lokaal_b) and kan(regio.aanbod_b)
    assert not kan(regio.lokaal_a) and not kan(regio.aanbod_a)
    # The regional page lives in A's tree: edited once, by A (and its partner), not by B.
    assert not kan(regio.regionaal)


def test_site_editor_gets_no_edit_view_for_another_site(client, regio, redacteur_b):
    client.force_login(redacteur_b)
    assert client.get(f"/admin/pages/{regio.lokaal_b.pk}/edit/").status_code == 200
    for page in (regio.lokaal_a, regio.aanbod_a):  # Wagtail: refused, back to the dashboard
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert (response.status_code, response["Location"]) == (302, "/admin/"), page


def test_one_site_makes_no_per_site_groups(site, home_page):
    setup_roles()
    assert not Group.objects.filter(name=site_redactie_naam(Site.objects.get())).exists()
