"""«رها بحرینی وکیله؟», "raha bahreini vakile?" (is Raha Bahreini a lawyer?), «روحانی اصلاح
طلبه؟» (is Rouhani a reformist?) were answered in full: the Persian and Finglish twin of English
"is raha bahreini a lawyer" (test_called_and_improved.py). A yes/no message that is one of the
FAQ's people and one or two words with a spoken or written "is" («ه», "e", «است») gets the caveat
when the entry never says or is asked with each word; not a verb («amnesty kar mikone?»). On a
made-up Persian FAQ and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

CAPTAIN_FACT = "The ferry captain Jon Berg has sailed the island route since the storm."
CAPTAIN = madeup.Entry(
    "captain",
    "Who sails the ferry?",
    (
        "who is the captain",
        "ferry captain",
        "who is jon berg",
        "captain of the ferry",
        "who steers the ferry",
        "since when is he the captain",
        "jon berg's job",
        "who sails the island route",
        "the captain",
        "berg and the ferry",
    ),
    "The notes say the ferry captain Jon Berg has sailed the island route since the storm.",
    CAPTAIN_FACT,
    fa=madeup.Translation(
        "چه کسی کشتی را می‌راند؟",
        "طبق یادداشت‌ها، یون برگ، کاپیتان کشتی، از زمان طوفان مسیر جزیره را می‌راند.",
        ("کاپیتان کشتی کیه؟", "یون برگ کیه؟", "jon berg kie?", "kapitan keshti kie?"),
    ),
)


@pytest.fixture(scope="module")
def island(tmp_path_factory):
    return madeup.persian_island_with(tmp_path_factory.mktemp("calledfa"), f"\n{CAPTAIN_FACT}\n", [CAPTAIN])


@pytest.mark.parametrize("question", ["یون برگ وکیله؟", "یون برگ وکیل است؟"])
def test_what_someone_is_called_must_be_said(island, question):
    check = island.scope.check(question, "captain")
    assert check.scope is Scope.PARTIAL, check
    assert [u.gap for u in check.uncovered] == [Gap.WHETHER], check


@pytest.mark.parametrize("question", ["یون برگ کاپیتانه؟", "jon berg kapitane?"])
def test_what_the_sources_call_them_is_no_gap(island, question):
    assert all(u.gap is not Gap.WHETHER for u in island.scope.check(question, "captain").uncovered)


@pytest.mark.parametrize("question", ["رها بحرینی وکیله؟", "روحانی اصلاح طلبه؟", "rouhani eslah talabe?"])
def test_the_shipped_faq_says_what_its_sources_do_not(engine, question):
    assert engine.ask(question).scope != "full", question


def test_a_verb_after_a_name_is_no_calling(engine):
    reply = engine.ask("in khanoom bahreyni ba kodoom resane mosahebe karde? amnesty kar mikone?")
    assert reply.entry is not None and reply.entry.id == "raha-bahreini" and reply.scope == "full", reply.caveat
