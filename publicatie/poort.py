"""The gates of the edition workflow: when may an edition become "drukklaar" or "verschenen"?

Readiness is a gate, not advice: while the readiness check (gereedheid.py) finds an error, no step
that makes the edition drukklaar is approved and the edition cannot be marked as appeared. The last
step needs a second editor. Appearing needs a print file exported from the current version.
"""

from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState

from .gereedheid import FOUT, controleer


def gereedheidsfouten(editie):
    return [b for b in controleer(editie) if b.niveau == FOUT]


def vorige_goedkeurder_id(editie, taak):
    """Who approved the step before `taak` in the edition's running workflow (a user id, or None)."""
    state = (WorkflowState.objects.for_instance(editie).filter(status=WorkflowState.STATUS_IN_PROGRESS)
             .order_by("-created_at").first())
    if state is None:
        return None
    vorige = (TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_APPROVED)
              .exclude(task_id=taak.pk).order_by("-finished_at", "-pk").first())
    return vorige.finished_by_id if vorige else None


def goedkeuring_geweigerd(taak, editie, gebruiker):
    """A Dutch reason why `gebruiker` may not approve `taak` for `editie` now, or None."""
    if taak.andere_redacteur and vorige_goedkeurder_id(editie, taak) == gebruiker.pk:
        return _("Een tweede redacteur moet deze stap goedkeuren: jij hebt de vorige stap al goedgekeurd.")
    if taak.gereedheid_vereist:
        fouten = gereedheidsfouten(editie)
        if fouten:
            return _("Drukklaar kan pas als de gereedheid geen fouten meer vindt. Nog %(n)d fout(en), "
                     "bijvoorbeeld: %(eerste)s") % {"n": len(fouten), "eerste": fouten[0].tekst}
    return None


def drukbestand(editie):
    """The newest finished export of the edition (an ExportTaak with a document), or None."""
    from .models import ExportTaak

    return (editie.exporttaken.filter(status=ExportTaak.Status.KLAAR, document__isnull=False)
            .select_related("document").order_by("-aangemaakt", "-pk").first())


def verschijnen_geweigerd(editie):
    """Dutch reasons why the edition cannot be marked as appeared yet (empty: it can)."""
    redenen = []
    if editie.verschenen_op:
        return [_("Deze editie is al verschenen.")]
    if not editie.live:
        redenen.append(_("De editie is nog niet gepubliceerd."))
    if editie.status != "drukklaar":
        redenen.append(_("De editie is nog niet drukklaar: twee redacteuren moeten de stappen goedkeuren."))
    fouten = gereedheidsfouten(editie)
    if fouten:
        redenen.append(_("De gereedheid vindt nog %(n)d fout(en), bijvoorbeeld: %(eerste)s")
                       % {"n": len(fouten), "eerste": fouten[0].tekst})
    taak = drukbestand(editie)
    if taak is None:
        redenen.append(_("Er is nog geen PDF voor de drukker. Maak eerst de drukklare PDF."))
    elif editie.latest_revision_created_at and taak.aangemaakt < editie.latest_revision_created_at:
        redenen.append(_("De editie is gewijzigd na de laatste PDF. Maak eerst een nieuwe PDF."))
    return redenen
