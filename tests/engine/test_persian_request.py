"""A Persian question asking what someone was asked to do («از X خواستن به چه Y رای بدن؟») is
ranked by the thing requested; where the request alone goes to another entry, both are offered,
neither in full. On the made-up island FAQ with a petition and a vote it asks for
(madeup.PETITION_FA, WALL_VOTE_FA) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.decision import Outcome, Reason
from bot.engine.persian_request import request_reading_of


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return madeup.persian_island_with_petition(tmp_path_factory.mktemp("petition"))


@pytest.mark.parametrize(
    "question, reading",
    [
        ("از شورا خواستن به چه دیواری رای بدن؟", "از شورا خواستن چیکار کنن"),
        ("ماهیگیرا از شورا درخواست کردن از کدوم طرح حمایت کنه؟", "ماهیگیرا از شورا درخواست کردن چیکار کنن"),
        ("az shura khastan be che divari ray bedan?", "az shura khastan chikar konan"),
        # not a request asked about: no question word in its clause, "why" before it, the asker's own wish
        ("از شورا خواستن به دیوار رای بدن، این رای چه فایده ای داره؟", None),
        ("چرا از شورا خواستن به دیوار رای بدن؟", None),
        ("میخوام بدونم شورا به چه دیواری رای داد", None),
        ("ماهیگیرا چی خواستن؟", None),
    ],
)
def test_the_request_alone_is_read_only_where_its_content_is_asked(question, reading):
    language = "fa-Latn" if question.isascii() else "fa"
    assert request_reading_of(question, language) == reading


@pytest.mark.parametrize(
    "question",
    ["از شورا خواستن رای مثبت به چه دیوار سنگی بدن؟", "ماهیگیرا از شورا خواستن به چه دیوار سنگی دور بندر رای بدن؟"],
)
def test_a_request_asked_about_offers_the_request_first_not_the_vote_in_full_on_the_island(harbour, question):
    result = harbour.ask(question).result
    assert result.outcome is Outcome.SUGGEST and result.reason is Reason.READINGS, result
    assert result.suggestions == ("petition", "wall-vote")


def test_the_vote_asked_about_in_a_clause_of_its_own_is_still_answered_on_the_island(harbour):
    reply = harbour.ask("از شورا خواستن به دیوار سنگی رای بدن، این رای چه فایده ای داره؟")
    assert reply.answered and reply.result.entry_id == "wall-vote", reply


def test_which_resolution_they_asked_the_un_to_vote_for_is_no_answer_on_the_vote_on_the_shipped_faq(engine):
    # was answered in full with the entry on what a yes vote would signal (eval-fa23)
    result = engine.ask("از سازمان ملل خواستن به چه قطعنامه ای رای بدن؟").result
    assert not result.answered and result.suggestions[0] == "what-they-ask", result


def test_what_a_vote_says_is_still_answered_on_the_shipped_faq(engine):
    reply = engine.ask("از کشورها خواستن به قطعنامه رای بدن، این رای چه پیامی میده؟")
    assert reply.answered and reply.result.entry_id == "strong-signal", reply


@pytest.mark.parametrize(
    "question, reading",
    [
        ("به شورا گفتن به چه دیواری رای بدن؟", "از شورا خواستن چیکار کنن"),  # told to: asked to
        ("be shura goftan be che divari ray bedan?", "az shura khastan chikar konan"),
        ("به شورا گفتن چه چیزی مهمه؟", None),  # no subjunctive: a statement reported, no request
        ("ماهیگیرا میخوان شورا به چه دیواری رای بده؟", "ماهیگیرا از شورا میخوان چیکار کنن"),  # wanted of
        ("میخوان بدونن شورا به چه دیواری رای داد؟", None),  # they want to know: nothing asked of the council
    ],
)
def test_what_someone_was_told_to_do_is_read_as_a_request(question, reading):
    language = "fa-Latn" if question.isascii() else "fa"
    assert request_reading_of(question, language) == reading


def test_what_the_council_was_told_to_vote_for_offers_the_request_first_on_the_island(harbour):
    result = harbour.ask("ماهیگیرا به شورا گفتن به چه دیوار سنگی دور بندر رای بدن؟").result
    assert result.outcome is Outcome.SUGGEST and result.reason is Reason.READINGS, result
    assert result.suggestions == ("petition", "wall-vote")


def test_which_resolution_the_states_were_told_to_vote_for_is_no_answer_on_the_vote_on_the_shipped_faq(engine):
    result = engine.ask("به کشورهای عضو گفتن به چه قطعنامه ای رای بدن؟").result
    assert not result.answered and result.suggestions[0] == "what-they-ask", result


def test_what_the_states_are_wanted_to_vote_for_is_no_answer_on_the_vote_on_the_shipped_faq(engine):
    result = engine.ask("سازمان ها میخوان کشورها به چه قطعنامه ای رای بدن؟").result
    assert not result.answered and result.suggestions[0] == "what-they-ask", result


@pytest.mark.parametrize(
    "question, language, reading",
    [
        # as typed in capitals, or with an apostrophe the cleaning drops
        ("AZ SHURA KHASTAN be che divari ray bedan?", "fa-Latn", "az shura khastan chikar konan"),
        ("az shura k'hastan be che divari ray bedan?", "fa-Latn", "az shura khastan chikar konan"),
        # «خ» as an Arabic presentation form (U+FEA7), which the cleaning reads as «خ»
        ("از شورا \ufea7واستن به چه دیواری رای بدن؟", "fa", "از شورا خواستن چیکار کنن"),
        # no request verb in any clause
        ("az shura porsidan be che divari ray bedan?", "fa-Latn", None),
        ("از شورا پرسیدن به چه دیواری رای بدن؟", "fa", None),
    ],
)
def test_a_request_is_read_however_its_verb_is_typed(question, language, reading):
    assert request_reading_of(question, language) == reading
