"""The one definition of "visible to this visitor", used by every public listing, feed, related
block, sitemap, edition, embed, API and export.

A page is visible when it is
- live (published, not expired),
- not behind a view restriction (login, password or groups) — on itself, an ancestor, or on the
  same page in another language: wagtail-localize does not copy restrictions to translations, so
  the English copy of a restricted Dutch page would otherwise be open to everyone,
- served by this site (in the tree of the site's home page or one of its translations), and
- in the reader's locale (callers that show the Dutch page as fallback pass that locale).

Serving a single page checks the same rule through `beperkingen_van` (the `before_serve_page` hook
in leefmee/wagtail_hooks.py). The lists of restricted paths come from process memory per content
version (leefmee.versiecache): no extra query per listing.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .versiecache import bewaard, gedeeld


def afgeschermde_paden():
    """The tree paths of restricted pages and of every translation (and alias) of them."""
    def zoek():
        sleutels = PageViewRestriction.objects.values("page__translation_key")
        return sorted(set(Page.objects.filter(translation_key__in=sleutels).values_list("path", flat=True)))

    return bewaard("zichtbaarheid_afgeschermd", None, zoek, kopieer=gedeeld)


# Apps that keep some of their live pages from the public register a function giving a Q of those
# pages here (LEEF editions before they appear: publicatie/apps.py). leefmee imports no app.
_VERBORGEN = []


def verberg(q_functie):
    """Register `q_functie()`: a Q of live pages that no public listing, sitemap or API may show."""
    if q_functie not in _VERBORGEN:
        _VERBORGEN.append(q_functie)


def verborgen_q():
    q = Q(pk__in=[])
    for q_functie in _VERBORGEN:
        q |= q_functie()
    return q


def afgeschermd_q(prefix=""):
    """A Q of the pages behind a restriction (`prefix`: the lookup path to a page, e.g. "page__")."""
    q = Q(pk__in=[])
    for pad in afgeschermde_paden():
        q |= Q(**{f"{prefix}path__startswith": pad})
    return q


def is_afgeschermd(page):
    return any(page.path.startswith(pad) for pad in afgeschermde_paden())


def site_paden(site):
    """The tree paths of the site's home page in every language."""
    if site is None:
        return []

    def zoek():
        return list(site.root_page.get_translations(inclusive=True).values_list("path", flat=True))

    return bewaard("zichtbaarheid_site_paden", site.pk, zoek, kopieer=gedeeld)


def zichtbaar(queryset, site=None, locale=None):
    """The pages of `queryset` a visitor of `site` reading `locale` may see (see the module text).

    `site=None` / `locale=None`: no narrowing by site / language (for callers that already did).
    """
    qs = queryset.live().exclude(afgeschermd_q()).exclude(verborgen_q())
    if site is not None:
        binnen = Q(pk__in=[])
        for pad in site_paden(site):
            binnen |= Q(path__startswith=pad)
        qs = qs.filter(binnen)
    if locale is not None:
        qs = qs.filter(locale=locale)
    return qs


def is_zichtbaar(page, site=None):
    """The same rule for one page already in memory."""
    if not page.live or is_afgeschermd(page):
        return False
    return site is None or any(page.path.startswith(pad) for pad in site_paden(site))


def beperkingen_van(page):
    """The view restrictions that hold for `page`: those on it and its ancestors, and those on the
    same pages in any other language."""
    if not is_afgeschermd(page):
        return []
    sleutels = Page.objects.ancestor_of(page, inclusive=True).values("translation_key")
    return list(PageViewRestriction.objects.filter(page__translation_key__in=sleutels).order_by("pk"))
