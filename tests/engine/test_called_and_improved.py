"""Two yes/no shapes that got a full answer to another question (held-out pair P, issue #11):
"is raha bahreini a lawyer" (what one of the FAQ's people is called, which the sources never
say: the entry on who she is answered as if it did), and "did rouhani's first term improve the
economy" (a change to a thing the sources never speak of: the entry on his first term answered).
Both now get a caveat that says what the sources do not say. On a made-up FAQ (the town
bulletin: "Mayor Ana Ruiz's recent re-election ...") and the shipped one; what the sources do
say, or the FAQ's own phrasings ask, stays full."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory, config):
    root = tmp_path_factory.mktemp("bulletin")
    return madeup.load_faq(root, madeup.BULLETIN_SOURCE, madeup.BULLETIN, config.matching)


@pytest.mark.parametrize(
    ("question", "said"),
    [("is ana ruiz a lawyer?", "ana ruiz is a lawyer"), ("was ana ruiz a fisher", "ana ruiz was a fisher")],
)
def test_what_someone_is_called_must_be_said(bulletin, question, said):
    check = bulletin.scope.check(question, "mayor")
    assert check.scope is Scope.PARTIAL, check
    assert [(u.term, u.gap) for u in check.uncovered] == [(said, Gap.UNSAID)]


def test_what_the_sources_call_them_is_full(bulletin):
    assert bulletin.scope.check("is ana ruiz a mayor?", "mayor").scope is Scope.FULL


def test_a_change_to_a_thing_the_sources_never_speak_of_gets_a_caveat(bulletin):
    check = bulletin.scope.check("did ruiz's re-election improve the economy?", "mayor")
    assert check.scope is Scope.PARTIAL, check
    assert [(u.term, u.gap) for u in check.uncovered] == [("economy", Gap.MENTION)]
    assert bulletin.scope.check("did ruiz's re-election improve the sea wall?", "mayor").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    ["is raha bahreini a lawyer", "was raha bahreini a journalist?", "did rouhani's first term improve the economy"],
)
def test_the_shipped_faq_says_what_its_sources_do_not(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full", reply.result
    assert reply.caveat, reply.result


@pytest.mark.parametrize("question", ["Is Raha Bahreini an Amnesty official?", "is bahreini a credible source?"])
def test_the_shipped_faq_answers_what_its_sources_or_phrasings_say(engine, question):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == "raha-bahreini", reply.result
    assert reply.scope == "full", reply.caveat


def test_a_name_and_a_thing_with_the_possessive_left_out_asks_for_that_thing(bulletin):
    """ "ruiz sister?" is "ruiz's sister?" typed in a hurry: a thing of hers the sources never
    give gets the caveat; one the entry is asked with ("ruiz promises?") stays full."""
    check = bulletin.scope.check("ruiz sister?", "mayor")
    assert check.scope is Scope.PARTIAL, check
    assert [(u.term, u.gap) for u in check.uncovered] == [("ruiz's sister", Gap.UNSAID)]
    assert bulletin.scope.check("ruiz promises?", "mayor").scope is Scope.FULL


@pytest.mark.parametrize("question", ["raha bahreini sister?", "raha bahreini age?"])
def test_the_shipped_faq_gives_no_family_or_age_of_bahreini(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full", reply.result


@pytest.mark.parametrize("question", ["raha bahreini job?", "raha bahreini interview?"])
def test_the_shipped_faq_answers_what_it_is_asked_of_bahreini(engine, question):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == "raha-bahreini" and reply.scope == "full", reply.result
