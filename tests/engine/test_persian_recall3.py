"""Persian-script questions refused or answered in full for reasons of reading: a passive verb in
a relative clause ("the one who was quoted") taking "کی" for "when", "NGO" spelt out in Persian
letters, "در مورد" typed as one word, "to put one's finger on" for "to point at", and a
prediction asked of the bot («پیش‌بینی می‌کنی ...؟»). Tested on the made-up island FAQ
(tests/data/persian) and on the shipped FAQ."""

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
        "نگهبانی که تو یادداشت‌ها ازش اسم برده شده کیه؟",  # who is the keeper who was named
        "مردی که دستگیر شده کیه؟",
    ],
)
def test_who_is_the_one_a_relative_clause_says_was_done_to_is_who(question):
    assert "کی" in words(question) and persian.WHEN not in words(question)


@pytest.mark.parametrize("question", ["نامه کی ارسال شده؟", "فانوس کی خودکار شد؟", "خودکار شده کی؟"])
def test_when_it_was_done_still_reads_as_when(question):
    assert persian.WHEN in words(question)


def test_about_typed_as_one_word_reads_as_about():
    assert words("درمورد آتشفشان چی میدونی") == words("در مورد آتشفشان چی میدونی")


def test_ngo_spelt_in_persian_letters_reads_as_non_governmental():
    for typed in ("ان جی او ها چی میخوان", "ان‌جی‌او‌ها چی میخوان", "ان جی او چی میخواد"):
        read = words(typed)
        assert "غیردولتی" in read and "جی" not in read, read


def test_putting_a_finger_on_something_reads_as_pointing_at_it():
    for typed in ("یادداشت‌ها روی چه چیزی دست گذاشتن؟", "یادداشتا رو چه چیزی انگشت میذارن"):
        read = words(typed)
        assert "اشاره" in read and "دست" not in read and "انگشت" not in read, read
    assert "دست" in words("دست زنبوردار رو نیش زد")  # a hand, without the idiom


def test_who_is_the_one_quoted_in_the_report_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("رها بحرینی که تو خبر ازش نقل قول شده کیه؟")
    assert reply.result.entry_id == "raha-bahreini" and reply.result.answered, reply.result


def test_what_the_letter_puts_its_finger_on_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("سازمان‌ها تو این نامه روی کدوم مشکلات دست گذاشتن؟")
    assert reply.result.entry_id == "concerns-listed" and reply.result.answered, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "پیش‌بینی می‌کنی آتشفشان دوباره فوران کنه؟",  # subjunctive: no future verb of its own
        "پیش بینی میکنید آتشفشان باز هم فوران میکنه؟",
        "pish bini mikoni atashfeshan dobare favaran kone?",
    ],
)
def test_a_prediction_asked_of_the_bot_is_partial_on_the_island(island, question):
    check = island.scope.check(question, "volcano")
    assert check.scope.value == "partial", check


def test_a_question_word_after_predict_asks_the_sources(island):
    from bot.engine.scope import opinion_asked

    assert opinion_asked("پیش‌بینی می‌کنی چرا آتشفشان فوران میکنه؟") is None
    assert opinion_asked("پیش‌بینی می‌کنی آتشفشان فوران کنه؟") == "آتشفشان فوران کنه"


def test_a_prediction_asked_is_not_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("پیش بینی می‌کنید وضع حقوق بشر ایران بهتر میشه؟")
    assert not (reply.result.answered and reply.scope_check.scope.value == "full"), reply.result


def test_raising_a_matter_reads_as_mentioning_it():
    assert words("زنبورها تو یادداشتا مطرح شدن؟") == words("زنبورها تو یادداشتا ذکر شدن؟")


def test_whom_it_concerns_in_speech_reads_as_who():
    assert persian.WHO in words("این قانون مربوط به چه کساییه؟")


def test_whether_a_group_is_raised_in_the_letter_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("حقوق زنان تو نامه مطرح شده؟")
    assert reply.result.entry_id == "women-minorities" and reply.result.answered, reply.result


