"""A Persian or Finglish question opening with where its answer is written ("تو نامه نوشته X",
"too name gofte X": in the letter it says X) asks X. The frame's words ("letter", "written") are
an entry's words too ("when was the letter written"), so they must not carry an answer the rest
does not ask for: the rest's own reading decides (Engine._answer, framed_rest)."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return madeup.persian_island_with_notice(tmp_path_factory.mktemp("notice"))


def test_a_frame_does_not_answer_with_the_entry_its_own_words_ask_on_a_made_up_faq(notice):
    # "in the notice it says when was the lighthouse automated": the lighthouse, not the notice's date
    reply = notice.ask("تو اطلاعیه نوشته فانوس کی خودکار شد؟")
    assert reply.answered and reply.result.entry_id == "lighthouse"
    # "in the notice it says when does the bakery open": nothing the FAQ covers
    assert not notice.ask("تو اطلاعیه نوشته نانوایی کی باز میشه؟").answered
    assert not notice.ask("too ettelaiye neveshte nanvaei key baz mishe?").answered


def test_a_frame_around_what_its_entry_answers_is_still_answered_on_a_made_up_faq(notice):
    for question in ("اطلاعیه کی نوشته شده؟", "تو اطلاعیه نوشته که تاریخش چه روزیه؟"):
        reply = notice.ask(question)
        assert reply.answered and reply.result.entry_id == "notice-date", question


@pytest.mark.parametrize(
    "question",
    [
        "ببخشید، تو نامه نوشته نانوایی کی باز میشه؟",  # when does the bakery open
        "تو نامه نوشته نانوایی کی باز میشه؟",
        "too name neveshte nanvaei key baz mishe?",
    ],
)
def test_a_frame_alone_does_not_answer_an_off_topic_question_of_the_shipped_faq(engine, question):
    assert not engine.ask(question).answered


def test_a_frame_does_not_answer_with_who_signed_of_the_shipped_faq(engine):
    # "in the letter it says who was arrested?": the detentions, not who wrote the letter
    reply = engine.ask("تو نامه نوشته که کیا دستگیر شدن؟")
    assert reply.result.entry_id != "who-signed"
    reply = engine.ask("too name neveshte ke kia dastgir shodan?")
    assert reply.result.entry_id != "who-signed"
    # ... and who signed it, asked after the same frame, is still answered
    reply = engine.ask("تو نامه اومده که امضاکننده‌ها کیا بودن؟")
    assert reply.answered and reply.result.entry_id == "who-signed"
