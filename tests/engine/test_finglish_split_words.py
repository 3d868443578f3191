"""Finglish words Persian writes as one that people type in two: "dar bare" is "darbare"
(«درباره»), a comparative "-tar" typed apart ("bad tar", "khatarnak tar") is one word with its
adjective (as «بدتر»). Read apart, the question lost its topic word or its comparative and was
refused where the one-word spelling is answered. Made-up words, then the shipped FAQ."""

from __future__ import annotations

import pytest

from bot.engine.text import words


@pytest.mark.parametrize(
    ("apart", "joined"),
    [
        ("fanus dar bare chie?", "fanus darbare chie?"),
        ("zanbur ha dar bareye gol chi migan?", "zanbur ha darbare gol chi migan?"),
        ("atashfeshan khatarnak tar shode?", "atashfeshan khatarnaktar shode?"),
        ("vaz fanus beh tar shode?", "vaz fanus behtar shode?"),
    ],
)
def test_made_up_words_typed_apart_read_as_one(apart, joined):
    assert words(apart) == words(joined)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("in name dar bare chie?", "campaign-overview"),
        ("vaziate hoghoogh bashar bad tar shode?", "no-improvement"),
    ],
)
def test_the_shipped_faq_answers_finglish_typed_apart(engine, question, entry):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry, reply.result


def test_enforceable_typed_as_one_finglish_word_reads_as_mandatory():
    """ "lazemolejra" (لازم‌الاجرا, enforceable) asks what "elzami" (mandatory) does."""
    assert words("ghanun lazemolejra hast?") == words("ghanun elzami hast?")


def test_the_shipped_faq_answers_enforceable_in_finglish(engine):
    reply = engine.ask("ghatname lazemolejra hast?")
    assert reply.answered and reply.entry.id == "resolutions-binding", reply.result
