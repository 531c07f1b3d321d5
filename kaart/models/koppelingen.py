"""Orderable link rows from pages to the taxonomy snippets.

Why rows and not ParentalManyToManyField: wagtail-localize does not sync M2M values (#820), and it
keeps these foreign keys pointing at the source (Dutch) snippet in translated pages (#710). So in
queries, match taxonomy terms by their Dutch row (or `translation_key`); in templates, show them
in the reader's language with `snippet.localized`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from .taxonomie import Dimensie, Doelgroep, Gebied, Kenmerk, Levensvraag


class DimensieKoppeling(Orderable):
    dimensie = models.ForeignKey(Dimensie, verbose_name=_("dimensie"), on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("dimensie")]

    class Meta(Orderable.Meta):
        abstract = True


class VraagKoppeling(Orderable):
    vraag = models.ForeignKey(Levensvraag, verbose_name=_("levensvraag"), on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("vraag")]

    class Meta(Orderable.Meta):
        abstract = True


class DoelgroepKoppeling(Orderable):
    doelgroep = models.ForeignKey(Doelgroep, verbose_name=_("doelgroep"), on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("doelgroep")]

    class Meta(Orderable.Meta):
        abstract = True


class GebiedKoppeling(Orderable):
    gebied = models.ForeignKey(Gebied, verbose_name=_("gebied"), on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("gebied")]

    class Meta(Orderable.Meta):
        abstract = True


class KenmerkKoppeling(Orderable):
    kenmerk = models.ForeignKey(Kenmerk, verbose_name=_("kenmerk"), on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("kenmerk")]

    class Meta(Orderable.Meta):
        abstract = True


# --- Organisatie ----------------------------------------------------------------------------
class OrganisatieGebied(GebiedKoppeling):
    page = ParentalKey("kaart.OrganisatiePage", related_name="gebied_koppelingen", on_delete=models.CASCADE)


# --- Aanbod ---------------------------------------------------------------------------------
class AanbodDimensie(DimensieKoppeling):
    page = ParentalKey("kaart.AanbodPage", related_name="dimensie_koppelingen", on_delete=models.CASCADE)


class AanbodVraag(VraagKoppeling):
    page = ParentalKey("kaart.AanbodPage", related_name="vraag_koppelingen", on_delete=models.CASCADE)


class AanbodDoelgroep(DoelgroepKoppeling):
    page = ParentalKey("kaart.AanbodPage", related_name="doelgroep_koppelingen", on_delete=models.CASCADE)


class AanbodGebied(GebiedKoppeling):
    page = ParentalKey("kaart.AanbodPage", related_name="gebied_koppelingen", on_delete=models.CASCADE)


# --- Activiteit -----------------------------------------------------------------------------
class ActiviteitDimensie(DimensieKoppeling):
    page = ParentalKey("kaart.ActiviteitPage", related_name="dimensie_koppelingen", on_delete=models.CASCADE)


class ActiviteitVraag(VraagKoppeling):
    page = ParentalKey("kaart.ActiviteitPage", related_name="vraag_koppelingen", on_delete=models.CASCADE)


class ActiviteitDoelgroep(DoelgroepKoppeling):
    page = ParentalKey("kaart.ActiviteitPage", related_name="doelgroep_koppelingen", on_delete=models.CASCADE)


class ActiviteitGebied(GebiedKoppeling):
    page = ParentalKey("kaart.ActiviteitPage", related_name="gebied_koppelingen", on_delete=models.CASCADE)


class ActiviteitKenmerk(KenmerkKoppeling):
    page = ParentalKey("kaart.ActiviteitPage", related_name="kenmerk_koppelingen", on_delete=models.CASCADE)


# --- Vacature -------------------------------------------------------------------------------
class VacatureDimensie(DimensieKoppeling):
    page = ParentalKey("kaart.VacaturePage", related_name="dimensie_koppelingen", on_delete=models.CASCADE)


class VacatureGebied(GebiedKoppeling):
    page = ParentalKey("kaart.VacaturePage", related_name="gebied_koppelingen", on_delete=models.CASCADE)


class VacatureKenmerk(KenmerkKoppeling):
    page = ParentalKey("kaart.VacaturePage", related_name="kenmerk_koppelingen", on_delete=models.CASCADE)
