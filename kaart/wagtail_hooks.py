from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import gebied_toegang
from .models import Dimensie, Doelgroep, Gebied, Kenmerk, Levensvraag, Zoekwoord


class DimensieViewSet(SnippetViewSet):
    model = Dimensie
    icon = "crosshairs"
    menu_label = _("Dimensies")
    list_display = ["bewonersnaam", "naam", "sleutel", "locale"]
    list_filter = ["locale"]
    ordering = ["volgorde"]


class LevensvraagViewSet(SnippetViewSet):
    model = Levensvraag
    icon = "help"
    menu_label = _("Levensvragen")
    list_display = ["naam", "dimensie", "populair", "locale"]
    list_filter = ["dimensie", "populair", "locale"]
    search_fields = ["naam"]


class DoelgroepViewSet(SnippetViewSet):
    model = Doelgroep
    icon = "group"
    menu_label = _("Doelgroepen")
    list_display = ["naam", "slug", "locale"]


class GebiedViewSet(SnippetViewSet):
    model = Gebied
    icon = "site"
    menu_label = _("Gebieden")
    list_display = ["naam", "soort", "slug", "gemeente_site", "locale"]
    list_filter = ["soort"]
    # Issue 20: a municipal editor manages (and chooses) only its own municipality's areas.
    add_view_class = gebied_toegang.GebiedCreateView
    copy_view_class = gebied_toegang.GebiedCopyView
    edit_view_class = gebied_toegang.GebiedEditView
    delete_view_class = gebied_toegang.GebiedDeleteView
    usage_view_class = gebied_toegang.GebiedUsageView
    history_view_class = gebied_toegang.GebiedHistoryView
    inspect_view_class = gebied_toegang.GebiedInspectView
    chooser_viewset_class = gebied_toegang.GebiedChooserViewSet

    def get_queryset(self, request):
        return gebied_toegang.beperk_gebieden(Gebied.objects.all(), request.user)


class KenmerkViewSet(SnippetViewSet):
    model = Kenmerk
    icon = "tag"
    menu_label = _("Kenmerken")
    list_display = ["naam", "slug", "locale"]


class ZoekwoordViewSet(SnippetViewSet):
    """Synonyms for the map's search: the words residents type, and what they should also find."""
    model = Zoekwoord
    icon = "search"
    menu_label = _("Zoekwoorden")
    list_display = ["woord", "ook"]
    search_fields = ["woord", "ook"]
    search_backend_name = None  # a plain database search: synonyms are not in the search index


class TaxonomieGroup(SnippetViewSetGroup):
    menu_label = _("Kaart-indeling")
    menu_icon = "tag"
    menu_order = 210
    items = (DimensieViewSet, LevensvraagViewSet, DoelgroepViewSet, GebiedViewSet, KenmerkViewSet, ZoekwoordViewSet)


register_snippet(TaxonomieGroup)


@hooks.register("register_admin_viewset")
def register_contactverzoeken():
    from .admin_contact import ContactGroep

    return ContactGroep()


@hooks.register("register_log_actions")
def persoonsgegevens_log_acties(actions):
    from .persoonsgegevens import EXPORT, VERWIJDERD

    actions.register_action(EXPORT, _("Persoonsgegevens gedownload (AVG)"), _("Persoonsgegevens gedownload (AVG)"))
    actions.register_action(VERWIJDERD, _("Persoonsgegevens verwijderd (AVG)"),
                            _("Persoonsgegevens verwijderd (AVG)"))


# Partner flows (change suggestions, 'Niet actueel' report, inviting partners).
from .partners import beheer  # noqa: E402,F401

# The self-check "Hoe gaat het met je?" registers its statements snippet in its own module.
from .zelfcheck import admin as _zelfcheck_admin  # noqa: E402,F401


# --- Issue 13: embed builder and insight dashboard ----------------------------------------------
@hooks.register("register_admin_urls")
def regio_admin_urls():
    from django.urls import path

    from .admin_regio import dashboard, insluiten

    return [
        path("kaart/insluiten/", insluiten, name="kaart_insluiten"),
        path("kaart/inzicht/", dashboard, name="kaart_inzicht"),
    ]


class InzichtMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("kaart.bekijken_inzicht")


@hooks.register("register_admin_menu_item")
def inzicht_menu():
    return InzichtMenuItem(_("Inzicht"), reverse("kaart_inzicht"), icon_name="table", order=250)


@hooks.register("register_admin_menu_item")
def insluiten_menu():
    return MenuItem(_("Insluiten"), reverse("kaart_insluiten"), icon_name="code", order=260)
