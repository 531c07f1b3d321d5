from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kaart.models import Dimensie, KaartPage, vertaald
from leefmee.blocks import BODY_FEATURES, BasisStreamBlock
from leefmee.routering import RouteInEenKeer
from verhalen.models import VerhaalPage


def laatste_verhalen(home, aantal=3):
    """The newest live stories of this home page's site (below it, in its locale), with their
    portraits: a constant number of queries.

    Which ones come from the story list in memory (verhalen/lijsten.py): sorting every story by
    date took 12 ms on PostgreSQL at 2,000 stories, most of the home page's database time."""
    from verhalen.lijsten import verhalen_met_sleutels

    ids = [v.pk for v in verhalen_met_sleutels(home.locale_id)
           if v.soort is VerhaalPage and v.path.startswith(home.path)][:aantal]
    per_id = VerhaalPage.objects.select_related("portret").prefetch_related("portret__renditions").in_bulk(ids)
    return [per_id[pk] for pk in ids if pk in per_id]


class HomePage(RouteInEenKeer, Page):
    """The start of the site: from the resident's question, not from a list of providers."""

    kop = models.CharField(_("kop"), max_length=120, default="Waar wil je meer over weten?")
    intro = RichTextField(_("introductie"), features=BODY_FEATURES, blank=True)
    zoek_label = models.CharField(
        _("tekst bij het zoekvak"), max_length=120, default="Zoek hulp, contact of iets om te doen"
    )

    content_panels = [*Page.content_panels, FieldPanel("kop"), FieldPanel("intro"), FieldPanel("zoek_label")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dimensies"] = vertaald(Dimensie.objects.order_by("volgorde"), self.locale)
        # The search box and the dimension cards lead into the map of the same language.
        # This site's own map: with two municipalities, the first map of the language is another site's.
        kaart = KaartPage.objects.live().descendant_of(self).first()
        if kaart:
            kaart_url = kaart.get_url(request)
            context["zoek_url"] = f"{kaart_url}zoeken/"
            for dimensie in context["dimensies"]:
                dimensie.url = f"{kaart_url}{dimensie.sleutel}/"
        context["laatste_verhalen"] = laatste_verhalen(self)
        context["komende_activiteiten"] = []
        return context


class StandardPage(Page):
    """About, privacy, contact, accessibility statement: plain content pages."""

    intro = models.CharField(_("korte inleiding"), max_length=300, blank=True)
    body = StreamField(BasisStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("gewone pagina")
