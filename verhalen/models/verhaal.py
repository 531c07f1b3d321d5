"""Personal stories and partner blog posts."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from ..formulieren import BlogPageForm, VerhaalPageForm
from ..panels import LeesbaarheidPanel
from .basis import VerhalenBasisPage


class VerhaalPage(VerhalenBasisPage):
    """A resident's story: 'Ans (78) eet elke dinsdag mee bij de buurtmaaltijd'."""

    voornaam = models.CharField(_("voornaam"), max_length=60, help_text=_("Alleen de voornaam, of een schuilnaam."))
    leeftijd = models.PositiveSmallIntegerField(_("leeftijd"), null=True, blank=True)
    rol = models.CharField(
        _("rol"), max_length=80, blank=True, help_text=_("Bijvoorbeeld 'mantelzorger' of 'vrijwilliger'. Mag leeg.")
    )
    portret = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("portret"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    portret_alt = models.CharField(
        _("beschrijving van het portret (alt-tekst)"), max_length=200, blank=True,
        help_text=_("Wat is er te zien? Leeg: de beschrijving van de afbeelding zelf."),
    )
    citaat = models.CharField(
        _("citaat"), max_length=240, help_text=_("Een korte uitspraak uit het verhaal, in de eigen woorden.")
    )
    # The person's consent to publication, online and in the magazine LEEF: a story goes to print only
    # when it is recorded (publicatie/gereedheid.py).
    toestemming_op = models.DateField(
        _("toestemming gegeven op"), null=True, blank=True,
        help_text=_("De dag waarop de persoon toestemming gaf om het verhaal te delen, ook in het magazine."),
    )
    toestemming_hoe = models.CharField(
        _("hoe is de toestemming vastgelegd?"), max_length=200, blank=True,
        help_text=_("Bijvoorbeeld: 'getekend formulier, bewaard bij Welzijn Duinwijk'."),
    )

    content_panels = [
        *VerhalenBasisPage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("voornaam"), FieldPanel("leeftijd"), FieldPanel("rol")]),
             FieldPanel("portret"), FieldPanel("portret_alt")],
            heading=_("Over wie gaat het?"),
        ),
        FieldPanel("intro"),
        FieldPanel("citaat"),
        FieldPanel("body"),
        InlinePanel("dimensie_koppelingen", label=_("Dimensie"), heading=_("Dimensies"), min_num=1),
        InlinePanel("vraag_koppelingen", label=_("Levensvraag"), heading=_("Levensvragen")),
        InlinePanel("organisatie_koppelingen", label=_("Organisatie"), heading=_("Betrokken organisaties")),
        FieldRowPanel([FieldPanel("datum"), FieldPanel("verschenen_in_leef")]),
        MultiFieldPanel([FieldRowPanel([FieldPanel("toestemming_op"), FieldPanel("toestemming_hoe")])],
                        heading=_("Toestemming")),
        LeesbaarheidPanel(heading=_("Leesbaarheid (B1)")),
    ]
    search_fields = [
        *VerhalenBasisPage.search_fields,
        index.SearchField("voornaam"),
        index.SearchField("citaat"),
    ]

    base_form_class = VerhaalPageForm
    parent_page_types = ["verhalen.VerhalenIndexPage"]

    class Meta:
        verbose_name = _("verhaal")
        verbose_name_plural = _("verhalen")

    @property
    def wie(self):
        """'Ans (78)', 'Sem, mantelzorger' or 'Ans'."""
        if self.leeftijd:
            return f"{self.voornaam} ({self.leeftijd})"
        if self.rol:
            return f"{self.voornaam}, {self.rol}"
        return self.voornaam

    @property
    def portret_alt_tekst(self):
        if self.portret_alt:
            return self.portret_alt
        return getattr(self.portret, "description", "") or ""

    def leestekst_delen(self):
        delen = super().leestekst_delen()
        return [*delen[:2], self.citaat, *delen[2:]] if self.citaat else delen

    def organisaties(self):
        from kaart.models import OrganisatiePage

        from ..relaties import gelokaliseerd

        rows = self.organisatie_koppelingen.select_related("organisatie")
        return gelokaliseerd([k.organisatie for k in rows], self.locale, OrganisatiePage.objects.live())

    def get_context(self, request, *args, **kwargs):
        from ..lijsten import anderen_lazen_ook

        context = super().get_context(request, *args, **kwargs)
        # Read only when the template's cached fragment is rendered anew (SimpleLazyObject: once).
        context["anderen_lazen_ook"] = SimpleLazyObject(lambda: anderen_lazen_ook(
            self, [d.translation_key for d in self.dimensies()], [v.translation_key for v in self.vragen()]))
        return context


class BlogPage(VerhalenBasisPage):
    """A post by a partner organisation."""

    auteur_organisatie = models.ForeignKey(
        "kaart.OrganisatiePage", verbose_name=_("organisatie van de schrijver"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    auteur_naam = models.CharField(_("naam van de schrijver"), max_length=120, blank=True)

    content_panels = [
        *VerhalenBasisPage.content_panels,
        MultiFieldPanel([FieldPanel("auteur_organisatie"), FieldPanel("auteur_naam")], heading=_("Wie schrijft?")),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("dimensie_koppelingen", label=_("Dimensie"), heading=_("Dimensies"), min_num=1),
        InlinePanel("vraag_koppelingen", label=_("Levensvraag"), heading=_("Levensvragen")),
        FieldRowPanel([FieldPanel("datum"), FieldPanel("verschenen_in_leef")]),
        LeesbaarheidPanel(heading=_("Leesbaarheid (B1)")),
    ]
    search_fields = [*VerhalenBasisPage.search_fields, index.SearchField("auteur_naam")]
    base_form_class = BlogPageForm

    parent_page_types = ["verhalen.VerhalenIndexPage"]

    class Meta:
        verbose_name = _("blog")
        verbose_name_plural = _("blogs")

    def get_context(self, request, *args, **kwargs):
        from ..relaties import gelokaliseerd

        context = super().get_context(request, *args, **kwargs)
        auteur = self.auteur_organisatie
        context["auteur_organisatie"] = gelokaliseerd([auteur], self.locale)[0] if auteur else None
        return context
