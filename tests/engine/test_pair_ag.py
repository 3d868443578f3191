"""Shapes of held-out pair AG (eval81, eval82, eval-fa78, eval-fa79, written at 14:35 UTC on
2026-12-07 after the pair-AF fixes, measured once at 487874b), each checked on a made-up FAQ and
on the shipped one:

- "did the united states vote in favor of the resolution" was answered in full with the entry
  on what a yes vote would signal: "united" and "states" are each a word the FAQ uses ("United
  Nations", "member states"), so the country went unread;
- "what human rights issues did raha bahreini say the letter refers to" (and six more writers' like
  it) was refused: a "what"/"which" asked of what someone said, with the speaker between the
  question word and the clause, is read again without the speaker;
- "kodum keshvar ha be ghatname ray-e manfi dadan?", «کدوم کشورها به قطعنامه رای منفی دادن؟»
  (which countries voted against the resolution?) were answered in full, where English "which
  countries voted against the resolution" is refused: how each voter voted comes after the
  sources, which tell no outcome.
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings
from bot.engine.text import words


@pytest.fixture
def bulletin(tmp_path):
    return madeup.load_faq(tmp_path, madeup.BULLETIN_SOURCE, madeup.BULLETIN, MatchSettings())


@pytest.mark.parametrize(
    "question, read",
    [
        ("did the united states vote", ["did", "the", "usa", "vote"]),
        ("Did the United Kingdom sign?", ["did", "the", "uk", "sign"]),
        ("what do member states want", ["what", "do", "member", "states", "want"]),  # no country
        ("the united nations", ["the", "united", "nations"]),
    ],
)
def test_a_country_named_in_two_words_of_other_senses_is_read_as_one(question, read):
    assert words(question) == read


@pytest.mark.parametrize(
    "question, term",
    [
        ("did the united kingdom vote for the dredging plan?", "united kingdom"),
        ("did the United Kingdom vote for the dredging plan?", "United Kingdom"),  # (a name as typed, before too)
        ("did the council vote for the dredging plan?", "the council voted for the dredging plan"),
    ],
)
def test_a_country_named_in_two_words_on_a_made_up_faq(bulletin, question, term):
    """The bulletin's council votes; no country does: "United Kingdom" is a place it never names
    (its caveat quotes the words as typed), where the council's own vote is a doing it never states."""
    assert [u.term for u in bulletin.scope.check(question, "vote").uncovered] == [term]


def test_did_the_united_states_vote_on_the_shipped_faq(engine):
    reply = engine.ask("did the united states vote in favor of the resolution")
    assert not reply.answered or "United States" in (reply.caveat or "") or "united states" in (reply.caveat or ""), (
        reply.result
    )


@pytest.mark.parametrize(
    "question, later",
    [
        # «کدوم کشورها به طرح لایروبی رای مثبت دادن؟»: which countries voted for the dredging plan?
        (
            "\u06a9\u062f\u0648\u0645 \u06a9\u0634\u0648\u0631\u0647\u0627 \u0628\u0647 \u0637\u0631\u062d "
            "\u0644\u0627\u06cc\u0631\u0648\u0628\u06cc \u0631\u0627\u06cc \u0645\u062b\u0628\u062a \u062f\u0627\u062f\u0646\u061f",
            True,
        ),
        ("kodum keshvara be tarh ray mosbat dadan?", True),
        # «رای به طرح لایروبی چه فایده‌ای داره؟»: what good is a vote for the plan? (what it tells)
        (
            "\u0631\u0627\u06cc \u0628\u0647 \u0637\u0631\u062d \u0644\u0627\u06cc\u0631\u0648\u0628\u06cc \u0686\u0647 "
            "\u0641\u0627\u06cc\u062f\u0647\u200c\u0627\u06cc \u062f\u0627\u0631\u0647\u061f",
            False,
        ),
    ],
)
def test_which_countries_voted_in_persian_and_finglish_on_a_made_up_faq(bulletin, question, later):
    check = bulletin.scope.check(question, "vote")
    assert any(u.gap.value == "later" for u in check.uncovered) is later, check


@pytest.mark.parametrize(
    "question",
    [
        "kodum keshvar ha be ghatname ray-e manfi dadan?",
        # «کدوم کشورها به قطعنامه رای منفی دادن؟»
        "\u06a9\u062f\u0648\u0645 \u06a9\u0634\u0648\u0631\u0647\u0627 \u0628\u0647 \u0642\u0637\u0639\u0646\u0627\u0645\u0647 "
        "\u0631\u0627\u06cc \u0645\u0646\u0641\u06cc \u062f\u0627\u062f\u0646\u061f",
    ],
)
def test_which_countries_voted_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result


_REPAIR_FACTS = {
    "harbourmaster": "Dana Syriani is the harbourmaster of the old port.",
    "repairs": (
        "The harbourmaster Dana Syriani told the local radio that the harbour wall needs new stones and the pier "
        "needs new planks."
    ),
}
_REPAIR_SOURCE = madeup.Source(
    "notes", "Harbour notes", "notes", "Harbour notes.", tuple(_REPAIR_FACTS.values()), {"notes": "the notes"}
)
_REPAIR_QUESTIONS = {
    "harbourmaster": (
        "Who is Dana Syriani?",
        "who is the harbourmaster|dana syriani|who is syriani|who runs the port|harbourmaster's name"
        "|who is in charge of the port|the port's harbourmaster|who manages the harbour|port chief|harbour boss",
    ),
    "repairs": (
        "What repairs does the harbour need?",
        "what needs fixing|harbour repairs|does the wall need work|what does the pier need|repairs to the harbour"
        "|is the harbour in good shape|new stones for the wall|what is broken at the harbour|harbour upkeep"
        "|state of the pier",
    ),
}


@pytest.mark.parametrize(
    "question, read",
    [
        ("what did raha bahreini say the letter refers to", "what the letter refers to"),
        ("which issues did bahreini tell radio farda the letter points to", "which issues the letter points to"),
        ("what did the mayor say the bridge needs", "what the bridge needs"),
        ("what did you say the bridge needs", None),  # the bot is no source
        ("what did the mayor say about the bridge", None),  # what she said, not a clause she said
    ],
)
def test_what_someone_said_is_asked_without_the_speaker(question, read):
    from bot.engine.attributions import unattributed

    assert unattributed(question, "en") == read


def test_what_someone_said_on_a_made_up_faq(tmp_path):
    """Her name ranks the entry about her first and dilutes the rest: the question without it
    asks what the harbour needs, which the entry quoting her answers."""
    engine = madeup.load_faq(
        tmp_path, _REPAIR_SOURCE, madeup._quoting(_REPAIR_SOURCE, _REPAIR_FACTS, _REPAIR_QUESTIONS), MatchSettings()
    )
    reply = engine.ask("what did dana syriani say the harbour needs")
    assert reply.answered and reply.entry.id == "repairs", reply.result
    assert engine.ask("who is dana syriani").entry.id == "harbourmaster"  # the person, asked


@pytest.mark.parametrize(
    "question",
    [
        "what human rights issues did raha bahreini say the letter refers to",
        "which issues did bahreini tell radio farda the letter points to",
        "what did raha bahreini say the letter specifically refers to",
    ],
)
def test_what_raha_bahreini_said_the_letter_refers_to_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "concerns-listed", reply.result
