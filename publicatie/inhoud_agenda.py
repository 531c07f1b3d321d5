"""The edition's agenda as printed: recurring activities once each (grouped by place), one-off dates
grouped by week, the place on every line. Nothing is dropped silently: when the editor's cap is
reached the print says where the rest is, and the readiness check reports it."""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .pdf import onderdelen as o

HERHALINGEN = {"wekelijks": gettext_lazy("elke %(dag)s"), "tweewekelijks": gettext_lazy("om de week op %(dag)s"),
               "maandelijks": gettext_lazy("elke %(rang)s %(dag)s van de maand")}


def _tijd(begin, eind):
    tekst = begin.strftime("%H.%M")
    return f"{tekst}–{eind.strftime('%H.%M')}" if eind else tekst


def _plek(act):
    delen = [act.locatie_naam, act.plaats]
    return ", ".join(d for d in delen if d) or getattr(act, "plek_van_organisatie", "")


def _wanneer_vast(moment):
    dag = date_format(moment.datum, "l")
    rang = [_("eerste"), _("tweede"), _("derde"), _("vierde"), _("laatste")][min((moment.datum.day - 1) // 7, 4)]
    sjabloon = HERHALINGEN.get(moment.herhaling, "%(dag)s")
    return f"{sjabloon % {'dag': dag, 'rang': rang}} {_tijd(moment.begintijd, moment.eindtijd)}"


@dataclass
class AgendaRegels:
    vast: list  # [(place, [(wanneer, activity)])]
    weken: list  # [(week heading, [(wanneer, activity)])]
    totaal: int  # lines before the cap
    activiteiten: list  # every activity printed (for short links)


def agenda_regels(editie, activiteiten, maximaal=None):
    """Lines of the printed agenda, in a constant number of queries (activities come loaded)."""
    from kaart.herhaling import data_tussen

    vast, eenmalig = {}, []
    for act in activiteiten:
        for moment in act.momenten.all():
            data = data_tussen(moment.herhaling, moment.datum, moment.tot_en_met, editie.begin, editie.eind)
            if not data:
                continue
            if moment.herhaling == "eenmalig":
                eenmalig += [(d, moment, act) for d in data]
            else:
                vast.setdefault(_plek(act) or _("Verschillende plekken"), []).append(
                    ((moment.datum.weekday(), moment.begintijd, act.title), _wanneer_vast(moment), act))
    regels_vast = [(plek, [(w, a) for _k, w, a in sorted(rijen, key=lambda r: r[0])])
                   for plek, rijen in sorted(vast.items())]
    eenmalig.sort(key=lambda r: (r[0], r[1].begintijd, r[2].title))
    weken = {}
    for datum, moment, act in eenmalig:
        jaar, week, _dag = datum.isocalendar()
        weken.setdefault((jaar, week), []).append(
            (f"{date_format(datum, 'D j M')} {_tijd(moment.begintijd, moment.eindtijd)}", act, datum))
    regels_weken = []
    for (_jaar, week), rijen in weken.items():
        eerste, laatste = rijen[0][2], rijen[-1][2]
        kop = _("Week %(week)d: %(van)s tot en met %(tot)s") % {
            "week": week, "van": date_format(eerste, "j F"), "tot": date_format(laatste, "j F")}
        if eerste == laatste:
            kop = _("Week %(week)d: %(dag)s") % {"week": week, "dag": date_format(eerste, "l j F")}
        regels_weken.append((kop, [(w, a) for w, a, _d in rijen]))
    totaal = sum(len(r) for _p, r in regels_vast) + sum(len(r) for _k, r in regels_weken)
    if maximaal is not None and totaal > maximaal:
        regels_vast, regels_weken = _knip(regels_vast, regels_weken, maximaal)
    gedrukt = {a.pk: a for groepen in (regels_vast, regels_weken) for _k, rijen in groepen for _w, a in rijen}
    return AgendaRegels(regels_vast, regels_weken, totaal, list(gedrukt.values()))


def _knip(vast, weken, maximaal):
    uit = []
    for groepen in (vast, weken):
        gehouden = []
        for kop, rijen in groepen:
            if maximaal <= 0:
                break
            gehouden.append((kop, rijen[:maximaal]))
            maximaal -= len(rijen[:maximaal])
        uit.append(gehouden)
    return uit


def agenda_sectie(kop, regels: AgendaRegels, maximaal, link_van, basis):
    """The printable Agenda of the lines (`link_van(page)` gives an o.Link or None)."""
    def rij(wanneer, act):
        return o.AgendaRij(wanneer=wanneer, titel=act.title, plek=_plek(act), link=link_van(act))

    meer = ""
    if regels.totaal > maximaal:
        meer = _("Er zijn nog %(n)d activiteiten meer. Kijk op %(adres)s/agenda/") % {
            "n": regels.totaal - maximaal, "adres": basis}
    return o.Agenda(kop=kop, vast=[o.AgendaGroep(p, [rij(w, a) for w, a in rijen]) for p, rijen in regels.vast],
                    weken=[o.AgendaGroep(k, [rij(w, a) for w, a in rijen]) for k, rijen in regels.weken], meer=meer)
