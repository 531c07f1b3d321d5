"""The self-check 'Hoe gaat het met je?': editors' statements per dimension and the page itself.

Nothing a resident fills in is stored: the page renders the result straight from the submitted form
(or from the query string of a link the resident chose to share). See `kaart/zelfcheck/`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from leefmee.blocks import BODY_FEATURES
from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen

from .taxonomie import Dimensie, Levensvraag


class ZelfcheckStelling(TranslatableMixin, index.Indexed, ClusterableModel):
    """A plain statement that helps a resident score one dimension, e.g. 'Ik heb genoeg mensen om
    me heen' for the aspect 'sociale contacten' of Meedoen."""

    dimensie = models.ForeignKey(
        Dimensie, verbose_name=_("dimensie"), on_delete=models.PROTECT, related_name="zelfcheck_stellingen"
    )
    aspect = models.CharField(
        _("aspect"), max_length=80, help_text=_("Het onderdeel van de dimensie, bijvoorbeeld 'sociale contacten'.")
    )
    tekst = models.CharField(
        _("stelling"), max_length=200,
        help_text=_("Eén korte zin in B1-taal, bijvoorbeeld 'Ik heb genoeg mensen om me heen'."),
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("dimensie"),
        FieldPanel("aspect"),
        FieldPanel("tekst"),
        FieldPanel("volgorde"),
        InlinePanel("vraag_koppelingen", label=_("Levensvraag"), heading=_("Past bij deze levensvragen")),
    ]
    search_fields = [index.SearchField("tekst"), index.SearchField("aspect"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("stelling zelfcheck")
        verbose_name_plural = _("stellingen zelfcheck")
        ordering = ["volgorde", "id"]
        # Per-locale uniqueness (wagtail-localize #484): one statement per aspect and text per language.
        unique_together = [("translation_key", "locale"), ("dimensie", "tekst", "locale")]

    def __str__(self):
        return f"{self.aspect}: {self.tekst}"


class AspectVraag(Orderable):
    """Which life questions belong to an aspect: what a resident sees after picking it.

    Points at the Dutch Levensvraag, like every taxonomy link (wagtail-localize #710)."""

    stelling = ParentalKey(ZelfcheckStelling, related_name="vraag_koppelingen", on_delete=models.CASCADE)
    vraag = models.ForeignKey(Levensvraag, verbose_name=_("levensvraag"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("vraag")]

    class Meta(Orderable.Meta):
        verbose_name = _("levensvraag bij aspect")
        verbose_name_plural = _("levensvragen bij aspect")


class ZelfcheckPage(RoutablePageMixin, ViewRestrictionsUitGeheugen, Page):
    """'Hoe gaat het met je?': score six dimensions, see a spider web, find what helps."""

    # The menu and footer name of an untranslated copy of this page in another language.
    menu_label = _("Hoe gaat het met je?")

    intro = RichTextField(_("introductie"), features=BODY_FEATURES, blank=True)
    uitleg_uitslag = RichTextField(
        _("tekst bij de uitslag"), features=BODY_FEATURES, blank=True,
        help_text=_("Staat boven de uitslag. Bijvoorbeeld: praat erover met iemand die je vertrouwt."),
    )
    weken_vooruit = models.PositiveSmallIntegerField(
        _("activiteiten in de komende weken"), default=4, help_text=_("Hoeveel weken vooruit we activiteiten tonen.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("uitleg_uitslag"),
                      FieldPanel("weken_vooruit")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("zelfcheck 'Hoe gaat het met je?'")
        verbose_name_plural = _("zelfchecks")

    # The views live in kaart/zelfcheck/views.py to keep this module about data. The form itself is
    # RoutablePageMixin's index route, filled in by get_context.
    def get_context(self, request, *args, **kwargs):
        from ..zelfcheck.views import formulier_context

        context = super().get_context(request, *args, **kwargs)
        context.update(formulier_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from ..zelfcheck.views import geen_spoor

        return geen_spoor(super().serve(request, *args, **kwargs))

    @path("uitslag/")
    def uitslag(self, request):
        from ..zelfcheck.views import uitslag

        return uitslag(self, request)

    @path("uitslag/pdf/")
    def uitslag_pdf(self, request):
        from ..zelfcheck.views import uitslag_pdf

        return uitslag_pdf(self, request)
