"""Shared fields and behaviour of stories, blogs and articles."""

import datetime

from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen
from leefmee.versiecache import bewaard
from leefmee.zichtbaarheid import zichtbaar

from ..blocks import VerhaalStreamBlock, aanbod_ids
from ..leesbaarheid import meet
from ..relaties import gelokaliseerd


def _tekst_van_blok(blok):
    """The readable text of one raw StreamField block (no queries)."""
    soort, waarde = blok.get("type"), blok.get("value")
    if soort in ("kop", "alinea"):
        return [waarde or ""]
    if soort == "citaat":
        return [(waarde or {}).get("tekst", "")]
    if soort in ("kader", "wat_hielp_mij"):
        return [(waarde or {}).get("titel", ""), (waarde or {}).get("tekst", "")]
    if soort == "afbeelding":
        return [(waarde or {}).get("onderschrift", "")]
    return []


class VerhalenBasisPage(ViewRestrictionsUitGeheugen, Page):
    """Abstract base of VerhaalPage, BlogPage and ArtikelPage."""

    intro = models.CharField(
        _("korte inleiding"), max_length=300,
        help_text=_("Eén of twee zinnen in B1-taal. Dit staat in overzichten, de feed en zoekresultaten."),
    )
    datum = models.DateField(_("datum"), default=datetime.date.today)
    body = StreamField(VerhaalStreamBlock(), verbose_name=_("tekst"), blank=True)
    verschenen_in_leef = models.CharField(
        _("verschenen in het magazine"), max_length=60, blank=True,
        help_text=_("Bijvoorbeeld 'LEEF voorjaar 2027'. Wordt ingevuld als het stuk in het magazine staat."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.AutocompleteField("intro"),
        index.FilterField("datum"),
    ]

    subpage_types = []

    class Meta:
        abstract = True

    # --- Text and readability --------------------------------------------------------------
    def leestekst_delen(self):
        """The parts of the text a reader reads, in order (HTML allowed)."""
        delen = [self.title, self.intro]
        for blok in self.body.raw_data:
            delen.extend(_tekst_van_blok(blok))
        return [deel for deel in delen if deel]

    def leestekst(self):
        # Each part on its own line: a heading or box title without a full stop ends a 'sentence'.
        return "\n".join(f"{deel}\n" for deel in self.leestekst_delen())

    @cached_property
    def leesbaarheid(self):
        return meet(self.leestekst())

    @property
    def leestijd(self):
        return self.leesbaarheid.leestijd

    # --- Relations -------------------------------------------------------------------------
    def dimensies(self):
        """The linked dimensions in the page's language. One query, read once per page object."""
        return self._termen("dimensie_koppelingen", "dimensie")

    def vragen(self):
        return self._termen("vraag_koppelingen", "vraag")

    def _termen(self, relatie, veld):
        """The terms of link rows `relatie`: the rows hold the Dutch term's id, the terms themselves
        (translated where a translation exists) come from process memory (kaart.filters)."""
        from kaart.filters import Taxonomieen

        bewaard = self.__dict__.setdefault("_termen_per_relatie", {})
        if relatie not in bewaard:
            rijen = list(getattr(self, relatie).all())
            termen = Taxonomieen(self.locale)
            opties = [termen.op_id(veld, getattr(rij, f"{veld}_id")) for rij in rijen]
            if None in opties:  # a row pointing at a translated term: look it up the long way
                bewaard[relatie] = gelokaliseerd([getattr(rij, veld) for rij in rijen], self.locale)
            else:
                bewaard[relatie] = [optie.extra for optie in opties]
        return bewaard[relatie]

    def get_context(self, request, *args, **kwargs):
        from kaart.models import KaartPage

        context = super().get_context(request, *args, **kwargs)
        # Read when the template needs them (a story's cached fragment may not): SimpleLazyObject reads once.
        volgende_stap = SimpleLazyObject(self.volgende_stap)
        context["volgende_stap"] = volgende_stap
        # Nothing mentioned: the next step is the map itself (from process memory, leefmee.versiecache).
        context["kaart_pagina"] = SimpleLazyObject(lambda: None if volgende_stap else bewaard(
            "eerste_kaart", self.locale_id, lambda: KaartPage.objects.live().filter(locale_id=self.locale_id).first()))
        # Routing read the parent already (leefmee/routering.py); otherwise one query.
        context["index"] = getattr(self, "route_ouder", None) or self.get_parent()
        return context

    def aanbod_ids(self):
        """Ids of the offerings/activities this page mentions (its 'wat hielp mij' boxes)."""
        return aanbod_ids(self.body)

    def volgende_stap(self):
        """The live offerings and activities this page mentions, in the page's language: the reader's
        next step. A constant number of queries (one per page type)."""
        from kaart.models import AanbodPage, ActiviteitPage

        ids = self.aanbod_ids()
        if not ids:
            return []
        positie = {pk: i for i, pk in enumerate(ids)}
        sleutels = {
            sleutel: positie[pk]
            for sleutel, pk in Page.objects.filter(pk__in=ids).values_list("translation_key", "pk")
        }
        paginas = []
        for model in (AanbodPage, ActiviteitPage):
            paginas.extend(zichtbaar(model.objects.filter(translation_key__in=sleutels, locale_id=self.locale_id)))
        # The editor's order: the position of the mentioned page in the text.
        return sorted(paginas, key=lambda p: sleutels[p.translation_key])
