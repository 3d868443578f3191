"""A message of several sentences or clauses (a greeting, some context, then the question) is
answered when one of its questions alone is answered with confidence by the entry the whole
message ranks first; statements and first clauses never answer it."""

from __future__ import annotations

import pytest

from tests import madeup


def assert_answered_by_a_sentence(engine, message: str, entry_id: str) -> None:
    """Below the threshold as a whole, answered with `entry_id` by one of its sentences or clauses."""
    assert not engine.match(message).answered, "the whole message alone is below the threshold"
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == entry_id
    assert reply.result.reason.value == "sentence"


@pytest.mark.parametrize(
    "message, entry_id",
    [
        (
            "Hello there, we are visiting the island next summer with our kids and we are nervous "
            "about safety. Did the volcano erupt?",
            "volcano",
        ),
        (
            "My daughter is doing a school project on insects and asked me something I could not "
            "answer. How many flowers do bees visit?",
            "bees",
        ),
        (
            "We walked along the coast last night and saw a light far away, is the lighthouse still working?",
            "lighthouse",
        ),
    ],
)
def test_a_question_after_some_context_is_answered_on_another_faq(made_up, message, entry_id):
    assert_answered_by_a_sentence(made_up, message, entry_id)


@pytest.mark.parametrize(
    "message",
    [
        # the sentence that would match is a statement, not what is asked
        "Is the bakery still open? We walked along the coast yesterday and saw the lighthouse flash.",
        "We walked along the coast yesterday evening and saw a light far away. Is the bakery still open?",
        # only a message's last clause is read alone: a first one would drop what follows it
        "How many flowers do bees visit, in the greenhouses of the old botanical garden next to the school?",
    ],
)
def test_statements_and_first_clauses_never_answer_alone_on_another_faq(made_up, message):
    reply = made_up.ask(message)
    assert not (reply.answered and reply.result.reason.value == "sentence")


@pytest.mark.parametrize(
    "message, entry_id",
    [
        # a clause joined by "like" asks again, in other words: the first clause is read alone too
        (
            "is the lighthouse still working, like does anybody still go up there at night to look after it?",
            "lighthouse",
        ),
        (
            "did the volcano erupt, like are the people who live on the island in any danger from it these days?",
            "volcano",
        ),
    ],
)
def test_a_sentence_whose_clauses_all_ask_is_answered_by_its_first_clause_on_another_faq(made_up, message, entry_id):
    assert_answered_by_a_sentence(made_up, message, entry_id)


@pytest.mark.parametrize(
    "message",
    [
        # the clauses all ask, about two entries: neither answers the message
        "where do honeybees sleep, and how big was the volcano crater?",
        # "and" before a question word opens a second question, even without a comma
        "how many flowers do bees visit and how often did the volcano erupt?",
    ],
)
def test_clauses_that_ask_about_two_entries_never_answer_alone_on_another_faq(made_up, message):
    reply = made_up.ask(message)
    assert not (reply.answered and reply.result.reason.value == "sentence")


def test_a_question_after_a_greeting_is_answered_and_still_scope_checked(engine):
    reply = engine.ask(
        "Good evening to everyone here, I only joined today. Which organisations wrote the letter, "
        "and was Greenpeace one of them?"
    )
    assert not engine.match(reply.question).answered and reply.result.reason.value == "sentence"
    assert reply.entry.id == "who-signed"
    # the scope check reads the whole message: the group the sources never mention is said
    assert reply.scope == "partial" and "\u201cGreenpeace\u201d" in reply.caveat


@pytest.mark.parametrize(
    "message, other",
    [
        # the first question alone is about another entry: a "Yes." under the message reads as
        # the answer to it ("Do the bees sting?" "Yes. It was automated in 1985 ...")
        ("Do the bees sting? Is the lighthouse still working?", "Do the bees sting?"),
        ("How big is the volcano crater? Is the lighthouse still working?", "How big is the volcano crater?"),
        # two questions in one sentence
        ("Do the bees sting, and is the lighthouse still working?", "Do the bees sting?"),
        ("How big is the volcano crater - is the lighthouse still working?", "How big is the volcano crater?"),
    ],
)
def test_a_message_asking_about_two_entries_is_not_answered_by_one_sentence_on_another_faq(made_up, message, other):
    assert made_up.match(other).best != made_up.match(message).best, "the other question ranks another entry"
    reply = made_up.ask(message)
    assert not (reply.answered and reply.result.reason.value == "sentence")


