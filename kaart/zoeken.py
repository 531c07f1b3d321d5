"""Search over organisations, offerings, activities and vacancies, combined with the facets.

Wagtail search (database backend) ranks the hits; the best `MAX_TREFFERS` are then narrowed by the
facets with ordinary queries, so the number of queries stays the same whatever the data.
"""

import logging
import re

from django.core.paginator import Paginator
from django.db import connection
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

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


def gerangschikte_ids(q, locale):
    """Ids of the best-ranked live pages of the four types in `locale` for query `q`.

    PostgreSQL ranks in the same query (ts_rank). Wagtail's SQLite backend scores every match with a
    correlated FTS subquery, which takes seconds with thousands of matches; there we let Wagtail
    find the matches unordered and rank them here: more query words in the title first.
    """
    q = zoekwoorden(q)
    if not q:
        return []
    relevantie = connection.vendor != "sqlite"
    basis = Page.objects.live().filter(locale=locale).type(*SOORTEN.values()).only("id", "title")
    paginas = list(basis.search(q, operator="and", order_by_relevance=relevantie)[:MAX_TREFFERS])
    if not paginas:  # all words gave nothing: try any word
        paginas = list(basis.search(q, operator="or", order_by_relevance=relevantie)[:MAX_TREFFERS])
    if not relevantie:
        woorden = q.split()

        def score(page):
            titel = page.title.lower()
            return (-sum(w in titel for w in woorden), titel)

        paginas.sort(key=score)
    return [p.pk for p in paginas]


def soort_van(page):
    for soort, model in SOORTEN.items():
        if isinstance(page, model):
            return soort
    return ""


def resultaten(selectie, kaart, kaart_url, rang=None):
    """Results for the paginator: ordered by title, or by search rank. Only the visible page's items
    are fetched as specific pages."""
    qs = Page.objects.filter(selectie.page_ids_q())
    if rang is None:
        return ResultatenLijst(qs.order_by("title", "pk"), kaart, kaart_url)
    positie = {pk: i for i, pk in enumerate(rang)}
    ids = sorted(qs.values_list("pk", flat=True), key=lambda pk: positie.get(pk, len(positie)))
    return ResultatenLijst(ids, kaart, kaart_url)


class ResultatenLijst:
    """A queryset, or a list of ranked ids, that the paginator can count and slice."""

    def __init__(self, bron, kaart, kaart_url):
        self.bron, self.kaart, self.kaart_url = bron, kaart, kaart_url

    def count(self):
        return len(self.bron) if isinstance(self.bron, list) else self.bron.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, sleutel):
        deel = self.bron[sleutel]
        if isinstance(deel, list):
            per_id = {p.pk: p for p in Page.objects.filter(pk__in=deel).specific()}
            deel = [per_id[pk] for pk in deel if pk in per_id]
        else:
            deel = list(deel.specific())
        for page in deel:
            page.soort = soort_van(page)
            page.soort_label = SOORT_LABELS[page.soort]() if page.soort else ""
            page.relatieve_url = relatieve_url(page.url_path, self.kaart, self.kaart_url)
        return deel


def log_zoekvraag(q):
    """Wagtail's query logging: editors see what people search for, and can promote results."""
    query = Query.get(q)
    query.add_hit()
    return query


WEINIG_RESULTATEN = 3


def tel_zoekvraag(zoekterm, site_id, aantal_resultaten):
    """Per site, query and day: how often, and how often with no or few results (aggregates only)."""
    import datetime as dt

    from django.db.models import F
    from django.utils import timezone

    from .models import ZoekTelling

    if site_id is None:
        return
    telling, _ = ZoekTelling.objects.get_or_create(site_id=site_id, zoekterm=zoekterm[:255],
                                                   datum=timezone.localdate() or dt.date.today())
    ZoekTelling.objects.filter(pk=telling.pk).update(
        aantal=F("aantal") + 1,
        zonder_resultaat=F("zonder_resultaat") + (1 if aantal_resultaten == 0 else 0),
        weinig_resultaat=F("weinig_resultaat") + (1 if 0 < aantal_resultaten <= WEINIG_RESULTATEN else 0),
    )


def promoties(q):
    """The editors' promoted results for this query (matched like Wagtail's query log matches)."""
    return list(SearchPromotion.objects.filter(query__query_string=normalise_query_string(q))
                .select_related("page").order_by("sort_order")[:3])


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
    rang = gerangschikte_ids(q, locale) if q else None
    selectie = Selectie(filters, locale, SOORTEN.keys(), ids=rang, onder=kaart)
    pagina = pagineer(request, resultaten(selectie, kaart, kaart_url, rang))
    context = {
        "q": q,
        "resultaten": pagina,
        "facetten": selectie.facetten(ZOEK_FACETTEN),
        "promoties": [],
    }
    if q:
        registreer(q, kaart, pagina)
        if pagina.number == 1:
            context["promoties"] = promoties(q)
    return context
