"""The taxonomy terms of the map in the reader's locale (dimensions, questions, target groups, areas,
features), kept in process memory: the options of every filter and facet (kaart/filters.py)."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Locale

from leefmee.versiecache import bewaard

from .models import Dimensie, Doelgroep, Gebied, Kenmerk, Levensvraag
from .regio import gebieden_van_site, site_van

TAXONOMIE_MODELLEN = {"dimensie": Dimensie, "vraag": Levensvraag, "doelgroep": Doelgroep, "gebied": Gebied,
                      "kenmerk": Kenmerk}


@dataclass
class Optie:
    waarde: str  # value in the URL
    naam: str  # name in the reader's locale
    bron_id: int | None = None  # id of the Dutch row (taxonomies)
    aantal: int = 0
    gekozen: bool = False
    extra: object = None  # the localized snippet, when there is one
    bron: object = None  # the Dutch snippet row


@dataclass
class Facet:
    naam: str
    label: str
    opties: list = field(default_factory=list)
    ja_nee: bool = False

    @property
    def gekozen(self):
        return next((o for o in self.opties if o.gekozen), None)

    @property
    def zichtbaar(self):
        """A facet whose every option gives no results is left out (unless the resident chose one)."""
        return any(o.aantal or o.gekozen for o in self.opties)


class Taxonomieen:
    """All taxonomy terms in the reader's locale, from process memory (leefmee.versiecache).

    They change rarely and every map page needs them; the content version makes them fresh after
    any save. The Optie objects are shared between requests: read them, never change them.
    """

    def __init__(self, locale, site=None):
        """`site`: only that municipality's areas are options."""
        site_id = site_van(site)
        self.opties, self._per_waarde = bewaard(
            "taxonomieen", (locale.pk, site_id), lambda: self._laad(locale, site_id))  # a tuple: not copied

    @staticmethod
    def _laad(locale, site_id):
        default = Locale.get_default()
        alle_opties, alle_per_waarde = {}, {}
        for naam, model in TAXONOMIE_MODELLEN.items():
            rijen = model.objects.filter(locale__in={default.pk, locale.pk})
            if naam == "gebied" and site_id is not None:
                eigen = gebieden_van_site(site_id).values("translation_key")
                rijen = rijen.filter(translation_key__in=eigen)
            rijen = list(rijen)
            bron = [r for r in rijen if r.locale_id == default.pk]
            vertaald = {r.translation_key: r for r in rijen if r.locale_id == locale.pk}
            opties, per_waarde = [], {}
            for rij in sorted(bron, key=lambda r: (r.volgorde, str(r))):  # every taxonomy has an order field
                lokaal = vertaald.get(rij.translation_key, rij)
                waarde = rij.sleutel if naam == "dimensie" else lokaal.slug
                optie = Optie(waarde=waarde, naam=str(lokaal), bron_id=rij.pk, extra=lokaal, bron=rij)
                opties.append(optie)
                per_waarde[waarde] = optie
                if naam != "dimensie":
                    per_waarde.setdefault(rij.slug, optie)
            alle_opties[naam] = opties
            alle_per_waarde[naam] = per_waarde
        return alle_opties, alle_per_waarde

    def afgeschermd(self):
        """A Q of pages behind a view restriction: like PageQuerySet.public(), from process memory."""
        if not hasattr(self, "_afgeschermd"):
            from leefmee.zichtbaarheid import afgeschermde_paden

            q = Q(pk__in=[])
            for pad in afgeschermde_paden():
                q |= Q(path__startswith=pad)
            self._afgeschermd = q
        return self._afgeschermd

    def zoek(self, naam, waarde):
        return self._per_waarde[naam].get(waarde)

    def op_id(self, naam, bron_id):
        return next((o for o in self.opties[naam] if o.bron_id == bron_id), None)
