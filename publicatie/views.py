from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .bord import maak_editie, open_edities, vrije_kwartalen
from .drukbestanden import maak_openbaar
from .export import markeer_vastgelopen, start_export
from .gereedheid import controleer
from .models import EditiePage, ExportTaak, KorteLink, LeefArchiefPage, Verschijning, seizoen
from .models.editie import STATUSSEN
from .poort import drukbestand, verschijnen_geweigerd


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
    return user.is_superuser or bewerkbare_edities(user).exists() or bool(archieven_voor(user))


def bewerkbare_edities(user):
    return EditiePage.objects.filter(pk__in=PagePermissionPolicy().instances_user_has_permission_for(
        user, "change").values("pk"))


def planning(request):
    """The editorial board: a new edition, every open edition with its articles and readiness, and
    the editions that appeared."""
    if not mag_plannen(request.user):
        raise PermissionDenied
    vandaag = timezone.localdate()
    # Editions are planned in the source language; translations follow them.
    edities = list(bewerkbare_edities(request.user).filter(locale=Locale.get_default())
                   .select_related("thema", "pdf").order_by("-jaar", "-kwartaal"))
    states = {}
    for state in (WorkflowState.objects.filter(object_id__in=[str(e.pk) for e in edities],
                                               base_content_type__model="page")
                  .select_related("current_task_state__task").order_by("created_at")):
        states[int(state.object_id)] = state  # newest wins
    rijen = [{"editie": e, "status": e.status_uit(states.get(e.pk))} for e in edities]
    for rij in rijen:
        rij["status_label"] = dict(STATUSSEN)[rij["status"]]
    return TemplateResponse(request, "publicatie/admin/planning.html", {
        "page_title": _("Planning LEEF"), "header_icon": "date",
        "rijen": [r for r in rijen if r["status"] == "verschenen"],
        "open": open_edities(rijen, vandaag),
        "nieuw": nieuwe_editie_keuzes(request.user, vandaag),
        "artikel_toevoegen": reverse("publicatie_artikelen:add"),
    })


def archieven_voor(user):
    """The archives (source language) below which `user` may add an edition."""
    return [a for a in LeefArchiefPage.objects.filter(locale=Locale.get_default()).order_by("path")
            if a.permissions_for_user(user).can_add_subpage()]


def nieuwe_editie_keuzes(user, vandaag):
    keuzes = []
    archieven = archieven_voor(user)
    for archief in archieven:
        site = archief.get_site()
        for jaar, kwartaal in vrije_kwartalen(archief, vandaag):
            naam = f"{seizoen(kwartaal)} {jaar}"
            if len(archieven) > 1:
                naam = f"{naam} – {site.site_name if site else archief.title}"
            keuzes.append({"waarde": f"{archief.pk}-{jaar}-{kwartaal}", "naam": naam})
    return keuzes


@require_POST
def nieuwe_editie(request):
    """Create the chosen quarter's edition as a draft and open it in the editor."""
    try:
        archief_pk, jaar, kwartaal = (int(deel) for deel in request.POST.get("kwartaal", "").split("-"))
    except ValueError:
        messages.error(request, _("Kies een kwartaal voor de nieuwe editie."))
        return redirect("publicatie_planning")
    archief = next((a for a in archieven_voor(request.user) if a.pk == archief_pk), None)
    if archief is None:
        raise PermissionDenied
    if (jaar, kwartaal) not in vrije_kwartalen(archief, timezone.localdate()):
        messages.error(request, _("Voor dit kwartaal bestaat al een editie, of het ligt te ver weg. Kies een "
                                  "ander kwartaal."))
        return redirect("publicatie_planning")
    editie = maak_editie(archief, jaar, kwartaal, gebruiker=request.user)
    messages.success(request, _("De editie '%(titel)s' is aangemaakt. Vul het thema en de inhoud in.")
                     % {"titel": editie.title})
    return redirect("wagtailadmin_pages:edit", editie.pk)


def editie_detail(request, pk):
    editie = _editie_voor(request, pk)
    markeer_vastgelopen(editie)
    return TemplateResponse(request, "publicatie/admin/editie.html", {
        "page_title": editie.title, "header_icon": "doc-full",
        "editie": editie, "bevindingen": controleer(editie), "taken": editie.exporttaken.all()[:10],
        "status": editie.status_label, "stap": huidige_stap(editie, request.user),
        "verschijnen_redenen": [] if editie.verschenen_op else verschijnen_geweigerd(editie),
    })


def huidige_stap(editie, user):
    """The running workflow step and why this user may not approve it (if so), for the editor."""
    taak = editie.current_workflow_task
    if taak is None:
        return None
    weigering = None
    if hasattr(taak, "weigering") and taak.get_task_states_user_can_moderate(user).exists():
        weigering = taak.weigering(editie.get_latest_revision_as_object(), user)
    return {"naam": taak.name, "weigering": weigering}


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


def verschenen(request, pk):
    """Mark as appeared: a confirmation page first (what will happen, or why it cannot yet)."""
    editie = _editie_voor(request, pk)
    redenen = verschijnen_geweigerd(editie)
    if request.method == "POST":
        if redenen:
            for reden in redenen:
                messages.error(request, reden)
            return redirect("publicatie_editie", pk=editie.pk)
        if request.POST.get("bevestig") != "ja":
            messages.error(request, _("Bevestig eerst dat de editie echt verschenen is."))
            return redirect("publicatie_verschenen", pk=editie.pk)
        markeer_verschenen(editie, gebruiker=request.user)
        messages.success(request, _("De editie is gemarkeerd als verschenen. De PDF staat nu online."))
        return redirect("publicatie_editie", pk=editie.pk)
    return TemplateResponse(request, "publicatie/admin/verschenen.html", {
        "page_title": _("Is %(titel)s verschenen?") % {"titel": editie.title}, "header_icon": "doc-full",
        "editie": editie, "redenen": redenen, "drukbestand": drukbestand(editie),
    })
