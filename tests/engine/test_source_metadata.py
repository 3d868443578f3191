"""Optional source metadata in seeds/*.yaml (publisher, url, published, archived_url): parsed,
checked with file and line, never required, and absent from the shipped seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.sources import load_sources

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "data" / "moderation" / "seeds"


def seeds_with(tmp_path: Path, extra: str) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    meta = folder / "field-notes.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return folder


def test_the_metadata_is_read_when_given(tmp_path):
    folder = seeds_with(
        tmp_path,
        "publisher: The Island Gazette\nurl: https://example.org/notes_(1)\n"
        "published: 2024-03-01\narchived_url: http://archive.example.org/notes\n",
    )
    sources, problems = load_sources(folder)
    assert problems == []
    notes = sources["field-notes"]
    assert (notes.publisher, notes.url, notes.published, notes.archived_url) == (
        "The Island Gazette",
        "https://example.org/notes_(1)",
        "2024-03-01",
        "http://archive.example.org/notes",
    )


@pytest.mark.parametrize("published", ["2024", "2024-03", '"2024-03-01"'])
def test_a_date_may_be_a_year_a_month_or_a_day(tmp_path, published):
    sources, problems = load_sources(seeds_with(tmp_path, f"published: {published}\n"))
    assert problems == [] and sources["field-notes"].published == published.strip('"')


@pytest.mark.parametrize(
    "extra, key",
    [
        ("url: example.org/notes\n", "url"),
        ("archived_url: ftp://example.org/notes\n", "archived_url"),
        ("url: https://exa mple.org\n", "url"),
        ("published: March 2024\n", "published"),
        ("published: 2024-13-01\n", "published"),
        ("publisher: [a, b]\n", "publisher"),
    ],
)
def test_bad_metadata_is_reported_at_its_line(tmp_path, extra, key):
    folder = seeds_with(tmp_path, extra)
    sources, problems = load_sources(folder)
    (problem,) = problems
    lines = (folder / "field-notes.yaml").read_text(encoding="utf-8").splitlines()
    assert problem.line == len(lines) and f"'{key}'" in problem.message and problem.entry == "field-notes"
    assert "field-notes" not in sources


def test_the_shipped_seed_names_no_publisher_url_or_date():
    sources, problems = load_sources(REPO / "seeds")
    assert problems == []
    for source in sources.values():
        assert (source.publisher, source.url, source.published, source.archived_url) == (None, None, None, None)
