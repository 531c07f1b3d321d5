"""Upcoming occurrences of activities: expansion, iCal (RFC 5545) and a printable PDF.

Occurrences are computed, not stored: the moments of all activities are expanded in Python with
`kaart.herhaling.data_tussen` once per content version and period (`alle_voorkomens`), then narrowed
to the selection's activities; the activity pages of the visible occurrences come in one query. So
the query count does not grow with the data.
"""

import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from pathlib import Path

import reportlab
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from leefmee.versiecache import bewaard, gedeeld

from .filters import AMSTERDAM, FACET_LABELS, Filters, Selectie, Taxonomieen, ouder_pad
from .herhaling import data_tussen
from .models import ActiviteitMoment, ActiviteitPage, OrganisatiePage


@dataclass
class AgendaItem:
    page_id: int
    datum: dt.date
    begintijd: dt.time
    eindtijd: dt.time | None
    activiteit: object = None  # ActiviteitPage, filled in for the visible items
    url: str = ""
    plek: str = ""  # where it happens: the activity's own place, or its organisation's address

    @property
    def start(self):
        return dt.datetime.combine(self.datum, self.begintijd, tzinfo=AMSTERDAM)

    @property
    def eind(self):
        return dt.datetime.combine(self.datum, self.eindtijd, tzinfo=AMSTERDAM) if self.eindtijd else None


def alle_voorkomens(van, tot):
    """All occurrences of all activities between two dates as (date, start, page id, end), sorted.

    The same for every visitor until content changes (or the day does): kept in process memory per
    content version for the few periods asked most (the default three months from today above all).
    Expanding ~5,000 activities' moments was most of an agenda page's time at 10,000 offerings.
    """
    def maak():
        # Plain rows, not model instances, sorted in C as tuples.
        momenten = (
            ActiviteitMoment.objects.filter(datum__lte=tot)
            .filter(Q(tot_en_met__isnull=True) | Q(tot_en_met__gte=van))
            .values_list("page_id", "herhaling", "datum", "tot_en_met", "begintijd", "eindtijd", named=True)
        )
        rijen = [(dag, m.begintijd, m.page_id, m.eindtijd) for m in momenten
                 for dag in data_tussen(m.herhaling, m.datum, m.tot_en_met, van, tot)]
        rijen.sort(key=itemgetter(0, 1, 2))
        return rijen

    return bewaard("agenda_voorkomens", (van, tot), maak, kopieer=gedeeld, hoogstens=4)


def voorkomens_van(activiteit_ids, van, tot, limiet=None):
    """The occurrences of the activities with these ids between two dates, sorted by start.

    All of them as AgendaItems (made when read), or the first `limiet` as a list.
    """
    rijen = (rij for rij in alle_voorkomens(van, tot) if rij[2] in activiteit_ids)
    if limiet:
        return AgendaItems(list(islice(rijen, limiet)))[:]
    return AgendaItems(list(rijen))


class AgendaItems(Sequence):
    """The sorted occurrences as AgendaItems, made when read (the paginator reads one page)."""

    def __init__(self, rijen):
        self._rijen = rijen

    def __len__(self):
        return len(self._rijen)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [AgendaItem(page_id, datum, begin, eind) for datum, begin, page_id, eind in self._rijen[index]]
        datum, begin, page_id, eind = self._rijen[index]
        return AgendaItem(page_id, datum, begin, eind)


def relatieve_url(url_path, kaart, kaart_url):
    """A page's URL from its url_path (no query per page). Pages below `kaart` get a URL relative to it;
    a regional page from another municipality's tree gets its canonical full URL (kaart/regio.py)."""
    if not url_path.startswith(kaart.url_path):
        from .regio import canonieke_url

        return canonieke_url(url_path) or kaart_url
    return kaart_url + url_path[len(kaart.url_path):]


ORGANISATIE_VELDEN = ("title", "straat", "postcode", "plaats")


