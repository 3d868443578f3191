"""The engine's readings of a message that count only as answers (a sentence alone, the question
without its chat filler) skip the string similarity when no index could answer them
(`Engine._answer_or_none`, over `Matcher.may_answer`'s bound). The shortcut must never change a
reply: wherever it says "no answer" the full match gives none, and wherever it ranks in full it
gives the full match's result. Checked on the shipped FAQ and on a made-up one nobody tuned."""

from __future__ import annotations

import random

import pytest

from bot.engine import Engine, question_language


def _questions(engine: Engine, n: int) -> list[str]:
    """Phrasings of every entry, cut and reworded the way people type them, and a few questions
    the FAQ does not answer: answers, suggestions and refusals alike."""
    rng = random.Random(f"answer-bound-{len(engine.kb.entries)}")
    texts = [t for e in engine.kb.entries.values() for t in e.all_phrasings()]
    picked = rng.sample(texts, min(n, len(texts)))
    out = []
    for text in picked:
        words = text.split()
        out.append(text)
        out.append(" ".join(words[: max(1, len(words) // 2)]))
        out.append(f"ok so {text.rstrip('?')} in 1999?")
    out += ["hi there, my bike broke, should I buy a new one?", "what's the weather like?", "why?", "how many?"]
    return out


@pytest.mark.parametrize("faq", ["engine", "made_up"])
def test_a_reading_skipped_as_no_answer_is_no_answer_and_one_ranked_is_the_full_match(faq, request):
    engine: Engine = request.getfixturevalue(faq)
    ids = sorted(engine.kb.entries)
    for question in _questions(engine, 60):
        language = question_language(question)
        full = engine.match(question, language)
        quick = engine._answer_or_none(question, language)
        assert quick == full if quick is not None else not full.answered, question
        for entry_id in {full.best or ids[0], ids[0], ids[-1]}:
            only = engine._answer_or_none(question, language, only=entry_id)
            assert only == full if only is not None else not (full.answered and full.entry_id == entry_id), question
            besides = engine._answer_or_none(question, language, excluded=entry_id)
            assert besides == full if besides is not None else not (full.answered and full.entry_id != entry_id), (
                question
            )


def test_the_bound_says_no_answer_for_most_questions_the_faq_does_not_answer(engine):
    """Not a test that can only pass: the shortcut does skip work, or it would be dead code."""
    unanswered = ("what's the weather like?", "my bike broke, should I buy a new one?")
    assert any(engine._answer_or_none(q, question_language(q)) is None for q in unanswered)
