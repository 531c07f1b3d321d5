"""The partner demo: roles, a partner account, a pending submission and a stale organisation."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from kaart import demo_partners
from kaart.models import OrganisatiePage
from kaart.partners.rollen import REDACTEUREN
from tests.fabrieken import AanbodFactory, OrganisatieFactory

from .partners_helpers import *  # noqa: F403

pytestmark = pytest.mark.django_db


def test_demo_without_organisations_only_sets_up_roles(home_page):
    demo_partners.laad({"gebruikers": {}})
    assert Group.objects.filter(name=REDACTEUREN).exists()


def test_demo_partner_submission_and_stale_organisation(vandaag, client, kaart):
    eerste = OrganisatieFactory(parent=kaart, title="Buurthuis De Schelp")
    AanbodFactory(parent=eerste, title="Koffieochtend")
    laatste = OrganisatieFactory(parent=kaart, title="Sportclub Zeedorp")
    context = {"gebruikers": {}, "organisaties": {"schelp": eerste, "sport": laatste}}
    demo_partners.laad(context)
    demo_partners.laad(context)  # idempotent: one submission waiting, not two

    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 1
    assert OrganisatiePage.objects.get(pk=laatste.pk).laatst_gecontroleerd == dt.date(2026, 7, 10)  # 8 months
    assert client.login(username=demo_partners.DEMO_PARTNER[0], password=demo_partners.DEMO_PARTNER[1])
    assert client.get(f"/admin/pages/{eerste.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{laatste.pk}/edit/").status_code == 302
