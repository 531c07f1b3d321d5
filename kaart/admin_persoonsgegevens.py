"""Admin view "Persoonsgegevens (AVG)" in the "Contactverzoeken" menu: find everything stored about one
e-mail address, download it as JSON or delete it after a confirmation step.

Only for users with kaart.beheer_persoonsgegevens (the "Beheerders" group; not editors or partners).
The address travels in POST bodies only, so it never lands in access logs or browser history.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import persoonsgegevens as avg


class EmailFormulier(forms.Form):
    email = forms.CharField(label=gettext_lazy("E-mailadres van de persoon"), max_length=254, error_messages={
        "required": gettext_lazy("Vul het e-mailadres van de persoon in."),
        "max_length": gettext_lazy("Dit is geen geldig e-mailadres. Controleer het adres en probeer het opnieuw."),
    })

    def clean_email(self):
        return avg.controleer(self.cleaned_data["email"])


def _alleen_beheerders(view):
    def inner(request, *args, **kwargs):
        if not request.user.has_perm(avg.PERMISSIE):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    inner.__name__ = view.__name__
    return inner


def _pagina(request, form, **extra):
    context = {"form": form, "page_title": _("Persoonsgegevens (AVG)"), **extra}
    return TemplateResponse(request, "kaart/admin/persoonsgegevens.html", context)


def _overzicht(email, user):
    aantallen = avg.tel(email, user)
    return [{"sleutel": s, "label": label, "aantal": aantallen[s]} for s, _m, label, _r in avg.SOORTEN], sum(
        aantallen.values())


@_alleen_beheerders
@require_http_methods(["GET", "POST"])
def zoeken(request):
    if request.method != "POST":
        return _pagina(request, EmailFormulier())
    form = EmailFormulier(request.POST)
    if not form.is_valid():
        return _pagina(request, form)
    overzicht, totaal = _overzicht(form.cleaned_data["email"], request.user)
    return _pagina(request, form, email=form.cleaned_data["email"], overzicht=overzicht, totaal=totaal)


@_alleen_beheerders
@require_POST
def exporteren(request):
    form = EmailFormulier(request.POST)
    if not form.is_valid():
        return _pagina(request, form)
    inhoud = avg.exporteer(form.cleaned_data["email"], user=request.user)
    response = HttpResponse(inhoud, content_type="application/json; charset=utf-8")
    # No address in the file name: downloads folders get synced and shared.
    response["Content-Disposition"] = f'attachment; filename="persoonsgegevens-{timezone.localdate():%Y-%m-%d}.json"'
    return response


@_alleen_beheerders
@require_POST
def verwijderen(request):
    form = EmailFormulier(request.POST)
    if not form.is_valid():
        return _pagina(request, form)
    email = form.cleaned_data["email"]
    if request.POST.get("bevestigd") != "ja":
        overzicht, totaal = _overzicht(email, request.user)
        return TemplateResponse(request, "kaart/admin/persoonsgegevens_bevestigen.html", {
            "email": email, "overzicht": overzicht, "totaal": totaal, "page_title": _("Persoonsgegevens verwijderen"),
        })
    verwijderd = avg.verwijder(email, user=request.user)
    messages.success(request, _("Alle gegevens van deze persoon zijn verwijderd (%(aantal)s in totaal).") % {
        "aantal": sum(verwijderd.values())})
    return redirect("persoonsgegevens:index")


class AlleenMetRechtMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(avg.PERMISSIE)


class PersoonsgegevensViewSet(ViewSet):
    name = "persoonsgegevens"
    icon = "user"
    menu_label = gettext_lazy("Persoonsgegevens (AVG)")
    menu_item_class = AlleenMetRechtMenuItem

    def get_urlpatterns(self):
        return [
            path("", zoeken, name="index"),
            path("exporteren/", exporteren, name="exporteren"),
            path("verwijderen/", verwijderen, name="verwijderen"),
        ]

