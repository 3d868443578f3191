"""Whether a promise was kept («به وعده‌هاش عمل کرد؟», "be vaade hash amal kard?") is no question
an entry answers in full when its sources only say the promise is owed: the answer comes with a
caveat. An entry whose sources say what came of the promises (fulfilled, not yet materialized)
still answers it. Tested on a made-up FAQ and on the shipped FAQ (scope/_persian_near.py)."""

from __future__ import annotations

import pytest

from tests import madeup

NOTES = madeup.Source(
    "council",
    "Council notes",
    "notes",
    "Notes of the island council.",
    (
        "The mayor's re-election obliges her to deliver on her promise of a new pier.",
        "The promise of a new school was fulfilled in her first term.",
    ),
    {"notes": "The council notes themselves"},
)
PIER = madeup.Entry(
    "pier",
    "What does the mayor's re-election mean for the pier?",
    (
        "mayor re-election pier",
        "new pier promise",
        "will there be a new pier",
        "mayor and the pier",
        "pier after the election",
        "the mayor's pier pledge",
        "re-elected mayor pier",
        "what about the pier promise",
        "is a new pier coming",
        "pier plans",
    ),
    "According to the notes, the mayor's re-election obliges her to deliver on her promise of a new pier.",
    "The mayor's re-election obliges her to deliver on her promise of a new pier.",
    source="council",
    fa=madeup.Translation(
        "انتخاب دوباره شهردار برای اسکله چه معنایی دارد؟",
        "طبق یادداشت‌ها، انتخاب دوباره شهردار او را موظف می‌کند به وعدهٔ اسکلهٔ تازه عمل کند.",
        ("شهردار و اسکله", "وعده اسکله جدید", "اسکله تازه ساخته میشه؟", "shahrdar va eskele", "vaade eskele"),
    ),
)
SCHOOL = madeup.Entry(
    "school",
    "Was the school promise fulfilled?",
    (
        "new school",
        "school promise",
        "did the mayor build the school",
        "school in her first term",
        "was the school built",
        "school pledge kept",
        "mayor school",
        "island school",
        "the promised school",
        "school first term",
    ),
    "Yes. According to the notes, the promise of a new school was fulfilled in her first term.",
    "The promise of a new school was fulfilled in her first term.",
    source="council",
    fa=madeup.Translation(
        "آیا به وعدهٔ مدرسه عمل شد؟",
        "بله. طبق یادداشت‌ها، وعدهٔ مدرسهٔ تازه در دور اول او عملی شد.",
        ("مدرسه جدید", "وعده مدرسه", "مدرسه ساخته شد؟", "madrese jadid", "vaade madrese"),
    ),
)


@pytest.fixture(scope="module")
def council(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("council"), NOTES, [PIER, SCHOOL], config.matching)


@pytest.mark.parametrize("question", ["شهردار به وعده اسکله عمل کرد؟", "shahrdar be vaade eskele amal kard?"])
def test_a_made_up_promise_only_owed_is_not_said_to_be_kept(council, question):
    reply = council.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result


def test_a_made_up_promise_whose_outcome_is_said_is_answered(council):
    reply = council.ask("شهردار به وعده مدرسه عمل کرد؟")
    assert reply.answered and reply.entry.id == "school" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question", ["روحانی به وعده‌هاش عمل کرد؟", "روحاني به وعده‌هاش عمل کرد؟", "rouhani be vaade hash amal kard?"]
)
def test_the_shipped_faq_does_not_say_in_full_that_rouhani_kept_his_promises(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.entry.id == "rouhani-reelection" and reply.scope == "full"), reply.result
