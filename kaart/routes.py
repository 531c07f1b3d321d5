"""The views behind KaartPage's routes: start, dimension, question, search, map and its GeoJSON."""

import datetime as dt

from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from .verwant import verwante_inhoud

# KaartPage's route methods (kaart/models/kaart.py) call these functions through a late import.

DIMENSIE_FACETTEN = ["vraag", "doelgroep", "gebied", "gratis", "zonder_verwijzing"]
VRAAG_FACETTEN = ["doelgroep", "gebied", "gratis", "zonder_verwijzing"]
KAART_FACETTEN = ["dimensie", "doelgroep", "gebied", "soort", "gratis", "zonder_verwijzing", "open_nu"]


def _basis(pagina, request, vast=None):
    from .filters import Filters, Taxonomieen

    taxonomieen = Taxonomieen(pagina.locale, site=pagina)
    filters = Filters.uit_request(request, pagina.locale, taxonomieen, vast=vast)
    return taxonomieen, filters

def _binnenkort(pagina, filters, kaart_url, aantal=10):
    """The coming four weeks' activity dates matching the resident's filters, by day. Filters
    that say nothing about activities (no referral needed) are left out, not made to match none."""
    from .agenda import per_dag, voorkomens_van, vul_activiteiten
    from .filters import Filters, Selectie, geldt_voor

    waarden = {naam: waarde for naam, waarde in filters.waarden.items() if geldt_voor(naam, "activiteit")}
    selectie = Selectie(Filters(filters.taxonomieen, waarden), pagina.locale, ["activiteit"], onder=pagina)
    vandaag = timezone.localdate()
    items = voorkomens_van(selectie.id_set("activiteit"), vandaag, vandaag + dt.timedelta(weeks=4), limiet=aantal)
    return per_dag(vul_activiteiten(items, pagina, kaart_url))


def _render(pagina, request, template, context):
    context = {**pagina.get_context(request), "kaart_url": pagina.kaart_url(request), "q": None,
               "filter_links": [], **context}
    if "populaire_vragen" not in context:  # suggestions when nothing is found
        from .filters import Taxonomieen

        context["populaire_vragen"] = [o for o in Taxonomieen(pagina.locale, site=pagina).opties["vraag"]
                                       if o.bron.populair]
    if "filters" in context and not context["filter_links"]:
        context["filter_links"] = filter_weg_links(context["filters"], context["q"], vast=context.get("vast", ()))
    return TemplateResponse(request, template, context)

def start(pagina, request):
    from .filters import Taxonomieen

    taxonomieen = Taxonomieen(pagina.locale, site=pagina)
    kaart_url = pagina.kaart_url(request)
    dimensies = [o.extra for o in taxonomieen.opties["dimensie"]]
    for dimensie in dimensies:
        dimensie.url = f"{kaart_url}{dimensie.sleutel}/"
    populair = [o for o in taxonomieen.opties["vraag"] if o.bron.populair]
    return _render(pagina, request, "kaart/kaart_page.html", {
        "dimensies": dimensies, "populaire_vragen": populair, "zoek_url": f"{kaart_url}zoeken/",
    })

def zoeken(pagina, request):
    from .zoeken import zoek

    taxonomieen, filters = _basis(pagina, request)
    meldingen = list(filters.meldingen)
    context = zoek(request, pagina, pagina.kaart_url(request), filters, pagina.locale, meldingen)
    populair = [o for o in taxonomieen.opties["vraag"] if o.bron.populair]
    return _render(pagina, request, "kaart/zoeken.html", {
        **context, "filters": filters, "meldingen": meldingen, "populaire_vragen": populair,
        "filter_links": filter_weg_links(filters, context["q"]),
    })

def vraag(pagina, request, slug):
    from .filters import Filters, Selectie, Taxonomieen
    from .zoeken import pagineer, resultaten

    taxonomieen = Taxonomieen(pagina.locale, site=pagina)
    optie = taxonomieen.zoek("vraag", slug)
    if optie is None:
        raise Http404(_("Deze vraag bestaat niet."))
    filters = Filters.uit_request(request, pagina.locale, taxonomieen, vast={"vraag": optie})
    kaart_url = pagina.kaart_url(request)
    selectie = Selectie(filters, pagina.locale, ["aanbod"], onder=pagina)
    dimensie = taxonomieen.op_id("dimensie", optie.bron.dimensie_id)
    return _render(pagina, request, "kaart/vraag.html", {
        "vraag": optie.extra, "dimensie": dimensie.extra if dimensie else None,
        "filters": filters, "meldingen": filters.meldingen,
        "resultaten": pagineer(request, resultaten(selectie, pagina, kaart_url)),
        "facetten": selectie.facetten(VRAAG_FACETTEN), "vast": ["vraag"],
        "activiteiten": _binnenkort(pagina, filters, kaart_url),
        "verwant": verwante_inhoud(optie.extra, pagina.locale, site=Site.find_for_request(request)),
    })

