"""One filter and facet module for search, dimension/question pages, map, GeoJSON, agenda and vacancies.

`Filters.uit_request()` parses and validates the query string: unknown values are ignored with a
Dutch notice (never an error page). `Selectie` turns the filters into one queryset per page type
(organisation, offering, activity, vacancy) and counts every facet option with aggregate queries,
so the number of queries does not depend on the amount of data.

Taxonomy terms are matched by their Dutch (source) row: page links point there (see koppelingen.py).
In the URL a term is its slug in the reader's locale; the Dutch slug is accepted too.
"""

import datetime as dt
import json
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import connection
from django.db.models import CharField, Count, OuterRef, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Length, Substr
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from leefmee.versiecache import bewaard, gedeeld

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
    Dimensie,
    Doelgroep,
    Gebied,
    Kenmerk,
    Levensvraag,
    Openingstijd,
    OrganisatieGebied,
    OrganisatiePage,
    VacatureDimensie,
    VacatureGebied,
    VacatureKenmerk,
    VacaturePage,
)
from .regio import gebieden_van_site, site_van, zichtbaar_voor_site

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STAPLENGTE = 4  # treebeard path step length in Wagtail
MAX_AGENDA_DAGEN = 366

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
TAXONOMIE_MODELLEN = {"dimensie": Dimensie, "vraag": Levensvraag, "doelgroep": Doelgroep, "gebied": Gebied,
                      "kenmerk": Kenmerk}
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


@dataclass
class Optie:
    waarde: str  # value in the URL
    naam: str  # name in the reader's locale
    bron_id: int | None = None  # id of the Dutch row (taxonomies)
    aantal: int = 0
    gekozen: bool = False
    extra: object = None  # the localized snippet, when there is one
    bron: object = None  # the Dutch snippet row


@dataclass
class Facet:
    naam: str
    label: str
    opties: list = field(default_factory=list)
    ja_nee: bool = False

    @property
    def gekozen(self):
        return next((o for o in self.opties if o.gekozen), None)


def ouder_pad():
    """The treebeard path of a page's parent, as an SQL expression."""
    return Substr("path", 1, Length("path") - STAPLENGTE)


class Taxonomieen:
    """All taxonomy terms in the reader's locale, from process memory (leefmee.versiecache).

    They change rarely and every map page needs them; the content version makes them fresh after
    any save. The Optie objects are shared between requests: read them, never change them.
    """

    def __init__(self, locale, site=None):
        """`site`: only that municipality's areas are options."""
        self.locale = locale
        site_id = site_van(site)
        self.opties, self._per_waarde = bewaard(
            "taxonomieen", (locale.pk, site_id), lambda: self._laad(locale, site_id), kopieer=gedeeld)

    @staticmethod
    def _laad(locale, site_id):
        default = Locale.get_default()
        alle_opties, alle_per_waarde = {}, {}
        for naam, model in TAXONOMIE_MODELLEN.items():
            rijen = model.objects.filter(locale__in={default.pk, locale.pk})
            if naam == "gebied" and site_id is not None:
                eigen = gebieden_van_site(site_id).values("translation_key")
                rijen = rijen.filter(translation_key__in=eigen)
            rijen = list(rijen)
            bron = [r for r in rijen if r.locale_id == default.pk]
            vertaald = {r.translation_key: r for r in rijen if r.locale_id == locale.pk}
            opties, per_waarde = [], {}
            for rij in sorted(bron, key=lambda r: (getattr(r, "volgorde", 0), str(r))):
                lokaal = vertaald.get(rij.translation_key, rij)
                waarde = rij.sleutel if naam == "dimensie" else lokaal.slug
                optie = Optie(waarde=waarde, naam=str(lokaal), bron_id=rij.pk, extra=lokaal, bron=rij)
                opties.append(optie)
                per_waarde[waarde] = optie
                if naam != "dimensie":
                    per_waarde.setdefault(rij.slug, optie)
            alle_opties[naam] = opties
            alle_per_waarde[naam] = per_waarde
        return alle_opties, alle_per_waarde

    def afgeschermd(self):
        """A Q of pages behind a view restriction: like PageQuerySet.public(), from process memory."""
        if not hasattr(self, "_afgeschermd"):
            from leefmee.vaste_rijen import afgeschermde_paden

            q = Q(pk__in=[])
            for pad in afgeschermde_paden():
                q |= Q(path__startswith=pad)
            self._afgeschermd = q
        return self._afgeschermd

    def zoek(self, naam, waarde):
        return self._per_waarde[naam].get(waarde)

    def op_id(self, naam, bron_id):
        return next((o for o in self.opties[naam] if o.bron_id == bron_id), None)


