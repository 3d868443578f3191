"""No caveat over a word that asks nothing: a reply tag ("or nah"), a placeholder for what was
just named ("this thing"), a tail naming the source ("according to the notes"), or a hyphen the
entry's phrasings write and the question does not ("re-lit" / "relit"). Each still leaves a real
gap a caveat (the doing the sources never say)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("do the notes say anything on the lamp flashing or nah", "lighthouse"),
        ("anything about the volcano erupting or nah", "volcano"),
        ("when did they automate this thing", "lighthouse"),
        ("is the volcano still active according to the notes?", "volcano"),
    ],
)
def test_words_that_ask_nothing_get_no_caveat_on_a_made_up_faq(made_up: Engine, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert check.scope.value == "full", check


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("when did they build this thing", "lighthouse", "when did they build"),
        # the source named is left out of the caveat's term, not the doing the notes never say
        ("did they sell the lighthouse according to the keeper?", "lighthouse", "they sold the lighthouse"),
    ],
)
def test_what_the_sources_never_say_keeps_its_caveat_on_a_made_up_faq(made_up: Engine, question, entry_id, term):
    check = made_up.scope.check(question, entry_id)
    assert check.scope.value == "partial"
    assert [u.term for u in check.uncovered] == [term]


def test_a_hyphenated_word_of_a_meaning_phrasing_vouches_for_it_typed_whole():
    index = madeup.scope_index(
        {
            "relit": (
                "What does the lighthouse being re-lit mean?",
                "It means ships can pass the cape at night again.",
                ["what does the lamp being re-lit mean", "lighthouse re-lit meaning"],
            ),
            "bees": ("How many flowers do bees visit?", "About two thousand a day.", ["bee flower visits"]),
        }
    )
    assert index.check("what does the lighthouse getting relit mean", "relit").scope.value == "full"
    # a definition of something else is still one its authors never say it gives
    assert index.check("what does the lighthouse keeper mean", "relit").scope.value == "partial"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("did rouhani actually change anything on human rights during his first term or nah", "rouhani-first-term"),
        ("when did they write this thing", "letter-date"),
        ("what does rouhani getting reelected mean", "rouhani-reelection"),
        ("is passing the resolution important according to the signatories? why", "strong-signal"),
    ],
)
def test_the_shipped_faq_answers_them_in_full(engine: Engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id
    assert reply.scope == "full" and reply.caveat is None
