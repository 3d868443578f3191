"""«قبلاً» / «سابقاً» / Finglish "ghablan", "sabeghan" (previously, formerly) ask of a time before
the sources, as English "previously" does: an entry that tells of no earlier time answers in
part (scope._words.EARLIER, TimeGaps._earlier); Finglish "ghabl az X" (before X) and "sale
ghabl" (last year) are read by the rules on those. Tested on a made-up Persian FAQ and the
shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

FACT = "Ingrid Solberg looks after the lighthouse garden."
GARDEN = madeup.Entry(
    "garden",
    "Who looks after the lighthouse garden?",
    (
        "lighthouse garden",
        "who is the gardener",
        "who tends the garden",
        "garden keeper",
        "who waters the garden",
        "ingrid solberg garden",
        "who does the garden",
        "gardener at the lighthouse",
        "who grows the flowers",
        "garden work",
    ),
    "The notes say Ingrid Solberg looks after the lighthouse garden.",
    FACT,
    fa=madeup.Translation(
        "چه کسی از باغ فانوس دریایی نگهداری می‌کند؟",
        "طبق یادداشت‌ها اینگرید سولبرگ از باغ فانوس دریایی نگهداری می‌کند.",
        ("باغبان فانوس کیه؟", "کی از باغ نگهداری میکنه؟", "baghban kie?"),
    ),
)


@pytest.fixture(scope="module")
def garden(tmp_path_factory):
    return madeup.persian_island_with(tmp_path_factory.mktemp("garden"), f"\n{FACT}\n", [GARDEN])


@pytest.mark.parametrize(
    "question",
    [
        "اینگرید سولبرگ قبلاً کجا کار میکرد؟",
        "اینگرید سولبرگ سابقا کجا کار میکرد؟",
        "ingrid solberg ghablan koja kar mikard?",
    ],
)
def test_a_time_before_the_sources_is_answered_in_part(garden, question):
    check = garden.scope.check(question, "garden")
    assert check.scope is Scope.PARTIAL, check
    assert [u.gap for u in check.uncovered] == [Gap.EARLIER]


@pytest.mark.parametrize("question", ["اینگرید سولبرگ کجا کار میکنه؟", "ingrid solberg koja kar mikone?"])
def test_the_same_question_of_now_is_no_earlier_time(garden, question):
    check = garden.scope.check(question, "garden")
    assert all(u.gap is not Gap.EARLIER for u in check.uncovered), check


def test_the_shipped_faq_does_not_say_where_bahreini_worked_before(engine):
    for question in ("raha bahreini ghablan koja kar mikard?", "رها بحرینی قبلاً کجا کار میکرد؟"):
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope == "full"), reply.result
