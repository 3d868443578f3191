"""Shapes of held-out pair Y (eval65, eval66, eval-fa62, eval-fa63, written at 12:01 UTC on
2026-12-07, measured once at 3de6bcb), each checked on a made-up FAQ and on the shipped one:

- "were 440 people arbitrarily detained?": the FAQ's figure of one thing (440 people executed)
  stated of another was answered in full, as "people" was read as the thing the figure names
  (as "the 34 NGOs" names them); the sentence the campaign fears most ("the bot says 440 people
  were detained").
"""

from __future__ import annotations

import madeup
import pytest
from madeup import Source, _quoting

from bot.engine import MatchSettings

_ERUPTION_FACTS = {
    "deaths": "The 1902 eruption killed 300 people on the western slopes.",
    "evacuation": "After the eruption, hundreds of people were evacuated to the harbour.",
}
_ERUPTION_SOURCE = Source(
    "eruption", "Eruption notes", "notes", "Eruption notes.", tuple(_ERUPTION_FACTS.values()), {"notes": "the notes"}
)
_ERUPTION_QUESTIONS = {
    "deaths": (
        "How many people did the 1902 eruption kill?",
        "eruption deaths|how many died in 1902|death toll|was the eruption deadly|how many people were killed"
        "|people killed on the slopes|victims of the eruption|how deadly was it|deaths on the western slopes|300 dead?",
    ),
    "evacuation": (
        "Were people evacuated after the eruption?",
        "evacuation|where did people go after the eruption|were people evacuated|evacuated to the harbour"
        "|how were people moved|did anyone leave the slopes|harbour evacuation|people taken to safety"
        "|who was evacuated|evacuations after 1902",
    ),
}


@pytest.mark.parametrize(
    "question, entry_id, partial",
    [
        ("were 300 people evacuated to the harbour?", "evacuation", True),
        ("were 300 people killed in 1902?", "deaths", False),  # its own figure
    ],
)
def test_the_faqs_figure_of_people_stated_of_another_doing_on_a_made_up_faq(tmp_path, question, entry_id, partial):
    engine = madeup.load_faq(
        tmp_path, _ERUPTION_SOURCE, _quoting(_ERUPTION_SOURCE, _ERUPTION_FACTS, _ERUPTION_QUESTIONS), MatchSettings()
    )
    check = engine.scope.check(question, entry_id)
    assert (check.scope.value == "partial") is partial, check


def test_were_440_people_arbitrarily_detained_on_the_shipped_faq(engine):
    reply = engine.ask("were 440 people arbitrarily detained?")
    assert not reply.answered or reply.scope == "partial", reply.result
    reply = engine.ask("were 440 people executed?")
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, partial",
    [
        # «نگهبان فانوس دریایی اسمش چیه؟»: the lighthouse keeper, what is his name?
        (
            "\u0646\u06af\u0647\u0628\u0627\u0646 \u0641\u0627\u0646\u0648\u0633 \u062f\u0631\u06cc\u0627\u06cc\u06cc "
            "\u0627\u0633\u0645\u0634 \u0686\u06cc\u0647\u061f",
            True,
        ),
        ("negahban-e fanus daryayi esmesh chie?", True),
        # «فانوس دریایی کی خودکار شد؟»: when was it automated (what the entry says)
        (
            "\u0641\u0627\u0646\u0648\u0633 \u062f\u0631\u06cc\u0627\u06cc\u06cc \u06a9\u06cc \u062e\u0648\u062f\u06a9\u0627\u0631 \u0634\u062f\u061f",
            False,
        ),
    ],
)
def test_a_name_asked_after_what_it_is_of_on_a_made_up_faq(question, partial):
    """The Persian island's lighthouse entry names no keeper: «X اسمش چیه؟», "X esmesh chie?"
    ask X's name, as «اسم X چیه؟» already did."""
    check = madeup.persian_island().scope.check(question, "lighthouse")
    assert (check.scope.value == "partial") is partial, check


def test_the_special_rapporteurs_name_in_persian_on_the_shipped_faq(engine):
    # «گزارشگر ویژه سازمان ملل برای ایران اسمش چیه؟»: the report names no rapporteur
    question = (
        "\u06af\u0632\u0627\u0631\u0634\u06af\u0631 \u0648\u06cc\u0698\u0647 \u0633\u0627\u0632\u0645\u0627\u0646 "
        "\u0645\u0644\u0644 \u0628\u0631\u0627\u06cc \u0627\u06cc\u0631\u0627\u0646 \u0627\u0633\u0645\u0634 "
        "\u0686\u06cc\u0647\u061f"
    )
    for asked in (question, "gozareshgar vizhe esmesh chie?"):
        reply = engine.ask(asked)
        assert not reply.answered or reply.scope == "partial", (asked, reply.result)


@pytest.mark.parametrize(
    "question",
    [
        "which ferry captains has the clinic treated?",  # a kind the log never names
        "which ferry crews has the clinic treated?",  # a kind it names, and none of its members
    ],
)
def test_which_members_of_a_kind_of_two_words_on_a_made_up_faq(tmp_path, question):
    """The harbour log says the clinic treated "hundreds of fishermen, as well as ferry crews" and
    names none of them; "ferry" may be a verb, which ended the kind before its head."""
    source = Source(
        "log",
        "Harbour log",
        "log",
        "Harbour log.",
        (madeup.CLINIC_FACT, *madeup._HARBOUR_FACTS.values()),
        {"notes": "the log's daily notes", "holt": "Mira Holt, log keeper"},
    )
    engine = madeup.load_faq(tmp_path, source, [madeup.CLINIC, *madeup.HARBOUR], MatchSettings())
    assert engine.scope.check(question, "clinic").scope.value == "partial"


@pytest.mark.parametrize(
    "question",
    ["which trade union leaders have been arrested in iran", "which trade unionists have been arrested in iran"],
)
def test_which_trade_unionists_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result


@pytest.mark.parametrize(
    "question, partial",
    [
        ("what caused the volcano to erupt?", True),
        ("what is the reason the volcano erupted?", True),
        ("what's the reason the volcano erupted?", True),
        ("when did the volcano erupt?", False),
    ],
)
def test_a_cause_asked_with_what_on_a_made_up_faq(question, partial):
    """The island's volcano entry says it erupted twice and gives no cause: "what caused X",
    "what's the reason X" ask why, as "why did X" does."""
    check = madeup.island().scope.check(question, "volcano")
    assert (check.scope.value == "partial") is partial, check


def test_what_caused_the_situation_to_get_worse_on_the_shipped_faq(engine):
    reply = engine.ask("what caused the human rights situation in iran to get worse")
    assert not reply.answered or reply.scope == "partial", reply.result
