"""Spoken question forms the scope check misread as a gap: «کی» after a preposition ("to whom",
«خطاب به کی بوده», "khatab be ki bude") is no "who is X" asking a role to be named; the plural
"who" typed in Finglish ("shamele kia mishe", whom does it include) asks who they are as a group,
as «کیا» does; and "how many is it" spoken and typed apart («چند تاس؟», "chand tas?") is «چند»,
not a count of «تاس» (dice) the sources never give. On the made-up island FAQ and the shipped one."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question, entry",
    [
        ("فانوس دریایی خطاب به کی بوده؟", "lighthouse"),  # to whom: no role asked to be named
        ("fanus shamele kia mishe?", "lighthouse"),  # the plural who, as «کیا»
        ("فوران های آتشفشان چند تاس؟", "volcano"),
        ("favaran haye atashfeshan chand tas?", "volcano"),
        ("گل هایی که زنبورها بهشون سر میزنن چند تاس؟", "bees"),
    ],
)
def test_spoken_forms_leave_no_gap_on_the_island(island, question, entry):
    assert island.scope.check(question, entry).scope.value == "full"


@pytest.mark.parametrize("question", ["negahbane fanus kie?", "fanus shamele ki mishe?"])
def test_who_is_x_still_asks_a_name_on_the_island(island, question):
    # the singular "who is X", with no preposition before it: X is a role to be named
    check = island.scope.check(question, "lighthouse")
    assert check.scope.value == "partial" and check.uncovered[0].gap.value == "name", check


@pytest.mark.parametrize(
    "question, entry",
    [
        ("name khatab be ki bude?", "who-signed"),
        ("bazdashte khodsarane shamele kia mishe?", "arbitrary-detention"),
        ("تعداد اعدام‌ها توی ایران چند تاس؟", "executions"),
        ("tedade edam ha chand tas?", "executions"),
    ],
)
def test_spoken_forms_are_answered_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert reply.result.entry_id == entry and reply.result.answered, reply


@pytest.mark.parametrize(
    "question, language",
    [
        ("atashfeshan faalast?", "fa-Latn"),  # two words, the second a Finglish verb: Persian
        ("fanus roshanand?", "fa-Latn"),
        ("Tomas Bergin", "en"),  # a name, typed capitalised
        ("recieve paymnt", "en"),  # English mistyped: no verb ending
    ],
)
def test_two_finglish_words_ending_in_a_verb_are_persian_on_the_island(island, question, language):
    assert island.ask(question).question_language == language


def test_two_finglish_words_ending_in_a_verb_are_answered_on_the_shipped_faq(engine):
    reply = engine.ask("faalan zendanin?")  # are the activists in prison: no longer read as English
    assert reply.question_language == "fa-Latn" and reply.answered, reply
    assert reply.result.entry_id == "arbitrary-detention", reply
