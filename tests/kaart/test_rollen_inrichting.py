"""What setup_roles and the partner groups grant, right by right (issue 24: mutation testing of
kaart/partners/rollen.py). A right too many or too few here is a person who may do too much or too
little in the admin."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site, Workflow

from home.models import HomePage
from kaart.partners import rollen
from kaart.partners.rollen import (
    BEHEERDERS,
    REDACTEUREN,
    partner_groep,
    partner_groepen,
    partner_groepnaam,
    redacteuren,
    setup_roles,
    site_redactie_naam,
    zorg_voor_partnergroep,
)
from tests.fabrieken import KaartFactory, OrganisatieFactory, UserFactory, VerhalenIndexFactory

pytestmark = pytest.mark.django_db
PAGINA_RECHTEN = {"add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"}
BESTANDSRECHTEN = {f"{actie}_{model}" for actie in ("add", "change", "choose", "delete")
                   for model in ("image", "document")}
REDACTIE_MODELRECHTEN = {
    "access_admin", "uitnodigen_partner", "bekijken_niet_actueel", "bekijken_inzicht", "submit_translation",
    *(f"{actie}_{model}" for model in ("dimensie", "levensvraag", "doelgroep", "gebied", "kenmerk")
      for actie in ("add", "change", "delete", "view")),
    *(f"{actie}_{model}" for model in ("wijzigingsvoorstel", "controleverzoek", "contactverzoek")
      for actie in ("change", "view", "delete")),
    *(f"{actie}_searchpromotion" for actie in ("add", "change", "delete")),
    # publicatie's step, given through the rollen_ingericht signal
    *(f"{actie}_editieartikel" for actie in ("add", "change", "delete", "view")),
}


def _paginarechten(groep):
    return set(GroupPagePermission.objects.filter(group=groep).values_list("page_id", "permission__codename"))


def _bestandsrechten(groep):
    return set(GroupCollectionPermission.objects.filter(group=groep)
               .values_list("collection__name", "permission__codename"))


def test_editors_get_exactly_the_editing_rights(home_page):
    groep = setup_roles()["redacteuren"]
    assert set(groep.permissions.values_list("codename", flat=True)) == REDACTIE_MODELRECHTEN
    root = Page.get_first_root_node()
    assert _paginarechten(groep) == {(root.pk, recht) for recht in PAGINA_RECHTEN}
    assert _bestandsrechten(groep) == {(Collection.get_first_root_node().name, r) for r in BESTANDSRECHTEN}


def test_administrators_get_every_right(home_page):
    groep = setup_roles()["beheerders"]
    assert groep.name == BEHEERDERS
    assert groep.permissions.count() == Permission.objects.count()
    assert _paginarechten(groep) == {(Page.get_first_root_node().pk, recht) for recht in PAGINA_RECHTEN}
    assert _bestandsrechten(groep) == {(Collection.get_first_root_node().name, r) for r in BESTANDSRECHTEN}


def test_a_switched_off_review_workflow_is_switched_on_again(home_page):
    setup_roles()
    Workflow.objects.filter(name="Redactie").update(active=False)
    workflow = setup_roles()["workflow"]
    assert workflow.active and Workflow.objects.get(name="Redactie").active
    assert [t.specific.name for t in workflow.tasks.all()] == ["Redactie keurt goed"]
    assert list(workflow.tasks.get().specific.groups.values_list("name", flat=True)) == [REDACTEUREN]


def test_the_roles_signal_hands_the_editors_group_to_other_apps(home_page):
    ontvangen = []

    def ontvanger(sender, redacteuren, **kwargs):
        ontvangen.append(redacteuren.name)

    rollen.rollen_ingericht.connect(ontvanger)
    try:
        setup_roles()
    finally:
        rollen.rollen_ingericht.disconnect(ontvanger)
    assert ontvangen == [REDACTEUREN]


def test_with_two_municipalities_each_gets_an_editors_group_for_its_own_tree(home_page, site, locale_nl):
    kustmeer_home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Kustmeer", slug="kustmeer", locale=locale_nl))
    kustmeer = Site.objects.create(hostname="kustmeer.example", port=80, root_page=kustmeer_home, site_name="")
    setup_roles()
    groep = Group.objects.get(name=site_redactie_naam(kustmeer))
    assert groep.name == f"{REDACTEUREN} kustmeer.example"  # no site name: the host name
    assert _paginarechten(groep) == {(kustmeer_home.pk, recht) for recht in PAGINA_RECHTEN}
    assert set(groep.permissions.values_list("codename", flat=True)) == REDACTIE_MODELRECHTEN
    assert {naam for naam, _recht in _bestandsrechten(groep)} != {Collection.get_first_root_node().name}
    aantal = Group.objects.count()
    setup_roles()
    assert Group.objects.count() == aantal  # the same groups again, not new ones


def test_one_municipality_has_no_separate_editors_group(home_page, site):
    setup_roles()
    assert not Group.objects.filter(name=site_redactie_naam(site)).exists()


def test_a_partner_group_gets_its_branch_its_stories_index_and_its_own_collection(home_page):
    setup_roles()
    org = OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Buurthuis De Schelp")
    index = VerhalenIndexFactory(parent=home_page)
    groep = zorg_voor_partnergroep(org)
    assert groep.name == "Partner: Buurthuis De Schelp" == partner_groepnaam(org)
    assert set(groep.permissions.values_list("codename", flat=True)) == {"access_admin"}
    assert _paginarechten(groep) == {(org.pk, "add_page"), (org.pk, "change_page"), (index.pk, "add_page")}
    assert {recht for _naam, recht in _bestandsrechten(groep)} == {"add_image", "choose_image", "add_document",
                                                                   "choose_document"}
    assert {naam for naam, _recht in _bestandsrechten(groep)} == {groep.name}
    assert zorg_voor_partnergroep(org) == groep and Group.objects.filter(name__startswith="Partner: ").count() == 1


def test_a_partner_group_made_before_the_stories_index_gets_it_at_the_next_setup(home_page):
    org = OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Buurthuis")
    groep = zorg_voor_partnergroep(org)
    index = VerhalenIndexFactory(parent=home_page)
    setup_roles()
    assert (index.pk, "add_page") in _paginarechten(groep)


def test_a_renamed_organisation_keeps_its_partner_group(home_page):
    org = OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Buurthuis")
    groep = zorg_voor_partnergroep(org)
    org.title = "Buurthuis Nieuw"
    org.save()
    assert partner_groep(org) == groep and zorg_voor_partnergroep(org) == groep
    assert partner_groep(OrganisatieFactory(parent=org.get_parent(), title="Ander")) is None


def test_a_long_organisation_name_fits_a_group_name():
    class Org:
        title = "x" * 200

    assert len(partner_groepnaam(Org())) == 150 and partner_groepnaam(Org()).startswith("Partner: x")


def test_the_editors_to_mail_are_active_have_an_address_and_are_counted_once(home_page):
    setup_roles()
    groep = Group.objects.get(name=REDACTEUREN)
    actief = UserFactory(username="actief", email="a@example.test")
    zonder_adres = UserFactory(username="zonder", email="")
    weg = UserFactory(username="weg", email="w@example.test", is_active=False)
    geen_redacteur = UserFactory(username="ander", email="x@example.test")
    for u in (actief, zonder_adres, weg):
        u.groups.add(groep)
    actief.groups.add(Group.objects.get(name=BEHEERDERS))
    assert list(redacteuren()) == [actief]
    assert geen_redacteur not in redacteuren()


def test_only_the_taxonomys_own_permission_is_given_not_a_namesake_of_another_app(home_page):
    from django.contrib.contenttypes.models import ContentType

    groepen = ContentType.objects.get_for_model(Group)  # "auth" sorts before "kaart" and "wagtailcore"
    naamgenoten = [Permission.objects.create(codename=codename, name="Naamgenoot", content_type=groepen)
                   for codename in ("change_kenmerk", "bekijken_inzicht", "add_page")]
    groep = setup_roles()["redacteuren"]
    assert not groep.permissions.filter(pk__in=[p.pk for p in naamgenoten]).exists()
    assert groep.permissions.filter(codename="change_kenmerk", content_type__app_label="kaart").exists()
    assert groep.permissions.filter(codename="bekijken_inzicht", content_type__app_label="kaart").exists()
    assert not GroupPagePermission.objects.filter(group=groep, permission__in=naamgenoten).exists()


def test_a_long_site_name_fits_a_group_name(home_page, site):
    site.site_name = "Gemeente " + "x" * 200
    assert len(site_redactie_naam(site)) == 150 and site_redactie_naam(site).startswith("Redacteuren Gemeente x")


def test_the_partner_group_is_found_among_groups_with_rights_on_the_organisation(home_page):
    org = OrganisatieFactory(parent=KaartFactory(parent=home_page), title="Buurthuis")
    vrijwilligers = Group.objects.create(name="Vrijwilligers")
    GroupPagePermission.objects.create(group=vrijwilligers, page=org,
                                       permission=Permission.objects.get(codename="change_page"))
    groep = zorg_voor_partnergroep(org)
    assert groep.name == "Partner: Buurthuis"
    assert partner_groep(org) == groep
    assert list(partner_groepen()) == [groep]
