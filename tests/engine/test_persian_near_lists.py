"""Persian and Finglish near-topic shapes of a list or a rank the sources never give: what came
of an event told in many words, the top one asked with the superlative first, the full list or
those left out of a kind the entry says goes unnamed, and a penalty. Tested on the made-up island
FAQ (tests/data/persian) and on the shipped FAQ."""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine.scope import _persian_near

_UNNAMED = "the notes do not say which resolutions"


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        # what came of it, six words on what between «نتیجه» and «چی شد»
        ("نتیجه فوران بزرگ آتشفشان در قرن گذشته چی شد؟", "volcano", "نتیجه فوران بزرگ آتشفشان در قرن گذشته چی شد"),
        ("natije foran e bozorg e atashfeshan dar gharn e gozashte chi shod?", "volcano", "chi shod"),
        # the superlative first, "which" after it
        ("بیشترین فوران‌ها تو کدوم قرن بوده؟", "volcano", "بیشترین فوران\u200cها تو کدوم"),
        ("bishtarin foran ha too kodum gharn bood?", "volcano", "bishtarin foran ha too kodum"),
        # a penalty, of notes that never speak of one
        ("اگه نگهبان فانوس رو خاموش کنه چه جریمه‌ای داره؟", "lighthouse", "چه جریمه"),
        ("age negahban fanus ro khamush kone che jarimei dare?", "lighthouse", "che jarimei"),
    ],
)
def test_an_outcome_a_rank_or_a_penalty_gets_a_caveat_on_the_island(island, question, entry_id, term):
    check = island.scope.check(question, entry_id)
    assert check.scope.value == "partial", check
    assert term in check.caveat, check.caveat


@pytest.mark.parametrize(
    "question",
    [
        "لیست کامل قطعنامه‌هایی که فانوس رو خودکار کردن چیه؟",
        "list kamele ghatname haii ke fanus ro khodkar kardan chie?",
        "فانوس طبق کدوم قطعنامه‌ها خودکار نشد؟",  # which ones not: those left out
        "fanus tebghe kodom ghatname ha khodkar nashod?",
        "فانوس خودکار شد؟ لیست کاملشو بده",  # the full list of them, what was asked before
        "fanus khodkar shod? list kamelesho bede",
        "فانوس طبق کدوم قطعنامه خودکار شد؟",  # which one, singular: one of those never named
        "fanus tebghe kodom ghatname khodkar shod?",
    ],
)
def test_the_full_list_or_those_left_out_of_an_unnamed_kind_is_near_topic_on_the_island(island, question):
    covered = dataclasses.replace(island.scope._covered["lighthouse"], text=_UNNAMED)
    assert _persian_near.near_fa(question, covered) is not None


@pytest.mark.parametrize(
    "text, question",
    [
        ("the notes name the resolutions", "لیست کامل قطعنامه‌هایی که فانوس رو خودکار کردن چیه؟"),  # named
        (_UNNAMED, "لیست کامل نگهبان‌هایی که فانوس داشته چیه؟"),  # another kind
        (_UNNAMED, "فانوس طبق کدوم قطعنامه‌ها خودکار شد؟"),  # which ones, not negated: the kind answers
        (_UNNAMED, "فانوس طبق کدوم قطعنامه‌ها خودکار شد؟ نگهبان نداشت؟"),  # the negation in another clause
        (_UNNAMED, "fanus tebghe kodom ghatname ha khodkar shod?"),  # plural, typed apart
        ("the notes name the resolutions", "فانوس خودکار شد؟ لیست کاملشو بده"),  # nothing left unnamed
        ("the notes name the resolutions", "فانوس طبق کدوم قطعنامه خودکار شد؟"),
    ],
)
def test_a_list_the_entry_does_not_say_it_leaves_unnamed_is_none_on_the_island(island, text, question):
    covered = dataclasses.replace(island.scope._covered["lighthouse"], text=text)
    assert _persian_near.near_fa(question, covered) is None


def test_compared_with_then_is_a_time_after_the_sources_on_the_island_and_the_shipped_faq(island, engine):
    # «نسبت به اون موقع», as «از اون موقع تا الان»: the change since the time the sources tell of
    check = island.scope.check("فانوس نسبت به اون موقع بهتر شده؟", "lighthouse")
    assert check.scope.value == "partial" and "نسبت به اون موقع" in check.caveat, check
    reply = engine.ask("وضعیت حقوق بشر الان امسال چطوره؟ نسبت به اون موقع بهتر شده؟")
    assert not reply.answered or reply.scope_check.scope.value != "full", reply


def test_a_penalty_the_entry_speaks_of_is_no_gap_on_the_island(island):
    covered = island.scope._covered["lighthouse"]
    fined = dataclasses.replace(covered, said=covered.said | {"fine"})
    assert _persian_near.near_fa("اگه نگهبان فانوس رو خاموش کنه چه جریمه‌ای داره؟", fined) is None
    assert island.scope.check("فوران آتشفشان چه نتیجه‌ای داشت؟", "volcano").scope.value == "full"


@pytest.mark.parametrize(
    "question",
    [
        "نتیجه رای‌گیری مجمع عمومی درباره این قطعنامه چی شد؟",
        "list kamele moahedati ke iran emza karde chie?",
        "لیست کامل معاهداتی که ایران امضا کرده چیه؟",
        "ایران کدوم معاهده‌ها رو امضا نکرده",
        "بیشترین اعدام‌ها تو کدوم شهر ایران بوده",
        "age iran ghatname ro ejra nakone che jarimei mishe?",
        "amnesty ham jozve emza konandeha bud? list kamelesho bede",
        "متن نامه رو کی نوشت؟ یعنی کدوم سازمان پیش‌نویسش رو آماده کرد؟",  # which one organisation
    ],
)
def test_an_outcome_a_list_a_rank_or_a_penalty_is_never_answered_in_full_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope_check.scope.value != "full", reply


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("نامه به کدوم تعهدات ایران اشاره میکنه؟", "treaty-obligations"),  # which kind: the entry's answer
        ("قطعنامه‌های سازمان ملل الزام‌آور هستن؟", "resolutions-binding"),
        ("کدوم سازمان‌ها نامه رو امضا کردن؟", "who-signed"),  # which ones: the entry says who
        ("kodum sazman ha emza kardan?", "who-signed"),
        ("نامه خطاب به کی بود؟ کدوم سازمانا امضا کردن", "who-signed"),  # the spoken plural
        ("نامه میگه ایران باید به کدوم تعهداتش عمل کنه؟", "treaty-obligations"),  # a plural with an owner
        ("eslahat bayad ba kodoom taahodate iran hamkhoon bashe?", "treaty-obligations"),
    ],
)
def test_the_same_topics_without_the_shape_stay_full_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == entry_id and reply.scope_check.scope.value == "full", reply