def test_a_greeting_question_that_ranks_no_other_entry_does_not_stop_the_answer_on_another_faq(made_up):
    reply = made_up.ask("Hi! Can you help me? Is the lighthouse still working?")
    assert reply.answered and reply.entry.id == "lighthouse"


def test_a_yes_is_never_shown_under_another_question_of_the_message(engine):
    # "Is Iran getting better?" alone is answered by another entry; the women entry opens "Yes."
    message = "Is Iran getting better? Does the letter talk about women?"
    reply = engine.ask(message)
    assert not (reply.answered and reply.result.reason.value == "sentence")


@pytest.mark.parametrize(
    "message, entry_id",
    [
        # a clause restating the question ("..., like ...") is no second question about something else
        ("when was the lighthouse automated, like what did they even do", "lighthouse"),
        ("is the lighthouse still working, like what do they even do with it", "lighthouse"),
        # a question opening with a connective ("but", "so") after some context
        (
            "we saw a light on the cliff last night with my kids and friends. but is the lighthouse still working",
            "lighthouse",
        ),
    ],
)
def test_a_restating_clause_or_an_opening_connective_does_not_stop_the_answer_on_another_faq(
    made_up, message, entry_id
):
    assert_answered_by_a_sentence(made_up, message, entry_id)


def test_the_shipped_faq_answers_a_question_opened_with_but(engine):
    assert_answered_by_a_sentence(engine, "i saw this on twitter. but who actually wrote the letter", "who-signed")


@pytest.mark.parametrize(
    "faq, message",
    [
        ("made_up", "is the lighthouse working, like do the bees sting?"),
        ("engine", "did rouhani bring reforms, like did iran let rapporteurs in?"),
        ("engine", "when was the letter written, i mean who signed it?"),
    ],
)
def test_a_like_clause_about_another_entry_still_bars_the_answer(request, faq, message):
    """ "..., like do the bees sting?" opens like a restatement but asks about another entry (its
    words are that entry's alone): the first question's answer, its "Yes." above all, would read
    as the answer to it."""
    reply = request.getfixturevalue(faq).ask(message)
    assert not (reply.answered and reply.result.reason.value == "sentence"), (message, reply.entry)


def test_a_guess_after_the_question_that_the_answer_speaks_to_does_not_stop_it_on_another_faq(tmp_path, config):
    """ "when does the ferry go? winter too?": the guess alone ranks the entry on the winter ice,
    but it is a candidate answer, no question of its own, and the timetable says "winter"."""
    engine = madeup.island_with(
        tmp_path, madeup.FERRY_WINTER_NOTES, [madeup.FERRY_TIMES, madeup.WINTER_ICE], config.matching
    )
    assert engine.match("winter too?").best == "winter-ice"
    assert_answered_by_a_sentence(engine, "when does the ferry go? winter too?", "ferry-times")
    assert engine.ask("when does the ferry go? winter too?").scope == "full"


def test_a_guess_the_answer_never_speaks_of_still_stops_it_on_another_faq(made_up):
    """The bee notes never say "lighthouse" nor "garden": answered in full, the message would read
    as confirming the guess."""
    message = "which flowers do the honeybees visit? the lighthouse garden?"
    assert made_up.match("which flowers do the honeybees visit?").entry_id == "bees"
    assert not made_up.ask(message).answered


def test_the_shipped_faq_reads_a_guess_after_the_question_as_no_question_of_its_own(engine):
    assert_answered_by_a_sentence(
        engine, "so the letter wants the general assembly to do what exactly? vote for something?", "what-they-ask"
    )
    assert (
        engine.ask("so the letter wants the general assembly to do what exactly? vote for something?").scope == "full"
    )
    # a year the sources never give: answered, the guess named in the caveat
    reply = engine.ask("what year was this letter? 2017?")
    assert reply.result.reason.value == "sentence" and reply.entry.id == "letter-date"
    assert reply.scope == "partial" and "\u201c2017\u201d" in reply.caveat
