"""A message in both scripts that asks with a Persian question word, with as many Persian grammar
words as English ones, is Persian ("rouhani چیکار کرد for human rights": چیکار, کرد; "for"): read
as English it lost its question and its verb and was refused. An English question naming a
Persian term stays English. Made-up words, then the shipped FAQ (persian.language)."""

from __future__ import annotations

import pytest

from bot.engine.persian import language


@pytest.mark.parametrize("question", ["lighthouse keeper چیکار کرد for ships", "bees چند تا گل رو دیدن in spring"])
def test_a_made_up_mixed_question_asked_in_persian_is_persian(question):
    assert language(question) == "fa"


@pytest.mark.parametrize("question", ["what does فانوس دریایی mean?", "who is the نگهبان of the lighthouse?"])
def test_a_made_up_english_question_naming_a_persian_term_stays_english(question):
    assert language(question) == "en"


def test_the_shipped_faq_reads_a_mixed_question_asked_in_persian(engine):
    reply = engine.ask("rouhani چیکار کرد for human rights")
    assert reply.question_language == "fa"
    assert reply.kind in ("answer", "suggest"), reply.result
    assert not reply.answered or reply.entry.id.startswith("rouhani-"), reply.result
