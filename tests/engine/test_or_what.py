"""A yes/no question about what someone wants, closed by "or what" ("do they want the UN to pass
some resolution or what"), asks what they want: read as that "what" question, its guess left out,
and answered when that reading is answered with confidence by the entry the whole question ranks
first (Engine._read_again, `or_what_of`). On the made-up island FAQ with a petition and the vote it
asks for (madeup.PETITION_FA, WALL_VOTE_FA) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Reason
from bot.engine.or_what import or_what_of


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return madeup.persian_island_with_petition(tmp_path_factory.mktemp("petition"))


@pytest.mark.parametrize(
    "question, reading",
    [
        ("do they want the council to build some wall or what", "what do they want"),
        ("so are the fishers asking the council to vote on something or what?", "what are the fishers asking for"),
        ("does the petition demand a wall, or what", "what does the petition demand"),
        # no "or what"; "or what" asking of another thing; the one answering asked; no verb of wanting
        ("do they want the council to build a wall", None),
        ("who signed it, the fishers or what", None),
        ("do you want a wall or what", None),
        ("is the volcano still active or what", None),
        ("do they want or what", None),  # no guess: nothing but the question
    ],
)
def test_or_what_reads_the_what_question_a_guess_at_what_is_wanted_asks(question, reading):
    assert or_what_of(question) == reading


@pytest.mark.parametrize(
    "question",
    [
        "do the fishers want the council to hold some vote or what",
        "are the fishers asking the council to vote for something or what",
    ],
)
def test_what_is_wanted_asked_with_a_guess_is_answered_with_the_request_on_the_island(harbour, question):
    assert not harbour.match(question).answered  # the guess (a vote) dilutes it below the threshold
    reply = harbour.ask(question)
    assert reply.answered and reply.entry.id == "petition" and reply.result.reason is Reason.PLAIN, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "do they want the UN to pass some resolution or what",
        "are they asking countries to vote for some resolution or what",
    ],
)
def test_what_is_wanted_asked_with_a_guess_is_answered_with_the_request_on_the_shipped_faq(engine, question):
    assert not engine.match(question).answered
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "what-they-ask" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question", ["do the fishers want a ferry or what", "are the fishers asking for a ferry or what"]
)
def test_a_guess_the_sources_never_make_gets_the_caveat_with_or_what_too_on_the_island(harbour, question):
    # read as "do the fishers want a ferry?": the petition asks for a wall, never a ferry
    reply = harbour.ask(question)
    assert reply.entry is not None and reply.entry.id == "petition"
    assert reply.scope == "partial" and "ferry" in reply.caveat


def test_do_they_want_sanctions_or_what_gets_the_caveat(engine):
    # as "do they want sanctions?": what they ask never mentions sanctions
    reply = engine.ask("do they want sanctions or what")
    assert reply.entry is not None and reply.entry.id == "what-they-ask"
    assert reply.scope == "partial" and "sanctions" in reply.caveat
