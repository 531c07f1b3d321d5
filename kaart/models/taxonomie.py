"""Taxonomies without their own URL: translatable snippets that pages link to.

Pages link to them through Orderable rows (see `koppelingen.py`), not ParentalManyToManyField:
wagtail-localize does not sync M2M values (#820). Read them in the reader's locale with `vertaald()`
or `snippet.localized`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from leefmee.validators import hex_colour_validator
from leefmee.vaste_rijen import standaard_locale

from ..dimensies import ZES_DIMENSIES


class Dimensie(TranslatableMixin, index.Indexed, models.Model):
    """One of the six dimensions of Positieve Gezondheid."""

    SLEUTELS = [(key, model_name) for key, model_name, *_rest in ZES_DIMENSIES]
    ICONEN = [(key, key) for key, *_rest in ZES_DIMENSIES]

    sleutel = models.CharField(
        _("sleutel"), max_length=20, choices=SLEUTELS,
        help_text=_("Vaste sleutel uit het model; gebruikt in adressen als /kaart/meedoen/."),
    )
    naam = models.CharField(_("naam in het model"), max_length=60)
    bewonersnaam = models.CharField(
        _("naam op de site"), max_length=60, help_text=_("De naam die bewoners zien, in B1-taal.")
    )
    kleur = models.CharField(_("kleur"), max_length=7, validators=[hex_colour_validator])
    icoon = models.CharField(_("icoon"), max_length=20, choices=ICONEN)
    uitleg = models.CharField(_("korte uitleg"), max_length=240, help_text=_("Eén of twee korte zinnen, B1."))
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("sleutel"),
        FieldPanel("naam"),
        FieldPanel("bewonersnaam"),
        FieldPanel("uitleg"),
        FieldPanel("kleur"),
        FieldPanel("icoon"),
        FieldPanel("volgorde"),
    ]

    search_fields = [
        index.SearchField("bewonersnaam"),
        index.SearchField("uitleg"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("dimensie")
        verbose_name_plural = _("dimensies")
        ordering = ["volgorde", "id"]
        # Per-locale uniqueness: translations share the key (wagtail-localize #484).
        unique_together = [("translation_key", "locale"), ("sleutel", "locale")]

    def __str__(self):
        return self.bewonersnaam

    @property
    def icoon_pad(self):
        return f"kaart/icons/{self.icoon}.svg"


class SlugTaxonomie(TranslatableMixin, index.Indexed, models.Model):
    """A named taxonomy term with a slug for URLs and filters, unique per locale."""

    naam = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120,
        help_text=_("Gebruikt in adressen en filters. Alleen kleine letters, cijfers en streepjes."),
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("naam"), FieldPanel("slug"), FieldPanel("volgorde")]
    search_fields = [index.SearchField("naam"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["volgorde", "naam"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.naam


class Levensvraag(SlugTaxonomie):
    """A life question in the resident's own words, e.g. 'Ik voel me vaak alleen'."""

    dimensie = models.ForeignKey(
        Dimensie, verbose_name=_("dimensie"), on_delete=models.PROTECT, related_name="levensvragen"
    )
    toelichting = models.CharField(
        _("toelichting"), max_length=300, blank=True, help_text=_("Eén zin die zegt waar deze vraag over gaat.")
    )
    populair = models.BooleanField(
        _("populair"), default=False, help_text=_("Toon deze vraag op de kaart-startpagina.")
    )

    panels = [FieldPanel("naam"), FieldPanel("slug"), FieldPanel("dimensie"), FieldPanel("toelichting"),
              FieldPanel("populair"), FieldPanel("volgorde")]
    search_fields = [*SlugTaxonomie.search_fields, index.SearchField("toelichting")]

    class Meta(SlugTaxonomie.Meta):
        verbose_name = _("levensvraag")
        verbose_name_plural = _("levensvragen")


class Doelgroep(SlugTaxonomie):
    """A target group: jeugd, ouders, ouderen, mantelzorgers, nieuwkomers, ..."""

    class Meta(SlugTaxonomie.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Gebied(SlugTaxonomie):
    """An area of the municipality: a kern (village) or wijk (district)."""

    class Soort(models.TextChoices):
        GEMEENTE = "gemeente", _("hele gemeente")
        KERN = "kern", _("kern")
        WIJK = "wijk", _("wijk")

    soort = models.CharField(_("soort"), max_length=10, choices=Soort.choices, default=Soort.KERN)
    # Several municipalities on one installation: the area belongs to one municipality's site. Pages
    # anywhere in the tree that serve this area appear on that site (see kaart/regio.py). Only the
    # Dutch (source) row counts, like every taxonomy match.
    gemeente_site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("gemeente (site)"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="gebieden",
        help_text=_("De site van de gemeente waar dit gebied bij hoort. Leeg: de standaardsite."),
    )

    panels = [*SlugTaxonomie.panels, FieldPanel("soort"), FieldPanel("gemeente_site")]

    class Meta(SlugTaxonomie.Meta):
        verbose_name = _("gebied")
        verbose_name_plural = _("gebieden")


class Kenmerk(SlugTaxonomie):
    """A tag for activities and vacancies: eten, bewegen, creatief, ..."""

    class Meta(SlugTaxonomie.Meta):
        verbose_name = _("kenmerk")
        verbose_name_plural = _("kenmerken")


def vertaald(queryset, locale):
    """The rows of a translatable snippet queryset in the reader's locale.

    Rows that have no translation in `locale` fall back to their source (default-locale) row, so a
    half-translated taxonomy never loses items. Two queries, whatever the number of rows.
    """
    default_locale = standaard_locale()
    bron = list(queryset.filter(locale=default_locale))
    if locale is None or locale.pk == default_locale.pk:
        return bron
    vertalingen = {
        row.translation_key: row
        for row in queryset.model.objects.filter(
            locale=locale, translation_key__in=[row.translation_key for row in bron]
        )
    }
    return [vertalingen.get(row.translation_key, row) for row in bron]