def op_de_kaart(pagina, request):
    from django.conf import settings

    from .filters import Selectie
    from .kaartlaag import MAX_KAART_LIJST, dimensies_per_aanbod, feature, kaart_rijen
    from .zoeken import pagineer

    taxonomieen, filters = _basis(pagina, request)
    kaart_url = pagina.kaart_url(request)
    selectie = Selectie(filters, pagina.locale, ["organisatie", "aanbod"], onder=pagina)
    rijen = kaart_rijen(selectie)
    lijst = pagineer(request, rijen, MAX_KAART_LIJST)
    dimensies = dimensies_per_aanbod()
    lijst.object_list = [feature(soort, rij, pagina, kaart_url, dimensies) for soort, rij in lijst.object_list]
    query = request.GET.copy()
    query.pop("page", None)
    return _render(pagina, request, "kaart/op_de_kaart.html", {
        "filters": filters, "meldingen": filters.meldingen, "facetten": selectie.facetten(KAART_FACETTEN),
        "lijst": lijst, "aantal": len(rijen), "dimensies": [o.extra for o in taxonomieen.opties["dimensie"]],
        "geojson_url": f"{kaart_url}op-de-kaart/geojson/?{query.urlencode()}",
        "tegels_url": settings.LEEFMEE_KAART_TEGELS_URL, "tegels_attributie": settings.LEEFMEE_KAART_ATTRIBUTIE,
    })

def geojson(pagina, request):
    from .filters import Selectie
    from .kaartlaag import geojson_tekst, lees_bbox

    _taxonomieen, filters = _basis(pagina, request)
    bbox, fout = lees_bbox(request.GET.get("bbox"))
    if fout:
        return JsonResponse({"fout": fout}, status=400, json_dumps_params={"ensure_ascii": False})
    selectie = Selectie(filters, pagina.locale, ["organisatie", "aanbod"], onder=pagina)
    tekst = geojson_tekst(selectie, pagina, pagina.kaart_url(request), filters.meldingen, bbox=bbox)
    return HttpResponse(tekst, content_type="application/json")


def dimensie(pagina, request, sleutel):
    from .filters import Filters, Selectie, Taxonomieen
    from .zoeken import pagineer, resultaten

    taxonomieen = Taxonomieen(pagina.locale, site=pagina)
    optie = taxonomieen.zoek("dimensie", sleutel)
    if optie is None:  # the key is valid but the editors removed this dimension
        raise Http404(_("Dit onderwerp bestaat niet."))
    filters = Filters.uit_request(request, pagina.locale, taxonomieen, vast={"dimensie": optie})
    selectie = Selectie(filters, pagina.locale, ["aanbod"], onder=pagina)
    vragen = [o for o in taxonomieen.opties["vraag"] if o.bron.dimensie_id == optie.bron_id]
    return _render(pagina, request, "kaart/dimensie.html", {
        "dimensie": optie.extra, "vragen": vragen, "filters": filters, "meldingen": filters.meldingen,
        "resultaten": pagineer(request, resultaten(selectie, pagina, pagina.kaart_url(request))),
        "facetten": selectie.facetten(DIMENSIE_FACETTEN), "vast": ["dimensie"],
        "activiteiten": _binnenkort(pagina, filters, pagina.kaart_url(request)),
        "verwant": verwante_inhoud(optie.extra, pagina.locale, site=Site.find_for_request(request)),
    })


def filter_weg_links(filters, q, vast=()):
    """For empty results: one link per active filter that removes just that filter (not the page's own,
    `vast`: the dimension of a dimension page), and one that removes them all."""
    from django.utils.http import urlencode

    from .filters import FACET_LABELS

    links = []
    for naam, waarde in filters.waarden.items():
        if naam in vast:
            continue
        params = filters.params(zonder=[naam], vast=vast)
        if q:
            params["q"] = q
        label = FACET_LABELS[naam]() if waarde is True else f"{FACET_LABELS[naam]()}: {waarde.naam}"
        links.append({"label": label, "query": urlencode(params)})
    if len(links) > 1:
        links.append({"label": _("alle filters"), "query": urlencode({"q": q} if q else {})})
    return links
