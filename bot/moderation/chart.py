"""Statistics as a picture: questions per day, the most given entries and the helpful ratio, in
one PNG for `/faq-mod stats` and `faqbot stats --chart FILE.png`.

Drawn with matplotlib (the plotting library every Python data tool builds on; ours would be a
worse one) through its object API and the Agg canvas only: pyplot keeps global state, which is not
safe from the worker thread the Discord front end draws in so as not to block the event loop.
matplotlib is imported here, on first use, so no other command pays its import time.

The colours are readable on Discord's dark theme (the chart is drawn on its background colour)
and told apart without colour vision (Okabe-Ito palette: blue, yellow, pink).
"""

from __future__ import annotations

from pathlib import Path

from ..atomic import atomic_write_bytes
from ..errors import FaqbotError
from .stats import StatsReport, percent

BACKGROUND = "#313338"  # Discord's dark theme, message area
PANEL = "#2b2d31"
TEXT = "#f2f3f5"
MUTED = "#b5bac1"
GRID = "#4e5058"
ANSWERED = "#56b4e9"
UNSURE = "#f0e442"
UNANSWERED = "#cc79a7"
TOP_ENTRIES = 10
ID_WIDTH = 28  # entry ids longer than this are shortened on the chart (the text report has them whole)


class ChartUnavailable(FaqbotError):
    """matplotlib is missing (it is a dependency: `make install` brings it)."""


def render_png(report: StatsReport) -> bytes:
    """The chart of `report` as PNG bytes (about 1000 × 640 pixels)."""
    try:
        from io import BytesIO

        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator
    except ImportError as exc:  # pragma: no cover - a dependency; only a broken install lacks it
        raise ChartUnavailable(
            f"cannot draw the chart: matplotlib is not installed ({exc}); `make install` installs it"
        ) from exc

    figure = Figure(figsize=(10, 6.4), dpi=100, facecolor=BACKGROUND)
    FigureCanvasAgg(figure)
    grid = figure.add_gridspec(2, 1, height_ratios=(1.15, 1), hspace=0.55, left=0.24, right=0.97, top=0.86, bottom=0.08)
    figure.text(0.02, 0.955, _title(report), color=TEXT, fontsize=15, fontweight="bold")
    figure.text(0.02, 0.915, _subtitle(report), color=MUTED, fontsize=10)

    days = figure.add_subplot(grid[0])
    _style(days)
    labels = [d.day[5:] for d in report.per_day]  # MM-DD: the year is in the title
    answered = [d.answered for d in report.per_day]
    unsure = [d.unsure for d in report.per_day]
    unanswered = [d.unanswered for d in report.per_day]
    positions = range(len(labels))
    days.bar(positions, answered, color=ANSWERED, label="answered", width=0.8)
    days.bar(positions, unsure, bottom=answered, color=UNSURE, label="did you mean", width=0.8)
    days.bar(
        positions,
        unanswered,
        bottom=[a + u for a, u in zip(answered, unsure, strict=True)],
        color=UNANSWERED,
        label="not answered",
        width=0.8,
    )
    step = max(1, len(labels) // 10)
    days.set_xticks(list(positions)[::step], labels[::step])
    days.set_xlim(-0.6, max(len(labels), 1) - 0.4)
    days.yaxis.set_major_locator(MaxNLocator(integer=True))
    days.set_title("Questions per day (UTC)", color=TEXT, loc="left", fontsize=11)
    legend = days.legend(loc="lower right", ncols=3, frameon=False, fontsize=9, bbox_to_anchor=(1, 1.0))
    for text in legend.get_texts():
        text.set_color(TEXT)
    if not report.asked:
        days.set_ylim(0, 1)
        days.text(
            0.5, 0.5, "No questions in this period", color=MUTED, ha="center", va="center", transform=days.transAxes
        )

    top = figure.add_subplot(grid[1])
    _style(top)
    given = [e for e in report.entries if e.answers][:TOP_ENTRIES]
    top.set_title(
        f"Most given entries (top {TOP_ENTRIES}), with the helpful ratio of their votes",
        color=TEXT,
        loc="left",
        fontsize=11,
    )
    if given:
        names = [_short(e.entry_id) for e in reversed(given)]
        counts = [e.answers for e in reversed(given)]
        bars = top.barh(names, counts, color=ANSWERED, height=0.65)
        top.xaxis.set_major_locator(MaxNLocator(integer=True))
        top.set_xlim(0, max(counts) * 1.35)
        for bar, entry in zip(bars, reversed(given), strict=True):
            votes = entry.helpful + entry.not_helpful
            note = f" {entry.answers}" + (f" · {percent(entry.helpful_ratio)} helpful of {votes}" if votes else "")
            top.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, note, color=TEXT, va="center", fontsize=9)
    else:
        top.set_yticks([])
        top.set_xticks([])
        top.text(
            0.5, 0.5, "No answers given in this period", color=MUTED, ha="center", va="center", transform=top.transAxes
        )

    out = BytesIO()
    figure.savefig(out, format="png", facecolor=BACKGROUND)
    return out.getvalue()


def write_chart(report: StatsReport, path: str | Path) -> None:
    """Write the chart to `path` whole or not at all."""
    atomic_write_bytes(Path(path), render_png(report))


def _title(report: StatsReport) -> str:
    return f"FAQ statistics: last {report.days} day(s), since {report.since}"


def _subtitle(report: StatsReport) -> str:
    votes = sum(e.helpful + e.not_helpful for e in report.entries)
    return (
        f"{report.asked} question(s): {report.answered} answered, {report.unsure} did you mean, "
        f"{report.unanswered} not answered · helpful ratio {percent(report.helpful_ratio)} of {votes} vote(s)"
    )


def _short(entry_id: str) -> str:
    return entry_id if len(entry_id) <= ID_WIDTH else entry_id[: ID_WIDTH - 1] + "…"


def _style(axes) -> None:
    axes.set_facecolor(PANEL)
    axes.tick_params(colors=MUTED, labelsize=9)
    for spine in axes.spines.values():
        spine.set_color(GRID)
    axes.grid(axis="both", color=GRID, linewidth=0.6, alpha=0.6)
    axes.set_axisbelow(True)
