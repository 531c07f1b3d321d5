"""Fixtures and builders for the partner tests (imported by tests/kaart/test_partners_*.py)."""

import pytest
from django.contrib.auth.models import Group
from django.forms import BooleanField
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.test.utils.form_data import rich_text

from kaart.models import AanbodDimensie, AanbodPage, Dimensie, KaartPage, OrganisatiePage
from kaart.partners import rollen
from kaart.partners.rollen import REDACTEUREN, setup_roles, zorg_voor_partnergroep
from tests.factories import UserFactory, publiceer


def maak_organisatie(kaart, titel, **velden):
    velden.setdefault("korte_beschrijving", f"{titel} helpt bewoners in Duinwijk.")
    velden.setdefault("email", f"info@{titel.lower().replace(' ', '')}.example")
    return publiceer(kaart, OrganisatiePage(title=titel, slug=titel.lower().replace(" ", "-"), **velden))


def maak_aanbod(organisatie, titel, **velden):
    velden.setdefault("korte_beschrijving", "Samen koffie drinken en praten.")
    velden.setdefault("wat_is_het", "<p>Een plek om elkaar te ontmoeten.</p>")
    aanbod = AanbodPage(title=titel, slug=titel.lower().replace(" ", "-"), **velden)
    # The admin form asks for at least one dimension.
    aanbod.dimensie_koppelingen = [AanbodDimensie(dimensie=Dimensie.objects.order_by("volgorde").first())]
    return publiceer(organisatie, aanbod)


@pytest.fixture
def kaart(home_page):
    return publiceer(home_page, KaartPage(title="Kaart", slug="kaart"))


@pytest.fixture
def org_a(kaart):
    return maak_organisatie(kaart, "Buurthuis De Schelp", contactpersoon_email="petra@deschelp.example")


@pytest.fixture
def org_b(kaart):
    return maak_organisatie(kaart, "Sportclub Zeedorp")


@pytest.fixture
def aanbod_a(org_a):
    return maak_aanbod(org_a, "Koffieochtend")


@pytest.fixture
def aanbod_b(org_b):
    return maak_aanbod(org_b, "Wandelvoetbal")


@pytest.fixture
def verhalen_index(home_page, monkeypatch):
    """The stories index. verhalen.VerhalenIndexPage lives on another branch: a StandardPage stands in,
    registered under the label the role code looks up, so the owner rules are tested for real."""
    from home.models import StandardPage

    monkeypatch.setattr(rollen, "VERHALEN_INDEX", "home.StandardPage")
    return publiceer(home_page, StandardPage(title="Verhalen", slug="verhalen"))


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
    """Wagtail refuses with 403, or by redirecting to the dashboard with a message."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and "/login/" not in response["Location"]
