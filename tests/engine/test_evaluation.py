"""Scoring a question set: the figures `faqbot eval` and `benchmarks/accuracy.py` print, and
their --json objects, for scripts that compare runs."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from bot.cli import main
from bot.engine.evaluation import (
    Labelled,
    QuestionSetError,
    answer_scope,
    evaluate,
    load_question_set,
    matthews_corrcoef,
)
from bot.engine.matcher import MatchResult, Outcome

REPO = Path(__file__).resolve().parents[2]
EVAL_KEYS = {
    "file",
    "questions",
    "in_scope",
    "out_of_scope",
    "near_topic",
    "correct",
    "correct_full",
    "correct_partial",
    "suggested_correct",
    "wrong",
    "oos_answered",
    "oos_answered_partial",
    "partial",
    "near_topic_answered_full",
    "near_topic_answered_partial",
    "in_scope_accuracy",
    "in_scope_full_accuracy",
    "oos_recall",
    "wrong_answer_rate",
    "partial_rate",
    "overall_accuracy",
    "mcc",
}


# -- MCC, as scikit-learn computes it -----------------------------------------------------------


@pytest.mark.parametrize(
    "y_true, y_pred, expected",
    [
        # scikit-learn's documented binary example
        ([1, 1, 1, -1], [1, -1, 1, 1], -1 / 3),
        # scikit-learn's own multi-class tests (test_matthews_corrcoef_multiclass)
        ([0, 0, 1, 1, 2, 2], [2, 2, 0, 0, 1, 1], -0.5),
        ([0, 0, 1, 1, 2, 2], [1, 1, 0, 0, 0, 0], -12 / np.sqrt(24 * 16)),
        ([0, 1, 2], [3, 3, 3], 0.0),  # no variance in the prediction
        ([3, 3, 3], [0, 1, 2], 0.0),  # none in the truth
        ([0, 1, 2, 0, 1, 2, 0, 1, 2], [1, 1, 1, 2, 2, 2, 0, 0, 0], 0.0),
        # by hand: confusion a->a 2, a->none 1, b->b 2, none->none 2, none->a 1 (s = 8, c = 6;
        # true counts a 3, b 2, none 3; predicted a 3, b 2, none 3):
        # (6*8 - (9+4+9)) / sqrt((64-22) * (64-22)) = 26/42
        (["a", "a", "a", "b", "b", None, None, None], ["a", "a", None, "b", "b", None, None, "a"], 26 / 42),
    ],
)
def test_mcc_matches_scikit_learn(y_true, y_pred, expected):
    assert matthews_corrcoef(y_true, y_pred) == pytest.approx(expected)


def test_mcc_is_one_for_perfect_answers_and_refusals_and_symmetric_in_labels():
    truth = ["a", "b", None, "c", None]
    assert matthews_corrcoef(truth, truth) == pytest.approx(1.0)
    renamed = {"a": 1, "b": 2, "c": 3, None: 0}
    guess = ["a", None, None, "b", "a"]
    assert matthews_corrcoef(truth, guess) == pytest.approx(
        matthews_corrcoef([renamed[t] for t in truth], [renamed[g] for g in guess])
    )
    assert matthews_corrcoef([], []) == 0.0


# -- scoring replies: full, partial, none -------------------------------------------------------


@dataclass
class FakeReply:
    """An engine reply as the partial-answer work shapes it: `scope` full, partial or None."""

    result: MatchResult
    scope: str | None

    @property
    def answered(self) -> bool:
        return self.result.outcome is Outcome.ANSWER


class Scripted:
    """A responder whose reply to each question is given in advance."""

    def __init__(self, replies: dict[str, tuple[str | None, str | None, tuple[str, ...]]]):
        self.replies = replies

    def ask(self, question: str) -> FakeReply:
        entry, scope, suggestions = self.replies[question]
        outcome = Outcome.ANSWER if scope else (Outcome.SUGGEST if suggestions else Outcome.NONE)
        result = MatchResult(outcome, entry if scope else None, 90.0 if scope else 30.0, suggestions, {})
        return FakeReply(result, scope)


def test_answer_scope_reads_replies_with_and_without_a_scope():
    answered = MatchResult(Outcome.ANSWER, "bees", 90.0, (), {})
    refused = MatchResult(Outcome.NONE, None, 10.0, (), {})
    assert answer_scope(answered) == "full" and answer_scope(refused) is None
    assert answer_scope(FakeReply(answered, "partial")) == "partial"


def test_partial_answers_count_as_answered_and_apart_from_full_ones():
    items = [
        Labelled("q1", "bees"),
        Labelled("q2", "bees"),
        Labelled("q3", "volcano"),
        Labelled("q4", "volcano"),
        Labelled("o1", None),
        Labelled("o2", None),
        Labelled("n1", "bees", near_topic=True),
        Labelled("n2", "bees", near_topic=True),
        Labelled("n3", "volcano", near_topic=True),
    ]
    bot = Scripted(
        {
            "q1": ("bees", "full", ()),
            "q2": ("bees", "partial", ()),  # right, in full / partially
            "q3": ("bees", "full", ()),  # wrong entry
            "q4": (None, None, ("volcano",)),  # "did you mean" with the right entry
            "o1": ("bees", "partial", ()),
            "o2": (None, None, ()),
            "n1": ("bees", "full", ()),
            "n2": ("bees", "partial", ()),
            "n3": (None, None, ("volcano",)),
        }
    )
    report = evaluate(bot, items)
    obj = report.to_json("set.yaml")
    assert set(obj) == EVAL_KEYS
    assert obj["file"] == "set.yaml" and obj["questions"] == 9
    assert (obj["correct"], obj["correct_full"], obj["correct_partial"]) == (2, 1, 1)
    assert obj["in_scope_accuracy"] == 0.5 and obj["in_scope_full_accuracy"] == 0.25
    assert obj["wrong"] == 1 and obj["suggested_correct"] == 1
    assert obj["oos_answered"] == 1 and obj["oos_answered_partial"] == 1 and obj["oos_recall"] == 0.5
    assert obj["wrong_answer_rate"] == round(2 / 6, 4)
    assert obj["partial"] == 3 and obj["partial_rate"] == round(3 / 9, 4)
    assert obj["near_topic"] == 3 and obj["near_topic_answered_full"] == 1 and obj["near_topic_answered_partial"] == 1
    assert obj["overall_accuracy"] == 0.5  # q1, q2, o2 of the six in-scope and out-of-scope
    # classes: bees bees volcano volcano none none -> bees bees bees none bees none
    expected = matthews_corrcoef(["b", "b", "v", "v", "-", "-"], ["b", "b", "b", "-", "b", "-"])
    assert obj["mcc"] == round(expected, 4)
    text = "\n".join(report.lines())
    assert "answered in full: 1/4 = 25.0%" in text and "partial answers (with a caveat): 3 of 9" in text
    assert "near-topic answered as if in full: 1/3 (partially 1, refused or 'did you mean' 1)" in text
    assert "'n1' (bees; bees)" in text


def test_rates_of_an_empty_part_are_null_not_zero():
    obj = evaluate(Scripted({"q": ("bees", "full", ())}), [Labelled("q", "bees")]).to_json()
    assert obj["oos_recall"] is None and obj["in_scope_accuracy"] == 1.0 and obj["near_topic"] == 0


# -- question-set files --------------------------------------------------------------------------


def test_near_topic_section_is_optional_and_read(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text(
        "in_scope:\n  - {q: how do bees fly, entry: bees}\nout_of_scope:\n  - what is a car\n"
        "near_topic:\n  - {q: how do bumblebees in Peru fly, entry: bees}\n",
        encoding="utf-8",
    )
    items = load_question_set(path)
    assert items == [
        Labelled("how do bees fly", "bees"),
        Labelled("what is a car", None),
        Labelled("how do bumblebees in Peru fly", "bees", near_topic=True),
    ]
    assert [i.in_scope for i in items] == [True, False, False]


@pytest.mark.parametrize(
    "text, where",
    [
        ("in_scope:\n  - {q: ok, entry: bees}\n  - {q: [unclosed, entry: bees}\n", ":3:"),
        (
            "in_scope:\n  - {q: ok, entry: bees}\nnear_topic:\n  - {q: no entry here}\n",
            ":4: near_topic: item 1 needs `entry`",
        ),
        ("near_topic: just a string\n", ":1: near_topic: expected a list"),
        ("- a list\n", ":1:"),
    ],
)
def test_a_broken_question_set_is_an_error_with_file_and_line(tmp_path, text, where):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuestionSetError) as exc:
        load_question_set(path)
    assert str(exc.value).startswith(str(path)) and where in str(exc.value)


# -- faqbot eval -----------------------------------------------------------------------------------


def _set(tmp_path: Path, name: str, engine, near: bool) -> Path:
    entry = engine.kb.entries["executions"]
    lines = [
        f"in_scope:\n  - {{q: {json.dumps(entry.question)}, entry: executions}}",
        "out_of_scope:\n  - what is the best pizza topping in naples",
    ]
    if near:
        lines.append(f"near_topic:\n  - {{q: {json.dumps(entry.question)}, entry: executions}}")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_json_prints_one_object_per_file(tmp_path, capsys, engine):
    one, two = _set(tmp_path, "one.yaml", engine, False), _set(tmp_path, "two.yaml", engine, True)
    assert main(["eval", str(one), str(two), "--json"]) == 0
    objs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["file"] for o in objs] == [str(one), str(two)]
    assert all(set(o) == EVAL_KEYS for o in objs)
    first, second = objs
    assert first["in_scope_accuracy"] == 1.0 and first["oos_recall"] == 1.0 and first["mcc"] == 1.0
    # The near-topic question is the entry's own question, so it is answered as if in full.
    assert second["near_topic"] == 1 and second["near_topic_answered_full"] == 1


def test_eval_text_reports_each_file_and_partial_answers(tmp_path, capsys, engine):
    one, two = _set(tmp_path, "one.yaml", engine, False), _set(tmp_path, "two.yaml", engine, True)
    assert main(["eval", str(one), str(two)]) == 0
    out = capsys.readouterr().out
    assert f"{one}: 1 in-scope, 1 out-of-scope questions\n" in out and f"{two}: 1 in-scope" in out
    assert out.count("partial answers (with a caveat): 0 of") == 2 and "MCC 1.000" in out
    assert "near-topic answered as if in full: 1/1" in out


def test_eval_of_a_broken_or_mislabelled_set_says_where_and_fails(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("in_scope:\n  - {q: who signed, entry: no-such-entry}\n", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("in_scope: [\n", encoding="utf-8")
    assert main(["eval", str(bad), str(broken), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{bad}: unknown entry ids: no-such-entry" in captured.err
    assert f"{broken}:" in captured.err and "YAML syntax error" in captured.err


# -- benchmarks/accuracy.py --json ----------------------------------------------------------------


def _made_up_clinc(tmp_path: Path) -> Path:
    """A made-up data set in CLINC150's layout (bees, volcano, lighthouse)."""
    phrasings = {
        "bees": [
            "how do bees make honey",
            "why do bees make honey",
            "what do bees eat",
            "where do bees live",
            "how many bees live in a hive",
            "do bees sleep",
        ],
        "volcano": [
            "when did the volcano erupt",
            "is the volcano active",
            "how tall is the volcano",
            "can i climb the volcano",
            "what is lava made of",
            "is the lava hot",
        ],
        "lighthouse": [
            "who keeps the lighthouse",
            "when was the lighthouse built",
            "can i visit the lighthouse",
            "how tall is the lighthouse",
            "does the lighthouse still work",
            "lighthouse opening hours",
        ],
    }
    data = {
        "train": [[t, e] for e, ts in phrasings.items() for t in ts],
        "val": [
            ["how is honey made by bees", "bees"],
            ["what food do bees eat", "bees"],
            ["did the volcano erupt recently", "volcano"],
            ["is the lighthouse open", "lighthouse"],
        ],
        "oos_val": [["what is the price of bitcoin", "oos"], ["play some jazz music", "oos"]],
        "test": [["why do bees make so much honey", "bees"], ["is that volcano still active", "volcano"]],
        "oos_test": [["book me a flight to paris", "oos"]],
    }
    path = tmp_path / "made_up.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_accuracy_benchmark_json_has_the_eval_figures_per_data_set_and_method(tmp_path):
    """The made-up data set run twice as two data sets: one JSON line per data set and method on
    stdout, the table on stderr."""
    path = _made_up_clinc(tmp_path)
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "accuracy.py"), "--data", str(path), "--data", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["method"] for o in objs] == ["faqbot", "baseline"] * 2
    for obj in objs:
        assert EVAL_KEYS | {"method", "top1_no_abstention", "answer_threshold"} <= set(obj)
        assert obj["file"] == str(path) and obj["in_scope"] == 2 and obj["out_of_scope"] == 1
        assert -1 <= obj["mcc"] <= 1 and 0 <= obj["overall_accuracy"] <= 1
    assert "| faqbot" in proc.stderr and "MCC" in proc.stderr


