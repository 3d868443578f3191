"""A date asked of another event than the one the entry's quotes date (issue #11): "on what date
was the notice published online", "was it published online the same day it was dated" ask when
something happened that the quotes never date; the date they give is of another doing. Read
from what the entry says and what its phrasings ask the time of, on a made-up FAQ and the
shipped one."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture
def notice(tmp_path, config):
    return madeup.island_with(tmp_path, madeup.NOTICE_NOTES, [madeup.NOTICE], config.matching)


@pytest.mark.parametrize(
    "question",
    [
        "on what date was the notice published online",
        "what date did the ferry company receive the notice",
        "was the notice published online the same day it was dated",
        "was the notice emailed on the same day it was dated",
    ],
)
def test_the_date_of_an_event_the_notes_do_not_date_is_not_answered_in_full_on_a_made_up_faq(notice, question):
    reply = notice.ask(question)
    assert reply.scope != "full", (question, reply.entry and reply.entry.id)


@pytest.mark.parametrize(
    "question",
    [
        "what date is the notice",
        "what day was the notice dated",
        "on what date was the notice posted",
        "which month was the notice written",
    ],
)
def test_the_date_the_notes_give_is_still_answered_in_full_on_a_made_up_faq(notice, question):
    reply = notice.ask(question)
    assert reply.entry is not None and reply.entry.id == "notice-date" and reply.scope == "full", question


@pytest.mark.parametrize(
    "question",
    [
        "on what date was the letter published online",
        "was the letter published online the same day it was dated",
        "what date did the un receive the letter",
    ],
)
def test_the_shipped_faq_gives_the_letter_date_for_no_other_event_as_if_in_full(engine, question):
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize(
    "question",
    [
        "what date is on the letter",
        "what year was the letter written",
        "which month was it sent",
        "on what date was the letter published",
        "was the letter sent the same day it was written",
    ],
)
def test_the_shipped_faq_still_gives_the_letter_date_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == "letter-date" and reply.scope == "full", question
