"""Expanding an activity's moments (once, weekly, fortnightly, monthly) into concrete dates."""

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Voorkomen:
    """One concrete occurrence of an activity."""

    datum: dt.date
    begintijd: dt.time
    eindtijd: dt.time | None

    @property
    def start(self):
        return dt.datetime.combine(self.datum, self.begintijd)

    @property
    def eind(self):
        return dt.datetime.combine(self.datum, self.eindtijd) if self.eindtijd else None


def _nde_weekdag_van_maand(jaar, maand, weekdag, n):
    """The n-th (1-based) `weekdag` of a month, or the last one when n is 5 and the month has four."""
    eerste = dt.date(jaar, maand, 1)
    verschuiving = (weekdag - eerste.weekday()) % 7
    dag = eerste + dt.timedelta(days=verschuiving + 7 * (n - 1))
    while dag.month != maand:
        dag -= dt.timedelta(days=7)
    return dag


def data_tussen(herhaling, datum, tot_en_met, van, tot):
    """Dates of a moment from `van` up to and including `tot`.

    herhaling: 'eenmalig', 'wekelijks', 'tweewekelijks' or 'maandelijks' (same weekday of the
    month as `datum`, e.g. every first Tuesday).
    """
    einde = min(tot, tot_en_met) if tot_en_met else tot
    if herhaling == "eenmalig":
        return [datum] if van <= datum <= einde else []
    if herhaling in ("wekelijks", "tweewekelijks"):
        stap = 7 if herhaling == "wekelijks" else 14
        if datum >= van:
            eerste = datum
        else:
            stappen = -(-(van - datum).days // stap)  # ceiling division
            eerste = datum + dt.timedelta(days=stappen * stap)
        result = []
        dag = eerste
        while dag <= einde:
            result.append(dag)
            dag += dt.timedelta(days=stap)
        return result
    if herhaling == "maandelijks":
        n = (datum.day - 1) // 7 + 1
        result = []
        jaar, maand = max(van, datum).year, max(van, datum).month
        while dt.date(jaar, maand, 1) <= einde:
            dag = _nde_weekdag_van_maand(jaar, maand, datum.weekday(), n)
            if dag >= datum and van <= dag <= einde:
                result.append(dag)
            maand += 1
            if maand == 13:
                jaar, maand = jaar + 1, 1
        return result
    raise ValueError(f"Onbekende herhaling: {herhaling}")


def voorkomens(momenten, van, tot):
    """All occurrences of a list of ActiviteitMoment rows between two dates, sorted."""
    result = [
        Voorkomen(dag, moment.begintijd, moment.eindtijd)
        for moment in momenten
        for dag in data_tussen(moment.herhaling, moment.datum, moment.tot_en_met, van, tot)
    ]
    return sorted(result, key=lambda v: (v.datum, v.begintijd))




def omschrijving(moment):
    """A B1 description of a moment: 'Elke dinsdag, 10:00 - 12:00'."""
    weekdag = [_("maandag"), _("dinsdag"), _("woensdag"), _("donderdag"), _("vrijdag"), _("zaterdag"),
               _("zondag")][moment.datum.weekday()]
    tijd = moment.begintijd.strftime("%H:%M")
    if moment.eindtijd:
        tijd += " - " + moment.eindtijd.strftime("%H:%M")
    if moment.herhaling == "wekelijks":
        wanneer = _("Elke %(weekdag)s") % {"weekdag": weekdag}
    elif moment.herhaling == "tweewekelijks":
        wanneer = _("Om de week op %(weekdag)s") % {"weekdag": weekdag}
    elif moment.herhaling == "maandelijks":
        n = (moment.datum.day - 1) // 7
        rang = [_("eerste"), _("tweede"), _("derde"), _("vierde"), _("laatste")][n]
        wanneer = _("Elke %(rang)s %(weekdag)s van de maand") % {"rang": rang, "weekdag": weekdag}
    else:
        from django.utils.formats import date_format

        wanneer = date_format(moment.datum, "l j F Y")
    return f"{wanneer}, {tijd}"
