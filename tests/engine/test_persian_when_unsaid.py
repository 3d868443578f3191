"""A Persian or Finglish "when" asked of an entry whose sources give no time («بحرینی چه زمانی این
حرف رو زد؟»: when did Bahreini say this?) gets the caveat or nothing, as "when did she say this"
does in English, never the entry in full. Spoken «کی» asks "who" as often as "when", so only a
"when" spelt as one («چه زمانی», «چه وقت», Finglish "kei", "che zamani") counts, in the question
and in the phrasings that say what an entry is asked."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def lamp_room(tmp_path_factory):
    root = tmp_path_factory.mktemp("lamp-when")
    return madeup.persian_island_with(root, f"\n{madeup.LAMP_ROOM.quote}\n", [madeup.LAMP_ROOM])


@pytest.mark.parametrize(
    "question",
    ["چه زمانی اتاق چراغ رو باز میکنن؟", "che zamani otagh lamp ro baz mikonan?", "kei otagh lamp ro baz mikonan?"],
)
def test_a_time_the_sources_never_give_is_not_answered_in_full(lamp_room, question):
    # the lamp-room entry says who holds the key, never when the room is opened
    reply = lamp_room.ask(question)
    assert not (reply.result.answered and reply.scope == "full")
    if reply.result.answered:  # the caveat names what was asked, as typed
        assert question.rstrip("?\u061f") in reply.caveat


@pytest.mark.parametrize("question", ["کی اتاق چراغ رو باز میکنه؟", "ki otagh lamp ro baz mikone"])
def test_a_ki_that_asks_who_is_still_answered_in_full(lamp_room, question):
    reply = lamp_room.ask(question)
    assert (reply.result.entry_id, reply.scope) == ("lamp-room", "full")


@pytest.mark.parametrize("question", ["آتشفشان چه زمانی فوران کرد؟", "atashfeshan che zamani favaran kard?"])
def test_an_entry_that_gives_a_time_answers_when_in_full(question):
    # the volcano erupted twice "in the last century": a time, as its English phrasing asks
    reply = madeup.persian_island().ask(question)
    assert (reply.result.entry_id, reply.scope) == ("volcano", "full")


def test_when_bahreini_said_it_is_not_answered_in_full(engine):
    # the report says whom she told and where, never when
    reply = engine.ask("بحرینی چه زمانی این حرف رو زد؟")
    assert reply.result.entry_id == "raha-bahreini" and reply.scope == "partial"
    assert "بحرینی چه زمانی این حرف رو زد" in reply.caveat
    assert not engine.ask("bahreini che zamani in harfo zad?").result.answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [("نامه چه زمانی نوشته شد؟", "letter-date"), ("رها بحرینی کیه؟ کجا صحبت کرد؟", "raha-bahreini")],
)
def test_the_shipped_faq_still_answers_its_own_when_and_who(engine, question, entry):
    reply = engine.ask(question)
    assert (reply.result.entry_id, reply.scope) == (entry, "full")
