""" "According to <someone>, ..." names the source of what is asked (held-out pair P, issue #11):
- one of the FAQ's people named as the source of what the entry quotes someone else for
  ("according to roya karimi majd, how many people were executed": the figure is the letter's)
  gets the caveat that the sources do not say that person said it, as "did X say ..." does; a
  role ("the signatories", "the amnesty official") is left to what the entry says;
- the comma after the source may be left out ("according to raha bahreini what does the letter
  specifically refer to"): what is asked is still the rest (`attributions.unattributed`).
On a made-up FAQ (a harbour master quoted in one entry, the news in the other) and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

FACTS = {
    "count": "The harbour counted 120 boats last summer.",
    "quay": "Harbour master Tomas Berg said the new quay will open in May.",
}
SOURCE = madeup.Source(
    "news",
    "Harbour news",
    "news",
    "Harbour news.",
    tuple(FACTS.values()),
    {"notes": "the news", "berg": "Harbour master Tomas Berg"},
)
QUESTIONS = {
    "count": (
        "How many boats did the harbour count last summer?",
        "boats last summer|how many boats came|summer boat count|number of boats|how busy was the summer"
        "|boats counted|summer traffic|how many boats visited|boat numbers last year|busy harbour",
    ),
    "quay": (
        "When will the new quay open?",
        "new quay opening|when does the quay open|quay date|is the quay finished|new quay"
        "|what did the harbour master say about the quay|quay in may|opening of the quay|quay works|when is it ready",
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    entries = madeup._quoting(SOURCE, FACTS, QUESTIONS, speakers={"quay": "berg"})
    return madeup.load_faq(tmp_path_factory.mktemp("according"), SOURCE, entries, config.matching)


def test_a_person_named_as_the_source_of_what_another_says_gets_a_caveat(harbour):
    check = harbour.scope.check("according to tomas berg, how many boats did the harbour count last summer?", "count")
    assert check.scope is Scope.PARTIAL, check
    assert [(u.term, u.gap) for u in check.uncovered] == [("tomas berg", Gap.SPEAKER)]


@pytest.mark.parametrize(
    "question",
    [
        "according to tomas berg, when will the new quay open?",
        "how many boats did the harbour count last summer, according to the news?",
    ],
)
def test_the_source_the_entry_quotes_or_a_role_is_no_gap(harbour, question):
    entry_id = "quay" if "quay" in question else "count"
    assert harbour.scope.check(question, entry_id).scope is Scope.FULL


def test_the_comma_after_the_source_may_be_left_out(harbour):
    reply = harbour.ask("according to tomas berg when will the new quay open")
    assert reply.answered and reply.entry is not None and reply.entry.id == "quay", reply.result


@pytest.mark.parametrize(
    "question",
    ["according to roya karimi majd, how many people were executed", "how many were executed according to bahreini?"],
)
def test_the_shipped_faq_never_puts_the_letters_figure_in_anothers_mouth(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full", reply.result


@pytest.mark.parametrize(
    "question",
    [
        "according to raha bahreini what does the letter specifically refer to",
        "According to the Amnesty official, what specific issues does the letter highlight?",
    ],
)
def test_the_shipped_faq_answers_what_its_speaker_says(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry is not None and reply.entry.id == "concerns-listed", reply.result
    assert reply.scope == "full", reply.caveat
