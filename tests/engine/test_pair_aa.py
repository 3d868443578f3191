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

from bot.engine import MatchSettings

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