class Filters:
    """Validated filter state. `waarden` holds only accepted values; `meldingen` explains the rest."""

    PARAMS = ("dimensie", "vraag", "doelgroep", "gebied", "kenmerk", "soort", "gratis", "zonder_verwijzing",
              "open_nu", "van", "tot")

    def __init__(self, taxonomieen, waarden=None, meldingen=None, van=None, tot=None):
        self.taxonomieen = taxonomieen
        self.waarden = waarden or {}  # facet -> Optie (taxonomy/soort) or True (yes/no)
        self.meldingen = meldingen or []
        self.van = van
        self.tot = tot

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
        return cls(taxonomieen, waarden, meldingen, van, tot)

    @staticmethod
    def _datums(get, meldingen):
        vandaag = timezone.localdate()
        van, tot = vandaag, vandaag + dt.timedelta(weeks=4)
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
        if van < vandaag:
            van = vandaag
        if tot < van:
            meldingen.append(_("De einddatum ligt voor de begindatum. We tonen vier weken vanaf de begindatum."))
            tot = van + dt.timedelta(weeks=4)
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

    # --- Query building --------------------------------------------------------------------
    def queryset(self, soort, locale, zonder=None):
        """Live, public pages of one type in `locale` matching all filters except facet `zonder`."""
        model = SOORTEN[soort]
        qs = model.objects.live().filter(locale=locale).exclude(self.taxonomieen.afgeschermd())
        for naam, waarde in self.waarden.items():
            if naam == zonder:
                continue
            qs = self._pas_toe(qs, soort, naam, waarde)
            if qs is None:
                return model.objects.none()
        return qs

    def _pas_toe(self, qs, soort, naam, waarde):
        if naam in KOPPELINGEN:
            if soort not in KOPPELINGEN[naam]:
                return None
            link, fk = KOPPELINGEN[naam][soort]
            return qs.filter(id__in=link.objects.filter(**{f"{fk}_id": waarde.bron_id}).values("page_id"))
        if naam == "gratis":
            return qs.filter(kosten="gratis") if soort in JA_NEE["gratis"] else None
        if naam == "zonder_verwijzing":
            return qs.filter(verwijzing_nodig=False) if soort == "aanbod" else None
        if naam == "soort":
            if soort == "organisatie":
                return qs.filter(soort=waarde.waarde)
            paden = OrganisatiePage.objects.filter(soort=waarde.waarde).values("path")
            return qs.alias(ouder_soort=ouder_pad()).filter(ouder_soort__in=paden)
        if naam == "open_nu":
            if soort not in JA_NEE["open_nu"]:
                return None
            open_ids = open_organisaties()
            if soort == "organisatie":
                return qs.filter(id__in=open_ids)
            paden = OrganisatiePage.objects.filter(id__in=open_ids).values("path")
            return qs.alias(ouder_open=ouder_pad()).filter(ouder_open__in=paden)
        return qs


def id_lijst(ids):
    """A list of ids as one SQL parameter: Django would prepare every value of a long `__in` list again
    for each of the ~30 facet queries of a search (most of the page's time)."""
    ids = [int(i) for i in ids]
    if connection.vendor == "postgresql":
        # As an array literal in one string: psycopg would quote-check every element of a list.
        return RawSQL("SELECT i FROM unnest(%s::bigint[]) AS t(i)", ("{" + ",".join(map(str, ids)) + "}",))
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))
    return ids


def open_organisaties(nu=None):
    """A subquery of the ids of organisations open at `nu` (Europe/Amsterdam)."""
    nu = (nu or timezone.now()).astimezone(AMSTERDAM)
    tijd = nu.time().replace(tzinfo=None)
    return Openingstijd.objects.filter(dag=nu.weekday(), open__lte=tijd, dicht__gt=tijd).values("page_id")


