import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kaart.models import AgendaPage, Dimensie, KaartPage, vertaald
from leefmee.blocks import BODY_FEATURES, BasisStreamBlock
from leefmee.routering import RouteInEenKeer
from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen
from leefmee.versiecache import bewaard
from verhalen.models import VerhaalPage


def laatste_verhalen(home, aantal=3):
    """The newest live stories of this home page's site (below it, in its locale), with their
    portraits: a constant number of queries.

    Which ones come from the story list in memory (verhalen/lijsten.py): sorting every story by
    date took 12 ms on PostgreSQL at 2,000 stories, most of the home page's database time."""
    from verhalen.lijsten import verhalen_met_sleutels

    def maak():
        ids = [v.pk for v in verhalen_met_sleutels(home.locale_id)
               if v.soort is VerhaalPage and v.path.startswith(home.path)][:aantal]
        per_id = VerhaalPage.objects.select_related("portret").prefetch_related("portret__renditions").in_bulk(ids)
        return [per_id[pk] for pk in ids if pk in per_id]

    # Which stories and their portraits change only with content: from process memory; the
    # template only reads them, so every request shares the same rows.
    return bewaard("laatste_verhalen", (home.pk, aantal), maak, kopieer=list)


class HomePage(RouteInEenKeer, ViewRestrictionsUitGeheugen, Page):
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

    menu_label = _("Start")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The dimensions and the map of this language change only with content: from process memory
        # (leefmee.versiecache); each request gets its own copies, as it sets their links.
        context["dimensies"] = bewaard(
            "startpagina_dimensies", self.locale_id,
            lambda: vertaald(Dimensie.objects.order_by("volgorde"), self.locale),
            kopieer=lambda rijen: [copy.copy(rij) for rij in rijen])
        # The search box and the dimension cards lead into the map of the same language.
        # This site's own map: with two municipalities, the first map of the language is another site's.
        # With its locale: "Binnenkort" needs it (one query less on every home page).
        kaart = bewaard("kaart_van_startpagina", self.pk,
                        lambda: KaartPage.objects.live().descendant_of(self).select_related("locale").first())
        context["komende_activiteiten"] = []
        if kaart:
            kaart_url = kaart.get_url(request)
            context["zoek_url"] = f"{kaart_url}zoeken/"
            for dimensie in context["dimensies"]:
                dimensie.url = f"{kaart_url}{dimensie.sleutel}/"
            # The coming activities: agenda code, imported when used (models sit below the services).
            from kaart.agenda import komende_activiteiten

            context["komende_activiteiten"] = komende_activiteiten(kaart, kaart_url)
        context["laatste_verhalen"] = laatste_verhalen(self)
        agenda = bewaard("agenda_van_startpagina", self.pk,
                         lambda: AgendaPage.objects.live().descendant_of(self).first())
        context["agenda_url"] = agenda.get_url(request) if agenda else None
        return context


class StandardPage(ViewRestrictionsUitGeheugen, Page):
    """About, privacy, contact, accessibility statement: plain content pages."""

    class Functie(models.TextChoices):
        # The label doubles as the menu and footer label of an untranslated page in another language.
        OVER = "over", _("Over deze site")
        CONTACT = "contact", _("Contact")
        PRIVACY = "privacy", _("Privacy")
        TOEGANKELIJKHEID = "toegankelijkheid", _("Toegankelijkheid")

    intro = models.CharField(_("korte inleiding"), max_length=300, blank=True)
    body = StreamField(BasisStreamBlock(), verbose_name=_("inhoud"), blank=True)
    functie = models.CharField(
        _("functie"), max_length=20, choices=Functie.choices, blank=True,
        help_text=_("Wat voor pagina is dit? Dan noemen menu en voettekst haar in elke taal bij de goede naam."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, FieldPanel("functie")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("gewone pagina")

    @property
    def menu_label(self):
        return self.get_functie_display() if self.functie else None
