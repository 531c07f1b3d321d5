"""Fields of the directory pages in Wagtail's API v2 (`api_fields`), public fields only.

Never listed here: `contactpersoon_*` (internal contact for editors) and a vacancy's `contact_naam`
(a person's name). Taxonomy links come out as names and keys of the linked (Dutch) snippets.
Imported by the page models, so this module must not import them.
"""

from rest_framework import serializers
from wagtail.api import APIField


class KoppelingenField(serializers.Field):
    """A page's taxonomy link rows -> [{"naam": ..., "slug"/"sleutel": ...}] of the linked snippets."""

    def __init__(self, veld, **kwargs):
        self.veld = veld
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, rijen):
        result = []
        for rij in rijen.all():
            snippet = getattr(rij, self.veld)
            item = {"id": str(snippet.translation_key), "naam": str(snippet)}
            if hasattr(snippet, "sleutel"):
                item["sleutel"] = snippet.sleutel
            else:
                item["slug"] = snippet.slug
            result.append(item)
        return result


class MomentenField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, momenten):
        from kaart.herhaling import omschrijving

        return [
            {
                "herhaling": m.herhaling, "datum": m.datum.isoformat(),
                "tot_en_met": m.tot_en_met.isoformat() if m.tot_en_met else None,
                "begintijd": m.begintijd.strftime("%H:%M"),
                "eindtijd": m.eindtijd.strftime("%H:%M") if m.eindtijd else None,
                "omschrijving": omschrijving(m),
            }
            for m in momenten.all()
        ]


class OpeningstijdenField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, tijden):
        return [{"dag": t.dag, "dag_naam": str(t.get_dag_display()), "open": t.open.strftime("%H:%M"),
                 "dicht": t.dicht.strftime("%H:%M")} for t in tijden.all()]


def koppeling(relatie, veld):
    return APIField(relatie, serializer=KoppelingenField(veld))


LOCATIE = [APIField(n) for n in ("locatie_naam", "straat", "postcode", "plaats", "breedtegraad", "lengtegraad")]
BASIS = [APIField("korte_beschrijving"), APIField("laatst_gecontroleerd")]

ORGANISATIE = [
    *BASIS, APIField("soort"), APIField("beschrijving"), APIField("logo"), APIField("telefoon"),
    APIField("email"), APIField("website"), *LOCATIE,
    APIField("openingstijden", serializer=OpeningstijdenField()), APIField("openingstijden_toelichting"),
    koppeling("gebied_koppelingen", "gebied"),
]

_AANBOD_KOPPELINGEN = [
    koppeling("dimensie_koppelingen", "dimensie"), koppeling("vraag_koppelingen", "vraag"),
    koppeling("doelgroep_koppelingen", "doelgroep"), koppeling("gebied_koppelingen", "gebied"),
]

AANBOD = [
    *BASIS, APIField("wat_is_het"), APIField("voor_wie"), APIField("kosten"), APIField("kosten_toelichting"),
    APIField("aanmelden"), APIField("verwijzing_nodig"), APIField("verwijzing_waar"), APIField("telefoon"),
    APIField("email"), APIField("talen"), APIField("toegankelijkheid"), *LOCATIE, *_AANBOD_KOPPELINGEN,
]

ACTIVITEIT = [
    *BASIS, APIField("beschrijving"), APIField("momenten", serializer=MomentenField()), APIField("kosten"),
    APIField("kosten_toelichting"), APIField("aanmelden"), APIField("aanmeld_url"), APIField("max_deelnemers"),
    APIField("telefoon"), APIField("email"), *LOCATIE, *_AANBOD_KOPPELINGEN,
    koppeling("kenmerk_koppelingen", "kenmerk"),
]

VACATURE = [
    *BASIS, APIField("taak"), APIField("tijd"), APIField("wat_krijg_je"), APIField("telefoon"), APIField("email"),
    koppeling("dimensie_koppelingen", "dimensie"), koppeling("gebied_koppelingen", "gebied"),
    koppeling("kenmerk_koppelingen", "kenmerk"),
]
