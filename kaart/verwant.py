"""Extension point: related content on the map's pages, without `kaart` importing other apps.

`kaart` depends on no other app of ours, yet a dimension page, a question page and an offering
page should show the stories and articles about them. Other apps register a Wagtail hook:

    @hooks.register(VERWANTE_INHOUD_HOOK)
    def verhalen_bij(onderwerp, locale, limit, site=None):
        ...  # return a VerwanteSectie or None

`onderwerp` is a Dimensie, a Levensvraag, or a page (OrganisatiePage, AanbodPage, ActiviteitPage).
Hook functions must use a constant number of queries, whatever the amount of content.
"""

from dataclasses import dataclass, field

from django.utils import translation
from wagtail import hooks

from leefmee.versiecache import bewaard, gedeeld

VERWANTE_INHOUD_HOOK = "kaart_verwante_inhoud"


@dataclass
class VerwanteSectie:
    kop: str  # heading shown above the items, e.g. "Verhalen over meedoen"
    items: list = field(default_factory=list)  # pages (specific), already localized and live
    template: str = "kaart/includes/verwante_sectie.html"  # renders `sectie`
    volgorde: int = 50


# Related content of this many subjects stays in process memory (each a handful of pages).
MAX_ONDERWERPEN = 1000


def verwante_inhoud(onderwerp, locale, limit=6, site=None):
    """All non-empty related sections for `onderwerp`, in their order.

    The same for every visitor until content changes: kept in process memory per content version
    (leefmee.versiecache; the stories and articles were 3-5 queries and ~20 ms of every dimension,
    question and offering page). The sections are shared between requests: read them only.
    `site`: the visitor's site; hook functions then list only pages that site serves.
    """
    def maak():
        secties = []
        for fn in hooks.get_hooks(VERWANTE_INHOUD_HOOK):
            sectie = fn(onderwerp=onderwerp, locale=locale, limit=limit, site=site)
            if sectie and sectie.items:
                secties.append(sectie)
        return sorted(secties, key=lambda s: s.volgorde)

    sleutel = (onderwerp._meta.label_lower, onderwerp.pk, locale.pk, limit, translation.get_language(),
               site.pk if site else None)
    return bewaard("verwante_inhoud", sleutel, maak, kopieer=gedeeld, hoogstens=MAX_ONDERWERPEN)
