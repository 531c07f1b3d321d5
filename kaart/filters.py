"""One filter and facet module for search, dimension/question pages, map, GeoJSON, agenda and vacancies.

`Filters.uit_request()` parses and validates the query string: unknown values are ignored with a
Dutch notice (never an error page). `Selectie` combines the filters into the results per page type
(organisation, offering, activity, vacancy) and counts every facet option, with set operations on
the facet index in process memory (kaart/facetindex.py): no query per filter, facet or result.

Taxonomy terms are matched by their Dutch (source) row: page links point there (see koppelingen.py).
In the URL a term is its slug in the reader's locale; the Dutch slug is accepted too.
"""

import datetime as dt
import json

from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _

from . import facetindex
from .facetindex import AMSTERDAM, open_organisaties, ouder_pad
from .models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodGebied,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitDoelgroep,
    ActiviteitGebied,
    ActiviteitKenmerk,
    ActiviteitPage,
    ActiviteitVraag,
    OrganisatieGebied,
    OrganisatiePage,
    VacatureDimensie,
    VacatureGebied,
    VacatureKenmerk,
    VacaturePage,
)
from .regio import site_van, zichtbaar_voor_site
from .taxonomieen import TAXONOMIE_MODELLEN, Facet, Optie, Taxonomieen

MAX_AGENDA_DAGEN = 366
MAX_AGENDA_VOORUIT_DAGEN = 5 * 366  # the latest start date the agenda accepts

SOORTEN = {
    "organisatie": OrganisatiePage,
    "aanbod": AanbodPage,
    "activiteit": ActiviteitPage,
    "vacature": VacaturePage,
}

# facet -> page type -> (link model, foreign key name)
KOPPELINGEN = {
    "dimensie": {"aanbod": (AanbodDimensie, "dimensie"), "activiteit": (ActiviteitDimensie, "dimensie"),
                 "vacature": (VacatureDimensie, "dimensie")},
    "vraag": {"aanbod": (AanbodVraag, "vraag"), "activiteit": (ActiviteitVraag, "vraag")},
    "doelgroep": {"aanbod": (AanbodDoelgroep, "doelgroep"), "activiteit": (ActiviteitDoelgroep, "doelgroep")},
    "gebied": {"organisatie": (OrganisatieGebied, "gebied"), "aanbod": (AanbodGebied, "gebied"),
               "activiteit": (ActiviteitGebied, "gebied"), "vacature": (VacatureGebied, "gebied")},
    "kenmerk": {"activiteit": (ActiviteitKenmerk, "kenmerk"), "vacature": (VacatureKenmerk, "kenmerk")},
}
# yes/no facets -> page types they apply to
JA_NEE = {
    "gratis": ("aanbod", "activiteit"),
    "zonder_verwijzing": ("aanbod",),
    "open_nu": ("organisatie", "aanbod"),
}
FACET_LABELS = {
    "dimensie": lambda: _("Onderwerp"),
    "vraag": lambda: _("Vraag"),
    "doelgroep": lambda: _("Voor wie"),
    "gebied": lambda: _("Waar"),
    "kenmerk": lambda: _("Soort activiteit"),
    "soort": lambda: _("Soort organisatie"),
    "gratis": lambda: _("Gratis"),
    "zonder_verwijzing": lambda: _("Geen verwijzing nodig"),
    "open_nu": lambda: _("Nu open"),
}
JA_WAARDEN = {"1", "ja", "true", "on", "gratis"}
AGENDA_MAANDEN = 3  # the agenda's default window: what a resident plans ahead, and a calendar subscription holds


def standaard_tot(van):
    """The same day AGENDA_MAANDEN calendar months later (31 January -> 30 April)."""
    maand = van.month - 1 + AGENDA_MAANDEN
    jaar, maand = van.year + maand // 12, maand % 12 + 1
    for dag in (van.day, 30, 29, 28):
        try:
            return van.replace(year=jaar, month=maand, day=dag)
        except ValueError:
            continue


