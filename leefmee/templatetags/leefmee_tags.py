"""Template tags for the site shell: navigation, language switcher and hreflang links."""

from django import template
from django.utils import translation
from wagtail.models import Page, Site

from leefmee.vaste_rijen import actieve_locale, standaard_locale
from leefmee.versiecache import bewaard, huidige_versie

register = template.Library()

FRAGMENT_SECONDEN = 24 * 3600  # a day at most: the content version makes a fragment stale much sooner


class Inhoudsversie:
    """For Django's {% cache %}: `versie` in the key, `versie.duur` as its time. When the content
    version cannot be read nothing may be kept (a change would not show): then the time is 0."""

    def __init__(self, nummer):
        self.nummer = nummer
        self.duur = FRAGMENT_SECONDEN if nummer is not None else 0

    def __str__(self):
        return str(self.nummer)


@register.simple_tag
def inhoudsversie():
    """{% inhoudsversie as versie %}{% cache versie.duur naam page.pk versie %}...{% endcache %}"""
    return Inhoudsversie(huidige_versie())


def _home_page(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    page = context.get("page")
    locale_id = page.locale_id if isinstance(page, Page) else actieve_locale().pk
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
    pages = _kinderen(home, "hoofdmenu", lambda qs: qs.in_menu()) if home else []
    current = context.get("page")
    items = [_menu_item(p, current) for p in pages]
    return {"home": home, "items": items, "current": current, "page": current, "request": context.get("request")}


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
    # Only real translations, as in the sitemap (leefmee/sitemap.py): an untranslated page (an alias
    # showing the Dutch text) is not an alternate language version, and addresses on the site's own host.
    talen = [t for t in _vertalingen(context) if t["vertaling"].alias_of_id is None]
    if len(talen) < 2:
        return {"talen": []}
    return {"talen": [{**t, "url": t["vertaling"].get_full_url(request)} for t in talen]}


@register.inclusion_tag("includes/vertaalmelding.html", takes_context=True)
def vertaalmelding(context):
    """'This page has not been translated yet' (or 'may be out of date') in the reader's language."""
    from leefmee.vertaling import Vertaalstatus, vertaalstatus

    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return {"status": None}
    status = vertaalstatus(page)
    return {"status": status.value if status in (Vertaalstatus.NIET_VERTAALD, Vertaalstatus.VEROUDERD) else None}


# --- Menu, footer and breadcrumbs: one label per page everywhere ----------------------------------
def menu_label(page):
    """(label, lang) of a page in the menu, footer and breadcrumbs.

    A translated page has its editors' title. An untranslated page (an alias of the Dutch one) has a
    Dutch title: it is named with the interface's label for its kind (`menu_label` on the page class,
    translated in locale/) when there is one, else with its Dutch title marked as Dutch (`lang`).
    """
    if page.alias_of_id is None:
        return page.title, None
    klasse = page.specific_class
    specifiek = page if klasse is None or isinstance(page, klasse) else page.specific_deferred
    vast = getattr(specifiek, "menu_label", None)
    if vast:
        return str(vast), None
    return page.title, translation.get_supported_language_variant(standaard_locale().language_code)


def _menu_item(page, current=None, url=None):
    label, lang = menu_label(page)
    return {"page": page, "url": url or page.get_url(), "label": label, "lang": lang,
            "huidig": current is not None and current.pk == page.pk}


def _kinderen(home, sleutel, filter_):
    return bewaard(sleutel, home.pk, lambda: list(filter_(home.get_children().live()).specific(defer=True)),
                   kopieer=list)


@register.inclusion_tag("includes/voetmenu.html", takes_context=True)
def voetmenu(context):
    """The footer: every section of the site (also those not in the header menu, like the agenda and
    the magazine archive) and the pages about the site itself (contact, privacy, accessibility)."""
    home = _home_page(context)
    if home is None:
        return {}
    from django.contrib.contenttypes.models import ContentType

    # Django keeps content types in memory once read: no query per request.
    over_type = ContentType.objects.get_by_natural_key("home", "standardpage").pk
    kinderen = _kinderen(home, "voetmenu", lambda qs: qs.public())
    over = [_menu_item(p) for p in kinderen if p.content_type_id == over_type]
    secties = [_menu_item(p) for p in kinderen if p.content_type_id != over_type]
    return {"secties": secties, "over": over, "settings": context.get("settings"), "request": context.get("request")}


@register.inclusion_tag("includes/kruimelpad.html", takes_context=True)
def kruimelpad(context, huidig=None, via_url=None, via_label=None):
    """Start › … › this page. On a route of a page (a dimension of the map), `huidig` names the route
    and the page itself becomes a link; `via_*` adds one step between (the question's dimension)."""
    page = context.get("page")
    home = _home_page(context)
    if not isinstance(page, Page) or not page.pk or home is None or (page.pk == home.pk and not huidig):
        return {}
    if hasattr(page, "kruimelpad"):
        voorouders = page.kruimelpad()
    else:  # the ancestors routing read already (leefmee/routering.py), else one query
        voorouders = getattr(page, "route_voorouders", None)
        if voorouders is None:
            voorouders = list(Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("path"))
    voorouders = [p for p in voorouders if p.depth >= home.depth]
    if huidig:
        voorouders.append(page)
    kruimels = []
    for p in voorouders:
        if p.pk == home.pk:
            kruimels.append({"url": p.get_url(context.get("request")), "label": translation.gettext("Start")})
        else:
            kruimels.append(_menu_item(p, url=p.get_url(context.get("request"))))
    if via_url:
        kruimels.append({"url": via_url, "label": via_label})
    if huidig:
        return {"kruimels": kruimels, "huidig": huidig}
    label, lang = menu_label(page) if page.depth == home.depth + 1 else (page.title, None)
    return {"kruimels": kruimels, "huidig": label, "huidig_lang": lang}


@register.simple_tag(takes_context=True)
def bron_taal(context):
    """The language code of the page's text when it is not the reader's: an untranslated page (an
    alias) shows the Dutch text, which must say so (`lang`, and left-to-right inside Arabic pages)
    so screen readers pronounce it right and punctuation stays in place. Section pages (the map,
    the agenda, the story index: pages with an interface `menu_label`) are mostly interface text
    in the reader's language, so they are not marked as a whole."""
    from django.utils.functional import Promise

    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or page.alias_of_id is None:
        return ""
    if isinstance(getattr(page.specific_class, "menu_label", None), Promise):
        return ""
    return translation.get_supported_language_variant(standaard_locale().language_code)
