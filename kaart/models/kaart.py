"""KaartPage: the entry point of the social map. Its routes (dimension, question, search, map)
live in `kaart/routes.py`."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Page

from leefmee.blocks import BODY_FEATURES

from ..routes import KaartRoutes


class KaartPage(KaartRoutes, RoutablePageMixin, Page):

    # The menu and footer name of an untranslated copy of this page in another language.
    menu_label = _("Sociale kaart")
    intro = RichTextField(_("introductie"), features=BODY_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["kaart.OrganisatiePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kaart")
        verbose_name_plural = _("kaarten")
