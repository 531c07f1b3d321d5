"""Admin for the self-check's statements (imported by kaart/wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import ZelfcheckStelling


class ZelfcheckStellingViewSet(SnippetViewSet):
    model = ZelfcheckStelling
    icon = "list-ul"
    menu_label = _("Zelfcheck-stellingen")
    menu_order = 215
    add_to_admin_menu = True
    list_display = ["tekst", "aspect", "dimensie", "locale"]
    list_filter = ["dimensie", "locale"]
    search_fields = ["tekst", "aspect"]
    ordering = ["dimensie__volgorde", "volgorde"]


register_snippet(ZelfcheckStellingViewSet)
