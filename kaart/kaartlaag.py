"""Map data: GeoJSON features of organisations and offerings, and the bbox parameter.

Offerings without their own coordinates get their organisation's (from process memory, not one
query per page). One query per page type plus one for the offerings' dimensions.
"""

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from leefmee.versiecache import bewaard, gedeeld

from .agenda import relatieve_url
from .filters import id_lijst, ouder_pad
from .models import AanbodDimensie, OrganisatiePage

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


def organisatie_coordinaten():
    """{path: (lat, lng)} of every organisation with coordinates, from process memory.

    Offerings without coordinates of their own are shown at their organisation's. As a correlated
    subquery per row (twice: to filter and to select) that was most of the GeoJSON's database time
    on PostgreSQL; the organisations' places change only when content changes.
    """
    return bewaard("organisatie_coordinaten", None, lambda: {
        pad: (lat, lng) for pad, lat, lng in OrganisatiePage.objects.filter(
            breedtegraad__isnull=False, lengtegraad__isnull=False).values_list("path", "breedtegraad", "lengtegraad")
    }, kopieer=gedeeld)


def _binnen(bbox, lat, lng):
    minlng, minlat, maxlng, maxlat = bbox
    return minlat <= lat <= maxlat and minlng <= lng <= maxlng


def _rijen(selectie, soort, bbox):
    """(pk, title, url_path, korte_beschrijving, lat, lng) of the results with a place on the map,
    in the order of the result list."""
    positie = {pk: i for i, pk in enumerate(selectie.geordende_ids(soort))}
    qs = selectie.queryset(soort)
    velden = ("pk", "title", "url_path", "korte_beschrijving", "breedtegraad", "lengtegraad")
    if soort == "organisatie":
        qs = qs.filter(breedtegraad__isnull=False, lengtegraad__isnull=False)
        if bbox:
            minlng, minlat, maxlng, maxlat = bbox
            qs = qs.filter(breedtegraad__range=(minlat, maxlat), lengtegraad__range=(minlng, maxlng))
        return sorted(qs.values_list(*velden), key=lambda rij: positie[rij[0]])
    plaatsen = organisatie_coordinaten()
    rijen = []
    for pk, titel, url_path, beschrijving, lat, lng, ouder in qs.annotate(ouder=ouder_pad()).values_list(
        *velden, "ouder"
    ):
        if lat is None or lng is None:
            lat, lng = plaatsen.get(ouder, (None, None))
            if lat is None:
                continue
        if bbox and not _binnen(bbox, lat, lng):
            continue
        rijen.append((pk, titel, url_path, beschrijving, lat, lng))
    return sorted(rijen, key=lambda rij: positie[rij[0]])


def geojson_features(selectie, kaart, kaart_url, taxonomieen, bbox=None):
    features = []
    sleutels = {o.bron_id: o.waarde for o in taxonomieen.opties["dimensie"]}
    for soort in selectie.soorten:
        rijen = _rijen(selectie, soort, bbox)
        dimensies = {}
        if soort == "aanbod" and rijen:
            # For exactly these rows (one parameter), not by running the filters again as a subquery.
            links = AanbodDimensie.objects.filter(page_id__in=id_lijst([rij[0] for rij in rijen]))
            for page_id, dimensie_id in links.values_list("page_id", "dimensie_id").order_by("sort_order"):
                if dimensie_id in sleutels:
                    dimensies.setdefault(page_id, []).append(sleutels[dimensie_id])
        for pk, titel, url_path, beschrijving, lat, lng in rijen:
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(lng), float(lat)]},
                "properties": {
                    "id": pk, "soort": soort, "titel": titel, "beschrijving": beschrijving,
                    "url": relatieve_url(url_path, kaart, kaart_url),
                    "dimensies": dimensies.get(pk, []),
                },
            })
    return features
