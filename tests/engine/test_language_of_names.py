"""The names an FAQ writes are no evidence of a question's language: "whos roya karimi majd" is
an English question about a person the sources name, though three of its four words are no
English word; a name of several words is one word, and the words around it decide
(persian.language with the FAQ's names, Engine.ask)."""

from __future__ import annotations

import pytest

from bot.engine import persian


def test_a_name_of_several_words_is_one_word_of_either_language():
    names = frozenset({"ingrid", "solberg"})
    assert persian.language("whos ingrid solberg", names) == "en"
    assert persian.language("whos ingrid solberg") == "fa-Latn"  # without the FAQ's names: three foreign words
    # the Finglish around a name still makes it Finglish
    assert persian.language("ingrid solberg kie?", names) == "fa-Latn"
    assert persian.language("ingrid solberg chand sale baghbane?", names) == "fa-Latn"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("whos ingrid solberg", "en"),
        ("whos ingrid solberg?", "en"),
        ("ingrid solberg kie?", "fa-Latn"),
        ("ingrid solberg chand sale baghbane?", "fa-Latn"),
    ],
)
def test_the_made_up_faqs_names_do_not_make_a_question_finglish(garden, question, language):
    assert garden.ask(question).question_language == language


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("whos roya karimi majd", "en"),
        ("whos raha bahreini", "en"),
        ("raha bahreini kie?", "fa-Latn"),
        ("roya karimi majd ki bood?", "fa-Latn"),
        ("rouhani dore aval chi kard?", "fa-Latn"),
    ],
)
def test_the_shipped_faqs_names_do_not_make_a_question_finglish(engine, question, language):
    assert engine.ask(question).question_language == language
