"""Persian and Finglish question words are listed once (persian.py); readers take their part."""

from __future__ import annotations

import pytest

from bot.engine import persian
from bot.engine.text import words

# "cheera" is no listed spelling of "chera": a typo of it (one vowel more), read as it


@pytest.mark.parametrize("word", sorted(persian.QUESTION_WORDS_FINGLISH))
def test_a_finglish_question_word_in_any_listed_spelling_is_read_as_one_of_the_folded_question_words(word):
    # the scope check reads folded words: "kie", "kodoom", "cheqadr" must reach it as "ki", "kodom", "cheghadr"
    assert words(f"{word} nameh", finglish=persian.ALWAYS)[0] in persian.FOLDED_QUESTION_WORDS_FINGLISH


def test_the_folded_question_words_are_words_of_the_one_finglish_list():
    assert persian.FOLDED_QUESTION_WORDS_FINGLISH <= persian.QUESTION_WORDS_FINGLISH
