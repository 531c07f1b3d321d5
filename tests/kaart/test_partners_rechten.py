"""Roles and the permission matrix of a partner of organisation A (issue 5).

Every row checks the admin view (status / redirect) and Wagtail's permission policy.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, WorkflowPage

from home.models import StandardPage
from kaart.models import AanbodPage, Dimensie, Levensvraag
from kaart.partners.rollen import BEHEERDERS, REDACTEUREN, partner_groepnaam, setup_roles
from leefmee.models import SiteInstellingen
from tests.fabrieken import EditieFactory, LeefArchiefFactory, UserFactory, VerhaalFactory, publiceer

from .partners_helpers import *  # noqa: F403
from .partners_helpers import bewerk_via_admin, geweigerd

pytestmark = pytest.mark.django_db


def perms(page, user):
    return Page.objects.get(pk=page.pk).specific.permissions_for_user(user)


def test_setup_roles_is_idempotent_and_assigns_the_review_workflow(home_page):
    setup_roles()
    aantallen = (Group.objects.count(), GroupPagePermission.objects.count())
    uitkomst = setup_roles()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == aantallen
    redacteuren = Group.objects.get(name=REDACTEUREN)
    assert set(
        GroupPagePermission.objects.filter(group=redacteuren, page=Page.get_first_root_node())
        .values_list("permission__codename", flat=True)
    ) >= {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}
    assert redacteuren.permissions.filter(codename="change_levensvraag").exists()
    assert redacteuren.permissions.filter(codename="view_wijzigingsvoorstel").exists()
    assert not redacteuren.permissions.filter(codename="change_user").exists()
    assert Group.objects.get(name=BEHEERDERS).permissions.filter(codename="change_user").exists()
    # The whole site, every locale, is under the "Redactie" workflow with one editors' task.
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == uitkomst["workflow"]
    assert home_page.get_workflow().name == "Redactie"
    taak = uitkomst["workflow"].tasks.get().specific
    assert taak.name == "Redactie keurt goed" and list(taak.groups.all()) == [redacteuren]


def test_partner_group_has_add_and_change_on_its_branch_only(partner_a, org_a, verhalen_index):
    groep = Group.objects.get(name=partner_groepnaam(org_a))
    rechten = set(GroupPagePermission.objects.filter(group=groep).values_list("page_id", "permission__codename"))
    assert rechten == {(org_a.pk, "add_page"), (org_a.pk, "change_page"), (verhalen_index.pk, "add_page")}


# --- A's own branch -------------------------------------------------------------------------

def test_partner_may_edit_and_add_in_own_branch(client, partner_a, org_a, aanbod_a):
    client.force_login(partner_a)
    for page in (org_a, aanbod_a):
        assert perms(page, partner_a).can_edit()
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert perms(org_a, partner_a).can_add_subpage()
    assert client.get(f"/admin/pages/add/kaart/aanbodpage/{org_a.pk}/").status_code == 200
    assert client.get(f"/admin/pages/add/kaart/vacaturepage/{org_a.pk}/").status_code == 200


def test_partner_may_not_publish_unpublish_delete_or_move_in_own_branch(client, partner_a, org_a, aanbod_a):
    client.force_login(partner_a)
    for page in (org_a, aanbod_a):
        tester = perms(page, partner_a)
        assert not tester.can_publish()
        assert not tester.can_unpublish()
        assert not tester.can_delete()
        assert not tester.can_move()
        assert geweigerd(client.get(f"/admin/pages/{page.pk}/delete/"))
        assert geweigerd(client.get(f"/admin/pages/{page.pk}/move/"))
        assert geweigerd(client.get(f"/admin/pages/{page.pk}/unpublish/"))


def test_publish_button_of_a_partner_only_saves_a_draft(client, partner_a, aanbod_a):
    client.force_login(partner_a)
    response = bewerk_via_admin(client, aanbod_a, actie="publish", title="Koffieochtend (nieuw)")
    assert response.status_code == 302
    aanbod = AanbodPage.objects.get(pk=aanbod_a.pk)
    assert aanbod.title == "Koffieochtend"  # the live page is unchanged
    assert aanbod.has_unpublished_changes
    assert aanbod.get_latest_revision_as_object().title == "Koffieochtend (nieuw)"


# --- B's branch -----------------------------------------------------------------------------

def test_partner_cannot_touch_another_organisation(client, partner_a, org_b, aanbod_b):
    client.force_login(partner_a)
    for page in (org_b, aanbod_b):
        tester = perms(page, partner_a)
        assert not tester.can_edit()
        assert not tester.can_delete()
        assert not tester.can_move()
        assert not tester.can_publish()
        assert geweigerd(client.get(f"/admin/pages/{page.pk}/edit/"))
        assert geweigerd(client.get(f"/admin/pages/{page.pk}/delete/"))
        assert geweigerd(client.get(f"/admin/pages/{page.pk}/move/"))
    assert not perms(org_b, partner_a).can_add_subpage()
    assert geweigerd(client.get(f"/admin/pages/add/kaart/aanbodpage/{org_b.pk}/"))


def test_partner_does_not_see_another_organisations_branch_in_the_explorer(client, partner_a, kaart, org_a, aanbod_b):
    client.force_login(partner_a)
    lijst = client.get(f"/admin/pages/{kaart.pk}/").content.decode()
    assert "Buurthuis De Schelp" in lijst and "Sportclub Zeedorp" not in lijst
    assert "Wandelvoetbal" not in client.get(f"/admin/pages/{aanbod_b.get_parent().pk}/").content.decode()


# --- Stories ----------------------------------------------------------------------------------

def test_partner_writes_own_stories_but_not_those_of_others(client, partner_a, verhalen_index):
    ander = UserFactory(username="schrijver")
    verhaal_ander = VerhaalFactory(parent=verhalen_index, title="Verhaal van Bram", owner=ander)
    eigen = VerhaalFactory(parent=verhalen_index, title="Verhaal van Petra", owner=partner_a)
    client.force_login(partner_a)

    assert perms(verhalen_index, partner_a).can_add_subpage()
    assert client.get(f"/admin/pages/add/verhalen/verhaalpage/{verhalen_index.pk}/").status_code == 200
    assert not perms(verhalen_index, partner_a).can_edit()  # the index itself
    assert perms(eigen, partner_a).can_edit()
    assert not perms(eigen, partner_a).can_publish()
    assert client.get(f"/admin/pages/{eigen.pk}/edit/").status_code == 200
    assert not perms(verhaal_ander, partner_a).can_edit()
    assert geweigerd(client.get(f"/admin/pages/{verhaal_ander.pk}/edit/"))
    assert geweigerd(client.get(f"/admin/pages/{verhaal_ander.pk}/delete/"))


# --- Everything else --------------------------------------------------------------------------

def test_partner_cannot_edit_other_site_sections(client, partner_a, home_page, kaart):
    # Every page outside the partner's own branch and the stories index is out of reach: the magazine
    # archive and an edition in it, a standard page, the home page and the map itself.
    archief = LeefArchiefFactory(parent=home_page)
    editie = EditieFactory(parent=archief)
    overig = publiceer(home_page, StandardPage(title="Over ons", slug="over-ons"))
    client.force_login(partner_a)
    for page in (home_page, kaart, archief, editie, overig):
        assert not perms(page, partner_a).can_edit()
        assert not perms(page, partner_a).can_add_subpage()
        assert geweigerd(client.get(f"/admin/pages/{page.pk}/edit/"))


def test_partner_cannot_edit_snippets_settings_or_users(client, partner_a, site):
    client.force_login(partner_a)
    dimensie = Dimensie.objects.first()
    for perm in ("kaart.change_dimensie", "kaart.add_levensvraag", "leefmee.change_siteinstellingen",
                 "auth.change_user", "auth.add_user", "auth.change_group", "kaart.view_wijzigingsvoorstel"):
        assert not partner_a.has_perm(perm), perm
    for url in (
        "/admin/snippets/kaart/dimensie/",
        f"/admin/snippets/kaart/dimensie/edit/{dimensie.pk}/",
        "/admin/snippets/kaart/levensvraag/add/",
        f"/admin/settings/leefmee/siteinstellingen/{site.pk}/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/wijzigingsvoorstellen/",
        "/admin/niet-actueel/",
        "/admin/partner-uitnodigen/",
    ):
        assert geweigerd(client.get(url)), url
    assert SiteInstellingen.for_site(site) is not None


def test_editor_reviews_everything_but_not_users(client, redacteur, org_a, org_b, aanbod_b, site):
    client.force_login(redacteur)
    for page in (org_a, org_b, aanbod_b):
        tester = perms(page, redacteur)
        assert tester.can_edit() and tester.can_publish()
    assert client.get(f"/admin/pages/{aanbod_b.pk}/edit/").status_code == 200
    levensvraag = Levensvraag.objects.create(naam="Ik voel me vaak alleen", slug="alleen",
                                             dimensie=Dimensie.objects.get(sleutel="meedoen", locale=org_a.locale))
    assert client.get("/admin/snippets/kaart/dimensie/").status_code == 200
    assert client.get(f"/admin/snippets/kaart/levensvraag/edit/{levensvraag.pk}/").status_code == 200
    assert client.get("/admin/wijzigingsvoorstellen/").status_code == 200
    assert client.get("/admin/niet-actueel/").status_code == 200
    assert geweigerd(client.get("/admin/users/"))
    assert geweigerd(client.get(f"/admin/settings/leefmee/siteinstellingen/{site.pk}/"))


def test_administrator_group_may_manage_users_and_settings(client, rollen_klaar, site):
    beheerder = UserFactory(username="beheer")
    beheerder.groups.add(Group.objects.get(name=BEHEERDERS))
    client.force_login(beheerder)
    assert client.get("/admin/users/").status_code == 200
    assert client.get(f"/admin/settings/leefmee/siteinstellingen/{site.pk}/").status_code == 200
