"""Shapes of pair AP (eval99, eval100, eval-fa96, eval-fa97, written at 18:56 UTC on 2026-12-07,
measured once at ca0de7ec; development data since), each checked on a made-up FAQ and on the
shipped one:

- "what sanctions does the letter ask the UN to impose on iran" (eval100, near-topic) was
  answered in full by what-they-ask, whose sources ask for no penalty: a penalty named in a
  question about what is asked for ("what sanctions", "what penalties": `_words.PENALTY_NOUNS`)
  must be one the entry's texts say, as a penalty asked for by a yes/no question or a verb must
  ("death penalty" and "capital punishment" are executions by another name, not read);
- "Raha Bahreini koja dars khoonde?" (where did she study?, eval-fa97, near-topic) was answered
  in full by the entry saying who she is: where or what someone studied, in Persian and
  Finglish (`_persian_near._STUDIED`), as English "where did raha bahreini study" is read.
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def port(tmp_path_factory, config):
    """Harbour notes: the fishers' petition asks for a wall; another entry speaks of fines and
    penalties, so the words are the FAQ's, only not the petition's."""
    facts = {
        "petition": "The fishers' petition asks the council to vote for a stone wall around the harbour.",
        "mooring": "The harbour master fines boats that moor overnight at the ferry quay, a penalty of 50 euros.",
    }
    source = madeup.Source(
        "port", "Harbour notes", "notes", "Harbour notes.", tuple(facts.values()), {"notes": "the notes"}
    )
    questions = {
        "petition": (
            "What does the fishers' petition ask the council to do?",
            "what do the fishers want from the council|what is the petition's demand|what does the petition ask for"
            "|the fishers' petition|what action do the fishers want|what is the council asked to do"
            "|what does the petition call for|the petition's request|stone wall petition|fishers and the council",
        ),
        "mooring": (
            "What happens to boats that moor overnight?",
            "overnight mooring|mooring fines|can i moor overnight|ferry quay mooring|harbour master fines"
            "|penalty for mooring|mooring at night|parking a boat overnight|boats at the ferry quay|mooring rules",
        ),
    }
    return madeup.quoting_faq(tmp_path_factory.mktemp("port"), source, facts, questions, config.matching)


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("what fines does the petition ask the council to impose?", ["fines"]),
        ("what penalties do the fishers want for the port?", ["penalties"]),
        ("what do the fishers want from the council?", []),
    ],
)
def test_a_penalty_asked_for_with_what_on_a_made_up_faq(port, question, caveat):
    check = port.scope.check(question, "petition")
    assert [u.term for u in check.uncovered] == caveat, check


@pytest.mark.parametrize(
    "question", ["what sanctions does the letter ask the UN to impose on iran", "what sanctions do the ngos want?"]
)
def test_a_penalty_asked_for_with_what_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or "“sanctions”" in (reply.caveat or ""), reply.result


@pytest.mark.parametrize(
    "question",
    [
        "what does the letter say about the death penalty in iran",
        "What does the letter say about capital punishment in Iran?",
    ],
)
def test_the_death_penalty_is_no_penalty_asked_for_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", reply.result


@pytest.fixture(scope="module")
def town(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("town"), madeup.TOWN_SOURCE, madeup.TOWN, config.matching)


@pytest.mark.parametrize(
    "question, term",
    [
        ("شهردار کجا درس خونده؟", "کجا درس خونده"),
        ("shahrdar koja dars khoonde?", "koja dars khoonde"),
        ("تحصیلات شهردار چیه؟", "تحصیلات"),
        ("شهردار کجا صحبت کرد؟", None),
    ],
)
def test_where_someone_studied_in_persian_on_a_made_up_faq(town, question, term):
    check = town.scope.check(question, "interview")
    assert [u.term for u in check.uncovered] == ([] if term is None else [term]), check


@pytest.mark.parametrize("question", ["Raha Bahreini koja dars khoonde?", "رها بحرینی کجا درس خونده؟"])
def test_where_someone_studied_in_persian_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result
    assert engine.ask("رها بحرینی کیه؟").scope == "full"
