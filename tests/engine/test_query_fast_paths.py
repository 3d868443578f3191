"""The fast paths of reading a question (text.py, persian.py) and of repairing its typos
(ranking.py) change no reading: each skips work only where the work would have changed nothing."""

from __future__ import annotations

import random
import sys
from dataclasses import replace

import numpy as np
import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine import persian, ranking
from bot.engine import text as text_module
from bot.engine.ranking import Ranker
from bot.engine.spelling import MANY_CHOICES, closest_spelling


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


def _typos(words: list[str], rng: random.Random, count: int) -> list[str]:
    """Words with one letter dropped, doubled, swapped with the next or changed, and a few made
    of random letters of the same words."""
    letters = sorted(set("".join(words)))
    out = []
    for _ in range(count):
        word = rng.choice(words)
        i = rng.randrange(len(word))
        out.append(
            rng.choice(
                [
                    word[:i] + word[i + 1 :],
                    word[:i] + word[i] + word[i:],
                    word[:i] + word[i + 1 : i + 2] + word[i : i + 1] + word[i + 2 :],
                    word[:i] + rng.choice(letters) + word[i + 1 :],
                    "".join(rng.choice(letters) for _ in word),
                ]
            )
        )
    return [w for w in out if w]


def _one_edit(word: str, choices: list[str]) -> list[str]:
    """The choices one edit (OSA) from `word`."""
    return sorted(c for c, _, _ in process.extract(word, choices, scorer=OSA.distance, score_cutoff=1, limit=None))


@pytest.mark.parametrize("ratio", [None, 70.0, 95.0])
def test_a_typo_is_repaired_to_the_closest_faq_word_as_when_every_word_was_scored(engine, ratio, monkeypatch):
    # Ranker._closest_near scores only the FAQ words whose letters leave the cut-off in reach:
    # the same word comes out as from scoring all of them (and _one_edit_near keeps every FAQ
    # word one edit away), in every index (English, Persian,
    # Finglish), at the shipped cut-off, a low one and a high one; with and without numpy's
    # bitwise_count (numpy before 2.0)
    rng = random.Random(14)
    for counting in ("numpy", "table"):
        if counting == "table":
            monkeypatch.delattr(np, "bitwise_count", raising=False)
        scored = 0
        for matcher in (engine.matcher, engine.persian, engine.finglish):
            if matcher is None:
                continue
            settings = matcher.settings if ratio is None else replace(matcher.settings, typo_min_ratio=ratio)
            ranker = Ranker(matcher.index, settings)
            vocabulary = sorted(w for w in matcher.index.vocabulary if w.isalpha())
            for typo in _typos(vocabulary, rng, 300):
                choices = ranker._near(len(typo))[0]
                if len(choices) >= MANY_CHOICES:
                    scored += 1
                assert ranker._closest_near(typo, choices) == closest_spelling(typo, choices, settings), typo
                one_apart = ranker._near(len(typo))[1]
                near = ranker._one_edit_near(typo, one_apart)
                assert _one_edit(typo, near) == _one_edit(typo, one_apart), typo
        assert scored > 100  # the lists are long enough for the fast path to be taken


def test_the_letters_of_many_words_are_the_letters_of_each():
    words = ["volcano", "lighthouse", "\u0632\u0646\u0628\u0648\u0631", "a", "x9", "\U0001f41d bee"]
    bits = ranking._letter_bits_of(words)
    assert [int(b) for b in bits] == [ranking._letter_bits(w) for w in words]
    assert ranking._letter_bits_of([]).size == 0


def _started_apart(ranker: Ranker, question: str, exclude: tuple[str, str] | None = None):
    """`ranker._start(question, exclude)` scored from the entry and phrasing vectors stored apart."""
    apart = Ranker(ranker.index, ranker.settings)
    apart._joint, apart._joint_made = None, True
    return apart._start(question, exclude)


@pytest.mark.parametrize("faq", ["shipped", "made_up"])
def test_a_question_scores_the_same_from_the_vectors_stored_together_as_apart(faq, request):
    # Ranker._start scores a small FAQ's entry and phrasing vectors in one pass (ranking._Joint):
    # every cosine, learned score and recall is the float the vectors stored apart give, so every
    # ranking is the same, in every index, for questions, typos and a phrasing left out of its entry
    engine = request.getfixturevalue("engine" if faq == "shipped" else "made_up")
    rng = random.Random(7)
    compared = 0
    for matcher in (engine.matcher, engine.persian, engine.finglish):
        if matcher is None:
            continue
        ranker = Ranker(matcher.index, matcher.settings)
        assert ranker._joint_table() is not None  # a FAQ this small is scored in one pass
        entry_id = matcher.index.entry_ids[0]
        texts = rng.sample(matcher.index.texts, min(60, len(matcher.index.texts)))
        words = sorted({w for t in texts for w in t.split()})
        questions = [*texts, *(" ".join(rng.sample(_typos(words, rng, 12), 5)) for _ in range(20))]
        for question in questions:
            for exclude in (None, (entry_id, question)):
                together, apart = ranker._start(question, exclude), _started_apart(ranker, question, exclude)
                assert type(together) is type(apart), question
                if isinstance(together, ranking.Started):
                    for name in ("entry_scores", "phrase_scores", "phrase_recall", "learned_scores"):
                        assert np.array_equal(getattr(together, name), getattr(apart, name)), (question, name)
                    assert together.use_learned == apart.use_learned and together.skipped == apart.skipped
                    assert ranker._finish(together) == ranker._finish(apart), question
                    compared += 1
    assert compared > 50


def test_a_large_faq_is_scored_from_its_vectors_apart(engine):
    # above ranking._JOINT_MAX stored values the vectors are not copied into one table
    index = engine.matcher.index
    ranker = Ranker(index, engine.matcher.settings)
    assert len(index.entries.docs) + len(index.phrasings.docs) > 1000
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ranking, "_JOINT_MAX", 1000)
        assert ranker._joint_table() is None
        assert (
            ranker.rank("who signed the letter").candidates
            == Ranker(index, ranker.settings).rank("who signed the letter").candidates
        )
