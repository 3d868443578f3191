"""A yes/no question that gives the entry's doing to another doer ("did the un execute 440
people", "did amnesty execute 440 people" of sources saying Iran executed them) was answered in
full, as if the sources said so. Now: when the question's subject names one of the FAQ's parties
(a name its sources write, or initials) that the entry's texts never put before the doing (nor
after its "by"), the answer gets the caveat that the sources do not say whether it did. A word
for a state's organs ("the government") is left alone, as are passives ("are un experts allowed
in") and either-or questions. On a made-up FAQ and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

FACTS = {
    "closed": "Harbour master Tomas Berg closed the north quay in March.",
    "fined": "The council fined the ferry company for late sailings.",
}
SOURCE = madeup.Source("news", "Harbour news", "news", "Harbour news.", tuple(FACTS.values()), {"notes": "the news"})
QUESTIONS = {
    "closed": (
        "Who closed the north quay?",
        "north quay closed|why is the quay shut|quay closure|when did the quay close|is the north quay open"
        "|who shut the quay|north quay|quay in march|closing the quay|can boats use the north quay",
    ),
    "fined": (
        "Why was the ferry company fined?",
        "ferry fine|was the ferry company fined|late sailings|who fined the ferry company|ferry penalty"
        "|ferry company punished|why the fine|ferry company and the council|fine for late ferries|ferry lateness",
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    entries = madeup._quoting(SOURCE, FACTS, QUESTIONS)
    return madeup.load_faq(tmp_path_factory.mktemp("doer"), SOURCE, entries, config.matching)


def test_the_doing_given_to_another_of_the_faqs_parties_gets_a_caveat(harbour):
    check = harbour.scope.check("did tomas berg fine the ferry company?", "fined")
    assert check.scope is Scope.PARTIAL, check
    assert [(u.term, u.gap) for u in check.uncovered] == [("tomas berg fined the ferry company", Gap.WHETHER)]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("did tomas berg close the north quay?", "closed"),  # the doer the sources name
        ("did the council fine the ferry company?", "fined"),  # no name: left to what the entry says
        ("was the ferry company fined by the council?", "fined"),  # a passive
    ],
)
def test_the_doer_the_sources_name_or_no_party_is_no_gap(harbour, question, entry_id):
    assert harbour.scope.check(question, entry_id).scope is Scope.FULL


@pytest.mark.parametrize("question", ["did the un execute 440 people", "did amnesty execute 440 people"])
def test_the_shipped_faq_never_gives_irans_executions_to_another(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full", reply.result


@pytest.mark.parametrize("question", ["did iran execute 440 people", "did the iranian government execute 440 people"])
def test_the_shipped_faq_confirms_who_did_it(engine, question):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == "executions" and reply.scope == "full", reply.result
