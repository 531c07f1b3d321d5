"""Fixtures and admin helpers for the partner tests (imported by tests/kaart/test_partners_*.py)."""

import pytest
from django.contrib.auth.models import Group
from django.forms import BooleanField
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.test.utils.form_data import rich_text

from kaart.partners.rollen import REDACTEUREN, setup_roles, zorg_voor_partnergroep
from tests.fabrieken import AanbodFactory, KaartFactory, OrganisatieFactory, UserFactory, VerhalenIndexFactory


@pytest.fixture
def kaart(home_page):
    return KaartFactory(parent=home_page, title="Kaart")


@pytest.fixture
def org_a(kaart):
    return OrganisatieFactory(parent=kaart, title="Buurthuis De Schelp", contactpersoon_email="petra@deschelp.example")


@pytest.fixture
def org_b(kaart):
    return OrganisatieFactory(parent=kaart, title="Sportclub Zeedorp")


@pytest.fixture
def aanbod_a(org_a):
    return AanbodFactory(parent=org_a, title="Koffieochtend")


@pytest.fixture
def aanbod_b(org_b):
    return AanbodFactory(parent=org_b, title="Wandelvoetbal")


@pytest.fixture
def verhalen_index(home_page):
    """The real stories index (verhalen.VerhalenIndexPage): partners write stories under it, so the owner
    rules are tested against the page type the role code looks up."""
    return VerhalenIndexFactory(parent=home_page)


@pytest.fixture
def rollen_klaar(home_page):
    return setup_roles()


@pytest.fixture
def redacteur(rollen_klaar):
    user = UserFactory(username="redacteur", email="redactie@example.org")
    user.groups.add(Group.objects.get(name=REDACTEUREN))
    return user


@pytest.fixture
def partner_a(rollen_klaar, org_a, verhalen_index):
    user = UserFactory(username="partner_a", email="petra@deschelp.example")
    user.groups.add(zorg_voor_partnergroep(org_a))
    return user


def postdata(form):
    """POST data for a Wagtail admin page form, built from the form the edit view rendered."""
    data = {}

    def voeg_toe(f):
        for naam, veld in f.fields.items():
            bf = f[naam]
            waarde = bf.value()
            if isinstance(veld.widget, DraftailRichTextArea):
                data[bf.html_name] = rich_text(waarde or "")
            elif isinstance(veld, BooleanField):
                if waarde:
                    data[bf.html_name] = "on"
            elif waarde is None:
                data[bf.html_name] = ""
            elif isinstance(waarde, list | tuple):
                data[bf.html_name] = [str(v) for v in waarde]
            else:
                data[bf.html_name] = str(waarde)

    voeg_toe(form)
    for formset in form.formsets.values():
        beheer = formset.management_form
        for naam in beheer.fields:
            data[beheer[naam].html_name] = beheer[naam].value()
        for f in formset.forms:
            voeg_toe(f)
    return data


def bewerk_via_admin(client, page, actie=None, **wijzigingen):
    """Open the edit view like a browser, change fields and submit (optionally with an action)."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    data = postdata(response.context["form"])
    data.update(wijzigingen)
    if actie:
        data[f"action-{actie}"] = actie
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def geweigerd(response):
    """Wagtail's refusal of a logged-in admin user: a redirect to the dashboard (with a message there),
    the same for every page, snippet, setting and custom admin view the partner tests ask for."""
    return (response.status_code, response.get("Location")) == (302, "/admin/")
