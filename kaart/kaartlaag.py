"""Map data: GeoJSON features of organisations and offerings, and the bbox parameter.

Offerings without their own coordinates get their organisation's (one SQL subquery, not one query
per page). One query per page type plus one for the offerings' dimensions.
"""

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from .agenda import relatieve_url
from .filters import coordinaten_annotaties, ouder_pad
from .models import AanbodDimensie

MAX_KAART_LIJST = 50


def lees_bbox(ruw):
    """(minlng, minlat, maxlng, maxlat) or None, and an error message in Dutch for a malformed bbox."""
    if not ruw:
        return None, None
    delen = ruw.split(",")
    fout = _("De kaartuitsnede (bbox) klopt niet. Gebruik vier getallen: minlng,minlat,maxlng,maxlat.")
    if len(delen) != 4 or len(ruw) > 200:
        return None, fout
    try:
        minlng, minlat, maxlng, maxlat = (Decimal(d.strip()) for d in delen)
    except InvalidOperation:
        return None, fout
    if not all(d.is_finite() for d in (minlng, minlat, maxlng, maxlat)):
        return None, fout
    if not (-180 <= minlng <= maxlng <= 180 and -90 <= minlat <= maxlat <= 90):
        return None, fout
    return (minlng, minlat, maxlng, maxlat), None


def geojson_features(selectie, kaart, kaart_url, taxonomieen, bbox=None):
    features = []
    sleutels = {o.bron_id: o.waarde for o in taxonomieen.opties["dimensie"]}
    for soort in selectie.soorten:
        qs = selectie.queryset(soort)
        if soort == "organisatie":
            qs = qs.filter(breedtegraad__isnull=False, lengtegraad__isnull=False)
            lat, lng = "breedtegraad", "lengtegraad"
        else:
            qs = qs.annotate(ouder_pad=ouder_pad()).annotate(**coordinaten_annotaties())
            qs = qs.filter(lat__isnull=False, lng__isnull=False)
            lat, lng = "lat", "lng"
        if bbox:
            minlng, minlat, maxlng, maxlat = bbox
            qs = qs.filter(**{f"{lat}__gte": minlat, f"{lat}__lte": maxlat, f"{lng}__gte": minlng,
                              f"{lng}__lte": maxlng})
        dimensies = {}
        if soort == "aanbod":
            for page_id, dimensie_id in AanbodDimensie.objects.filter(page_id__in=qs.values("pk")).values_list(
                "page_id", "dimensie_id"
            ).order_by("sort_order"):
                if dimensie_id in sleutels:
                    dimensies.setdefault(page_id, []).append(sleutels[dimensie_id])
        for rij in qs.order_by("title", "pk").values("pk", "title", "url_path", "korte_beschrijving", lat, lng):
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(rij[lng]), float(rij[lat])]},
                "properties": {
                    "id": rij["pk"], "soort": soort, "titel": rij["title"],
                    "beschrijving": rij["korte_beschrijving"],
                    "url": relatieve_url(rij["url_path"], kaart, kaart_url),
                    "dimensies": dimensies.get(rij["pk"], []),
                },
            })
    return features
