"""Issue 20: partners and municipal editors read no page titles of other organisations or
municipalities in the admin page search and the reports (workflow, workflow tasks, locked pages,
site history, aging pages) nor in another page's history."""

import pytest
from django.contrib.auth.models import Group
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction, Workflow

from kaart.partners.rollen import WORKFLOW_NAAM, setup_roles, site_redactie_naam, zorg_voor_partnergroep
from tests.fabrieken import AanbodFactory, VerhaalFactory, VerhalenIndexFactory, gebruiker_in
from tests.fabrieken.regio import twee_gemeenten

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("host_b")]

CONCEPT_B = "Concept Strandhoven geheim"
OPENBAAR_B = "Koffie in Strandhoven"
EIGEN_A = "Koffie in Zeedorp"
VERHAAL_B = "Verhaal Strandhoven concept"
BESLOTEN = "Besloten verhaal Strandhoven"
# What each role may not read: a partner nothing of another organisation (B's pages, B's partner's
# draft story and a private story in the shared stories index); an editor of A nothing of B's tree
# (the stories index lives in A's tree, so its stories are A's to review).
GEHEIM = {"partner_a": (CONCEPT_B, OPENBAAR_B, VERHAAL_B, BESLOTEN), "redacteur_a": (CONCEPT_B, OPENBAAR_B)}

RAPPORTEN = ["/admin/reports/workflow/", "/admin/reports/workflow/results/", "/admin/reports/workflow_tasks/",
             "/admin/reports/locked/", "/admin/reports/site-history/", "/admin/reports/site-history/results/",
             "/admin/reports/aging-pages/", "/admin/reports/aging-pages/results/"]


@pytest.fixture
def opzet(site, home_page, locale_nl):
    regio = twee_gemeenten(site, home_page, locale_nl)
    index = VerhalenIndexFactory(parent=home_page)
    setup_roles()
    gebruikers = {
        "partner_a": gebruiker_in("partner-a", zorg_voor_partnergroep(regio.lokaal_a)),
        "partner_b": gebruiker_in("partner-b", zorg_voor_partnergroep(regio.lokaal_b)),
        "redacteur_a": gebruiker_in("red-a", Group.objects.get(name=site_redactie_naam(regio.site_a))),
    }
    concept = AanbodFactory(parent=regio.lokaal_b, volledig=True, title=CONCEPT_B, owner=gebruikers["partner_b"])
    concept.unpublish()
    concept.save_revision(user=gebruikers["partner_b"])
    Workflow.objects.get(name=WORKFLOW_NAAM).start(concept, gebruikers["partner_b"])
    for pagina in (regio.aanbod_a, regio.aanbod_b):
        pagina.locked, pagina.locked_by = True, gebruikers["partner_b"] if pagina == regio.aanbod_b else None
        pagina.save()
        log(pagina, "wagtail.edit", user=gebruikers["partner_b"])
    log(concept, "wagtail.edit", user=gebruikers["partner_b"])
    # Every partner may add stories to the one stories index: another partner's draft story there.
    ander_verhaal = VerhaalFactory(parent=index, title=VERHAAL_B, publiceren=False, owner=gebruikers["partner_b"])
    Workflow.objects.get(name=WORKFLOW_NAAM).start(ander_verhaal, gebruikers["partner_b"])
    log(ander_verhaal, "wagtail.edit", user=gebruikers["partner_b"])
    besloten = VerhaalFactory(parent=index, title=BESLOTEN)
    PageViewRestriction.objects.create(page=besloten, restriction_type=PageViewRestriction.LOGIN)
    return regio, gebruikers


# The one report a role may not open at all: locked pages need the unlock right, which partners lack
# (Wagtail sends them back to the dashboard). Every other search and report opens (200) and is filtered.
GEWEIGERD = {("/admin/reports/locked/", "partner_a")}


def _html(client, url, **params):
    antwoord = client.get(url, params)
    assert antwoord.status_code == 200, url
    return antwoord.content.decode()


@pytest.mark.parametrize("rol", ["partner_a", "redacteur_a"])
def test_admin_search_shows_no_page_of_another_organisation_or_municipality(client, opzet, rol):
    regio, gebruikers = opzet
    client.force_login(gebruikers[rol])
    for q in ("Strandhoven", "Koffie", "verhaal"):
        for url in ("/admin/pages/search/", "/admin/pages/search/results/"):
            html = _html(client, url, q=q)
            assert not [t for t in GEHEIM[rol] if t in html], (url, q)
    assert EIGEN_A in _html(client, "/admin/pages/search/results/", q="Koffie")


@pytest.mark.parametrize("rol", ["partner_a", "redacteur_a"])
@pytest.mark.parametrize("url", RAPPORTEN)
def test_reports_show_no_page_of_another_organisation_or_municipality(client, opzet, rol, url):
    regio, gebruikers = opzet
    client.force_login(gebruikers[rol])
    antwoord = client.get(url)
    verwacht = (302, "/admin/") if (url, rol) in GEWEIGERD else (200, None)
    assert (antwoord.status_code, antwoord.get("Location")) == verwacht
    assert not [t for t in GEHEIM[rol] if t in antwoord.content.decode()]


def test_history_of_another_organisations_page_is_refused(client, opzet):
    regio, gebruikers = opzet
    client.force_login(gebruikers["partner_a"])
    for pagina in (regio.aanbod_b, regio.lokaal_b):
        antwoord = client.get(f"/admin/pages/{pagina.pk}/history/")
        assert (antwoord.status_code, antwoord["Location"]) == (302, "/admin/"), pagina  # Wagtail: refused


def test_the_owner_still_sees_its_own_work_in_search_and_history(client, opzet):
    regio, gebruikers = opzet
    client.force_login(gebruikers["partner_b"])
    assert CONCEPT_B in _html(client, "/admin/pages/search/results/", q="Strandhoven")
    assert CONCEPT_B in _html(client, "/admin/reports/site-history/results/")
    assert CONCEPT_B in _html(client, "/admin/reports/workflow/")


def test_site_history_shows_a_municipal_editor_no_personal_data_of_another_municipality(client, opzet):
    from kaart.models import Contactverzoek

    regio, gebruikers = opzet
    redacteur_b = gebruiker_in("red-b", Group.objects.get(name=site_redactie_naam(regio.site_b)))
    vraag = Contactverzoek.objects.create(naam="Anna Duin", email="anna@example.test", vraag="Hulp?",
                                          organisatie=regio.lokaal_a, pagina=regio.aanbod_a)
    log(vraag, "wagtail.edit", user=gebruikers["redacteur_a"])
    client.force_login(redacteur_b)
    assert "Anna Duin" not in _html(client, "/admin/reports/site-history/results/")
    client.force_login(gebruikers["redacteur_a"])
    assert "Anna Duin" in _html(client, "/admin/reports/site-history/results/")
