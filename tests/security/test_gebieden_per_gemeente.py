"""Issue 20: an editor of one municipality manages only its own areas (Gebied snippets). The role
matrix covers list, edit, delete and chooser; these cover the hand-made requests around them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from kaart.models import Gebied
from kaart.partners.rollen import setup_roles, site_redactie_naam
from tests.fabrieken.regio import twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]


@pytest.fixture
def opzet(client, site, home_page, locale_nl):
    regio = twee_gemeenten(site, home_page, locale_nl)
    setup_roles()
    user = get_user_model().objects.create_user("red-b", "red-b@example.test", "LeefMee-test-2026")
    user.groups.add(Group.objects.get(name=site_redactie_naam(regio.site_b)))
    client.force_login(user)
    return regio


def test_editor_lists_and_edits_its_own_areas(client, opzet):
    lijst = client.get("/admin/snippets/kaart/gebied/").content.decode()
    assert "Strandhoven" in lijst and "Zeedorp" not in lijst
    response = client.post(f"/admin/snippets/kaart/gebied/edit/{opzet.gebied_b.pk}/", {
        "naam": "Strandhoven-Noord", "slug": "strandhoven", "volgorde": "0", "soort": "kern",
        "gemeente_site": str(opzet.site_b.pk)})
    assert response.status_code == 302
    assert Gebied.objects.get(pk=opzet.gebied_b.pk).naam == "Strandhoven-Noord"


def test_editor_cannot_add_an_area_to_another_municipality(client, opzet):
    voor = Gebied.objects.count()
    for site in (str(opzet.site_a.pk), ""):  # empty: the default site, which is A
        response = client.post("/admin/snippets/kaart/gebied/add/", {
            "naam": "Nieuwdorp", "slug": "nieuwdorp", "volgorde": "0", "soort": "kern", "gemeente_site": site})
        assert response.status_code == 200
    assert Gebied.objects.count() == voor


def test_editor_cannot_post_another_municipalitys_area_edit_or_delete(client, opzet):
    a = opzet.gebied_a.pk
    assert client.post(f"/admin/snippets/kaart/gebied/edit/{a}/", {
        "naam": "Weg", "slug": "zeedorp", "volgorde": "0", "soort": "kern", "gemeente_site": ""}).status_code == 404
    assert client.post(f"/admin/snippets/kaart/gebied/delete/{a}/").status_code == 404
    # Bulk delete: Wagtail turns the refusal into a redirect to the dashboard with a message.
    response = client.post(f"/admin/bulk/kaart/gebied/delete/?id={a}")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Gebied.objects.filter(pk=a).exists()
    assert client.get(f"/admin/snippets/kaart/gebied/copy/{a}/").status_code == 404
    assert client.get(f"/admin/snippets/choose/kaart/gebied/chosen/{a}/").status_code == 404
    assert Gebied.objects.get(pk=a).naam == "Zeedorp"
