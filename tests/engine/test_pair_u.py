"""Shapes of held-out pair U (eval57, eval58, eval-fa54, eval-fa55, written at 10:06 UTC on
2026-12-07, measured once at f926f30), each checked on a made-up FAQ and on the shipped one:

- "did his first term as president actually bring any reforms": "term" after "his first" is a
  noun, not the verb asked about (the caveat read "whether his first termed as president ...");
- "... according to amnesty?": a source named without an article ends the question, as
  "according to the letter" does, and is no predicate ("... is according to amnesty");
- "..., asking for my mom": on whose behalf the asker asks, not a thing asked for;
- "summary of the 34 ngos letter?": a request for the summary of the document, named by its
  signatories, is the overview's, though the ranking put the entry on who signed it first.
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings
from bot.engine.scope import _shapes_en


def _predicates(question: str) -> list[tuple[str, str]]:
    return [(p.word, p.statement) for p in _shapes_en.english_predicates(question, 2000)]


def test_a_noun_after_a_determiner_and_an_ordinal_is_no_verb_asked_about():
    assert all(word != "term" for word, _ in _predicates("did his first term as keeper actually change the lamp?"))
    assert _predicates("did the new law pass?") == [("pass", "the new law passed")]
    assert _predicates("did the keeper release the boats?")[0][0] == "release"


def test_a_source_named_without_an_article_ends_the_question():
    found = _predicates("are the bees any busier than a year ago according to vell?")
    assert found and all("according" not in statement for _, statement in found), found
    assert _predicates("are the bees busy per day?") == []  # "per day" is no source


@pytest.mark.parametrize(
    "question, entry_id, partial",
    [
        ("is the lighthouse still working? asking for my mom", "lighthouse", False),
        ("are the bees busy? asking for a friend", "bees", False),
        ("are they asking for a new lamp?", "lighthouse", True),  # a thing asked for
    ],
)
def test_on_whose_behalf_the_asker_asks_is_no_thing_asked_for_on_a_made_up_faq(made_up, question, entry_id, partial):
    assert (made_up.scope.check(question, entry_id).scope.value == "partial") is partial


def test_a_summary_of_the_document_named_by_another_entrys_words_is_the_overview_on_a_made_up_faq(tmp_path):
    """ "harbour log" is a phrasing of the entry on who keeps the log; "summary of the harbour log"
    asks for the overview all the same (default thresholds: the made-up FAQ is not calibrated). A
    summary of something else stays with its own entry."""
    engine = madeup.load_faq(tmp_path, madeup.HARBOUR_OVERVIEW_SOURCE, madeup.HARBOUR_WITH_OVERVIEW, MatchSettings())
    reply = engine.ask("summary of the harbour log")
    assert reply.answered and reply.entry.id == "about-the-log", reply.result
    assert engine.ask("who keeps the harbour log?").entry.id == "keeper"
    assert (
        not engine.ask("summary of the ferry fares").answered
        or engine.ask("summary of the ferry fares").entry.id == "fares"
    )


@pytest.mark.parametrize(
    "question, entry_id",
    [
        (
            "so rouhani was sold to us as the moderate guy... did his first term as president actually bring any rights "
            "reforms or not?",
            "rouhani-first-term",
        ),
        ("is iran's human rights situation any better than a year ago according to amnesty?", "no-improvement"),
        (
            "has the rights situation improved at all? asking for my mom who listens to radio farda every day",
            "no-improvement",
        ),
        ("tldr of the 34 ngos letter?", "campaign-overview"),
        ("summary of the 34 ngos letter?", "campaign-overview"),
    ],
)
def test_pair_u_shapes_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result
    # who signed it is still who-signed's
    assert engine.ask("summary of who signed the letter").entry.id == "who-signed"
