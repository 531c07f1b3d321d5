"""The readability measure for Dutch text (Flesch–Douma)."""

import pytest

from verhalen.leesbaarheid import lettergrepen, meet, platte_tekst

MAKKELIJK = "Ik ga naar de markt. Daar koop ik brood."
MOEILIJK = (
    "Teneinde de implementatie van de gemeentelijke beleidsdoelstellingen inzake maatschappelijke "
    "ondersteuning te optimaliseren, wordt een integrale afstemming tussen de verschillende ketenpartners "
    "geïnitieerd, waarbij de verantwoordelijkheidsverdeling nadrukkelijk wordt geëvalueerd."
)


@pytest.mark.parametrize(
    ("woord", "aantal"),
    [
        ("markt", 1), ("brood", 1), ("nieuw", 1), ("koffie", 2), ("mantelzorg", 3), ("buurtmaaltijd", 3),
        ("ziekenhuis", 3), ("ideeën", 3), ("België", 3), ("geïnteresseerd", 5), ("schuldhulpverlening", 5),
        ("IJsselmeer", 3), ("eigenlijk", 3), ("ouders", 2), ("leuk", 1), ("bureau", 2), ("2026", 0),
    ],
)
def test_dutch_syllables_count_diphthongs_once_and_trema_as_a_new_syllable(woord, aantal):
    assert lettergrepen(woord) == aantal


def test_an_easy_dutch_text_scores_high():
    meting = meet(MAKKELIJK)
    assert meting.zinnen == 2
    assert meting.woorden == 9
    assert meting.gemiddelde_zinslengte == 4.5
    # 206.835 - 0.93 * 4.5 - 77 * (9 / 9)
    assert meting.score == pytest.approx(125.7, abs=0.1)
    assert meting.niveau == "goed"
    assert meting.lange_zinnen == [] and meting.lange_woorden == []


def test_a_bureaucratic_sentence_scores_low_and_is_pointed_out():
    meting = meet(MOEILIJK)
    assert meting.score < 30
    assert meting.niveau == "moeilijk"
    assert meting.zinnen == 1
    assert meting.lange_zinnen == [MOEILIJK]
    assert "beleidsdoelstellingen" in meting.lange_woorden
    assert "verantwoordelijkheidsverdeling" in meting.lange_woorden
    assert "de" not in meting.lange_woorden


def test_easy_text_scores_higher_than_hard_text():
    assert meet(MAKKELIJK).score > 80 > 30 > meet(MOEILIJK).score


@pytest.mark.parametrize("leeg", ["", None, "   ", "<p></p>", "123 456."])
def test_empty_text_has_no_score(leeg):
    meting = meet(leeg)
    assert meting.score is None
    assert meting.woorden == 0
    assert meting.niveau == "leeg"
    assert meting.leestijd == 0


def test_html_is_stripped_and_block_ends_end_a_sentence():
    html = "<h2>Samen eten</h2><p>Ik ga naar de <strong>markt</strong> &amp; de bakker</p><ul><li>Brood</li></ul>"
    assert platte_tekst(html).split() == "Samen eten Ik ga naar de markt & de bakker Brood".split()
    meting = meet(html)
    assert meting.zinnen == 3
    assert meting.woorden == 10  # '&' is not a word, tag names are not words
    assert "strong" not in meting.lange_woorden


def test_long_words_are_listed_once_in_lower_case():
    meting = meet("Gemeentelijke regels. Gemeentelijke hulp.")
    assert meting.lange_woorden == ["gemeentelijke"]


def test_reading_time_in_minutes():
    assert meet("woord " * 10).leestijd == 1
    assert meet("Ik lees. " * 300).leestijd == 3  # 600 words at 180 words a minute


@pytest.mark.parametrize(
    ("score", "niveau"),
    [(125.7, "goed"), (70.0, "goed"), (69.9, "redelijk"), (60.0, "redelijk"), (59.9, "moeilijk"), (-5, "moeilijk")],
)
def test_the_level_boundaries_are_70_and_60_inclusive(score, niveau):
    from verhalen.leesbaarheid import Leesbaarheid

    assert Leesbaarheid(score=score).niveau == niveau


def test_a_middling_text_is_judged_reasonable_and_told_to_shorten_a_few_sentences():
    # 11 words, 21 syllables: 206.835 - 0.93 * 11 - 77 * (21 / 11) = 63.6
    tekst = "De vrijwilligers helpen u graag met uw formulieren en de brieven."
    meting = meet(tekst)
    assert meting.score == pytest.approx(63.6, abs=0.1)
    assert meting.niveau == "redelijk"
    assert "paar zinnen korter" in str(meting.oordeel)


def test_a_sentence_of_exactly_twenty_words_is_not_long_but_twenty_one_is():
    twintig = " ".join(["kat"] * 20) + "."
    eenentwintig = " ".join(["kat"] * 21) + "."
    assert meet(twintig).lange_zinnen == []
    assert meet(eenentwintig).lange_zinnen == [eenentwintig]


def test_long_word_bounds_are_more_than_four_syllables_or_more_than_thirteen_letters():
    assert meet("Aardappelsoep.").lange_woorden == []  # 4 syllables, 13 letters: not long
    assert meet("Activiteiten.").lange_woorden == ["activiteiten"]  # 5 syllables, 12 letters
    assert meet("Gezondheidzorg.").lange_woorden == ["gezondheidzorg"]  # 4 syllables, 14 letters
