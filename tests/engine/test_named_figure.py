""" "What are the 34 orgs asking for" was refused (42.5, against 90.4 without "34"): a figure the
FAQ gives of a thing ("34 NGOs"), after "the"/"these"/"those", names that thing, and pulled the
entry that gives the figure up beside the one asked about. The question is read a second time
without the figure, and answered when that reading and the whole question rank the same entry
first (Engine._by_named_figure; held-out pair Q, eval50's "so what exactly r the 34 orgs asking
for"). A figure the FAQ gives of nothing named so stays in. On a made-up FAQ and the shipped one."""

from __future__ import annotations

import dataclasses

import madeup
import pytest


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("figure"), madeup.CREWS_SOURCE, madeup.CREWS, config.matching)


def test_the_figure_naming_the_crews_does_not_hide_what_they_ask(harbour):
    """(This small FAQ answered the whole question before the rule too: the pull shows on the
    shipped FAQ's calibration. The reading itself is the rule's, tested here.)"""
    assert harbour.scope.names_figure(12, "crews")
    assert not harbour.scope.names_figure(12, "boats")
    assert harbour._without_named_figures("what are the 12 crews asking for", "en") == "what are the crews asking for"
    assert harbour._without_named_figures("what are the 12 boats asking for", "en") is None
    reply = harbour.ask("so what exactly are the 12 crews asking the council to do")
    assert reply.answered and reply.entry is not None and reply.entry.id == "ask", reply.result
    assert reply.scope == "full", reply.caveat


@pytest.mark.parametrize("question", ["what are the 34 orgs asking for", "so what exactly r the 34 orgs asking for"])
def test_the_shipped_faq_answers_what_the_34_organisations_ask(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry is not None and reply.entry.id == "what-they-ask", reply.result
    assert reply.scope == "full", reply.caveat


def test_a_sentence_naming_the_crews_by_their_figure_is_read_without_it_on_a_made_up_faq(tmp_path, config):
    """ "i read the notes. what are the 12 crews asking for?": the message's second sentence is
    its question (`_by_sentence`), and that sentence too is read without the figure naming the
    crews. With a high answer threshold the sentence alone is below it (90.6) and its reading
    without "12" above (98.1): only the two rules together answer it."""
    settings = dataclasses.replace(config.matching, answer_threshold=95.0)
    harbour = madeup.load_faq(tmp_path, madeup.CREWS_SOURCE, madeup.CREWS, settings)
    assert not harbour.match("what are the 12 crews asking for", "en").answered
    reply = harbour.ask("i read the notes. what are the 12 crews asking for?")
    assert reply.answered and reply.entry is not None and reply.entry.id == "ask", reply.result


@pytest.mark.parametrize(
    "question, entry_id",
    [
        (
            "hey guys, trying to understand the letter. what exactly are the 34 groups calling on un countries to do?",
            "what-they-ask",
        ),
        ("hey guys, what's the date on that letter the 34 organizations wrote to the united nations?", "letter-date"),
    ],
)
def test_a_sentence_naming_the_34_organisations_by_their_figure_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry is not None and reply.entry.id == entry_id, reply.result
    assert reply.scope == "full", reply.caveat
