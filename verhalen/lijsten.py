"""Story lists from process memory: the stories overview and 'Anderen lazen ook'.

Both used to group or sort every live story in SQL on each request: counting shared links for
'others also read' (20 ms on PostgreSQL at 2,000 stories), and sorting stories and blogs by a
coalesced date for the overview (5 ms, plus a count). Which stories are live, their dates and their
links hardly change, so per content version (leefmee.versiecache) each worker keeps them per
locale. A list is then filtered and sorted in memory; only the stories shown are read from the
database.
"""

from collections import defaultdict
from dataclasses import dataclass

from wagtail.models import Page

from leefmee.versiecache import bewaard, gedeeld
from leefmee.zichtbaarheid import zichtbaar

from .models import BlogPage, VerhaalPage
from .models.koppelingen import BlogDimensie, BlogVraag, VerhaalDimensie, VerhaalVraag

# page type -> (its dimension link rows, its question link rows)
KOPPELINGEN = {VerhaalPage: (VerhaalDimensie, VerhaalVraag), BlogPage: (BlogDimensie, BlogVraag)}


@dataclass(frozen=True)
class Verhaalsleutels:
    pk: int
    soort: type
    path: str
    translation_key: object
    datum: object
    dimensies: frozenset  # translation keys of the linked dimensions
    vragen: frozenset  # translation keys of the linked questions

    @property
    def nieuwste_eerst(self):
        return (self.datum, self.pk)


def _laad(locale_id):
    verhalen = []
    for model, (dimensie_model, vraag_model) in KOPPELINGEN.items():
        live = zichtbaar(model.objects.filter(locale_id=locale_id))
        rijen = list(live.values_list("pk", "path", "translation_key", "datum"))
        # A subquery, not thousands of ids as parameters.
        dimensies, vragen = defaultdict(set), defaultdict(set)
        for page_id, sleutel in dimensie_model.objects.filter(page__in=live.values("pk")).values_list(
                "page_id", "dimensie__translation_key"):
            dimensies[page_id].add(sleutel)
        for page_id, sleutel in vraag_model.objects.filter(page__in=live.values("pk")).values_list(
                "page_id", "vraag__translation_key"):
            vragen[page_id].add(sleutel)
        verhalen.extend(Verhaalsleutels(pk, model, path, sleutel, datum, frozenset(dimensies[pk]),
                                        frozenset(vragen[pk])) for pk, path, sleutel, datum in rijen)
    return tuple(sorted(verhalen, key=lambda v: v.nieuwste_eerst, reverse=True))


def verhalen_met_sleutels(locale_id):
    """The live stories and blogs of a locale with their link keys, newest first, per content version."""
    return bewaard("verhaalsleutels", locale_id, lambda: _laad(locale_id), kopieer=gedeeld)


def verhalen_onder(index, dimensie_sleutel=None, vraag_sleutel=None):
    """Ids of the live stories and blogs below `index`, newest first, linked to the dimension and
    the question (translation keys) when given. No queries once the links are in memory."""
    return [v.pk for v in verhalen_met_sleutels(index.locale_id)
            if v.path.startswith(index.path) and v.path != index.path
            and (dimensie_sleutel is None or dimensie_sleutel in v.dimensies)
            and (vraag_sleutel is None or vraag_sleutel in v.vragen)]


def anderen_lazen_ook(pagina, dimensie_sleutels, vraag_sleutels, limit=3):
    """Other live stories in the page's locale sharing questions or dimensions (translation keys),
    most shared first: a shared question weighs more than a shared dimension, then newest first.
    One query (the chosen stories) once the links are in memory."""
    dimensie_sleutels, vraag_sleutels = set(dimensie_sleutels), set(vraag_sleutels)
    if not dimensie_sleutels and not vraag_sleutels:
        return []
    kandidaten = []
    # Only stories of the same municipality: below the same home page (the depth-2 page of the tree).
    thuis = pagina.path[:2 * Page.steplen]
    for verhaal in verhalen_met_sleutels(pagina.locale_id):
        if verhaal.soort is not VerhaalPage or verhaal.translation_key == pagina.translation_key:
            continue
        if not verhaal.path.startswith(thuis):
            continue
        vragen, dimensies = len(verhaal.vragen & vraag_sleutels), len(verhaal.dimensies & dimensie_sleutels)
        if vragen or dimensies:
            kandidaten.append((vragen, dimensies, *verhaal.nieuwste_eerst))
    gekozen = [pk for *_rang, pk in sorted(kandidaten, reverse=True)[:limit]]
    per_id = VerhaalPage.objects.live().in_bulk(gekozen)
    return [per_id[pk] for pk in gekozen if pk in per_id]
