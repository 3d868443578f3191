"""A question is decided on a ranking whose string similarity is worked out only for the entries
that could reach the candidates a decision reads (Ranker.decided): the user gets the same
answer, "did you mean" list and confidence as from the full ranking, on the shipped FAQ and on
made-up ones, whatever the number of suggestions offered."""

from __future__ import annotations

import dataclasses
import random

import madeup
import pytest

from bot.engine import Engine


def _questions(engine: Engine, seed: int, count: int) -> list[str]:
    """Phrasings of the FAQ with a word dropped or two swapped, whole ones, and mixes of two."""
    rng = random.Random(seed)
    texts = [t for e in engine.kb.entries.values() for t in (e.question, *e.phrasings)]
    out = []
    for _ in range(count):
        words = rng.choice(texts).split()
        kind = rng.randrange(4)
        if kind == 0 and len(words) > 2:
            del words[rng.randrange(len(words))]
        elif kind == 1 and len(words) > 2:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        elif kind == 2:
            words += rng.choice(texts).split()[:3]
        out.append(" ".join(words))
    return out


def _same_decisions(engine: Engine, questions: list[str]) -> int:
    """Asserts each index decides every question as its full ranking does; how many were asked."""
    asked = 0
    for matcher in (engine.matcher, engine.persian, engine.finglish):
        if matcher is None:
            continue
        for question in questions:
            full = matcher.decide(matcher.rank(question))
            assert matcher.match(question) == full, question
            assert matcher.finish(matcher.start(question), "fa") == matcher.decide(matcher.rank(question), "fa")
            asked += 1
    return asked


def test_the_shipped_faq_decides_as_on_its_full_ranking(engine):
    assert _same_decisions(engine, _questions(engine, 1, 400)) >= 400


def test_a_made_up_faq_decides_as_on_its_full_ranking(made_up):
    assert _same_decisions(made_up, _questions(made_up, 2, 300)) >= 300


@pytest.mark.parametrize("suggestions", [1, 2, 5])
def test_the_decision_is_the_same_with_any_number_of_suggestions(config, suggestions):
    settings = dataclasses.replace(config.matching, max_suggestions=suggestions)
    engine = madeup.persian_island(settings)
    assert _same_decisions(engine, _questions(engine, 3, 200)) >= 200


@pytest.mark.parametrize("seed", [4, 5])
def test_an_engine_prepared_with_the_faq_words_read_answers_as_an_unprepared_one(config, seed):
    """Engine.prepare reads the FAQ's own words in every index (Engine._read_faq_words): what a
    question gets is the same, in English, Persian script and Finglish."""
    lazy, prepared = madeup.persian_island(config.matching), madeup.persian_island(config.matching).prepare()
    questions = _questions(lazy, seed, 150)
    assert [prepared.ask(q).result for q in questions] == [lazy.ask(q).result for q in questions]
