"""Usage statistics for moderators and campaign staff: answers per entry, unanswered rate, helpful ratio.

Built from counts only (per day, per entry, per outcome): nothing here says who asked what.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class EntryStats:
    entry_id: str
    answers: int
    helpful: int
    not_helpful: int

    @property
    def helpful_ratio(self) -> float | None:
        votes = self.helpful + self.not_helpful
        return self.helpful / votes if votes else None


@dataclass(frozen=True)
class DayCounts:
    day: str  # UTC date (YYYY-MM-DD)
    answered: int
    unsure: int  # "did you mean"
    unanswered: int


@dataclass(frozen=True)
class StatsReport:
    days: int
    since: str  # first day counted (UTC date)
    answered: int
    unsure: int  # "did you mean"
    unanswered: int  # no match at all
    entries: tuple[EntryStats, ...]  # most answered first
    per_day: tuple[DayCounts, ...] = ()  # every day of the period, oldest first (zeros included)

    @property
    def asked(self) -> int:
        return self.answered + self.unsure + self.unanswered

    @property
    def unanswered_rate(self) -> float | None:
        """Share of questions that got no direct answer ("did you mean" or nothing)."""
        return (self.unsure + self.unanswered) / self.asked if self.asked else None

    @property
    def helpful_ratio(self) -> float | None:
        helpful = sum(e.helpful for e in self.entries)
        votes = helpful + sum(e.not_helpful for e in self.entries)
        return helpful / votes if votes else None


def build_report(
    days: int,
    since: str,
    outcomes: Mapping[str, int],
    answers: Mapping[str, int],
    votes: Mapping[str, tuple[int, int]],
    entry_ids: Iterable[str] = (),
    per_day: Mapping[str, Mapping[str, int]] | None = None,
) -> StatsReport:
    """Combine the store's counts; every entry in `entry_ids` is listed, even with no answers, and
    every day of the period, even a quiet one (a chart with gaps would hide them)."""
    ids = list(dict.fromkeys([*entry_ids, *answers, *votes]))
    entries = [EntryStats(eid, answers.get(eid, 0), *votes.get(eid, (0, 0))) for eid in ids]
    entries.sort(key=lambda e: (-e.answers, -(e.helpful + e.not_helpful), e.entry_id))
    return StatsReport(
        days,
        since,
        outcomes.get("answer", 0),
        outcomes.get("suggest", 0),
        outcomes.get("none", 0),
        tuple(entries),
        _every_day(since, days, per_day or {}),
    )


def report_from_counts(days: int, counts, entry_ids: Iterable[str]) -> StatsReport:
    """The report of a store's `PeriodCounts` (`store.period_counts(days)`)."""
    return build_report(days, counts.since, counts.outcomes, counts.answers, counts.votes, entry_ids, counts.per_day)


def _every_day(since: str, days: int, per_day: Mapping[str, Mapping[str, int]]) -> tuple[DayCounts, ...]:
    start = dt.date.fromisoformat(since)
    out = []
    for offset in range(days):
        day = (start + dt.timedelta(days=offset)).isoformat()
        counts = per_day.get(day, {})
        out.append(DayCounts(day, counts.get("answer", 0), counts.get("suggest", 0), counts.get("none", 0)))
    return tuple(out)


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def summary_lines(report: StatsReport) -> list[str]:
    return [
        f"Last {report.days} day(s), since {report.since} (UTC): {report.asked} question(s)",
        f"answered: {report.answered}; did you mean: {report.unsure}; not answered: {report.unanswered}",
        f"unanswered rate: {percent(report.unanswered_rate)} (no direct answer)",
        f"helpful ratio: {percent(report.helpful_ratio)} of "
        f"{sum(e.helpful + e.not_helpful for e in report.entries)} vote(s)",
    ]


def render_text(report: StatsReport) -> str:
    width = max([len("entry"), *(len(e.entry_id) for e in report.entries)])
    lines = summary_lines(report) + ["", f"{'entry':<{width}}  answers  helpful  not helpful  helpful ratio"]
    for e in report.entries:
        lines.append(
            f"{e.entry_id:<{width}}  {e.answers:>7}  {e.helpful:>7}  {e.not_helpful:>11}  "
            f"{percent(e.helpful_ratio):>13}"
        )
    return "\n".join(lines)


CSV_FIELDS = ("entry", "answers", "helpful", "not_helpful", "helpful_ratio", "since", "days")


def render_csv(report: StatsReport) -> str:
    """One row per entry, plus a row `(not answered)` with the questions that got no direct answer."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for e in report.entries:
        ratio = "" if e.helpful_ratio is None else f"{e.helpful_ratio:.3f}"
        writer.writerow([e.entry_id, e.answers, e.helpful, e.not_helpful, ratio, report.since, report.days])
    writer.writerow(["(did you mean)", report.unsure, "", "", "", report.since, report.days])
    writer.writerow(["(not answered)", report.unanswered, "", "", "", report.since, report.days])
    return out.getvalue()
