"""A near-topic question of pair BB (eval123, eval124, eval-fa120, eval-fa121, written at 23:58
UTC on 2026-12-07, measured once at bd134867), checked on a made-up FAQ and on the shipped one.

"rouhani baraye dore-ye dovom che vade-i dade bood?" (what promise had Rouhani made for his second
term?, eval-fa120) was answered in full by the entry that speaks of his electoral promises and
lists none; Persian «چه وعده‌ای داده بود» and English "what did rouhani promise" had the caveat.
Finglish "che <thing>-i" (a noun ending in -e/-eh, the indefinite typed apart) now reads as
"che <things> hayi" does (`_persian_gaps._WHAT_THING_FINGLISH`); "che radio-ei" (which radio: one
the entry names) stays answered.
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap

FAQ = {
    "mayor": (
        [
            "What did the mayor promise?",
            "The notes say the mayor made promises to the fishers before the vote.",
            "یادداشت‌ها می‌گویند شهردار پیش از رای‌گیری به ماهیگیران وعده‌هایی داد.",
        ],
        ["mayor promises", "what did the mayor say", "promises to fishers"],
    ),
    "radio": (
        [
            "Where did the mayor speak?",
            "The notes say the mayor spoke on Harbour Radio.",
            "یادداشت‌ها می‌گویند شهردار در رادیو هاربر صحبت کرد.",
        ],
        ["mayor on the radio", "which radio", "where did he speak"],
    ),
}


@pytest.fixture(scope="module")
def town():
    """Made-up notes in English and Persian: the mayor made promises (none listed), on Harbour Radio."""
    return madeup.notes_scope(FAQ)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("shahrdar che vade-i dad?", "che vade-i dad"),
        ("shahrdar che vade-i be mahigira dad?", "che vade-i be mahigira dad"),
        ("shahrdar che vaade hayi dad?", "che vaade hayi dad"),  # (the plural, as before)
    ],
)
def test_what_promise_in_finglish_of_notes_that_list_none_gets_a_caveat_on_a_made_up_faq(town, question, term):
    assert [(u.term, u.gap) for u in town.check(question, "mayor").uncovered] == [(term, Gap.UNSAID)]


def test_which_radio_in_finglish_of_notes_that_name_it_stays_answered_on_a_made_up_faq(town):
    assert town.check("shahrdar koja sohbat kard? che radio-ei?", "radio").uncovered == ()


def test_what_promise_rouhani_made_in_finglish_is_no_full_answer_on_the_shipped_faq(engine):
    reply = engine.ask("rouhani baraye dore-ye dovom che vade-i dade bood?")
    assert reply.scope != "full", (reply.result, reply.caveat)