def test_accuracy_benchmark_measures_what_a_user_gets_engine_ask(tmp_path, monkeypatch, capsys):
    """faqbot's figures come from `Engine.ask` (its rules after the decision: the clear lead,
    partial answers, greetings ...), not from `Matcher.match` alone: every test question is asked
    of an engine whose index holds exactly the data set's train phrasings."""
    import importlib.util

    from bot.engine import Engine

    spec = importlib.util.spec_from_file_location("accuracy_bench", REPO / "benchmarks" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    accuracy = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "accuracy_bench", accuracy)  # its dataclasses look it up
    spec.loader.exec_module(accuracy)
    path = _made_up_clinc(tmp_path)
    entries, _, test = accuracy.load(path, None)
    engine = Engine.build(accuracy.faq_entries(entries), accuracy.MatchSettings())
    assert [(eid, list(texts)) for eid, texts in engine.latin_texts()] == entries

    asked: list[str] = []
    ask = Engine.ask

    def counted(self, question, *args, **kwargs):
        asked.append(question)
        return ask(self, question, *args, **kwargs)

    monkeypatch.setattr(Engine, "ask", counted)
    assert accuracy.main(["--data", str(path), "--no-baseline", "--json"]) == 0
    assert asked == [item.question for item in test]
    [obj] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert obj["method"] == "faqbot" and obj["in_scope"] == 2 and obj["out_of_scope"] == 1
