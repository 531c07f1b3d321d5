"""The hook functions that put stories and articles on the map's pages (see kaart/verwant.py).

For a Dimensie or Levensvraag: the stories/blogs and the articles linked to it (explicit link rows).
For an OrganisatiePage, AanbodPage or ActiviteitPage: the stories/blogs and articles that reference
the page (or a translation of it) according to Wagtail's reference index: 'wat hielp mij' boxes,
organisation rows, a blog's author organisation, an article's offering rows. A constant number of
queries per call.
"""

from django.utils.translation import gettext as _

from kaart.models import AanbodPage, ActiviteitPage, Dimensie, Levensvraag, OrganisatiePage
from kaart.verwant import VerwanteSectie
from leefmee.zichtbaarheid import zichtbaar

from .models import ArtikelPage, BlogPage, VerhaalPage
from .relaties import filter_op_dimensie, filter_op_vraag, verwijzend_naar

TEMPLATE = "verhalen/includes/verwante_verhalen.html"


def _zoek(queryset, onderwerp, locale, site=None):
    """The visible pages of `queryset` in `locale` (on `site`) related to `onderwerp`, or None for other subjects."""
    queryset = zichtbaar(queryset, site=site, locale=locale)
    if isinstance(onderwerp, Dimensie):
        return filter_op_dimensie(queryset, onderwerp)
    if isinstance(onderwerp, Levensvraag):
        return filter_op_vraag(queryset, onderwerp)
    if isinstance(onderwerp, OrganisatiePage | AanbodPage | ActiviteitPage):
        return verwijzend_naar(queryset, onderwerp, locale)
    return None


def _kop_verhalen(onderwerp, verhalen):
    if isinstance(onderwerp, Dimensie | Levensvraag):
        return _("Verhalen over dit onderwerp")
    personen = [v for v in verhalen if isinstance(v, VerhaalPage)]
    if len(verhalen) == 1 and personen:
        return _("Lees het verhaal van %(naam)s") % {"naam": personen[0].voornaam}
    return _("Lees hoe anderen het aanpakten")


def verhalen_bij(onderwerp, locale, limit=6, site=None):
    """Stories and blogs related to `onderwerp`, newest first. Five queries at most."""
    verhalen_qs = _zoek(VerhaalPage.objects.all(), onderwerp, locale, site)
    if verhalen_qs is None or limit <= 0:
        return None
    verhalen = list(verhalen_qs.select_related("portret").prefetch_related("portret__renditions")
                    .order_by("-datum", "-pk")[:limit])
    blogs = list(_zoek(BlogPage.objects.all(), onderwerp, locale, site).order_by("-datum", "-pk")[:limit])
    items = sorted([*verhalen, *blogs], key=lambda p: (p.datum, p.pk), reverse=True)[:limit]
    return VerwanteSectie(kop=_kop_verhalen(onderwerp, items), items=items, template=TEMPLATE, volgorde=40)


def artikelen_bij(onderwerp, locale, limit=6, site=None):
    """Information articles related to `onderwerp`, by title. Two queries at most."""
    artikelen_qs = _zoek(ArtikelPage.objects.all(), onderwerp, locale, site)
    if artikelen_qs is None or limit <= 0:
        return None
    return VerwanteSectie(
        kop=_("Goed om te weten"), items=list(artikelen_qs.order_by("title")[:limit]), template=TEMPLATE, volgorde=45
    )
