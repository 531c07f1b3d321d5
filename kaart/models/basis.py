"""Shared fields of the directory pages (organisation, offering, activity, vacancy)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen


class Kosten(models.TextChoices):
    GRATIS = "gratis", _("Gratis")
    BETAALD = "betaald", _("Je betaalt zelf")
    VERGOED = "vergoed", _("Vergoed (bijvoorbeeld door je zorgverzekering of de gemeente)")


class LocatieVelden(models.Model):
    """An address with coordinates. On offerings and activities it is optional: empty means
    'at the organisation's address'."""

    locatie_naam = models.CharField(_("naam van de plek"), max_length=120, blank=True,
                                    help_text=_("Bijvoorbeeld 'Buurthuis De Schelp'."))
    straat = models.CharField(_("straat en huisnummer"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    plaats = models.CharField(_("plaats"), max_length=80, blank=True)
    breedtegraad = models.DecimalField(
        _("breedtegraad"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    lengtegraad = models.DecimalField(
        _("lengtegraad"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    locatie_panels = [
        MultiFieldPanel(
            [
                FieldPanel("locatie_naam"),
                FieldPanel("straat"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("plaats")]),
                FieldRowPanel([FieldPanel("breedtegraad"), FieldPanel("lengtegraad")]),
            ],
            heading=_("Locatie"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def heeft_adres(self):
        return bool(self.straat or self.plaats)

    @property
    def heeft_coordinaten(self):
        return self.breedtegraad is not None and self.lengtegraad is not None

    @property
    def adres_regel(self):
        return ", ".join(part for part in (self.straat, " ".join(filter(None, (self.postcode, self.plaats)))) if part)


class KaartItemPage(ViewRestrictionsUitGeheugen, Page):
    """Abstract base for every page on the map: a short B1 description and a freshness date."""

    korte_beschrijving = models.CharField(
        _("korte beschrijving"), max_length=300,
        help_text=_("Eén of twee zinnen in B1-taal. Dit staat in zoekresultaten en in het magazine."),
    )
    laatst_gecontroleerd = models.DateField(
        _("laatst gecontroleerd"), null=True, blank=True,
        help_text=_("Wanneer de organisatie voor het laatst heeft bevestigd dat alles klopt."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("korte_beschrijving"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        abstract = True
