"""The readability measure's counts and roundings (issue 24: mutants the other tests let through)."""

from verhalen.leesbaarheid import meet, zinnen


def test_a_piece_without_words_is_not_a_sentence():
    assert zinnen("Ik ga. 123. Jij ook.") == ["Ik ga.", "Jij ook."]
    assert meet("Ik ga. 123. Jij ook.").zinnen == 2


def test_the_syllables_are_counted_over_the_whole_text():
    assert meet("Ik ga naar de markt. Daar koop ik brood.").lettergrepen == 9
    assert meet("De koffie is lekker.").lettergrepen == 6  # de kof-fie is lek-ker


def test_score_and_sentence_length_are_given_to_one_decimal():
    # 10 words in 3 sentences: 3.333... words a sentence; 12 syllables (e-ten, sa-men).
    meting = meet("Ik ga weg. Jij blijft hier. Wij eten samen soep.")
    assert (meting.woorden, meting.zinnen, meting.lettergrepen) == (10, 3, 12)
    assert meting.gemiddelde_zinslengte == 3.3
    # 206.835 - 0.93 * 10 / 3 - 77 * 12 / 10 = 111.335
    assert meting.score == 111.3
