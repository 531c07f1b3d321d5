"""The review workflow: partner submits -> editor requests changes -> resubmit -> approve -> live."""

import pytest
from django.core import mail
from wagtail.models import Revision, WorkflowState

from kaart.models import AanbodPage

from .partners_helpers import *  # noqa: F403
from .partners_helpers import bewerk_via_admin

pytestmark = pytest.mark.django_db


def ontvangers():
    return sorted({adres for bericht in mail.outbox for adres in bericht.to})


def test_full_review_cycle_with_mails(client, partner_a, redacteur, aanbod_a):
    # 1. The partner changes its offering and submits it for review.
    client.force_login(partner_a)
    response = bewerk_via_admin(client, aanbod_a, actie="submit", title="Koffieochtend op zaterdag")
    assert response.status_code == 302
    aanbod = AanbodPage.objects.get(pk=aanbod_a.pk)
    assert aanbod.title == "Koffieochtend"  # not live yet
    state = aanbod.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == partner_a
    assert ontvangers() == ["redactie@example.org"]  # editors get mail on submission
    assert "Koffieochtend op zaterdag" in mail.outbox[0].subject + mail.outbox[0].body

    # 2. Editors see it in the dashboard ("awaiting your review").
    client.force_login(redacteur)
    assert "Koffieochtend op zaterdag" in client.get("/admin/").content.decode()

    # 3. The editor requests changes with a comment.
    mail.outbox.clear()
    task_state = aanbod.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{aanbod.pk}/reject/{task_state.pk}/",
        {"comment": "Schrijf er ook bij hoe laat het begint."},
    )
    assert response.status_code == 302
    aanbod = AanbodPage.objects.get(pk=aanbod_a.pk)
    assert aanbod.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert aanbod.title == "Koffieochtend"  # still the old live version
    assert aanbod.get_latest_revision_as_object().title == "Koffieochtend op zaterdag"  # the draft is kept
    assert ontvangers() == ["petra@deschelp.example"]
    assert "Schrijf er ook bij hoe laat het begint." in mail.outbox[0].body

    # 4. The partner improves the draft and resubmits.
    mail.outbox.clear()
    client.force_login(partner_a)
    response = bewerk_via_admin(client, aanbod, actie="submit", title="Koffieochtend op zaterdag om 10 uur")
    assert response.status_code == 302
    aanbod = AanbodPage.objects.get(pk=aanbod_a.pk)
    assert aanbod.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert ontvangers() == ["redactie@example.org"]

    # 5. The editor approves: the page is published and the partner gets mail.
    mail.outbox.clear()
    client.force_login(redacteur)
    task_state = aanbod.current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{aanbod.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code == 302
    aanbod = AanbodPage.objects.get(pk=aanbod_a.pk)
    assert aanbod.live and aanbod.title == "Koffieochtend op zaterdag om 10 uur"
    assert not aanbod.has_unpublished_changes
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED
    assert ontvangers() == ["petra@deschelp.example"]
    # Nothing is lost: every version is a revision.
    titels = [r.as_object().title for r in Revision.objects.for_instance(aanbod).order_by("created_at")]
    assert "Koffieochtend op zaterdag" in titels and titels[-1] == "Koffieochtend op zaterdag om 10 uur"


def test_partner_cannot_approve_its_own_submission(client, partner_a, redacteur, aanbod_a):
    client.force_login(partner_a)
    bewerk_via_admin(client, aanbod_a, actie="submit", title="Zelf goedgekeurd?")
    aanbod = AanbodPage.objects.get(pk=aanbod_a.pk)
    task_state = aanbod.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{aanbod.pk}/approve/{task_state.pk}/", {"comment": ""})
    aanbod = AanbodPage.objects.get(pk=aanbod_a.pk)
    assert aanbod.title == "Koffieochtend"
    assert aanbod.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
