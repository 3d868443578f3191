"""Persian questions that reached no answer for reasons of reading, not of content: a Persian
sentence with long English terms in it read as English, spoken forms of "who" (چه کسایی, کین)
and "by whom" (از طرف کی) misread, a reporting verb ("گزارش شده") taken for what a count counts.
Tested on the made-up island FAQ (tests/data/persian) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian
from bot.engine.text import words


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question",
    [
        # more Latin letters than Persian ones, but Persian grammar (ها, تو, بوده, شده, باید, های)
        "volcano eruption ها تو last century چند بار بوده؟",
        "discrimination علیه women تو letter ذکر شده؟",
        "improvement ها باید in line با کدوم commitment های government باشه؟",
        # a Latin name and a Persian question word, no English grammar
        "Raha Bahreini کیه",
    ],
)
def test_a_persian_sentence_with_long_english_terms_is_persian(question):
    assert persian.language(question) == "fa"


@pytest.mark.parametrize(
    "question",
    [
        "what does مجمع عمومی mean?",
        "Is the letter about اعدام?",
        "how many eruptions did آتشفشان have",
    ],
)
def test_an_english_sentence_with_persian_terms_stays_english(question):
    assert persian.language(question) == "en"


def test_a_code_switched_persian_question_reaches_the_entry_on_the_island(island):
    reply = island.ask("volcano eruption ها تو last century چند بار بوده؟")
    assert reply.result.entry_id == "volcano" or "volcano" in reply.result.suggestions
    assert reply.lang == "fa"


def test_by_whom_is_no_when():
    assert "کی" in words("نامه از طرف کی نوشته شده؟")
    assert "کی" in words("نامه از سوی کی فرستاده شد؟")
    assert persian.WHEN in words("نامه کی نوشته شده؟")


@pytest.mark.parametrize("spoken", ["شامل چه کسایی میشه", "امضاکننده‌هاش کین"])
def test_spoken_plural_who_reads_as_who(spoken):
    assert persian.WHO in words(spoken)


def test_whom_an_entry_includes_asked_in_speech_is_answered_in_full(engine):
    for question in ("بازداشت خودسرانه شامل چه کسایی می‌شود؟", "امضا کنندگان نامه کین؟"):
        entry = "arbitrary-detention" if "بازداشت" in question else "who-signed"
        assert engine.scope.check(question, entry).scope.value == "full", question


def test_a_count_reported_counts_what_was_reported_on_the_island(island):
    assert island.scope.check("تعداد فوران‌های آتشفشان چند بار گزارش شده؟", "volcano").scope.value == "full"
    # ... but a count of nothing, however reported, still asks nothing the entry answers
    assert island.scope.check("چند بار گزارش شده؟", "volcano").answers_nothing
    # ... and a group the sources never count is still no full answer
    assert island.scope.check("چند نفر زن اعدام شدند؟", "volcano").scope.value == "partial"


def test_a_count_reported_is_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("تعداد اعدام‌ها در ایران چند نفر گزارش شده؟")
    assert reply.result.entry_id == "executions" and reply.result.answered
    assert engine.scope.check("تعداد اعدام‌ها در ایران چند نفر گزارش شده؟", "executions").scope.value == "full"
    assert engine.scope.check("چند نفر زن اعدام شدند؟", "executions").scope.value == "partial"


def test_a_subjunctive_light_verb_does_not_change_the_match(island):
    plain = island.match("فانوس دریایی باید هنوز روشن؟")
    with_verb = island.match("فانوس دریایی باید هنوز روشن بشه؟")
    assert with_verb.entry_id == plain.entry_id == "lighthouse"
    assert with_verb.score == plain.score


@pytest.mark.parametrize(
    "one, other",
    [
        ("دستگیری روزنامه‌نگاران", "بازداشت روزنامه‌نگاران"),  # arrest, detention
        ("مسئله اصلی نامه چیه؟", "موضوع اصلی نامه چیه؟"),  # issue, subject
        ("مساله اصلی نامه چیه؟", "موضوع اصلی نامه چیه؟"),
    ],
)
def test_everyday_synonyms_read_as_one_word(one, other):
    assert words(one) == words(other)


@pytest.mark.parametrize("question", ["name key ersal shod?", "ketab key montasher shod?", "vase chi dare?"])
def test_two_finglish_words_that_are_english_words_too_make_a_text_finglish(question):
    assert persian.language(question) == "fa-Latn"


@pytest.mark.parametrize(
    "question",
    [
        "key concerns of the letter name?",
        "I dare say the key was lost",
        "do you dare to name the key points?",
        "name dare?",
    ],
)
def test_one_of_them_in_english_stays_english(question):
    assert persian.language(question) == "en"


def test_a_finglish_question_in_english_looking_words_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("name key ersal shod?")
    assert reply.result.entry_id == "letter-date" and reply.result.answered and reply.lang == "fa"


@pytest.mark.parametrize(
    "question, entry",
    [
        ("زنبورها چی؟ تو یادداشت‌ها ذکری ازشون شده؟", "bees"),  # a mention of them made: only "mentioned?"
        ("آتشفشان چی؟ تو یادداشت‌ها اشاره‌ای بهش شده؟", "volcano"),
        ("atashfeshan chi? too yaddasht ha zekri azash shode?", "volcano"),
    ],
)
def test_whether_something_is_mentioned_with_a_pronoun_before_the_verb_is_answered_in_full(island, question, entry):
    assert island.scope.check(question, entry).scope.value == "full"


@pytest.mark.parametrize(
    "question, entry",
    [
        # a mention of them, said with a preposition and the noun ("was there a mention of the bees")
        ("تو یادداشت‌ها ذکری از زنبورها شده؟", "bees"),
        ("تو یادداشت‌ها اشاره‌ای به آتشفشان شده؟", "volcano"),
        ("too yaddasht ha zekri az zanbur ha shode?", "bees"),
    ],
)
def test_whether_something_is_mentioned_with_a_noun_before_the_verb_is_answered_in_full(island, question, entry):
    assert island.scope.check(question, entry).scope.value == "full"


@pytest.mark.parametrize("question", ["در نامه ذکری از زنان شده؟", "اشاره‌ای به زنان شده؟", "zekri az zanan shode?"])
def test_whether_women_are_mentioned_is_answered_in_full_on_the_shipped_faq(engine, question):
    # the caveat read "the sources do not say whether «در نامه ذکری از زنان شده»" above the quotes
    # that mention them
    reply = engine.ask(question)
    assert reply.result.entry_id == "women-minorities" and reply.scope_check.scope.value == "full"


def test_citing_something_is_no_mention_asked():
    # «با اشاره به ...» (citing ...): the doing after it is still asked
    from bot.engine import predicates

    assert [p.word for p in predicates.persian("با اشاره به اعدام‌ها ایران محکوم شد؟")] == ["محکوم"]


def test_whether_something_was_done_to_it_with_a_pronoun_before_the_verb_still_asks_that(island):
    # "has it been rebuilt?", with "of it" before the verb: the notes never say, so a caveat
    check = island.scope.check("آتشفشان چی؟ بازسازی ازش شده؟", "volcano")
    assert check.scope.value == "partial" and check.uncovered[0].gap.value == "whether"


@pytest.mark.parametrize("question", ["اقلیت‌ها چطور؟ تو نامه ذکری ازشون شده؟", "زنان چی؟ در نامه اشاره‌ای بهشون شده؟"])
def test_a_follow_up_asking_only_whether_they_are_mentioned_is_no_other_question(engine, question):
    # "minorities? is there a mention of them in the letter?": one question, answered in full
    reply = engine.ask(question)
    assert reply.result.entry_id == "women-minorities" and reply.scope_check.scope.value == "full"


def test_a_second_question_about_another_entry_still_is_one_on_the_island(island):
    reply = island.ask("زنبورهای عسل به چند گل سر می‌زنند؟ آتشفشان چند بار فوران کرد؟")
    assert not (reply.result.entry_id == "bees" and reply.scope_check.scope.value == "full")


def test_a_caveat_quotes_a_yes_no_question_without_its_arabic_spelt_question_word(island):
    # آيا typed with the Arabic ي (and ايا without its madda) is the same "whether" as آیا
    for typed in ("آيا", "ايا", "آیا"):
        check = island.scope.check(f"{typed} آتشفشان بازسازی شده؟", "volcano")
        assert check.scope.value == "partial"
        quoted = check.caveat_in("fa").split("«")[1].split("»")[0]
        assert quoted == "آتشفشان بازسازی شده", check.caveat_in("fa")


@pytest.mark.parametrize(
    "mixed, persian_only",
    [
        ("ایران با mechanism های سازمان ملل همکاری میکنه؟", "ایران با سازوکار های سازمان ملل همکاری میکنه؟"),
        ("criticism های نامه چیه؟", "انتقاد های نامه چیه؟"),
        ("یه summary از نامه بده", "یه خلاصه از نامه بده"),
    ],
)
def test_general_english_terms_in_a_persian_sentence_read_as_the_persian_words(mixed, persian_only):
    assert words(mixed) == words(persian_only)


def test_a_finglish_question_with_an_english_verb_reaches_the_entry_on_the_shipped_faq(engine):
    reply = engine.ask("iran ba sazman melal cooperate mikone?")
    assert reply.result.entry_id == "un-cooperation" and reply.result.answered


@pytest.mark.parametrize(
    "question, entry",
    [
        # a criticism read as a concern raised, an obligation as one word, the date asked as the
        # how-manieth, becoming president again as re-elected (data/fa-synonyms.txt)
        ("انتقادهای اصلی این سازمان‌ها چیا هستن؟", "concerns-listed"),
        ("آیا ایران مجبوره به قطعنامه‌ها گوش بده؟", "resolutions-binding"),
        ("این نامه تاریخ چندمو خورده بود؟", "letter-date"),
        ("روحانی که دوباره رئیس جمهور شد برای حقوق بشر یعنی چی؟", "rouhani-reelection"),
        ("NGO ha che enteghadati be iran daran?", "concerns-listed"),
        ("NGOها تو نامه چه موضوع‌هایی رو مطرح کردن؟", "concerns-listed"),
        ("مهم‌ترین موارد نگران‌کننده‌ی نامه کدومان؟", "concerns-listed"),
    ],
)
def test_persian_synonyms_reach_the_entry_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert reply.result.entry_id == entry and reply.result.answered, reply.result
