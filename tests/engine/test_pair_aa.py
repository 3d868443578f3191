"""Shapes of held-out pair AA (eval69, eval70, eval-fa66, eval-fa67, written at 12:26 UTC on
2026-12-07, measured once at d6825c8), each checked on a made-up FAQ and on the shipped one:

- "does the letter call for sanctions against iran": what a request asks for is the word
  before its preposition ("sanctions"), not the last of the run ("iran", which the entry says);
  answered in full, it read as "yes, the letter calls for sanctions".
"""

from __future__ import annotations

import madeup
import pytest
from madeup import Source, _quoting

from bot.engine import MatchSettings, rewordings

_PETITION_FACTS = {
    "petition": "The fishers' petition asks the council to build a stone wall around the harbour.",
    "boats": "Forty boats still fish out of the harbour.",
}
_PETITION_SOURCE = Source(
    "notes", "Harbour notes", "notes", "Harbour notes.", tuple(_PETITION_FACTS.values()), {"notes": "the notes"}
)
_PETITION_QUESTIONS = {
    "petition": (
        "What does the fishers' petition ask for?",
        "what do the fishers want|the petition's demand|do they want fines for the council|what is the council asked"
        "|a wall for the harbour?|what do the fishers ask the council|petition demands|what should the council build"
        "|is it about the wall|the fishers' request",
    ),
    "boats": (
        "How many boats fish out of the harbour?",
        "number of boats|how many boats|boats in the harbour|fleet size|is the fleet big|forty boats"
        "|how big is the fleet|fishing boats count|boats still fishing|how many trawlers",
    ),
}


@pytest.mark.parametrize(
    "question, partial",
    [
        ("does the petition ask for fines against fishers?", True),
        ("does the petition ask for a wall around the harbour?", False),  # what it asks for
    ],
)
def test_what_a_request_asks_for_is_the_word_before_its_preposition_on_a_made_up_faq(tmp_path, question, partial):
    """A phrasing asks "do they want fines for the council" (how people ask, not what the notes
    say): the request is still checked against what the entry says."""
    engine = madeup.load_faq(
        tmp_path, _PETITION_SOURCE, _quoting(_PETITION_SOURCE, _PETITION_FACTS, _PETITION_QUESTIONS), MatchSettings()
    )
    check = engine.scope.check(question, "petition")
    assert (check.scope.value == "partial") is partial, check


def test_sanctions_against_iran_on_the_shipped_faq(engine):
    reply = engine.ask("does the letter call for sanctions against iran")
    assert not reply.answered or reply.scope == "partial", reply.result


@pytest.mark.parametrize(
    "question, read",
    [
        ("whats the point of the vote tbh", "why vote"),
        ("what's the point of the council vote?", "why vote?"),
        ("what's the point of voting for the wall", "why voting for the wall"),
    ],
)
def test_the_point_of_a_doing_named_by_its_noun_asks_why_one_would_do_it(question, read):
    """ "what's the point of the UN vote" (pairs U to AA, four writers): why one would vote, as
    "what's the point of voting" already read; `_by_plain` then answers only with an entry that
    gives a cause or is asked why of that doing."""
    assert rewordings.plain(question) == read


@pytest.mark.parametrize(
    "question", ["whats the point of the vote tbh", "whats the point of the UNGA vote according to the signatories"]
)
def test_the_point_of_the_vote_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "strong-signal" and reply.scope == "full", reply.result
    # "the point of the letter" ("why letter" as read) is still what it is about: the overview
    assert engine.ask("whats the point of the letter").entry.id == "campaign-overview"


@pytest.mark.parametrize(
    "question, answered",
    [
        ("what do the fishers want from the council, according to the notes?", True),
        ("what do the fishers want from the council per the notes", True),
        ("what do the fishers want from the council tbh", False),  # no source named: the first only
    ],
)
def test_a_reading_without_a_named_source_may_agree_with_the_runner_up_on_a_made_up_faq(tmp_path, question, answered):
    """Pair AC's "whats the point of voting for it per the letter" (concerns-listed first, the
    letter's words pulling it up; strong-signal second): the source named at the end says where
    the answer is to come from, so the reading without it may agree with the entry ranked second
    (a ranking tipped below the thresholds, as the shipped FAQ's was: madeup.ranked_below)."""
    engine = madeup.load_faq(
        tmp_path, _PETITION_SOURCE, _quoting(_PETITION_SOURCE, _PETITION_FACTS, _PETITION_QUESTIONS), MatchSettings()
    )
    result = engine._by_plain(question, madeup.ranked_below(engine, question, "boats", "petition"), "en")
    assert (result.answered and result.entry_id == "petition") is answered, result


def test_the_point_of_voting_per_the_letter_on_the_shipped_faq(engine):
    for question in (
        "whats the point of voting for it per the letter",
        "what's the point of the UN vote according to the signatories",
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "strong-signal" and reply.scope == "full", (question, reply.result)