class Selectie:
    """The results of a set of filters over some page types, with facet counts.

    `ids`: optional list of page ids (the ranked search hits) to restrict to.
    """

    def __init__(self, filters, locale, soorten, ids=None, onder=None, site=None):
        self.filters = filters
        self.locale = locale
        self.soorten = list(soorten)
        self.ids = ids
        self.onder = onder  # the locale's KaartPage: its own pages, plus regional ones serving its site
        self.site = site if site is not None else site_van(onder)
        self._querysets = {}  # (type, left-out facet) -> queryset, see queryset()
        self._resultaat_ids = None  # type -> ids of the results, see resultaat_ids()
        self._id_parameters = {}  # type -> those ids as one SQL parameter (made once)

    def _beperk(self, qs):
        if self.ids is not None:
            qs = qs.filter(pk__in=id_lijst(self.ids))
        if self.onder is not None:
            if self.site is None:
                qs = qs.filter(path__startswith=self.onder.path)
            else:
                qs = zichtbaar_voor_site(qs, self.site, boom=self.onder)
        return qs

    def queryset(self, soort, zonder=None):
        # Leaving out a facet that is not chosen gives the same queryset: build each one only once
        # (building querysets was a third of a search page's time).
        if zonder not in self.filters.waarden:
            zonder = None
        if (soort, zonder) not in self._querysets:
            self._querysets[soort, zonder] = self._beperk(self.filters.queryset(soort, self.locale, zonder=zonder))
        return self._querysets[soort, zonder]

    def resultaat_ids(self):
        """The ids of the results per page type, for all types in one query.

        The counts and the result list take these as one parameter (id_lijst). Otherwise every
        part of them would repeat the filters, the live/public checks and the regional visibility
        as nested subqueries over all pages: on PostgreSQL at 10,000 offerings that repetition was
        most of a dimension page's database time.
        """
        if self._resultaat_ids is None:
            delen = [self.queryset(soort).order_by().annotate(soort_=Value(soort, output_field=CharField()))
                     .values_list("soort_", "pk") for soort in self.soorten]
            self._resultaat_ids = {soort: [] for soort in self.soorten}
            if delen:
                eerste, *rest = delen
                for soort, pk in (eerste.union(*rest, all=True) if rest else eerste):
                    self._resultaat_ids[soort].append(pk)
        return self._resultaat_ids

    def deelverzameling(self, soort, zonder=None):
        """A subquery of the ids of one type's results, with facet `zonder` left out."""
        if zonder not in self.filters.waarden:
            if soort not in self._id_parameters:
                self._id_parameters[soort] = id_lijst(self.resultaat_ids()[soort])
            return self._id_parameters[soort]
        return self.queryset(soort, zonder=zonder).values("pk")

    def page_ids_q(self):
        """A Q over wagtailcore.Page matching every result of every type."""
        q = Q(pk__in=[])
        for soort in self.soorten:
            q |= Q(pk__in=self.deelverzameling(soort))
        return q

    def facetten(self, namen):
        """Facets with counts. Counting an option = the current results with that option chosen instead.

        Every count of every facet and page type is one part of a single UNION ALL query: the page
        costs one query for its facets, whatever the number of facets, types or results.
        """
        delen = []
        for naam in namen:
            delen.extend(self._telling_delen(naam))
        tellingen = {}
        if delen:
            eerste, *rest = delen
            rijen = eerste.union(*rest, all=True) if rest else eerste
            for facet_naam, waarde, n in rijen.values_list("facet", "waarde", "n"):
                sleutel = (facet_naam, waarde)
                tellingen[sleutel] = tellingen.get(sleutel, 0) + n

        result = []
        tax = self.filters.taxonomieen
        for naam in namen:
            facet = Facet(naam=naam, label=FACET_LABELS[naam](), ja_nee=naam in JA_NEE)
            gekozen = self.filters.waarden.get(naam)
            if naam in KOPPELINGEN:
                for optie in tax.opties[naam]:
                    facet.opties.append(Optie(
                        optie.waarde, optie.naam, optie.bron_id, tellingen.get((naam, str(optie.bron_id)), 0),
                        gekozen is not None and gekozen.waarde == optie.waarde, optie.extra, optie.bron))
            elif naam == "soort":
                for waarde, label in OrganisatiePage.Soort.choices:
                    facet.opties.append(Optie(waarde, str(label), aantal=tellingen.get((naam, waarde), 0),
                                              gekozen=gekozen is not None and gekozen.waarde == waarde))
            else:
                facet.opties.append(Optie("1", facet.label, aantal=tellingen.get((naam, "1"), 0),
                                          gekozen=bool(gekozen)))
            result.append(facet)
        return result

    def _telling_delen(self, naam):
        """The (facet, waarde, n) grouped querysets that count facet `naam`, one per page type.

        The value is cast to text so that ids and choice values share one column on PostgreSQL too.
        """
        delen = []
        label = Value(naam, output_field=CharField())
        if naam in KOPPELINGEN:
            for soort in self.soorten:
                if soort not in KOPPELINGEN[naam]:
                    continue
                link, fk = KOPPELINGEN[naam][soort]
                delen.append(
                    link.objects.filter(page_id__in=self.deelverzameling(soort, zonder=naam)).order_by()
                    .annotate(facet=label, waarde=Cast(f"{fk}_id", CharField()))
                    .values("facet", "waarde").annotate(n=Count("page_id", distinct=True)))
        elif naam == "soort":
            for soort in self.soorten:
                qs = SOORTEN[soort].objects.filter(pk__in=self.deelverzameling(soort, zonder=naam)).order_by()
                if soort == "organisatie":
                    waarde = Cast("soort", CharField())
                else:
                    org_soort = OrganisatiePage.objects.filter(path=OuterRef("ouder_pad")).values("soort")[:1]
                    qs = qs.annotate(ouder_pad=ouder_pad())
                    waarde = Cast(Subquery(org_soort), CharField())
                delen.append(qs.annotate(facet=label, waarde=waarde).values("facet", "waarde")
                             .annotate(n=Count("pk")).values("facet", "waarde", "n"))
        else:
            for soort in self.soorten:
                if soort not in JA_NEE[naam]:
                    continue
                # The results with this yes/no filter on (again, when it is already chosen).
                resultaten = SOORTEN[soort].objects.filter(pk__in=self.deelverzameling(soort))
                qs = self.filters._pas_toe(resultaten, soort, naam, True).order_by()
                delen.append(qs.annotate(facet=label, waarde=Value("1", output_field=CharField()))
                             .values("facet", "waarde").annotate(n=Count("pk")).values("facet", "waarde", "n"))
        return delen


__all__ = ["Facet", "Filters", "Optie", "Selectie", "Taxonomieen", "open_organisaties",
           "ouder_pad"]
