"""The locale and the site of a request, and whether any page is restricted, from process memory
(leefmee.versiecache), not a query each.

Wagtail looks the active locale up by language code several times per page (routing, the
language check, the translation notice) and the site once, then loads its root page. Both are
the same for every request to a host in a language; the content version makes them fresh again
after any change to locales, sites or a published page.
"""

import copy

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.i18n import LocaleManager

from .versiecache import bewaard, gedeeld


def locale_voor_taal(manager, language_code):
    """Replaces LocaleManager.get_for_language: the same answers and errors, from memory."""
    code = get_supported_content_language_variant(language_code)  # LookupError as before
    locale = bewaard("locale", code, lambda: manager.filter(language_code=code).first())
    if locale is None:
        raise Locale.DoesNotExist(f"Locale matching query does not exist: {code}")
    return locale


def _kopie_van_site(site):
    # The root page travels with the site; each request gets its own copies of both.
    if site is None:  # no site for this host and no default site
        return None
    kopie = copy.copy(site)
    kopie.root_page = copy.copy(site.root_page)
    return kopie


def _zoek_site(request):
    site = _wagtail_find_for_request(request)
    if site is not None:
        # Routing starts at the root page's specific instance: keep that, not the bare Page.
        site.root_page = site.root_page.specific
    return site


def site_voor_request(request):
    """Replaces Site._find_for_request (Wagtail keeps the answer on request._wagtail_site)."""
    sleutel = (request._get_raw_host()[:253], request.get_port())
    return bewaard("site", sleutel, lambda: _zoek_site(request), kopieer=_kopie_van_site)


_wagtail_find_for_request = Site._find_for_request
_wagtail_get_view_restrictions = Page.get_view_restrictions


def afgeschermde_paden():
    """The tree paths of the pages with a view restriction (login, password, groups)."""
    return bewaard("afgeschermde_paden", None,
                   lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
                   kopieer=gedeeld)


def view_restrictions(page):
    """Replaces Page.get_view_restrictions: no queries while no page of the site is restricted.

    Wagtail checks every served page with two queries (its ancestors, with aliases resolved, then
    their restrictions). Most installations restrict nothing; as soon as one page is restricted,
    Wagtail's own check runs again for every page (the content version changes on that save).
    """
    if not afgeschermde_paden():
        return PageViewRestriction.objects.none()
    return _wagtail_get_view_restrictions(page)


def gebruik_procesgeheugen():
    """Called once from LeefmeeConfig.ready(): Wagtail's locale, site and view restriction lookups
    use process memory. Wagtail has no setting for this; these are its single entry points.
    """
    LocaleManager.get_for_language = locale_voor_taal
    Site._find_for_request = staticmethod(site_voor_request)
    Page.get_view_restrictions = view_restrictions
