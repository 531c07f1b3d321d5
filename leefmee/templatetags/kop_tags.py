"""What goes into <head> for search engines: a description on every page and the canonical URL."""

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page, Site

register = template.Library()

BESCHRIJVING_TEKENS = 160  # what search engines show of a description


def _tekst(waarde):
    return " ".join(strip_tags(str(waarde or "")).split())


@register.simple_tag(takes_context=True)
def metabeschrijving(context):
    """The page's search description; else its intro or short description; else the site's own line."""
    page = context.get("page")
    kandidaten = []
    if isinstance(page, Page):
        kandidaten += [getattr(page, naam, "") for naam in ("search_description", "intro", "korte_beschrijving")]
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        from leefmee.models import SiteInstellingen

        kandidaten.append(SiteInstellingen.for_site(site).partnerverklaring)
    for kandidaat in kandidaten:
        tekst = _tekst(kandidaat)
        if tekst:
            return Truncator(tekst).chars(BESCHRIJVING_TEKENS)
    return ""


@register.simple_tag(takes_context=True)
def canonieke_url(context):
    """This address on the site's own host, without the query string (filters and pages of a list are
    the same document to a search engine). An untranslated page (an alias) points to the Dutch original."""
    request = context.get("request")
    if request is None:
        return ""
    page = context.get("page")
    pad = request.path
    if isinstance(page, Page) and page.pk and page.alias_of_id:
        bron = Page.objects.filter(pk=page.alias_of_id).first()
        eigen = page.get_url(request)
        if bron is not None and eigen and pad.startswith(eigen):
            bron_url = bron.get_full_url(request)
            if bron_url:
                return bron_url + pad[len(eigen):]
    site = Site.find_for_request(request)
    basis = site.root_url if site else f"{request.scheme}://{request.get_host()}"
    return basis + pad
