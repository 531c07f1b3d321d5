"""Site settings: everything that makes an installation belong to one municipality.

Nothing municipality-specific is hard-coded; the demo content fills these fields in.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .validators import hex_colour_validator

PROVINCIES = [(naam, naam) for naam in (
    "Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg", "Noord-Brabant",
    "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
)]


@register_setting(icon="site")
class SiteInstellingen(BaseSiteSetting):
    site_naam = models.CharField(_("naam van de site"), max_length=80, default="LEEF MEE")
    gemeente_naam = models.CharField(_("naam van de gemeente"), max_length=80, blank=True)
    provincie = models.CharField(
        _("provincie"), max_length=20, blank=True, choices=PROVINCIES,
        help_text=_("Staat in de open data bij elk adres (Open Referral vraagt erom)."),
    )
    magazine_naam = models.CharField(
        _("naam van het magazine"), max_length=40, default="LEEF",
        help_text=_("Het huis-aan-huisblad dat elk kwartaal een deel van de kaart afdrukt."),
    )
    partnerverklaring = models.CharField(
        _("partnerverklaring"), max_length=200, blank=True,
        help_text=_("Staat onderaan elke pagina, bijvoorbeeld 'Een initiatief van 40 partners in …'."),
    )
    kleur_primair = models.CharField(
        _("hoofdkleur"), max_length=7, default="#1d5f8a", validators=[hex_colour_validator],
        help_text=_("Kies een donkere kleur: witte tekst moet er goed op leesbaar zijn."),
    )
    kleur_accent = models.CharField(
        _("accentkleur"), max_length=7, default="#f2b632", validators=[hex_colour_validator]
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    adres = models.CharField(_("adres"), max_length=200, blank=True)
    toegangsteam_naam = models.CharField(
        _("naam van het toegangsteam"), max_length=80, blank=True,
        help_text=_("Bijvoorbeeld 'Loket Wonen, Welzijn en Zorg'. Wordt getoond als iemand niets vindt."),
    )
    toegangsteam_telefoon = models.CharField(_("telefoon van het toegangsteam"), max_length=30, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_naam"), FieldPanel("gemeente_naam"), FieldPanel("provincie"),
             FieldPanel("partnerverklaring")],
            heading=_("Site"),
        ),
        MultiFieldPanel([FieldPanel("kleur_primair"), FieldPanel("kleur_accent")], heading=_("Kleuren")),
        FieldPanel("magazine_naam"),
        MultiFieldPanel(
            [FieldPanel("telefoon"), FieldPanel("email"), FieldPanel("adres")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [FieldPanel("toegangsteam_naam"), FieldPanel("toegangsteam_telefoon")],
            heading=_("Toegangsteam"),
        ),
    ]

    @classmethod
    def for_site(cls, site):
        """Every page reads these (header, footer, contact): from process memory, fresh after a save."""
        from .versiecache import bewaard

        if site is None:
            return super().for_site(site)
        return bewaard("siteinstellingen", site.pk, lambda: super(SiteInstellingen, cls).for_site(site))

    class Meta:
        verbose_name = _("site-instellingen")
        verbose_name_plural = _("site-instellingen")


class Limietteller(models.Model):
    """A counter per key and time window for rate limits (leefmee/limieten.py), in the database so
    that every worker process of every app server counts the same attempts without Redis."""

    sleutel = models.CharField(max_length=120, unique=True)
    aantal = models.PositiveIntegerField(default=0)
    verloopt_op = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("limietteller")
        verbose_name_plural = _("limiettellers")

    def __str__(self):
        return f"{self.sleutel}: {self.aantal}"
