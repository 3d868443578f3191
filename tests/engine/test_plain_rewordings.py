"""The second reading without chat filler (Engine._by_plain) also drops what asks nothing of its
own ("see **for themselves**", "**acc to** the notes", "volcano-**wise**", "why do the notes
**think** it's ..."), and reads "what's the point of <doing>" as "why <doing>": answered when the
entry the whole question ranks first answers that reading with confidence, and in full only when
the entry says why."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.engine import plain

NOTES = """
By voting for the new seawall, the island council will protect the harbour from winter storms.
Visitors may climb the old lighthouse tower on Sundays to watch the seals on the northern rocks.
"""
SEAWALL = madeup.Entry(
    "seawall-vote",
    "What would a vote for the seawall do?",
    (
        "seawall vote",
        "why vote for the seawall",
        "what does the seawall vote achieve",
        "should the council vote for the seawall",
        "effect of the seawall vote",
        "what happens if the council votes for it",
        "seawall and the storms",
        "does the vote protect the harbour",
        "seawall ballot",
        "will the seawall stop storms",
    ),
    "The notes say that by voting for the new seawall, the island council will protect the harbour from winter storms.",
    "By voting for the new seawall, the island council will protect the harbour from winter storms.",
)
SEALS = madeup.Entry(
    "seals",
    "Can visitors watch the seals?",
    (
        "can visitors see the seals",
        "seal watching",
        "where are the seals",
        "when can i watch the seals",
        "climb the lighthouse tower",
        "seals on the rocks",
        "are visitors allowed up the tower",
        "sunday tower visits",
        "seal colony",
        "seals from the tower",
    ),
    "Yes. The notes say visitors may climb the old lighthouse tower on Sundays to watch the seals on"
    " the northern rocks.",
    "Visitors may climb the old lighthouse tower on Sundays to watch the seals on the northern rocks.",
)


@pytest.fixture(scope="module")
def coast(tmp_path_factory, config):
    return madeup.island_with(tmp_path_factory.mktemp("coast"), NOTES, [SEAWALL, SEALS], config.matching)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("are visitors allowed to go see the seals for themselves", "are visitors allowed to go see the seals"),
        ("how busy are the bees acc to the notes", "how busy are the bees"),
        ("how busy are the bees acording to the notes", "how busy are the bees"),  # a typo of the tail
        ("how is the island volcano-wise", "how is the island volcano"),
        # the register of the reply asked for, as "in short" is its length: dropped
        ("explain the seawall like I'm five", "explain the seawall"),
        ("explain the seawall vote like im 5 years old", "explain the seawall vote"),
        ("explain the seals to me as if i was a kid", "explain the seals to me"),
        ("is the seawall like 5 metres tall", None),  # no "I'm": a figure, kept
        ("what is the point of voting for it", "why voting for it"),
        ("why do the notes think it's worth voting for the seawall", "why it's worth voting for the seawall"),
        # who someone is, or who did it, is asked by the reflexive: kept
        ("is the keeper an islander himself", None),
        ("did the keeper paint the lamp himself", None),
        ("what's the point of the lighthouse", None),  # no doing: what it is for, not why one would
        ("is it otherwise dangerous", None),
        # "for themselves" after a verb other than see / judge / check asks who it is for: kept
        ("did the keeper paint the lamp for himself", None),
        ("is the seawall just for themselves", None),
        ("can visitors judge the tower for themselves", "can visitors judge the tower"),
        # "wise" after a verb, pronoun or article is the adjective, which asks something of its own
        ("is it wise to vote for the seawall", None),
        ("would it be wise for the council to vote", None),
        ("is that a wise vote", None),
        ("why do the notes think the bees sleep", None),  # no clause of its own after "think"
        ("why do the notes feel that way", None),  # "that way": no subject of a clause
        ("why do the ngos feel that way", None),  # the reviewer's, of the shipped FAQ's subject
        ("why do the notes think this matters so much", "why this matters so much"),
    ],
)
def test_plain_drops_what_asks_nothing_of_its_own(question, expected):
    assert plain(question) == expected


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("what is the point of voting for it", "seawall-vote"),
        ("why do the notes think it's worth voting for the seawall", "seawall-vote"),
        ("are visitors allowed to go see the seals for themselves", "seals"),
        ("how busy are the bees acc to the notes", "bees"),
        ("how busy are the bees acording to the notes", "bees"),
        ("how is the island volcano wise", "volcano"),
        # chat "r" for "are" before "supposed to" / "meant to": "should"
        ("so what r visitors supposed to watch from the tower", "seals"),
        ("r the council meant to vote for the seawall or not", "seawall-vote"),
    ],
)
def test_the_reading_is_answered_on_a_made_up_faq(coast, question, entry_id):
    assert not coast.match(question).answered, "the question as written is below the threshold"
    reply = coast.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"
    assert reply.result.reason.value == "plain"


def test_the_point_of_a_doing_the_notes_give_no_reason_for_is_not_answered(coast):
    # "why automating the lighthouse" gets a caveat: its rewording is no answer in full either
    for question in ("what's the point of automating the lighthouse", "whats the point of watching the volcano"):
        assert coast.ask(question).scope != "full", question


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("whats the point of voting for it", "strong-signal"),
        ("why do the ngos think it's so important for the resolution to pass", "strong-signal"),
        ("can the un's human rights people go to iran to see the situation for themselves", "un-rapporteurs"),
        ("did things improve human rights wise over the past 12 months?", "no-improvement"),
        ("what kinds of ppl r being arrested for no reason in iran acc to the letter", "arbitrary-detention"),
        ("what kinds of ppl r being arrested for no reason in iran acording to the letter", "arbitrary-detention"),
        ("Explain this campaign like I'm five", "campaign-overview"),
    ],
)
def test_the_reading_is_answered_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"


def test_the_point_of_a_doing_needs_an_entry_that_says_or_is_asked_why_of_it(coast):
    # the seawall entry says the vote protects the harbour, never why one would protect it: "why
    # protecting the harbour" is no reading it answers, though its "why" of a stated doing is waived
    assert coast.ask("what's the point of protecting the harbour").scope != "full"
    assert coast.ask("what is the point of voting for it").scope == "full"  # "why vote for the seawall"


@pytest.mark.parametrize(
    "question",
    [
        "would it be wise for the council to vote",  # whether it is wise: no notes say
        "is it wise for visitors to climb the tower",
        "did the council vote for it for themselves",  # for whom, not whether they voted
    ],
)
def test_a_reading_that_drops_what_is_asked_does_not_answer_on_a_made_up_faq(coast, question):
    assert coast.ask(question).scope is None


@pytest.mark.parametrize(
    "question",
    [
        # asked who it is for, or whether it is wise: never the entry about who signed / executions
        "did the ngos write the letter for themselves",
        "did the ngos sign for themselves",
        "is the campaign just for themselves",
        "is it wise for iran to keep executing people",
        "would it be wise to pass the resolution",
        # the entry about who signed says they signed, not why one would sign a letter
        "what's the point of signing a letter",
    ],
)
def test_the_shipped_faq_does_not_answer_a_reading_that_asks_something_else(engine, question):
    assert engine.ask(question).scope != "full"


def test_the_shipped_faq_gives_no_point_of_writing_the_letter(engine):
    assert engine.ask("what's the point of writing the letter").scope != "full"
    assert not engine.ask("is raha bahreini iranian herself").answered


@pytest.mark.parametrize(
    "question, expected",
    [
        ("whats the parking situation like?", "how is the parking situation?"),
        ("what is the harbour parking situation like per the notes", "how is the harbour parking situation"),
        # no word for a state of things: what the thing is, kept ("what's the volcano like")
        ("what's the volcano like?", None),
        # something after "like": not the closing "like" of "what is X like"
        ("whats the parking situation like in summer", None),
    ],
)
def test_what_a_state_of_things_is_like_is_how_it_is(question, expected):
    assert plain(question) == expected


@pytest.fixture(scope="module")
def parking(tmp_path_factory, config):
    return madeup.island_with(
        tmp_path_factory.mktemp("parking"), madeup.PARKING_NOTES, [madeup.PARKING], config.matching
    )


@pytest.mark.parametrize(
    "question", ["whats the harbour parking situation like", "what's the harbour parking situation like per the notes"]
)
def test_what_a_state_of_things_is_like_is_answered_on_a_made_up_faq(parking, question):
    assert not parking.match(question).answered, "the question as written is below the threshold"
    reply = parking.ask(question)
    assert reply.answered and reply.entry.id == "harbour-parking" and reply.scope == "full"


def test_what_a_state_of_things_is_like_is_answered_on_the_shipped_faq(engine):
    question = "whats the death penalty situation like per this report"
    assert not engine.match(question).answered
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full"
