"""What a ranker keeps of the questions it reads (ranking.Ranker._read_word, _best_rows): each
word's repair, stem and English-ness per index, and the best phrasing rows of the last scores.
Kept or not, a question gets the same ranking and the same reply; the keeping is bounded and per
index, so an engine reloaded with other knowledge reads nothing the old one kept. Tested on the
made-up FAQs (bees, volcano, lighthouse; and its Persian translation)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings, load_engine
from bot.engine.memo import MAX_CACHED_WORD
from bot.engine.ranking import Ranker, Ranking

QUESTIONS = [
    "is the lighthouse still working",
    "lighthuose kepeer",
    "how many flowers do bees visit",
    "beez sting?",
    "volcano erupt?",
    "fanus hanuz kar mikone",
    "zanbur ha chand gol? how many flowers",
    "atashfeshan kei foran kard? volcano",
    "فانوس دریایی هنوز کار میکنه؟",
    "زنبور ها چند گل رو میبینن",
    "weather forecast tomorrow",
    "x" * 4000,
]


@pytest.fixture(scope="module")
def engine():
    return load_engine(madeup.PERSIAN_KNOWLEDGE, madeup.ISLAND_SEEDS, MatchSettings())


def _matchers(engine):
    return [m for m in (engine.matcher, engine.persian, engine.finglish) if m is not None]


def _fresh_rank(matcher, question: str) -> Ranking:
    """The ranking a ranker that has read nothing before gives."""
    return Ranker(matcher.index, matcher.settings).rank(question)


def test_a_question_ranks_the_same_read_first_or_again_after_others(engine):
    """Every index ranks each question as a fresh ranker does, asked first, again, and after the
    other questions (whose words it kept)."""
    for matcher in _matchers(engine):
        ranker = Ranker(matcher.index, matcher.settings)
        for question in QUESTIONS + QUESTIONS[::-1]:
            assert ranker.rank(question) == _fresh_rank(matcher, question), question


def test_words_are_kept_per_index_as_that_index_reads_them(engine):
    """One word typed in Latin letters is read by the English index as English and by the
    Finglish index as Finglish: each index keeps its own reading, the one it gives uncached."""
    readings = {}
    for matcher in (engine.matcher, engine.finglish):
        ranker = matcher._ranker
        ranker.rank("fanus hanuz kar mikone? is the lighthouse working")
        for word, read in ranker._word_reads.items():
            assert read[0] == Ranker(matcher.index, matcher.settings).repair(word), word
        readings[matcher.index.finglish] = dict(ranker._word_reads)
    assert len(readings) == 2
    english, finglish = readings.values()
    assert any(english.get(w) != r for w, r in finglish.items())  # not one shared table


def test_the_kept_words_are_bounded(engine):
    """A 4,000-letter "word" is never kept, and the table is emptied before it grows past its
    bound (the repair cache's), whatever users send."""
    ranker = Ranker(engine.matcher.index, engine.matcher.settings)
    ranker.rank("lighthouse " + "y" * (MAX_CACHED_WORD + 1) + " " + "z" * 4000)
    assert all(len(word) <= MAX_CACHED_WORD for word in ranker._word_reads)
    assert "lighthouse" in ranker._word_reads
    ranker._word_reads.update((f"w{i}", ("w", "w", False)) for i in range(50_001))
    ranker.rank("is the volcano active")
    assert len(ranker._word_reads) <= 50_001
    assert ranker.rank("is the lighthouse still working") == _fresh_rank(
        engine.matcher, "is the lighthouse still working"
    )


def test_a_start_finished_after_another_start_ranks_as_its_own(engine):
    """The best rows of the last scores are kept for `may_answer` and `_finish` of one start: a
    start finished after the same ranker started (and bounded) another question still ranks as
    that question alone does."""
    finished = 0
    for matcher in _matchers(engine):
        ranker = Ranker(matcher.index, matcher.settings)
        questions = [q for q in QUESTIONS if not isinstance(ranker._start(q), Ranking)]
        started = [ranker._start(q) for q in questions]
        for s in started:
            ranker.may_answer(s, matcher.settings)
        for question, s in zip(questions, started, strict=True):
            assert ranker._finish(s) == _fresh_rank(matcher, question), question
            finished += 1
    assert finished >= 6


def test_an_engine_with_other_knowledge_replies_as_a_fresh_one():
    """An engine reloaded with other knowledge (the English-only made-up FAQ after its Persian
    translation) replies as one that never read a question; the old engine's kept words are not
    its."""
    before = load_engine(madeup.PERSIAN_KNOWLEDGE, madeup.ISLAND_SEEDS, MatchSettings())
    for question in QUESTIONS:
        before.ask(question)
    reloaded = load_engine(madeup.ISLAND_KNOWLEDGE, madeup.ISLAND_SEEDS, MatchSettings())
    asked = [reloaded.ask(q).to_json() for q in QUESTIONS]
    fresh = load_engine(madeup.ISLAND_KNOWLEDGE, madeup.ISLAND_SEEDS, MatchSettings())
    assert asked == [fresh.ask(q).to_json() for q in QUESTIONS[::-1]][::-1]
    assert reloaded.matcher._ranker is not before.matcher._ranker