def plek_van(activiteit):
    """The place as one line: the activity's own place, else its organisation's address (as on its page)."""
    if activiteit.heeft_adres or activiteit.locatie_naam:
        return ", ".join(filter(None, [activiteit.locatie_naam, activiteit.adres_regel]))
    straat, postcode, plaats = (getattr(activiteit, f"organisatie_{veld}", "") or "" for veld in ORGANISATIE_VELDEN[1:])
    if not (straat or plaats):
        return ""
    postcode_plaats = " ".join(filter(None, [postcode, plaats]))
    return ", ".join(filter(None, [activiteit.organisatie_title, straat, postcode_plaats]))


def vul_activiteiten(items, kaart, kaart_url):
    """Attach the activity pages (with their organisation's name and address) to the items: one query."""
    organisatie = OrganisatiePage.objects.filter(path=OuterRef("ouder_pad"))
    paginas = ActiviteitPage.objects.filter(pk__in={i.page_id for i in items}).annotate(
        ouder_pad=ouder_pad(),
        **{f"organisatie_{veld}": Subquery(organisatie.values(veld)[:1]) for veld in ORGANISATIE_VELDEN},
    )
    per_id = {p.pk: p for p in paginas}
    for item in items:
        item.activiteit = per_id.get(item.page_id)
        if item.activiteit is not None:
            item.activiteit.organisatie_naam = item.activiteit.organisatie_title
            item.url = relatieve_url(item.activiteit.url_path, kaart, kaart_url)
            item.plek = plek_van(item.activiteit)
    return [i for i in items if i.activiteit is not None]


def gekozen_filters(filters):
    """The chosen filters in words ('Onderwerp: Meedoen'), for a printout or a calendar's description."""
    regels = []
    for naam, waarde in filters.waarden.items():
        label = FACET_LABELS[naam]() if naam in FACET_LABELS else naam
        regels.append(label if waarde is True else f"{label}: {waarde.naam}")
    return regels


def per_dag(items):
    """[(date, [items])] in order."""
    dagen = []
    for item in items:
        if not dagen or dagen[-1][0] != item.datum:
            dagen.append((item.datum, []))
        dagen[-1][1].append(item)
    return dagen


def volledige_url(url, basis_url):
    """A URL written out in full (print, calendar apps): regional pages already have one."""
    return url if url.startswith(("http://", "https://")) else f"{basis_url}{url}"


# --- iCal -------------------------------------------------------------------------------------
def _ical_tekst(waarde):
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    waarde = str(waarde or "")
    return (waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _vouw(regel):
    """Fold a content line at 75 octets (RFC 5545 3.1) without splitting UTF-8 characters."""
    data = regel.encode("utf-8")
    if len(data) <= 75:
        return regel
    delen, huidig, lengte = [], "", 0
    for teken in regel:
        n = len(teken.encode("utf-8"))
        if lengte + n > (75 if not delen else 74):
            delen.append(huidig)
            huidig, lengte = "", 0
        huidig += teken
        lengte += n
    delen.append(huidig)
    return "\r\n ".join(delen)


def _utc(moment):
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_uid(item):
    """The same on every host, port and scheme (a calendar app would see duplicates otherwise), and the
    same for the activity in every language: derived from its translation key and the moment."""
    moment = f"{item.datum:%Y%m%d}T{item.begintijd:%H%M}"
    return f"{uuid.uuid5(item.activiteit.translation_key, moment)}@leefmee"


def ical(items, naam, basis_url, beschrijving=""):
    """`naam`: the calendar's name (with the municipality); `basis_url`: scheme and host, prefixed to
    the items' relative URLs."""
    nu = _utc(timezone.now())
    regels = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LEEF MEE//Agenda//NL", "CALSCALE:GREGORIAN",
              "METHOD:PUBLISH", f"NAME:{_ical_tekst(naam)}", f"X-WR-CALNAME:{_ical_tekst(naam)}",
              "X-WR-TIMEZONE:Europe/Amsterdam", "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
              "X-PUBLISHED-TTL:PT12H"]
    if beschrijving:
        regels += [f"DESCRIPTION:{_ical_tekst(beschrijving)}", f"X-WR-CALDESC:{_ical_tekst(beschrijving)}"]
    for item in items:
        a = item.activiteit
        eind = item.eind or item.start + dt.timedelta(hours=1)
        plek = item.plek
        regels += [
            "BEGIN:VEVENT",
            f"UID:{ical_uid(item)}",
            f"DTSTAMP:{nu}",
            f"DTSTART:{_utc(item.start)}",
            f"DTEND:{_utc(eind)}",
            f"SUMMARY:{_ical_tekst(a.title)}",
            f"DESCRIPTION:{_ical_tekst(a.korte_beschrijving)}",
        ]
        if plek:
            regels.append(f"LOCATION:{_ical_tekst(plek)}")
        regels += [f"URL:{volledige_url(item.url, basis_url)}", "END:VEVENT"]
    regels.append("END:VCALENDAR")
    return "".join(_vouw(r) + "\r\n" for r in regels)


