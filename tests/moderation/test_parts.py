"""The pieces of bot.moderation on their own: form texts, YAML layout, review grouping, statistics,
the file watcher, and the moderation settings in config.yaml."""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import SimpleNamespace

import madeup
import pytest
import yaml

from bot.config import ConfigError, ModerationSettings, load_config
from bot.engine.knowledge import entry_paths
from bot.moderation import Draft, DraftQuote, EditRefused, FileWatcher, build_report, group_questions
from bot.moderation.drafts import slug
from bot.moderation.review import render_groups
from bot.moderation.stats import render_csv, render_text
from bot.moderation.yamlformat import append_to_list, dump_entry

REPO = Path(__file__).resolve().parents[2]


# -- the form texts --------------------------------------------------------------------------------------


def test_form_texts_round_trip():
    quotes = (DraftQuote("src", "letter", "One."), DraftQuote("src", "bob", "Two.", 3))
    draft = Draft("Q?", ("a", "b"), "Answer.", quotes)
    texts = draft.form_texts()
    assert texts["quotes"] == "One.\n\nTwo." and texts["sources"] == "src letter\nsrc bob 3"
    assert Draft.from_form(**texts) == draft


def test_form_parsing_is_forgiving_about_layout():
    draft = Draft.from_form(
        question="  What   now? ",
        phrasings="- first\n\n  * second  \n\u2022 third\n",
        answer="Line one\nline two.",
        quotes="A quote\nacross lines.\n\n\nAnother one.",
        sources="src, letter",
    )
    assert draft.question == "What now?" and draft.phrasings == ("first", "second", "third")
    assert draft.answer == "Line one line two."
    assert [(q.text, q.source, q.speaker) for q in draft.quotes] == [
        ("A quote across lines.", "src", "letter"),
        ("Another one.", "src", "letter"),
    ]
    assert Draft.from_form("q", "p", "a", "q1", "src letter paragraph 4").quotes[0].paragraph == 4


@pytest.mark.parametrize(
    "quotes, sources, message",
    [
        ("", "src letter", "at least one quote"),
        ("q", "", "Say where the quotes come from"),
        ("q1\n\nq2\n\nq3", "s a\ns b", "3 quote(s)"),
        ("q", "src", "should read `SOURCE-ID SPEAKER`"),
        ("q", "src letter eight", "should read"),
    ],
)
def test_form_mistakes_are_explained(quotes, sources, message):
    with pytest.raises(EditRefused, match=re.escape(message)):
        Draft.from_form("q", "p", "a", quotes, sources)


def test_slug():
    assert slug("How many people were executed in Iran since 2017?") == "how-many-people-were-executed-in"
    assert slug("Qu'est-ce que c'est ?") == "qu-est-ce-que-c-est"
    assert slug("???") == "entry"


# -- the YAML layout ----------------------------------------------------------------------------------------


