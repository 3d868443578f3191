"""A Persian or Finglish "why" or "how" of a compound verb («انتخاب شد», "edam shodan") the
entry itself states, with no cause or method: a caveat, never the answer in full, as English "why
was rouhani reelected" and "how were the 440 executed" are read. A yes/no question of the same
doing, "how can I help", or a method the entry does hold, stay answered in full."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Engine


@pytest.fixture(scope="module")
def harbour(tmp_path_factory) -> Engine:
    return madeup.persian_island_with_harbour(tmp_path_factory.mktemp("harbour"))


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        # why: the re-election stated, its cause asked
        ("چرا آنا برگ دوباره انتخاب شد؟", "harbour-master", "چرا آنا برگ دوباره انتخاب شد"),
        ("chera anna berg dobare entekhab shod?", "harbour-master", "chera anna berg dobare entekhab shod"),
        # how: the arrest stated, its method asked
        ("قاچاقچیا چطوری بازداشت شدن؟", "smugglers", "قاچاقچیا چطوری بازداشت شدن"),
        ("ghachaghchia chetori bazdasht shodan?", "smugglers", "ghachaghchia chetori bazdasht shodan"),
        ("آنا برگ چگونه انتخاب شد؟", "harbour-master", "آنا برگ چگونه انتخاب شد"),
    ],
)
def test_a_cause_or_method_of_what_the_entry_says_was_done_is_a_caveat_on_the_island(harbour, question, entry_id, term):
    check = harbour.scope.check(question, entry_id)
    assert check.scope.value == "partial", check
    assert term in (check.caveat_in("fa") or ""), check.caveat_in("fa")
    reply = harbour.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("آنا برگ دوباره انتخاب شد؟", "harbour-master"),  # yes/no: the doing itself
        ("رئیس بندر کیه؟", "harbour-master"),
        ("ناقوس کلیسا چطور زده میشه؟", "chapel-bell"),  # it holds the manner ("by hand")
        ("naghus-e kelisa chetor zade mishe?", "chapel-bell"),
        ("چطور میتونم کمک کنم؟", "harbour-master"),  # being able: advice, no method of a doing
        ("قاچاقچیا چطوری بودن؟", "smugglers"),  # a state
    ],
)
def test_a_doing_asked_as_such_or_a_method_held_stays_full_on_the_island(harbour, question, entry_id):
    assert harbour.scope.check(question, entry_id).scope.value == "full", question


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("چرا روحانی دوباره انتخاب شد؟", "rouhani-reelection"),
        ("chera rouhani dobare entekhab shod?", "rouhani-reelection"),
        ("۴۴۰ نفر چطوری اعدام شدن؟", "executions"),
        ("440 nafar chetori edam shodan?", "executions"),
        ("440 nafar chejuri edam shodan?", "executions"),
        ("چرا ایران ۴۴۰ نفر را اعدام کرد؟", "executions"),
    ],
)
def test_the_shipped_faq_never_answers_why_or_how_a_stated_doing_happened_in_full(engine, question, entry_id):
    assert engine.scope.check(question, entry_id).scope.value == "partial", question
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("روحانی دوباره انتخاب شد؟", "rouhani-reelection"),
        ("rouhani dobare entekhab shod?", "rouhani-reelection"),
        ("چند نفر اعدام شدن؟", "executions"),
        ("chand nafar edam shodan?", "executions"),
    ],
)
def test_the_shipped_faq_still_answers_the_doing_itself_in_full(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry is not None and reply.entry.id == entry_id and reply.scope == "full", reply


def test_a_phrasing_asking_what_part_something_plays_vouches_for_no_method_on_the_island(harbour):
    """ "how does her re-election figure in the notes" asks a part played, not how it was done."""
    check = harbour.scope.check("how was anna berg re-elected?", "harbour-master")
    assert check.scope.value == "partial", check


def test_the_shipped_faq_does_not_answer_how_rouhani_was_re_elected_in_full(engine):
    reply = engine.ask("how was rouhani re-elected?")
    assert not (reply.answered and reply.scope == "full"), reply
