"""Shapes of held-out pair AH (eval83, eval84, eval-fa80, eval-fa81, written at 14:51 UTC on
2026-12-07 after the pair-AG fixes, measured once at bb1a5ce), each checked on a made-up FAQ and
on the shipped one:

- "do the ngos want the un to impose sanctions on iran" was answered in full: what someone is
  wanted to do ("to impose sanctions") is the thing asked for, not the one asked ("the un");
- "what do the ngos want the security council to do" was answered in full with what the letter
  asks of the General Assembly: the one asked to act is a party no source names;
- "440 nafar too ye mah edam shodan?", «۴۴۰ نفر تو یک ماه اعدام شدن؟» (were 440 executed in one
  month?) were answered in full: a figure over one month, as English "in one month" is read.
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture
def harbour(tmp_path):
    return madeup.port_notes(tmp_path, "petition", "boats")


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("do the fishers want the council to impose fines on the port?", "fines"),
        ("do the fishers want the council to build a wall?", None),  # what the petition asks
        # a phrasing asks whether it was sent to the harbour board; no note names one
        ("what do the fishers want the harbour board to do?", "harbour board"),
        ("what do the fishers want the council to do?", None),
    ],
)
def test_what_is_asked_for_and_of_whom_on_a_made_up_faq(harbour, question, caveat):
    check = harbour.scope.check(question, "petition")
    assert [u.term for u in check.uncovered] == ([] if caveat is None else [caveat]), check


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("do the ngos want the un to impose sanctions on iran", "sanctions"),
        ("what do the ngos want the security council to do", "security council"),
        ("what do the ngos want the general assembly to do", None),
        ("what do the ngos want the UN countries to do", None),  # member states, in other words
        ("What standards does the letter want Iran's human rights progress to match?", None),  # no party
    ],
)
def test_what_is_asked_for_and_of_whom_on_the_shipped_faq(engine, question, caveat):
    reply = engine.ask(question)
    assert reply.answered, reply.result
    assert (reply.caveat is None) is (caveat is None) and (caveat is None or f"“{caveat}”" in reply.caveat), (
        reply.caveat
    )


def test_a_figure_over_one_month_in_finglish_on_a_made_up_faq(harbour):
    """ "40 ta ghayegh too ye mah ...": forty boats in one month, of notes that count boats over
    no month (Finglish drops the "ye", one, as a stop word: "too" before the unit stands for it)."""
    check = harbour.scope.check("40 ta ghayegh too ye mah mahi gereftan?", "boats")
    assert [u.gap.value for u in check.uncovered] == ["figure"], check


def test_a_figure_over_one_month_in_persian_on_a_made_up_faq(harbour):
    # «۴۰ قایق تو یک ماه ماهی گرفتن؟»: the month is a period the notes never count in
    check = harbour.scope.check(
        "\u06f4\u06f0 \u0642\u0627\u06cc\u0642 \u062a\u0648 \u06cc\u06a9 \u0645\u0627\u0647 \u0645\u0627\u0647\u06cc "
        "\u06af\u0631\u0641\u062a\u0646\u061f",
        "boats",
    )
    assert "\u06cc\u06a9 \u0645\u0627\u0647" in [u.term for u in check.uncovered], check


@pytest.mark.parametrize(
    "question",
    [
        "440 nafar too ye mah edam shodan?",
        # «۴۴۰ نفر تو یک ماه اعدام شدن؟»
        "\u06f4\u06f4\u06f0 \u0646\u0641\u0631 \u062a\u0648 \u06cc\u06a9 \u0645\u0627\u0647 \u0627\u0639\u062f\u0627\u0645 "
        "\u0634\u062f\u0646\u061f",
    ],
)
def test_440_in_one_month_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result
    # ... and a year's figure asked in Finglish, which the sources do give, stays answered
    assert engine.ask("iran chand nafar edam karde?").scope == "full"