def test_every_shipped_entry_dumps_readably_and_reads_back_the_same():
    for path in entry_paths(REPO / "knowledge"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = dump_entry(data)
        assert yaml.safe_load(text) == data, path.name
        assert text.startswith("id: ") and "\n  - " in text
        assert max(len(line) for line in text.splitlines()) < 120, path.name


def test_append_to_list_handles_odd_layouts_or_declines():
    assert append_to_list("phrasings: [a, b]\n", "phrasings", "c") is None  # flow style: rewrite instead
    assert append_to_list("phrasings: []\n", "phrasings", "c") is None
    assert append_to_list("other: 1\n", "phrasings", "c") is None
    assert append_to_list("- a list\n", "phrasings", "c") is None
    crlf = "id: x\r\nphrasings:\r\n  - a\r\n  - b\r\nanswer: y\r\n"
    assert append_to_list(crlf, "phrasings", "c") == "id: x\r\nphrasings:\r\n  - a\r\n  - b\r\n  - c\r\nanswer: y\r\n"
    no_newline = "phrasings:\n- a\n- b"
    assert append_to_list(no_newline, "phrasings", "c: d") == "phrasings:\n- a\n- b\n- 'c: d'\n"
    folded = "phrasings:\n  - >-\n    a long\n    phrasing\nanswer: y\n"
    assert yaml.safe_load(append_to_list(folded, "phrasings", "c"))["phrasings"] == ["a long phrasing", "c"]


# -- the review queue -----------------------------------------------------------------------------------------


def item(n: int, question: str, outcome: str = "none", suggestions=(), entry_id=None):
    return SimpleNamespace(
        id=n, question=question, outcome=outcome, score=0.0, suggestions=tuple(suggestions), entry_id=entry_id
    )


@pytest.fixture(scope="module")
def small_engine(config):
    return madeup.island(config.matching)


def test_similar_questions_group_most_frequent_first(small_engine):
    items = [
        item(1, "how can I volunteer?"),
        item(2, "How can i volunteer"),
        item(3, "how can I volunteer for you"),
        item(4, "what's the weather"),
        item(5, "what do the bees eat??", "not_helpful", entry_id="bees"),
        item(6, "how can I volunteer?"),
    ]
    groups = group_questions(items, small_engine)
    assert [g.count for g in groups] == [4, 1, 1]
    top = groups[0]
    assert top.question == "how can I volunteer?" and top.variants[0] == ("how can I volunteer?", 3)
    assert top.item_ids == (1, 2, 3, 6) and top.reasons == (("none", 4),)
    bees = next(g for g in groups if "bees" in g.question)
    assert bees.closest[0][0] == "bees" and bees.closest[0][1] > 0 and len(bees.closest) <= 3
    text = render_groups(groups, {"none": "not answered", "not_helpful": "voted not helpful"})
    assert text.splitlines()[0] == "6 question(s) to review in 3 group(s), most frequent first."
    assert "\u00d74 (not answered \u00d74)" in text and "voted not helpful" in text
    assert render_groups([]) == "The review queue is empty."


def test_grouping_without_an_engine_keeps_what_the_bot_offered():
    groups = group_questions([item(1, "x y z", "suggest", suggestions=("a", "b"))], None)
    assert groups[0].closest == (("a", 0.0), ("b", 0.0))


# -- statistics -------------------------------------------------------------------------------------------


def test_stats_report_text_and_csv():
    report = build_report(
        7,
        "2024-05-01",
        {"answer": 6, "suggest": 1, "none": 3},
        {"b": 4, "a": 2},
        {"a": (1, 1), "b": (3, 0)},
        entry_ids=["a", "b", "c"],
    )
    assert [e.entry_id for e in report.entries] == ["b", "a", "c"]
    assert report.asked == 10 and report.unanswered_rate == 0.4 and report.helpful_ratio == 0.8
    text = render_text(report)
    assert "unanswered rate: 40%" in text and "helpful ratio: 80% of 5 vote(s)" in text
    rows = render_csv(report).splitlines()
    assert rows[0] == "entry,answers,helpful,not_helpful,helpful_ratio,since,days"
    assert rows[1] == "b,4,3,0,1.000,2024-05-01,7" and rows[3] == "c,0,0,0,,2024-05-01,7"
    assert rows[-1] == "(not answered),3,,,,2024-05-01,7"
    empty = build_report(1, "2024-05-01", {}, {}, {})
    assert empty.unanswered_rate is None and "n/a" in render_text(empty)


# -- the file watcher ---------------------------------------------------------------------------------------


def test_the_watcher_fires_once_per_stable_change(tmp_path):
    (tmp_path / "a.yaml").write_text("x", encoding="utf-8")
    watcher = FileWatcher(tmp_path)
    assert not watcher.poll()
    (tmp_path / "a.yaml").write_text("xy", encoding="utf-8")
    assert not watcher.poll()  # just changed: wait until it is stable
    assert watcher.poll()
    assert not watcher.poll()  # once
    (tmp_path / "b.yml").write_text("new", encoding="utf-8")
    os.utime(tmp_path / "a.yaml", ns=(1, 1))
    watcher.mark_loaded()  # the bot wrote or reloaded it itself
    assert not watcher.poll() and not watcher.poll()
    (tmp_path / ".a.yaml.123.tmp").write_text("temporary", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an entry", encoding="utf-8")
    assert not watcher.poll() and not watcher.poll()  # hidden and unrelated files do not count
    (tmp_path / "b.yml").unlink()
    watcher.poll()
    assert watcher.poll()


# -- config.yaml --------------------------------------------------------------------------------------------


def test_moderation_settings_are_documented_with_their_defaults():
    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    config = load_config(REPO / "config.yaml")
    for name in (
        "audit_log",
        "watch_files",
        "watch_interval_seconds",
        "low_confidence_score",
        "review_similarity",
        "moderator_log_channel_id",
    ):
        line = re.search(rf"^\s*{name}:.*$", text, re.MULTILINE)
        assert line and "#" in line.group(0), name
    assert config.moderation == ModerationSettings()
    assert config.moderation.audit_log == REPO / "data" / "audit.sqlite3"
    assert config.discord.moderator_log_channel_id == 0 and config.discord.feature("moderation")


@pytest.mark.parametrize(
    "body, message",
    [
        ("moderation:\n  watch_file: true\n", r"config.yaml:2: unknown setting 'moderation.watch_file'"),
        ("moderation:\n  watch_files: maybe\n", r"config.yaml:2: 'moderation.watch_files' must be true or false"),
        ("moderation:\n  watch_interval_seconds: 0\n", r"config.yaml:2: 'moderation.watch_interval_seconds' must be"),
        ("moderation:\n  audit_log: 3\n", r"config.yaml:2: bad value for 'moderation.audit_log'"),
        ("moderation:\n  low_confidence_score: 120\n", r"config.yaml:2: 'moderation.low_confidence_score' must be"),
        ("discord:\n  moderator_log_channel_id: abc\n", r"config.yaml:2: 'discord.moderator_log_channel_id' must be"),
        ("moderation: 5\n", r"config.yaml:1: 'moderation' must be a mapping"),
    ],
)
def test_bad_moderation_settings_name_file_and_line(tmp_path, body, message):
    path = tmp_path / "config.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_the_audit_log_path_is_relative_to_the_config_file(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("moderation:\n  audit_log: logs/audit.db\n", encoding="utf-8")
    assert load_config(path).moderation.audit_log == tmp_path / "logs" / "audit.db"
    path.write_text("paths:\n  knowledge: k\n", encoding="utf-8")
    assert load_config(path).moderation.audit_log == tmp_path / "data" / "audit.sqlite3"
