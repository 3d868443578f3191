"""A question asking what something was done for ("what crimes were they executed for", "for
what was it repainted") asks a reason, as "why" does: an entry whose sources give none, and
that nobody asks why of, answers it only in part (scope._shapes_en.for_whats)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

NOTES = madeup.Source(
    "yard",
    "Boatyard notes",
    "notes",
    "Notes kept at the boatyard.",
    (
        "The old ferry was repainted blue in May.",
        "The slipway was closed for two days because the winter storm had cracked its rails.",
    ),
    {"notes": "Boatyard notes"},
)
REPAINT = madeup.Entry(
    "repaint",
    "What colour was the ferry painted?",
    tuple(
        "ferry colour|paint of the ferry|is the ferry blue|ferry repainted|new paint|boat colour"
        "|what colour is the ferry|when was the ferry painted|blue ferry|ferry paint job|colour of the old ferry".split(
            "|"
        )
    ),
    "The notes say the old ferry was repainted blue in May.",
    "The old ferry was repainted blue in May.",
    source="yard",
)
SLIPWAY = madeup.Entry(
    "slipway",
    "Why was the slipway closed?",
    tuple(
        "slipway closure|why is the slipway shut|slipway closed|storm damage|cracked rails"
        "|why was the slipway shut|what happened to the slipway|how long was the slipway closed"
        "|slipway rails|did the storm damage the slipway|is the slipway open".split("|")
    ),
    "The notes say the slipway was closed for two days because the winter storm had cracked its rails.",
    "The slipway was closed for two days because the winter storm had cracked its rails.",
    source="yard",
)


@pytest.fixture(scope="module")
def yard(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("yard"), NOTES, [REPAINT, SLIPWAY], config.matching)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what was the ferry repainted for?", "what was the ferry repainted for"),
        ("for what reasons was the ferry repainted blue", "for what reasons was the ferry repainted blue"),
        # "what is <a thing> for": its purpose, a place or time may follow the "for"
        ("what is the old ferry for?", "what is the old ferry for"),
        ("what is the ferry used for in winter", "what is the ferry used for"),
    ],
)
def test_what_it_was_done_for_is_a_reason_the_entry_does_not_give(yard, question, term):
    check = yard.scope.check(question, "repaint")
    assert check.scope is Scope.PARTIAL
    assert [(u.term.casefold(), u.gap) for u in check.uncovered] == [(term, Gap.UNSAID)]


@pytest.mark.parametrize(
    "question",
    [
        "what was the slipway closed for?",
        "what colour was the ferry painted?",
        "what was the ferry painted",
        # the time it was done for is a "when", which the entry gives ("in May")
        "what month was the ferry repainted for?",
        # what a thing bears on, or what is asked for, is no purpose
        "what is the ferry known for",
        "what is the yard asking for",
    ],
)
def test_a_reason_the_entry_gives_or_no_reason_asked_is_answered_in_full(yard, question):
    entry = "slipway" if "slipway" in question else "repaint"
    assert yard.scope.check(question, entry).scope is Scope.FULL


def test_the_shipped_faq_gives_no_reason_for_the_executions(engine):
    reply = engine.ask("what offences were those 440 people put to death for?")
    assert not (reply.answered and reply.scope == "full"), reply.result


def test_the_date_something_was_set_for_is_asked_as_when_on_the_shipped_faq(engine):
    # "dated for", "scheduled for": the date it was set for, asked as "when" (not what it was
    # done for): the letter's entry gives the date it is dated; "scheduled" is another event,
    # whose time it gives no more than "when was the letter scheduled" (tests/engine/test_other_event_date.py)
    reply = engine.ask("what date was the letter dated for")
    assert reply.answered and reply.entry.id == "letter-date" and reply.scope == "full", reply.result
    scheduled = engine.scope.check("what date was the letter scheduled for", "letter-date")
    assert [u.term for u in scheduled.uncovered] == ["what date was the letter scheduled"]


def test_what_the_death_penalty_is_for_is_not_answered_with_its_count(engine):
    # the executions entry counts them and says nothing of what they are for (the crimes)
    for question in ("what is the death penalty for", "what is the death penalty used for in iran"):
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope == "full"), reply.result
