"""The demo has a second municipality, Kustmeer, sharing two regional organisations with Duinwijk."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Site

from home.demo_regio import KUSTMEER_HOST
from kaart.models import Gebied, OrganisatiePage
from kaart.partners.rollen import site_redactie_naam
from leefmee.models import SiteInstellingen

pytestmark = pytest.mark.usefixtures("demo", "db")


def test_demo_has_kustmeer_with_shared_regional_organisations(client, settings):
    settings.ALLOWED_HOSTS = ["localhost", "testserver", KUSTMEER_HOST]
    kustmeer = Site.objects.get(hostname=KUSTMEER_HOST)
    assert SiteInstellingen.for_site(kustmeer).gemeente_naam == "Gemeente Kustmeer"
    assert Gebied.objects.filter(gemeente_site=kustmeer).count() == 2
    assert OrganisatiePage.objects.filter(slug="schuldhulp-duinwijk", locale__language_code="nl").count() == 1
    for site in Site.objects.all():
        assert Group.objects.filter(name=site_redactie_naam(site)).exists()

    response = client.get("/kaart/zoeken/", HTTP_HOST=KUSTMEER_HOST)
    titels = {p.title for p in response.context["resultaten"].paginator.object_list[0:200]}
    assert {"Schuldhulp Duinwijk", "Voedselbank Duinstreek", "Dorpshuis Kustmeer"} <= titels
    assert "Welzijn Duinwijk" not in titels  # local to Duinwijk
    duinwijk = {p.title for p in client.get("/kaart/zoeken/").context["resultaten"].paginator.object_list[0:500]}
    assert "Schuldhulp Duinwijk" in duinwijk and "Dorpshuis Kustmeer" not in duinwijk
    assert "LEEF MEE Kustmeer" in client.get("/", HTTP_HOST=KUSTMEER_HOST).content.decode()
