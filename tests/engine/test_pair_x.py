"""Shapes of held-out pair X (eval63, eval64, eval-fa60, eval-fa61, written at 11:34 UTC on
2026-12-07, measured once at 778b322), each checked on a made-up FAQ and on the shipped one:

- "death penalty iran how many put to death since jan 2017": the everyday idiom after "how many"
  is what was done to them, as "how many executed" is, not a thing counted (the caveat read
  "The sources give no figure for “put”").
"""

from __future__ import annotations

import madeup
import pytest
from madeup import Source, _quoting

from bot.engine import MatchSettings, rewordings
from bot.engine.scope import _counts

_POLICE_FACTS = {
    "smugglers": "The harbour police detained 12 smugglers last winter.",
    "boats": "Forty boats still fish out of the harbour.",
}
_POLICE_SOURCE = Source(
    "police", "Harbour police log", "log", "Harbour police log.", tuple(_POLICE_FACTS.values()), {"notes": "the log"}
)
_POLICE_QUESTIONS = {
    "smugglers": (
        "How many smugglers did the harbour police detain?",
        "smugglers detained|how many smugglers were caught|police and smugglers|how many arrests last winter"
        "|smuggler arrests|were smugglers detained|how many were detained|detentions last winter"
        "|who did the police detain|smugglers in custody",
    ),
    "boats": (
        "How many boats fish out of the harbour?",
        "number of boats|how many boats|boats in the harbour|fleet size|is the fleet big|forty boats"
        "|how big is the fleet|fishing boats count|boats still fishing|how many trawlers",
    ),
}


@pytest.mark.parametrize(
    "tokens, counted",
    [
        ("how many put to death since jan", []),
        ("how many locked up last winter", []),
        ("how many boats put out to sea", ["boats"]),  # a noun first: counted as before
        ("how many smugglers were locked up", ["smugglers"]),
    ],
)
def test_an_idiom_after_how_many_is_no_thing_counted(tokens, counted):
    read = tokens.split()
    assert [read[j] for j, head in _counts.counted_terms(read) if head] == counted


def test_an_idiom_after_how_many_is_no_thing_counted_on_a_made_up_faq(tmp_path):
    """ "locked up" is the list's idiom for "detained": the entry's count answers it in full."""
    engine = madeup.load_faq(
        tmp_path, _POLICE_SOURCE, _quoting(_POLICE_SOURCE, _POLICE_FACTS, _POLICE_QUESTIONS), MatchSettings()
    )
    check = engine.scope.check("how many locked up by the harbour police last winter?", "smugglers")
    assert check.scope.value == "full", check
    # a thing the entry does not count still is one
    assert engine.scope.check("how many fishermen were detained last winter?", "smugglers").scope.value == "partial"


@pytest.mark.parametrize(
    "question", ["death penalty iran how many put to death since jan 2017", "how many put to death in iran"]
)
def test_how_many_put_to_death_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, partial",
    [
        ("has the ferry company failed to run its winter service in the past 5 years?", True),
        ("has the ferry service been late over the past decade?", True),
        ("has the ferry service been late in the last few years?", True),
        ("has the ferry service been late in the past year?", False),  # the span it tells of
    ],
)
def test_a_span_of_time_the_entry_never_gives_on_a_made_up_faq(tmp_path, question, partial):
    """The bulletin's entry tells of the ferries "in the past year": five years, a decade or a
    few years are spans it says nothing of."""
    engine = madeup.load_faq(tmp_path, madeup.BULLETIN_SOURCE, madeup.BULLETIN, MatchSettings())
    check = engine.scope.check(question, "ferries")
    assert (check.scope.value == "partial") is partial, check


@pytest.mark.parametrize(
    "question, partial",
    [
        ("has the situation improved compared to 5 years ago", True),
        ("has the situation improved over the past decade", True),
        ("vaziat e hoghugh bashar nesbat be 5 sal pish behtar shode?", True),
        # «وضعیت حقوق بشر نسبت به ۵ سال پیش بهتر شده؟»
        (
            "\u0648\u0636\u0639\u06cc\u062a \u062d\u0642\u0648\u0642 \u0628\u0634\u0631 \u0646\u0633\u0628\u062a \u0628\u0647 "
            "\u06f5 \u0633\u0627\u0644 \u067e\u06cc\u0634 \u0628\u0647\u062a\u0631 \u0634\u062f\u0647\u061f",
            True,
        ),
        # the span the entry tells of, in other words
        ("has the situation improved compared to a year ago", False),
        ("any progress on human rights in iran over the past 12 months?", False),
    ],
)
def test_a_span_of_time_the_entry_never_gives_on_the_shipped_faq(engine, question, partial):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "no-improvement", reply.result
    assert (reply.scope == "partial") is partial, reply.caveat


@pytest.mark.parametrize(
    "question, read",
    [
        ("why was the harbour closed, what do the notes say", "why was the harbour closed"),
        ("who keeps the log, what does the harbour log say?", "who keeps the log?"),
        # the question itself, or a sentence of its own: left as it is
        ("what does the log say", None),
        ("why was it closed? what does the log say", None),
    ],
)
def test_a_closing_clause_asking_what_the_source_says_is_no_question_of_its_own(question, read):
    """ ", what does the letter say" after a question asks that question of the source, as
    "according to the letter" does: the second reading (`plain`) is the question without it."""
    assert rewordings.plain(question) == read


def test_why_activists_are_arrested_what_does_the_letter_say_on_the_shipped_faq(engine):
    reply = engine.ask("why are activists getting arrested in iran, what does the ngo letter say")
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full", reply.result


def test_what_the_34_ngos_asked_in_persian_on_the_shipped_faq(engine):
    # «سلام وقتتون بخیر، ۳۴ سازمان غیردولتی دقیقا از سازمان ملل خواستن چیکار کنه؟»
    question = (
        "\u0633\u0644\u0627\u0645 \u0648\u0642\u062a\u062a\u0648\u0646 \u0628\u062e\u06cc\u0631\u060c "
        "\u06f3\u06f4 \u0633\u0627\u0632\u0645\u0627\u0646 \u063a\u06cc\u0631\u062f\u0648\u0644\u062a\u06cc "
        "\u062f\u0642\u06cc\u0642\u0627 \u0627\u0632 \u0633\u0627\u0632\u0645\u0627\u0646 \u0645\u0644\u0644 "
        "\u062e\u0648\u0627\u0633\u062a\u0646 \u0686\u06cc\u06a9\u0627\u0631 \u06a9\u0646\u0647\u061f"
    )
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "what-they-ask" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, partial",
    [
        ("do the notes say the lighthouse was sold?", True),
        ("did the field notes say that the lighthouse was closed?", True),
        ("do the notes say the lighthouse was automated?", False),  # what they say was done
    ],
)
def test_a_statement_the_source_is_asked_to_have_made_is_checked_on_a_made_up_faq(question, partial):
    """ "does the letter say women were executed?" asks whether they were, of the source: the
    entry must say it was done, as of "were women executed?" (found while checking pair X's
    near-topic answers: the women-minorities entry answered it in full, opening "Yes.")."""
    check = madeup.island().scope.check(question, "lighthouse")
    assert (check.scope.value == "partial") is partial, check


def test_does_the_letter_say_women_were_executed_on_the_shipped_faq(engine):
    reply = engine.ask("does the letter say women were executed?")
    assert not reply.answered or reply.scope == "partial", reply.result
    assert not reply.answered or not (reply.answer or "").startswith("Yes"), reply.answer
    # what it does say was done stays a full answer
    reply = engine.ask("does the letter say activists were detained?")
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full", reply.result
