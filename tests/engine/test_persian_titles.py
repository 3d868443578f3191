"""A title before a name («خانم سولبرگ», "khanoom bahreini") is "Ms" of the one woman named: it
weighs nothing the name does not, and is no question about women, whose word is its plural
(«خانم‌ها», "khanooma"). On the made-up island FAQ with its gardener and on the shipped FAQ."""

from __future__ import annotations

import pytest

from bot.engine import persian


@pytest.mark.parametrize("question", ["خانم سولبرگ چند ساله باغبانه؟", "خانم سولبرگ از باغ جزیره نگهداری میکنه؟"])
def test_a_title_before_a_name_is_answered_as_the_name_on_the_island(garden, question):
    reply = garden.ask(question)
    assert reply.answered and reply.result.entry_id == "gardener", reply


@pytest.mark.parametrize(
    "question, entry",
    [
        ("in khanoome bahreini male kodoom sazmane?", "raha-bahreini"),
        ("تبعیض علیه خانم ها تو نامه اومده؟", "women-minorities"),  # the plural: women
        ("tabiz alayhe khanooma too name oomade?", "women-minorities"),
    ],
)
def test_a_title_is_no_question_about_women_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == entry, reply


def test_improve_typed_in_english_is_improvement():
    # the verb, as "improvement" already was: «improve شده» asks what «بهبود پیدا کرده» asks
    assert persian.english_terms(["وضع", "improve", "شده"], "fa") == ["وضع", "بهبود", "شده"]
    assert persian.english_terms(["vaz", "improved", "shode"], "fa-Latn") == ["vaz", "behbud", "shode"]


def test_improve_typed_in_english_reaches_its_entry_on_the_shipped_faq(engine):
    reply = engine.ask("وضع حقوق بشر تو ایران improve شده؟")
    assert reply.answered and reply.result.entry_id == "no-improvement", reply
