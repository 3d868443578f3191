"""«کدوم X‌ها» (which Xs) of a kind the entry neither says nor is asked "which" of gets the caveat
or nothing, as English "which prisons hold the detained activists" does: the entry that tells who
was arrested, asked which prisons they are in, answers another question. The kind is read by
the glossary's English for the Persian word (data/fa-glossary.txt); a word it lacks tells
nothing («کدوم رسانه» of an entry naming a radio station: a kind whose members it names)."""

from __future__ import annotations

import dataclasses

import madeup
import pytest

ARRESTS = madeup.Entry(
    "harbour-arrests",
    "Who was arrested after the harbour protest?",
    (
        "who got arrested at the harbour",
        "were people arrested after the protest",
        "harbour protest arrests",
        "how many fishers were arrested",
        "who is in detention after the protest",
        "are the fishers still in prison",
        "arrests at the harbour protest",
        "were any fishers detained",
        "what happened to the protesters",
        "fishers arrested?",
    ),
    "The notes say three fishers were arrested after the harbour protest and held for two days.",
    "Three fishers were arrested after the harbour protest and held for two days.",
    fa=madeup.Translation(
        "بعد از اعتراض بندر چه کسانی بازداشت شدند؟",
        "طبق یادداشت‌ها، سه ماهیگیر بعد از اعتراض بندر بازداشت شدند و دو روز نگه داشته شدند.",
        (
            "کیا بعد از اعتراض بندر بازداشت شدن",
            "چند تا ماهیگیر بازداشت شدن",
            "بازداشت‌های اعتراض بندر",
            "ماهیگیرها هنوز بازداشتن؟",
            "ki ba'd az eteraz bandar bazdasht shod",
        ),
    ),
)
# the same arrests, of sources that say where the fishers were held
IN_PRISON = dataclasses.replace(
    ARRESTS,
    answer="The notes say three fishers were arrested after the harbour protest and held in the island prison.",
    quote="Three fishers were arrested after the harbour protest and held in the island prison.",
    fa=dataclasses.replace(
        ARRESTS.fa,
        answer="طبق یادداشت‌ها، سه ماهیگیر بعد از اعتراض بندر بازداشت شدند و در زندان جزیره نگه داشته شدند.",
    ),
)

WHICH_PRISONS = "بعد از اعتراض بندر کیا تو کدوم زندان‌ها بازداشت شدن؟"


def _lenient(root, entry, config):
    # thresholds far below any fitted: the scope check, not the ranking, decides what is seen
    return madeup.persian_island_with(root, f"\n{entry.quote}\n", [entry], madeup.lenient(config.matching))


@pytest.fixture(scope="module")
def arrests(tmp_path_factory, config):
    return _lenient(tmp_path_factory.mktemp("arrests"), ARRESTS, config)


def test_which_prisons_of_sources_that_never_speak_of_prisons_is_not_answered_in_full(arrests):
    reply = arrests.ask(WHICH_PRISONS)
    assert reply.result.entry_id == "harbour-arrests"
    assert reply.scope == "partial" and "کدوم زندان‌ها" in reply.caveat
    # asked who was arrested, the same entry answers in full
    assert (arrests.ask("کیا بعد از اعتراض بندر بازداشت شدن؟").scope) == "full"


def test_which_prisons_of_sources_that_name_the_prison_is_answered_in_full(tmp_path, config):
    engine = _lenient(tmp_path, IN_PRISON, config)
    reply = engine.ask(WHICH_PRISONS)
    assert (reply.result.entry_id, reply.scope) == ("harbour-arrests", "full")


def test_which_prisons_hold_the_detained_activists_gets_the_caveat_in_persian_too(engine):
    # arbitrary-detention says who is held, never where (its phrasings ask "in prison", no "which")
    for question in ("فعالان بازداشتی تو کدوم زندان‌ها هستن؟", "which prisons hold the detained activists?"):
        reply = engine.ask(question)
        assert (reply.result.entry_id, reply.scope) == ("arbitrary-detention", "partial"), question


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("کدوم سازمان‌ها نامه رو امضا کردن؟", "who-signed"),
        ("رها بحرینی با کدوم رسانه مصاحبه کرد؟", "raha-bahreini"),
    ],
)
def test_which_of_a_kind_the_entry_tells_is_still_answered_in_full(engine, question, entry):
    reply = engine.ask(question)
    assert (reply.result.entry_id, reply.scope) == (entry, "full")


def test_which_treaties_gets_no_caveat_of_the_kind(engine):
    # treaties are a kind the entry says (its treaty obligations): no caveat. Since «طبق کدوم»
    # reads «مطابق کدوم» (pair BD) the reply is "did you mean" that entry, not an answer in full,
    # as two held-out writers labelled «ایران دقیقا کدوم کنوانسیون‌ها رو امضا کرده؟» (near-topic)
    question = "ایران کدوم معاهده‌ها رو امضا کرده؟"
    assert engine.scope.check(question, "treaty-obligations").uncovered == ()
    reply = engine.ask(question)
    assert reply.caveat is None and reply.result.best == "treaty-obligations", reply.result