@pytest.mark.parametrize(
    "one, other",
    [
        ("آتشفشان مجدداً فوران کرد؟", "آتشفشان دوباره فوران کرد؟"),  # again, written and spoken
        ("فوران مجدد آتشفشان", "فوران دوباره آتشفشان"),
        ("یادداشت‌ها کی نگاشته شد؟", "یادداشت‌ها کی نوشته شد؟"),  # the literary "to write"
        ("قول و قرارهای نگهبان فانوس چیه؟", "تعهدات نگهبان فانوس چیه؟"),  # promises: commitments
    ],
)
def test_everyday_synonyms_of_again_and_writing_read_as_one_word(one, other):
    assert words(one) == words(other)


@pytest.mark.parametrize(
    "question, entry",
    [
        ("رای مجدد مردم به روحانی برای حقوق بشر چه پیامی داره؟", "rouhani-reelection"),
        ("نامه سازمان‌ها چه روزی نگاشته شد؟", "letter-date"),
        ("پیشرفت‌های حقوق بشری باید در راستای کدوم قول و قرارهای ایران باشه؟", "treaty-obligations"),
    ],
)
def test_again_and_the_literary_to_write_reach_the_entry_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert reply.result.entry_id == entry and reply.result.answered, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "زنبورها به کدوم گل‌ها سر میزنن؟ اسمشونو بگو",  # "their names": of what "which" asked
        "زنبورها به کدوم گل‌ها سر میزنن؟ اسم ببر",  # "name them"
        "اسم گل‌هایی که زنبورها بهشون سر میزنن رو میدونی؟",  # "do you know the names"
    ],
)
def test_names_asked_in_other_words_are_partial_on_the_island(island, question):
    check = island.scope.check(question, "bees")
    assert check.scope.value == "partial" and check.uncovered[0].gap.value == "name", check


def test_which_without_names_asked_stays_full_on_the_island(island):
    assert island.scope.check("زنبورها به کدوم گل‌ها سر میزنن؟", "bees").scope.value == "full"


@pytest.mark.parametrize(
    "question",
    ["ایران کدوم پیمان‌ها رو امضا کرده؟ اسمشونو بگو", "اسم خبرنگارهای زندانی رو میدونی؟"],
)
def test_names_asked_in_other_words_are_not_answered_in_full_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.result.answered and reply.scope_check.scope.value == "full"), reply.result


@pytest.mark.parametrize(
    "spoken, written",
    [("نامه‌شون", "نامه"), ("نامه‌اش", "نامه"), ("کتابشون", "کتاب"), ("یادداشت‌هاشون", "یادداشت‌ها")],
)
def test_the_spoken_their_comes_off_a_noun_as_the_written_one_does(spoken, written):
    # "نامه‌شون" (their letter) is "نامه‌شان", which always stemmed as "نامه"
    assert [persian.stem(w) for w in words(spoken)] == [persian.stem(w) for w in words(written)]
    assert persian.stem("نشون") == "نشون"  # "sign", too short to be a word with "their" on it


def test_their_letter_in_speech_reaches_the_entry_on_the_island(island):
    reply = island.ask("زنبورها شب به کندوشون برمی‌گردن؟")
    assert reply.result.entry_id == "bees" and reply.result.answered, reply.result


def test_again_reads_as_one_word_in_finglish_too():
    assert words("rouhani dobare entekhab shod?") == words("rouhani mojadad entekhab shod?")


def test_the_intensifier_proper_asks_nothing_of_its_own():
    assert words("فانوس دریایی هنوز درست و حسابی کار میکنه؟") == words("فانوس دریایی هنوز کار میکنه؟")
    assert "درست" in words("این خبر درست است؟")  # "is it right": asked, and kept


def test_a_question_with_the_intensifier_is_answered_in_full_on_the_shipped_faq(engine):
    # the caveat said the sources do not give "درست و حسابی" (proper) above the answer that Iran did
    # not cooperate
    reply = engine.ask("ایران تو این یه سال با سازمان ملل همکاری درست و حسابی داشته؟")
    assert reply.result.entry_id == "un-cooperation" and reply.scope_check.scope.value == "full", reply
