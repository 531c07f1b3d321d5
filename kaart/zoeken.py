"""Search over organisations, offerings, activities and vacancies, combined with the facets.

Wagtail's search index finds and ranks the hits (on SQLite at most `MAX_TREFFERS`); they are then
narrowed by the facets in process memory (kaart/facetindex.py), so the number of queries stays the
same whatever the data.
"""

import logging
import re

from django.core.paginator import Paginator
from django.db import connection
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from leefmee.versiecache import bewaard, gedeeld

from . import facetindex
from .agenda import relatieve_url
from .filters import SOORTEN, Selectie

logger = logging.getLogger(__name__)

MAX_ZOEKTERM = 200
MAX_TREFFERS = 500
PER_PAGINA = 20
ZOEK_FACETTEN = ["dimensie", "vraag", "doelgroep", "gebied", "kenmerk", "soort", "gratis", "zonder_verwijzing",
                 "open_nu"]
SOORT_LABELS = {
    "organisatie": lambda: _("Organisatie"),
    "aanbod": lambda: _("Hulp en aanbod"),
    "activiteit": lambda: _("Activiteit"),
    "vacature": lambda: _("Vrijwilligerswerk"),
}


def zoekterm(request, meldingen):
    q = " ".join((request.GET.get("q") or "").split())
    if len(q) > MAX_ZOEKTERM:
        q = q[:MAX_ZOEKTERM]
        meldingen.append(_("Je zoekvraag was erg lang. We zoeken met de eerste %(n)d tekens.") % {"n": MAX_ZOEKTERM})
    return q


def pagineer(request, objecten, per_pagina=PER_PAGINA):
    """A page of results; `?page=abc` gives the first page, `?page=99999` the last."""
    return Paginator(objecten, per_pagina).get_page(request.GET.get("page"))


def zoekwoorden(q):
    """Only words go to the search backend: quotes, brackets and operators (FTS5 syntax) are dropped."""
    return " ".join(re.findall(r"\w+", q.lower()))[:MAX_ZOEKTERM]


# Ranked hit lists kept per content version (a few popular queries make most searches); each is
# at most a tuple of ~10,000 ints (80 kB), so this bounds the memory per worker to a few MB.
MAX_BEWAARDE_ZOEKVRAGEN = 100


def gerangschikte_ids(q, locale, op_de_kaart):
    """Ids of the live pages of the four types in `locale` for query `q`, best first.

    `op_de_kaart`: the ids of the pages on this map (live, public, this site; from the facet index).
    All words must match; when that gives nothing on this map, any word. The backend's ranked hits
    come first, then the Dutch word index's (kaart/woordindex.py) in alphabetical order.
    """
    q = zoekwoorden(q)
    if not q:
        return []
    for operator in ("and", "or"):
        ids = [pk for pk in gerangschikt(q, operator, locale) if pk in op_de_kaart]
        # Then what the backend's whole-word match misses: stems, compounds, linked questions, synonyms.
        gevonden = set(ids)
        extra = [pk for pk in op_titel_bewaard(q, locale, operator) if pk in op_de_kaart and pk not in gevonden]
        ids += extra
        if ids:
            return ids
    return []


def treffers_op_kaart(q, locale, kaart, selectie):
    """`gerangschikte_ids` on this map, kept per content version: filtering thousands of ranked
    hits by the map's pages was redone on every search and every result page."""
    return bewaard("zoektreffers_op_kaart", (zoekwoorden(q), locale.pk, kaart.pk),
                   lambda: tuple(gerangschikte_ids(q, locale, selectie.op_de_kaart())), kopieer=gedeeld,
                   hoogstens=MAX_BEWAARDE_ZOEKVRAGEN)


def op_titel_bewaard(woorden, locale, operator):
    """The word index's hits in alphabetical order, kept per content version like `gerangschikt`
    (sorting by title read the titles of four page types on every search)."""
    from .woordindex import op_titel, treffers

    return bewaard("zoektreffers_op_titel", (woorden, operator, locale.pk),
                   lambda: tuple(op_titel(treffers(woorden, locale, operator), locale)), kopieer=gedeeld,
                   hoogstens=MAX_BEWAARDE_ZOEKVRAGEN)


