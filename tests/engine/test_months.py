"""A month typed short ("nov 7", "in jul") is read as the month (text.CHAT_ABBREVIATIONS): a date
the sources write in full is the same date, and a month they never give is still one they do not
mention (a caveat or a refusal names it as typed)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.text import words


def test_a_short_month_is_read_as_the_month():
    assert words("nov 7 what year", finglish=False)[:2] == ["november", "7"]
    assert words("since sept", finglish=False) == ["since", "september"]
    # not "jan"/"jun" (Finglish for "dear") nor "mar" (to spoil)
    assert words("does it mar the view", finglish=False)[2] == "mar"


@pytest.fixture(scope="module")
def festival(tmp_path_factory, config):
    """The harbour log's festival, held every July."""
    return madeup.load_faq(
        tmp_path_factory.mktemp("festival"), madeup.FESTIVAL_SOURCE, [madeup.FESTIVAL], config.matching
    )


def test_a_short_month_the_sources_give_is_answered_on_a_made_up_faq(festival):
    reply = festival.ask("when is the festival, jul?")
    assert reply.answered and reply.entry.id == "festival" and reply.scope == "full", reply.result


def test_a_short_month_the_sources_never_give_is_no_answer_in_full_on_a_made_up_faq(festival):
    reply = festival.ask("when is the festival, aug?")
    assert not (reply.answered and reply.scope == "full"), reply.result
    # read as the month typed in full would be
    for short, full in (("jul", "july"), ("aug", "august")):
        a, b = (
            festival.ask(f"is the harbour festival held in {short}?"),
            festival.ask(f"is the harbour festival held in {full}?"),
        )
        assert (a.answered, a.scope, a.result.score) == (b.answered, b.scope, b.result.score)


def test_the_shipped_faq_reads_a_short_month_as_its_date(engine):
    reply = engine.ask("the letter is from nov 7, but which year?")
    assert reply.answered and reply.entry.id == "letter-date" and reply.scope == "full", reply.result
