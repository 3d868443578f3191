"""persian.fold applies each of its spelling rules only to a word holding the letters the rule
needs, and undoes doubled letters again only after a rule that changed the word (a new Finglish
word is folded the first time a question holds it): the same folds as every rule applied in
full, in order, on Finglish, English, the shipped FAQ's words and made-up ones."""

from __future__ import annotations

import random
from pathlib import Path

from bot.engine import persian, text
from bot.engine.lexicon import is_english

fold = persian.fold.__wrapped__  # the function itself, not the per-word cache in front of it


def fold_in_full(word: str) -> str:
    """`persian.fold` as it was written before its shortcuts: every rule, on every word."""
    if not word.isascii() or not word.isalpha() or is_english(word) or persian._CLUSTER.match(word):
        return word
    original = word
    word = persian._X.sub("kh", word)
    english_like = persian._ENGLISH_ENDING.search(word) is not None
    word = persian._OW.sub("u", word)
    for a, b in persian._FOLDS:
        if not (english_like and a == "o"):
            word = word.replace(a, b)
    word = persian._EY.sub("ei", word)
    word = persian._DOUBLE.sub(r"\1", word)
    word = persian._Y_BEFORE_VOWEL.sub("i", word)
    word = persian._DOUBLE.sub(r"\1", word)
    word = persian._GLIDE.sub("i", word)
    word = persian._DOUBLE.sub(r"\1", word)
    word = persian._FINAL_E.sub(r"\1eh", word)
    for candidate in (persian._finglish_stem(word), word):
        if not is_english(candidate):
            return candidate
    return original


def test_finglish_words_fold_as_before():
    words = [
        "xub", "excutions", "dowlat", "rowhani", "beynolmelali", "bahrayni", "daryayi", "daryaei",
        "daryaee", "aghaliyat", "jaryan", "vaziyat", "taghyir", "taghiir", "nameh", "name", "khoobe",
        "mesane", "rabete", "ghatame", "ejbari", "hamraahi", "vaadehash", "kodoome", "kudum", "owmadan",
        "yeki", "yyy", "aaa", "eee", "iii", "ooo", "uuu", "ey", "ay", "ow", "x", "xe", "sare", "chie",
    ]  # fmt: skip
    assert [fold(w) for w in words] == [fold_in_full(w) for w in words]


def test_made_up_and_faq_words_fold_as_before():
    rng = random.Random(20261206)
    letters = "abcdefghijklmnopqrstuvwxyz" + "aeiouy" * 4 + "hkx" * 2
    made_up = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 11))) for _ in range(30_000)]
    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "knowledge").glob("*.yaml")):
        made_up.extend(text.words(path.read_text(encoding="utf-8"), max_chars=10**7, finglish=False))
    folded = [w for w in made_up if fold_in_full(w) != w]
    assert len(folded) > 10_000  # most of them are folded: the rules are exercised, not skipped
    assert [w for w in made_up if fold(w) != fold_in_full(w)] == []
