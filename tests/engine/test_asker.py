"""A message that opens with who the asker is ("as an iranian woman i want to know if they mention
us") is read with "us"/"we" as people of that kind (`engine.as_asker`, `Engine._by_asker`)."""

from __future__ import annotations

import pytest

from bot.engine.engine import as_asker
from tests import madeup


@pytest.mark.parametrize(
    "message, reading",
    [
        ("as an iranian woman i want to know if they even mention us", "if they mention iranian women"),
        ("hello, as a farmer i wanna know what we grow", "what farmers grow"),
        (
            "as someone from a minority i wanna know if the notes mention us",
            "if the notes mention people from a minority",
        ),
        ("as an activist, is our work mentioned?", "is activists' work mentioned?"),
        ("as a journalist, when was it written?", "when was it written?"),
        # no asker: "as far as", "as i said"
        ("as far as i know the volcano erupted twice, did it?", None),
        ("as i said, who signed it", None),
    ],
)
def test_who_the_asker_is_stands_for_us(message, reading):
    assert as_asker(message) == reading


@pytest.fixture
def farming(tmp_path, config):
    return madeup.island_with(tmp_path, madeup.DEATHS_NOTES, [madeup.DEATHS, madeup.FARMING], config.matching)


@pytest.mark.parametrize(
    "message",
    [
        "as a farmer, i want to know what we grow on the terraces",
        "as a farmer i wanna know what we grow here",
        "as a farmer, what do the notes say we grow?",
    ],
)
def test_a_question_about_the_asker_s_own_people_is_answered_on_another_faq(farming, message):
    assert not farming.match(message).answered, "below the threshold as typed"
    reply = farming.ask(message)
    assert reply.answered and reply.entry.id == "farming" and reply.scope == "full"


@pytest.mark.parametrize(
    "message, entry_id",
    [
        (
            "hello, as an iranian woman i want to know if this letter addresses discrimination against us",
            "women-minorities",
        ),
        ("as someone from a minority in iran i wanna know if the letter mentions us at all", "women-minorities"),
    ],
)
def test_a_question_about_the_asker_s_own_people_is_answered_on_the_shipped_faq(engine, message, entry_id):
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"


def test_a_count_of_the_asker_s_own_people_is_never_answered_with_a_total(engine):
    """ "how many of us were executed" of a teacher asks how many teachers: the reading names them,
    and the executions entry gives no figure for teachers, so it is not answered in full."""
    reply = engine.ask("as a teacher, i want to know how many of us were executed")
    assert not (reply.answered and reply.scope == "full")
