"""A Persian or Finglish count of a kind named in two words or more («چند نفر فعال محیط زیست»),
as English "how many environmental activists": the entry must give that kind's figure."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question",
    ["دقیقا چند نفر زنبور عسل کارگر تو کندو هستن؟", "daghighan chand nafar zanbur asal kargar too kandu hastan?"],
)
def test_a_kind_said_but_never_counted_is_no_full_answer_on_the_island(island, question):
    # the bees entry says honeybees, and counts flowers, never the bees of a hive
    assert island.scope.check(question, "bees").scope.value == "partial"


@pytest.mark.parametrize(
    "question", ["دقیقا چند نفر فعال محیط زیست زندانی‌ان؟", "daghighan chand nafar faal mohit zist zendanian?"]
)
def test_a_subgroup_named_but_never_counted_is_not_answered_in_full(engine, question):
    # the sources name environmental rights activists among the detained, and count none of them
    assert engine.scope.check(question, "arbitrary-detention").scope.value == "partial"
    reply = engine.ask(question)
    assert not (reply.result.answered and reply.scope == "full")


def test_a_count_of_what_was_done_is_still_read_as_before(engine, island):
    # one word after the counter word may be what was done to them: said is enough
    assert island.scope.check("تعداد فوران‌های آتشفشان چند بار گزارش شده؟", "volcano").scope.value == "full"
    assert engine.ask("چند نفر اعدام شدن؟").scope == "full"
