"""A photo with its description, for page types that show one (an offering, a magazine edition)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class FotoVelden(models.Model):
    foto = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("foto"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Een echte foto uit de buurt werkt het best. Liggend, minstens 1200 pixels breed."),
    )
    foto_alt = models.CharField(
        _("beschrijving van de foto (alt-tekst)"), max_length=200, blank=True,
        help_text=_("Wat is er te zien? Voor wie de foto niet kan zien. Leeg: de beschrijving van de afbeelding zelf."),
    )

    foto_panels = [MultiFieldPanel([FieldPanel("foto"), FieldPanel("foto_alt")], heading=_("Foto"))]

    class Meta:
        abstract = True

    @property
    def foto_alt_tekst(self):
        if self.foto_alt:
            return self.foto_alt
        return getattr(self.foto, "description", "") or ""
