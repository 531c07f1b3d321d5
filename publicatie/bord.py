"""The editorial board of LEEF: what an editor sees per open edition, and new editions.

An edition is "open" until it appeared. For each open edition the board shows its articles, how
much of the page budget they take, whose copy is late, what the readiness check finds and an alarm
when the print date passed while the edition is not drukklaar.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .gereedheid import FOUT, WAARSCHUWING, controleer
from .models import EditieArtikel, EditiePage, seizoen

# Defaults for a new edition, counted back from the first day of its quarter (as the demo plans).
KOPIJ_VOOR_BEGIN = dt.timedelta(days=45)
DRUK_VOOR_BEGIN = dt.timedelta(days=30)


@dataclass
class OpenEditie:
    editie: EditiePage
    status: str
    artikelen: list = field(default_factory=list)
    fouten: list = field(default_factory=list)
    waarschuwingen: list = field(default_factory=list)
    alarm: str = ""
    te_laat: int = 0

    @property
    def budget(self):
        return sum((a.paginas for a in self.artikelen), 0)


def drukalarm(editie, status, vandaag):
    """The alarm text when the print date passed and the edition is not drukklaar (else '')."""
    if editie.drukdatum and editie.drukdatum < vandaag and status not in ("drukklaar", "verschenen"):
        return _("De drukdatum (%(datum)s) is voorbij en de editie is nog niet drukklaar. Overleg met de "
                 "drukker.") % {"datum": date_format(editie.drukdatum)}
    return ""


def open_edities(rijen, vandaag):
    """Board entries for the editions (with their statuses) that have not appeared yet."""
    # The edition that goes to print first, first.
    open_rijen = sorted((r for r in rijen if r["status"] != "verschenen"),
                        key=lambda r: (r["editie"].jaar, r["editie"].kwartaal))
    artikelen = {}
    for artikel in (EditieArtikel.objects.filter(editie__in=[r["editie"] for r in open_rijen])
                    .select_related("eigenaar", "partner")):
        artikelen.setdefault(artikel.editie_id, []).append(artikel)
    uit = []
    for rij in open_rijen:
        editie = rij["editie"]
        bevindingen = controleer(editie, vandaag=vandaag)
        lijst = artikelen.get(editie.pk, [])
        for artikel in lijst:
            artikel.editie = editie  # the deadline falls back on the edition's; no query per row
            artikel.is_te_laat = artikel.kopij_te_laat(vandaag)
        uit.append(OpenEditie(
            editie=editie, status=rij["status"], artikelen=lijst,
            fouten=[b for b in bevindingen if b.niveau == FOUT],
            waarschuwingen=[b for b in bevindingen if b.niveau == WAARSCHUWING],
            alarm=drukalarm(editie, rij["status"], vandaag),
            te_laat=sum(1 for a in lijst if a.is_te_laat),
        ))
    return uit


def kwartaal_van(datum):
    return datum.year, (datum.month - 1) // 3 + 1


def vrije_kwartalen(archief, vandaag, aantal=6):
    """The next quarters (from the current one) that have no edition on the archive's site yet."""
    jaar, kwartaal = kwartaal_van(vandaag)
    uit = []
    for _i in range(aantal):
        if not EditiePage().dubbele_editie(archief, jaar, kwartaal):
            uit.append((jaar, kwartaal))
        jaar, kwartaal = (jaar, kwartaal + 1) if kwartaal < 4 else (jaar + 1, 1)
    return uit


def maak_editie(archief, jaar, kwartaal, gebruiker=None):
    """A new edition as a draft below `archief`: title, slug and planning dates filled in."""
    begin = dt.date(jaar, 3 * kwartaal - 2, 1)
    editie = EditiePage(jaar=jaar, kwartaal=kwartaal, slug=slugify(f"{seizoen(kwartaal)} {jaar}"), live=False,
                        kopij_deadline=begin - KOPIJ_VOOR_BEGIN, drukdatum=begin - DRUK_VOOR_BEGIN,
                        owner=gebruiker, locale_id=archief.locale_id)
    editie.title = f"{_magazine(archief)} {seizoen(kwartaal)} {jaar}"
    archief.add_child(instance=editie)
    editie.save_revision(user=gebruiker, log_action=True)
    return editie


def _magazine(archief):
    from .models.editie import magazine_naam

    return magazine_naam(archief.get_site())
