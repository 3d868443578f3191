"""The scope check's cues (scope/_check.py docstring) skip a rule only when it could find nothing:
every development question, English, Persian and Finglish, reads the same with and without them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.engine import predicates
from bot.engine.scope import _shapes_en

DATA = Path(__file__).resolve().parent.parent / "data"
_SETS = sorted([*DATA.glob("dev*.yaml"), *DATA.glob("calibration*.yaml"), DATA / "eval.yaml", DATA / "eval-fa.yaml"])


def _questions() -> list[str]:
    found: list[str] = []
    for path in _SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for items in data.values() if isinstance(data, dict) else []:
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and isinstance(item.get("q"), str):
                    found.append(item["q"])
    return found


QUESTIONS = _questions()


def test_the_development_sets_are_read() -> None:
    assert len(QUESTIONS) > 1000


@pytest.mark.parametrize(
    "question",
    [
        "the volcano erupted last year, true",  # a statement asked by a tag, no "?"
        "is it true that the keeper left",
        "can visitors climb the lighthouse",
        "the bees were moved",  # no "?", no auxiliary opening a clause: nothing asked
    ],
)
def test_yes_no_predicates_are_those_read_without_the_cue(question: str) -> None:
    assert _shapes_en.english_predicates(question, 500) == tuple(predicates.english(question, 500))


def test_no_development_question_loses_a_predicate_to_the_cue() -> None:
    # (the attribution tail is cut as `english_predicates` cuts it: "..., according to the letter?")
    for question in QUESTIONS:
        text = _shapes_en._ATTRIBUTION.sub("", question[:1000])
        assert _shapes_en.english_predicates(question, 500) == tuple(predicates.english(text, 500)), question
