"""What the detail pages of the map show: fallbacks to the organisation, taxonomy in the reader's
language, breadcrumbs, next dates. Methods only (no fields), mixed into the page models.

Every helper uses a fixed number of queries, whatever the size of the organisation.
"""

import datetime as dt
from functools import cached_property
from urllib.parse import quote

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page, Site

from leefmee.zichtbaarheid import zichtbaar

from ..herhaling import omschrijving, voorkomens

# (relation name, field on the link row, key in the template context)
KOPPELINGEN = {
    "dimensie_koppelingen": ("dimensie", "dimensies"),
    "vraag_koppelingen": ("vraag", "vragen"),
    "doelgroep_koppelingen": ("doelgroep", "doelgroepen"),
    "gebied_koppelingen": ("gebied", "gebieden"),
    "kenmerk_koppelingen": ("kenmerk", "kenmerken"),
}


class Locatie:
    """A place to show: the page's own address, or its organisation's."""

    def __init__(self, bron):
        self.naam = bron.locatie_naam
        self.straat = bron.straat
        self.postcode = bron.postcode
        self.plaats = bron.plaats
        self.breedtegraad = bron.breedtegraad
        self.lengtegraad = bron.lengtegraad
        self.adres_regel = bron.adres_regel

    def __bool__(self):
        return bool(self.straat or self.plaats)

    @property
    def osm_url(self):
        """A static link to OpenStreetMap (no map script on the detail pages)."""
        if self.breedtegraad is not None and self.lengtegraad is not None:
            lat, lon = self.breedtegraad, self.lengtegraad
            return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
        return "https://www.openstreetmap.org/search?query=" + quote(self.adres_regel)

    @property
    def route_url(self):
        if self.breedtegraad is not None and self.lengtegraad is not None:
            return f"https://www.openstreetmap.org/directions?to={self.breedtegraad}%2C{self.lengtegraad}"
        return ""


class KaartWeergaveMixin:
    """Shared by every detail page of the map."""

    def taxonomie(self):
        """{'dimensies': [...], 'vragen': [...], ...} in the page's language.

        The page's link rows of every kind and the terms themselves (translated where a translation
        exists) come from process memory (kaart.facetindex, kaart.filters.Taxonomieen): the
        database rows of a page are its published version, and every save bumps the content version.
        """
        from ..facetindex import termen_per_pagina
        from ..filters import Taxonomieen

        relaties = [(relatie, veld, sleutel) for relatie, (veld, sleutel) in KOPPELINGEN.items()
                    if hasattr(self, relatie)]
        if not relaties:
            return {}
        sets = [(relatie, veld, getattr(self, relatie).all()) for relatie, veld, _sleutel in relaties]
        if all(isinstance(qs, QuerySet) for _relatie, _veld, qs in sets):
            rijen = [(veld, term_id, volgorde) for relatie, veld, qs in sets
                     for volgorde, term_id in enumerate(termen_per_pagina(qs.model, veld).get(self.pk, ()))]
        else:  # a preview: the links live in memory (modelcluster), not yet in the database
            rijen = [(veld, getattr(rij, f"{veld}_id"), rij.sort_order) for _relatie, veld, qs in sets for rij in qs]
        termen = Taxonomieen(self.locale)
        per_id = {soort: {o.bron_id: o for o in termen.opties[soort]} for _r, soort, _s in relaties}
        sleutels = {veld: sleutel for _r, veld, sleutel in relaties}
        result = {sleutel: [] for sleutel in sleutels.values()}
        for soort, term_id, _volgorde in sorted(rijen, key=lambda rij: (rij[0], rij[2] or 0)):
            optie = per_id[soort].get(term_id)
            if optie is not None:
                result[sleutels[soort]].append(optie.extra)
        return result

    @cached_property
    def _voorouders(self):
        # Routing read them already (leefmee/routering.py); otherwise one query.
        voorouders = getattr(self, "route_voorouders", None)
        if voorouders is not None:
            return voorouders
        return list(Page.objects.ancestor_of(self).filter(depth__gte=2).order_by("path"))

    def kruimelpad(self):
        """The ancestors below the root, in one query."""
        return self._voorouders

    @cached_property
    def kaart_pagina(self):
        """The map this page belongs to (for its links), from the breadcrumb's ancestors."""
        from .kaart import KaartPage

        kaart_type = ContentType.objects.get_for_model(KaartPage).pk
        return next((p for p in self._voorouders if p.content_type_id == kaart_type), None)

    def gedeelde_context(self, request):
        from ..verwant import verwante_inhoud  # related content is a service above the models

        kaart = self.kaart_pagina
        return {
            "taxonomie": self.taxonomie(),
            "kruimelpad": self.kruimelpad(),
            "kaart_url": kaart.get_url(request) if kaart else "",
            "verwante_secties": verwante_inhoud(self, self.locale, site=Site.find_for_request(request)),
            "volledige_url": self.get_full_url(request),
        }


