"""«سازمان ملل ۴۴۰ نفر رو اعدام کرده؟», "amnesty 440 nafar ro edam karde?" (did the UN / Amnesty
execute 440 people?) were answered in full with the executions entry, whose sources say Iran
did: the Persian and Finglish twin of English "did the un execute 440 people" (test_other_doer.py).
A yes/no question of the shape <subject> <number> <counted> «رو» <verb> whose subject the FAQ
names elsewhere but this entry never does gets the caveat; the party the entry names, or a word
for a state's organs («حکومت»), is left alone. On a made-up Persian FAQ and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

COUNT_FACT = "The harbour master counted 120 boats last summer."
COUNT = madeup.Entry(
    "count",
    "How many boats did the harbour master count?",
    (
        "boats last summer",
        "how many boats came",
        "summer boat count",
        "number of boats",
        "how busy was the summer",
        "boats counted",
        "summer traffic",
        "how many boats visited",
        "boat numbers last year",
        "busy harbour",
    ),
    "The notes say the harbour master counted 120 boats last summer.",
    COUNT_FACT,
    fa=madeup.Translation(
        "رئیس بندر چند قایق شمرد؟",
        "طبق یادداشت‌ها، رئیس بندر تابستان گذشته ۱۲۰ قایق را شمرد.",
        ("تعداد قایق‌های تابستان", "رئیس بندر چند تا قایق شمرده", "chand ta ghayegh shomordan?"),
    ),
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    entries = [COUNT, madeup.PETITION_FA]
    notes = "".join(f"\n{e.quote}\n" for e in entries)
    return madeup.persian_island_with(tmp_path_factory.mktemp("doerfa"), notes, entries)


def test_the_doing_given_to_another_party_gets_a_caveat(harbour):
    check = harbour.scope.check("شورا ۱۲۰ قایق رو شمرد؟", "count")  # the council, named in the petition entry
    assert check.scope is Scope.PARTIAL, check
    assert [u.gap for u in check.uncovered] == [Gap.WHETHER], check


@pytest.mark.parametrize("question", ["رئیس بندر ۱۲۰ قایق رو شمرد؟", "حکومت ۱۲۰ قایق رو شمرد؟"])
def test_the_party_the_entry_names_or_a_word_for_the_state_is_no_gap(harbour, question):
    assert all(u.gap is not Gap.WHETHER for u in harbour.scope.check(question, "count").uncovered)


@pytest.mark.parametrize("question", ["سازمان ملل ۴۴۰ نفر رو اعدام کرده؟", "amnesty 440 nafar ro edam karde?"])
def test_the_shipped_faq_never_gives_irans_executions_to_another(engine, question):
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize("question", ["ایران ۴۴۰ نفر رو اعدام کرده؟", "iran 440 nafar ro edam karde?"])
def test_the_shipped_faq_confirms_who_did_it(engine, question):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == "executions" and reply.scope == "full", reply.result
