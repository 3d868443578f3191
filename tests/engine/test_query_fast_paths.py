"""The fast paths of reading a question (text.py, persian.py) change no reading: each skips work
only where the work would have changed nothing."""

from __future__ import annotations

import sys

from bot.engine import persian
from bot.engine import text as text_module


def test_invisible_characters_are_dropped_from_text_of_any_script_as_one_by_one():
    # the code points of the first two planes, of the tag characters (format characters) and the
    # last ones (private use, unassigned), in runs between Persian and Latin letters: the
    # printable text kept as it is reads as the character-by-character rule writes it
    step = 512
    starts = [*range(0, 0x20000, step), *range(0xE0000, 0xE1000, step), sys.maxunicode + 1 - step]
    for start in starts:
        run = "".join(chr(cp) for cp in range(start, start + step))
        text = "\u0633\u0644\u0627\u0645 " + run + " abc"
        expected = "".join(text_module._visible(ch) for ch in text)
        assert text_module._strip_invisible(text) == expected, hex(start)


def test_a_persian_question_with_a_zero_width_mark_or_a_bidi_mark_is_read_without_it():
    plain = "\u0627\u0639\u062f\u0627\u0645 \u0634\u062f\u0646\u062f"
    assert text_module.words(plain.replace(" ", " \u200f")) == text_module.words(plain)
    assert text_module.words("\u200b" + plain + "\ufeff") == text_module.words(plain)


def test_every_idiom_is_read_as_its_word_alone_or_inside_a_sentence():
    _, idioms = persian.synonyms()
    assert idioms
    for words, word in idioms.items():
        assert persian.canonical(list(words)) == [word], words
        assert persian.canonical(["\u0686\u0631\u0627", *words, "\u0686\u06cc"])[1] == word, words
