"""The read-only HSDS 3.0 JSON API at /api/hsds/ (Open Referral paths, paginated `contents`).

Plain Django views returning JsonResponse: the HSDS shapes are not Django models, so DRF serializers
would only add a layer. CORS, caching and the per-IP rate limit are done for every /api/ path by
`kaart.opendata.middleware.OpenDataMiddleware`. Only live, public pages of the default locale.
"""

import datetime as dt
import uuid

from django.conf import settings
from django.db.models import Q
from django.http import JsonResponse
from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_naive, make_aware
from django.views.decorators.csrf import csrf_exempt

from kaart.models import Gebied, Kosten, OrganisatiePage
from kaart.regio import site_van_request, zichtbaar_q

from . import mapping as m
from .middleware import zoekwoorden

DEFAULT_PER_PAGE = 50


class FouteInvoer(Exception):
    """A bad query parameter: answered with 400 and a clear message."""


def fout(message, status=400):
    return JsonResponse({"error": message, "status": status}, status=status)


def _int_param(request, naam, standaard, minimum, maximum):
    waarde = request.GET.get(naam)
    if waarde in (None, ""):
        return standaard
    try:
        getal = int(waarde)
    except ValueError:
        raise FouteInvoer(f"'{naam}' moet een heel getal zijn, niet '{waarde[:40]}'.") from None
    return max(minimum, min(maximum, getal))


def _uuid_params(request, naam):
    result = []
    for waarde in request.GET.getlist(naam):
        for deel in waarde.split(","):
            try:
                result.append(str(uuid.UUID(deel.strip())))
            except ValueError:
                raise FouteInvoer(f"'{naam}' moet een UUID zijn, niet '{deel[:40]}'.") from None
    return result


def _modified_after(request):
    waarde = request.GET.get("modified_after")
    if not waarde:
        return None
    try:
        moment = parse_datetime(waarde)
        if moment is None:
            datum = dt.date.fromisoformat(waarde)
            moment = dt.datetime.combine(datum, dt.time.min)
    except ValueError:
        moment = None
    if moment is None:
        raise FouteInvoer(
            f"'modified_after' moet een datum en tijd zijn in ISO 8601, bijvoorbeeld "
            f"2026-01-31T12:00:00Z, niet '{waarde[:40]}'."
        )
    return make_aware(moment) if is_naive(moment) else moment


