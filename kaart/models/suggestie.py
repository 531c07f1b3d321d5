"""Change suggestions from anyone ("Klopt er iets niet?"): plain data for the editors, not content."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_TEKST = 2000


class Wijzigingsvoorstel(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("pagina"), on_delete=models.CASCADE, related_name="wijzigingsvoorstellen"
    )
    wat_klopt_niet = models.TextField(_("wat klopt er niet?"), max_length=MAX_TEKST)
    naam = models.CharField(_("naam"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    aangemaakt_op = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    afgehandeld = models.BooleanField(_("afgehandeld"), default=False)
    afgehandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("afgehandeld door"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    afgehandeld_op = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)

    class Meta:
        verbose_name = _("wijzigingsvoorstel")
        verbose_name_plural = _("wijzigingsvoorstellen")
        ordering = ["afgehandeld", "-aangemaakt_op"]

    def __str__(self):
        return f"{self.page.title}: {self.wat_klopt_niet[:60]}"
