"""Chat markup typed or pasted around a question is read as the words it wraps: a code block,
**bold**, ~~strike~~, ||spoiler||, a link, a quote line, a zero-width space between words."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import load_engine
from bot.engine.markup import read_markup

MADE_UP_DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "moderation"


def wrapped(question: str) -> list[str]:
    """`question` as people send it with markup around it or its words."""
    first, _, rest = question.partition(" ")
    return [
        f"```{question}```",
        f"```\n{question}\n```",
        f"`{question}`",
        f"||{question}||",
        f"**{question}**",
        f"~~{first}~~ {first} {rest}",
        f"__{first}__ {rest}",
        f"> {question}",
        f"[see this](https://example.org/x) {question}",
        f"{question} [source](<https://example.org/x>)",
        question.replace(" ", "\u200b"),
    ]


def same(a, b) -> bool:
    return (a.answered, a.entry and a.entry.id, a.scope) == (b.answered, b.entry and b.entry.id, b.scope)


@pytest.mark.parametrize("question", ["how many people were executed", "who signed the letter"])
def test_markup_around_a_question_changes_no_answer(engine, question):
    plain = engine.ask(question)
    assert plain.answered
    for asked in wrapped(question):
        reply = engine.ask(asked)
        assert same(reply, plain), asked
        for mark in ("```", "**", "||", "~~", "](", "\u200b"):
            assert mark not in (reply.caveat or "") and mark not in reply.question, asked  # never echoed


@pytest.fixture(scope="module")
def made_up(config):
    return load_engine(MADE_UP_DATA / "knowledge", MADE_UP_DATA / "seeds", config.matching)


@pytest.mark.parametrize("question", ["how many flowers do the honeybees visit", "how often did the volcano erupt"])
def test_on_a_made_up_faq_too(made_up, question):
    plain = made_up.ask(question)
    assert plain.answered
    for asked in wrapped(question):
        assert same(made_up.ask(asked), plain), asked


def test_a_link_inside_a_question_is_read_as_its_label_and_its_address_is_dropped():
    assert read_markup("did [amnesty](https://evil.example/a) sign it") == "did amnesty sign it"
    assert "evil" not in read_markup("[click](https://evil.example) who signed the letter")


def test_a_zero_width_space_inside_a_word_is_no_space_and_plain_text_is_left_as_it_is():
    assert read_markup("h\u200bi") == "h\u200bi"  # dropped later, as every invisible character
    text = "a snake_case name, 2 * 3 and a_b"
    assert read_markup(text) == text
    assert read_markup("how many executions?") == "how many executions?"
