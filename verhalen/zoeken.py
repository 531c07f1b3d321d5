"""Search stories, blogs and articles, for the site search and the map's search page."""

import re

from wagtail.models import Page

MAX_ZOEKTERM = 200


def zoek_verhalen(query, locale, limit=10):
    """Live stories, blogs and articles in `locale` matching `query`, best match first, as specific
    pages. An empty query gives an empty list. Three queries at most (search + one per page type)."""
    from .models import ArtikelPage, BlogPage, VerhaalPage

    # Only words: punctuation is query syntax for SQLite FTS5 ('*', '"', ...) and would fail there.
    query = " ".join(re.findall(r"\w+", (query or "")[:MAX_ZOEKTERM]))
    if not query or limit <= 0:
        return []
    qs = Page.objects.live().type(VerhaalPage, BlogPage, ArtikelPage)
    if locale is not None:
        qs = qs.filter(locale=locale)
    ids = [p.pk for p in qs.search(query, operator="or")[:limit]]
    gevonden = {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}
    return [gevonden[pk] for pk in ids if pk in gevonden]
