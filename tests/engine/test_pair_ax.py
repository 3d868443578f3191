"""A near-topic question of pair AX (eval115, eval116, eval-fa112, eval-fa113, written at 21:46
UTC on 2026-12-07, measured once at 4c1bf9d8; the session's last pair), checked on a made-up FAQ
and on the shipped one.

«۴۴۰ فعال محیط زیست بازداشت شدن؟» (were 440 environmental activists detained?, eval-fa112) was
answered in full with the entry on who is detained: the FAQ's figure of another thing (440
executions), stated of a group the entry names but gives no figure for. English had the rule
("were 440 human rights defenders detained"); Persian now has it too (`stated_counts_fa` in
`ScopeIndex.check`): the caveat that the sources give no figure for it comes first, naming
the kind in all its words («فعال محیط زیست», `_counts.kind_end_fa`).
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def harbour():
    """Made-up notes in English and Persian: 35 boats sank; fishers and sailors were detained."""
    return madeup.notes_scope(madeup.BOATS_AND_FISHERS)


@pytest.mark.parametrize(
    "question, term",
    [
        ("۳۵ ماهیگیر بازداشت شدن؟", "ماهیگیر"),
        ("۳۵ ملوان بازداشت شدن؟", "ملوان"),
        # the kind in all its words, up to the predicate («بازداشت شدن»)
        ("۳۵ ماهیگیر جوان زندانی شدن؟", "ماهیگیر جوان"),
    ],
)
def test_the_faqs_figure_of_another_thing_stated_in_persian_gets_a_caveat_on_a_made_up_faq(harbour, question, term):
    check = harbour.check(question, "fishers")
    assert [(u.term, u.gap.value) for u in check.uncovered] == [(term, "figure")], check


def test_a_group_asked_without_a_figure_stays_answered_on_a_made_up_faq(harbour):
    assert harbour.check("ماهیگیران بازداشت شدن؟", "fishers").uncovered == ()
    assert harbour.check("۳۵ قایق غرق شد؟", "boats").uncovered == ()  # the entry's own figure


def test_440_activists_detained_in_persian_is_no_full_answer_on_the_shipped_faq(engine):
    reply = engine.ask("۴۴۰ فعال محیط زیست بازداشت شدن؟")
    assert reply.scope != "full", (reply.result, reply.caveat)
    assert "«فعال محیط زیست»" in reply.caveat, reply.caveat
    assert engine.ask("۴۴۰ نفر اعدام شدن؟").scope == "full"  # the figure of what it counts