def gerangschikt(woorden, operator, locale):
    """All hits of `woorden` (already cleaned by zoekwoorden), best first, as a tuple of page ids.

    Ranking thousands of hits is most of a search's database time (20 ms for a common word at
    10,000 offerings), and the same queries come back all day. Like a search engine's result cache,
    the ranked list is kept per content version, so a publish shows in the next search; the facets
    and the map's own pages are applied per request on top of it.
    """
    def rangschik():
        if connection.vendor == "postgresql":
            return tuple(postgres_rangorde(woorden.split(), operator, SOORTEN.values()))
        return tuple(sqlite_rangorde(woorden, operator, locale))

    return bewaard("zoekrangorde", (woorden, operator, locale.pk), rangschik, kopieer=gedeeld,
                   hoogstens=MAX_BEWAARDE_ZOEKVRAGEN)


def sqlite_rangorde(woorden, operator, locale):
    """Wagtail's SQLite backend scores every match with a correlated FTS subquery, which takes
    seconds with thousands of matches: let it find up to MAX_TREFFERS matches unordered and rank
    them here, more query words in the title first, then by title."""
    basis = Page.objects.live().filter(locale=locale).type(*SOORTEN.values()).only("id", "title")
    paginas = list(basis.search(woorden, operator=operator, order_by_relevance=False)[:MAX_TREFFERS])
    lijst = woorden.split()

    def score(page):
        titel = page.title.lower()
        return (-sum(w in titel for w in lijst), titel)

    return [p.pk for p in sorted(paginas, key=score)]


def postgres_rangorde(woorden, operator, modellen):
    """Page ids of Wagtail's search index entries of `modellen` matching the words, best first.

    The same tsquery (Dutch stemming), the same rank and the same tie-break as Wagtail's PostgreSQL
    backend, but matched as `title @@ q OR body @@ q` per word, which the two GIN indexes of the
    search index serve. Wagtail matches `title || body @@ q`: no index can serve that, so every
    query read and concatenated all 20,000 entries and joined them to the pages through a text
    cast (70 ms at 10,000 offerings; this is ~20 ms). Live, locale and site are already known in
    memory (kaart/facetindex.py), so the pages table is not needed.
    """
    from functools import reduce
    from operator import and_, or_

    from django.contrib.contenttypes.models import ContentType
    from django.contrib.postgres.search import SearchQuery, SearchRank
    from django.db.models import F, IntegerField, Q
    from django.db.models.functions import Cast
    from modelsearch.backends.database.postgres.query import Lexeme
    from modelsearch.backends.database.postgres.weights import get_sql_weights
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    config = get_search_backend().config

    def tsquery(lexemen):
        return SearchQuery(lexemen, search_type="raw", config=config)

    termen = [Lexeme(woord) for woord in woorden]
    geheel = tsquery(reduce(and_ if operator == "and" else or_, termen))
    if operator == "and":  # each word in the title or in the body, as `title || body` matches it
        match = reduce(and_, (Q(title=tsquery(term)) | Q(body=tsquery(term)) for term in termen))
    else:
        match = Q(title=geheel) | Q(body=geheel)
    gewichten = get_sql_weights()
    rang = (SearchRank(F("title"), geheel, weights=gewichten) * F("title_norm")
            + SearchRank(F("body"), geheel, weights=gewichten))
    soorten = ContentType.objects.get_for_models(*modellen, for_concrete_models=False).values()
    qs = (IndexEntry.objects.filter(match, content_type__in=list(soorten))
          .annotate(rang=rang, page_id=Cast("object_id", IntegerField()))
          .order_by("-rang", "-page_id").values_list("page_id", flat=True))
    # Thousands of plain ints: read them straight from the cursor (Django's per-row converters
    # were a tenth of the search page's time).
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [rij[0] for rij in cursor.fetchall()]


# Facet panels kept per content version: one per (map, language, query, filters) that residents use.
MAX_BEWAARDE_FACETTEN = 200


def facetten_bewaard(selectie, q, kaart):
    """The search page's facet counts, kept per content version like the ranked hits.

    Counting ~80 options over the hits was most of a search's own time, and the same searches
    come back all day. The counts depend only on the map, the language, the query words (a query
    of only punctuation finds nothing, no query everything) and the accepted filters, plus the
    organisations open right now (for "Nu open"): all in the key. A publish makes a new version,
    so the next search counts again. The Facet objects are shared: templates only read them.
    """
    filters = selectie.filters
    gekozen = tuple(sorted((naam, getattr(waarde, "waarde", waarde)) for naam, waarde in filters.waarden.items()))
    open_nu = facetindex.open_organisaties() if "open_nu" in ZOEK_FACETTEN else None
    sleutel = (kaart.pk, selectie.locale.pk, get_language(), bool(q), zoekwoorden(q), gekozen,
               filters.van, filters.tot, open_nu)
    return bewaard("zoekfacetten", sleutel, lambda: selectie.facetten(ZOEK_FACETTEN), kopieer=gedeeld,
                   hoogstens=MAX_BEWAARDE_FACETTEN)


