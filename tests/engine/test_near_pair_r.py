"""Near-topic shapes held-out pair R (eval51, eval52, eval-fa48, eval-fa49, written at 07:38 UTC on
2026-12-07) found answered as if in full, each read as a rule any FAQ needs, on a made-up FAQ and
the shipped one:

- "is iran **the number one** executioner" of sources saying "among the top executioners", as
  "the worst" is read (`_figure_scope.superlative_asked`);
- "where is raha bahreini **from** (originally)": where one of the FAQ's people comes from, which
  where they work does not say;
- «مجمع عمومی **کی قراره** به قطعنامه رای بده؟» (when is the assembly going to vote): «کی» after a
  subject and before «قراره» asks when (`persian._when_it_did`)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian
from bot.engine.scope import Gap, Scope
from bot.engine.text import words

FACTS = {
    "busy": "The island's harbour is among the busiest on the coast.",
    "keeper": "The lighthouse keeper Mira Holt has looked after the lamp in Port Ellen since the storm.",
    "pilot": "The harbour pilot Jon Berg, from the mainland, guides the ferries in.",
}
SOURCE = madeup.Source(
    "notes", "Harbour notes", "notes", "Harbour notes.", tuple(FACTS.values()), {"notes": "the notes"}
)
QUESTIONS = {
    "busy": (
        "Is the harbour busy?",
        "how busy is the harbour|busiest harbour|is it a busy port|harbour traffic|is the harbour quiet"
        "|busy coast|ranking of the harbour|is it crowded|lots of boats?|harbour compared with others",
    ),
    "keeper": madeup.KEEPER_QUESTION,
    "pilot": (
        "Who guides the ferries into the harbour?",
        "who is the pilot|harbour pilot|who is jon berg|who brings the ferries in|ferry guide"
        "|pilot of the harbour|jon berg's job|who steers the ferries|the pilot|berg and the ferries",
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    entries = madeup._quoting(SOURCE, FACTS, QUESTIONS)
    return madeup.load_faq(tmp_path_factory.mktemp("pairr"), SOURCE, entries, config.matching)


@pytest.mark.parametrize(
    ("question", "entry_id", "gap"),
    [
        ("is the harbour the number one harbour on the coast?", "busy", Gap.UNSAID),
        ("where is mira holt from originally?", "keeper", Gap.UNSAID),
    ],
)
def test_each_shape_gets_its_caveat_on_a_made_up_faq(harbour, question, entry_id, gap):
    check = harbour.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL, check
    assert gap in [u.gap for u in check.uncovered], check


def test_what_the_sources_say_stays_full(harbour):
    assert harbour.scope.check("is the harbour among the busiest on the coast?", "busy").scope is Scope.FULL
    # the notes say where the pilot is from ("from the mainland"): no caveat that they do not
    # (a "where" of no place they name is another rule's)
    check = harbour.scope.check("where is jon berg from?", "pilot")
    assert not any(u.term.startswith("where jon berg is from") for u in check.uncovered), check


def test_ki_after_a_subject_and_before_gharare_asks_when():
    assert persian.WHEN in words("شورا کی قراره درباره دیوار رای بده؟")
    assert persian.WHEN not in words("کی قراره درباره دیوار رای بده؟")  # no subject before it: who


@pytest.mark.parametrize(
    "question",
    [
        "is iran the number one executioner in the world",
        "where is raha bahreini from originally?",
        "مجمع عمومی کی قراره به قطعنامه رای بده؟",
    ],
)
def test_the_shipped_faq_answers_none_of_them_in_full(engine, question):
    assert engine.ask(question).scope != "full", question


def test_the_shipped_faq_still_confirms_a_top_executioner(engine):
    reply = engine.ask("is iran one of the top executioners")
    assert reply.entry is not None and reply.entry.id == "executions" and reply.scope == "full", reply.result
