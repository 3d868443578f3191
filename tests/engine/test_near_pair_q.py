"""Near-topic and out-of-scope shapes held-out pair Q (eval49, eval50, eval-fa46, eval-fa47,
written at 07:13 UTC on 2026-12-07) found answered as if in full, each read as a rule any FAQ
needs, on a made-up FAQ and the shipped one:

- what a role does "in general" ("what does a UN special rapporteur do in general", "what is a
  special rapporteur in general, like for any country"): the role asked of anywhere, as without
  "in general" (`_words.ROLE_DOES`);
- "how many X are there in the world": every X there is, not those the sources count ("34 NGOs
  from around the world" signed);
- "what did <one of the FAQ's people> <do something>" the sources never tell ("what did raha
  bahreini study");
- someone's work before the post the sources give them ("where did raha bahreini work before
  amnesty", «قبل از عفو بین الملل کجا کار میکرد؟») or now ("is roya karimi majd still working at
  radio farda", «هنوز تو عفو بین الملل کار میکنه؟»);
- a Finglish era with its ezafe typed apart ("zaman-e Khatami behtar bood?"), as "zamane khatami"."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

FACTS = {
    "keeper": "The lighthouse keeper Mira Holt has looked after the lamp since the storm.",
    "boats": "Twelve fishing boats from around the island use the harbour every day.",
}
SOURCE = madeup.Source(
    "notes", "Harbour notes", "notes", "Harbour notes.", tuple(FACTS.values()), {"notes": "the notes"}
)
QUESTIONS = {
    "keeper": madeup.KEEPER_QUESTION,
    "boats": (
        "How many boats use the harbour?",
        "how many boats|boats in the harbour|number of boats|harbour traffic|how busy is the harbour"
        "|daily boats|fishing boats|boat numbers|boats every day|how many fishing boats come in",
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    entries = madeup._quoting(SOURCE, FACTS, QUESTIONS)
    return madeup.load_faq(tmp_path_factory.mktemp("pairq"), SOURCE, entries, config.matching)


@pytest.mark.parametrize(
    ("question", "entry_id", "gap"),
    [
        ("what does a lighthouse keeper do in general?", "keeper", Gap.DESCRIPTION),
        ("what is a lighthouse keeper in general, like for any lighthouse", "keeper", Gap.DESCRIPTION),
        ("how many fishing boats are there in the world?", "boats", Gap.FIGURE),
        ("what did mira holt study?", "keeper", Gap.UNSAID),
        ("where did mira holt work before the lighthouse?", "keeper", Gap.EARLIER),
        ("is mira holt still working at the lighthouse?", "keeper", Gap.LATER),
    ],
)
def test_each_shape_gets_its_caveat_on_a_made_up_faq(harbour, question, entry_id, gap):
    check = harbour.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL, check
    assert gap in [u.gap for u in check.uncovered], check


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how many fishing boats use the harbour?", "boats"),
        ("what did mira holt look after?", "keeper"),
        ("does the lighthouse keeper look after the lamp?", "keeper"),
    ],
)
def test_what_the_sources_tell_stays_full(harbour, question, entry_id):
    assert harbour.scope.check(question, entry_id).scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        "what does a UN special rapporteur do in general",
        "what is a special rapporteur in general, like for any country",
        "how many ngos are there in the world",
        "what did raha bahreini study and where",
        "where did raha bahreini work before amnesty",
        "رها بحرینی قبل از عفو بین الملل کجا کار میکرد؟",
        "is roya karimi majd still working at radio farda",
        "رها بحرینی هنوز تو عفو بین الملل کار میکنه؟",
        "vaz'e hoghugh bashar zaman-e Khatami behtar bood?",
    ],
)
def test_the_shipped_faq_answers_none_of_them_in_full(engine, question):
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how many ngos signed the letter", "who-signed"),
        ("who does raha bahreini work for", "raha-bahreini"),
        ("rouhani dar dore-ye eslhat avord?", "rouhani-first-term"),  # no name after the ezafe
    ],
)
def test_the_shipped_faq_still_answers_these(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == entry_id and reply.scope == "full", reply.result
