"""When a scheduled post is due, and which entry it shows: pure functions of the time and the state.

A schedule (config.yaml `outreach.schedules`) has slots: its `times` of day on its `days`, in its
time zone (daylight saving time included: "09:00 Europe/Berlin" is 08:00 UTC in winter and 07:00
in summer; a time that does not exist on the day the clocks go forward is taken in the earlier offset).
The latest slot at or before now is due if it was not posted yet and is at most
`catch_up_minutes` old, so a bot that was offline, or a channel that was unreachable, posts late
rather than never, and never posts a backlog.

Entries come in cycles: a shuffled order per cycle (the same order for the same schedule and cycle
number, so restarts do not reshuffle), skipping entries already shown in this cycle; when every
current entry was shown, a new cycle starts, and its first entry is never the one shown last.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection, Sequence
from zoneinfo import ZoneInfo

from ..config import WEEKDAYS, ScheduleSettings

UTC = dt.UTC


def _local_slots(schedule: ScheduleSettings, day: dt.date) -> list[dt.datetime]:
    if WEEKDAYS[day.weekday()] not in schedule.days:
        return []
    zone = ZoneInfo(schedule.timezone)
    slots = []
    for text in schedule.times:
        hour, minute = (int(part) for part in text.split(":"))
        local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
        slots.append(local.astimezone(UTC))
    return slots


def latest_slot(schedule: ScheduleSettings, now: dt.datetime) -> dt.datetime | None:
    """The most recent slot at or before `now` (UTC), looking back up to 8 days."""
    today = now.astimezone(ZoneInfo(schedule.timezone)).date()
    for back in range(0, 9):
        slots = [s for s in _local_slots(schedule, today - dt.timedelta(days=back)) if s <= now]
        if slots:
            return max(slots)
    return None


def next_slot(schedule: ScheduleSettings, now: dt.datetime) -> dt.datetime | None:
    """The first slot strictly after `now` (UTC), looking ahead up to 8 days."""
    today = now.astimezone(ZoneInfo(schedule.timezone)).date()
    for ahead in range(0, 9):
        slots = [s for s in _local_slots(schedule, today + dt.timedelta(days=ahead)) if s > now]
        if slots:
            return min(slots)
    return None


def due_slot(schedule: ScheduleSettings, now: dt.datetime, last_posted: dt.datetime | None) -> dt.datetime | None:
    """The slot to post now, if any: the latest one, not posted yet and not too old to catch up."""
    slot = latest_slot(schedule, now)
    if slot is None or (last_posted is not None and slot <= last_posted):
        return None
    if now - slot > dt.timedelta(minutes=schedule.catch_up_minutes):
        return None
    return slot


def cycle_order(entry_ids: Sequence[str], schedule_name: str, cycle: int) -> list[str]:
    """The entries in this cycle's order: shuffled, but the same for the same schedule and cycle."""
    order = sorted(entry_ids)
    random.Random(f"{schedule_name}:{cycle}").shuffle(order)
    return order


def next_entry(
    entry_ids: Sequence[str], *, schedule_name: str, cycle: int, shown: Collection[str], last_entry: str | None
) -> tuple[str, bool] | None:
    """(entry to post, whether it starts a new cycle); None if the FAQ is empty."""
    if not entry_ids:
        return None
    remaining = [e for e in cycle_order(entry_ids, schedule_name, cycle) if e not in shown]
    if remaining:
        return remaining[0], False
    order = cycle_order(entry_ids, schedule_name, cycle + 1)
    if len(order) > 1 and order[0] == last_entry:
        order.append(order.pop(0))
    return order[0], True
