"""A message with no content word asks nothing: only the frame of a question ("in your
opinion?", «به نظرت», "be nazaret", "what do you think?", "what would you say about that?",
"ok"). It is never answered, whatever entry it scores well against and however low the
thresholds a calibration fits (at most that entry is offered): scope.asks_nothing."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Conversation, load_engine

FRAMES = [
    "به نظرت",
    "به نظرت؟",
    "به نظر شما؟",
    "نظرت چیه؟",
    "be nazaret",
    "be nazaret?",
    "in your opinion",
    "In your opinion?",
    "what do you think",
    "what do you think?",
    "what do you think about it?",
    "your opinion?",
    "thoughts?",
    # no list of frames: any message without a content word
    "what's your take?",
    "ok so, thoughts on it?",
    "چی فکر میکنی؟",
    "nazaret chie?",
    # a question word alone asks of nothing named (after an answer, of that answer)
    "when?",
    "and where?",
    "so who?",
    "کی؟",
]


@pytest.fixture(scope="module")
def lenient_shipped(config):
    return load_engine(config.paths.knowledge, config.paths.seeds, madeup.lenient(config.matching))


@pytest.fixture(scope="module")
def lenient_island(config):
    return madeup.island(madeup.lenient(config.matching))


@pytest.mark.parametrize("message", FRAMES)
def test_a_frame_alone_is_never_answered_by_the_shipped_faq(lenient_shipped, engine, message):
    assert not lenient_shipped.ask(message).answered, lenient_shipped.ask(message).result
    assert not engine.ask(message).answered


@pytest.mark.parametrize("message", FRAMES)
def test_a_frame_alone_is_never_answered_on_a_made_up_faq(lenient_island, made_up, message):
    assert not lenient_island.ask(message).answered, lenient_island.ask(message).result
    assert not made_up.ask(message).answered


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("in your opinion, when did the volcano last erupt?", "volcano")],
)
def test_a_frame_with_a_question_in_it_is_still_answered(made_up, message, entry_id):
    reply = made_up.ask(message)
    assert reply.answered and reply.entry.id == entry_id, reply.result


@pytest.mark.parametrize("message", ["so what is all of this about?", "when is it from?", "about?"])
def test_a_question_word_without_a_content_word_still_asks_about_the_faqs_subject(engine, message):
    """No content word, but a question of the FAQ's own subject (no view asked): not "nothing"."""
    reply = engine.ask(message)
    assert reply.answered, reply.result


def test_a_question_word_alone_after_an_answer_is_not_answered_from_another_entry(engine):
    """After the executions' answer, "when?" asks when they were: the letter's date, ranked first
    for a bare "when", would answer another question in full."""
    chat = Conversation()
    assert chat.ask(engine, "how many people were executed?").entry.id == "executions"
    reply = chat.ask(engine, "when?")
    assert not (reply.answered and reply.entry is not None and reply.entry.id != "executions"), reply.result
