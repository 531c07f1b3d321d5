"""Embeds for partner websites: filters, framing headers, no JavaScript, no cookies, constant queries."""

import pytest
from django.contrib.auth import get_user_model

from kaart.partners.rollen import setup_roles
from leefmee.models import SiteInstellingen
from tests.fabrieken import (
    AanbodFactory,
    ActiviteitFactory,
    DoelgroepFactory,
    GebiedFactory,
    KaartFactory,
    KenmerkFactory,
    LevensvraagFactory,
    OrganisatieFactory,
)
from tests.fabrieken.regio import HOST_B, twee_gemeenten

pytestmark = pytest.mark.django_db
URL = "/insluiten/lijst/"


@pytest.fixture
def kaart(site, home_page):
    return KaartFactory(parent=home_page)


def titels(response):
    return {i.title for i in response.context["items"]}


def test_every_filter_is_honoured(client, kaart):
    jeugd, ouderen = DoelgroepFactory(naam="Jeugd", slug="jeugd"), DoelgroepFactory(naam="Ouderen", slug="ouderen")
    zeedorp = GebiedFactory(naam="Zeedorp", slug="zeedorp")
    vraag = LevensvraagFactory(naam="Ik wil sporten", slug="ik-wil-sporten", dimensie="lichaam")
    org = OrganisatieFactory(parent=kaart, title="Sportclub", soort="vereniging")
    andere = OrganisatieFactory(parent=kaart, title="Welzijn", soort="professioneel")
    AanbodFactory(parent=org, title="Jeugdsport", dimensies=("meedoen",), doelgroepen=[jeugd], gebieden=[zeedorp],
                  kosten="gratis",
                  vragen=[vraag])
    AanbodFactory(parent=org, title="Betaalde jeugdsport", dimensies=("meedoen",), doelgroepen=[jeugd],
                  kosten="betaald")
    AanbodFactory(parent=andere, title="Ouderensoos", dimensies=("meedoen",), doelgroepen=[ouderen], kosten="gratis",
                  verwijzing_nodig=True)
    AanbodFactory(parent=andere, title="Slaapcursus", dimensies=("lichaam",), kosten="gratis")
    bewegen = KenmerkFactory(naam="Bewegen", slug="bewegen")
    ActiviteitFactory(parent=org, title="Wandelen", kenmerken=[bewegen])
    ActiviteitFactory(parent=org, title="Schilderen")

    alles = {"Jeugdsport", "Betaalde jeugdsport", "Ouderensoos", "Slaapcursus"}
    assert titels(client.get(URL)) == alles
    assert titels(client.get(URL + "?dimensie=meedoen")) == alles - {"Slaapcursus"}
    assert titels(client.get(URL + "?dimensie=meedoen&doelgroep=jeugd")) == {"Jeugdsport", "Betaalde jeugdsport"}
    assert titels(client.get(URL + "?dimensie=meedoen&doelgroep=jeugd&gratis=1")) == {"Jeugdsport"}
    assert titels(client.get(URL + "?gebied=zeedorp")) == {"Jeugdsport"}
    assert titels(client.get(URL + "?vraag=ik-wil-sporten")) == {"Jeugdsport"}
    assert titels(client.get(URL + "?soort=professioneel")) == {"Ouderensoos", "Slaapcursus"}
    assert titels(client.get(URL + "?zonder_verwijzing=1&dimensie=meedoen")) == {"Jeugdsport", "Betaalde jeugdsport"}
    assert titels(client.get(URL + "?toon=activiteit&kenmerk=bewegen")) == {"Wandelen"}
    assert titels(client.get(URL + "?toon=organisatie")) == {"Sportclub", "Welzijn"}
    assert len(client.get(URL + "?aantal=2").context["items"]) == 2
    # Bad values never break the embed.
    response = client.get(URL + "?dimensie=bestaatniet&aantal=abc&stijl=<x>&toon=iets")
    assert response.status_code == 200 and titels(response) == alles


def test_framing_headers_no_script_no_cookies(client, kaart):
    org = OrganisatieFactory(parent=kaart, title="Welzijn")
    AanbodFactory(parent=org, title="Koffie")
    response = client.get(URL + "?stijl=neutraal")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    html = response.content.decode()
    assert "<script" not in html.lower() and "Koffie" in html
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    # Also for a logged-in visitor: the response must not depend on the session.
    client.force_login(get_user_model().objects.create_user("bezoeker", "b@example.test", "x"))
    response = client.get(URL)
    assert not response.cookies and "cookie" not in response.get("Vary", "").lower()
    # Other pages stay unframeable.
    assert client.get("/kaart/")["X-Frame-Options"] == "DENY"


def test_site_style_uses_the_sites_colours_and_neutral_does_not(client, kaart, site):
    SiteInstellingen.objects.update_or_create(site=site, defaults={"kleur_primair": "#123456"})
    assert "#123456" in client.get(URL + "?stijl=site").content.decode()
    assert "#123456" not in client.get(URL + "?stijl=neutraal").content.decode()


def test_embed_follows_the_requests_site(client, site, home_page, locale_nl, settings):
    settings.ALLOWED_HOSTS = ["localhost", "testserver", HOST_B]
    regio = twee_gemeenten(site, home_page, locale_nl)
    b = titels(client.get(URL, HTTP_HOST=HOST_B))
    assert b == {"Schuldhulpmaatje", "Koffie in Strandhoven"}
    assert regio.aanbod_a.title not in b


def test_query_count_does_not_grow_with_the_data(client, kaart, django_assert_max_num_queries):
    jeugd = DoelgroepFactory(naam="Jeugd", slug="jeugd")

    def maak(n):
        org = OrganisatieFactory(parent=kaart, title=f"Org {n}")
        for i in range(n):
            AanbodFactory(parent=org, title=f"Aanbod {n}-{i}", doelgroepen=[jeugd])

    maak(2)
    client.get(URL)  # warm caches (site root paths)
    with django_assert_max_num_queries(20) as klein:
        client.get(URL + "?doelgroep=jeugd")
    klein = len(klein.captured_queries)  # the log is emptied by the next request
    maak(12)
    client.get(URL + "?doelgroep=jeugd")  # the first request after a change reloads what is kept in memory
    with django_assert_max_num_queries(klein):
        response = client.get(URL + "?doelgroep=jeugd")
    assert len(response.context["items"]) == 14


def test_admin_builder_gives_an_iframe_snippet(client, kaart, site):
    setup_roles()
    user = get_user_model().objects.create_superuser("admin", "a@example.test", "x")
    client.force_login(user)
    DoelgroepFactory(naam="Jeugd", slug="jeugd")
    response = client.get("/admin/kaart/insluiten/?dimensie=meedoen&doelgroep=jeugd&gratis=1&stijl=neutraal")
    assert response.status_code == 200
    snippet = response.context["snippet"]
    assert snippet.startswith('<iframe src="http://localhost/insluiten/lijst/?')
    for deel in ("dimensie=meedoen", "doelgroep=jeugd", "gratis=1", "stijl=neutraal", 'title="'):
        assert deel in snippet
    assert '<a href="http://localhost/kaart/zoeken/?' in snippet  # the plain link fallback
