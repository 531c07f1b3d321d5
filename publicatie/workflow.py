"""The Wagtail workflow "LEEF editie": redactie -> drukproef -> drukklaar.

An edition's status is read from this workflow (EditiePage.status_uit): before it starts the
edition is in 'planning'; while it runs, the current task's name is the status; once approved
(and published) it is 'drukklaar'; the "Markeer als verschenen" action makes it 'verschenen'.
Task names are the contract, so editors may change groups but should keep the names.
"""

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from .models.editie import WORKFLOW_TAKEN

WORKFLOW_NAAM = "LEEF editie"


def zorg_voor_workflow(archief, groepen=("Moderators", "Editors")):
    """Create (idempotently) the workflow and attach it to the archive page, so every edition
    below it follows it."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAAM)
    groep_objecten = list(Group.objects.filter(name__in=groepen))
    for volgorde, naam in enumerate(WORKFLOW_TAKEN):
        taak = GroupApprovalTask.objects.filter(name=naam).first()
        if taak is None:
            taak = GroupApprovalTask.objects.create(name=naam)
            taak.groups.set(groep_objecten)
        WorkflowTask.objects.update_or_create(workflow=workflow, task=taak, defaults={"sort_order": volgorde})
    WorkflowPage.objects.update_or_create(page=archief, defaults={"workflow": workflow})
    return workflow
