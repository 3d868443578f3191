"""Shapes of held-out pair W (eval61, eval62, eval-fa58, eval-fa59, written at 11:17 UTC on
2026-12-07, measured once at f96c876), each checked on a made-up FAQ and on the shipped one:

- "What is the letter from the 34 NGOs about?": what a document named by its signatories is
  about asks for the overview, as "summary of the 34 NGOs' letter" does; the ranking put the
  entry on who signed it first, and it was answered in full (a wrong entry);
- «رای مثبت به قطعنامه باعث آزادی زندانیا میشه؟» (will a yes vote on the resolution bring
  about the prisoners' release?): an effect the entry never states was answered in full with
  what the vote would signal, as if the sources said it frees prisoners.
"""

from __future__ import annotations

import madeup
import pytest
from madeup import Source, _quoting

from bot.engine import MatchSettings, rewordings

# A made-up appeal whose overview names the 12 councils that signed it, beside the entry on who
# signed it: the shipped FAQ's shape (34 NGOs), in other words.
_APPEAL_FACTS = {
    "about": "In a joint appeal, 12 fishing councils asked the ministry to keep the cod quota where it is.",
    "signers": "The appeal was signed by 12 fishing councils, among them Vell and Brae.",
    "quota": "In the appeal, the councils ask the ministry not to cut the cod quota next spring.",
    "boats": "Forty boats still fish for cod out of the harbour.",
}
_APPEAL_SOURCE = Source(
    "appeal",
    "Cod appeal",
    "news report",
    "Councils appeal on cod quota.",
    tuple(_APPEAL_FACTS.values()),
    {"notes": "the report"},
)
_APPEAL_QUESTIONS = {
    "about": (
        "What is the appeal about?",
        "what is this about|what is the appeal|gist of the appeal"
        "|what is the joint appeal|overview of the appeal|what's this appeal thing|tell me about the appeal"
        "|what is going on|explain the appeal|what is this",
    ),
    "signers": (
        "Who signed the appeal?",
        "which councils signed|the 12 councils|who are the 12 fishing councils|signatories|how many councils signed"
        "|list of the councils|which fishing councils|who sent the appeal|12 fishing councils|did vell sign",
    ),
    "quota": (
        "What do they want done about the cod quota?",
        "cod quota|what do they ask the ministry|quota cut|do they want the quota kept|next spring's quota"
        "|what are they asking for|the demand|keep the quota|ministry and the quota|what should the ministry do",
    ),
    "boats": (
        "How big is the cod fleet?",
        "number of cod boats|how many boats|boats in the harbour|cod fleet size|is the fleet big|forty boats"
        "|how big is the fleet|fishing boats count|boats still fishing|how many trawlers",
    ),
}


def test_what_a_document_named_by_its_signatories_is_about_is_the_overview_on_a_made_up_faq(tmp_path):
    """With a low answer threshold (the made-up FAQ is not calibrated) the ranking answers "what
    is the appeal from the 12 fishing councils about?" with the entry on who signed it, whose
    phrasings name the 12 councils: the question asks what the appeal is about."""
    engine = madeup.load_faq(
        tmp_path,
        _APPEAL_SOURCE,
        _quoting(_APPEAL_SOURCE, _APPEAL_FACTS, _APPEAL_QUESTIONS),
        MatchSettings(answer_threshold=45.0),
    )
    for question in (
        "what is the appeal from the 12 fishing councils about?",
        "what's the appeal by the 12 fishing councils about",
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "about" and reply.scope == "full", (question, reply.result)
    assert engine.ask("who signed the appeal?").entry.id == "signers"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("What is the letter from the 34 NGOs about?", "campaign-overview"),
        ("what's the letter by the 34 organisations about", "campaign-overview"),
        # what they are worried about is not what the letter is about
        ("what are the 34 ngos worried about?", "concerns-listed"),
    ],
)
def test_what_the_34_ngos_letter_is_about_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, partial",
    [
        # «رای به دیوار سنگی باعث کاهش مالیات میشه؟»: does a vote for the stone wall bring about lower taxes?
        ("\u0631\u0627\u06cc \u0628\u0647 \u062f\u06cc\u0648\u0627\u0631 \u0633\u0646\u06af\u06cc \u0628\u0627\u0639\u062b "
         "\u06a9\u0627\u0647\u0634 \u0645\u0627\u0644\u06cc\u0627\u062a \u0645\u06cc\u0634\u0647\u061f", True),
        # «رای مثبت به دیوار سنگی باعث بسته شدن بندر میشه؟»: ... the harbour being closed?
        ("\u0631\u0627\u06cc \u0645\u062b\u0628\u062a \u0628\u0647 \u062f\u06cc\u0648\u0627\u0631 \u0633\u0646\u06af\u06cc "
         "\u0628\u0627\u0639\u062b \u0628\u0633\u062a\u0647 \u0634\u062f\u0646 \u0628\u0646\u062f\u0631 "
         "\u0645\u06cc\u0634\u0647\u061f", True),
        ("ray be divar sangi baes-e kahesh maliat mishe?", True),
        # «رای به دیوار سنگی باعث دور ماندن طوفان‌ها میشه؟»: ... storms staying away? (what it says)
        ("\u0631\u0627\u06cc \u0628\u0647 \u062f\u06cc\u0648\u0627\u0631 \u0633\u0646\u06af\u06cc \u0628\u0627\u0639\u062b "
         "\u062f\u0648\u0631 \u0645\u0627\u0646\u062f\u0646 \u0637\u0648\u0641\u0627\u0646\u200c\u0647\u0627 "
         "\u0645\u06cc\u0634\u0647\u061f", False),
    ],
)  # fmt: skip
def test_an_effect_asked_in_persian_is_one_the_entry_must_state_on_a_made_up_faq(tmp_path, question, partial):
    """«X باعث Y میشه؟» (does X bring Y about?) of the entry on what a vote for the wall would
    do: an effect its texts never state is a question the entry does not answer in full."""
    engine = madeup.persian_island_with_petition(tmp_path)
    check = engine.scope.check(question, "wall-vote")
    assert (check.scope.value == "partial") is partial, check


