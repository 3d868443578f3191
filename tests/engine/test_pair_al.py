"""Shapes of pair AL (eval91, eval92, eval-fa88, eval-fa89, written at 17:02 UTC on 2026-12-07,
measured once at 8886868a; development data since), each checked on a made-up FAQ and on the
shipped one:

- «رادیو فردا از کجا پخش میشه؟» (where does Radio Farda broadcast from?), out of scope, was answered
  in full by the entry saying where Raha Bahreini gave her interview: where a thing is based,
  has its office or broadcasts from, of an entry that never says where anything is so
  (`_persian_near.located_fa`), is only offered, as English "where is radio farda headquartered"
  is (not «مصاحبه‌ش کجا پخش شده؟»: on which outlet the interview went out, which it says);
- "Raha Bahreini ahl e koja hast?" (where is she from?), near-topic, was answered in full: the
  Finglish ezafe between "ahl" and "koja" hid the question of where someone comes from;
- "what prison are the trade unionists being held in" (eval92, near-topic) was answered in full:
  "what" before a singular noun of a place someone is kept in asks which one, as "which prison"
  and "what prisons" did;
- "does the letter ask the un to impose sanctions on iran" (eval91, near-topic) was answered in
  full: "ask <someone> to <do>" asks for the doing, as "want <someone> to <do>" did.
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def town(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("town"), madeup.TOWN_SOURCE, madeup.TOWN, config.matching)


@pytest.mark.parametrize(
    "question, absent",
    [
        ("رادیو بندر از کجا پخش میشه؟", True),
        ("دفتر رادیو بندر کجاست؟", True),
        # on which outlet the interview went out, and where the mayor spoke: what it says
        ("مصاحبه شهردار کجا پخش شد؟", None),
        ("شهردار کجا صحبت کرد؟", None),
    ],
)
def test_where_a_thing_is_based_in_persian_on_a_made_up_faq(town, question, absent):
    check = town.scope.check(question, "interview")
    if absent is None:
        assert check.scope.value == "full", check
    else:
        assert check.scope.value == "partial" and all(u.absent for u in check.uncovered), check


@pytest.mark.parametrize(
    "question", ["رادیو فردا از کجا پخش میشه؟", "مقر رادیو فردا کجاست؟", "radio farda az koja pakhsh mishe?"]
)
def test_where_a_thing_is_based_in_persian_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered, reply.result


@pytest.mark.parametrize("question", ["سلام بچه‌ها، این رها بحرینی که تو خبر اومده کیه؟ مصاحبه‌اش کجا پخش شده؟"])
def test_where_an_interview_went_out_is_still_answered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "raha-bahreini" and reply.scope == "full", reply.result


def test_where_someone_comes_from_with_the_ezafe_in_finglish(engine, town):
    reply = engine.ask("Raha Bahreini ahl e koja hast?")
    assert not (reply.answered and reply.scope == "full"), reply.result
    assert town.scope.check("shahrdar ahl e koja hast?", "interview").scope.value == "partial"


@pytest.fixture
def farming(tmp_path, config):
    return madeup.island_with(tmp_path, madeup.DEATHS_NOTES, [madeup.DEATHS, madeup.FARMING], config.matching)


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("what town were the victims living in", ["what town"]),
        ("what towns were the victims living in", ["what towns"]),
    ],
)
def test_what_place_in_the_singular_on_a_made_up_faq(farming, question, caveat):
    check = farming.scope.check(question, "volcano-deaths")
    assert [u.term for u in check.uncovered] == caveat, check


def test_what_place_in_the_singular_on_the_shipped_faq(engine):
    reply = engine.ask("what prison are the trade unionists being held in")
    assert reply.answered and reply.caveat is not None and "“what prison”" in reply.caveat, reply.result


@pytest.fixture
def port(tmp_path):
    return madeup.port_notes(tmp_path)


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("does the petition ask the council to impose fines on the port?", ["fines"]),
        ("does the petition ask the council to build a wall?", []),
    ],
)
def test_ask_someone_to_do_on_a_made_up_faq(port, question, caveat):
    check = port.scope.check(question, "petition")
    assert [u.term for u in check.uncovered] == caveat, check


def test_ask_someone_to_do_on_the_shipped_faq(engine):
    reply = engine.ask("does the letter ask the un to impose sanctions on iran")
    assert reply.answered and reply.caveat is not None and "“sanctions”" in reply.caveat, reply.result
    assert engine.ask("does the letter ask the un to support a resolution").caveat is None
