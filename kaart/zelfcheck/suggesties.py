"""What helps: life questions, offerings, activities and stories for the subjects a resident chose.

A subject is a dimension ('meedoen') or an aspect of one ('aspect-12', a Dutch ZelfcheckStelling).
A dimension brings all its life questions; an aspect the questions editors linked to it. Offerings and
activities match those questions or the dimension; free offerings without a referral come first.
A constant number of queries, whatever the size of the directory.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.utils import timezone

from leefmee.vaste_rijen import standaard_locale
from leefmee.zichtbaarheid import zichtbaar

from ..herhaling import voorkomens
from ..models import (
    AanbodDimensie,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitPage,
    ActiviteitVraag,
    AspectVraag,
    Kosten,
    Levensvraag,
    OrganisatiePage,
)
from ..verwant import verwante_inhoud

MAX_AANBOD = 8
MAX_ACTIVITEITEN = 6
MAX_VERHALEN = 3


@dataclass
class Keuze:
    waarde: str  # as in the form: 'meedoen' or 'aspect-12'
    naam: str  # in the reader's language
    dimensie: object  # the Dutch Dimensie row
    stelling: object = None  # the Dutch ZelfcheckStelling for an aspect


@dataclass
class Suggesties:
    keuzes: list
    vragen: list = field(default_factory=list)
    aanbod: list = field(default_factory=list)  # AanbodPage with .organisatie set
    activiteiten: list = field(default_factory=list)  # (ActiviteitPage, first Voorkomen)
    secties: list = field(default_factory=list)  # VerwanteSectie from the hook (stories, articles)

    @property
    def leeg(self):
        return not (self.vragen or self.aanbod or self.activiteiten or self.secties)


def keuzes_uit(waarden, groepen):
    """Turn the form's 'kies' values into Keuze objects, using the already loaded statements."""
    per_waarde = {}
    for groep in groepen:
        if groep.bron is None:
            continue
        per_waarde[groep.sleutel] = Keuze(groep.sleutel, groep.naam, groep.bron)
        for bron, lokaal in groep.stellingen:
            per_waarde[f"aspect-{bron.pk}"] = Keuze(
                f"aspect-{bron.pk}", f"{groep.naam}: {lokaal.aspect}", groep.bron, stelling=bron
            )
    return [per_waarde[w] for w in waarden if w in per_waarde]


def _gelokaliseerd(rijen, locale):
    """Translatable snippet rows (Dutch) in the reader's language; one query."""
    if not rijen or locale is None or all(r.locale_id == locale.pk for r in rijen):
        return rijen
    model = type(rijen[0])
    vertaald = {v.translation_key: v for v in model.objects.filter(
        locale=locale, translation_key__in=[r.translation_key for r in rijen])}
    return [vertaald.get(r.translation_key, r) for r in rijen]


def _organisaties(paginas):
    """Set `.organisatie` (the parent OrganisatiePage) on every page, in one query."""
    paden = {p.path[: -p.steplen] for p in paginas}
    per_pad = {o.path: o for o in OrganisatiePage.objects.filter(path__in=paden)}
    for p in paginas:
        p.organisatie = per_pad.get(p.path[: -p.steplen])
    return paginas


