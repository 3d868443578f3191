"""Chat text and FAQ text are normalised the same way before matching."""

from __future__ import annotations

import pytest

from bot.engine.text import answer_types, clean, content_words, question_types, words


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<@123456789> how many executions?", "how many executions"),
        ("<@!42> <@&7> <#9> hi <:iran:1234> <a:wave:99> there", "hi there"),
        ("@everyone who signed?? @here", "who signed"),
        ("see https://example.org/x?y=1 and www.test.org now", "see and now"),
        ("READ HTTPS://EXAMPLE.ORG/X OR WWW.TEST.ORG", "read or"),
        ("who's asking? it's the bot's", "who asking it the bot"),
        ("**who** __signed__ ~~it~~ ||spoiler|| `code`", "who signed it spoiler code"),
        ("```python\nprint('x')\n``` who signed", "who signed"),
        ("pleeeease tell meeee", "pleease tell mee"),
        ("exe\u200bcutions", "executions"),  # zero-width space
        ("\u202ewho signed\u202c", "who signed"),  # right-to-left override
        ("who\x00signed\x07", "who signed"),  # control characters
        ("\uff37\uff28\uff2f signed", "who signed"),  # full-width letters (NFKC)
        ("Iran\u2019s record", "iran record"),
        ("۴۴۰ اعدام", "440 اعدام"),  # Persian digits
        ("كيف", "کیف"),  # Arabic kaf/yeh to Persian
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected


def test_chat_abbreviations_expand():
    assert words("wat r u saying abt hr ppl") == ["what", "are", "you", "saying", "about", "human", "rights", "people"]
    # contractions of chat English, expanded to the words every FAQ's phrasings use
    assert words("wdym, whats it gonna do") == ["what", "do", "you", "mean", "what", "is", "it", "going", "to", "do"]
    assert words("intl treaties") == ["international", "treaties"]
    assert words("used alot") == words("used a lot")


def test_slashed_shorthands_are_read_whole():
    """ "w/o" is "without", not "w" ("with") and "o": the opposite of what it says."""
    assert words("held w/o any reason") == words("held without any reason")
    assert words("W/ the notes, b/c it flashed") == words("with the notes, because it flashed")
    assert words("and/or") == ["and", "or"]  # any other slash still splits
    assert "without" not in words("see www.example.org/w/o")  # nor inside a link or a path


def test_slashed_shorthands_are_read_whole_on_another_faq(made_up):
    typed = made_up.ask("does the lighthouse still flash w/o a keeper")
    written = made_up.ask("does the lighthouse still flash without a keeper")
    assert typed.answered and typed.entry.id == written.entry.id == "lighthouse"
    assert typed.result.score == written.result.score and typed.caveat == written.caveat


def test_alot_is_read_as_a_lot_on_another_faq(made_up):
    typed, written = (
        made_up.match("do honeybees travel alot for flowers"),
        made_up.match("do honeybees travel a lot for flowers"),
    )
    assert typed.answered and typed.entry_id == written.entry_id == "bees"
    assert typed.score == written.score


def test_alot_is_read_as_a_lot_on_the_shipped_faq(engine):
    reply = engine.ask("is the death penalty used alot there")
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full"


def test_british_and_american_spellings_are_one_word():
    assert words("organisation") == words("organization")
    assert words("in favour") == words("in favor")


def test_the_us_is_a_country_but_tell_us_is_not():
    assert "usa" in words("executions in the US")
    assert "usa" not in words("tell us more")


def test_content_words_drop_filler_but_keep_question_words():
    assert content_words("hey bot, who is the one that signed it?") == ["who", "one", "signed"]
    assert content_words("when was it") == ["when"]


def test_huge_input_is_bounded():
    assert len(clean("a " * 100_000, max_chars=500)) <= 500


@pytest.mark.parametrize(
    "question, types",
    [
        ("when was the letter sent", {"when"}),
        ("so when did they send it?", {"when"}),
        ("when's the letter from", {"when"}),
        ("since when", {"when"}),
        ("what year was rouhani re-elected", {"when"}),
        ("how many people were executed", {"count"}),
        ("what percentage of the vote did rouhani get", {"count"}),
        ("has anything got better when it comes to human rights", set()),
        ("when rouhani took office people hoped for reforms, did they come", set()),
    ],
)
def test_question_types_come_from_questions_not_from_clauses(question, types):
    assert question_types(words(question)) == types


@pytest.mark.parametrize(
    "answer, types",
    [
        ("The letter is dated November 7.", {"when", "count"}),
        ("Iran has executed at least 440 people since the start of 2017.", {"when", "count"}),
        ("Hundreds of human rights defenders are detained.", {"count"}),
        ("Officials may feel ashamed at international forums.", set()),  # "may" is not a month
        ("Resolutions are legally nonbinding.", set()),
        # A day, a time of day or a frequency answers "when" as well as a date does.
        ("Trains on the coastal line run every hour.", {"when"}),
        ("The office opens on Mondays at 9am.", {"when"}),
        ("The vigil is held weekly, after the Friday prayers.", {"when"}),
        ("Meetings happen in the evening.", set()),  # no day, time or frequency: too vague to count
    ],
)
def test_answer_types_spot_dates_and_numbers(answer, types):
    assert answer_types(answer) == types


def test_dotted_initials_are_one_word_not_chat_shorthand():
    # "U.S." is not "you s", "U.N." not "you and"; "e.g." and "i.e." only introduce what follows
    assert words("U.S. sanctions") == words("the US sanctions")[1:] == ["usa", "sanctions"]
    assert words("did the U.N. reply") == ["did", "the", "un", "reply"]
    assert words("groups, e.g. amnesty, i.e. ngos") == ["groups", "amnesty", "ngos"]
    assert words("u r late") == ["you", "are", "late"]  # chat shorthand alone is still read
