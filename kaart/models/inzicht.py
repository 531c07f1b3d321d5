"""Aggregated search counts for the insight dashboard: per site, query and day, no personal data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ZoekTelling(models.Model):
    """How often a query was searched on one day on one site, and how many of those found (almost)
    nothing. Wagtail's own query log (QueryDailyHits) has no result counts and no site."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    zoekterm = models.CharField(_("zoekterm"), max_length=255)
    datum = models.DateField(_("datum"))
    aantal = models.PositiveIntegerField(_("aantal keer gezocht"), default=0)
    zonder_resultaat = models.PositiveIntegerField(_("keer zonder resultaat"), default=0)
    weinig_resultaat = models.PositiveIntegerField(_("keer met weinig resultaten"), default=0)

    class Meta:
        verbose_name = _("zoektelling")
        verbose_name_plural = _("zoektellingen")
        unique_together = [("site", "zoekterm", "datum")]
        # The dashboard's permission hangs on this model: editors and administrators get it.
        permissions = [("bekijken_inzicht", _("Kan het inzicht-dashboard bekijken"))]

    def __str__(self):
        return f"{self.zoekterm} ({self.datum})"
