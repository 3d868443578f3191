"""English terms inside a Persian or Finglish question, asked of in spoken ways: «X یعنی چی؟»
(what does X mean) read in English too (persian_meaning.py, Engine._by_meaning); «X که گفتن یعنی
چی؟» (the X they spoke of, what does it mean), the relative clause saying only where the term
comes from, read away as «X که تو نامه اومده» is (engine._FA_WRITTEN_IN); and the spoken object
marker "o" typed apart ("in letter o emza kardan", for "ro"), a function word, not a term the
English reading of the question must cover (persian._SPOKEN_APART)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian
from bot.engine.engine import plain_of


@pytest.mark.parametrize(
    "question, language, plain",
    [
        # made-up: the light signal they spoke of (in the notes), what is it
        ("این light signal که گفتن یعنی چی؟", "fa", "این light signal یعنی چی؟"),
        ("این light signal که تو یادداشت‌ها گفتن یعنی چی؟", "fa", "این light signal یعنی چی؟"),
        ("in light signal ke goftan yani chi?", "fa-Latn", "in light signal yani chi?"),
    ],
)
def test_the_clause_saying_who_spoke_of_a_term_is_read_away(question, language, plain):
    assert plain_of(question, language) == (persian.normalize(plain) if language == "fa" else plain)


@pytest.mark.parametrize(
    "question, language",
    [
        # those who said it: what they said follows, no term is asked of
        ("کسایی که گفتن فانوس خاموشه کی بودن؟", "fa"),
        ("kasayi ke goftan fanus khamooshe ki budan?", "fa-Latn"),
    ],
)
def test_a_clause_saying_what_was_said_stays(question, language):
    bare = plain_of(question, language)
    assert bare is None or ("گفتن" in bare if language == "fa" else "goftan" in bare)


@pytest.mark.parametrize(
    "question, entry",
    [
        ("این strong signal که تو نامه گفتن یعنی چی؟", "strong-signal"),
        ("این treaty obligations و voluntary pledges که گفتن یعنی چی؟", "treaty-obligations"),
        ("chand ta sazman emza kardan in letter o?", "who-signed"),
        ("chand ta sazman in name o emza kardan?", "who-signed"),
    ],
)
def test_the_shipped_faq_answers_english_terms_asked_of_in_spoken_ways(engine, question, entry):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry and not reply.partial, reply.result


@pytest.fixture(scope="module")
def flags(tmp_path_factory):
    """The Persian island FAQ with what the harbour's green flag means (madeup.GREEN_FLAG_FA)."""
    root = tmp_path_factory.mktemp("flags")
    return madeup.persian_island_with(root, f"\n{madeup.GREEN_FLAG_NOTE}\n", [madeup.GREEN_FLAG_FA])


@pytest.mark.parametrize(
    "question",
    [
        "این green flag یعنی چی؟",
        "green flag چیه؟",
        "این green flag که تو یادداشت‌ها گفتن یعنی چی؟",
        "این green flag که گفتن یعنی چی؟",
        "in green flag ke goftan yani chi?",
    ],
)
def test_an_english_term_asked_what_it_means_in_persian_is_answered(flags, question):
    reply = flags.ask(question)
    assert reply.answered and reply.entry.id == "green-flag" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "این red flag یعنی چی؟",  # a term the FAQ never explains
        "این blockchain یعنی چی؟",
        "کسایی که گفتن green flag بالاست کی بودن؟",  # who said it, not what it means
    ],
)
def test_a_term_the_faq_does_not_explain_is_not_answered(flags, question):
    assert not flags.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["bee ha chand ta flower o visit mikonan?", "chand ta flower o bee ha visit mikonan?"],
)
def test_the_spoken_object_marker_typed_apart_is_a_function_word(flags, question):
    reply = flags.ask(question)
    assert reply.answered and reply.entry.id == "bees" and not reply.partial, reply.result


def test_the_shipped_faq_does_not_answer_a_term_it_never_explains(engine):
    assert not engine.ask("این UPR یعنی چی؟").answered
