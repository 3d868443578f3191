"""Finglish "key" (کی, when) is an English word too: the Latin-script index, which reads a
Finglish question as typed, must read it as the question word, not as the English "key" an
entry happens to say ("key human rights experts")."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian


@pytest.fixture(scope="module")
def lamp_room(tmp_path_factory):
    root = tmp_path_factory.mktemp("lamp")
    return madeup.persian_island_with(root, f"\n{madeup.LAMP_ROOM.quote}\n", [madeup.LAMP_ROOM])


def test_when_spelled_key_is_read_as_when_spelled_kei(lamp_room):
    # an entry that says "key": "key" in a Finglish question still asks "when", as "kei" does
    assert persian.question_words_as_finglish("negahban key otagh lamp ro baz mikone?") == (
        "negahban kei otagh lamp ro baz mikone?"
    )
    typed, folded = (lamp_room.ask(f"negahban {w} otagh lamp ro baz mikone?") for w in ("key", "kei"))
    assert (typed.result.entry_id, typed.scope) == (folded.result.entry_id, folded.scope)


@pytest.mark.parametrize("question", ["iran key dobare ba UN hamkari mikone?", "iran key ba UN hamkari mikone?"])
def test_when_will_iran_cooperate_is_not_answered_in_full(engine, question):
    # as "when will iran cooperate with the un again?" and «ایران کی دوباره با سازمان ملل همکاری
    # میکنه؟»: a time to come the letter cannot give, never the non-cooperation entry in full
    reply = engine.ask(question)
    assert not (reply.result.answered and reply.scope == "full")
    assert engine.ask("when will iran cooperate with the un again?").result.answered is False
