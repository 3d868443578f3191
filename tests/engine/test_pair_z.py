"""Shapes of held-out pair Z (eval67, eval68, eval-fa64, eval-fa65, written at 12:16 UTC on
2026-12-07, measured once at 2a748bd), each checked on a made-up FAQ and on the shipped one:

- "what are the key issues the 34 organisations raise about iran in their letter?": the FAQ's
  own figure in a clause that says what is mentioned got "The sources do not mention “34”".
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def crews(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("crews"), madeup.CREWS_SOURCE, madeup.CREWS, config.matching)


@pytest.mark.parametrize(
    "question, figure, named",
    [
        ("what are the repairs the 12 crews raise about the breakwater?", "12", False),  # the FAQ's: 12 crews
        ("what are the repairs the 40 crews raise about the breakwater?", "40", True),  # a figure it never gives
    ],
)
def test_the_faqs_figure_in_what_is_mentioned_is_no_term_of_its_own_on_a_made_up_faq(crews, question, figure, named):
    check = crews.scope.check(question, "ask")
    assert any(u.term == figure for u in check.uncovered) is named, check


def test_the_issues_the_34_organisations_raise_on_the_shipped_faq(engine):
    reply = engine.ask(
        "hi, im writing a short post for my uni iranian society, what are the key issues the 34 organisations "
        "raise about iran in their letter?"
    )
    assert reply.answered and reply.entry.id == "concerns-listed" and reply.scope == "full", reply.caveat


@pytest.mark.parametrize(
    "question, partial",
    [
        ("atashfeshan nesbat be zaman-e moradi faal tar shode?", True),  # compared with Moradi's time
        ("atashfeshan too dore-ye moradi faal bud?", True),
        ("atashfeshan dore-ye foran khatarnak bud?", False),  # the eruption's time, a word the FAQ uses
    ],
)
def test_a_finglish_era_typed_in_lower_case_on_a_made_up_faq(question, partial):
    """ "zaman-e Khatami" was read as someone's time only with the name capitalised; in a message
    typed all in lower case a word none of the FAQ's texts uses is a name there too."""
    check = madeup.persian_island().scope.check(question, "volcano")
    assert (check.scope.value == "partial") is partial, check


@pytest.mark.parametrize(
    "question",
    [
        "vaz'e hoghugh bashar nesbat be zaman-e ahmadinejad behtar shode?",
        "vaz'iat-e hoghugh bashar too dore-ye ahmadinejad behtar bood?",
    ],
)
def test_ahmadinejads_time_in_finglish_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result
    # ("rouhani dar dore-ye eslhat avord?" stays full: a word the FAQ uses, mistyped; test_near_pair_q.py)
