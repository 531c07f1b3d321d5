"""AgendaPage (all upcoming activity dates) and VacatureIndexPage (volunteer vacancies)."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from leefmee.blocks import BODY_FEATURES
from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen

from .kaart import KaartPage

AGENDA_FACETTEN = ["dimensie", "kenmerk", "gebied", "gratis"]
VACATURE_FACETTEN = ["dimensie", "kenmerk", "gebied"]
AGENDA_PER_PAGINA = 50
MAX_EXPORT = 1000  # occurrences in the iCal feed and the PDF


def kaart_bij(page):
    """The live KaartPage of the same site and locale (the activities live below it), or None.

    With several municipalities the first map of a language may be another site's: look below the
    page's own home page (its parent)."""
    return KaartPage.objects.live().descendant_of(page.get_parent()).filter(locale_id=page.locale_id).first()


class AgendaPage(RoutablePageMixin, ViewRestrictionsUitGeheugen, Page):
    # The menu and footer name of an untranslated copy of this page in another language.
    menu_label = gettext_lazy("Agenda")
    intro = RichTextField(gettext_lazy("introductie"), features=BODY_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = gettext_lazy("agenda")
        verbose_name_plural = gettext_lazy("agenda's")

    def _selectie(self, request):
        from ..agenda import voorkomens_van
        from ..filters import Filters, Selectie, Taxonomieen

        kaart = kaart_bij(self)
        # Only this municipality's areas are filter options (site of the map; None: every area).
        taxonomieen = Taxonomieen(self.locale, site=kaart)
        filters = Filters.uit_request(request, self.locale, taxonomieen, agenda=True)
        selectie = Selectie(filters, self.locale, ["activiteit"], onder=kaart)
        items = voorkomens_van(selectie.id_set("activiteit"), filters.van, filters.tot) if kaart else []
        return filters, selectie, kaart, items

    def _kaart_url(self, request, kaart):
        return kaart.get_url(request) if kaart else ""

    def _basis_url(self, request):
        """Scheme and host of this page's site (not the Host header), for links written out in full."""
        site = self.get_site()
        return site.root_url if site else f"{request.scheme}://{request.get_host()}"

    def kalendernaam(self, request):
        """'Agenda – LEEF MEE Duinwijk (Gemeente Duinwijk)': which calendar this is, among a reader's others."""
        from leefmee.models import SiteInstellingen

        instellingen = SiteInstellingen.for_request(request)
        naam = f"{self.title} – {instellingen.site_naam}"
        return f"{naam} ({instellingen.gemeente_naam})" if instellingen.gemeente_naam else naam

    def printkop(self, request, filters):
        """Lines a printout starts with: whose agenda, and which selection of it."""
        from leefmee.models import SiteInstellingen

        from ..agenda import gekozen_filters

        instellingen = SiteInstellingen.for_request(request)
        gekozen = gekozen_filters(filters)
        regels = [" – ".join(filter(None, [instellingen.site_naam, instellingen.gemeente_naam]))]
        regels.append(_("Gekozen filters: %(filters)s") % {"filters": "; ".join(gekozen)} if gekozen
                      else _("Alle activiteiten, zonder filters."))
        return regels

    @path("", name="lijst")
    def lijst(self, request):
        from django.core.paginator import Paginator

        from ..agenda import per_dag, volledige_url, vul_activiteiten

        filters, selectie, kaart, items = self._selectie(request)
        pagina = Paginator(items, AGENDA_PER_PAGINA).get_page(request.GET.get("page"))
        zichtbaar = vul_activiteiten(list(pagina.object_list), kaart, self._kaart_url(request, kaart)) if items else []
        query = request.GET.copy()
        query.pop("page", None)
        context = self.get_context(request)
        basis = self._basis_url(request)
        for item in zichtbaar:
            item.volledige_url = volledige_url(item.url, basis)
        # A subscription keeps the filters but not fixed dates: its window moves along with the days.
        abonnement = query.copy()
        for naam in ("van", "tot"):
            abonnement.pop(naam, None)
        ical_url = f"{self.get_full_url(request)}{self.reverse_subpage('ical')}"
        ical_url += f"?{abonnement.urlencode()}" if abonnement else ""
        context.update({"q": None,
            "filters": filters, "meldingen": filters.meldingen, "facetten": selectie.facetten(AGENDA_FACETTEN),
            "pagina": pagina, "dagen": per_dag(zichtbaar), "aantal": len(items), "query": query.urlencode(),
            "printkop": self.printkop(request, filters),
            "webcal_url": "webcal://" + ical_url.split("://", 1)[-1],
        })
        return TemplateResponse(request, "kaart/agenda_page.html", context)

    def _export_items(self, request):
        from ..agenda import vul_activiteiten

        filters, _selectie, kaart, items = self._selectie(request)
        items = vul_activiteiten(items[:MAX_EXPORT], kaart, self._kaart_url(request, kaart)) if items else []
        return filters, items

    @path("ical/", name="ical")  # Wagtail page URLs have no dots
    def ical(self, request):
        from ..agenda import ical

        filters, items = self._export_items(request)
        inhoud = ical(items, self.kalendernaam(request), self._basis_url(request),
                      beschrijving=" ".join(self.printkop(request, filters)[1:]))
        response = HttpResponse(inhoud, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="agenda.ics"'
        return response

    @path("pdf/", name="pdf")
    def pdf(self, request):
        from ..agenda import pdf

        filters, items = self._export_items(request)
        ondertitel = _("Van %(van)s tot en met %(tot)s") % {
            "van": date_format(filters.van, "j F Y"), "tot": date_format(filters.tot, "j F Y")}
        inhoud = pdf(items, self.title, ondertitel, self._basis_url(request), self.printkop(request, filters))
        response = HttpResponse(inhoud, content_type="application/pdf")
        response["Content-Disposition"] = 'attachment; filename="agenda.pdf"'
        return response


class VacatureIndexPage(ViewRestrictionsUitGeheugen, Page):
    # The menu and footer name of an untranslated copy of this page in another language.
    menu_label = gettext_lazy("Vrijwilligerswerk")
    intro = RichTextField(gettext_lazy("introductie"), features=BODY_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = gettext_lazy("vrijwilligerswerk")
        verbose_name_plural = gettext_lazy("vrijwilligerswerk")

    def get_context(self, request, *args, **kwargs):
        from ..filters import Filters, Selectie, Taxonomieen
        from ..zoeken import pagineer, resultaten

        context = super().get_context(request, *args, **kwargs)
        context["q"] = None
        kaart = kaart_bij(self)
        filters = Filters.uit_request(request, self.locale, Taxonomieen(self.locale, site=kaart))
        if kaart is None:
            context.update({"filters": filters, "meldingen": filters.meldingen, "facetten": [], "resultaten": None})
            return context
        selectie = Selectie(filters, self.locale, ["vacature"], onder=kaart)
        context.update({
            "filters": filters, "meldingen": filters.meldingen, "facetten": selectie.facetten(VACATURE_FACETTEN),
            "resultaten": pagineer(request, resultaten(selectie, kaart, kaart.get_url(request))),
        })
        return context
