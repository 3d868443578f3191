"""A question asking only whether the sources mention something ("does the letter mention trade
unionists?") is read as that subject alone too (`engine.mentioned_subject`, `Engine._by_mention`):
answered by the entry that subject alone ranks (with confidence or a clear lead) when that entry's
answer or quotes say every word of it and the whole question is answered in full."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.engine import mentioned_subject


@pytest.mark.parametrize(
    "question, subject",
    [
        ("does the letter mention trade unionists", "trade unionists"),
        ("do the notes even mention the terraces at all?", "the terraces"),
        ("did they say anything about journalists too?", "journalists"),
        ("is the guide talking about eruptions?", "eruptions"),
        # more than whether it is mentioned: not read
        ("does the letter mention trade unionists, and why are they held?", None),
        ("what does the letter mention", None),
        ("does the letter mention it?", None),
    ],
)
def test_the_subject_is_what_the_question_asks_to_be_mentioned(question, subject):
    assert mentioned_subject(question) == subject


@pytest.fixture(scope="module")
def farming(tmp_path_factory, config):
    kb = tmp_path_factory.mktemp("farming")
    return madeup.island_with(kb, madeup.DEATHS_NOTES, [madeup.DEATHS, madeup.FARMING], config.matching)


def test_a_subject_the_sources_mention_is_answered_on_a_made_up_faq(farming, made_up):
    for engine, question, entry_id in (
        (farming, "do the notes mention terraces above the harbour?", "farming"),
        (made_up, "do the notes mention eruptions last century?", "volcano"),
    ):
        assert not engine.match(question).answered, question
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", question


@pytest.mark.parametrize(
    "question",
    [
        "do the notes mention wheat?",  # no entry says it
        "do the notes say anything about crops on the terraces at all",  # "crops": the sources never say it
    ],
)
def test_a_subject_the_sources_do_not_say_is_not_answered_on_a_made_up_faq(farming, question):
    reply = farming.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result


@pytest.mark.parametrize(
    "question",
    ["does the letter mention trade unionists", "does the letter say anything about trade unionists"],
)
def test_a_subject_the_sources_mention_is_answered_on_the_shipped_faq(engine, question):
    assert not engine.match(question).answered
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full"


@pytest.mark.parametrize(
    "question",
    ["does the letter mention teachers", "does the letter mention kurds", "does the letter mention sanctions"],
)
def test_a_subject_the_shipped_sources_never_say_is_not_answered_in_full(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result
