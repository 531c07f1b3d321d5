"""Dutch search words the same on SQLite and PostgreSQL: stems, compound words, linked questions, synonyms.

Wagtail's database search matches whole words (SQLite FTS5 does not stem Dutch at all), so a
resident who types 'eenzaam' misses 'eenzaamheid', 'rolstoel' misses 'rolstoeltoegankelijk' and
'mantelzorg' misses 'Mantelzorgsteunpunt'. This index adds, next to the backend's ranked hits:

- the pages whose title, short description or accessibility note holds a word with the same stem
  as the query word, a word that starts with it, or (a compound) contains it;
- the pages linked to a life question, dimension or target group whose name matches that way;
- the same for the synonyms editors keep in the admin (kaart.Zoekwoord: 'eenzaam' -> 'alleen').

Everything is kept in process memory per content version (leefmee.versiecache), like the facet index.
"""

from collections import defaultdict

from django.utils.html import strip_tags
from wagtail.models import Locale

from leefmee.versiecache import bewaard, gedeeld

from . import facetindex
from .facetindex import sorteersleutel
from .models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitDoelgroep,
    ActiviteitPage,
    ActiviteitVraag,
    Dimensie,
    Doelgroep,
    Levensvraag,
    OrganisatiePage,
    VacatureDimensie,
    VacaturePage,
    Zoekwoord,
)
from .models.zoekwoord import woorden_uit

# Dutch endings taken off a word before matching: 'schulden' -> 'schuld', 'mantelzorgers' -> 'mantelzorg'.
ACHTERVOEGSELS = ("heden", "heid", "ingen", "ing", "ers", "en", "er", "es", "e", "s")
MIN_STAM = 4  # shorter stems match too much ('zorg' in every 'verzorging' is fine, 'eet' is not)
MIN_DEEL = 5  # a stem found inside a compound word ('schuld' in 'schuldhulp')

PAGINA_TEKST = {
    OrganisatiePage: ("title", "korte_beschrijving"),
    AanbodPage: ("title", "korte_beschrijving", "toegankelijkheid"),
    ActiviteitPage: ("title", "korte_beschrijving"),
    VacaturePage: ("title", "korte_beschrijving"),
}
TERM_TEKST = {
    # Names only: a dimension's explanation ('... in je buurt') would make every offering in it match.
    Levensvraag: ("naam",),
    Dimensie: ("naam", "bewonersnaam"),
    Doelgroep: ("naam",),
}
# taxonomy -> the link tables from pages to it (see filters.KOPPELINGEN)
TERM_LINKS = {
    Levensvraag: ((AanbodVraag, "vraag"), (ActiviteitVraag, "vraag")),
    Dimensie: ((AanbodDimensie, "dimensie"), (ActiviteitDimensie, "dimensie"), (VacatureDimensie, "dimensie")),
    Doelgroep: ((AanbodDoelgroep, "doelgroep"), (ActiviteitDoelgroep, "doelgroep")),
}


def stam(woord):
    for achtervoegsel in ACHTERVOEGSELS:
        if woord.endswith(achtervoegsel) and len(woord) - len(achtervoegsel) >= MIN_STAM:
            return woord[: -len(achtervoegsel)]
    return woord


def _woorden_index(rijen):
    """{word: frozenset(ids)} from (id, text) rows."""
    per_woord = defaultdict(set)
    for pk, tekst in rijen:
        for woord in woorden_uit(strip_tags(tekst or "")):
            per_woord[woord].add(pk)
    return {woord: frozenset(ids) for woord, ids in per_woord.items()}


def _pagina_woorden(locale_id):
    def maak():
        rijen = []
        for model, velden in PAGINA_TEKST.items():
            for waarden in model.objects.live().filter(locale_id=locale_id).values_list("pk", *velden):
                rijen.append((waarden[0], " ".join(v or "" for v in waarden[1:])))
        return _woorden_index(rijen)

    return bewaard("woordindex_paginas", locale_id, maak, kopieer=gedeeld)


def _term_paginas(locale_id):
    """{word: frozenset(page ids)} through the taxonomy terms (Dutch and this locale's names)."""
    def maak():
        default = Locale.get_default()
        per_woord = defaultdict(set)
        for model, velden in TERM_TEKST.items():
            paginas_per_term = defaultdict(set)
            for link, fk in TERM_LINKS[model]:
                for term_id, ids in facetindex.koppelingen(link, fk).items():
                    paginas_per_term[term_id] |= ids
            bron_per_sleutel = dict(model.objects.filter(locale=default).values_list("translation_key", "pk"))
            rijen = model.objects.filter(locale_id__in={default.pk, locale_id}).values_list("translation_key", *velden)
            for sleutel, *teksten in rijen:
                paginas = paginas_per_term.get(bron_per_sleutel.get(sleutel), set())
                for woord in woorden_uit(" ".join(t or "" for t in teksten)):
                    per_woord[woord] |= paginas
        return {woord: frozenset(ids) for woord, ids in per_woord.items() if ids}

    return bewaard("woordindex_termen", locale_id, maak, kopieer=gedeeld)


def synoniemen():
    """{stem of a word: its synonyms} of the editors' list."""
    def maak():
        return {stam(z.woord): z.synoniemen() for z in Zoekwoord.objects.all()}

    return bewaard("zoekwoorden", None, maak, kopieer=gedeeld)


def _past(woord, zoekstam, kandidaat):
    """The same stem ('schulden', 'schuld'), a longer word ('eenzaam', 'eenzaamheid') or a compound
    holding the whole word ('mantelzorg', 'Mantelzorgsteunpunt'). Only the whole word is looked for
    inside others: the stem 'duin' of 'duinen' would find 'Duinwijk'."""
    return (kandidaat.startswith(woord) or stam(kandidaat) == zoekstam
            or (len(woord) >= MIN_DEEL and woord in kandidaat))


def _treffers_van(woord, indexen):
    zoekstam = stam(woord)
    ids = set()
    for index in indexen:
        for kandidaat, paginas in index.items():
            if _past(woord, zoekstam, kandidaat):
                ids |= paginas
    return ids


def treffers(woorden, locale, operator="and"):
    """frozenset of the page ids in `locale` matching the query words (already cleaned): each word
    (`and`) or any word (`or`), through its stem, compounds, linked terms or a synonym."""
    indexen = (_pagina_woorden(locale.pk), _term_paginas(locale.pk))
    lijst = synoniemen()
    per_woord = []
    for woord in woorden.split():
        ids = _treffers_van(woord, indexen)
        for synoniem in lijst.get(stam(woord), ()):
            ids |= _treffers_van(synoniem, indexen)
        per_woord.append(ids)
    if not per_woord:
        return frozenset()
    if operator == "and":
        return frozenset(set.intersection(*per_woord))
    return frozenset(set.union(*per_woord))


def op_titel(ids, locale):
    """The ids in alphabetical order of their title (from the facet index's sort keys)."""
    titels = {}
    for model in PAGINA_TEKST:
        titels.update(model.objects.filter(pk__in=ids).values_list("pk", "title"))
    return sorted(ids, key=lambda pk: sorteersleutel(titels.get(pk, "")))
