"""Insight for a municipality: where is its social map thin? Aggregates only, per site.

Every figure is one aggregate query (or two), so the dashboard's query count does not grow with the
data. Nothing here identifies a resident: search counts are per query and day, contact requests are
counted per organisation and month.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.models import Locale

from .models import (
    AanbodGebied,
    AanbodPage,
    ActiviteitGebied,
    ActiviteitPage,
    Contactverzoek,
    Dimensie,
    OrganisatiePage,
    ZoekTelling,
)
from .regio import gebieden_van_site, zichtbaar_voor_site

DUN = 1  # at most this many: "almost nothing"
CONTROLE_MAANDEN = 6
CONTACT_MAANDEN = 12
MAX_ZOEKTERMEN = 50


@dataclass
class Matrix:
    dimensies: list
    gebieden: list
    cellen: dict = field(default_factory=dict)  # (dimensie_id, gebied_id) -> {"aanbod": n, "activiteit": n}
    maximum: int = 0

    def rijen(self):
        """[(dimensie, [(gebied, aanbod, activiteit, totaal, niveau 0-4, dun)])] for the template."""
        result = []
        for dimensie in self.dimensies:
            cellen = []
            for gebied in self.gebieden:
                cel = self.cellen.get((dimensie.pk, gebied.pk), {})
                aanbod, activiteit = cel.get("aanbod", 0), cel.get("activiteit", 0)
                totaal = aanbod + activiteit
                niveau = 0 if not totaal else min(4, 1 + (3 * totaal) // max(self.maximum, 1))
                cellen.append((gebied, aanbod, activiteit, totaal, niveau, totaal <= DUN))
            result.append((dimensie, cellen))
        return result


def _zichtbaar(model, site):
    return zichtbaar_voor_site(model.objects.live().filter(locale=Locale.get_default()), site)


def matrix(site):
    """Offerings and activities per dimension x area of this site (by the pages' own rows)."""
    bron = Locale.get_default()
    dimensies = list(Dimensie.objects.filter(locale=bron).order_by("volgorde", "pk"))
    gebieden = list(gebieden_van_site(site).filter(locale=bron).order_by("volgorde", "naam"))
    m = Matrix(dimensies, gebieden)
    gebied_ids = [g.pk for g in gebieden]
    # Joined through the page's dimension rows: one query per page type.
    for soort, model, geb_link in (("aanbod", AanbodPage, AanbodGebied),
                                   ("activiteit", ActiviteitPage, ActiviteitGebied)):
        paginas = _zichtbaar(model, site).values("pk")
        rijen = (geb_link.objects.filter(page_id__in=paginas, gebied_id__in=gebied_ids)
                 .values("gebied_id", "page__dimensie_koppelingen__dimensie_id")
                 .annotate(n=Count("page_id", distinct=True)))
        for rij in rijen:
            dim_id = rij["page__dimensie_koppelingen__dimensie_id"]
            if dim_id is None:
                continue
            cel = m.cellen.setdefault((dim_id, rij["gebied_id"]), {})
            cel[soort] = cel.get(soort, 0) + rij["n"]
    m.maximum = max((sum(c.values()) for c in m.cellen.values()), default=0)
    return m


def zoektermen(site, dagen, vandaag=None):
    """Queries searched on this site in the last `dagen` days that found nothing or only a little."""
    vandaag = vandaag or timezone.localdate()
    return list(
        ZoekTelling.objects.filter(site=site, datum__gt=vandaag - dt.timedelta(days=dagen))
        .values("zoekterm")
        .annotate(aantal=Sum("aantal"), zonder=Sum("zonder_resultaat"), weinig=Sum("weinig_resultaat"))
        .filter(Q(zonder__gt=0) | Q(weinig__gt=0))
        .order_by("-zonder", "-weinig", "-aantal", "zoekterm")[:MAX_ZOEKTERMEN]
    )


def gecontroleerd(site, vandaag=None):
    """(verified in the last six months, all organisations, percentage) for this site's view."""
    vandaag = vandaag or timezone.localdate()
    grens = vandaag - dt.timedelta(days=round(CONTROLE_MAANDEN * 30.44))
    telling = _zichtbaar(OrganisatiePage, site).aggregate(
        totaal=Count("pk"), recent=Count("pk", filter=Q(laatst_gecontroleerd__gte=grens)))
    totaal, recent = telling["totaal"], telling["recent"]
    return recent, totaal, round(100 * recent / totaal) if totaal else 0


def contactverzoeken(site, vandaag=None):
    """[(organisation title, {month: count})] and the months, for this site's organisations."""
    vandaag = vandaag or timezone.localdate()
    begin = (vandaag.replace(day=1) - dt.timedelta(days=31 * (CONTACT_MAANDEN - 1))).replace(day=1)
    orgs = _zichtbaar(OrganisatiePage, site).values("pk")
    rijen = (Contactverzoek.objects.filter(organisatie_id__in=orgs, aangemaakt__date__gte=begin)
             .annotate(maand=TruncMonth("aangemaakt")).values("organisatie__title", "maand")
             .annotate(n=Count("pk")).order_by("organisatie__title", "maand"))
    per_org, maanden = {}, set()
    for rij in rijen:
        maand = rij["maand"].date() if hasattr(rij["maand"], "date") else rij["maand"]
        maanden.add(maand)
        per_org.setdefault(rij["organisatie__title"], {})[maand] = rij["n"]
    return sorted(per_org.items()), sorted(maanden)


def csv_rijen(site, vandaag=None):
    """All figures as rows for a CSV download (section, key columns, numbers)."""
    yield ["onderdeel", "dimensie", "gebied", "aanbod", "activiteiten", "totaal"]
    for dimensie, cellen in matrix(site).rijen():
        for gebied, aanbod, activiteit, totaal, _niveau, _dun in cellen:
            yield ["dimensie x gebied", dimensie.naam, gebied.naam, aanbod, activiteit, totaal]
    for dagen in (30, 90):
        for rij in zoektermen(site, dagen, vandaag):
            yield [f"zoekvragen {dagen} dagen", rij["zoekterm"], "", rij["aantal"], rij["zonder"], rij["weinig"]]
    recent, totaal, procent = gecontroleerd(site, vandaag)
    yield ["gecontroleerd 6 maanden", "", "", recent, totaal, procent]
    per_org, _maanden = contactverzoeken(site, vandaag)
    for titel, per_maand in per_org:
        for maand, n in sorted(per_maand.items()):
            yield ["contactverzoeken", titel, maand.strftime("%Y-%m"), n, "", ""]
