"""Questions of pair AY (eval117, eval118, eval-fa114, eval-fa115, written at 22:59 UTC on
2026-12-07, measured once at ea980dbc), checked on a made-up FAQ and on the shipped one.

«نامه به اعدام نوجوانان هم اشاره کرده؟ چند تا بودن؟» (does the letter mention the executions of
juveniles too? how many were they?, eval-fa115) was answered in full with the entry giving the
total of executions: a reply that reads as "440 juveniles were executed". English "does the
letter mention juvenile executions" had its rule (the words asked to be mentioned must be said);
Persian and Finglish have it now (`_persian.mentioned_fa`, `ScopeIndex._knows_fa`): a word
between «به/از» and «اشاره» ("be ... eshare") that the entry neither says nor is asked with is
named in the caveat, with what was asked up to it.
"""

from __future__ import annotations

import pytest

from bot.engine.scope import ScopeIndex

FAQ = {
    "boats": (
        [
            "How many boats sank?",
            "The notes say 35 boats sank in the storm.",
            "یادداشت‌ها می‌گویند ۳۵ قایق در طوفان غرق شد.",
        ],
        ["boats sunk", "storm boats", "how many boats"],
    ),
    "fishers": (
        [
            "Who was detained?",
            "The notes say fishers and sailors were detained.",
            "یادداشت‌ها می‌گویند ماهیگیران و ملوانان بازداشت شدند.",
        ],
        ["detained fishers", "who was arrested", "sailors in jail"],
    ),
}


@pytest.fixture(scope="module")
def harbour():
    """Made-up notes in English and Persian: 35 boats sank; fishers and sailors were detained."""
    return ScopeIndex([(e, t, p) for e, (t, p) in FAQ.items()], topics={e: [t[0]] for e, (t, _) in FAQ.items()})


@pytest.mark.parametrize(
    "question, entry, term",
    [
        ("یادداشت‌ها به غرق کشتی‌های جنگی هم اشاره کرده؟", "boats", "غرق کشتی‌های جنگی"),
        ("به بازداشت کاپیتان‌ها اشاره شده؟", "fishers", "بازداشت کاپیتان‌ها"),
        # talking of it is mentioning it; a second question after it asks of the same
        ("از بازداشت کاپیتان‌ها حرفی زده؟ چند نفر بودن؟", "fishers", "بازداشت کاپیتان‌ها"),
        # Finglish, the words as typed (not as folded)
        ("be bazdasht kapitanan eshare shode?", "fishers", "bazdasht kapitanan"),
    ],
)
def test_a_persian_mention_of_what_the_entry_never_says_gets_a_caveat_on_a_made_up_faq(harbour, question, entry, term):
    check = harbour.check(question, entry)
    assert [(u.term, u.gap.value) for u in check.uncovered] == [(term, "mention")], check


@pytest.mark.parametrize(
    "question, entry",
    [
        ("یادداشت‌ها به غرق قایق‌ها اشاره کرده؟", "boats"),
        ("به بازداشت ماهیگیرا اشاره شده؟", "fishers"),  # the spoken plural «ماهیگیرا»
        ("be bazdasht mahigiran eshare shode?", "fishers"),
        ("به کدوم قایق‌ها اشاره کرده؟", "boats"),  # which ones: asked, not guessed
        ("خانمی که به کشتی‌ها اشاره کرد کیه؟", "boats"),  # a relative clause names a speaker
    ],
)
def test_a_persian_mention_of_what_the_entry_says_stays_answered_on_a_made_up_faq(harbour, question, entry):
    assert harbour.check(question, entry).uncovered == ()


@pytest.mark.parametrize(
    "question, term",
    [
        ("نامه به اعدام نوجوانان هم اشاره کرده؟ چند تا بودن؟", "«اعدام نوجوانان»"),
        ("name be edam nojavanan eshare karde? chand ta budan?", "«edam nojavanan»"),
    ],
)
def test_juvenile_executions_in_persian_are_no_full_answer_on_the_shipped_faq(engine, question, term):
    reply = engine.ask(question)
    assert reply.scope != "full", (reply.result, reply.caveat)
    if reply.result.answered:
        assert term in reply.caveat, reply.caveat


def test_persian_mentions_the_entries_make_stay_answered_on_the_shipped_faq(engine):
    for question, entry in [
        ("به تبعیض علیه زنا اشاره شده؟", "women-minorities"),
        ("نامه به اعدام‌ها اشاره کرده؟", "executions"),
        ("آیا نامه به تبعیض عtلیه زنان و اقلیت‌ها اشاره می‌کند؟", "women-minorities"),  # a slip of script
    ]:
        reply = engine.ask(question)
        assert (reply.result.entry_id, reply.scope) == (entry, "full"), (question, reply.result, reply.caveat)
