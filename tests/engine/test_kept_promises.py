"""Whether someone kept a promise is a verdict on their conduct: an entry that only tells of the
promise answers it in part, though its phrasings ask it; one that says the promise was kept
answers it in full (predicates._kept_word, docs/answering.md)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

NOTES = madeup.Source(
    "council",
    "Council notes",
    "notes",
    "Notes of the town council.",
    (
        "The mayor's re-election raises the council's duty to repair the harbour wall as promised.",
        "The ferry captain kept her promise and restored the night crossing in March.",
    ),
    {"notes": "Council notes"},
)
MAYOR = madeup.Entry(
    "mayor",
    "What does the mayor's re-election mean?",
    tuple(
        "mayor re-elected|mayor's promises|will the mayor keep his promises|did he keep his promise"
        "|harbour wall repair|mayor election|council duty|what did the mayor promise|re-election of the mayor"
        "|mayor second term".split("|")
    ),
    "The notes say the mayor's re-election raises the council's duty to repair the harbour wall as promised.",
    "The mayor's re-election raises the council's duty to repair the harbour wall as promised.",
    source="council",
)
FERRY = madeup.Entry(
    "ferry",
    "Is the night ferry running again?",
    tuple(
        "night ferry|night crossing|ferry captain|is the ferry back|ferry at night|when did the night ferry return"
        "|captain's promise|ferry restored|night boat|crossing at night".split("|")
    ),
    "Yes. The notes say the ferry captain kept her promise and restored the night crossing in March.",
    "The ferry captain kept her promise and restored the night crossing in March.",
    source="council",
)


@pytest.fixture(scope="module")
def town(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("council"), NOTES, [MAYOR, FERRY], config.matching)


@pytest.mark.parametrize("question", ["did the mayor keep his promises", "has the mayor kept his promise to the town"])
def test_a_promise_kept_is_not_vouched_for_by_a_phrasing_on_a_made_up_faq(town, question):
    check = town.scope.check(question, "mayor")
    assert check.scope is Scope.PARTIAL
    assert [u.gap for u in check.uncovered] == [Gap.WHETHER]


def test_a_promise_the_sources_say_was_kept_is_answered_on_a_made_up_faq(town):
    assert town.scope.check("did the ferry captain keep her promise", "ferry").scope is Scope.FULL


def test_keeping_something_else_is_read_by_its_object_as_before_on_a_made_up_faq(town):
    # "keep" of anything but a promise carries no doing of its own
    assert town.scope.check("did the mayor keep the harbour wall", "mayor").scope is Scope.FULL


def test_a_promise_kept_is_not_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("did rouhani keep his promises")
    assert reply.scope != "full"
