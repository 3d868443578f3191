"""Persian and Finglish near-topic shapes (issue #13) read from what the entry says: the words of
a party itself («X خودش ... چی گفته؟») whom the sources never quote, an exact list of a kind they
never speak of («دقیقا چه وعده‌هایی»), and which of a group ranks first asked with the
comparative («کدوم ... بیشتر ...؟ الف یا ب؟»). Each on the made-up island FAQ (tests/madeup.py)
and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Scope


@pytest.fixture(scope="module")
def fa_island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the words of a party the notes never quote (their speakers: the notes, the keeper)
        ("شهردار خودش درباره فانوس چی گفته؟", "lighthouse"),
        ("shahrdar khodesh darbare fanus chi gofte?", "lighthouse"),
        # an exact list of a kind the notes never speak of
        ("نگهبان دقیقا چه وعده‌هایی داده بود؟", "lighthouse"),
        ("negahban daghighan che vaade hayi dade bood?", "lighthouse"),
        # which ranks first, by the comparative after "which", of notes that rank nothing
        ("کدوم فوران‌ها بیشتر خسارت زدن؟ اولی یا دومی؟", "volcano"),
    ],
)
def test_near_topic_persian_shapes_get_a_caveat_on_a_made_up_faq(fa_island, question, entry_id):
    assert fa_island.scope.check(question, entry_id).scope is Scope.PARTIAL, question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the keeper is quoted: their words are the notes' quote
        ("keeper khodesh chi gofte?", "lighthouse"),
        # a kind the translation speaks of («چراغش»)
        ("فانوس دقیقا چه چراغ‌هایی داره؟", "lighthouse"),
        ("کدوم فوران‌ها کوچیک بودن؟", "volcano"),
    ],
)
def test_what_the_notes_give_stays_in_full_on_a_made_up_faq(fa_island, question, entry_id):
    assert fa_island.scope.check(question, entry_id).scope is Scope.FULL, question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("rouhani too term avalesh daghighan che vaade hayi dade bood?", "rouhani-first-term"),
        ("روحانی خودش درباره کارنامه حقوق بشری دور اولش چی گفته؟", "rouhani-first-term"),
        ("کدوم اقلیت‌های قومی بیشتر تبعیض میبینن؟ بلوچا یا کردا؟", "women-minorities"),
    ],
)
def test_the_shipped_faq_answers_no_persian_near_topic_shape_as_if_in_full(engine, question, entry_id):
    assert engine.scope.check(question, entry_id).scope is Scope.PARTIAL, question
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the sources quote the letter, the NGOs and Bahreini: their own words are given
        ("سازمان‌ها خودشون چی گفتن؟", "campaign-overview"),
        ("sazmanha khodeshun chi goftan?", "campaign-overview"),
        ("بحرینی خودش درباره اعدام‌ها چی گفته؟", "raha-bahreini"),
        ("دقیقا چه نگرانی‌هایی مطرح کردن؟", "concerns-listed"),
    ],
)
def test_the_shipped_faq_keeps_the_words_and_lists_its_sources_give(engine, question, entry_id):
    assert engine.scope.check(question, entry_id).scope is Scope.FULL, question
