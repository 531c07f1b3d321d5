"""'Anderen lazen ook': other stories that share questions or dimensions with the one being read.

Counting shared links in SQL grouped every live story with its link rows on every story page
(20 ms on PostgreSQL at 2,000 stories, the page's slowest query). The links of all live stories
hardly change, so per content version (leefmee.versiecache) each worker keeps them per locale:
story id -> (translation key, date, dimension keys, question keys). Ranking is then a count over a
few thousand small sets; only the chosen stories are read from the database.
"""

from collections import defaultdict
from dataclasses import dataclass

from leefmee.versiecache import bewaard, gedeeld

from .models import VerhaalPage
from .models.koppelingen import VerhaalDimensie, VerhaalVraag


@dataclass(frozen=True)
class Verhaalsleutels:
    translation_key: object
    datum: object
    dimensies: frozenset  # translation keys of the linked dimensions
    vragen: frozenset  # translation keys of the linked questions


def _laad(locale_id):
    verhalen = {pk: (sleutel, datum) for pk, sleutel, datum in
                VerhaalPage.objects.live().filter(locale_id=locale_id).values_list("pk", "translation_key", "datum")}
    dimensies, vragen = defaultdict(set), defaultdict(set)
    for page_id, sleutel in (VerhaalDimensie.objects.filter(page__in=verhalen)
                             .values_list("page_id", "dimensie__translation_key")):
        dimensies[page_id].add(sleutel)
    for page_id, sleutel in (VerhaalVraag.objects.filter(page__in=verhalen)
                             .values_list("page_id", "vraag__translation_key")):
        vragen[page_id].add(sleutel)
    return {pk: Verhaalsleutels(sleutel, datum, frozenset(dimensies[pk]), frozenset(vragen[pk]))
            for pk, (sleutel, datum) in verhalen.items()}


def verhalen_met_sleutels(locale_id):
    """The live stories of a locale with their link keys, kept per content version."""
    return bewaard("verhaalsleutels", locale_id, lambda: _laad(locale_id), kopieer=gedeeld)


def anderen_lazen_ook(pagina, dimensie_sleutels, vraag_sleutels, limit=3):
    """Other live stories in the page's locale sharing questions or dimensions (translation keys),
    most shared first: a shared question weighs more than a shared dimension, then newest first.
    One query (the chosen stories) once the links are in memory."""
    dimensie_sleutels, vraag_sleutels = set(dimensie_sleutels), set(vraag_sleutels)
    if not dimensie_sleutels and not vraag_sleutels:
        return []
    kandidaten = []
    for pk, verhaal in verhalen_met_sleutels(pagina.locale_id).items():
        if verhaal.translation_key == pagina.translation_key:
            continue
        vragen, dimensies = len(verhaal.vragen & vraag_sleutels), len(verhaal.dimensies & dimensie_sleutels)
        if vragen or dimensies:
            kandidaten.append((vragen, dimensies, verhaal.datum, pk))
    gekozen = [pk for *_rang, pk in sorted(kandidaten, reverse=True)[:limit]]
    per_id = VerhaalPage.objects.live().in_bulk(gekozen)
    return [per_id[pk] for pk in gekozen if pk in per_id]
