from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="doc-full")
class DrukInstellingen(BaseSiteSetting):
    """What the printer of the magazine needs: trim size, bleed, marks, image resolution."""

    breedte_mm = models.DecimalField(_("breedte (mm)"), max_digits=5, decimal_places=1, default=210,
                                     validators=[MinValueValidator(50), MaxValueValidator(600)])
    hoogte_mm = models.DecimalField(_("hoogte (mm)"), max_digits=5, decimal_places=1, default=297,
                                    validators=[MinValueValidator(50), MaxValueValidator(900)])
    afloop_mm = models.DecimalField(_("afloop (mm)"), max_digits=4, decimal_places=1, default=3,
                                    validators=[MinValueValidator(0), MaxValueValidator(20)],
                                    help_text=_("Hoe ver achtergronden buiten het snijformaat doorlopen."))
    snijtekens_mm = models.DecimalField(_("ruimte voor snijtekens (mm)"), max_digits=4, decimal_places=1,
                                        default=10, validators=[MinValueValidator(5), MaxValueValidator(30)],
                                        help_text=_("Ruimte buiten de afloop waarin de snijtekens staan."))
    max_dpi = models.PositiveSmallIntegerField(_("hoogste resolutie (dpi)"), default=300,
                                               validators=[MinValueValidator(72), MaxValueValidator(1200)],
                                               help_text=_("Grotere afbeeldingen worden verkleind."))
    # A print shop asks 300 ppi at the placed size; below it the readiness check refuses the photo.
    min_dpi = models.PositiveSmallIntegerField(_("minimale resolutie (ppi)"), default=300,
                                               validators=[MinValueValidator(50), MaxValueValidator(600)],
                                               help_text=_("Foto's met minder pixels op de gedrukte maat "
                                                           "houden de editie tegen."))
    korte_url_basis = models.CharField(
        _("openbaar webadres voor links en QR-codes"), max_length=80, blank=True,
        help_text=_("Bijvoorbeeld 'leefmee.nl'. Leeg: het adres van de site. Nooit 'localhost'."),
    )
    oplage = models.PositiveIntegerField(_("oplage"), null=True, blank=True,
                                         help_text=_("Hoeveel exemplaren er gedrukt worden (in het colofon)."))
    drukker = models.CharField(_("drukkerij"), max_length=120, blank=True)

    panels = [
        MultiFieldPanel([FieldRowPanel([FieldPanel("breedte_mm"), FieldPanel("hoogte_mm")]),
                         FieldRowPanel([FieldPanel("afloop_mm"), FieldPanel("snijtekens_mm")])],
                        heading=_("Formaat")),
        MultiFieldPanel([FieldRowPanel([FieldPanel("max_dpi"), FieldPanel("min_dpi")])],
                        heading=_("Afbeeldingen")),
        FieldPanel("korte_url_basis"),
        FieldRowPanel([FieldPanel("oplage"), FieldPanel("drukker")]),
    ]

    class Meta:
        verbose_name = _("drukinstellingen LEEF")
        verbose_name_plural = _("drukinstellingen LEEF")
