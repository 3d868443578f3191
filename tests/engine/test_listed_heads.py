""" "What are the <things> (on X)" asks the things to be listed: an entry whose sources never
identify such things, and whose phrasings only ask whether there are any, does not answer it
("what are the sanctions on iran" of the entry on what the NGOs ask, whose phrasings ask "do they
want sanctions on iran"); a phrasing that asks it the same way vouches ("what are the main
complaints"); a plural that is who asks ("what are the fishers asking for") is no such thing
(scope._shapes_en.listed_heads)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Scope, _shapes_en
from bot.engine.text import words

FACT = "The fishers ask the council for a stone wall around the harbour."
ASK = madeup.Entry(
    "fishers-ask",
    "What do the fishers ask the council for?",
    (
        "what do the fishers want",
        "do the fishers want subsidies",
        "what are the main demands of the fishers",
        "fishers' request",
        "what is the fishers' demand",
        "what did the fishers ask for",
        "the fishers and the council",
        "fishers petition",
        "what are the fishers calling for",
        "harbour wall request",
    ),
    "The notes say the fishers ask the council for a stone wall around the harbour.",
    FACT,
)


@pytest.fixture(scope="module")
def fishers(tmp_path_factory, config):
    return madeup.island_with(tmp_path_factory.mktemp("fishers"), f"\n{FACT}\n", [ASK], config.matching)


@pytest.mark.parametrize("question", ["what are the subsidies for fishers", "what are the subsidies on the harbour"])
def test_things_the_sources_never_identify_are_not_listed(fishers, question):
    check = fishers.scope.check(question, "fishers-ask")
    assert check.scope is Scope.PARTIAL, check
    assert [u.term for u in check.uncovered] == ["the subsidies"]
    assert check.uncovered[0].absent  # never mentioned by the sources: refused, not answered


@pytest.mark.parametrize(
    "question",
    ["what are the main demands of the fishers", "what are the main points"],
)
def test_things_a_phrasing_asks_or_the_gist_are_answered(fishers, question):
    assert fishers.scope.check(question, "fishers-ask").scope is Scope.FULL


def test_a_plural_that_asks_is_no_thing_to_list():
    assert _shapes_en.listed_heads(words("what are the fishers asking for")) == []
    assert _shapes_en.listed_heads(words("what are the subsidies for fishers")) == [3]


def test_the_shipped_faq_does_not_answer_what_the_sanctions_on_iran_are(engine):
    for question in ("what are the sanctions on iran rn", "what are the sanctions on iran"):
        reply = engine.ask(question)
        assert not reply.answered, reply.result
    complaints = engine.ask("what are the main complaints in the letter")
    assert complaints.answered and complaints.entry.id == "concerns-listed" and complaints.scope == "full"