def suggesties(keuzes, locale, weken=4, vandaag=None):
    """Suggestions for the chosen subjects, in the reader's `locale`. About a dozen queries, fixed."""
    result = Suggesties(keuzes=keuzes)
    if not keuzes:
        return result
    locale = locale or standaard_locale()
    hele_dimensies = {k.dimensie.pk for k in keuzes if k.stelling is None}
    aspect_ids = [k.stelling.pk for k in keuzes if k.stelling is not None]
    # Aspects bring the questions editors linked to them; a dimension brings all its questions.
    vraag_ids = set()
    if aspect_ids:
        vraag_ids = set(AspectVraag.objects.filter(stelling_id__in=aspect_ids).values_list("vraag_id", flat=True))
    vragen = list(
        Levensvraag.objects.filter(Q(pk__in=vraag_ids) | Q(dimensie_id__in=hele_dimensies),
                                   locale__pk=standaard_locale().pk)
        .order_by("dimensie__volgorde", "volgorde", "naam")
    )
    result.vragen = _gelokaliseerd(vragen, locale)
    alle_vraag_ids = [v.pk for v in vragen]
    # An aspect without linked questions falls back to its whole dimension, so it never comes up empty.
    dimensies = set(hele_dimensies) | {k.dimensie.pk for k in keuzes if k.stelling is not None and not vraag_ids}

    result.aanbod = _organisaties(_aanbod(locale, dimensies, alle_vraag_ids))
    result.activiteiten = _activiteiten(locale, dimensies, alle_vraag_ids, weken, vandaag)

    # Stories and articles through the hook: one call per chosen dimension (at most two).
    gezien, secties = set(), {}
    for keuze in keuzes:
        if keuze.dimensie.pk in gezien:
            continue
        gezien.add(keuze.dimensie.pk)
        for sectie in verwante_inhoud(keuze.dimensie, locale, limit=MAX_VERHALEN):
            bestaand = secties.get((sectie.kop, sectie.template))
            if bestaand is None:
                secties[(sectie.kop, sectie.template)] = sectie
            else:
                pks = {i.pk for i in bestaand.items}
                bestaand.items += [i for i in sectie.items if i.pk not in pks]
    result.secties = sorted(secties.values(), key=lambda s: s.volgorde)
    return result


def _match(koppel_dimensie, koppel_vraag, dimensies, vraag_ids):
    return Q(Exists(koppel_vraag.objects.filter(page=OuterRef("pk"), vraag_id__in=vraag_ids))) | Q(
        Exists(koppel_dimensie.objects.filter(page=OuterRef("pk"), dimensie_id__in=dimensies))
    )


def _aanbod(locale, dimensies, vraag_ids):
    """Free offerings without a referral first, then free or no-referral ones, then the rest."""
    drempel = Case(
        When(kosten=Kosten.GRATIS, verwijzing_nodig=False, then=Value(0)),
        When(verwijzing_nodig=False, then=Value(1)),
        When(kosten=Kosten.GRATIS, then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )
    vraag_match = Exists(AanbodVraag.objects.filter(page=OuterRef("pk"), vraag_id__in=vraag_ids))
    return list(
        zichtbaar(AanbodPage.objects.all(), locale=locale)
        .filter(_match(AanbodDimensie, AanbodVraag, dimensies, vraag_ids))
        .annotate(drempel=drempel, vraag_match=vraag_match)
        .order_by("drempel", "-vraag_match", "title", "pk")[:MAX_AANBOD]
    )


def _activiteiten(locale, dimensies, vraag_ids, weken, vandaag=None):
    """Matching activities that take place in the coming `weken` weeks, soonest first."""
    van = vandaag or timezone.localdate()
    tot = van + dt.timedelta(weeks=max(1, weken))
    kandidaten = (
        zichtbaar(ActiviteitPage.objects.all(), locale=locale)
        .filter(_match(ActiviteitDimensie, ActiviteitVraag, dimensies, vraag_ids))
        .filter(Q(momenten__tot_en_met__isnull=True) | Q(momenten__tot_en_met__gte=van), momenten__datum__lte=tot)
        .distinct()
        .prefetch_related("momenten")
        .order_by("title", "pk")[:100]  # a generous bound: the list on the page is short anyway
    )
    gevonden = []
    for activiteit in kandidaten:
        komend = voorkomens(activiteit.momenten.all(), van, tot)
        if komend:
            gevonden.append((activiteit, komend[0]))
    gevonden.sort(key=lambda paar: (paar[1].datum, paar[1].begintijd, paar[0].title))
    gevonden = gevonden[:MAX_ACTIVITEITEN]
    _organisaties([a for a, _v in gevonden])
    return gevonden