class OrganisatieItemMixin(KaartWeergaveMixin):
    """An offering, activity or vacancy: falls back to its organisation for contact and place."""

    @cached_property
    def organisatie(self):
        from .organisatie import OrganisatiePage

        ouder_pad = self.path[: -Page.steplen] if self.path else ""
        return OrganisatiePage.objects.filter(path=ouder_pad).select_related("logo").first()

    @property
    def contact_telefoon(self):
        return self.telefoon or (self.organisatie.telefoon if self.organisatie else "")

    @property
    def contact_email(self):
        """Where questions about this page go: its own address, or the organisation's."""
        return self.email or (self.organisatie.email if self.organisatie else "")

    @property
    def effectieve_locatie(self):
        if getattr(self, "heeft_adres", False):
            return Locatie(self)
        if self.organisatie and self.organisatie.heeft_adres:
            return Locatie(self.organisatie)
        return None

    @property
    def effectief_adres(self):
        locatie = self.effectieve_locatie
        return locatie.adres_regel if locatie else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.gedeelde_context(request))
        context["organisatie"] = self.organisatie
        context["locatie"] = self.effectieve_locatie
        if hasattr(self, "formulier_context") and not any(k in context for k in ("contact_form", "aanmeld_form")):
            context.update(self.formulier_context())
        return context


class ActiviteitWeergaveMixin(OrganisatieItemMixin):
    VOORUIT_DAGEN = 180

    @cached_property
    def _momenten(self):
        return list(self.momenten.all())  # read by the dates, the description and the registration form

    def volgende_data(self, aantal=5, vanaf=None):
        vanaf = vanaf or timezone.localdate()
        return voorkomens(self._momenten, vanaf, vanaf + dt.timedelta(days=self.VOORUIT_DAGEN))[:aantal]

    def wanneer(self):
        """B1 descriptions of the recurring moments, e.g. 'Elke dinsdag, 10:00 - 12:00'."""
        return [omschrijving(m) for m in self._momenten if m.herhaling != "eenmalig"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["volgende_data"] = self.volgende_data()
        context["wanneer"] = self.wanneer()
        return context


class OrganisatieWeergaveMixin(KaartWeergaveMixin):
    """The organisation page lists its offerings, activities and vacancies in a fixed number of queries."""

    def onderdelen(self):
        from .aanbod import AanbodPage
        from .activiteit import ActiviteitPage
        from .vacature import VacaturePage

        vandaag = timezone.localdate()
        activiteiten = list(zichtbaar(ActiviteitPage.objects.child_of(self)).prefetch_related("momenten"))
        for activiteit in activiteiten:
            data = voorkomens(activiteit.momenten.all(), vandaag, vandaag + dt.timedelta(days=180))
            activiteit.eerstvolgende = data[0] if data else None
        activiteiten.sort(key=lambda a: (a.eerstvolgende is None, a.eerstvolgende.start if a.eerstvolgende else 0))
        return {
            "aanbod": list(zichtbaar(AanbodPage.objects.child_of(self)).order_by("title")),
            "activiteiten": activiteiten,
            "vacatures": list(zichtbaar(VacaturePage.objects.child_of(self)).order_by("title")),
        }

    @property
    def locatie(self):
        return Locatie(self) if self.heeft_adres else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.gedeelde_context(request))
        context.update(self.onderdelen())
        context["locatie"] = self.locatie
        context["openingstijden"] = list(self.openingstijden.all())
        return context
