"""Whose words a Persian or Finglish question asks: a speaker of the sources named before a verb
of saying («محسنی گفته», "mohseni gofte") whom the answering entry never quotes gets a caveat, or,
asking what that speaker said, no answer (the entry is only offered). Tested on a made-up harbour
FAQ and on the shipped FAQ (bot/engine/persian_voice.py)."""

from __future__ import annotations

import pytest

from tests import madeup

NOTES = madeup.Source(
    "harbour",
    "Harbour notes",
    "notes",
    "Notes kept at the island harbour.",
    (
        "Dara Mohseni is the harbour master of the island.",
        "Six ferries sail from the harbour each day.",
        "The winter storm broke the north pier, Mohseni told the island radio.",
    ),
    {"notes": "The harbour notes themselves", "mohseni": "Dara Mohseni, harbour master, to the island radio"},
)
MASTER = madeup.Entry(
    "master",
    "Who is Dara Mohseni?",
    (
        "who is mohseni",
        "dara mohseni",
        "harbour master",
        "who runs the harbour",
        "mohseni's job",
        "what does mohseni do",
        "who is the harbour master",
        "mohseni's role",
        "who is dara",
        "the master of the harbour",
    ),
    "According to the notes, Dara Mohseni is the harbour master of the island.",
    "Dara Mohseni is the harbour master of the island.",
    source="harbour",
    fa=madeup.Translation(
        "دارا محسنی کیست؟",
        "طبق یادداشت‌ها، دارا محسنی مدیر بندر جزیره است.",
        ("محسنی کیه؟", "دارا محسنی کیه", "مدیر بندر کیه", "mohseni kie?", "modire bandar kie"),
    ),
)
FERRIES = madeup.Entry(
    "ferries",
    "How many ferries sail each day?",
    (
        "ferries a day",
        "how many boats leave",
        "daily ferries",
        "ferry count",
        "how often do ferries sail",
        "number of ferries",
        "ferry departures",
        "how many ferries leave the harbour",
        "boats per day",
        "ferry schedule size",
    ),
    "According to the notes, six ferries sail from the harbour each day.",
    "Six ferries sail from the harbour each day.",
    source="harbour",
    fa=madeup.Translation(
        "روزی چند کشتی از بندر حرکت می‌کند؟",
        "طبق یادداشت‌ها، روزی شش کشتی از بندر حرکت می‌کند.",
        ("روزی چند کشتی حرکت میکنه؟", "تعداد کشتی ها", "چند تا کشتی هر روز میره", "roozi chand kashti harekat mikone"),
    ),
)
STORM = madeup.Entry(
    "storm",
    "Did the storm damage the harbour?",
    (
        "storm damage",
        "was the pier broken",
        "winter storm harbour",
        "what did the storm break",
        "north pier",
        "did the storm hurt the harbour",
        "storm and the pier",
        "harbour damage",
        "is the north pier broken",
        "what happened in the winter storm",
    ),
    "Yes. According to Dara Mohseni, the winter storm broke the north pier.",
    "The winter storm broke the north pier",
    speaker="mohseni",
    source="harbour",
    fa=madeup.Translation(
        "آیا طوفان به بندر آسیب زد؟",
        "بله. به گفتهٔ دارا محسنی، طوفان زمستانی اسکلهٔ شمالی را شکست.",
        ("طوفان بندر رو خراب کرد؟", "اسکله شمالی شکست؟", "خسارت طوفان", "tufan bandar ro kharab kard?"),
    ),
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("harbour"), NOTES, [MASTER, FERRIES, STORM], config.matching)


@pytest.mark.parametrize("question", ["دارا محسنی دقیقا چی گفته؟", "mohseni daghighan chi gofte?"])
def test_what_a_made_up_speaker_said_is_not_answered_with_who_he_is(harbour, question):
    reply = harbour.ask(question)
    assert not (reply.answered and reply.entry.id == "master" and reply.scope == "full"), reply.result


def test_a_made_up_figure_is_not_given_as_a_speakers_words(harbour):
    reply = harbour.ask("آیا محسنی گفته روزی شش کشتی از بندر حرکت میکنه؟")
    assert not (reply.answered and reply.scope == "full"), reply.result
    if reply.answered:
        assert "محسنی" in reply.caveat


def test_a_made_up_speakers_own_words_are_answered_without_that_caveat(harbour):
    reply = harbour.ask("آیا محسنی گفته طوفان اسکله رو شکست؟")
    assert reply.answered and reply.entry.id == "storm", reply.result
    assert reply.caveat is None or "محسنی" not in reply.caveat


def test_the_shipped_faq_does_not_answer_what_bahreini_said_with_who_she_is(engine):
    for question in ("رها بحرینی دقیقا چی گفته؟", "raha bahreini daghighan chi gofte?"):
        reply = engine.ask(question)
        assert not (reply.answered and reply.entry.id == "raha-bahreini"), reply.result


def test_the_shipped_faq_does_not_give_the_letters_figure_as_bahreinis_words(engine):
    reply = engine.ask("آیا بحرینی گفته ایران ۴۴۰ نفر رو اعدام کرده؟")
    assert not (reply.answered and reply.scope == "full"), reply.result
    if reply.answered:
        assert "بحرینی" in reply.caveat


def test_the_shipped_faq_still_gives_bahreinis_own_words(engine):
    reply = engine.ask("بحرینی گفته وضعیت حقوق بشر بهتر نشده؟")
    assert reply.answered and reply.entry.id == "no-improvement" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question",
    ["به گفته محسنی، روزی چند کشتی از بندر حرکت میکنه؟", "be gofte-ye mohseni roozi chand kashti harekat mikone?"],
)
def test_a_figure_asked_according_to_a_made_up_speaker_it_is_not_from(harbour, question):
    """«به گفته محسنی» (according to Mohseni): the notes count the ferries, not Mohseni."""
    reply = harbour.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result
    if reply.answered:
        assert "mohseni" in reply.caveat.lower() or "محسنی" in reply.caveat, reply.caveat


def test_according_to_a_made_up_speaker_who_said_it_is_answered(harbour):
    reply = harbour.ask("به گفته محسنی، طوفان اسکله رو شکست؟")
    assert reply.answered and reply.entry.id == "storm", reply.result
    assert reply.caveat is None or "محسنی" not in reply.caveat


@pytest.mark.parametrize("question", ["به گفته رها بحرینی، چند نفر اعدام شدن؟", "طبق گفته بحرینی چند نفر اعدام شدن؟"])
def test_the_shipped_faq_does_not_give_the_letters_figure_according_to_bahreini(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "executions", reply.result
    assert reply.scope == "partial" and "بحرینی" in reply.caveat, reply.caveat
