"""A question followed, in its own sentence, by the asker's guess at its answer ("so the letter
wants the UN to do what exactly, just vote on something?", "so whats the ask here, they just want
the un to condemn iran?") is read without the guess (`engine._before_guess`, Engine._by_sentence):
the guess's words dilute the question, or rank another entry. The guess is no second question that
bars the answer when the answer speaks to it (Engine._guessed); examples after "like", "such as"
narrow what is asked and keep the sentence as typed. On the made-up island FAQ with a petition
(madeup.PETITION_FA, WALL_VOTE_FA) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Reason
from bot.engine.engine import _before_guess


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return madeup.persian_island_with_petition(tmp_path_factory.mktemp("petition"))


@pytest.mark.parametrize(
    "sentence, head",
    [
        (
            "so the fishers want the council to do what exactly, just vote on something?",
            "so the fishers want the council to do what exactly",
        ),
        ("whats the demand here, they want a wall?", "whats the demand here"),
        # examples narrow it; the last clause asks a question of its own; no question mark; no "what"
        ("which minorities are persecuted, like kurds?", None),
        ("who signed it, was it the fishers?", None),
        ("so the fishers want a wall, just a vote on it", None),
        ("the fishers signed, they want a wall?", None),
    ],
)
def test_a_guess_closing_the_sentence_of_a_what_question_is_read_apart(sentence, head):
    assert _before_guess(sentence) == head


@pytest.mark.parametrize(
    "question",
    [
        "so the fishers want the council to do what exactly, just vote on something?",
        "so whats the fishers' demand here, they just want the council to do something?",
    ],
)
def test_a_what_question_with_its_guess_is_answered_on_the_island(harbour, question):
    assert not harbour.match(question).answered  # the guess dilutes it below the threshold
    reply = harbour.ask(question)
    assert reply.answered and reply.entry.id == "petition" and reply.result.reason is Reason.SENTENCE, reply.result


def test_examples_that_narrow_the_question_keep_it_unanswered_on_the_island(harbour):
    reply = harbour.ask("so the fishers want the council to do what exactly, like vote on something?")
    assert reply.result.reason is not Reason.SENTENCE


@pytest.mark.parametrize(
    "question",
    [
        "so whats the ask here, they just want the un to condemn iran?",
        "so the letter wants the UN to do what exactly, just vote on something?",
    ],
)
def test_a_what_question_with_its_guess_is_answered_on_the_shipped_faq(engine, question):
    assert not engine.match(question).answered
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "what-they-ask" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question",
    [
        "which minorities specifically are persecuted, like baha'is or kurds?",
        "what kind of discrimination do women face, like in inheritance or testimony in court?",
    ],
)
def test_examples_after_the_question_are_no_guess_on_the_shipped_faq(engine, question):
    assert not engine.ask(question).answered
