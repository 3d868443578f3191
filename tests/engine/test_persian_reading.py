"""How Persian and Finglish questions are read: a Latin name asked with a Persian question word is
Persian; a Latin name is read as a Persian-script word only if its vowels fit; English chat words
typed in Finglish are dropped; a question word typed with a vowel too many is still one. Each on
the made-up Persian island FAQ (tests/data/persian, with a gardener named in Persian script) and
on the shipped FAQ."""

from __future__ import annotations

import pytest

from bot.engine import persian
from bot.engine.engine import about_frame
from bot.engine.text import words

# -- a Latin name and a Persian question word ---------------------------------------------------


@pytest.mark.parametrize("question", ["Solberg کیه؟", "Ingrid Solberg کیست", "Bahreini کیه؟"])
def test_a_latin_name_asked_with_a_persian_question_word_is_persian(question):
    assert persian.language(question) == "fa"


@pytest.mark.parametrize("question", ["what does چیه mean", "who is رها بحرینی", "is کیه a question word?"])
def test_english_grammar_around_a_persian_question_word_keeps_it_english(question):
    assert persian.language(question) == "en"


def test_a_latin_name_asked_with_a_persian_question_word_reaches_the_person_on_the_island(garden):
    reply = garden.ask("Solberg کیه؟")  # was read as English: nothing offered
    assert reply.question_language == "fa"
    assert reply.result.best == "gardener"


def test_a_latin_name_asked_with_a_persian_question_word_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("Bahreini کیه؟")  # was read as English and refused
    assert reply.result.entry_id == "raha-bahreini"
    assert reply.asked_in == "fa"


# -- a Latin name read by its consonants, and its vowels -----------------------------------------


def test_a_latin_word_is_read_as_a_persian_name_only_if_it_has_the_names_long_vowels():
    # تهرانی (Tehrani, a name) and "Tehran" (the city) have the same consonants; the name's final ی
    # is a vowel the city lacks
    spellings = persian.script_spellings(["تهرانی", "سولبرگ"], lambda w: 1.0)
    assert persian.latin_in_script(["tehrani", "solberg"], spellings) == ["تهرانی", "سولبرگ"]
    assert persian.latin_in_script(["tehran"], spellings) == ["tehran"]
    spellings = persian.script_spellings(["بحرینی"], lambda w: 1.0)
    assert persian.latin_in_script(["bahreini"], spellings) == ["بحرینی"]
    assert persian.latin_in_script(["bahrain"], spellings) == ["bahrain"]


def test_a_name_in_latin_letters_still_reaches_the_person_on_the_island(garden):
    reply = garden.ask("این خانم Ingrid Solberg چند ساله باغبانه؟")
    assert reply.result.entry_id == "gardener"


def test_a_country_of_a_names_consonants_is_not_the_name_on_the_shipped_faq(engine):
    reply = engine.ask("Bahrain تو نامه هست؟")  # Bahrain was read as بحرینی: Raha Bahreini offered
    assert not reply.answered
    assert "raha-bahreini" not in reply.result.suggestions
    assert engine.ask("Bahreini کی بود؟").result.entry_id == "raha-bahreini"


# -- English chat words in Finglish ------------------------------------------------------------


@pytest.mark.parametrize("chat", ["ok", "okay", "lol", "pls", "hahaha"])
def test_english_chat_words_are_no_finglish_words(chat):
    assert words(f"zanbura shab koja mikhaban {chat}", finglish=persian.ALWAYS) == words(
        "zanbura shab koja mikhaban", finglish=persian.ALWAYS
    )


@pytest.mark.parametrize("question", ["zanbura shab koja mikhaban ok?", "ok zanbura shab koja mikhaban"])
def test_ok_in_a_finglish_question_is_answered_as_without_it_on_the_island(garden, question):
    reply = garden.ask(question)  # was offered only: "ok" an unknown word of the question
    assert reply.result.entry_id == "bees"
    assert reply.scope == "full"


@pytest.mark.parametrize("question", ["ok name baraye ki bud", "name baraye ki bud ok"])
def test_ok_in_a_finglish_question_is_no_caveat_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)  # was "the sources do not mention «ok»"
    assert reply.result.entry_id == "who-signed"
    assert reply.scope == "full"


# -- question words -----------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["che", "chist", "chikar", "chekar"])
def test_the_finglish_what_words_are_question_words_as_read(word):
    assert words(f"{word} nameh", finglish=persian.ALWAYS)[0] in persian.FOLDED_QUESTION_WORDS_FINGLISH


@pytest.mark.parametrize(("typo", "word"), [("cheera", "chera"), ("kojja", "koja"), ("kodomi", "kodom")])
def test_a_question_word_with_a_vowel_or_letter_too_many_is_the_question_word(typo, word):
    assert words(f"{typo} nameh", finglish=persian.ALWAYS)[0] == word


@pytest.mark.parametrize("other", ["chehra", "moja", "chah", "chast"])
def test_a_word_a_consonant_more_or_a_vowel_less_than_a_question_word_is_none(other):
    assert words(f"{other} nameh", finglish=persian.ALWAYS)[0] not in persian.FOLDED_QUESTION_WORDS_FINGLISH


def test_a_misspelt_question_word_is_read_as_typed_right_on_the_island(garden):
    typo, right = garden.ask("zanbura shab kojja mikhaban"), garden.ask("zanbura shab koja mikhaban")
    assert (typo.result.entry_id, typo.result.score) == (right.result.entry_id, right.result.score)
    assert typo.result.entry_id == "bees"


