"""Shapes of held-out pair AE (eval77, eval78, eval-fa74, eval-fa75, written at 13:51 UTC on
2026-12-07 after the pair-AD fixes, measured once at cf2c796), each checked on a made-up FAQ and
on the shipped one:

- "which countries are members of the UN general assembly" (out of scope) was answered in full
  with what-they-ask, whose sources speak of "member states" and name none: the members of a
  body asked by a kind the entry never says answer nothing;
- "which UN bodies has iran cooperated with in the past" was answered in full: the kind's head
  ("bodies", only a phrasing's word) must be one the entry tells apart, as its first word must;
- «نامه مال سال ۲۰۱۵ه؟» (is the letter from 2015?): a suffix typed onto a number hid the year;
- «نامه تو ماه مهر نوشته شده؟» (written in the month of Mehr?): three Persian months that are
  everyday words too are months after «ماه» or beside a number;
- «... چه تحریمی میشه؟» (what sanction follows?): a sanction is a penalty asked;
- "Raha Bahreini kojaye iran be donya oumade?" (where in Iran was she born?): a birth asked;
- "whats the execution tally the NGOs give" was refused: a tally is a number.
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings
from bot.engine.subjects import month_of
from bot.engine.text import words


@pytest.fixture
def harbour(tmp_path):
    return madeup.port_notes(tmp_path)


def test_the_members_of_a_body_the_sources_name_none_of_answer_nothing_on_a_made_up_faq(harbour):
    """The notes speak of the port authority and name no member of it: which towns are members
    is nothing they tell (refused, the entry offered); which towns it serves gets the caveat."""
    assert harbour.scope.check("which towns are members of the port authority", "cooperation").answers_nothing
    assert harbour.scope.check("which towns belong to the port authority", "cooperation").answers_nothing
    served = harbour.scope.check("which towns does the port authority serve", "cooperation")
    assert served.scope.value == "partial" and not served.answers_nothing, served


def test_the_general_assemblys_members_on_the_shipped_faq(engine):
    reply = engine.ask("which countries are members of the UN general assembly")
    assert not reply.answered, (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, caveat",
    [
        # a phrasing asks whether it works with port committees: none is told apart
        ("which port committees has the port authority cooperated with?", "which port committees"),
        ("has the port authority cooperated with the fishers' union?", None),
    ],
)
def test_the_head_of_a_kind_asked_which_on_a_made_up_faq(harbour, question, caveat):
    check = harbour.scope.check(question, "cooperation")
    assert check.caveat == (None if caveat is None else f"The sources do not say “{caveat}”. What they do say:")


def test_which_un_bodies_on_the_shipped_faq(engine):
    reply = engine.ask("which UN bodies has iran cooperated with in the past")
    assert reply.answered and reply.scope == "partial" and "“which UN bodies”" in reply.caveat, reply.result


@pytest.mark.parametrize(
    "question, read",
    [
        (
            "\u0646\u0627\u0645\u0647 \u0645\u0627\u0644 \u0633\u0627\u0644 \u06f2\u06f0\u06f1\u06f5\u0647\u061f",
            ["2015", "\u0647"],
        ),
        # «نامه مال سال ۲۰۱۵ه؟»: the year, and the spoken "is"
        ("\u06f4\u06f4\u06f0\u062a\u0627", ["440", "\u062a\u0627"]),  # «۴۴۰تا»: 440 of them
    ],
)
def test_a_suffix_typed_onto_a_number_is_read_apart(question, read):
    assert words(question)[-len(read) :] == read


def test_a_year_with_a_suffix_on_the_shipped_faq(engine):
    reply = engine.ask(
        "\u0646\u0627\u0645\u0647 \u0645\u0627\u0644 \u0633\u0627\u0644 \u06f2\u06f0\u06f1\u06f5\u0647\u061f"
    )
    assert not reply.answered or reply.scope == "partial", reply.result


@pytest.mark.parametrize(
    "tokens, at, month",
    [
        (["\u0645\u0627\u0647", "\u0645\u0647\u0631"], 1, "\u0645\u0647\u0631"),  # «ماه مهر»: the month of Mehr
        (["7", "\u0645\u0647\u0631"], 1, "\u0645\u0647\u0631"),  # «۷ مهر»
        (["\u0628\u0627", "\u0645\u0647\u0631"], 1, None),  # «با مهر»: with kindness
    ],
)
def test_a_persian_month_that_is_an_everyday_word_too(tokens, at, month):
    assert month_of(tokens, at) == month


def test_a_persian_month_the_sources_never_write_on_a_made_up_faq(tmp_path):
    engine = madeup.load_faq(tmp_path, madeup.BULLETIN_SOURCE, madeup.BULLETIN, MatchSettings())
    # «کشتی تو ماه مهر دیر کرد؟»: was the ferry late in the month of Mehr?
    check = engine.scope.check(
        "\u06a9\u0634\u062a\u06cc \u062a\u0648 \u0645\u0627\u0647 \u0645\u0647\u0631 \u062f\u06cc\u0631 \u06a9\u0631\u062f\u061f",
        "ferries",
    )
    assert [u.term for u in check.uncovered] == ["\u0645\u0647\u0631"], check


def test_the_month_of_mehr_on_the_shipped_faq(engine):
    # «نامه تو ماه مهر نوشته شده؟»
    reply = engine.ask(
        "\u0646\u0627\u0645\u0647 \u062a\u0648 \u0645\u0627\u0647 \u0645\u0647\u0631 \u0646\u0648\u0634\u062a\u0647 \u0634\u062f\u0647\u061f"
    )
    assert not reply.answered or reply.scope == "partial", reply.result


@pytest.mark.parametrize(
    "question, entry_id",
    [
        # «اگه بندر همکاری نکنه چه تحریمی میشه؟»: if the port does not cooperate, what sanction follows?
        (
            "\u0627\u06af\u0647 \u0628\u0646\u062f\u0631 \u0647\u0645\u06a9\u0627\u0631\u06cc \u0646\u06a9\u0646\u0647 "
            "\u0686\u0647 \u062a\u062d\u0631\u06cc\u0645\u06cc \u0645\u06cc\u0634\u0647\u061f",
            "cooperation",
        ),
        ("age bandar hamkari nakone che tahrimi mishe?", "cooperation"),
        # «دانا سوریانی کجا به دنیا اومده؟»: where was Dana Syriani born?
        (
            "\u062f\u0627\u0646\u0627 \u0633\u0648\u0631\u06cc\u0627\u0646\u06cc \u06a9\u062c\u0627 \u0628\u0647 "
            "\u062f\u0646\u06cc\u0627 \u0627\u0648\u0645\u062f\u0647\u061f",
            "harbourmaster",
        ),
        ("dana syriani koja be donya oomade?", "harbourmaster"),
    ],
)
def test_a_sanction_or_a_birth_asked_in_persian_and_finglish_on_a_made_up_faq(harbour, question, entry_id):
    """The notes speak of no penalty and of nobody's birth."""
    assert harbour.scope.check(question, entry_id).scope.value == "partial"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        (
            "\u0627\u06af\u0647 \u0627\u06cc\u0631\u0627\u0646 \u0628\u0627 \u0633\u0627\u0632\u0645\u0627\u0646 \u0645\u0644\u0644 "
            "\u0647\u0645\u06a9\u0627\u0631\u06cc \u0646\u06a9\u0646\u0647 \u0686\u0647 \u062a\u062d\u0631\u06cc\u0645\u06cc "
            "\u0645\u06cc\u0634\u0647\u061f",
            "un-cooperation",
        ),
        ("Raha Bahreini kojaye iran be donya oumade?", "raha-bahreini"),
    ],
)
def test_a_sanction_or_a_birth_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result


def test_a_tally_is_a_number_on_a_made_up_faq(harbour):
    reply = harbour.ask("what is the tally of boats")
    assert reply.answered and reply.entry.id == "boats", reply.result


def test_the_execution_tally_on_the_shipped_faq(engine):
    reply = engine.ask("whats the execution tally the NGOs give")
    assert reply.answered and reply.entry.id == "executions", reply.result