def test_a_yes_vote_freeing_prisoners_is_not_answered_in_full_on_the_shipped_faq(engine):
    # «رای مثبت به قطعنامه باعث آزادی زندانیا میشه؟»
    question = (
        "\u0631\u0627\u06cc \u0645\u062b\u0628\u062a \u0628\u0647 \u0642\u0637\u0639\u0646\u0627\u0645\u0647 "
        "\u0628\u0627\u0639\u062b \u0622\u0632\u0627\u062f\u06cc \u0632\u0646\u062f\u0627\u0646\u06cc\u0627 "
        "\u0645\u06cc\u0634\u0647\u061f"
    )
    reply = engine.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result
    # what the letter says a vote brings about is still answered in full
    # («رای مثبت به قطعنامه باعث بهبود حقوق بشر میشه؟»: ... human rights improvements?)
    said = (
        "\u0631\u0627\u06cc \u0645\u062b\u0628\u062a \u0628\u0647 \u0642\u0637\u0639\u0646\u0627\u0645\u0647 "
        "\u0628\u0627\u0639\u062b \u0628\u0647\u0628\u0648\u062f \u062d\u0642\u0648\u0642 \u0628\u0634\u0631 "
        "\u0645\u06cc\u0634\u0647\u061f"
    )
    reply = engine.ask(said)
    assert reply.answered and reply.entry.id == "strong-signal" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, read",
    [
        ("did the council work with the fishers on these problems", "did the council work with the fishers"),
        ("has the keeper done anything to fix these issues?", "has the keeper done anything?"),
        ("is the board talking to the crews about those matters", "is the board talking to the crews"),
        # asked of them, or of a kind of its own: kept
        ("what are these problems?", None),
        ("did the council talk about these storms", None),
    ],
)
def test_a_closing_phrase_pointing_back_at_the_problems_asks_nothing_of_its_own(question, read):
    """ "... on these problems", "... to fix these issues": what the message is about, pointed
    back at; the second reading (`plain`) is the question without it."""
    assert rewordings.plain(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "did iran take the chances it had to work with the un on these problems",
        "did iran take any chances to work with the UN to fix these problems",
        "did iran take any chances to work w the UN on these issues",
    ],
)
def test_working_with_the_un_on_these_problems_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "un-cooperation" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question",
    [
        "what's the deal with the appeal from the 12 fishing councils?",
        "wats the deal with the 12 fishing councils appeal",
        "whats the story with the appeal by the 12 fishing councils",
    ],
)
def test_the_deal_with_a_document_named_by_its_signatories_is_the_overview_on_a_made_up_faq(tmp_path, question):
    """Pair Z's "wats the deal with the 34 ngos letter" (answered with who-signed): "what's the
    deal (the story) with X" asks what X is about, in the chat spelling "wats" too."""
    engine = madeup.load_faq(
        tmp_path,
        _APPEAL_SOURCE,
        _quoting(_APPEAL_SOURCE, _APPEAL_FACTS, _APPEAL_QUESTIONS),
        MatchSettings(answer_threshold=45.0),
    )
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "about" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question", ["wats the deal with the 34 ngos letter", "wats this letter thing everyone keeps talking about"]
)
def test_the_deal_with_the_34_ngos_letter_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and reply.scope == "full", reply.result
