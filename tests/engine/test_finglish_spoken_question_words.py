"""A spoken spelling of a question word that is no English word ("chian": what are they,
"kodomast", "kujast") marks a text as Finglish as the written ones ("chiya", "kojast") do:
"negaraniaye asli in letter chian?" has two English words in five and no other marker, and was
read as English (persian._strong_markers). Short ones ("kia", "kay") are names as often."""

from __future__ import annotations

import pytest

from bot.engine import persian


@pytest.mark.parametrize(
    "question",
    ["negaraniaye asli in letter chian?", "golaye asli in island chian?", "fanuse asli in island kujast?"],
)
def test_a_spoken_question_word_makes_a_text_finglish(question):
    assert persian.language(question) == "fa-Latn"


@pytest.mark.parametrize("question", ["what about kia cars", "who is kay", "is the chianti region in italy"])
def test_english_with_a_name_like_a_question_word_stays_english(question):
    assert persian.language(question) == "en"


def test_a_question_marked_only_by_a_spoken_question_word_is_read_as_finglish_on_a_made_up_faq(garden):
    # "what are the main flowers of this island?": no other marker, no Finglish grammar pair; the
    # reply (here none) comes in Persian, not English
    reply = garden.ask("golaye asli in island chian?")
    assert reply.question_language == "fa-Latn"
    assert reply.asked_in == "fa"


def test_a_question_marked_only_by_a_spoken_question_word_is_answered_by_the_shipped_faq(engine):
    reply = engine.ask("negaraniaye asli in letter chian?")
    assert reply.question_language == "fa-Latn"
    assert reply.answered and reply.result.entry_id == "concerns-listed"
