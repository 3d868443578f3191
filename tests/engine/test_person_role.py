"""A person's own role ("what is Tomas Berg's role", "what is Raha Bahreini's job") is asked of
the person the entry's own question names, and its answer gives it: answered in full, not refused
as a kind of role the entry never describes ("what is a special rapporteur's job" still is)."""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine import Reason
from bot.engine.scope import Scope


@pytest.fixture(scope="module")
def island(tmp_path_factory):
    phrasings = (*(p for p in madeup.KEEPER.phrasings if p != "who is tomas berg"), "who is the keeper")
    keeper = dataclasses.replace(madeup.KEEPER, question="Who is Tomas Berg?", phrasings=phrasings)
    return madeup.island_with_keeper(tmp_path_factory.mktemp("berg"), keeper)


@pytest.mark.parametrize("question", ["what is tomas berg's role", "What is Tomas Berg's job?"])
def test_a_persons_own_role_is_answered_on_a_made_up_faq(island, question):
    # (the ranking of a FAQ this small is not confident of it: the scope check decides here)
    check = island.scope.check(question, "keeper")
    assert check.scope is Scope.FULL, check


def test_a_kind_of_role_is_still_refused_on_a_made_up_faq(island, tmp_path_factory):
    # the entry's own question names no one: "berg's" is then no person of its own
    other = madeup.island_with_keeper(tmp_path_factory.mktemp("keeper"), madeup.KEEPER)
    check = other.scope.check("what is tomas berg's role", "keeper")
    assert check.answers_nothing, check


@pytest.mark.parametrize("question", ["What is Raha Bahreini's role?", "what's raha bahreini's job"])
def test_a_persons_own_role_is_answered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "raha-bahreini" and not reply.partial, reply.result


@pytest.mark.parametrize("question", ["what is roya karimi majd's role", "whats a special rapporteurs job"])
def test_a_role_the_entry_does_not_describe_is_still_refused_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.partial, reply.result
    assert reply.result.reason is not Reason.LEAD
