"""The overview pages: stories and blogs (filterable, with feeds) and information articles."""

import re

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from kaart.models import Dimensie, Levensvraag, vertaald
from leefmee.blocks import BODY_FEATURES
from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen
from leefmee.zichtbaarheid import zichtbaar

PER_PAGINA = 12
# Keys and slugs are letters, digits and dashes; anything else (a NUL byte, markup) is not looked up.
GELDIGE_SLUG = re.compile(r"[-\w]{1,120}")


def _kies_filter(request, locale):
    """The validated filters from the query string: (dimensie, vraag, meldingen).

    Unknown values do not fail: they are ignored and the reader gets a short message."""
    meldingen = []
    dimensie = vraag = None
    sleutel = request.GET.get("dimensie", "").strip()
    if sleutel:
        if GELDIGE_SLUG.fullmatch(sleutel):
            dimensie = next((d for d in vertaald(Dimensie.objects.filter(sleutel=sleutel), locale)), None)
        if dimensie is None:
            meldingen.append(_("Dit onderwerp kennen we niet. Je ziet nu alle verhalen."))
    slug = request.GET.get("vraag", "").strip()
    if slug:
        if GELDIGE_SLUG.fullmatch(slug):
            vraag = (
                Levensvraag.objects.filter(slug=slug, locale=locale).first()
                or Levensvraag.objects.filter(slug=slug).order_by("id").first()
            )
        if vraag is None:
            meldingen.append(_("Deze vraag kennen we niet. Je ziet nu alle verhalen."))
    return dimensie, vraag, meldingen


class VerhalenIndexPage(RoutablePageMixin, ViewRestrictionsUitGeheugen, Page):
    """Stories and partner blogs, newest first, with filters by dimension and question and RSS/Atom feeds."""

    # The menu and footer name of an untranslated copy of this page in another language.
    menu_label = _("Verhalen")

    intro = RichTextField(_("introductie"), features=BODY_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["verhalen.VerhaalPage", "verhalen.BlogPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("verhalenoverzicht")
        verbose_name_plural = _("verhalenoverzichten")

    def verhalen(self, dimensie=None, vraag=None):
        """Ids of the live stories and blogs under this page, newest first (from process memory)."""
        from ..lijsten import verhalen_onder

        return verhalen_onder(self, dimensie.translation_key if dimensie else None,
                              vraag.translation_key if vraag else None)

    def specifiek(self, ids):
        """The specific stories and blogs with these ids, in the same order, with portraits and
        their renditions prefetched: a constant number of queries for a whole list."""
        from .verhaal import BlogPage, VerhaalPage

        gevonden = {
            **{v.pk: v for v in VerhaalPage.objects.filter(pk__in=ids).select_related("portret")
               .prefetch_related("portret__renditions")},
            **{b.pk: b for b in BlogPage.objects.filter(pk__in=ids).select_related("auteur_organisatie")},
        }
        return [gevonden[pk] for pk in ids if pk in gevonden]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        dimensie, vraag, meldingen = _kies_filter(request, self.locale)
        pagina = Paginator(self.verhalen(dimensie, vraag), PER_PAGINA).get_page(request.GET.get("pagina"))
        filters = {}
        if dimensie is not None:
            filters["dimensie"] = dimensie.sleutel
        if vraag is not None:
            filters["vraag"] = vraag.slug
        context.update(
            pagina=pagina,
            verhalen=self.specifiek(list(pagina.object_list)),
            gekozen_dimensie=dimensie,
            gekozen_vraag=vraag,
            filter_meldingen=meldingen,
            filter_query="&".join(f"{k}={v}" for k, v in filters.items()),
            **self.filter_keuzes(),
        )
        return context

    def filter_keuzes(self):
        """The dimensions and questions to choose from, in the reader's language, from process
        memory (kaart.filters.Taxonomieen); questions grouped by dimension."""
        from kaart.filters import Taxonomieen

        termen = Taxonomieen(self.locale).opties
        dimensie_volgorde = {o.bron_id: o.bron.volgorde for o in termen["dimensie"]}

        def vraag_volgorde(optie):
            return (dimensie_volgorde.get(optie.bron.dimensie_id, len(dimensie_volgorde)), optie.bron.volgorde,
                    optie.bron.naam)

        return {"dimensie_keuzes": [o.extra for o in termen["dimensie"]],
                "vraag_keuzes": [o.extra for o in sorted(termen["vraag"], key=vraag_volgorde)]}

    # --- Feeds -----------------------------------------------------------------------------
    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from ..feeds import VerhalenRssFeed

        return VerhalenRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from ..feeds import VerhalenAtomFeed

        return VerhalenAtomFeed(self)(request)


class InformatieIndexPage(ViewRestrictionsUitGeheugen, Page):
    """B1 information articles, grouped by dimension."""

    # The menu and footer name of an untranslated copy of this page in another language.
    menu_label = _("Informatie")

    intro = RichTextField(_("introductie"), features=BODY_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["verhalen.ArtikelPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("informatieoverzicht")
        verbose_name_plural = _("informatieoverzichten")

    def groepen(self):
        """[(dimensie, [artikelen])] in the order of the dimensions, then articles without a dimension.
        An article linked to two dimensions appears in both groups."""
        from .artikel import ArtikelPage

        artikelen = list(
            zichtbaar(ArtikelPage.objects.child_of(self)).order_by("title")
            .prefetch_related("dimensie_koppelingen__dimensie")
        )
        dimensies = vertaald(Dimensie.objects.all(), self.locale)
        per_sleutel = {d.translation_key: (d, []) for d in dimensies}
        zonder = []
        for artikel in artikelen:
            sleutels = [k.dimensie.translation_key for k in artikel.dimensie_koppelingen.all()]
            for sleutel in sleutels:
                if sleutel in per_sleutel:
                    per_sleutel[sleutel][1].append(artikel)
            if not any(s in per_sleutel for s in sleutels):
                zonder.append(artikel)
        groepen = [groep for groep in per_sleutel.values() if groep[1]]
        if zonder:
            groepen.append((None, zonder))
        return groepen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groepen"] = self.groepen()
        return context
