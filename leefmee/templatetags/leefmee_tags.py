"""Template tags for the site shell: navigation, language switcher and hreflang links."""

from django import template
from django.utils import translation
from wagtail.models import Locale, Page, Site

from leefmee.versiecache import bewaard

register = template.Library()


def _home_page(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    page = context.get("page")
    locale_id = page.locale_id if isinstance(page, Page) else Locale.get_active().pk
    root = site.root_page
    if root.locale_id == locale_id:
        return root
    return bewaard("startpagina", (root.pk, locale_id), lambda: root.get_translation_or_none(locale_id)) or root


@register.simple_tag(takes_context=True)
def startpagina(context):
    """The home page in the reader's language (or the Dutch one)."""
    return _home_page(context)


@register.inclusion_tag("includes/hoofdmenu.html", takes_context=True)
def hoofdmenu(context):
    home = _home_page(context)
    # The same on every page of a site and language: from process memory (shared, read-only).
    items = bewaard("hoofdmenu", home.pk, lambda: list(home.get_children().live().in_menu().specific(defer=True)),
                    kopieer=list) if home else []
    current = context.get("page")
    return {"home": home, "items": items, "current": current, "request": context.get("request")}


@register.inclusion_tag("includes/voetmenu.html", takes_context=True)
def voetmenu(context):
    """The home page's other live sections (not in the main menu): agenda, privacy, ... in the footer,
    so every page of the site can be reached by clicking. Editors choose with "Toon in menu's"."""
    home = _home_page(context)
    items = bewaard("voetmenu", home.pk, lambda: list(home.get_children().live().filter(show_in_menus=False)
                                                      .specific(defer=True)), kopieer=list) if home else []
    return {"items": items, "current": context.get("page"), "request": context.get("request")}


def _vertalingen(context):
    """(locale, url, is_current) for every live translation of the current page (once per request:
    the language switcher and the hreflang links both need it)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk:
        home = _home_page(context)
        if home is None:
            return []
        page = home
    bewaard = getattr(request, "_leefmee_vertalingen", None) if request is not None else None
    if bewaard is not None and bewaard[0] == (page.pk, translation.get_language()):
        return bewaard[1]
    result = _zoek_vertalingen(page, request)
    if request is not None:
        request._leefmee_vertalingen = ((page.pk, translation.get_language()), result)
    return result


def _live_vertalingen(page):
    # Translations change only by publishing, which makes this fresh (leefmee.versiecache).
    return bewaard("vertalingen", page.pk, lambda: list(
        page.get_translations(inclusive=True).live().select_related("locale").order_by("locale_id")), kopieer=list)


def _zoek_vertalingen(page, request):
    current_code = translation.get_language()
    result = []
    for other in _live_vertalingen(page):
        url = other.get_url(request)
        if url:
            code = other.locale.language_code
            result.append({"code": code, "naam": other.locale.get_display_name(), "url": url,
                           "huidig": code == current_code, "vertaling": other})
    return result


@register.inclusion_tag("includes/taalkeuze.html", takes_context=True)
def taalkeuze(context):
    talen = _vertalingen(context)
    return {"talen": talen if len(talen) > 1 else []}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    talen = _vertalingen(context)
    if len(talen) < 2:
        return {"talen": []}
    return {"talen": [{**t, "url": request.build_absolute_uri(t["url"])} for t in talen]}


@register.inclusion_tag("includes/vertaalmelding.html", takes_context=True)
def vertaalmelding(context):
    """'This page has not been translated yet' (or 'may be out of date') in the reader's language."""
    from leefmee.vertaling import Vertaalstatus, vertaalstatus

    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return {"status": None}
    status = vertaalstatus(page)
    return {"status": status.value if status in (Vertaalstatus.NIET_VERTAALD, Vertaalstatus.VEROUDERD) else None}
