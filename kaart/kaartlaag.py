"""Map data: GeoJSON features of organisations and offerings, and the bbox parameter.

The results come from the facet index and the places of all pages from process memory (both per
content version); offerings without their own coordinates get their organisation's. One query,
for the offerings' dimensions.
"""

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from leefmee.versiecache import bewaard, gedeeld

from .agenda import relatieve_url
from .filters import SOORTEN, id_lijst, ouder_pad
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


def plaatsen(soort):
    """{pk: (title, url_path, korte_beschrijving, lat, lng)} of every page of `soort` with a place.

    Offerings without coordinates of their own get their organisation's. Kept in process memory per
    content version like the facet index: a map of the whole municipality is ~10,000 rows, and
    reading them by id every time was most of the GeoJSON's time on PostgreSQL.
    """
    def maak():
        organisaties = organisatie_coordinaten()
        rijen = {}
        velden = ("pk", "title", "url_path", "korte_beschrijving", "breedtegraad", "lengtegraad")
        for pk, titel, url_path, beschrijving, lat, lng, ouder in (
            SOORTEN[soort].objects.annotate(ouder=ouder_pad()).order_by().values_list(*velden, "ouder")
        ):
            if (lat is None or lng is None) and soort != "organisatie":
                lat, lng = organisaties.get(ouder, (None, None))
            if lat is not None and lng is not None:
                rijen[pk] = (titel, url_path, beschrijving, lat, lng)
        return rijen

    return bewaard("kaart_plaatsen", soort, maak, kopieer=gedeeld)


def _rijen(selectie, soort, bbox):
    """(pk, title, url_path, korte_beschrijving, lat, lng) of the results with a place on the map,
    in the order of the result list."""
    alle = plaatsen(soort)
    rijen = ((pk, *alle[pk]) for pk in selectie.geordende_ids(soort) if pk in alle)
    if bbox:
        return [rij for rij in rijen if _binnen(bbox, rij[4], rij[5])]
    return list(rijen)


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
