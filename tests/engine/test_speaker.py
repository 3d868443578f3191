"""A question that names who says something ("X said ...", "according to X, ...", "X گفت ...",
"X goft ...") asks what follows, not about X: the speaker's name must not make the entry about
them win, nor dilute the rest below the answer threshold (Engine._by_speaker)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings
from bot.engine.engine import unattributed


@pytest.mark.parametrize(
    "question, language, rest",
    [
        ("Lena Ross said the new bridge opens when?", "en", "the new bridge opens when?"),
        ("according to the keeper, is the volcano dangerous?", "en", "is the volcano dangerous?"),
        ("لنا راس گفت پل تازه کی باز میشه؟", "fa", "پل تازه کی باز میشه؟"),
        ("به گفته‌ی لنا راس، پل تازه کی باز میشه؟", "fa", "پل تازه کی باز میشه؟"),
        ("Lena Ross goft pol-e taze key baz mishe?", "fa-Latn", "pol-e taze key baz mishe?"),
    ],
)
def test_the_rest_of_an_attributed_question_is_what_it_asks(question, language, rest):
    assert unattributed(question, language) == rest


@pytest.mark.parametrize(
    "question, language",
    [
        ("who said the bridge opens in spring?", "en"),  # asks for the speaker
        ("what did the mayor say?", "en"),  # nothing after the verb
        ("did the mayor say the bridge opens in spring?", "en"),
        ("you said the bridge opens in spring?", "en"),  # the asker or the bot is no source
        ("کی گفت پل تازه بهار باز میشه؟", "fa"),
        ("شهردار چی گفت؟", "fa"),
        ("ki goft pol-e taze baz mishe?", "fa-Latn"),
    ],
)
def test_no_speaker_when_the_opening_asks_or_nothing_follows(question, language):
    assert unattributed(question, language) is None


def test_a_named_speaker_does_not_keep_the_rest_below_the_threshold(tmp_path):
    town = madeup.load_faq(tmp_path, madeup.TOWN_SOURCE, madeup.TOWN, MatchSettings())
    for question in ("Lena Ross said the new bridge opens when?", "لنا راس گفت پل تازه کی باز میشه؟"):
        reply = town.ask(question)
        assert reply.answered and reply.result.entry_id == "bridge", question
    # asking for the speaker is still no answer about the bridge
    assert not town.ask("who said the bridge opens in spring?").answered


def test_the_speakers_own_entry_does_not_win_over_what_is_asked(tmp_path):
    island = madeup.island_with_keeper(tmp_path, madeup.KEEPER)
    reply = island.ask("Tomas Berg said the volcano erupted how often?")
    assert reply.answered and reply.result.entry_id == "volcano"


@pytest.mark.parametrize(
    "question, entry",
    [
        ("Raha Bahreini said the letter lists which abuses?", "concerns-listed"),
        ("رها بحرینی گفته نامه به کدوم نقض‌ها اشاره کرده؟", "concerns-listed"),
        ("Raha Bahreini goft name be che chizayi eshare karde?", "concerns-listed"),
    ],
)
def test_shipped_faq_answers_what_the_speaker_is_quoted_on(engine, question, entry):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == entry
