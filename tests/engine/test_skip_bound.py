"""A question in two indexes (Finglish: the Latin-script one and the Finglish one) is ranked in
full in the first only when its result there could matter (Engine._match, Ranker.may_answer):
the replies are the ones ranking both in full gives. Tested on the made-up Persian FAQ (bees,
volcano, lighthouse) with made-up confidence models, never on the shipped FAQ's words."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator

import madeup
import pytest

from bot.engine import Engine, MatchSettings, decision, load_engine
from bot.engine.ranking import FEATURES, Ranker, Ranking

KNOWLEDGE = madeup.PERSIAN_KNOWLEDGE
SEEDS = madeup.ISLAND_SEEDS

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


def _engines_on_cosines(seed: int, count: int) -> Iterator[Engine]:
    """The made-up FAQ under `count` random models on the cosines and the coverage (signals string
    similarity does not move, so that the bound is the real confidence) and low thresholds."""
    rng = random.Random(seed)
    for _ in range(count):
        weights = dict.fromkeys(FEATURES, 0.0)
        weights.update(entry_cos=rng.uniform(2, 8), phrase_cos=rng.uniform(2, 8), coverage=rng.uniform(0, 3))
        settings = dataclasses.replace(
            MatchSettings(), model_weights=weights, model_bias=rng.uniform(-6, -1), answer_threshold=rng.uniform(20, 50)
        )
        yield load_engine(KNOWLEDGE, SEEDS, settings)


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
    ruled_out = ruled_out_besides = ruled_out_only = 0
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
                    # ... and an answer with that entry (Engine._answer_or_none's `only`)
                    if not ranker.may_answer(started, settings, only=ranked.entry_id):
                        ruled_out_only += 1
                        assert not (decided.answered and decided.entry_id == ranked.entry_id), question
    assert ruled_out > 50 and ruled_out_besides > 50 and ruled_out_only > 50  # the bound did rule indexes out


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

        def counted(self, started, settings, besides=None, only=None, may_answer=may_answer, calls=calls):
            calls.append(may_answer(self, started, settings, besides, only))
            return calls[-1]

        monkeypatch.setattr(Ranker, "may_answer", counted)
        quick = [(engine.match(q), engine.ask(q).to_json()) for q in QUESTIONS]
        taken += calls.count(False)
        monkeypatch.setattr(Ranker, "may_answer", lambda *args, **kwargs: True)
        full = [(engine.match(q), engine.ask(q).to_json()) for q in QUESTIONS]
        monkeypatch.undo()
        assert quick == full
    assert taken > 0


def test_a_finglish_answer_is_only_beaten_by_a_more_confident_one(monkeypatch):
    """Once the Finglish index answers, the Latin-script one is ranked in full only if its bound
    reaches that answer's score (Engine._may_beat), not merely the answer threshold: with models
    where that rules it out for some questions, every match and reply is still the one ranking
    both indexes in full gives. Models on the cosines and the coverage (signals string
    similarity does not move, so that the bound is the real confidence) and low thresholds, under
    which both indexes often may answer."""
    ruled_out = 0
    for engine in _engines_on_cosines(seed=5, count=4):
        for question in QUESTIONS:
            matchers = engine.matchers_for(question, "fa-Latn")
            if len(matchers) < 2:
                continue
            latin, finglish = matchers
            other = finglish.match(question, "fa-Latn")
            started = latin.start(question)
            if other.answered and latin.may_answer(started, "fa-Latn"):
                ruled_out += not engine._may_beat(latin, started, "fa-Latn", other, None)
        quick = [(engine.match(q, "fa-Latn"), engine.ask(q).to_json()) for q in QUESTIONS]
        monkeypatch.setattr(Ranker, "may_answer", lambda *args, **kwargs: True)
        full = [(engine.match(q, "fa-Latn"), engine.ask(q).to_json()) for q in QUESTIONS]
        monkeypatch.undo()
        assert quick == full
    assert ruled_out > 0  # the score, not the threshold, ruled the Latin-script index out


def test_matcher_may_beat_rules_out_only_what_cannot_answer_as_confidently():
    """`Matcher.may_beat(started, language, score)` (what Engine._may_beat asks): when it says
    no, the index's own result is no answer at least as confident as `score`, at any score, also
    with another entry than a given one; and it does say no for some."""
    ruled_out = 0
    for engine in _engines_on_cosines(seed=9, count=3):
        for matcher in (engine.matcher, engine.persian, engine.finglish):
            for question in QUESTIONS:
                result = matcher.match(question, "fa-Latn")
                for score in (0.0, 40.0, 70.0, 90.0, 99.9):
                    started = matcher.start(question)
                    as_confident = result.answered and result.score >= score
                    if not matcher.may_beat(started, "fa-Latn", score):
                        ruled_out += 1
                        assert not as_confident, (question, score)
                    for besides in matcher.entry_ids:
                        if not matcher.may_beat(started, "fa-Latn", score, besides):
                            assert not (as_confident and result.entry_id != besides), (question, score, besides)
    assert ruled_out > 0


# -- the bound against real scores: thresholds placed exactly at them ---------------------------


def _own_questions(engine) -> list[str]:
    """Questions made from the FAQ's own texts (never its words written here): each question and
    phrasing as written, without its last word, and its words in reverse order. A phrasing asked
    word for word scores a string similarity of 1, where the bound is tight."""
    questions = []
    for entry in engine.kb.entries.values():
        for text in entry.all_phrasings():
            words = text.split()
            questions += [text, " ".join(words[:-1]), " ".join(reversed(words))]
    questions = [q for q in dict.fromkeys(questions) if q]
    return random.Random(1).sample(questions, min(len(questions), 150))  # enough, and quick


def _sparse_model(rng: random.Random) -> dict[str, float]:
    """Random weights, about half of them 0: a model without the signals the bound takes at their
    most favourable (fuzzy, agree, margin...) has a bound equal to the real confidence."""
    return {name: rng.uniform(-6.0, 6.0) if rng.random() < 0.5 else 0.0 for name in FEATURES}


def _models(rng: random.Random, own: MatchSettings | None) -> list[tuple[dict[str, float], float | None]]:
    """(weights, bias) pairs; bias None: set per question so that the real confidence is near 50,
    where a small change of the sum moves the rounded confidence most."""
    models: list[tuple[dict[str, float], float | None]] = []
    for i in range(8):
        weights = _sparse_model(rng) if i % 2 else _model(rng)
        weights["rel_margin"] = -abs(weights["rel_margin"])  # a positive weight gets no bound
        models.append((weights, None if i % 4 < 3 else rng.uniform(-12.0, 4.0)))
    if own is not None and own.model_weights is not None:
        models.append((dict(own.model_weights), own.model_bias))  # the calibrated model as shipped
    return models


def _bound_below_real_scores(engine, questions: list[str], seed: int) -> tuple[int, int, list]:
    """(checks, checks where the bound was within 0.2 of the real confidence, failures): every
    index and question, every model, with the answer threshold set exactly at the real confidence
    of the full ranking (to 0.1, as decisions round it); the bound must then say the index may
    answer, also `besides` any entry but the first."""
    rng = random.Random(seed)
    models = _models(rng, engine.matcher.settings)
    checks = tight = 0
    failures = []
    for matcher in (engine.matcher, engine.persian, engine.finglish):
        if matcher is None:
            continue
        ranker = Ranker(matcher.index, matcher.settings)
        for question in questions:
            started = ranker._start(question)
            ranking = started if isinstance(started, Ranking) else ranker._finish(started)
            features = matcher.features(ranking)
            if decision.veto(ranking, features, dataclasses.replace(matcher.settings, min_margin=0.0)):
                continue  # never an answer, whatever the threshold
            for weights, bias in models:
                if bias is None:
                    rest = sum(weights.get(name, 0.0) * features[name] for name in FEATURES)
                    bias = -rest + rng.uniform(-1.5, 1.5)
                model = dataclasses.replace(matcher.settings, model_weights=weights, model_bias=bias, min_margin=0.0)
                score = round(decision.confidence(features, model), 1)
                at_score = dataclasses.replace(model, answer_threshold=score)
                assert decision.decide(ranking, features, at_score).answered  # what the bound must allow
                checks += 1
                if not ranker.may_answer(started, at_score):
                    failures.append((question, score, weights, bias))
                besides = [c.entry_id for c in ranking.candidates[1:3]]
                failures += [
                    (question, score, weights, bias, b) for b in besides if not ranker.may_answer(started, at_score, b)
                ]
                if score < 99.8 and not ranker.may_answer(
                    started, dataclasses.replace(model, answer_threshold=score + 0.2)
                ):
                    tight += 1
    return checks, tight, failures


def test_the_bound_reaches_every_real_score_on_a_made_up_faq(engine):
    """With the answer threshold at a question's real confidence, which the full ranking answers,
    the bound never says the index cannot answer (made-up Persian FAQ, random models)."""
    questions = QUESTIONS + _own_questions(engine)
    checks, tight, failures = _bound_below_real_scores(engine, questions, seed=11)
    assert not failures, failures[:3]
    # The checks have teeth: often the bound is within 0.2 of the real confidence, so a bound that
    # leaves out or lowers one of its terms falls below some real score.
    assert checks > 1000 and tight > checks // 20, (checks, tight)


def test_the_bound_reaches_every_real_score_on_the_shipped_faq(config):
    """The same on the shipped FAQ, its questions made from its own phrasings, with random models
    and its calibrated one."""
    shipped = load_engine(config.paths.knowledge, config.paths.seeds, config.matching)
    checks, tight, failures = _bound_below_real_scores(shipped, _own_questions(shipped), seed=5)
    assert not failures, failures[:3]
    assert checks > 1000 and tight > checks // 200, (checks, tight)


def test_with_a_negative_string_similarity_weight_the_bound_still_holds():
    """config accepts a negative `fusion_fuzzy` (calibration or a user may set one): string
    similarity then lowers the fused score, and the bound, worked out for a non-negative weight,
    must give up rather than rule out an index that answers."""
    engine = load_engine(KNOWLEDGE, SEEDS, MatchSettings(fusion_fuzzy=-0.3))
    checks, _, failures = _bound_below_real_scores(engine, QUESTIONS + _own_questions(engine), seed=11)
    assert not failures, failures[:3]
    assert checks > 1000


def test_with_a_negative_string_similarity_weight_the_replies_are_those_of_full_rankings(monkeypatch):
    rng = random.Random(3)
    for _ in range(4):
        settings = dataclasses.replace(
            MatchSettings(fusion_fuzzy=-0.3),
            model_weights={**_model(rng), "rel_margin": -abs(rng.uniform(0, 2))},
            model_bias=rng.uniform(-10.0, 0.0),
            answer_threshold=rng.uniform(40.0, 90.0),
        )
        engine = load_engine(KNOWLEDGE, SEEDS, settings)
        questions = QUESTIONS + _own_questions(engine)
        quick = [(engine.match(q), engine.ask(q).to_json()) for q in questions]
        monkeypatch.setattr(Ranker, "may_answer", lambda *args, **kwargs: True)
        full = [(engine.match(q), engine.ask(q).to_json()) for q in questions]
        monkeypatch.undo()
        assert quick == full
