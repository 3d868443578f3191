"""An off-topic question of pair AW (eval113, eval114, eval-fa110, eval-fa111, written at 21:37
UTC on 2026-12-07, measured once at 264869c7; development data since), checked on a made-up FAQ
and on the shipped one.

«مجمع عمومی سازمان ملل کجا تشکیل میشه؟» (where does the UN General Assembly convene, eval-fa111)
was answered with the entry saying what the letter asks of the General Assembly: where a thing is
held, meets or sits (تشکیل, برگزار, جمع, واقع, مستقر; "tashkil", "bargozar" ... after «کجا»/"koja")
is where it is, as «X کجاست» (`_persian_near.where_is_fa`, pair AU): naming the Assembly does not
say where it meets. One word of the thing named by the sources will do there («سازمان ملل»: the
sources' Persian says «سازمان», not «ملل»), where «X کجاست» needs every word (a clause before
"koja" names several things: "kiya emzash kardan va letter raft baraye koja?").
"""

from __future__ import annotations

import madeup
import pytest

PETITION = (
    "What does the petition ask of the town council?",
    "The petition asks the town council to repair the sea wall before winter.",
    ["petition demands", "what do they want from the council", "sea wall petition", "ask of the council"],
)
FERRY = ("When does the ferry leave?", "The ferry leaves at noon.", ["ferry time", "when is the boat", "noon ferry"])


@pytest.fixture(scope="module")
def town():
    return madeup.scope_index({"petition": PETITION, "ferry": FERRY})


@pytest.mark.parametrize(
    "question", ["town council koja tashkil mishe?", "town council koja jam mishan?", "town council kojast?"]
)
def test_where_a_named_body_meets_is_not_told_by_naming_it_on_a_made_up_faq(town, question):
    check = town.check(question, "petition")
    assert [u.gap.value for u in check.uncovered] == ["unsaid"], check


def test_what_the_petition_asks_stays_answered_on_a_made_up_faq(town):
    assert town.check("petition az town council chi mikhad?", "petition").uncovered == ()


@pytest.mark.parametrize(
    "question", ["مجمع عمومی سازمان ملل کجا تشکیل میشه؟", "مجمع عمومی کجا برگزار میشه؟", "majma-e omumi kojast?"]
)
def test_where_the_general_assembly_meets_is_not_answered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered, (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [("بحرینی کجا صحبت کرده؟", "raha-bahreini"), ("kiya emzash kardan va letter raft baraye koja?", "who-signed")],
)
def test_where_the_entry_tells_stays_answered_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.caveat is None, (reply.result, reply.caveat)
