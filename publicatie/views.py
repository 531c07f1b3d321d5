from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .drukbestanden import maak_openbaar
from .export import markeer_vastgelopen, start_export
from .gereedheid import controleer
from .models import EditiePage, ExportTaak, KorteLink, Verschijning


def korte_link(request, code):
    """/l/<code>/ -> the page's URL as it is now (survives slug changes and moves)."""
    link = KorteLink.objects.filter(code=code.lower()).select_related("pagina").first()
    if link is None or not link.pagina.live:
        raise Http404(_("Deze link bestaat niet (meer)."))
    url = link.pagina.specific.get_url(request)
    if not url:
        raise Http404
    return redirect(url, permanent=False)


def _editie_voor(request, pk):
    editie = get_object_or_404(EditiePage, pk=pk)
    if not editie.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return editie


def mag_plannen(user):
    """Only who may edit editions sees the magazine planning (not partners: it shows unpublished plans)."""
    return user.is_superuser or bewerkbare_edities(user).exists()


def bewerkbare_edities(user):
    return EditiePage.objects.filter(pk__in=PagePermissionPolicy().instances_user_has_permission_for(
        user, "change").values("pk"))


def planning(request):
    if not mag_plannen(request.user):
        raise PermissionDenied
    # Editions are planned in the source language; translations follow them.
    edities = list(bewerkbare_edities(request.user).filter(locale=Locale.get_default())
                   .select_related("thema", "pdf").order_by("-jaar", "-kwartaal"))
    states = {}
    for state in (WorkflowState.objects.filter(object_id__in=[str(e.pk) for e in edities],
                                               base_content_type__model="page")
                  .select_related("current_task_state__task").order_by("created_at")):
        states[int(state.object_id)] = state  # newest wins
    rijen = [{"editie": e, "status": e.status_uit(states.get(e.pk))} for e in edities]
    return TemplateResponse(request, "publicatie/admin/planning.html", {"rijen": rijen})


def editie_detail(request, pk):
    editie = _editie_voor(request, pk)
    markeer_vastgelopen(editie)
    return TemplateResponse(request, "publicatie/admin/editie.html", {
        "editie": editie, "bevindingen": controleer(editie), "taken": editie.exporttaken.all()[:10],
        "status": editie.status_label,
    })


@require_POST
def exporteer(request, pk):
    editie = _editie_voor(request, pk)
    start_export(editie, request.user)
    messages.success(request, _("De PDF wordt gemaakt. Ververs deze pagina om de voortgang te zien."))
    return redirect("publicatie_editie", pk=editie.pk)


@require_POST
def opnieuw(request, pk, taak_id):
    editie = _editie_voor(request, pk)
    get_object_or_404(ExportTaak, pk=taak_id, editie=editie, status=ExportTaak.Status.MISLUKT)
    start_export(editie, request.user)
    messages.success(request, _("De export is opnieuw gestart."))
    return redirect("publicatie_editie", pk=editie.pk)


def markeer_verschenen(editie, datum=None, gebruiker=None):
    """Mark the edition as appeared: record every story/offering/vacancy it printed."""
    from .inhoud import items

    paginas = []
    for item in items(editie):
        for p in (item.pagina if isinstance(item.pagina, list) else [item.pagina]):
            if p is not None:
                paginas.append(p)
    bestaand = set(Verschijning.objects.filter(editie=editie).values_list("pagina_id", flat=True))
    Verschijning.objects.bulk_create([Verschijning(editie=editie, pagina_id=p.pk) for p in paginas
                                      if p.pk not in bestaand], ignore_conflicts=True)
    editie.verschenen_op = datum or timezone.localdate()
    if editie.pdf_id is None:
        laatste = editie.exporttaken.filter(status=ExportTaak.Status.KLAAR, document__isnull=False).first()
        editie.pdf = laatste.document if laatste else None
    if editie.pdf is not None:
        maak_openbaar(editie.pdf)  # residents may download it from now on
    # Through a revision, so the next publish keeps the date and the PDF.
    editie.save_revision(user=gebruiker, log_action=True).publish(user=gebruiker)
    return paginas


@require_POST
def verschenen(request, pk):
    editie = _editie_voor(request, pk)
    if not editie.live:
        messages.error(request, _("Publiceer de editie eerst; daarna kun je hem als verschenen markeren."))
    else:
        markeer_verschenen(editie, gebruiker=request.user)
        messages.success(request, _("De editie is gemarkeerd als verschenen."))
    return redirect("publicatie_editie", pk=editie.pk)
