"""Shapes of held-out pair AF (eval79, eval80, eval-fa76, eval-fa77, written at 14:12 UTC on
2026-12-07 after the pair-AE fixes, measured once at e9f8c51), each checked on a made-up FAQ and
on the shipped one:

- "which of the concerns does the letter say is the worst?" was answered in full: a rank asked
  by "which" ("the worst", "the biggest") must be the sources' own, as in a yes/no question;
- «مصاحبه رها بحرینی با بی بی سی فارسی بود دیگه؟» (the interview was with BBC Persian, right?)
  was answered in full: an acronym spelt out in Persian letters is a name no source says, as
  "bbc" is in English.
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture
def harbour(tmp_path):
    return madeup.port_notes(tmp_path, "harbourmaster", "boats")


def test_a_rank_asked_by_which_on_a_made_up_faq(harbour):
    """The notes count the boats and rank none of them."""
    check = harbour.scope.check("which of the boats is the biggest?", "boats")
    assert [u.term for u in check.uncovered] == ["the biggest"], check


@pytest.mark.parametrize(
    "question, partial",
    [
        ("which of the concerns does the letter say is the worst?", True),
        ("which concerns does the letter raise?", False),  # what it lists
    ],
)
def test_a_rank_asked_by_which_on_the_shipped_faq(engine, question, partial):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "concerns-listed", reply.result
    assert (reply.scope == "partial") is partial, reply.caveat


@pytest.mark.parametrize(
    "question, acronym",
    [
        # «مصاحبه دانا سوریانی با بی بی سی بود؟»: was Dana Syriani's interview with the BBC?
        (
            "\u0645\u0635\u0627\u062d\u0628\u0647 \u062f\u0627\u0646\u0627 \u0633\u0648\u0631\u06cc\u0627\u0646\u06cc \u0628\u0627 "
            "\u0628\u06cc \u0628\u06cc \u0633\u06cc \u0628\u0648\u062f\u061f",
            "\u0628\u06cc \u0628\u06cc \u0633\u06cc",
        ),
        # the same with the non-joiner between the letters
        (
            "\u0645\u0635\u0627\u062d\u0628\u0647 \u062f\u0627\u0646\u0627 \u0633\u0648\u0631\u06cc\u0627\u0646\u06cc \u0628\u0627 "
            "\u0628\u06cc\u200c\u0628\u06cc\u200c\u0633\u06cc \u0628\u0648\u062f\u061f",
            "\u0628\u06cc \u0628\u06cc \u0633\u06cc",
        ),
        # «مصاحبه دانا سوریانی با رادیو محلی بود؟»: with the local radio, as the notes say
        (
            "\u0645\u0635\u0627\u062d\u0628\u0647 \u062f\u0627\u0646\u0627 \u0633\u0648\u0631\u06cc\u0627\u0646\u06cc \u0628\u0627 "
            "\u0631\u0627\u062f\u06cc\u0648 \u0645\u062d\u0644\u06cc \u0628\u0648\u062f\u061f",
            None,
        ),
    ],
)
def test_an_acronym_spelt_in_persian_letters_on_a_made_up_faq(harbour, question, acronym):
    check = harbour.scope.check(question, "harbourmaster")
    assert [u.term for u in check.uncovered] == ([] if acronym is None else [acronym]), check


def test_the_bbc_in_persian_letters_on_the_shipped_faq(engine):
    # «مصاحبه رها بحرینی با بی بی سی فارسی بود دیگه؟» (eval-fa76)
    reply = engine.ask(
        "\u0645\u0635\u0627\u062d\u0628\u0647 \u0631\u0647\u0627 \u0628\u062d\u0631\u06cc\u0646\u06cc \u0628\u0627 "
        "\u0628\u06cc \u0628\u06cc \u0633\u06cc \u0641\u0627\u0631\u0633\u06cc \u0628\u0648\u062f \u062f\u06cc\u06af\u0647\u061f"
    )
    assert not reply.answered or reply.scope == "partial", reply.result
