from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import views
from .beeldfilters import CmykOperation
from .models import EditiePage


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("leef/planning/", views.planning, name="publicatie_planning"),
        path("leef/editie/<int:pk>/", views.editie_detail, name="publicatie_editie"),
        path("leef/editie/<int:pk>/export/", views.exporteer, name="publicatie_export"),
        path("leef/editie/<int:pk>/export/<int:taak_id>/opnieuw/", views.opnieuw, name="publicatie_opnieuw"),
        path("leef/editie/<int:pk>/verschenen/", views.verschenen, name="publicatie_verschenen"),
    ]


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


@hooks.register("register_image_operations")
def beeld_operaties():
    return [("cmyk", CmykOperation)]
