"""Which part of the tree an admin user answers for (leefmee/toegang.py), rule by rule (issue 24).

Two municipalities (A = the default site, B = Kustmeer) and users with page permissions on parts of the
tree: what each may see of the rows that belong to a page.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group, Permission
from wagtail.models import GroupPagePermission, Page, Site

from kaart.models import Contactverzoek
from leefmee.toegang import ALLES, beheerde_paden, beperk, beperk_paginas, mag_pagina, sites_van
from tests.fabrieken.regio import twee_gemeenten

pytestmark = pytest.mark.django_db


@pytest.fixture
def regio(site, home_page, locale_nl):
    return twee_gemeenten(site, home_page, locale_nl)


def gebruiker(naam, *rechten, **velden):
    """A user whose group has the page permissions (codename, page) in `rechten`."""
    user = get_user_model().objects.create_user(naam, f"{naam}@example.test", "LeefMee-test-2026", **velden)
    groep = Group.objects.create(name=f"groep {naam}")
    for codename, page in rechten:
        GroupPagePermission.objects.create(group=groep, page=page,
                                           permission=Permission.objects.get(codename=codename))
    user.groups.add(groep)
    return get_user_model().objects.get(pk=user.pk)  # a fresh object, as each request has


@pytest.fixture
def vragen(regio):
    def vraag(naam, **paginas):
        return Contactverzoek.objects.create(naam=naam, email=f"{naam.lower()}@example.test", vraag="?", **paginas)

    return {
        "a": vraag("A", organisatie=regio.lokaal_a, pagina=regio.aanbod_a),
        "b": vraag("B", organisatie=regio.lokaal_b, pagina=regio.aanbod_b),
        "alleen_pagina_a": vraag("PaginaA", pagina=regio.aanbod_a),
        "org_b_pagina_a": vraag("OrgBPaginaA", organisatie=regio.lokaal_b, pagina=regio.aanbod_a),
        "zonder": vraag("Zonder"),
    }


def namen(qs):
    return sorted(qs.values_list("naam", flat=True))


def test_nobody_logged_in_or_inactive_answers_for_nothing(regio):
    inactief = gebruiker("oud", ("change_page", regio.home_a), is_active=False)
    for user in (AnonymousUser(), inactief):
        assert beheerde_paden(user) == []
        assert not mag_pagina(user, regio.aanbod_a)
        assert sites_van(user) == []
        assert beperk_paginas(Page.objects.all(), user).count() == 0


def test_a_superuser_and_a_group_on_the_tree_root_answer_for_everything(regio, vragen):
    root = Page.get_first_root_node()
    superuser = get_user_model().objects.create_superuser("baas", "baas@example.test", "LeefMee-test-2026")
    hoofdredactie = gebruiker("hoofd", ("publish_page", root))
    for user in (superuser, hoofdredactie):
        assert beheerde_paden(user) is ALLES
        assert namen(beperk(Contactverzoek.objects.all(), user, "organisatie", "pagina")) == [
            "A", "B", "OrgBPaginaA", "PaginaA", "Zonder"]
        assert mag_pagina(user, regio.aanbod_b) and mag_pagina(user, None)
        assert [s.site_name for s in sites_van(user)] == ["Testdorp", "Kustmeer"]
        assert beperk_paginas(Page.objects.all(), user).count() == Page.objects.count()


def test_an_editor_of_one_municipality_sees_only_its_rows_and_the_first_set_page_decides(regio, vragen):
    redacteur_a = gebruiker("reda", ("change_page", regio.home_a))
    assert beheerde_paden(redacteur_a) == [regio.home_a.path]
    assert namen(beperk(Contactverzoek.objects.all(), redacteur_a, "organisatie", "pagina")) == ["A", "PaginaA"]
    # Only by page: the organisation does not count.
    assert namen(beperk(Contactverzoek.objects.all(), redacteur_a, "pagina")) == ["A", "OrgBPaginaA", "PaginaA"]
    redacteur_b = gebruiker("redb", ("change_page", regio.home_b))
    assert namen(beperk(Contactverzoek.objects.all(), redacteur_b, "organisatie", "pagina")) == ["B", "OrgBPaginaA"]


def test_an_editor_may_handle_pages_in_its_tree_only(regio):
    redacteur_b = gebruiker("redb", ("publish_page", regio.home_b))
    assert mag_pagina(redacteur_b, regio.aanbod_b) and mag_pagina(redacteur_b, regio.home_b)
    assert not mag_pagina(redacteur_b, regio.aanbod_a)
    assert not mag_pagina(redacteur_b, None)  # a row whose page was deleted stays with whoever sees everything
    assert sites_van(redacteur_b) == [regio.site_b]
    assert set(beperk_paginas(Page.objects.all(), redacteur_b)) == set(
        Page.objects.descendant_of(regio.home_b, inclusive=True))


def test_a_partner_answers_for_its_own_branch(regio, vragen):
    partner = gebruiker("partner", ("change_page", regio.lokaal_a), ("add_page", regio.home_a))
    assert beheerde_paden(partner) == [regio.lokaal_a.path]  # "add" elsewhere does not count
    assert mag_pagina(partner, regio.aanbod_a) and not mag_pagina(partner, regio.kaart_a)
    assert sites_van(partner) == []
    assert namen(beperk(Contactverzoek.objects.all(), partner, "organisatie", "pagina")) == ["A", "PaginaA"]


def test_permissions_on_two_trees_add_up(regio, vragen):
    beide = gebruiker("beide", ("change_page", regio.lokaal_b), ("publish_page", regio.home_a))
    assert beheerde_paden(beide) == sorted([regio.home_a.path, regio.lokaal_b.path])
    assert namen(beperk(Contactverzoek.objects.all(), beide, "organisatie", "pagina")) == [
        "A", "B", "OrgBPaginaA", "PaginaA"]
    assert sites_van(beide) == [Site.objects.get(is_default_site=True)]


def test_a_user_without_page_rights_sees_no_rows(regio, vragen):
    leeg = gebruiker("leeg")
    assert beheerde_paden(leeg) == []
    assert namen(beperk(Contactverzoek.objects.all(), leeg, "organisatie", "pagina")) == []
    assert beperk_paginas(Page.objects.all(), leeg).count() == 0


def test_the_paths_are_looked_up_once_per_user_object(regio, django_assert_num_queries):
    redacteur = gebruiker("reda", ("change_page", regio.home_a))
    with django_assert_num_queries(2):  # the permissions and the tree root
        beheerde_paden(redacteur)
    with django_assert_num_queries(0):
        assert beheerde_paden(redacteur) == [regio.home_a.path]


def test_pages_of_both_trees_are_kept_for_an_editor_of_two(regio):
    beide = gebruiker("beide", ("change_page", regio.lokaal_b), ("publish_page", regio.home_a))
    paginas = set(beperk_paginas(Page.objects.all(), beide))
    assert regio.aanbod_a.page_ptr in paginas and regio.aanbod_b.page_ptr in paginas
    assert regio.home_b.page_ptr not in paginas


def test_sites_are_listed_default_first_then_by_name_then_by_host(regio):
    home_b = regio.home_b
    Site.objects.create(hostname="y.test", port=80, root_page=home_b, site_name="Zelfde")
    Site.objects.create(hostname="x.test", port=80, root_page=home_b, site_name="Zelfde")
    Site.objects.create(hostname="a.test", port=80, root_page=home_b, site_name="Aardorp")
    superuser = get_user_model().objects.create_superuser("baas", "baas@example.test", "LeefMee-test-2026")
    assert [(s.site_name, s.hostname) for s in sites_van(superuser)] == [
        ("Testdorp", "localhost"), ("Aardorp", "a.test"), ("Kustmeer", "b.test"), ("Zelfde", "x.test"),
        ("Zelfde", "y.test")]
