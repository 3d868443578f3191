"""text.stem returns a lowercase word with none of `SNOWBALL_ENDINGS` as it is, without running
Snowball's English stemmer (a question's new words cost 20-40 microseconds each in it): the same
stem Snowball gives, checked against the stemmer's own suffix tables, against every word of the
English word list and the shipped FAQ, and on made-up words (typos, Finglish, names)."""

from __future__ import annotations

import random
import string

import pytest

from bot.engine import text
from bot.engine.lexicon import english_words

stem = text.stem.__wrapped__  # the function itself, not the per-word cache in front of it


def _fast(word: str) -> bool:
    return word.isascii() and word.isalpha() and word.islower() and not word.endswith(text.SNOWBALL_ENDINGS)


def test_every_suffix_snowball_looks_for_ends_in_one_of_the_endings():
    # the tables of the suffixes each step takes off or changes (a_1, a_2: step 1a; a_5: 1b;
    # a_7: 2; a_8: 3; a_9: 4; a_10: 5) and the whole-word exceptions (a_11); a_0 holds prefixes,
    # and a_3, a_4, a_6 are looked at only once a suffix of a_5 was found
    english = pytest.importorskip("snowballstemmer.english_stemmer").EnglishStemmer
    for table in ("a_1", "a_2", "a_5", "a_7", "a_8", "a_9", "a_10", "a_11"):
        # the others hold an apostrophe ("'s"): no word `stem` reads by the path has one
        suffixes = [among.s for among in getattr(english, table) if among.s and "'" not in among.s]
        assert suffixes or table == "a_1", table
        assert all(s.endswith(text.SNOWBALL_ENDINGS) for s in suffixes), (table, suffixes)


def test_english_words_without_those_endings_are_their_own_stems():
    checked = [w for w in sorted(english_words()) if _fast(w)]
    assert len(checked) > 10_000  # "about", "against", "wrong", "hoping" aside: thousands take the path
    assert [w for w in checked if text._STEMMER.stemWord(w) != w] == []
    assert [w for w in checked if stem(w) != w] == []


def test_the_faqs_words_stem_as_snowball_stems_them(shipped_words):
    for word in shipped_words:
        if word.isascii() and word.isalpha():
            assert stem(word) == text._STEMMER.stemWord(word), word


@pytest.fixture(scope="module")
def shipped_words() -> set[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    found: set[str] = set()
    for path in sorted((root / "knowledge").glob("*.yaml")):
        found.update(text.words(path.read_text(encoding="utf-8"), max_chars=10**7, finglish=False))
    assert len(found) > 1000
    return found


def test_made_up_words_stem_as_snowball_stems_them():
    # typos, names and Finglish words: letters in any order, "y" anywhere (Snowball marks a "y"
    # after a vowel as a consonant and turns it back at the end), capitals (never on the path)
    rng = random.Random(20261206)
    letters = string.ascii_lowercase + "aeiouy" * 3
    made_up = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    made_up += ["bahreini", "mesane", "zad", "wuold", "thinsg", "yay", "sayt", "yyy", "Fixed", "ABC", "Yemen"]
    assert sum(1 for w in made_up if _fast(w)) > 5_000
    assert [w for w in made_up if stem(w) != text._STEMMER.stemWord(w)] == []


def test_words_the_path_leaves_to_snowball_are_stemmed_as_before():
    assert [text.stem(w) for w in ["executed", "fishermen", "lighthouses", "sky", "news", "only", "gently"]] == [
        "execut",
        "fishermen",
        "lighthous",
        "sky",
        "news",
        "onli",
        "gentl",
    ]
