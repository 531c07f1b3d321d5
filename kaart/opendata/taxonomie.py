"""The taxonomy terms of the open data (HSDS `taxonomy`, `taxonomy_term`, `attribute`) and the stable
uuid5 ids of HSDS sub-objects; kaart/opendata/mapping.py builds the other objects with them."""

import uuid
from dataclasses import dataclass

from kaart.models import Dimensie, Doelgroep, Gebied, Kenmerk, Levensvraag
from leefmee.vaste_rijen import standaard_locale

# Fixed namespace for the uuid5 ids of LEEF MEE's HSDS sub-objects (never change it: ids would move).
NAMESPACE = uuid.UUID("6d1f3c9e-6a55-4c1e-9f0b-0c3f5a1e7b21")

# taxonomy key, snippet model, child relation on pages, FK name on the link row, HSDS taxonomy name
TAXONOMIEEN = [
    ("dimensies", Dimensie, "dimensie_koppelingen", "dimensie", "Positieve Gezondheid: dimensies"),
    ("levensvragen", Levensvraag, "vraag_koppelingen", "vraag", "Levensvragen"),
    ("doelgroepen", Doelgroep, "doelgroep_koppelingen", "doelgroep", "Doelgroepen"),
    ("kenmerken", Kenmerk, "kenmerk_koppelingen", "kenmerk", "Kenmerken"),
    ("gebieden", Gebied, "gebied_koppelingen", "gebied", "Gebieden"),
]
TAXONOMIE_OMSCHRIJVING = {
    "dimensies": "De zes dimensies van Positieve Gezondheid.",
    "levensvragen": "Vragen van bewoners in hun eigen woorden, per dimensie.",
    "doelgroepen": "Voor wie het aanbod bedoeld is.",
    "kenmerken": "Kenmerken van activiteiten, zoals eten, bewegen of creatief.",
    "gebieden": "Kernen en wijken van de gemeente.",
}


def sub_id(*parts):
    return str(uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts)))


def taxonomie_id(sleutel):
    return sub_id("taxonomy", sleutel)


def _zonder_leeg(data):
    """Drop empty optional values: HSDS validates formats (email, uri) on any string present."""
    return {k: v for k, v in data.items() if v not in (None, "", [])}


def default_locale():
    return standaard_locale()


# --- Taxonomy ---------------------------------------------------------------------------------
@dataclass
class Term:
    id: str
    code: str
    name: str
    description: str
    taxonomy: str
    parent_id: str | None = None

    def as_hsds(self):
        return _zonder_leeg({
            "id": self.id, "code": self.code, "name": self.name, "description": self.description or self.name,
            "parent_id": self.parent_id, "taxonomy": self.taxonomy, "taxonomy_id": taxonomie_id(self.taxonomy),
            "language": "nl",
        })


class TermIndex:
    """Every Dutch taxonomy row as an HSDS term, by (model, pk) and by id. One query per taxonomy."""

    def __init__(self):
        locale = default_locale()
        self.by_pk = {}
        self.by_id = {}
        self.by_code = {}
        dimensie_ids = {}
        for sleutel, model, *_rest in TAXONOMIEEN:
            for row in model.objects.filter(locale=locale):
                if model is Dimensie:
                    term = Term(str(row.translation_key), row.sleutel, row.bewonersnaam, row.uitleg, sleutel)
                    dimensie_ids[row.pk] = term.id
                elif model is Levensvraag:
                    term = Term(str(row.translation_key), row.slug, row.naam, row.toelichting, sleutel,
                                parent_id=None)
                    term.parent_pk = row.dimensie_id
                else:
                    term = Term(str(row.translation_key), row.slug, row.naam, "", sleutel)
                term.row = row
                self.by_pk[(model, row.pk)] = term
                self.by_id[term.id] = term
                self.by_code[(sleutel, term.code)] = term
        for term in self.by_id.values():
            if hasattr(term, "parent_pk"):
                term.parent_id = dimensie_ids.get(term.parent_pk)

    def terms(self, taxonomy=None):
        return [t for t in self.by_id.values() if taxonomy is None or t.taxonomy == taxonomy]


def taxonomieen():
    return [
        {"id": taxonomie_id(sleutel), "name": naam, "description": TAXONOMIE_OMSCHRIJVING[sleutel],
         "version": "1"}
        for sleutel, _m, _r, _f, naam in TAXONOMIEEN
    ]


def koppelingen(page):
    """(taxonomy key, snippet model, pk) of every taxonomy link on a page (prefetched rows)."""
    result = []
    for sleutel, model, relatie, veld, _naam in TAXONOMIEEN:
        if hasattr(page, relatie):
            for rij in getattr(page, relatie).all():
                result.append((sleutel, model, getattr(rij, f"{veld}_id")))
    return result


def attributen(page, link_id, link_entity, termen):
    result = []
    for _sleutel, model, pk in koppelingen(page):
        term = termen.by_pk.get((model, pk))
        if term is None:  # a link to a non-Dutch row: never expected, never fatal
            continue
        result.append({
            "id": sub_id(link_id, "attribute", term.id), "link_id": link_id, "taxonomy_term_id": term.id,
            "link_type": term.taxonomy, "link_entity": link_entity, "taxonomy_term": term.as_hsds(),
        })
    return result
