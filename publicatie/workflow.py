"""The Wagtail workflow "LEEF editie": redactie -> drukproef -> drukklaar.

An edition's status is read from this workflow (EditiePage.status_uit): before it starts the
edition is in 'planning'; while it runs, the current step says where it is; only once the last step
is approved (and the edition published) is it 'drukklaar'; the "Markeer als verschenen" action
makes it 'verschenen'. Task names are the contract, so editors may change groups but should keep
the names.

The steps are EditieTaak: "drukproef" and "drukklaar" are only approved while the readiness check
finds no error, and "drukklaar" needs another editor than the one who approved "drukproef".
They are assigned to the editors' groups of kaart.partners.rollen (setup_roles sends
`rollen_ingericht`, publicatie.apps connects `na_setup_roles`).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from kaart.partners.rollen import BEHEERDERS, REDACTEUREN

from .models.editie import WORKFLOW_TAKEN
from .models.taken import EditieTaak

WORKFLOW_NAAM = "LEEF editie"
# Per step: (readiness required, second editor required).
REGELS = {"redactie": (False, False), "drukproef": (True, False), "drukklaar": (True, True)}


def redactie_groepen():
    """Who approves edition steps: the editors (also the per-municipality editor groups) and administrators."""
    return list(Group.objects.filter(name=REDACTEUREN) | Group.objects.filter(name__startswith=f"{REDACTEUREN} ")
                | Group.objects.filter(name=BEHEERDERS))


@transaction.atomic
def zorg_voor_workflow(archief=None, groepen=None):
    """Create or repair (idempotently) the workflow and attach it to the archive page, so every
    edition below it follows it. Steps of an older version (plain group approval) are replaced."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAAM).order_by("pk").first() \
        or Workflow.objects.create(name=WORKFLOW_NAAM)
    groep_objecten = list(groepen) if groepen is not None else redactie_groepen()
    for volgorde, naam in enumerate(WORKFLOW_TAKEN):
        taak = EditieTaak.objects.filter(name=naam).first()
        if taak is None:
            taak = EditieTaak.objects.create(name=naam)
        taak.gereedheid_vereist, taak.andere_redacteur = REGELS[naam]
        taak.active = True
        taak.save()
        taak.groups.set(groep_objecten)
        WorkflowTask.objects.update_or_create(workflow=workflow, task=taak, defaults={"sort_order": volgorde})
    ons = EditieTaak.objects.filter(name__in=WORKFLOW_TAKEN).values("pk")
    WorkflowTask.objects.filter(workflow=workflow).exclude(task_id__in=ons).delete()
    if archief is not None:
        WorkflowPage.objects.update_or_create(page=archief, defaults={"workflow": workflow})
    return workflow


def na_setup_roles(sender, redacteuren=None, **kwargs):
    """setup_roles made or updated the groups: every archive gets the workflow with those groups."""
    from .models import LeefArchiefPage

    for archief in list(LeefArchiefPage.objects.all()) or [None]:
        zorg_voor_workflow(archief)
    geef_planningsrechten()


def geef_planningsrechten():
    """Editors plan the articles of an edition (the board's rows)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    from .models import EditieArtikel

    ct = ContentType.objects.get_for_model(EditieArtikel)
    perms = list(Permission.objects.filter(content_type=ct))
    for groep in redactie_groepen():
        groep.permissions.add(*perms)
