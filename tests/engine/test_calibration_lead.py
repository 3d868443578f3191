"""The suggest threshold's fit knows the clear lead: between the suggest and answer thresholds a
question with a clear lead is answered (Engine._by_lead), so the fit scores it as an answer."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from bot.engine import MatchSettings, Outcome
from bot.engine.evaluation import Labelled, lead_answers, suggest_threshold


def _ranked(*entries: str) -> list:
    """Candidates as the fit reads them: their entry ids, best first."""
    return [SimpleNamespace(entry_id=e) for e in entries]


def _band(oos_lead_scope: str = "full"):
    """Ten in-scope questions at confidence 20 whose right entry is offered, and two out-of-scope
    ones at 30 that the clear lead would answer with "bees"."""
    ranks = [(Labelled(f"in {i}", "bees"), _ranked("bees", "lamp")) for i in range(10)]
    ranks += [(Labelled(f"out {i}", None), _ranked("bees", "lamp")) for i in range(2)]
    conf = np.array([20.0] * 10 + [30.0] * 2)
    leads = {f"out {i}": ("bees", oos_lead_scope) for i in range(2)}
    return ranks, conf, leads


def test_the_suggest_threshold_stays_above_out_of_scope_questions_a_lead_would_answer():
    ranks, conf, leads = _band()
    # As suggestions alone they cost less than the in-scope ones below them gain ...
    assert suggest_threshold(ranks, conf, 80.0, 3) <= 20.0
    # ... but in the band the lead answers them: a wrong answer, so the band starts above them.
    assert suggest_threshold(ranks, conf, 80.0, 3, leads) > 30.0


def test_right_answers_of_the_lead_count_as_help_like_right_suggestions():
    ranks = [(Labelled(f"in {i}", "bees"), _ranked("bees")) for i in range(4)]
    ranks += [(Labelled("out", None), _ranked("lamp"))]
    conf = np.array([40.0] * 4 + [60.0])
    leads = {f"in {i}": ("bees", "full") for i in range(4)}
    # the band reaches down to the lead's right answers, with or without knowing them
    assert suggest_threshold(ranks, conf, 80.0, 3, leads) <= 40.0
    assert suggest_threshold(ranks, conf, 80.0, 3) <= 40.0


def test_a_near_topic_question_the_lead_answers_in_full_counts_as_wrong_with_a_caveat_as_nothing():
    ranks = [(Labelled(f"in {i}", "bees"), _ranked("bees")) for i in range(2)]
    ranks += [(Labelled("near", "bees", near_topic=True), _ranked("bees"))]
    conf = np.array([20.0, 20.0, 30.0])
    assert suggest_threshold(ranks, conf, 80.0, 3, {"near": ("bees", "full")}) > 30.0
    assert suggest_threshold(ranks, conf, 80.0, 3, {"near": ("bees", "partial")}) <= 20.0


def test_lead_answers_reads_what_the_lead_answers_on_a_made_up_faq():
    import madeup

    band = madeup.island(MatchSettings(answer_threshold=99.9, suggest_threshold=0.1))
    items = [Labelled("is the hive busy", "bees"), Labelled("recipe for chocolate cake", None)]
    assert lead_answers(band, items) == {"is the hive busy": ("bees", "full")}


@pytest.mark.parametrize("question", ["rouhani", "the resolution"])
def test_vague_questions_keep_a_did_you_mean_on_the_shipped_faq(engine, question):
    """One word of a subject several entries share: the asker is offered them, not refused (an
    earlier refit raised the English suggest threshold to 71.5 and they were refused)."""
    result = engine.ask(question).result
    assert result.outcome is Outcome.SUGGEST and len(result.suggestions) >= 2, result
