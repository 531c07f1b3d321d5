"""Admin registration of the partner flows: change suggestions, the 'Niet actueel' report and
the 'Partner uitnodigen' form. Imported from `kaart/wagtail_hooks.py`."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.widgets import Button

from leefmee.toegang_admin import GemeenteEditView, PerGemeenteViewSet

from ..models import OrganisatiePage, Wijzigingsvoorstel
from ..views.niet_actueel import NietActueelView
from ..views.partner_uitnodigen import partner_uitnodigen


class WijzigingsvoorstelEditView(GemeenteEditView):
    def save_instance(self):
        voorstel = self.form.instance
        if voorstel.afgehandeld and voorstel.afgehandeld_op is None:
            voorstel.afgehandeld_door = self.request.user
            voorstel.afgehandeld_op = timezone.now()
        elif not voorstel.afgehandeld:
            voorstel.afgehandeld_door = None
            voorstel.afgehandeld_op = None
        return super().save_instance()


class WijzigingsvoorstelViewSet(PerGemeenteViewSet):
    model = Wijzigingsvoorstel
    gemeente_velden = ("page",)
    icon = "help"
    menu_label = _("Klopt er iets niet?")
    menu_order = 220
    add_to_admin_menu = True
    name = "wijzigingsvoorstellen"
    edit_view_class = WijzigingsvoorstelEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_filter = ["afgehandeld"]
    search_fields = ["wat_klopt_niet", "naam", "email"]
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("wat_klopt_niet", read_only=True),
        FieldPanel("naam", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("afgehandeld", heading=_("Afgehandeld")),
    ]

    @property
    def list_display(self):
        return [
            TitleColumn("wat_klopt_niet", label=_("Wat klopt er niet?"), url_name="wijzigingsvoorstellen:edit"),
            Column("page", label=_("Pagina")),
            DateColumn("aangemaakt_op", label=_("Ontvangen")),
            BooleanColumn("afgehandeld", label=_("Afgehandeld")),
        ]


wijzigingsvoorstel_viewset = WijzigingsvoorstelViewSet()


@hooks.register("register_admin_viewset")
def register_wijzigingsvoorstellen():
    return wijzigingsvoorstel_viewset


@hooks.register("register_admin_urls")
def register_partner_urls():
    return [
        path("niet-actueel/", NietActueelView.as_view(), name="kaart_niet_actueel"),
        path("niet-actueel/results/", NietActueelView.as_view(results_only=True), name="kaart_niet_actueel_results"),
        path("partner-uitnodigen/", partner_uitnodigen, name="kaart_partner_uitnodigen"),
    ]


class PermissieMenuItem(MenuItem):
    def __init__(self, *args, permissie, **kwargs):
        super().__init__(*args, **kwargs)
        self.permissie = permissie

    def is_shown(self, request):
        return request.user.has_perm(self.permissie)


@hooks.register("register_reports_menu_item")
def register_niet_actueel_menu_item():
    return PermissieMenuItem(
        _("Niet actueel"), reverse("kaart_niet_actueel"), name="niet-actueel", icon_name="time", order=750,
        permissie="kaart.bekijken_niet_actueel",
    )


@hooks.register("register_settings_menu_item")
def register_partner_uitnodigen_menu_item():
    return PermissieMenuItem(
        _("Partner uitnodigen"), reverse("kaart_partner_uitnodigen"), name="partner-uitnodigen",
        icon_name="group", order=650, permissie="kaart.uitnodigen_partner",
    )


@hooks.register("register_page_listing_more_buttons")
def partner_uitnodigen_knop(page, user, next_url=None):
    """'Partner uitnodigen' in the '...' menu of an organisation in the page explorer."""
    if page.specific_class is OrganisatiePage and user.has_perm("kaart.uitnodigen_partner"):
        yield Button(
            _("Partner uitnodigen"),
            reverse("kaart_partner_uitnodigen") + "?" + urlencode({"organisatie": page.pk}),
            icon_name="group", priority=60,
        )
