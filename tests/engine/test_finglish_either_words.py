"""The English reading of a Finglish question (persian.english_reading, which the Latin-script
index ranks and the scope check reads) leaves out the Finglish words English spells too
("male": of, "sale": year of, "age": if): read as English, "male" is a subgroup the sources never
name, and "name male che mahi bood? november?" (what month is the letter from) got no answer."""

from __future__ import annotations

from bot.engine import persian


def test_a_finglish_word_english_spells_too_is_not_read_as_english_on_made_up_words():
    # "of the lighthouse, which year was it automated? 1985?"; "if the volcano erupts, what happens"
    assert persian.english_reading("lighthouse male kodom sal automatic shod 1985".split()) == [
        "lighthouse",
        "which",
        "sal",
        "automatic",
        "1985",
    ]
    assert persian.english_reading("age volcano erupt kone chi mishe".split()) == ["volcano", "erupt", "what"]


def test_the_letters_month_with_a_guess_is_answered_by_the_shipped_faq(engine):
    reply = engine.ask("name male che mahi bood? november?")
    assert reply.answered and reply.result.entry_id == "letter-date"
