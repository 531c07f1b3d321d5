"""Orderable link rows from stories, blogs and articles to the map's taxonomy and pages.

Rows, not ParentalManyToManyField: wagtail-localize does not sync M2M values (#820). The taxonomy
foreign keys point at the Dutch (source) snippet, also in translated pages (#710): match terms by
their Dutch row or translation_key in queries, show them with the reader's translation.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable

from kaart.models.koppelingen import DimensieKoppeling, VraagKoppeling

from ..blocks import AANBOD_PAGINATYPES


class OrganisatieKoppeling(Orderable):
    organisatie = models.ForeignKey(
        "kaart.OrganisatiePage", verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("organisatie")]

    class Meta(Orderable.Meta):
        abstract = True


class AanbodKoppeling(Orderable):
    aanbod = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("aanbod of activiteit"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [PageChooserPanel("aanbod", page_type=AANBOD_PAGINATYPES)]

    class Meta(Orderable.Meta):
        abstract = True


# --- Verhaal --------------------------------------------------------------------------------
class VerhaalDimensie(DimensieKoppeling):
    page = ParentalKey("verhalen.VerhaalPage", related_name="dimensie_koppelingen", on_delete=models.CASCADE)


class VerhaalVraag(VraagKoppeling):
    page = ParentalKey("verhalen.VerhaalPage", related_name="vraag_koppelingen", on_delete=models.CASCADE)


class VerhaalOrganisatie(OrganisatieKoppeling):
    page = ParentalKey("verhalen.VerhaalPage", related_name="organisatie_koppelingen", on_delete=models.CASCADE)


# --- Blog -----------------------------------------------------------------------------------
class BlogDimensie(DimensieKoppeling):
    page = ParentalKey("verhalen.BlogPage", related_name="dimensie_koppelingen", on_delete=models.CASCADE)


class BlogVraag(VraagKoppeling):
    page = ParentalKey("verhalen.BlogPage", related_name="vraag_koppelingen", on_delete=models.CASCADE)


# --- Artikel --------------------------------------------------------------------------------
class ArtikelDimensie(DimensieKoppeling):
    page = ParentalKey("verhalen.ArtikelPage", related_name="dimensie_koppelingen", on_delete=models.CASCADE)


class ArtikelVraag(VraagKoppeling):
    page = ParentalKey("verhalen.ArtikelPage", related_name="vraag_koppelingen", on_delete=models.CASCADE)


class ArtikelAanbod(AanbodKoppeling):
    page = ParentalKey("verhalen.ArtikelPage", related_name="aanbod_koppelingen", on_delete=models.CASCADE)
