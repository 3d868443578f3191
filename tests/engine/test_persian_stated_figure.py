"""A figure stated in Persian of a group the sources give none for («۴۴۰ معلم اعدام شدن؟», were 440
teachers executed?) is read as English "were 440 teachers executed" is: no figure for that group,
never confirmed (scope._counts.stated_counts_fa). Not a time («۴ سال اول»), a counter word and
the doing («۴۴۰ نفر اعدام شدن؟»), nor a judgement of the number («۴۴۰ درسته؟»). Tested on a
made-up Persian FAQ and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

FACT = madeup.HARBOUR_BOATS_FACT
BOATS = madeup.HARBOUR_BOATS


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return madeup.persian_island_with(tmp_path_factory.mktemp("boats"), f"\n{FACT}\n", [BOATS])


def test_a_figure_stated_of_another_group_is_not_confirmed(harbour):
    check = harbour.scope.check("۱۲ ماهیگیر هر روز از بندر استفاده میکنن؟", "boats")
    assert check.scope is Scope.PARTIAL, check
    assert [u.gap for u in check.uncovered] == [Gap.FIGURE]


@pytest.mark.parametrize("question", ["۱۲ قایق هر روز از بندر استفاده میکنن؟", "۱۲ تا قایق تو بندره؟", "۱۲ درسته؟"])
def test_the_group_the_sources_count_or_a_judgement_of_the_number_is_no_gap(harbour, question):
    check = harbour.scope.check(question, "boats")
    assert all(u.gap is not Gap.FIGURE for u in check.uncovered), check


def test_the_shipped_faq_never_says_440_teachers_were_executed(engine):
    for question in ("۴۴۰ معلم اعدام شدن؟", "۴۴۰ نفر معلم اعدام شدن؟"):
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope == "full"), reply.result
    assert engine.ask("۴۴۰ نفر اعدام شدن؟").scope == "full"


def test_whose_count_after_the_counted_noun_is_a_group_the_sources_must_say(harbour):
    """«تعداد قایق ماهیگیران چقدره؟» (the number of the fishers' boats): a group after what is
    counted (an ezafe), which the notes never say; «آمار» (statistics) counts as «تعداد» does."""
    for question in ("تعداد قایق ماهیگیران چقدره؟", "آمار قایق ماهیگیران چنده؟"):
        check = harbour.scope.check(question, "boats")
        assert check.scope is Scope.PARTIAL, (question, check)
        assert Gap.FIGURE in [u.gap for u in check.uncovered], (question, check)
    plain = harbour.scope.check("تعداد قایق‌ها طبق یادداشت‌ها چنده؟", "boats")
    assert all(u.gap is not Gap.FIGURE for u in plain.uncovered), plain


def test_the_shipped_faq_gives_no_execution_figure_for_women(engine):
    for question in ("آمار اعدام زنان چقدره؟", "تعداد اعدام زنان چقدره؟"):
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope == "full"), reply.result
    assert engine.ask("آمار اعدام چقدره؟").scope == "full"


def test_finglish_whose_count_after_the_counted_noun_is_a_group_the_sources_must_say(harbour):
    """ "tedad-e ghayegh-e mahigiran chande?" (the number of the fishers' boats), as Persian
    «تعداد قایق ماهیگیران» is read; "amar" (statistics) counts as "tedad" does."""
    for question in ("tedad-e ghayegh-e mahigiran chande?", "amar-e ghayegh-e mahigiran chande?"):
        check = harbour.scope.check(question, "boats")
        assert check.scope is Scope.PARTIAL, (question, check)
        assert Gap.FIGURE in [u.gap for u in check.uncovered], (question, check)
    plain = harbour.scope.check("tedad-e ghayegh chande?", "boats")
    assert all(u.gap is not Gap.FIGURE for u in plain.uncovered), plain


def test_the_shipped_faq_gives_no_execution_figure_for_women_in_finglish(engine):
    for question in ("amar-e edam-e zanan chande?", "tedad-e edam-e zanan chande?"):
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope == "full"), reply.result
    assert engine.ask("tedad-e edam ha chande?").scope == "full"
