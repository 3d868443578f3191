"""A verdict ("Yes.", "No, according to …") answers the claim its entry's own questions make. A
yes/no question that shares their words but claims something else keeps the rest of the answer
and loses the verdict: a word of a question about what the document says ("does the notes touch
on equal pay") does not vouch for a claim about the world ("is the crew's pay equal"), and a
manner word ("paid fairly") must be one the entry's questions ask with (answers._claim_of_own)."""

from __future__ import annotations

import madeup
import pytest

FACT = "The ferry crew said they were paid less than the harbour staff and treated badly by the board."
PAY = madeup.Entry(
    "crew-pay",
    "Do the notes mention unfair treatment of the ferry crew?",
    (
        "ferry crew pay",
        "does the board treat the crew badly",
        "is the ferry crew treated badly",
        "are the crew paid less",
        "crew complaints",
        "do the notes touch on equal pay for the crew",
        "is crew pay equality in the notes",
        "how is the crew treated",
        "crew treatment by the board",
        "do the notes talk about the crew",
        "ferry crew unfair treatment",
    ),
    "Yes. The notes say the ferry crew were paid less than the harbour staff and treated badly by the board.",
    FACT,
)


@pytest.fixture(scope="module")
def pay(tmp_path_factory, config):
    return madeup.island_with(tmp_path_factory.mktemp("pay"), f"\n{FACT}\n", [PAY], config.matching)


@pytest.mark.parametrize(
    "question",
    ["is the ferry crew's pay equal?", "is the ferry crew treated fairly?", "is the ferry crew treated well?"],
)
def test_a_claim_the_entry_never_makes_gets_no_verdict(pay, question):
    reply = pay.ask(question)
    assert reply.answered and reply.entry.id == "crew-pay", (question, reply.result)
    assert not reply.answer.startswith("Yes"), (question, reply.answer)
    assert "paid less" in reply.answer  # what the notes say is still shown


@pytest.mark.parametrize(
    "question",
    [
        "is the ferry crew treated badly?",
        "do the notes mention equal pay for the ferry crew?",
        "are the ferry crew paid less?",
    ],
)
def test_the_entry_s_own_claims_keep_their_verdict(pay, question):
    reply = pay.ask(question)
    assert reply.answered and reply.entry.id == "crew-pay", (question, reply.result)
    assert reply.answer.startswith("Yes"), (question, reply.answer)


@pytest.mark.parametrize(
    "question",
    [
        "are women treated equally in iran",
        "are women equal in iran",
        "is there gender equality in iran",
        "are minorities treated well",
    ],
)
def test_the_shipped_faq_never_says_yes_women_are_treated_equally(engine, question):
    reply = engine.ask(question)
    assert reply.answer is None or not reply.answer.lower().startswith("yes"), (question, reply.answer)
