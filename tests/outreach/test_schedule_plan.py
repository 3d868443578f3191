"""When a scheduled post is due, and which entry comes next: pure, with explicit times (a fake clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.config import ScheduleSettings
from bot.outreach.schedule import cycle_order, due_slot, latest_slot, next_entry, next_slot

UTC = dt.UTC


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


BERLIN = ScheduleSettings(name="fact", channel_id=1, times=("09:00",), timezone="Europe/Berlin")


@pytest.mark.parametrize(
    "now, expected",
    [
        ("2026-01-15 07:59", "2026-01-14 08:00"),  # winter: 09:00 in Berlin is 08:00 UTC
        ("2026-01-15 08:00", "2026-01-15 08:00"),
        ("2026-07-15 07:00", "2026-07-15 07:00"),  # summer time: 07:00 UTC
        ("2026-03-29 06:59", "2026-03-28 08:00"),  # the day the clocks go forward
        ("2026-03-29 07:00", "2026-03-29 07:00"),
    ],
)
def test_latest_slot_follows_the_time_zone_and_daylight_saving(now, expected):
    assert latest_slot(BERLIN, at(now)) == at(expected)


def test_next_slot_weekdays_and_several_times():
    weekdays = ScheduleSettings(
        name="w",
        channel_id=1,
        times=("08:30", "17:00"),
        timezone="America/New_York",
        days=("mon", "tue", "wed", "thu", "fri"),
    )
    friday_evening = at("2026-01-16 22:30")  # 17:30 in New York, a Friday
    assert next_slot(weekdays, friday_evening) == at("2026-01-19 13:30")  # Monday 08:30 EST
    assert latest_slot(weekdays, at("2026-01-18 12:00")) == at("2026-01-16 22:00")  # Friday 17:00 EST
    assert next_slot(weekdays, at("2026-01-19 13:30")) == at("2026-01-19 22:00")


def test_due_once_and_within_the_catch_up_window():
    slot = at("2026-01-15 08:00")
    assert due_slot(BERLIN, at("2026-01-15 07:59"), None) is None  # yesterday's is too old, today's not yet
    assert due_slot(BERLIN, at("2026-01-15 08:00"), None) == slot
    assert due_slot(BERLIN, at("2026-01-15 13:59"), at("2026-01-14 08:00")) == slot  # late, within 6 hours
    assert due_slot(BERLIN, at("2026-01-15 14:01"), at("2026-01-14 08:00")) is None  # too late: skipped
    assert due_slot(BERLIN, at("2026-01-15 09:00"), slot) is None  # already posted
    strict = ScheduleSettings(name="s", channel_id=1, catch_up_minutes=0)
    assert due_slot(strict, at("2026-01-15 09:00:00"), None) == at("2026-01-15 09:00")
    assert due_slot(strict, at("2026-01-15 09:00:01"), None) is None


def test_cycles_show_every_entry_once_and_never_repeat_across_the_boundary():
    ids = [f"e{i}" for i in range(7)]
    shown: set[str] = set()
    cycle, last, posted = 1, None, []
    for _ in range(7 * 6):
        entry, new_cycle = next_entry(ids, schedule_name="fact", cycle=cycle, shown=shown, last_entry=last)
        if new_cycle:
            assert len(shown) == len(ids)  # a new cycle only once everything was shown
            cycle, shown = cycle + 1, set()
        assert entry not in shown
        assert entry != last  # never twice in a row, not even across cycles
        shown.add(entry)
        posted.append(entry)
        last = entry
    for start in range(0, len(posted), 7):
        assert sorted(posted[start : start + 7]) == ids  # each cycle is a permutation
    assert posted[:7] != posted[7:14]  # shuffled differently per cycle


def test_order_is_stable_and_follows_the_faq_as_it_changes():
    ids = ["a", "b", "c", "d"]
    assert cycle_order(ids, "fact", 3) == cycle_order(list(reversed(ids)), "fact", 3)  # restart-proof
    first, _ = next_entry(ids, schedule_name="fact", cycle=1, shown={"a", "b"}, last_entry="b")
    assert first in {"c", "d"}
    # An entry added mid-cycle is shown in this cycle; a removed one is simply no longer offered.
    pick, new = next_entry(["a", "b", "new"], schedule_name="fact", cycle=1, shown={"a", "b", "c"}, last_entry="c")
    assert (pick, new) == ("new", False)
    assert next_entry([], schedule_name="fact", cycle=1, shown=set(), last_entry=None) is None
    assert next_entry(["only"], schedule_name="fact", cycle=1, shown={"only"}, last_entry="only") == ("only", True)
