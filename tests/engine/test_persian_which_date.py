"""«کدوم سال», «چه ماهی», "kodoom sal": which year, month, day or date asks when, in Persian and
Finglish as "which year" does in English, so a "when" question is never answered by an entry
nobody asks when of ("name baraye kodoom sal bood", which year was the letter from, was once
answered with who signed it)."""

from __future__ import annotations

import pytest

from bot.engine.text import question_types, words


@pytest.mark.parametrize(
    "question",
    [
        "فانوس کدوم سال خودکار شد؟",
        "فانوس مال چه سالیه؟",
        "نگهبان چه ماهی اومد؟",
        "fanus kodoom sal automat shod",
        "fanus male che sali bood",
        "zanbur-ha kodom mah raftan",
    ],
)
def test_a_made_up_which_date_question_asks_when(question):
    assert "when" in question_types(words(question))


@pytest.mark.parametrize("question", ["نگهبان چه ماهی صید کرد؟", "کدوم فانوس خودکار شد؟", "fanus kodoom bood"])
def test_a_made_up_which_question_of_no_date_asks_no_when(question):
    """What fish the keeper caught, which lighthouse: no date asked."""
    assert "when" not in question_types(words(question))


@pytest.mark.parametrize("question", ["name baraye kodoom sal bood", "نامه برای کدوم سال بود"])
def test_the_shipped_faq_never_answers_which_year_with_who_signed(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.entry.id == "who-signed"), reply.result
    assert reply.result.suggestions[:1] != ("who-signed",), reply.result


@pytest.mark.parametrize("question", ["کیا فانوس رو خودکار کردن و کی؟", "چه کسی زنبورها رو شمرد و کی؟"])
def test_a_made_up_who_and_then_ki_asks_when_too(question):
    """«... و کی؟» after a "who" asked in so many words: who did it, and when (who twice asks nothing)."""
    assert "when" in question_types(words(question))


def test_a_made_up_ki_alone_stays_who():
    assert "when" not in question_types(words("کیا فانوس رو خودکار کردن؟"))


def test_the_shipped_faq_does_not_answer_who_signed_and_when_with_the_signatories_alone(engine):
    reply = engine.ask("کیا امضا کردن و کی؟")
    assert not (reply.answered and reply.entry.id == "who-signed" and reply.scope == "full"), reply.result
