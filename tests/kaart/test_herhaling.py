import datetime as dt
from types import SimpleNamespace

import pytest

from kaart.herhaling import data_tussen, omschrijving, voorkomens

D = dt.date


def test_once_inside_and_outside_the_range():
    assert data_tussen("eenmalig", D(2027, 1, 5), None, D(2027, 1, 1), D(2027, 1, 31)) == [D(2027, 1, 5)]
    assert data_tussen("eenmalig", D(2027, 2, 5), None, D(2027, 1, 1), D(2027, 1, 31)) == []


def test_weekly_starts_at_the_first_occurrence_in_range():
    # 2027-01-05 is a Tuesday.
    dates = data_tussen("wekelijks", D(2027, 1, 5), None, D(2027, 1, 13), D(2027, 2, 2))
    assert dates == [D(2027, 1, 19), D(2027, 1, 26), D(2027, 2, 2)]
    assert all(d.weekday() == 1 for d in dates)


def test_fortnightly_keeps_its_rhythm_and_stops_at_the_end_date():
    dates = data_tussen("tweewekelijks", D(2027, 1, 5), D(2027, 2, 10), D(2027, 1, 6), D(2027, 3, 31))
    assert dates == [D(2027, 1, 19), D(2027, 2, 2)]


def test_monthly_on_the_same_weekday_of_the_month():
    # First Tuesday of January 2027 -> first Tuesday of each month.
    dates = data_tussen("maandelijks", D(2027, 1, 5), None, D(2027, 1, 1), D(2027, 4, 30))
    assert dates == [D(2027, 1, 5), D(2027, 2, 2), D(2027, 3, 2), D(2027, 4, 6)]


def test_monthly_fifth_weekday_falls_back_to_the_last_one():
    # 2027-03-30 is the fifth Tuesday of March; April 2027 has four Tuesdays.
    dates = data_tussen("maandelijks", D(2027, 3, 30), None, D(2027, 3, 1), D(2027, 4, 30))
    assert dates == [D(2027, 3, 30), D(2027, 4, 27)]


def test_occurrences_are_sorted_across_moments():
    momenten = [
        SimpleNamespace(herhaling="wekelijks", datum=D(2027, 1, 6), tot_en_met=None,
                        begintijd=dt.time(14), eindtijd=None),
        SimpleNamespace(herhaling="wekelijks", datum=D(2027, 1, 5), tot_en_met=None,
                        begintijd=dt.time(10), eindtijd=dt.time(12)),
    ]
    result = voorkomens(momenten, D(2027, 1, 1), D(2027, 1, 13))
    assert [(v.datum, v.begintijd.hour) for v in result] == [
        (D(2027, 1, 5), 10), (D(2027, 1, 6), 14), (D(2027, 1, 12), 10), (D(2027, 1, 13), 14)]


def test_unknown_recurrence_is_an_error():
    with pytest.raises(ValueError):
        data_tussen("jaarlijks", D(2027, 1, 5), None, D(2027, 1, 1), D(2027, 12, 31))


def test_description_in_b1():
    moment = SimpleNamespace(herhaling="wekelijks", datum=D(2027, 1, 5), begintijd=dt.time(10),
                             eindtijd=dt.time(12))
    assert omschrijving(moment) == "Elke dinsdag, 10:00 - 12:00"
    moment.herhaling = "maandelijks"
    assert omschrijving(moment) == "Elke eerste dinsdag van de maand, 10:00 - 12:00"
