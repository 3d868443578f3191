"""The statistics chart: what a moderator sees in `/faq-mod stats` and `faqbot stats --chart`."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.moderation import build_report, chart
from bot.moderation.chart import render_png

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _report(per_day=None, answers=None, votes=None, outcomes=None, days=7):
    return build_report(
        days,
        "2026-11-29",
        outcomes if outcomes is not None else {"answer": 5, "suggest": 2, "none": 3},
        answers if answers is not None else {"bees": 4, "volcano": 1},
        votes if votes is not None else {"bees": (3, 1)},
        ["bees", "volcano", "lighthouse"],
        per_day
        if per_day is not None
        else {"2026-11-29": {"answer": 2, "none": 1}, "2026-12-02": {"answer": 3, "suggest": 2, "none": 2}},
    )


def _pixels(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return image.convert("RGB")


def _hex(rgb: str) -> tuple[int, int, int]:
    return tuple(int(rgb[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _count(image: Image.Image, colour: str) -> int:
    want = _hex(colour)
    return sum(n for n, rgb in image.getcolors(maxcolors=1 << 20) if rgb == want)


def test_every_day_of_the_period_is_in_the_report_quiet_days_as_zeros():
    report = _report()
    assert [d.day for d in report.per_day] == [f"2026-11-{d}" for d in (29, 30)] + [
        f"2026-12-0{d}" for d in range(1, 6)
    ]
    assert (report.per_day[0].answered, report.per_day[0].unanswered) == (2, 1)
    assert (report.per_day[1].answered, report.per_day[1].unsure, report.per_day[1].unanswered) == (0, 0, 0)
    assert (report.per_day[3].answered, report.per_day[3].unsure, report.per_day[3].unanswered) == (3, 2, 2)


def test_the_chart_is_a_png_on_discords_dark_background():
    image = _pixels(render_png(_report()))
    assert image.size == (1000, 640)
    assert image.getpixel((2, 2)) == _hex(chart.BACKGROUND)


def test_the_bars_follow_the_counts():
    busy = _pixels(render_png(_report()))
    quiet = _pixels(render_png(_report(per_day={}, answers={}, votes={}, outcomes={})))
    # The legend shows each colour once; bars add far more of it.
    for colour in (chart.ANSWERED, chart.UNSURE, chart.UNANSWERED):
        assert _count(busy, colour) > 20 * max(1, _count(quiet, colour)), colour
    only_unanswered = _pixels(render_png(_report(per_day={"2026-12-01": {"none": 4}}, answers={}, votes={})))
    assert _count(only_unanswered, chart.UNANSWERED) > 20 * _count(quiet, chart.UNANSWERED)
    assert _count(only_unanswered, chart.ANSWERED) == _count(quiet, chart.ANSWERED)


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_readable_in_discords_dark_theme():
    """WCAG contrast: text at least 7:1 (AAA), muted text 4.5:1, bars 3:1 against their panel."""
    assert _contrast(chart.TEXT, chart.BACKGROUND) >= 7
    assert _contrast(chart.MUTED, chart.BACKGROUND) >= 4.5
    for colour in (chart.ANSWERED, chart.UNSURE, chart.UNANSWERED):
        assert _contrast(colour, chart.PANEL) >= 3, colour


def test_a_long_period_and_long_entry_ids_still_draw(tmp_path):
    per_day = {f"2026-{m:02d}-{d:02d}": {"answer": d} for m in range(1, 13) for d in range(1, 28)}
    report = build_report(365, "2026-01-01", {"answer": 9}, {"x" * 80: 9}, {}, ["x" * 80], per_day)
    target = tmp_path / "year.png"
    chart.write_chart(report, target)
    assert _pixels(target.read_bytes()).size == (1000, 640)
