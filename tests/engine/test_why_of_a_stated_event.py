"""A "why" of an event the sources state as a noun ("why was rouhani reelected" of sources telling
"Rouhani's re-election") asks its cause, which they do not give: the caveat, even when a phrasing
asks another why ("why does his reelection matter") that the entry does answer."""

from __future__ import annotations

import madeup
import pytest

MAYOR = madeup.Entry(
    "mayor-reelection",
    "What does the mayor's re-election mean for the harbour?",
    (
        "mayor reelection",
        "the mayor won again",
        "what does the mayor's reelection mean",
        "why does the mayor's reelection matter",
        "mayor's second term and the harbour",
        "what now that the mayor was reelected",
        "mayor re-elected",
        "harbour after the election",
        "second term of the mayor",
        "does the reelection help the sea wall",
    ),
    "The notes say the mayor's re-election gives the council a new term to finish the sea wall.",
    "The mayor's re-election gives the council a new term to finish the sea wall.",
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    root = tmp_path_factory.mktemp("mayor")
    return madeup.island_with(root, f"\n{MAYOR.quote}\n", [MAYOR], madeup.lenient(config.matching))


@pytest.mark.parametrize("question", ["why was the mayor reelected?", "why did the mayor get reelected"])
def test_the_cause_of_a_stated_event_is_not_answered_in_full_on_the_island(harbour, question):
    reply = harbour.ask(question)
    assert reply.entry is not None and reply.entry.id == "mayor-reelection"
    assert reply.scope == "partial"


def test_the_why_its_phrasings_ask_is_still_answered_in_full_on_the_island(harbour):
    reply = harbour.ask("why does the mayor's reelection matter?")
    assert (reply.entry.id, reply.scope) == ("mayor-reelection", "full")


def test_why_rouhani_was_reelected_is_not_answered_in_full(engine):
    reply = engine.ask("why was rouhani reelected?")
    assert not (reply.answered and reply.scope == "full")
    assert engine.ask("why does rouhani's reelection matter?").scope == "full"