def test_a_misspelt_question_word_is_read_as_typed_right_on_the_shipped_faq(engine):
    typo, right = engine.ask("cheera in name ro neveshtan"), engine.ask("chera in name ro neveshtan")
    assert (typo.result.outcome, typo.result.best, typo.result.score) == (
        right.result.outcome,
        right.result.best,
        right.result.score,
    )


# -- Persian shapes: «مربوط به چه افرادیه», «سر X» ------------------------------------------------


def test_a_two_word_question_with_the_spoken_is_reads_as_the_question_word():
    assert words("مربوط به چه افرادیه") == words("مربوط به چه کساییه") == ["مربوط", "به", persian.WHO]


def test_whom_it_concerns_with_the_spoken_is_ranks_as_written_out_on_the_island(garden):
    spoken, written = (
        garden.ask("نگهداری باغ جزیره مربوط به چه افرادیه؟"),
        garden.ask("نگهداری باغ جزیره مربوط به چه کسانی است؟"),
    )
    assert spoken.result.best == written.result.best == "gardener"
    assert spoken.result.score == written.result.score


def test_whom_it_concerns_with_the_spoken_is_is_answered_on_the_shipped_faq(engine):
    # "which people do the arbitrary detentions the letter mentions concern?": was offered only
    reply = engine.ask("بازداشت های خودسرانه که تو نامه اومده مربوط به چه افرادیه؟")
    assert reply.result.entry_id == "arbitrary-detention"


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("سر آتشفشان نامه چی میگه؟", "درباره آتشفشان نامه چی میگه؟"),
        ("سر زنبورها نامه چی گفته", "درباره زنبورها نامه چی گفته"),
        # after a greeting, an emoji or a right-to-left mark it still opens the question
        ("سلام، سر آتشفشان نامه چی میگه؟", "درباره آتشفشان نامه چی میگه؟"),
        ("🙏 سر زنبورها نامه چی گفته", "درباره زنبورها نامه چی گفته"),
        ("\u200fسر آتشفشان نامه چی میگه؟", "درباره آتشفشان نامه چی میگه؟"),
    ],
)
def test_sar_opening_what_the_letter_says_is_about(spoken, written):
    read = about_frame(written, "fa")
    assert read is not None and read[0] == written.split()[1]
    assert about_frame(spoken, "fa") == read


@pytest.mark.parametrize(
    "question", ["سر کار اومدن روحانی نامه چی میگه؟", "نامه سر چی بود؟", "سلام، سر کار اومدن روحانی نامه چی میگه؟"]
)
def test_sar_as_at_or_mid_sentence_is_no_about(question):
    assert about_frame(question, "fa") is None


@pytest.mark.parametrize("question", ["ایران با سازمان ملل سر حقوق بشر همکاری کرده؟", "روحانی کی سر کار اومد؟"])
def test_sar_stays_a_word_of_its_own_in_the_words_read(question):
    assert "سر" in words(question)


def test_sar_opening_a_question_of_what_the_notes_say_ranks_as_about_on_the_island(garden):
    spoken, written = garden.ask("سر آتشفشان نامه چی میگه؟"), garden.ask("درباره آتشفشان نامه چی میگه؟")
    assert (spoken.result.outcome, spoken.result.best, spoken.result.score) == (
        written.result.outcome,
        written.result.best,
        written.result.score,
    )


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("سر اعدام‌ها نامه چی گفته؟", "executions"),
        ("سر بازداشت‌ها نامه چی میگه؟", "arbitrary-detention"),
        ("سلام، سر اعدام‌ها نامه چی گفته؟", "executions"),
        ("🙏 سر اعدام‌ها نامه چی گفته؟", "executions"),
        ("\u200fسر اعدام‌ها نامه چی گفته؟", "executions"),
    ],
)
def test_what_the_letter_says_sar_a_subject_is_answered_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)  # was refused (scores 9 to 12)
    assert reply.result.entry_id == entry
    assert reply.scope == "full"


# -- "its"/"their" typed on to a word --------------------------------------------------------------


def test_a_word_ending_in_the_letters_of_their_is_no_possessive_when_only_the_word_is_known():
    # «پریشون» (upset, spoken) ends in شون ("their"); «پری» is no word of the FAQ's
    known = {"پریشون", "فانوس", "نامه"}.__contains__
    assert persian.without_possessive("پریشون", known) is None
    assert persian.without_possessive("فانوسشون", known) == "فانوس"  # what is left is known
    assert persian.without_possessive("چراغشون", known) == "چراغ"  # neither known: stripped
    assert persian.without_possessive("پریشون") == "پری"  # without a FAQ to ask, as before


def test_a_follow_up_of_a_word_ending_in_their_letters_is_no_question_of_its_own_on_the_island(garden):
    reply = garden.ask("فانوس کی خودکار شد؟ پریشون؟")
    assert reply.result.entry_id == "lighthouse"
    assert reply.scope == "full"


def test_a_follow_up_of_a_word_ending_in_their_letters_is_no_question_of_its_own_on_the_shipped_faq(engine):
    reply = engine.ask("نامه کی نوشته شد؟ پریشون؟")
    assert reply.result.entry_id == "letter-date"
    assert reply.scope == "full"
    # ... while "its date?" after it is one
    assert engine._of_it("تاریخش؟")
    assert not engine._of_it("پریشون؟")