class Filters:
    """Validated filter state. `waarden` holds only accepted values; `meldingen` explains the rest."""

    PARAMS = ("dimensie", "vraag", "doelgroep", "gebied", "kenmerk", "soort", "gratis", "zonder_verwijzing",
              "open_nu", "van", "tot")

    def __init__(self, taxonomieen, waarden=None, meldingen=None, van=None, tot=None, vast=()):
        self.taxonomieen = taxonomieen
        self.waarden = waarden or {}  # facet -> Optie (taxonomy/soort) or True (yes/no)
        self.meldingen = meldingen or []
        self.van = van
        self.tot = tot
        self.vast = tuple(vast)  # facets fixed by the page itself (the dimension of a dimension page)

    @classmethod
    def uit_request(cls, request, locale, taxonomieen=None, vast=None, agenda=False):
        """Parse request.GET. `vast` fixes facets from the URL path (e.g. the dimension page)."""
        taxonomieen = taxonomieen or Taxonomieen(locale)
        get = request.GET
        waarden, meldingen = {}, []
        for naam in TAXONOMIE_MODELLEN:
            ruw = (get.get(naam) or "").strip()[:120]
            if not ruw:
                continue
            optie = taxonomieen.zoek(naam, ruw)
            if optie:
                waarden[naam] = optie
            else:
                meldingen.append(_("Het filter '%(label)s' met de waarde '%(waarde)s' kennen we niet. "
                                   "We hebben het weggelaten.") % {"label": FACET_LABELS[naam](), "waarde": ruw})
        ruw = (get.get("soort") or "").strip()[:40]
        if ruw:
            keuzes = dict(OrganisatiePage.Soort.choices)
            if ruw in keuzes:
                waarden["soort"] = Optie(waarde=ruw, naam=str(keuzes[ruw]))
            else:
                meldingen.append(_("De soort organisatie '%(waarde)s' kennen we niet. We hebben dit filter "
                                   "weggelaten.") % {"waarde": ruw})
        for naam in JA_NEE:
            ruw = (get.get(naam) or "").strip().lower()
            if naam == "gratis" and not ruw and get.get("kosten", "").strip().lower() == "gratis":
                ruw = "1"
            if ruw in JA_WAARDEN:
                waarden[naam] = True
            elif ruw:
                meldingen.append(_("Het filter '%(label)s' begrijpen we niet. We hebben het weggelaten.")
                                 % {"label": FACET_LABELS[naam]()})
        for naam, optie in (vast or {}).items():
            waarden[naam] = optie
        van = tot = None
        if agenda:
            van, tot = cls._datums(get, meldingen)
        return cls(taxonomieen, waarden, meldingen, van, tot, vast=tuple(vast or {}))

    @staticmethod
    def _datums(get, meldingen):
        vandaag = timezone.localdate()
        van, tot = vandaag, standaard_tot(vandaag)
        for naam in ("van", "tot"):
            ruw = (get.get(naam) or "").strip()[:20]
            if not ruw:
                continue
            try:
                datum = dt.date.fromisoformat(ruw)
            except ValueError:
                meldingen.append(_("De datum '%(waarde)s' begrijpen we niet. Schrijf een datum zo: 2026-03-31.")
                                 % {"waarde": ruw})
                continue
            if naam == "van":
                van = datum
            else:
                tot = datum
        van = max(van, vandaag)
        # Far-future dates (9999-12-31) would overflow the date arithmetic below: the agenda
        # holds nothing that far ahead anyway.
        verste = vandaag + dt.timedelta(days=MAX_AGENDA_VOORUIT_DAGEN)
        if van > verste:
            meldingen.append(_("Zo ver vooruit staat er nog niets in de agenda. We tonen de komende maanden."))
            van, tot = vandaag, standaard_tot(vandaag)
        if tot < van:
            meldingen.append(_("De einddatum ligt voor de begindatum. We tonen drie maanden vanaf de begindatum."))
            tot = standaard_tot(van)
        if (tot - van).days > MAX_AGENDA_DAGEN:
            meldingen.append(_("We tonen hoogstens een jaar vooruit."))
            tot = van + dt.timedelta(days=MAX_AGENDA_DAGEN)
        return van, tot

    # --- URL helpers -----------------------------------------------------------------------
    def params(self, zonder=(), vast=()):
        """The filter state as query parameters (without the given facets and fixed ones)."""
        result = {}
        for naam, waarde in self.waarden.items():
            if naam in zonder or naam in vast:
                continue
            result[naam] = "1" if waarde is True else waarde.waarde
        if self.van:
            result["van"] = self.van.isoformat()
            result["tot"] = self.tot.isoformat()
        return result

    @property
    def actief(self):
        return bool(self.waarden)

    @property
    def gekozen(self):
        """The filters the resident chose (not the page's own): what 'Wis alle filters' clears."""
        return {naam: waarde for naam, waarde in self.waarden.items() if naam not in self.vast}

    # --- Filtering (kaart/facetindex.py) ---------------------------------------------------
    def toegestaan(self, soort, zonder=None):
        """The ids of `soort` pages matching every filter except facet `zonder`, as a frozenset;
        None when no filter applies (every page)."""
        sets = []
        for naam, waarde in self.waarden.items():
            if naam != zonder:
                sets.append(pagina_ids(soort, naam, waarde))
        if not sets:
            return None
        sets.sort(key=len)  # the smallest first: every step of the intersection is then at most that size
        return frozenset.intersection(*sets)