# --- PDF --------------------------------------------------------------------------------------
FONT_MAP = Path(reportlab.__file__).parent / "fonts"  # Bitstream Vera, shipped with reportlab (free licence)


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "LeefMee" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LeefMee", FONT_MAP / "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("LeefMee-Bold", FONT_MAP / "VeraBd.ttf"))
        pdfmetrics.registerFontFamily("LeefMee", normal="LeefMee", bold="LeefMee-Bold",
                                      italic="LeefMee", boldItalic="LeefMee-Bold")


def pdf(items, titel, ondertitel, basis_url, kopregels=()):
    """A printable A4 list of the occurrences, grouped per day (bytes).

    `kopregels`: lines under the title (the municipality, the chosen filters), so a printout says
    what it is a selection of. Body text 11 pt: many readers are older. Links are written out in full."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _fonts()
    normaal = ParagraphStyle("normaal", fontName="LeefMee", fontSize=11, leading=15)
    klein = ParagraphStyle("klein", parent=normaal, leftIndent=8 * mm)
    kop = ParagraphStyle("kop", fontName="LeefMee-Bold", fontSize=18, leading=22, spaceAfter=4 * mm)
    dagkop = ParagraphStyle("dagkop", fontName="LeefMee-Bold", fontSize=12, leading=15, spaceBefore=5 * mm,
                            spaceAfter=2 * mm)
    verhaal = [Paragraph(escape(titel), kop)]
    verhaal += [Paragraph(escape(regel), normaal) for regel in [*kopregels, ondertitel]]
    verhaal.append(Spacer(1, 4 * mm))
    if not items:
        verhaal.append(Paragraph(escape(_("Er zijn geen activiteiten in deze periode.")), normaal))
    for datum, dag_items in per_dag(items):
        verhaal.append(Paragraph(escape(date_format(datum, "l j F Y")), dagkop))
        for item in dag_items:
            a = item.activiteit
            tijd = item.begintijd.strftime("%H:%M") + (f" - {item.eindtijd:%H:%M}" if item.eindtijd else "")
            verhaal.append(Paragraph(f"<b>{escape(tijd)}  {escape(a.title)}</b>", normaal))
            details = [a.korte_beschrijving, item.plek, getattr(a, "organisatie_naam", "") or ""]
            verhaal.append(Paragraph(escape(" · ".join(d for d in details if d)), klein))
            verhaal.append(Paragraph(escape(volledige_url(item.url, basis_url)), klein))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=titel, author="LEEF MEE", leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            initialFontName="LeefMee")
    doc.build(verhaal)
    return buffer.getvalue()


BINNENKORT_AANTAL = 5


def komende_activiteiten(kaart, kaart_url, aantal=BINNENKORT_AANTAL):
    """The first coming activity dates on this map (the next four weeks), as the agenda shows them:
    the home page's "Binnenkort"."""
    vandaag = timezone.localdate()

    def maak():
        selectie = Selectie(Filters(Taxonomieen(kaart.locale, site=kaart)), kaart.locale, ["activiteit"], onder=kaart)
        items = voorkomens_van(selectie.id_set("activiteit"), vandaag, vandaag + dt.timedelta(weeks=4), limiet=aantal)
        return vul_activiteiten(items, kaart, kaart_url)

    # The same for every visitor of this map on this day until the content changes (leefmee.versiecache);
    # the home page only reads the items.
    return bewaard("komende_activiteiten", (kaart.pk, kaart_url, vandaag, aantal), maak, kopieer=list, hoogstens=8)
