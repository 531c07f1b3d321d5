"""Admin views of issue 13: the embed builder ("Insluiten") and the insight dashboard ("Inzicht")."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from leefmee.spreadsheet import veilige_rij
from leefmee.toegang import sites_van

from . import inzicht
from .filters import SOORTEN, Taxonomieen
from .insluiten import EMBED_PARAMS, STIJLEN, embed_urls, kaart_van_site

INZICHT_PERMISSIE = "kaart.bekijken_inzicht"


def gekozen_site(request, alleen_eigen=False):
    """The site picked in the admin (?site=<id>), else the one the admin is opened on.

    `alleen_eigen`: only the sites the user answers for (leefmee.toegang); an editor of one
    municipality never gets another's figures, whatever ?site= says.
    """
    if alleen_eigen:
        sites = sites_van(request.user)
    else:
        sites = list(Site.objects.select_related("root_page").order_by("-is_default_site", "site_name", "hostname"))
    gekozen = None
    ruw = request.GET.get("site", "")
    if ruw.isdigit():
        gekozen = next((s for s in sites if s.pk == int(ruw)), None)
    if gekozen is None:
        huidig = Site.find_for_request(request)
        gekozen = next((s for s in sites if huidig and s.pk == huidig.pk), sites[0] if sites else None)
    return gekozen, sites


def insluiten(request):
    """Build a selection with the map's own filters and copy the iframe snippet."""
    site, sites = gekozen_site(request)
    bron = Locale.get_default()
    taxonomieen = Taxonomieen(bron, site=site)
    keuzes = []
    params = {}
    if site is not None:
        params["site"] = str(site.pk)
    for naam in ("dimensie", "vraag", "doelgroep", "gebied", "kenmerk"):
        waarde = request.GET.get(naam, "")
        optie = taxonomieen.zoek(naam, waarde) if waarde else None
        if optie:
            params[naam] = optie.waarde
        keuzes.append({"naam": naam, "opties": taxonomieen.opties[naam], "gekozen": optie.waarde if optie else ""})
    for naam in ("gratis", "zonder_verwijzing"):
        if request.GET.get(naam) == "1":
            params[naam] = "1"
    toon = request.GET.get("toon") if request.GET.get("toon") in SOORTEN else "aanbod"
    stijl = request.GET.get("stijl") if request.GET.get("stijl") in STIJLEN else "site"
    params.update({"toon": toon, "stijl": stijl})
    snippet = iframe_src = link = ""
    kaart = kaart_van_site(site, bron)
    if kaart is not None:
        embed_params = {k: v for k, v in params.items() if k in EMBED_PARAMS or k in ("toon", "stijl")}
        iframe_src, link = embed_urls(site.root_url, kaart.get_full_url(request), embed_params)
        titel = _("Hulp en activiteiten uit de sociale kaart")
        snippet = (f'<iframe src="{escape(iframe_src)}" title="{escape(titel)}" width="100%" height="600" '
                   f'loading="lazy" style="border:1px solid #ccc">\n  <a href="{escape(link)}">{escape(titel)}</a>'
                   f'\n</iframe>')
    return render(request, "kaart/admin/insluiten.html", {
        "site": site, "sites": sites, "keuzes": keuzes, "params": params, "toon": toon, "stijl": stijl,
        "soorten": list(SOORTEN), "stijlen": STIJLEN, "snippet": snippet, "iframe_src": iframe_src, "link": link,
        "page_title": _("Insluiten"),
    })


def dashboard(request):
    if not request.user.has_perm(INZICHT_PERMISSIE):
        raise PermissionDenied
    site, sites = gekozen_site(request, alleen_eigen=True)
    if site is None:
        raise PermissionDenied
    if request.GET.get("formaat") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="inzicht-site-{site.pk}.csv"'
        writer = csv.writer(response)
        for rij in inzicht.csv_rijen(site):
            writer.writerow(veilige_rij(rij))
        return response
    context = {"site": site, "sites": sites, "page_title": _("Inzicht")}
    from wagtail.contrib.search_promotions.models import Query

    promotie_url = reverse("wagtailsearchpromotions:add")
    zoek = {dagen: inzicht.zoektermen(site, dagen) for dagen in (30, 90)}
    termen = {rij["zoekterm"] for rijen in zoek.values() for rij in rijen}
    # Wagtail's own query log has the query: its edit view opens with the query filled in.
    query_ids = dict(Query.objects.filter(query_string__in=termen).values_list("query_string", "pk"))
    for rijen in zoek.values():
        for rij in rijen:
            if rij["zoekterm"] in query_ids:
                rij["promoot_url"] = reverse("wagtailsearchpromotions:edit", args=[query_ids[rij["zoekterm"]]])
            else:
                rij["promoot_url"] = f"{promotie_url}?{urlencode({'query_string': rij['zoekterm']})}"
    recent, totaal, procent = inzicht.gecontroleerd(site)
    per_org, maanden = inzicht.contactverzoeken(site)
    context.update({
        "matrix": inzicht.matrix(site), "zoek30": zoek[30], "zoek90": zoek[90],
        "gecontroleerd": {"recent": recent, "totaal": totaal, "procent": procent},
        "contact": [(titel, [per_maand.get(m, 0) for m in maanden]) for titel, per_maand in per_org],
        "maanden": maanden, "csv_url": f"?{urlencode({'site': site.pk, 'formaat': 'csv'})}",
    })
    return render(request, "kaart/admin/inzicht.html", context)