def geldt_voor(naam, soort):
    """Whether filter `naam` says anything about pages of `soort` (a vacancy has no target group)."""
    if naam in KOPPELINGEN:
        return soort in KOPPELINGEN[naam]
    if naam in JA_NEE:
        return soort in JA_NEE[naam]
    return True  # soort: every page sits under an organisation of some kind


def pagina_ids(soort, naam, waarde):
    """frozenset of the `soort` pages with filter `naam` = `waarde` (empty when it does not apply)."""
    model = SOORTEN[soort]
    if naam in KOPPELINGEN:
        if soort not in KOPPELINGEN[naam]:
            return facetindex.LEEG
        return gekoppeld(naam, facetindex.koppelingen(*KOPPELINGEN[naam][soort]), waarde)
    if naam == "soort":
        return facetindex.per_organisatiesoort(model).get(waarde.waarde, facetindex.LEEG)
    if soort not in JA_NEE[naam]:
        return facetindex.LEEG
    if naam == "gratis":
        return facetindex.met_waarde(model, "kosten", "gratis")
    if naam == "zonder_verwijzing":
        return facetindex.met_waarde(model, "verwijzing_nodig", False)
    return facetindex.open_paginas(model)  # open_nu


def gekoppeld(naam, links, optie):
    """frozenset of the pages in `links` ({term id: page ids}) that match taxonomy option `optie`:
    an area also matches what serves the whole municipality."""
    if naam == "gebied" and optie.bron is not None:
        return facetindex.met_gebied(links, optie.bron)
    return links.get(optie.bron_id, facetindex.LEEG)


def id_lijst(ids):
    """A list of ids as one SQL parameter: Django would prepare every value of a long `__in` list again
    for each of the ~30 facet queries of a search (most of the page's time)."""
    ids = [int(i) for i in ids]
    if connection.vendor == "postgresql":
        # As an array literal in one string: psycopg would quote-check every element of a list.
        return RawSQL("SELECT i FROM unnest(%s::bigint[]) AS t(i)", ("{" + ",".join(map(str, ids)) + "}",))
    return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))  # SQLite: the only other database


