"""A count asked, then another question right after it («تعداد X چنده؟ چطوری بودن؟», «تعداد X
چقدر است؟»): the words are read without their question marks, and a question word after «چند» is
the next question, not the thing counted (scope._counts._countable_fa), so the count is not
refused as one of a thing the sources never count. Tested on the made-up Persian FAQ, then on
the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def fa_engine():
    return madeup.persian_island()


def test_a_count_then_how_they_were_is_answered_on_the_made_up_faq(fa_engine):
    reply = fa_engine.ask("تعداد فوران‌های آتشفشان چنده؟ چطوری بودن؟")
    assert reply.answered and reply.entry.id == "volcano" and reply.scope == "full"


def test_a_count_of_what_the_notes_never_count_is_still_not_answered(fa_engine):
    assert not fa_engine.ask("تعداد زلزله‌های جزیره چنده؟ کدوم سال؟").answered


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("تعداد اعدام‌ها در ایران تا حالا چقدر بوده؟", "executions"),
        ("نامه تاریخش چنده؟ کدوم ماه فرستادنش؟", "letter-date"),
    ],
)
def test_a_count_then_a_question_word_is_answered_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"
