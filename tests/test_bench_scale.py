"""The scale benchmark's checks (benchmarks/scale.py), on made-up worker results: a duplicate post, a
missed slot or a count the store lost must each be reported, and an exact run must report nothing.
The benchmark itself is run by hand (docs/scaling.md); nothing here times anything."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_scale", REPO / "benchmarks" / "scale.py")
scale = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scale)

SLOT = "2026-01-01T08:00:00+00:00"


def worker(process: int, posts: list[list[str]], answers: int = 3, none: int = 1) -> dict:
    return {
        "process": process,
        "sent": answers + none + 1,  # one greeting: replied to, never counted
        "replied": answers + none + 1,
        "errors": 0,
        "error_sample": [],
        "posts": posts,
        "expected": {
            "outcomes": {"answer": answers, "none": none},
            "answers": {"bees": answers},
            "servers": {str(100 + process): {"answers": answers, "unanswered": none}},
        },
    }


def stored(answers: int = 6, none: int = 2) -> dict:
    return {
        "outcomes": {"answer": answers, "suggest": 0, "none": none},
        "answers": {"bees": answers, "volcano": 0},
        "servers": {
            "100": {"answers": 3, "suggested": 0, "unanswered": 1},
            "101": {"answers": answers - 3, "suggested": 0, "unanswered": none - 1},
        },
    }


def test_an_exact_run_has_no_problem():
    results = [worker(0, [["server-100", SLOT]]), worker(1, [["server-101", SLOT]])]
    checked = scale.check(results, stored(), {("server-100", SLOT), ("server-101", SLOT)})
    assert checked["problems"] == []
    assert (checked["posts"], checked["duplicates"], checked["missed"]) == (2, 0, 0)


def test_a_slot_posted_by_both_processes_is_a_duplicate():
    results = [worker(0, [["server-100", SLOT]]), worker(1, [["server-100", SLOT]])]
    checked = scale.check(results, stored(), {("server-100", SLOT), ("server-101", SLOT)})
    assert checked["duplicates"] == 1 and checked["missed"] == 1
    assert any("duplicate" in p for p in checked["problems"])
    assert any("never posted" in p for p in checked["problems"])


def test_a_count_the_store_lost_is_a_mismatch_per_outcome_and_per_server():
    results = [worker(0, []), worker(1, [])]
    checked = scale.check(results, stored(answers=5), set())
    assert any(p.startswith("outcomes:") for p in checked["problems"])
    assert any(p.startswith("per server:") for p in checked["problems"])


def test_a_question_without_a_reply_is_reported():
    results = [worker(0, []), worker(1, [])]
    results[1]["replied"] -= 1
    assert any("replies" in p for p in scale.check(results, stored(), set())["problems"])


def test_the_first_step_after_midnight_catches_up_the_evening_before_but_not_the_morning():
    due = scale.expected_slots({"late": ("22:00",), "early": ("01:00",)}, scale.clock_steps(0))
    assert due == {("late", "2025-12-31T22:00:00+00:00")}
    # A day later every server has had its slot once more.
    due = scale.expected_slots({"late": ("22:00",), "early": ("01:00",)}, scale.clock_steps(1))
    assert ("early", "2026-01-01T01:00:00+00:00") in due and ("late", "2026-01-01T22:00:00+00:00") in due