class Selectie:
    """The results of a set of filters over some page types, with facet counts.

    Filtering and counting are set operations on kaart/facetindex.py's sets: no query, whatever the
    number of filters, facets or results. Only the visible page of results is read from the database.

    `ids`: optional list of page ids (the ranked search hits): the results keep that order.
    """

    def __init__(self, filters, locale, soorten, ids=None, onder=None):
        self.filters = filters
        self.locale = locale
        self.soorten = list(soorten)
        self.ids = ids
        self.onder = onder  # the locale's KaartPage: its own pages, plus regional ones serving its site
        self.site = site_van(onder)  # None: no map (every page), or a map outside any site (its tree only)
        self._sets = {}  # (type, left-out facet) -> frozenset of result ids

    def _basis(self, soort):
        """The live, public pages of `soort` on this map (its tree, or the site's view of the region)."""
        def queryset():
            model = SOORTEN[soort]
            qs = model.objects.live().filter(locale=self.locale).exclude(self.filters.taxonomieen.afgeschermd())
            if self.onder is not None:
                if self.site is None:
                    qs = qs.filter(path__startswith=self.onder.path)
                else:
                    qs = zichtbaar_voor_site(qs, self.site, boom=self.onder)
            return qs

        sleutel = (soort, self.locale.pk, self.onder.pk if self.onder is not None else None)  # the site follows
        return facetindex.basis(sleutel, queryset)

    def _set(self, soort, zonder=None):
        """frozenset of the ids of the results of `soort`, with facet `zonder` left out."""
        if zonder not in self.filters.waarden:
            zonder = None
        if (soort, zonder) not in self._sets:
            resultaat = self._basis(soort).ids
            if self.ids is not None:
                resultaat = resultaat.intersection(self.ids)
            toegestaan = self.filters.toegestaan(soort, zonder)
            if toegestaan is not None:
                resultaat = resultaat.intersection(toegestaan)
            self._sets[soort, zonder] = resultaat
        return self._sets[soort, zonder]

    def op_de_kaart(self):
        """frozenset of the ids of this map's live, public pages of this selection's types."""
        return frozenset().union(*(self._basis(soort).ids for soort in self.soorten))

    def beperkt_tot(self, ids):
        """The same selection within these page ids (search hits), in their order."""
        return Selectie(self.filters, self.locale, self.soorten, ids=ids, onder=self.onder)

    def id_set(self, soort):
        """frozenset of the ids of one type's results."""
        return self._set(soort)

    def geordende_ids(self, soort=None):
        """The result ids in the order to show them: by search rank, else alphabetical.

        `soort`: of one type only; by default of all this selection's types mixed.
        """
        soorten = [soort] if soort else self.soorten
        sets = [self._set(s) for s in soorten]
        if self.ids is not None:
            alle = frozenset().union(*sets)
            return [pk for pk in dict.fromkeys(self.ids) if pk in alle]
        if len(soorten) == 1:
            return [pk for pk in self._basis(soorten[0]).volgorde if pk in sets[0]]
        rijen = []
        for s in soorten:
            sleutel = self._basis(s).sleutel
            rijen.extend((sleutel[pk], pk) for pk in self._set(s))
        rijen.sort()
        return [pk for _sleutel, pk in rijen]

    def facetten(self, namen):
        """Facets with counts. Counting an option = the current results with that option chosen instead."""
        result = []
        tax = self.filters.taxonomieen
        for naam in namen:
            facet = Facet(naam=naam, label=FACET_LABELS[naam](), ja_nee=naam in JA_NEE)
            gekozen = self.filters.waarden.get(naam)
            if naam in KOPPELINGEN:
                per_term = [(self._set(soort, zonder=naam), facetindex.koppelingen(*KOPPELINGEN[naam][soort]))
                            for soort in self.soorten if soort in KOPPELINGEN[naam]]
                for optie in tax.opties[naam]:
                    aantal = sum(len(ids.intersection(gekoppeld(naam, links, optie))) for ids, links in per_term)
                    facet.opties.append(Optie(optie.waarde, optie.naam, optie.bron_id, aantal,
                                              gekozen is not None and gekozen.waarde == optie.waarde,
                                              optie.extra, optie.bron))
            elif naam == "soort":
                for waarde, label in OrganisatiePage.Soort.choices:
                    optie = Optie(waarde, str(label), gekozen=gekozen is not None and gekozen.waarde == waarde)
                    optie.aantal = sum(len(self._set(soort, zonder=naam).intersection(pagina_ids(soort, naam, optie)))
                                       for soort in self.soorten)
                    facet.opties.append(optie)
            else:
                # The results with this yes/no filter on (again, when it is already chosen).
                aantal = sum(len(self._set(soort).intersection(pagina_ids(soort, naam, True)))
                             for soort in self.soorten)
                facet.opties.append(Optie("1", facet.label, aantal=aantal, gekozen=bool(gekozen)))
            result.append(facet)
        return result


__all__ = ["AMSTERDAM", "Facet", "Filters", "Optie", "Selectie", "Taxonomieen", "open_organisaties",
           "ouder_pad"]
