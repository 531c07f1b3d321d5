"""The map's filters and facet counts as sets of page ids in process memory.

A dimension page, a search or the agenda combines a few filters and counts ~80 facet options over
thousands of results. In SQL that was one query per filter subquery plus a UNION of ~20 grouped
counts: on PostgreSQL at 10,000 offerings 60-90 ms of a dimension page, most of it join and
aggregate overhead on small link tables. As Python sets it is a few milliseconds.

Everything here is the same for every request until content changes, so it is kept per content
version (leefmee.versiecache: a publish, move, delete or any save in a content app makes a new
version; every app server sees it at its next request). Each piece is loaded when a page first
needs it, with one query. At 10,000 offerings all pieces together are a few MB per process.

Only `open_organisaties()` depends on the time: the opening hours are kept, "open now" is worked
out at every request.
"""

import unicodedata
from collections import defaultdict
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page

from leefmee.versiecache import bewaard, gedeeld

from .models import Gebied, Openingstijd, OrganisatiePage

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LEEG = frozenset()


def ouder_pad():
    """The treebeard path of a page's parent, as an SQL expression."""
    return Substr("path", 1, Length("path") - Page.steplen)


def sorteersleutel(titel):
    """Alphabetical as a resident expects it: case and accents do not count ('Één' with the e's)."""
    zonder_accenten = "".join(t for t in unicodedata.normalize("NFKD", titel) if not unicodedata.combining(t))
    return zonder_accenten.casefold()


def koppelingen(link, fk):
    """{term id: frozenset(page ids)} of one link table (e.g. AanbodDimensie by dimensie)."""
    def maak():
        per_term = defaultdict(set)
        for page_id, term_ids in termen_per_pagina(link, fk).items():
            for term_id in term_ids:
                per_term[term_id].add(page_id)
        return {term_id: frozenset(ids) for term_id, ids in per_term.items()}

    return bewaard("facet_koppelingen", link._meta.label_lower, maak, kopieer=gedeeld)


def termen_per_pagina(link, fk):
    """{page id: term ids in the editor's order} of one link table: a detail page's own terms,
    and the source of `koppelingen` (one read of the table per content version)."""
    def maak():
        per_pagina = defaultdict(list)
        for page_id, term_id in link.objects.order_by("page_id", "sort_order", "pk").values_list("page_id", f"{fk}_id"):
            per_pagina[page_id].append(term_id)
        return {page_id: tuple(ids) for page_id, ids in per_pagina.items()}

    return bewaard("facet_termen_per_pagina", link._meta.label_lower, maak, kopieer=gedeeld)


def gemeentebrede_gebieden():
    """{site id (None: the default site): frozenset of the ids of its 'whole municipality' areas}.

    An offering for the whole municipality serves every village and district in it, so choosing
    a village must keep it (Dutch source rows only, like every taxonomy match)."""
    def maak():
        per_site = defaultdict(set)
        rijen = Gebied.objects.filter(soort=Gebied.Soort.GEMEENTE, locale__language_code=settings.LANGUAGE_CODE)
        for pk, site_id in rijen.values_list("pk", "gemeente_site_id"):
            per_site[site_id].add(pk)
        return {site_id: frozenset(ids) for site_id, ids in per_site.items()}

    return bewaard("facet_gemeentebreed", None, maak, kopieer=gedeeld)


def met_gebied(links, gebied):
    """frozenset of the pages in `links` ({area id: page ids}) that serve `gebied` (a Dutch Gebied
    row): linked to it, or to its municipality as a whole."""
    ids = links.get(gebied.pk, LEEG)
    if gebied.soort == Gebied.Soort.GEMEENTE:
        return ids
    extra = [links.get(pk, LEEG) for pk in gemeentebrede_gebieden().get(gebied.gemeente_site_id, ())]
    return ids.union(*extra) if extra else ids


def met_waarde(model, veld, waarde):
    """frozenset of the ids of `model` pages whose `veld` equals `waarde` (e.g. kosten='gratis')."""
    return bewaard("facet_veld", (model._meta.label_lower, veld, waarde),
                   lambda: frozenset(model.objects.filter(**{veld: waarde}).values_list("pk", flat=True)),
                   kopieer=gedeeld)


def organisatie_per_pagina(model):
    """{page id: id of the organisation it sits under} for offerings, activities and vacancies."""
    def maak():
        per_pad = dict(OrganisatiePage.objects.values_list("path", "pk"))
        rijen = model.objects.annotate(ouder=ouder_pad()).values_list("pk", "ouder")
        return {pk: per_pad[ouder] for pk, ouder in rijen if ouder in per_pad}

    return bewaard("facet_organisatie", model._meta.label_lower, maak, kopieer=gedeeld)


def per_organisatiesoort(model):
    """{kind of organisation: frozenset(page ids)}; for pages below an organisation, its kind."""
    def maak():
        soorten = dict(OrganisatiePage.objects.values_list("pk", "soort"))
        if model is OrganisatiePage:
            paren = soorten.items()
        else:
            paren = ((pk, soorten[org]) for pk, org in organisatie_per_pagina(model).items())
        per_soort = defaultdict(set)
        for pk, soort in paren:
            per_soort[soort].add(pk)
        return {soort: frozenset(ids) for soort, ids in per_soort.items()}

    return bewaard("facet_organisatiesoort", model._meta.label_lower, maak, kopieer=gedeeld)


def _openingstijden():
    """{weekday: [(organisation id, opens, closes)]} of all organisations."""
    def maak():
        per_dag = defaultdict(list)
        for pk, dag, open_, dicht in Openingstijd.objects.values_list("page_id", "dag", "open", "dicht"):
            per_dag[dag].append((pk, open_, dicht))
        return dict(per_dag)

    return bewaard("openingstijden", None, maak, kopieer=gedeeld)


def open_organisaties(nu=None):
    """frozenset of the ids of the organisations open at `nu` (default now), in Amsterdam time."""
    nu = (nu or timezone.now()).astimezone(AMSTERDAM)
    tijd = nu.time().replace(tzinfo=None)
    return frozenset(pk for pk, open_, dicht in _openingstijden().get(nu.weekday(), ()) if open_ <= tijd < dicht)


def open_paginas(model, nu=None):
    """frozenset of the pages of `model` that are open now: the organisation itself or the one above."""
    open_ids = open_organisaties(nu)
    if model is OrganisatiePage:
        return open_ids
    return frozenset(pk for pk, org in organisatie_per_pagina(model).items() if org in open_ids)


class Basis:
    """The live, public pages of one type that a map shows, in alphabetical order.

    `volgorde`: ids sorted by title; `ids`: the same as a frozenset; `sleutel`: id -> sort key.
    """

    __slots__ = ("volgorde", "ids", "sleutel")

    def __init__(self, rijen):
        rijen = sorted(((sorteersleutel(titel), pk) for pk, titel in rijen))
        self.volgorde = tuple(pk for _sleutel, pk in rijen)
        self.ids = frozenset(self.volgorde)
        self.sleutel = {pk: sleutel for sleutel, pk in rijen}


def basis(sleutel, maak_queryset):
    """The Basis of the queryset `maak_queryset()` makes, kept under `sleutel` for this content version."""
    return bewaard("facet_basis", sleutel, lambda: Basis(maak_queryset().values_list("pk", "title")),
                   kopieer=gedeeld)
