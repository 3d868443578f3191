"""A question in two indexes (Finglish: the Latin-script one and the Finglish one) is ranked in
full in the first only when its result there could matter (Engine._match, Ranker.may_answer):
the replies are the ones ranking both in full gives. Tested on the made-up Persian FAQ (bees,
volcano, lighthouse) with made-up confidence models, never on the shipped FAQ's words."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from bot.engine import MatchSettings, decision, load_engine
from bot.engine.ranking import FEATURES, Ranker, Ranking

DATA = Path(__file__).resolve().parents[1] / "data"
KNOWLEDGE = DATA / "persian" / "knowledge"
SEEDS = DATA / "moderation" / "seeds"

QUESTIONS = [
    "fanus hanuz kar mikone",
    "fanoos daryaee hanooz kar mikone?",
    "zanbura chand ta gol mibinan?",
    "zanbur ha chand gol? how many flowers",
    "atashfeshan kei foran kard? volcano",
    "salam, in chie?",
    "noon che gheymate?",
    "how many flowers do bees visit",
    "is the lighthouse still working",
    "volcano erupt?",
    "lighthuose kepeer",
    "فانوس دریایی هنوز کار میکنه؟",
    "آتشفشان کی فوران کرد",
    "زنبور ها چند گل رو میبینن",
    "beez sting?",
    "weather forecast tomorrow",
]


def _model(rng: random.Random) -> dict[str, float]:
    return {name: rng.uniform(-6.0, 6.0) for name in FEATURES}


@pytest.fixture(scope="module")
def engine():
    return load_engine(KNOWLEDGE, SEEDS, MatchSettings())


def test_an_index_the_bound_rules_out_never_answers_in_full(engine):
    """Whatever the model (random weights of either sign, bias and threshold), an index whose
    bound says it cannot answer a question (with another entry than a given one) does not
    answer it (so) when ranked in full."""
    rng = random.Random(7)
    ruled_out = ruled_out_besides = 0
    for _ in range(40):
        settings = dataclasses.replace(
            MatchSettings(),
            model_weights=_model(rng),
            model_bias=rng.uniform(-12.0, 4.0),
            answer_threshold=rng.uniform(30.0, 95.0),
        )
        for matcher in (engine.matcher, engine.persian, engine.finglish):
            ranker = Ranker(matcher.index, matcher.settings)
            for question in QUESTIONS:
                started = ranker._start(question)
                ranking = started if isinstance(started, Ranking) else ranker._finish(started)
                decided = _decide(matcher, ranking, settings)
                if not ranker.may_answer(started, settings):
                    ruled_out += 1
                    assert not decided.answered, (question, settings.model_weights)
                # ... and an answer with another entry than a given one (each ranked entry in turn)
                for ranked in ranking.candidates:
                    if not ranker.may_answer(started, settings, besides=ranked.entry_id):
                        ruled_out_besides += 1
                        assert not decided.answered or decided.entry_id == ranked.entry_id, question
    assert ruled_out > 50 and ruled_out_besides > 50  # the bound did rule indexes out


def _decide(matcher, ranking, settings):
    return decision.decide(ranking, matcher.features(ranking), settings)


def test_a_finglish_question_gets_the_reply_ranking_both_indexes_in_full_gives(monkeypatch):
    """With a calibrated-like model, the shortcut is taken for some Finglish questions, and every
    question's match and reply are the ones ranking every index in full gives."""
    rng = random.Random(3)
    taken = 0
    for _ in range(6):
        settings = dataclasses.replace(
            MatchSettings(),
            model_weights={**_model(rng), "rel_margin": -abs(rng.uniform(0, 2))},
            model_bias=rng.uniform(-10.0, 0.0),
            answer_threshold=rng.uniform(40.0, 90.0),
        )
        engine = load_engine(KNOWLEDGE, SEEDS, settings)
        calls: list[bool] = []
        may_answer = Ranker.may_answer

        def counted(self, started, settings, besides=None, may_answer=may_answer, calls=calls):
            calls.append(may_answer(self, started, settings, besides))
            return calls[-1]

        monkeypatch.setattr(Ranker, "may_answer", counted)
        quick = [(engine.match(q), engine.ask(q).to_json()) for q in QUESTIONS]
        taken += calls.count(False)
        monkeypatch.setattr(Ranker, "may_answer", lambda *args, **kwargs: True)
        full = [(engine.match(q), engine.ask(q).to_json()) for q in QUESTIONS]
        monkeypatch.undo()
        assert quick == full
    assert taken > 0
