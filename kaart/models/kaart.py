"""KaartPage: the entry point of the social map. Its routes (dimension, question, search, map) are
declared here and handled by the views in `kaart/routes.py`, imported when a route is served: the
models sit below the views and import none of them at load time."""

import re

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from leefmee.blocks import BODY_FEATURES
from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen

from ..dimensies import DIMENSIE_SLEUTELS

DIMENSIE_PATROON = "|".join(re.escape(s) for s in DIMENSIE_SLEUTELS)


class KaartPage(RoutablePageMixin, ViewRestrictionsUitGeheugen, Page):

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

    def kaart_url(self, request):
        return self.get_url(request)

    @path("", name="start")
    def start(self, request):
        from .. import routes

        return routes.start(self, request)

    @path("zoeken/", name="zoeken")
    def zoeken(self, request):
        from .. import routes

        return routes.zoeken(self, request)

    @path("vraag/<slug:slug>/", name="vraag")
    def vraag(self, request, slug):
        from .. import routes

        return routes.vraag(self, request, slug)

    @path("op-de-kaart/", name="op_de_kaart")
    def op_de_kaart(self, request):
        from .. import routes

        return routes.op_de_kaart(self, request)

    @path("op-de-kaart/geojson/", name="geojson")
    def geojson(self, request):
        from .. import routes

        return routes.geojson(self, request)

    # Only the six keys: a catch-all route would hide the organisation pages (routes are tried first).
    @re_path(rf"^(?P<sleutel>{DIMENSIE_PATROON})/$", name="dimensie")
    def dimensie(self, request, sleutel):
        from .. import routes

        return routes.dimensie(self, request, sleutel)
