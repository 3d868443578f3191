"""The shipped FAQ on held-out questions: the figures the campaign relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.evaluation import evaluate, load_question_set
from bot.engine.persian import language
from bot.engine.text import clean, comparable

DATA = Path(__file__).resolve().parents[1] / "data"


def test_eval_set_is_big_enough_and_labels_real_entries(engine):
    items = load_question_set(DATA / "eval.yaml")
    in_scope = [i for i in items if i.entry]
    assert len(in_scope) >= 80 and len(items) - len(in_scope) >= 40
    assert {i.entry for i in in_scope} == set(engine.kb.entries)


HELD_OUT = ("eval.yaml", "eval2.yaml", "eval3.yaml", "eval4.yaml", "eval5.yaml", "eval-fa.yaml", "eval-fa2.yaml")


def wording(text: str) -> str:
    """What two questions must share to be one question: English as `comparable` reads it;
    Persian (either script) word for word, give or take letters' spellings, ZWNJ, case and
    punctuation, since the matcher's folding of spoken and written forms ("چیه" = "چیست",
    "neveshtan" = "neveshte") would call a rewording a copy."""
    return comparable(text) if language(text) == "en" else clean(text)


@pytest.mark.parametrize("name", HELD_OUT)
def test_held_out_sets_are_kept_out_of_calibration_and_phrasings(engine, name):
    held_out = {wording(i.question) for i in load_question_set(DATA / name)}
    for other in sorted(p.name for p in [*DATA.glob("calibration*.yaml"), *DATA.glob("dev*.yaml")]):
        seen = {wording(i.question) for i in load_question_set(DATA / other)}
        overlap = sorted(held_out & seen - {""})  # only the shared questions, never the other set
        assert not overlap, f"{other}: " + " | ".join(overlap)
    phrasings = {wording(p) for e in engine.kb.entries.values() for p in e.all_phrasings()}
    overlap = sorted(held_out & phrasings)
    assert not overlap, "phrasings: " + " | ".join(overlap)


# Measured after the Persian translations (in indexes of their own), the eighth round of
# phrasings and recalibrating with the stable threshold rule (answer >= 78.0; the rule was chosen
# on the development sets, before these totals were read), then after the scope check learnt the
# kinds of fact (where/when/which/who is the/names, years) and questions about a subject were
# answered (docs/answering.md). For that last round every set in tests/data was development
# data: the figures are no longer held-out estimates (a new held-out set is to be written).
# Figures move by a few questions with each recalibration. docs/engine.md's measurement section
# has the whole table.
@pytest.mark.parametrize(
    "name, accuracy, oos_answered, near_topic_full",
    [
        ("eval.yaml", 0.96, 1, 0),  # measured 96.8% (92/95) in full, 1 of 53
        ("eval2.yaml", 0.94, 3, 0),  # measured 94.6% (88/93), 3 of 35
        ("eval3.yaml", 0.82, 3, 0),  # measured 82.1% (87/106), 3 of 51
        ("eval4.yaml", 0.88, 0, 3),  # measured 88.4% (99/112), 0 of 45, 3 of 45 near-topic answered as if in full
        # Written after the eighth round's tuning, by a helper that saw only the entries' questions
        # and answers; read in full (as development data) for the scope round.
        ("eval5.yaml", 0.89, 0, 4),  # measured 89.7% (96/107; English 94/102), 0 of 40, near-topic 4 of 36
    ],
)
def test_shipped_faq_keeps_its_measured_accuracy_on_held_out_questions(
    engine, name, accuracy, oos_answered, near_topic_full
):
    """A floor at the figures measured when the FAQ and its calibration last changed, with no
    confusion: a change that makes the bot worse fails here. Counted through `Engine.ask`, so an
    answer only counts in full when no caveat was needed."""
    report = evaluate(engine, load_question_set(DATA / name))
    totals = f"{name}: {report.correct_full}/{report.in_scope} in full, {report.oos_answered} out of scope answered"
    assert report.correct_full / report.in_scope >= accuracy, totals
    assert report.oos_answered <= oos_answered, totals
    assert report.near_topic_answered_full <= near_topic_full, totals
    assert report.wrong <= 1, totals


def test_shipped_faq_meets_the_campaigns_bar_on_held_out_questions(engine):
    report = evaluate(engine, load_question_set(DATA / "eval.yaml"))
    detail = f"{report.correct_full}/{report.in_scope} in full, {report.oos_answered} out of scope answered"
    assert report.correct_full / report.in_scope >= 0.95, detail
    assert report.oos_answered <= 1, detail
