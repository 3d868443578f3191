"""Scope checks of Persian and Finglish questions that English already had: a place after
«در/تو/از» ("dar/too/az") the sources never name, an adjective qualifier the entry never says,
and the future and comparative tests that must read verb forms and comparatives only. Tested on
the made-up island FAQ (tests/data/persian) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question, term",
    [
        ("فانوس در تهران هنوز کار میکنه؟", "تهران"),
        ("فانوس تو تهران هنوز کار میکنه؟", "تهران"),
        ("فانوس در چین هنوز کار میکنه؟", "چین"),
        ("fanus dar tehran hanuz kar mikone?", "tehran"),
        ("fanus too Shiraz hanuz kar mikone?", "Shiraz"),
    ],
)
def test_a_place_the_sources_never_name_gets_a_caveat_on_the_island(island, question, term):
    check = island.scope.check(question, "lighthouse")
    assert check.scope.value == "partial", check
    assert f"\u201c{term}\u201d" in check.caveat, check.caveat


def test_the_same_question_without_a_place_stays_full(island):
    assert island.scope.check("فانوس هنوز کار میکنه؟", "lighthouse").scope.value == "full"
    assert island.scope.check("فانوس در شب روشنه؟", "lighthouse").scope.value == "full"


def test_a_city_after_to_gets_no_full_answer_on_the_shipped_faq(engine):
    reply = engine.ask("تو تهران چند نفر اعدام شدن؟")
    assert not (reply.answered and reply.scope == "full"), reply
    assert engine.ask("چند نفر اعدام شدن؟").scope == "full"


@pytest.mark.parametrize(
    "question",
    [
        "به نظرت میلیون‌ها زنبور تو جزیره هست",  # «میلیون»: a number, not «می» + verb
        "به نظرت میزان عسل زیاده",  # «میزان»: an amount
        "be nazaret million ha zanbur too jazire hast",  # English "million", not Finglish "mi-"
    ],
)
def test_a_word_opening_with_mi_is_no_future_verb(island, question):
    # "in your opinion, <a present fact>": the sources may say it; only what will be is the bot's view
    check = island.scope.check(question, "bees")
    assert check.scope.value == "full", check


@pytest.mark.parametrize(
    "question",
    ["be nazaret zanbur ha bar migardan", "به نظرت زنبورها دوباره پیدا میشن", "به نظرت زنبورها دوباره پیدا می‌شوند"],
)
def test_a_future_verb_still_asks_the_bots_view(island, question):
    check = island.scope.check(question, "bees")
    assert check.scope.value == "partial" and "\u201c" in check.caveat, check


@pytest.mark.parametrize(
    "plain, with_noun",
    [
        ("فانوس زمان احمدی نژاد کجا بود", "دفتر فانوس زمان احمدی نژاد کجا بود"),  # office
        ("نگهبان فانوس زمان احمدی نژاد اونجا بود؟", "دختر نگهبان فانوس زمان احمدی نژاد اونجا بود؟"),  # girl
        ("negahban zaman ahmadinejad bud?", "dokhtare negahban zaman ahmadinejad bud?"),
        ("fanus zaman ahmadinejad koja bud", "daftar fanus zaman ahmadinejad koja bud"),
    ],
)
def test_a_noun_ending_in_tar_is_no_comparison(island, plain, with_noun):
    # «دختر», «دفتر» end as «بهتر» does: the question compares nothing, so the word changes no verdict
    assert island.scope.check(with_noun, "lighthouse") == island.scope.check(plain, "lighthouse")


@pytest.mark.parametrize(
    "question, term",
    [
        ("فانوس نسبت به دوره احمدی نژاد بهتره؟", "احمدی نژاد"),
        ("فانوس زمان احمدی نژاد سخت‌تر کار میکرد؟", "احمدی نژاد"),
        ("fanus dore ahmadinejad behtar bud?", "ahmadinejad"),
    ],
)
def test_a_comparison_with_an_era_the_faq_never_names_stays_partial(island, question, term):
    check = island.scope.check(question, "lighthouse")
    assert check.scope.value == "partial" and term in check.caveat, check


@pytest.mark.parametrize(
    "question, term",
    [
        ("فعالیت اقتصادی زنبورها چیه؟", "فعالیت اقتصادی"),
        ("فعالیت سیاسی زنبورها چیه؟", "فعالیت سیاسی"),
        ("faaliat e eqtesadi zanbur ha chie?", "faaliat e eqtesadi"),
    ],
)
def test_an_adjective_the_sources_never_say_gets_a_caveat_on_the_island(island, question, term):
    # a kind of the noun (economic, political) the field notes never speak of, as English
    # "religious minorities" of sources that say only "minorities"
    check = island.scope.check(question, "bees")
    assert check.scope.value == "partial" and f"\u201c{term}\u201d" in check.caveat, check
    assert island.scope.check("زنبورها چی کار میکنن؟", "bees").scope.value == "full"


def test_economic_promises_of_an_entry_on_human_rights_reforms_are_not_answered_in_full(engine):
    reply = engine.ask("وعده‌های اقتصادی دور اول روحانی محقق شد؟")
    assert not (reply.answered and reply.scope == "full"), reply
    check = engine.scope.check("vaede haye eqtesadi rouhani dar dore aval mohaghegh shod?", "rouhani-first-term")
    assert check.scope.value == "partial" and "eqtesadi" in check.caveat, check
    assert engine.ask("وعده‌های دور اول روحانی محقق شد؟").scope == "full"
    # a kind the entry's own phrasings ask ("ethnic minorities in iran") is one its authors say it answers
    assert engine.scope.check("اقلیت‌های قومی تو نامه هستن؟", "women-minorities").scope.value == "full"


@pytest.mark.parametrize(
    "question",
    ["edam ha key shoru shod?", "Edam ha key shoru shod", "zanbur ha key bar migardan?", "fanus ha key khamush shod"],
)
def test_a_plural_typed_apart_makes_a_question_finglish(question):
    # "ha" after a word that is no English word is a Persian plural: the reply is in Persian
    assert persian.language(question) == "fa-Latn"


@pytest.mark.parametrize("question", ["key concerns?", "ha ha very funny", "lol ha that was good", "I met Rouhani ha"])
def test_english_with_ha_or_key_stays_english(question):
    assert persian.language(question) == "en"


def test_the_finglish_question_is_answered_in_persian(island):
    reply = island.ask("zanbur ha key bar migardan?")
    assert reply.question_language == "fa-Latn" and reply.asked_in == "fa"


@pytest.mark.parametrize(
    "question, term",
    [
        ("زنبورها در زمان شاه چند تا بودند؟", "شاه"),  # «شاه»: a short name, one consonant without its vowels
        ("zanbur ha zaman shah chand ta budan?", "shah"),
        ("زنبورها در زمان رضا شاه چند تا بودند؟", "رضا شاه"),  # «رضا» shares only two letters with «روز»
    ],
)
def test_the_time_of_a_short_name_the_sources_never_give_gets_a_caveat_on_the_island(island, question, term):
    check = island.scope.check(question, "bees")
    assert check.scope.value == "partial" and f"«{term}»" in check.caveat_in("fa"), check


def test_an_era_word_before_no_name_stays_full_on_the_island(island):
    assert island.scope.check("زنبورها در زمان خود چند تا بودند؟", "bees").scope.value == "full"


@pytest.mark.parametrize("question", ["در زمان شاه چند نفر اعدام شدند؟", "zaman shah chand nafar edam shodan?"])
def test_the_shahs_time_is_not_answered_in_full_on_the_shipped_faq(engine, question):
    # the letter's figures are of 2017 on: as English "under the Shah" is not answered in full
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply
    assert reply.scope == "partial" and ("شاه" in reply.caveat or "shah" in reply.caveat), reply


def test_the_later_caveat_in_persian_says_the_time_asked_about(island):
    check = island.scope.check("آتشفشان بالاخره خاموش شد؟", "volcano")
    caveat = check.caveat_in("fa")
    # «زمانی که می‌پرسید» alone reads "the time at which you ask": the time asked about is «درباره‌اش»
    assert "درباره‌اش می‌پرسید" in caveat and "نمی‌رسند" not in caveat, caveat
