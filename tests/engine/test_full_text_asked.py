"""A request for the document itself after a question ("..., send me the full text", «... متن کامل
نامه رو بده», "matne kamel e name ro bede") is a question of its own that an entry quoting a few of
the document's sentences does not answer: the answer to the first question comes with a caveat
naming the request, never as if it had been met. Another request ("give me a summary") the answer
meets is no gap."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "message, asked",
    [
        ("is the lighthouse still working? send me the full text of the notes", "send me the full text of the notes"),
        ("فانوس دریایی هنوز کار می‌کنه؟ متن کامل یادداشت‌ها رو بده", "متن کامل یادداشت‌ها رو بده"),
        ("fanus hanuz kar mikone? matne kamel e yaddashta ro bede", "matne kamel e yaddashta ro bede"),
    ],
)
def test_a_request_for_the_whole_document_gets_a_caveat_on_the_island(island, message, asked):
    reply = island.ask(message)
    assert reply.entry is not None and reply.entry.id == "lighthouse"
    assert reply.scope == "partial" and asked in reply.caveat


@pytest.mark.parametrize(
    "message", ["is the lighthouse still working?", "is the lighthouse still working? give me a summary"]
)
def test_a_question_alone_or_with_a_request_the_answer_meets_is_answered_in_full_on_the_island(island, message):
    reply = island.ask(message)
    assert (reply.entry.id, reply.scope) == ("lighthouse", "full")


@pytest.mark.parametrize(
    "message",
    [
        "what concerns does the letter raise? send me the full text",
        "faghat hamin negaraniha bud? matne kamel e name ro bede",
        "فقط همین نگرانی‌ها بود؟ متن کامل نامه رو بده",
    ],
)
def test_the_letter_s_full_text_asked_for_is_not_met_on_the_shipped_faq(engine, message):
    reply = engine.ask(message)
    assert reply.entry is not None and reply.entry.id == "concerns-listed"
    assert reply.scope == "partial"
