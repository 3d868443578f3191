"""Near-topic shapes eval37/eval38 answered as if in full (issue #11): the time since an event
the sources call recent, a consequence of the condition turned the other way, the years before
the span the sources tell of, one person or the leader asked of a doing the entry gives to a
counted many, every one named with their count, and a date asked of another thing than the
entry dates. Each on a made-up FAQ (tests/madeup.py) and the shipped one; what the entry does
answer stays full."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Scope


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory, config):
    root = tmp_path_factory.mktemp("bulletin")
    return madeup.load_faq(root, madeup.BULLETIN_SOURCE, madeup.BULLETIN, config.matching)


@pytest.fixture(scope="module")
def petition(tmp_path_factory, config):
    root = tmp_path_factory.mktemp("petition")
    return madeup.load_faq(root, madeup.PETITION_SOURCE, madeup.PETITION, config.matching)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("has ruiz delivered on her promises since being re-elected", "mayor"),
        ("what has changed since her reelection", "mayor"),
        ("what happens if the council votes against the dredging plan", "vote"),
        ("what happens if the council doesn't vote for the plan", "vote"),
        ("was the ferry on time in earlier years", "ferries"),
        ("did the ferry company run its winter service on time in previous years", "ferries"),
        ("can you name all 9 groups that signed it", "groups"),  # every one: only offered
    ],
)
def test_another_time_or_the_other_way_round_gets_a_caveat_on_a_made_up_faq(bulletin, question, entry_id):
    assert bulletin.scope.check(question, entry_id).scope is not Scope.FULL, question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what does ruiz being re-elected mean for the sea wall", "mayor"),
        ("what happens if the council votes for the dredging plan", "vote"),
        ("was the ferry on time in the past year", "ferries"),
        ("what are the names of the groups that signed", "groups"),  # "it does not name them" answers
        ("could you name each of the groups", "groups"),
    ],
)
def test_what_the_bulletin_says_stays_full_on_a_made_up_faq(bulletin, question, entry_id):
    assert bulletin.scope.check(question, entry_id).scope is Scope.FULL, question


@pytest.mark.parametrize(
    "question",
    [
        "which person wrote the petition",  # 12 cooperatives wrote it: no one person
        "which cooperative took the lead in writing the petition",
        "was there a lead cooperative",
    ],
)
def test_one_of_a_counted_many_is_not_answered_in_full_on_a_made_up_faq(petition, question):
    assert petition.scope.check(question, "signers").scope is not Scope.FULL, question


@pytest.mark.parametrize(
    "question", ["who wrote the petition", "could you name each of the cooperatives", "which groups are behind it"]
)
def test_who_did_it_stays_full_on_a_made_up_faq(petition, question):
    assert petition.scope.check(question, "signers").scope is Scope.FULL, question


def test_a_date_of_another_thing_than_the_notice_is_not_answered_in_full_on_a_made_up_faq(tmp_path, config):
    notice = madeup.island_with(tmp_path, madeup.NOTICE_NOTES, [madeup.NOTICE], config.matching)
    assert notice.scope.check("what date was this news bulletin posted", "notice-date").scope is Scope.PARTIAL
    assert notice.scope.check("when was this news bulletin posted", "notice-date").scope is Scope.PARTIAL
    assert notice.scope.check("what date was this notice posted", "notice-date").scope is Scope.FULL
    assert notice.scope.check("when was this posted", "notice-date").scope is Scope.FULL
    # which bulletin, told after the noun, before its verb: still the bulletin's own date asked
    assert notice.scope.check("when was this bulletin about the notice posted", "notice-date").scope is Scope.PARTIAL
    assert notice.scope.check("when was this notice about the timetable posted", "notice-date").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        "can you name all 34 organizations that signed it",
        "who drafted the letter, which person wrote it",
        "which org took the lead in drafting the letter",
        "what date was this news report published",
        "when was this report about the letter published",
        "what happens if the general assembly votes against the resolution",
        "has rouhani delivered on his promises since being reelected",
        "has iran ever cooperated with the UN human rights council in earlier years",
    ],
)
def test_the_shipped_faq_gives_no_full_answer_to_these_shapes(engine, question):
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("who drafted the letter", "who-signed"),
        ("could you please name each of the organisations that signed the letter?", "who-signed"),
        ("what date was the letter published", "letter-date"),
        ("when was this droped lol", "letter-date"),
        ("when was this letter about iran sent", "letter-date"),
        ("what happens if the general assembly votes for the resolution", "strong-signal"),
        ("what does rouhani's reelection mean", "rouhani-reelection"),
        ("did iran cooperate with the un in the past year", "un-cooperation"),
    ],
)
def test_the_shipped_faq_still_answers_in_full_what_its_entry_answers(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == entry_id and reply.scope == "full", question


def test_which_specific_things_asks_them_listed_on_a_made_up_faq(petition):
    """ "Which specific permits does the board refuse" asks the permits listed, as "what specific
    permits" does, of an entry that lists none; a plain "which permits" is left to the "which"
    rules."""
    assert petition.scope.check("which specific permits does the board refuse", "permits").scope is Scope.PARTIAL
    assert petition.scope.check("which permits does the board refuse", "permits").scope is Scope.FULL


def test_the_shipped_faq_lists_no_specific_reforms_but_lists_the_issues(engine):
    assert engine.ask("which specific reforms were people expecting from rouhani").scope != "full"
    reply = engine.ask("According to Bahreini, which specific issues does the letter refer to?")
    assert reply.entry is not None and reply.entry.id == "concerns-listed" and reply.scope == "full"
