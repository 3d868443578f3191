"""A Discord mention inside a question (`@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`,
`<#id>`) is no subject the sources speak about: "was <@123> arrested?" is refused or answered in
part, never answered in full as if about detainees, and a caveat never quotes a mention. A mention
that only addresses someone ("<@123> how many were executed?") changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine import load_engine
from bot.engine.text import UNKNOWN_SUBJECT, read_mentions

REPO = Path(__file__).resolve().parents[2]
MENTIONS = ["@everyone", "@here", "<@123456789>", "<@!123456789>", "<@&123>", "<#42>"]


def assert_never_quoted(caveat: str | None) -> None:
    for piece in ("everyone", "@here", "<@", "<#", "123", "42", UNKNOWN_SUBJECT):
        assert piece.lower() not in (caveat or "").lower(), caveat


def assert_not_full(reply) -> None:
    """Refused, or a partial answer whose caveat names no mention."""
    assert not reply.answered or reply.scope == "partial", (reply.question, reply.entry.id)
    assert_never_quoted(reply.caveat)


@pytest.mark.parametrize("mention", MENTIONS)
def test_a_mention_as_subject_reads_as_an_unknown_name(mention):
    assert read_mentions(f"{mention} was arrested?") == f"{UNKNOWN_SUBJECT} was arrested?"
    assert read_mentions(f"{mention} بازداشت شد؟") == f"{UNKNOWN_SUBJECT} بازداشت شد؟"
    assert read_mentions(f"was {mention} arrested?") == f"was {UNKNOWN_SUBJECT} arrested?"
    assert read_mentions(f"آیا {mention} بازداشت شد؟") == f"آیا {UNKNOWN_SUBJECT} بازداشت شد؟"


@pytest.mark.parametrize(
    "text, read",
    [
        ("<@123> how many people were executed?", "how many people were executed?"),
        ("<@123> so what is this campaign for", "so what is this campaign for"),
        ("<@123> was the letter signed?", "was the letter signed?"),
        ("<@123> is the volcano still active", "is the volcano still active"),
        ("<@123> who's the keeper", "who's the keeper"),
        ("hey @everyone, who signed it?", "hey who signed it?"),
        ("<@!5>: who signed it", "who signed it"),
        ("who signed it? @here", "who signed it?"),
        ("<@123> چند نفر اعدام شدند؟", "چند نفر اعدام شدند؟"),
        ("mail me at a@everyone.org", "mail me at a@everyone.org"),  # no mention
        ("how many were executed?", "how many were executed?"),
        # at the end of a question with no stop before it: a broadcast addresses people, and so
        # does a member or a role after a question asked with a question word
        ("who signed the letter @everyone", "who signed the letter"),
        ("did the resolution pass @here", "did the resolution pass"),
        ("who signed the letter <@123>", "who signed the letter"),
        ("who signed the letter <@!123> <@&5>?", "who signed the letter?"),
        ("چند نفر اعدام شدند <@123>", "چند نفر اعدام شدند"),
    ],
)
def test_a_mention_that_addresses_someone_is_dropped(text, read):
    assert read_mentions(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "did iran arrest <@123>",  # a yes/no question: the member may be whom it asks of
        "was raha bahreini arrested by @everyone",  # the object of "by"
        "who signed the letter <#42>",  # a channel is a place
        "who was arrested with <@123>",
    ],
)
def test_a_mention_at_the_end_that_may_be_what_is_asked_stays_an_unknown_subject(engine, text):
    assert UNKNOWN_SUBJECT in read_mentions(text)
    assert_not_full(engine.ask(text))


@pytest.mark.parametrize("mention", MENTIONS)
@pytest.mark.parametrize(
    "question",
    [
        "was {} arrested?",
        "is {} detained?",
        "did {} sign the letter?",
        "how many people did {} execute?",
        "آیا {} بازداشت شد؟",
        "{} bazdasht shod?",
        "{} was arrested?",
        "{} بازداشت شد؟",
    ],
)
def test_a_question_about_a_mention_is_never_answered_in_full(engine, question, mention):
    assert_not_full(engine.ask(question.format(mention)))


@pytest.mark.parametrize(
    "question",
    [
        "was raha bahreini arrested by @everyone and <@&123>?",
        "was raha bahreini arrested by <@123> or <#42>?",
        "آیا رها بحرینی توسط <@123> بازداشت شد؟",
    ],
)
def test_a_caveat_never_quotes_a_mention(engine, question):
    reply = engine.ask(question)
    assert_not_full(reply)


@pytest.mark.parametrize(
    "question",
    [
        "how many people were executed?",
        "who signed the letter?",
        "\u0686\u0646\u062f \u0646\u0641\u0631 \u0627\u0639\u062f\u0627\u0645 \u0634\u062f\u0646\u062f\u061f",
    ],
)
def test_a_mention_that_addresses_someone_changes_no_answer(engine, question):
    plain = engine.ask(question)
    bare = question.rstrip("?\u061f")
    for asked in (
        f"<@123> {question}",
        f"{question} @here",
        f"@everyone, {question}",
        f"{bare} @everyone",
        f"{bare} <@123>",
        f"{bare} <@123>?",
    ):
        reply = engine.ask(asked)
        assert (reply.answered, reply.entry and reply.entry.id, reply.scope) == (
            plain.answered,
            plain.entry and plain.entry.id,
            plain.scope,
        ), asked


@pytest.fixture(scope="module")
def made_up(config):
    data = REPO / "tests" / "data" / "moderation"
    return load_engine(data / "knowledge", data / "seeds", config.matching)


@pytest.mark.parametrize(
    "question, about",
    [
        ("is the lighthouse still working?", "is {} still working?"),
        ("how many flowers do the honeybees visit?", "how many flowers do {} visit?"),
        ("how often did the volcano erupt?", "how often did {} erupt?"),
    ],
)
def test_a_made_up_faq_answers_its_subject_but_not_a_mention_in_its_place(made_up, question, about):
    assert made_up.ask(question).scope == "full"
    for mention in MENTIONS:
        reply = made_up.ask(about.format(mention))
        assert_not_full(reply)
        assert reply.answer is None or not reply.answer.startswith(("Yes", "No")), reply.answer
    bare = question.rstrip("?")
    addressing = [f"<@123> {question}", f"{bare} @everyone"]
    if bare.startswith("how"):  # a member at the end of a question asked with a question word
        addressing.append(f"{bare} <@123>")
    else:  # ... but after a yes/no question, the member may be what it asks of
        assert_not_full(made_up.ask(f"{bare} <@123>"))
    for asked in addressing:
        addressed = made_up.ask(asked)
        assert addressed.scope == "full" and addressed.entry.id == made_up.ask(question).entry.id, asked


def test_ask_json_of_a_mention_question():
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "was <@123456789> arrested?", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    assert data["scope"] != "full" and data["question"] == "was <@123456789> arrested?"
    assert_never_quoted(data["caveat"])


@pytest.mark.parametrize(
    "question, term",
    [
        ("how many @everyone journalists are detained?", "\u201cjournalists\u201d"),
        ("how many <@&123> <@!5> Journalists were arrested?", "\u201cJournalists\u201d"),
        ("چند <@123> روزنامه‌نگار بازداشت شده‌اند؟", "«روزنامه"),
    ],
)
def test_a_mention_beside_the_subject_keeps_the_partial_answer_to_the_rest(engine, question, term):
    """Noise pinged into a question that is partial on its own terms: still answered in part, the
    caveat naming the term as typed and no mention."""
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "partial"
    assert term in reply.caveat
    assert_never_quoted(reply.caveat)