def pagineer(request, items, total, render):
    """HSDS page object. `items(offset, limit)` returns the rows; `render(rows)` the contents."""
    max_per_page = getattr(settings, "OPENDATA_MAX_PER_PAGE", 200)
    per_page = _int_param(request, "per_page", DEFAULT_PER_PAGE, 1, max_per_page)
    page = _int_param(request, "page", 1, 1, 1_000_000)
    total_pages = max(1, -(-total // per_page))
    offset = (page - 1) * per_page
    rows = items(offset, per_page) if offset < total else []
    contents = render(rows)
    return {
        "total_items": total, "total_pages": total_pages, "page_number": page, "size": len(contents),
        "first_page": page == 1, "last_page": page >= total_pages, "empty": not contents,
        "contents": contents,
    }


def niet_toegestaan(request):
    response = fout(f"Deze open data kun je alleen lezen (GET). '{request.method[:20]}' kan hier niet.", 405)
    response["Allow"] = "GET, HEAD, OPTIONS"
    return response


def api_view(view):
    """GET/HEAD only (others: 405 JSON); bad parameters -> 400 JSON; an id that is not a UUID -> 404 JSON.

    Our ids are UUIDs; HSDS's OpenAPI types `{id}` as a string, so any other string simply matches no
    object (404), like an unknown UUID."""

    @csrf_exempt  # read-only: a POST gets the JSON 405 below, not the CSRF page
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return niet_toegestaan(request)
        if "id" in kwargs:
            try:
                kwargs["id"] = str(uuid.UUID(kwargs["id"]))
            except ValueError:
                return fout("Dit id bestaat niet. Ids in deze open data zijn UUID's.", 404)
        try:
            return view(request, *args, **kwargs)
        except FouteInvoer as exc:
            return fout(str(exc))

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _filter_pages(request, qs, page_models, termen):
    """taxonomy_term_id (repeatable, all must match), service_area (gebied slug), modified_after, search.

    Always limited to the request's site: its own tree plus regional pages serving its areas."""
    qs = _per_site(request, qs, page_models)
    for term_id in _uuid_params(request, "taxonomy_term_id"):
        term = termen.by_id.get(term_id)
        if term is None:
            return qs.none()
        qs = qs.filter(m.link_filter(page_models, type(term.row), term.row.pk))
    gebied = request.GET.get("service_area") or request.GET.get("gebied")
    if gebied:
        rij = Gebied.objects.filter(locale=m.default_locale(), slug=gebied[:120]).first()
        if rij is None:
            return qs.none()
        qs = qs.filter(m.link_filter(page_models, Gebied, rij.pk))
    moment = _modified_after(request)
    if moment is not None:
        qs = qs.filter(last_published_at__gte=moment)
    zoek = request.GET.get("search", "")
    if zoek.strip():
        zoek = zoekwoorden(zoek)  # also done by the middleware; kept here for direct calls
        if not zoek:
            return qs.none()
        pks = set()
        for model in page_models:
            pks.update(r.pk for r in model.objects.live().search(zoek)[:1000])
        qs = qs.filter(pk__in=pks)
    return qs


def _per_site(request, qs, page_models):
    site = site_van_request(request)
    return qs.filter(zichtbaar_q(site, page_models)) if site is not None else qs


@csrf_exempt
def onbekend_pad(request, *args, **kwargs):
    """Any path under /api/hsds/ that HSDS does not define."""
    if request.method not in ("GET", "HEAD"):
        return niet_toegestaan(request)
    return fout("Dit pad bestaat niet in deze HSDS-API. Kijk op /api/hsds/ welke paden er zijn.", 404)


@api_view
def index(request):
    return JsonResponse({
        "version": m.HSDS_VERSION,
        "profile": "https://docs.openreferral.org/en/latest/hsds/",
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    })


# --- Services ---------------------------------------------------------------------------------
def _diensten_render(request, termen):
    def render(pks):
        return [m.dienst(page, org, termen, request) for page, org in m.laad_diensten(list(pks))]

    return render


@api_view
def services(request):
    termen = m.termen()
    qs = _filter_pages(request, m.diensten_queryset(), m.SERVICE_MODELS, termen)
    kosten = request.GET.get("kosten")
    if kosten:
        if kosten not in Kosten.values:
            raise FouteInvoer(f"'kosten' moet een van {', '.join(Kosten.values)} zijn.")
        qs = qs.filter(pk__in=[pk for model in m.SERVICE_MODELS
                               for pk in model.objects.filter(kosten=kosten).values_list("pk", flat=True)])
    org_ids = _uuid_params(request, "organization_id")
    if org_ids:
        paden = OrganisatiePage.objects.filter(translation_key__in=org_ids).values_list("path", flat=True)
        q = Q(pk__in=[])
        for pad in paden:
            q |= Q(path__startswith=pad, depth__gt=len(pad) // m.STEPLEN)
        qs = qs.filter(q)
    qs = qs.order_by("path")
    return JsonResponse(pagineer(
        request, lambda o, n: list(qs.values_list("pk", flat=True)[o:o + n]), qs.count(),
        _diensten_render(request, termen),
    ))


def _dienst_pk(id):
    qs = m.diensten_queryset().filter(translation_key=id)
    return qs.values_list("pk", flat=True).first()


@api_view
def service_detail(request, id):
    pk = _dienst_pk(id)
    if pk is None:
        return fout("Deze dienst bestaat niet of is niet openbaar.", 404)
    return JsonResponse(_diensten_render(request, m.termen())([pk])[0])


# --- Organisations ----------------------------------------------------------------------------
def _orgs_qs(request, termen):
    qs = OrganisatiePage.objects.filter(locale=m.default_locale()).live().public()
    return _filter_pages(request, qs, (OrganisatiePage,), termen).order_by("path")


@api_view
def organizations(request):
    termen = m.termen()
    qs = _orgs_qs(request, termen)

    def render(orgs):
        return [m.organisatie(org, termen, request) for org in orgs]

    return JsonResponse(pagineer(
        request, lambda o, n: list(qs.select_related("logo").prefetch_related(*m.ORGANISATIE_PREFETCH)[o:o + n]),
        qs.count(), render,
    ))


def volledige_organisatie(org, termen, request=None, live=True):
    """An organisation with its services nested (and their own locations)."""
    pks = list(m.diensten_queryset(live=live).child_of(org).order_by("path").values_list("pk", flat=True))
    diensten = [m.dienst(page, o, termen, request) for page, o in m.laad_diensten(pks)]
    eigen_locaties = [
        s["service_at_locations"][0]["location"] for s in diensten
        if s["service_at_locations"][0]["location_id"] != m.organisatie_locatie_id(str(org.translation_key))
    ]
    return m.organisatie(org, termen, request, diensten=diensten, sal_locaties=eigen_locaties)


@api_view
def organization_detail(request, id):
    org = (OrganisatiePage.objects.filter(locale=m.default_locale(), translation_key=id).live().public()
           .select_related("logo").prefetch_related(*m.ORGANISATIE_PREFETCH).first())
    if org is None:
        return fout("Deze organisatie bestaat niet of is niet openbaar.", 404)
    return JsonResponse(volledige_organisatie(org, m.termen(), request))


# --- Locations and service_at_locations ---------------------------------------------------------
def _locaties(request, termen):
    """Every organisation's location and every service's own location (physical address)."""
    orgs = list(_orgs_qs(request, termen).select_related("logo").prefetch_related("openingstijden"))
    result = []
    for org in orgs:
        org_id = str(org.translation_key)
        loc_id = m.organisatie_locatie_id(org_id)
        result.append(m.locatie(org, loc_id, org_id, m.openingstijden(org, loc_id)))
    diensten = _per_site(request, m.diensten_queryset(), m.SERVICE_MODELS)
    pks = list(diensten.order_by("path").values_list("pk", flat=True))
    for page, org in m.laad_diensten(pks):
        if page.heeft_adres:
            result.append(m.locatie(page, m.dienst_locatie_id(page, org), str(org.translation_key)))
    return result


@api_view
def locations(request):
    rows = _locaties(request, m.termen())
    return JsonResponse(pagineer(request, lambda o, n: rows[o:o + n], len(rows), list))


@api_view
def location_detail(request, id):
    for row in _locaties(request, m.termen()):
        if row["id"] == str(id):
            return JsonResponse(row)
    return fout("Deze locatie bestaat niet of is niet openbaar.", 404)


def _sal_render(request, termen):
    def render(pks):
        result = []
        for page, org in m.laad_diensten(list(pks)):
            s = m.dienst(page, org, termen, request)
            result.extend(s["service_at_locations"])
        return result

    return render


@api_view
def service_at_locations(request):
    termen = m.termen()
    qs = _filter_pages(request, m.diensten_queryset(), m.SERVICE_MODELS, termen).order_by("path")
    return JsonResponse(pagineer(
        request, lambda o, n: list(qs.values_list("pk", flat=True)[o:o + n]), qs.count(),
        _sal_render(request, termen),
    ))


@api_view
def service_at_location_detail(request, id):
    termen = m.termen()
    pks = list(m.diensten_queryset().order_by("path").values_list("pk", flat=True))
    for row in _sal_render(request, termen)(pks):
        if row["id"] == str(id):
            return JsonResponse(row)
    return fout("Deze dienst op locatie bestaat niet of is niet openbaar.", 404)


# --- Taxonomies -------------------------------------------------------------------------------
@api_view
def taxonomies(request):
    rows = m.taxonomieen()
    return JsonResponse(pagineer(request, lambda o, n: rows[o:o + n], len(rows), list))


@api_view
def taxonomy_detail(request, id):
    for row in m.taxonomieen():
        if row["id"] == str(id):
            return JsonResponse(row)
    return fout("Deze taxonomie bestaat niet.", 404)


@api_view
def taxonomy_terms(request):
    termen = m.termen()
    taxonomy_ids = _uuid_params(request, "taxonomy_id")
    rows = [t.as_hsds() for t in termen.terms()]
    if taxonomy_ids:
        rows = [r for r in rows if r["taxonomy_id"] in taxonomy_ids]
    parent = _uuid_params(request, "parent_id")
    if parent:
        rows = [r for r in rows if r.get("parent_id") in parent]
    if request.GET.get("top_only") in ("1", "true", "True"):
        rows = [r for r in rows if not r.get("parent_id")]
    return JsonResponse(pagineer(request, lambda o, n: rows[o:o + n], len(rows), list))


@api_view
def taxonomy_term_detail(request, id):
    term = m.termen().by_id.get(str(id))
    if term is None:
        return fout("Deze term bestaat niet.", 404)
    return JsonResponse(term.as_hsds())
