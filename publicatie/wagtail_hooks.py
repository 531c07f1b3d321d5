from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import views
from .artikelen import EditieArtikelViewSet
from .beeldfilters import CmykOperation
from .chooser import alleen_taal_van_editie
from .models import EditiePage


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("leef/planning/", views.planning, name="publicatie_planning"),
        path("leef/planning/nieuwe-editie/", views.nieuwe_editie, name="publicatie_nieuwe_editie"),
        path("leef/editie/<int:pk>/", views.editie_detail, name="publicatie_editie"),
        path("leef/editie/<int:pk>/export/", views.exporteer, name="publicatie_export"),
        path("leef/editie/<int:pk>/export/<int:taak_id>/opnieuw/", views.opnieuw, name="publicatie_opnieuw"),
        path("leef/editie/<int:pk>/verschenen/", views.verschenen, name="publicatie_verschenen"),
    ]


@hooks.register("register_admin_viewset")
def artikelen_viewset():
    return EditieArtikelViewSet()


@hooks.register("register_admin_menu_item")
def planning_menu():
    return PlanningMenuItem(_("Planning LEEF"), reverse("publicatie_planning"), icon_name="date", order=250)


class PlanningMenuItem(MenuItem):
    def is_shown(self, request):
        return views.mag_plannen(request.user)


@hooks.register("register_page_header_buttons")
def editie_knoppen(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, EditiePage):
        yield Button(_("Gereedheid en PDF-export"), reverse("publicatie_editie", args=[page.pk]),
                     icon_name="doc-full", priority=5)


@hooks.register("before_edit_page")
def waarom_niet_goedkeuren(request, page):
    """The approve button of an edition step is hidden while a gate refuses it: say why."""
    if request.method != "GET" or not isinstance(page.specific_deferred, EditiePage):
        return
    stap = views.huidige_stap(page.specific, request.user)
    if stap and stap["weigering"]:
        messages.warning(request, stap["weigering"])


@hooks.register("construct_page_chooser_queryset")
def chooser_in_taal_van_editie(pages, request):
    return alleen_taal_van_editie(pages, request)


@hooks.register("register_image_operations")
def beeld_operaties():
    return [("cmyk", CmykOperation)]
