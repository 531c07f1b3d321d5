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


def test_demo_files_live_in_their_municipality_s_collection():
    from wagtail.images import get_image_model

    from kaart.partners.collecties import gemeente_collectie

    # The package's one demo load (tests/demo/conftest.py) ran its on-commit callbacks, as a real commit would.
    duinwijk = gemeente_collectie(Site.objects.get(is_default_site=True))
    portretten = get_image_model().objects.filter(title__startswith="Demo-portret")
    assert portretten.exists()
    # The stories live in Duinwijk's tree: their portraits in Duinwijk's library (or a partner's below it).
    for portret in portretten:
        assert portret.collection.is_descendant_of(duinwijk) or portret.collection == duinwijk, portret.title
    kustmeer = gemeente_collectie(Site.objects.get(hostname=KUSTMEER_HOST))
    assert not get_image_model().objects.filter(collection__path__startswith=kustmeer.path).filter(
        title__startswith="Demo-portret").exists()