def resultaten(selectie, kaart, kaart_url):
    """Results for the paginator, in the selection's order (search rank, else alphabetical). Only the
    visible page's items are read from the database, as specific pages."""
    per_soort = {soort: selectie.id_set(soort) for soort in selectie.soorten}
    return ResultatenLijst(selectie.geordende_ids(), kaart, kaart_url, per_soort)


class ResultatenLijst:
    """The ordered result ids, which the paginator counts and slices into pages.

    `per_soort`: {type: the result ids of that type}. The type of every id is known, so each type's
    items are read straight from its own model (not Page first and then each type, as .specific() does).
    """

    def __init__(self, ids, kaart, kaart_url, per_soort):
        self.ids, self.kaart, self.kaart_url, self.per_soort = ids, kaart, kaart_url, per_soort

    def count(self):
        return len(self.ids)

    def __len__(self):
        return self.count()

    def __getitem__(self, sleutel):
        deel = self.ids[sleutel]
        if not isinstance(deel, list):
            deel = [deel]
        per_id = {}
        for soort, ids in self.per_soort.items():
            van_soort = [pk for pk in deel if pk in ids]
            if van_soort:
                for page in SOORTEN[soort].objects.filter(pk__in=van_soort):
                    page.soort = soort
                    per_id[page.pk] = page
        paginas = [per_id[pk] for pk in deel if pk in per_id]
        for page in paginas:
            page.soort_label = SOORT_LABELS[page.soort]()
            page.relatieve_url = relatieve_url(page.url_path, self.kaart, self.kaart_url)
        return paginas if isinstance(sleutel, slice) else paginas[0]


def log_zoekvraag(q):
    """Wagtail's query logging: editors see what people search for, and can promote results."""
    query = Query.get(q)
    query.add_hit()
    return query


WEINIG_RESULTATEN = 3


def tel_zoekvraag(zoekterm, site_id, aantal_resultaten):
    """Per site, query and day: how often, and how often with no or few results (aggregates only)."""
    from django.db.models import F
    from django.utils import timezone

    from .models import ZoekTelling

    if site_id is None:
        return
    telling, _ = ZoekTelling.objects.get_or_create(site_id=site_id, zoekterm=zoekterm[:255],
                                                   datum=timezone.localdate())
    ZoekTelling.objects.filter(pk=telling.pk).update(
        aantal=F("aantal") + 1,
        zonder_resultaat=F("zonder_resultaat") + (1 if aantal_resultaten == 0 else 0),
        weinig_resultaat=F("weinig_resultaat") + (1 if 0 < aantal_resultaten <= WEINIG_RESULTATEN else 0),
    )


def promoties(q):
    """The editors' promoted results for this query (matched like Wagtail's query log matches), kept
    per content version: saving or deleting a promotion bumps it (leefmee.paginacache)."""
    sleutel = normalise_query_string(q)
    return bewaard("zoekpromoties", sleutel, lambda: list(
        SearchPromotion.objects.filter(query__query_string=sleutel).select_related("page").order_by("sort_order")[:3]),
        kopieer=list, hoogstens=MAX_BEWAARDE_ZOEKVRAGEN)


def registreer(q, kaart, pagina):
    """Log the search in the background: a resident never waits for the bookkeeping, and a task
    queue that is down costs a log line, not the search page."""
    from .regio import site_van
    from .tasks import registreer_zoekvraag

    try:
        registreer_zoekvraag.enqueue(q, site_van(kaart), pagina.paginator.count, pagina.number == 1)
    except Exception:  # noqa: BLE001
        logger.exception("Search not logged: the task could not be queued")


def zoek(request, kaart, kaart_url, filters, locale, meldingen):
    """Everything the search page needs."""
    q = zoekterm(request, meldingen)
    selectie = Selectie(filters, locale, SOORTEN.keys(), onder=kaart)
    if q:
        selectie = selectie.beperkt_tot(treffers_op_kaart(q, locale, kaart, selectie))
    pagina = pagineer(request, resultaten(selectie, kaart, kaart_url))
    context = {
        "q": q,
        "resultaten": pagina,
        "facetten": facetten_bewaard(selectie, q, kaart),
        "promoties": [],
    }
    if q:
        registreer(q, kaart, pagina)
        if pagina.number == 1:
            context["promoties"] = promoties(q)
    return context
