"""Embeds for partner websites: a light, JavaScript-free list of any filtered selection of the map.

`/insluiten/lijst/?dimensie=meedoen&doelgroep=jeugd&gratis=1&toon=aanbod&stijl=neutraal` renders live
on every request from the same filters as the map (kaart/filters.py), for the request's site
(regional pages included, see kaart/regio.py). It is the only view that may be framed: no
X-Frame-Options and `frame-ancestors *`. It sends no cookies (it never touches the session, the
user or the CSRF token) and is cacheable by anyone.

Editors and partners build the snippet in the admin ("Insluiten", `kaart/admin_insluiten.py`).
"""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from leefmee.tweestaps import zonder_sessie
from leefmee.vaste_rijen import actieve_locale

from .filters import SOORTEN, Filters, Selectie, Taxonomieen
from .models import KaartPage
from .regio import site_van_request
from .zoeken import ResultatenLijst, resultaten

MAX_ITEMS = 50
STANDAARD_ITEMS = 20
STIJLEN = ("site", "neutraal")
CACHE_SECONDEN = 300
# Filters an embed can carry (the yes/no and taxonomy filters of kaart/filters.py).
EMBED_PARAMS = ("dimensie", "vraag", "doelgroep", "gebied", "kenmerk", "soort", "gratis", "zonder_verwijzing")


def kaart_van_site(site, locale):
    """The live KaartPage of a site in the reader's locale (falls back to the site's own language)."""
    if site is None:
        return None
    bron = KaartPage.objects.live().descendant_of(site.root_page).first()
    if bron is None:
        return None
    if bron.locale_id == locale.pk:
        return bron
    return KaartPage.objects.live().filter(translation_key=bron.translation_key, locale=locale).first() or bron


def lees_opties(get):
    """(page types, number of items, style) from the query string; bad values fall back quietly."""
    toon = [s for s in (get.get("toon") or "aanbod").split(",") if s in SOORTEN] or ["aanbod"]
    try:
        aantal = min(max(int(get.get("aantal", STANDAARD_ITEMS)), 1), MAX_ITEMS)
    except (TypeError, ValueError):
        aantal = STANDAARD_ITEMS
    stijl = get.get("stijl") if get.get("stijl") in STIJLEN else "site"
    return toon, aantal, stijl


def geen_cookies(response):
    """Nothing in the response may depend on or set a cookie: it is shared by every visitor."""
    response.cookies.clear()
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip() and v.strip().lower() != "cookie"]
    if vary:
        response["Vary"] = ", ".join(vary)
    elif "Vary" in response:
        del response["Vary"]
    return response


@zonder_sessie
@xframe_options_exempt
@require_safe
def lijst(request):
    site = site_van_request(request)
    locale = actieve_locale()
    kaart = kaart_van_site(site, locale)
    toon, aantal, stijl = lees_opties(request.GET)
    if kaart is None:
        response = HttpResponse(_("Er is nog geen sociale kaart op deze site."), status=404,
                                content_type="text/plain; charset=utf-8")
    else:
        taxonomieen = Taxonomieen(kaart.locale, site=site)
        filters = Filters.uit_request(request, kaart.locale, taxonomieen)
        selectie = Selectie(filters, kaart.locale, toon, onder=kaart)
        kaart_url = kaart.get_full_url(request)
        lijst = resultaten(selectie, kaart, kaart_url)
        items = lijst[0:aantal] if isinstance(lijst, ResultatenLijst) else []
        params = filters.params()
        instellingen = None
        if stijl == "site":
            from leefmee.models import SiteInstellingen

            instellingen = SiteInstellingen.for_site(site)
        response = TemplateResponse(request, "kaart/insluiten_lijst.html", {
            "items": items, "totaal": lijst.count(), "filters": filters, "stijl": stijl,
            "instellingen": instellingen, "meer_url": f"{kaart_url}zoeken/?{urlencode(params)}",
            "lang": kaart.locale.language_code,
        })
        response.render()
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDEN}"
    # django-csp is not installed here; the one view that may be framed says so itself.
    response["Content-Security-Policy"] = ("frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'; "
                                           "img-src 'self'")
    return geen_cookies(response)


def embed_urls(site_url, kaart_url, params):
    """The iframe source and the plain fallback link for a selection (used by the admin builder)."""
    query = urlencode(params)
    filters_alleen = urlencode({k: v for k, v in params.items() if k in EMBED_PARAMS})
    return f"{site_url}/insluiten/lijst/?{query}", f"{kaart_url}zoeken/?{filters_alleen}"
