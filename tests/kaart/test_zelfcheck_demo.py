"""The demo: 'Hoe gaat het met je?' in the menu, the default statements linked to the demo questions."""

import pytest

from kaart import demo_zelfcheck
from kaart.models import AspectVraag, ZelfcheckPage, ZelfcheckStelling
from tests.fabrieken import LevensvraagFactory

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_links_questions_by_slug(home_page, site):
    alleen = LevensvraagFactory(slug="ik-voel-me-vaak-alleen", dimensie="meedoen")
    context = {"home": home_page, "site": site, "vragen": {"ik-voel-me-vaak-alleen": alleen}}
    demo_zelfcheck.laad(context)
    aantallen = (ZelfcheckPage.objects.count(), ZelfcheckStelling.objects.count(), AspectVraag.objects.count())
    demo_zelfcheck.laad(context)
    assert (ZelfcheckPage.objects.count(), ZelfcheckStelling.objects.count(), AspectVraag.objects.count()) == aantallen
    pagina = ZelfcheckPage.objects.get()
    assert pagina.slug == "hoe-gaat-het" and pagina.show_in_menus and pagina.live
    assert ZelfcheckStelling.objects.filter(dimensie__sleutel="meedoen").count() >= 3
    for sleutel in ("lichaam", "mentaal", "zingeving", "kwaliteit", "dagelijks"):
        assert 3 <= ZelfcheckStelling.objects.filter(dimensie__sleutel=sleutel).count() <= 4
    contacten = ZelfcheckStelling.objects.get(tekst="Ik heb genoeg mensen om me heen.")
    assert contacten.aspect == "sociale contacten"
    assert [k.vraag for k in contacten.vraag_koppelingen.all()] == [alleen]


def test_demo_without_the_maps_demo_data(home_page, site):
    demo_zelfcheck.laad({"home": home_page, "site": site})
    assert ZelfcheckPage.objects.filter(slug="hoe-gaat-het").exists()
    assert AspectVraag.objects.count() == 0
