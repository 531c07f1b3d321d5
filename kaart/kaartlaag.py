"""Map data: GeoJSON features of organisations and offerings, and the bbox parameter.

The results come from the facet index and the places of all pages from process memory (both per
content version); offerings without their own coordinates get their organisation's. No query per
request once loaded, whatever the number of features.
"""

import json
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from leefmee.versiecache import bewaard, gedeeld

from .agenda import relatieve_url
from .filters import SOORTEN, ouder_pad
from .models import AanbodDimensie, Dimensie, OrganisatiePage

MAX_KAART_LIJST = 50
MAX_KAART_URLS = 8  # host names x languages whose feature texts are kept


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
                rijen[pk] = (titel, url_path, beschrijving, float(lat), float(lng))  # floats compare fast
        return rijen

    return bewaard("kaart_plaatsen", soort, maak, kopieer=gedeeld)


def _rijen(selectie, soort, bbox):
    """(pk, title, url_path, korte_beschrijving, lat, lng) of the results with a place on the map,
    in the order of the result list."""
    alle = plaatsen(soort)
    rijen = ((pk, *alle[pk]) for pk in selectie.geordende_ids(soort) if pk in alle)
    if bbox:
        bbox = tuple(float(grens) for grens in bbox)
        return [rij for rij in rijen if _binnen(bbox, rij[4], rij[5])]
    return list(rijen)


def kaart_rijen(selectie, bbox=None):
    """[(soort, row)] of the selection's results with a place on the map (see _rijen)."""
    return [(soort, rij) for soort in selectie.soorten for rij in _rijen(selectie, soort, bbox)]


def dimensies_per_aanbod():
    """{offering id: [dimension keys]} in the editors' order, per content version."""
    def maak():
        sleutels = dict(Dimensie.objects.values_list("pk", "sleutel"))
        per_aanbod = {}
        for page_id, dimensie_id in AanbodDimensie.objects.order_by("page_id", "sort_order", "pk").values_list(
            "page_id", "dimensie_id"
        ):
            if dimensie_id in sleutels:
                per_aanbod.setdefault(page_id, []).append(sleutels[dimensie_id])
        return per_aanbod

    return bewaard("kaart_dimensies_per_aanbod", None, maak, kopieer=gedeeld)


def feature(soort, rij, kaart, kaart_url, dimensies):
    """One GeoJSON feature (a dict) of a row of _rijen; `dimensies`: dimensies_per_aanbod()."""
    pk, titel, url_path, beschrijving, lat, lng = rij
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [float(lng), float(lat)]},
        "properties": {
            "id": pk, "soort": soort, "titel": titel, "beschrijving": beschrijving,
            "url": relatieve_url(url_path, kaart, kaart_url),
            "dimensies": dimensies.get(pk, []) if soort == "aanbod" else [],
        },
    }


def geojson_tekst(selectie, kaart, kaart_url, meldingen, bbox=None):
    """The whole FeatureCollection as JSON text, from each feature's JSON kept per content version.

    A map of a whole municipality is thousands of features: building and encoding them was most of
    the endpoint's time. A feature depends only on content and on the map's URL, so its text is
    kept (made when first asked for) for the few map URLs in use.
    """
    teksten = bewaard("kaart_feature_teksten", (kaart.pk, kaart_url), dict, kopieer=gedeeld,
                      hoogstens=MAX_KAART_URLS)
    delen, dimensies = [], None
    for soort, rij in kaart_rijen(selectie, bbox):
        tekst = teksten.get(rij[0])
        if tekst is None:
            dimensies = dimensies if dimensies is not None else dimensies_per_aanbod()
            tekst = teksten[rij[0]] = json.dumps(feature(soort, rij, kaart, kaart_url, dimensies), ensure_ascii=False)
        delen.append(tekst)
    return ('{"type": "FeatureCollection", "features": [' + ", ".join(delen) + '], "meldingen": '
            + json.dumps([str(m) for m in meldingen], ensure_ascii=False) + "}")
