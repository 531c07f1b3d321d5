"""The edition workflow as a gate: editors' groups, a second editor, readiness, appearing."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from kaart.partners.rollen import REDACTEUREN, setup_roles
from publicatie.export import exporteer_editie
from publicatie.models import EditiePage, EditieTaak, ExportTaak
from tests.fabrieken import EditieFactory, gemengde_inhoud

# --- Workflow: groups, second editor, readiness gate -----------------------------------------


def acties(e, user):
    e = EditiePage.objects.get(pk=e.pk)
    return [naam for naam, _label, _modal in e.current_workflow_task.get_actions(e, user)]


def keur_goed(client, e):
    e = EditiePage.objects.get(pk=e.pk)
    url = reverse("wagtailadmin_pages:workflow_action", args=[e.pk, "approve", e.current_workflow_task_state.pk])
    return client.post(url)


@pytest.fixture
def in_workflow(opzet, anna):
    from publicatie.workflow import zorg_voor_workflow

    data, arch = opzet
    workflow = zorg_voor_workflow(arch)
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    workflow.start(e, anna)
    return e


def test_stappen_horen_bij_de_redacteuren_van_setup_roles(opzet):
    from publicatie.workflow import zorg_voor_workflow

    _data, arch = opzet
    zorg_voor_workflow(arch)
    setup_roles()  # again: idempotent, and the steps keep (or get) the editors' group
    taken = EditieTaak.objects.filter(name__in=["redactie", "drukproef", "drukklaar"])
    assert taken.count() == 3
    for taak in taken:
        assert REDACTEUREN in set(taak.groups.values_list("name", flat=True))
    assert taken.get(name="drukklaar").andere_redacteur and taken.get(name="drukklaar").gereedheid_vereist


def test_oude_stappen_worden_vervangen(opzet):
    """An installation with the old plain group approval steps (Moderators/Editors) is repaired."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    _data, arch = opzet
    workflow = Workflow.objects.get(name="LEEF editie")
    WorkflowTask.objects.filter(workflow=workflow).delete()
    oud = GroupApprovalTask.objects.create(name="redactie (oud)")
    oud.groups.set(Group.objects.filter(name="Moderators"))
    WorkflowTask.objects.create(workflow=workflow, task=oud, sort_order=0)
    setup_roles()
    assert [t.specific.__class__ for t in workflow.tasks] == [EditieTaak] * 3


def test_redacteur_in_alleen_redacteuren_kan_goedkeuren(in_workflow, client, anna):
    assert "approve" in acties(in_workflow, anna)
    client.force_login(anna)
    assert keur_goed(client, in_workflow).status_code == 302
    assert EditiePage.objects.get(pk=in_workflow.pk).status == "drukproef"


def test_drukklaar_vraagt_een_tweede_redacteur(in_workflow, client, anna, bram):
    client.force_login(anna)
    keur_goed(client, in_workflow)  # redactie
    keur_goed(client, in_workflow)  # drukproef
    e = EditiePage.objects.get(pk=in_workflow.pk)
    assert e.current_workflow_task.name == "drukklaar" and e.status == "drukproef"
    assert "approve" not in acties(e, anna) and "reject" in acties(e, anna)
    geweigerd = keur_goed(client, e)  # Wagtail: refused, back to the dashboard
    assert (geweigerd.status_code, geweigerd["Location"]) == (302, "/admin/")
    with pytest.raises(PermissionDenied):
        e.current_workflow_task.on_action(e.current_workflow_task_state, anna, "approve")
    pagina = client.get(reverse("publicatie_editie", args=[e.pk])).content.decode()
    assert "tweede redacteur" in pagina
    assert EditiePage.objects.get(pk=e.pk).status == "drukproef"

    client.force_login(bram)
    assert "approve" in acties(e, bram)
    assert keur_goed(client, e).status_code == 302
    assert EditiePage.objects.get(pk=e.pk).status == "drukklaar"


def test_gereedheid_met_fout_houdt_drukklaar_tegen(in_workflow, opzet, client, anna, bram):
    data, _arch = opzet
    client.force_login(anna)
    keur_goed(client, in_workflow)  # redactie: no readiness needed
    data["aanbod"].unpublish()  # a chosen page is no longer published: an error
    e = EditiePage.objects.get(pk=in_workflow.pk)
    assert e.current_workflow_task.name == "drukproef"
    assert "approve" not in acties(e, anna) and "approve" not in acties(e, bram)
    geweigerd = keur_goed(client, e)
    assert (geweigerd.status_code, geweigerd["Location"]) == (302, "/admin/")
    bewerk = client.get(reverse("wagtailadmin_pages:edit", args=[e.pk])).content.decode()
    assert "Drukklaar kan pas als de gereedheid geen fouten meer vindt" in bewerk
    assert EditiePage.objects.get(pk=e.pk).status == "drukproef"

    data["aanbod"].save_revision().publish()
    assert "approve" in acties(e, anna)


# --- Appeared: confirmation, print file, gate ---------------------------------------------------

def test_verschenen_vraagt_drukklaar_pdf_en_bevestiging(in_workflow, client, anna, bram):
    url = reverse("publicatie_verschenen", args=[in_workflow.pk])
    client.force_login(anna)
    weigering = client.get(url).content.decode()
    assert "nog niet drukklaar" in weigering and "nog geen PDF" in weigering
    client.post(url, {"bevestig": "ja"})
    assert EditiePage.objects.get(pk=in_workflow.pk).verschenen_op is None

    keur_goed(client, in_workflow)
    keur_goed(client, in_workflow)
    client.force_login(bram)
    keur_goed(client, in_workflow)
    e = EditiePage.objects.get(pk=in_workflow.pk)
    assert e.status == "drukklaar"
    client.post(url, {"bevestig": "ja"})
    assert EditiePage.objects.get(pk=e.pk).verschenen_op is None  # still no print file

    taak = ExportTaak.objects.create(editie=e)
    exporteer_editie.call(taak.pk)
    bevestiging = client.get(url).content.decode()
    assert "Ja, de editie is verschenen" in bevestiging
    client.post(url, {})  # not confirmed
    assert EditiePage.objects.get(pk=e.pk).verschenen_op is None
    response = client.post(url, {"bevestig": "ja"})
    assert response.status_code == 302
    e = EditiePage.objects.get(pk=e.pk)
    assert e.verschenen_op is not None and e.pdf_id == ExportTaak.objects.get(pk=taak.pk).document_id


def test_verouderde_pdf_telt_niet(in_workflow, client, anna):
    from publicatie.poort import verschijnen_geweigerd

    taak = ExportTaak.objects.create(editie=in_workflow)
    exporteer_editie.call(taak.pk)
    e = EditiePage.objects.get(pk=in_workflow.pk)
    assert not any("gewijzigd na de laatste PDF" in r for r in verschijnen_geweigerd(e))
    e.save_revision(user=anna)
    e = EditiePage.objects.get(pk=e.pk)
    assert any("gewijzigd na de laatste PDF" in r for r in verschijnen_geweigerd(e))
