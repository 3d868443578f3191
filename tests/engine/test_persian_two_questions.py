"""A message of two Persian questions, their marks gone in reading: «نویسنده نامه کیه؟ به کی
ارسال شده؟» (who wrote the letter? to whom was it sent?). The passive of the second question is
not the first's verb, so the first «کیه» stays "who" and is not read as "when was it sent".
Tested on the made-up island FAQ (tests/data/persian) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian
from bot.engine.text import question_types, words


@pytest.mark.parametrize(
    "question",
    [
        "سازنده فانوس کیه؟ برای کی ساخته شده؟",  # who built it? for whom was it built?
        "نگهبان فانوس کیه؟ به کی گزارش داده شده؟",
    ],
)
def test_who_is_it_before_a_second_question_with_a_passive_stays_who(question):
    read = words(question)
    assert persian.WHEN not in read and "when" not in question_types(read), read


@pytest.mark.parametrize("question", ["فانوس کی خودکار شد؟", "فانوس کیه؟ کی خودکار شده؟"])
def test_when_it_was_done_is_still_when(question):
    assert "when" in question_types(words(question))


def test_the_island_does_not_answer_who_and_to_whom_as_when_it_was_automated():
    reply = madeup.persian_island().ask("سازنده فانوس کیه؟ برای کی ساخته شده؟")
    assert not (reply.result.answered and reply.result.entry_id == "lighthouse"), reply.result


def test_who_wrote_the_letter_and_to_whom_is_not_answered_with_its_date_on_the_shipped_faq(engine):
    reply = engine.ask("نويسنده نامه كيه؟ به كي ارسال شده؟")
    assert reply.result.entry_id != "letter-date" or not reply.result.answered, reply.result


# «کی» after a subject and before a present verb asks when it will be done, as before a past one


@pytest.mark.parametrize(
    "question",
    ["نگهبان فانوس کی میاد؟", "آتشفشان کی فوران میکنه؟", "مجمع عمومی کی درباره این قطعنامه رای‌گیری میکنه؟"],
)
def test_when_a_subject_will_do_something_reads_as_when(question):
    assert "when" in question_types(words(question)), words(question)


@pytest.mark.parametrize(
    "question",
    [
        "فانوس رو کی روشن میکنه؟",  # an object before it: who lights the lighthouse
        "تو جزیره کی فانوس رو روشن میکنه؟",  # a place before it: who, on the island
        "کی درباره فانوس تصمیم میگیره؟",  # nothing before it: who decides
    ],
)
def test_who_will_do_something_stays_who(question):
    assert persian.WHEN not in words(question), words(question)


def test_when_the_assembly_will_vote_is_not_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("مجمع عمومی کی درباره این قطعنامه رای‌گیری میکنه؟")
    assert not reply.answered or reply.scope_check.scope.value != "full", reply
