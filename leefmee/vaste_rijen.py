"""Lookups every page makes and that hardly change, from process memory (leefmee.versiecache).

Plain helpers that our own views, hooks and templates call, and one mixin for our own page types:
Wagtail's classes are used as they are. The content version makes every value fresh again after a
change to locales, sites, view restrictions or any published page.
"""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, PageViewRestriction

from .versiecache import bewaard
from .zichtbaarheid import afgeschermde_paden


def locale_voor_taal(language_code):
    """Locale.objects.get_for_language's answers and errors (LookupError, Locale.DoesNotExist), from memory."""
    code = get_supported_content_language_variant(language_code)
    locale = bewaard("locale", code, lambda: Locale.objects.filter(language_code=code).first())
    if locale is None:  # a miss is not kept: the locale may be added any moment
        raise Locale.DoesNotExist(f"Locale matching query does not exist: {code}")
    return locale


def standaard_locale():
    """Locale.get_default() from memory: the locale of LANGUAGE_CODE, the source language."""
    return locale_voor_taal(settings.LANGUAGE_CODE)


def actieve_locale():
    """Locale.get_active() from memory: the locale of the active language, or the default one."""
    try:
        return locale_voor_taal(translation.get_language())
    except (Locale.DoesNotExist, LookupError):
        return standaard_locale()


class ViewRestrictionsUitGeheugen:
    """For our page types: no queries for view restrictions while no page of the site has one.

    Wagtail checks every served page with two queries (its ancestors, with aliases resolved, then
    their restrictions). Most installations restrict nothing. As soon as one page is restricted,
    Wagtail's own check runs again for every page (the content version changes on that save).
    """

    def get_view_restrictions(self):
        if not afgeschermde_paden():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
