"""`faqbot history`, `faqbot undo`, `faqbot review`, `faqbot stats`: the terminal side of moderation."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_config
from bot.moderation import Editor
from bot.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def setup(small_kb, tmp_path):
    """A config.yaml for the small FAQ copy, with its own database and audit log, and question text
    storage switched on (the review queue keeps text only when a campaign opts in): (config path, Editor)."""
    knowledge, seeds = small_kb
    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    for old, new in [
        ("store_unanswered_text: false", "store_unanswered_text: true"),
        ("knowledge: knowledge", f"knowledge: {knowledge}"),
        ("seeds: seeds", f"seeds: {seeds}"),
        ("database: data/faqbot.sqlite3", f"database: {tmp_path / 'faqbot.sqlite3'}"),
        ("audit_log: data/audit.sqlite3", f"audit_log: {tmp_path / 'audit.sqlite3'}"),
    ]:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path, Editor.for_config(load_config(path))


def test_history_lists_changes_and_shows_one_as_a_diff(setup, capsys):
    path, editor = setup
    editor.add_phrasing("bees", "do bees like flowers", who="mod (1)")
    editor.remove_entry("lighthouse", who="mod2 (2)")
    assert main(["history", "--config", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "mod2 (2): remove lighthouse" in lines[0] and "phrasing bees" in lines[1]
    assert main(["history", "--config", str(path), "--id", "bees"]) == 0
    assert "remove" not in capsys.readouterr().out
    change = editor.history("bees")[0].id
    assert main(["history", "--config", str(path), "--change", str(change)]) == 0
    diff = capsys.readouterr().out
    assert "+  - do bees like flowers" in diff and "knowledge/bees.yaml (before)" in diff
    assert main(["history", "--config", str(path), "--change", "999"]) == 1


def test_history_public_is_the_changelog_without_names_or_phrasings(setup, capsys):
    path, editor = setup
    editor.add_phrasing("bees", "do bees like flowers", who="mod (1)")
    assert main(["history", "--public", "--config", str(path)]) == 0
    assert capsys.readouterr().out == "no public change recorded\n"
    editor.remove_entry("lighthouse", who="mod2 (2)")
    assert main(["history", "--public", "--config", str(path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("lighthouse: Updated on ") and line.endswith(": removed from the FAQ")
    assert "mod" not in line


def test_undo_restores_the_exact_file_and_says_when_there_is_nothing_left(setup, capsys):
    path, editor = setup
    original = (editor.knowledge_dir / "bees.yaml").read_bytes()
    editor.add_phrasing("bees", "do bees like flowers", who="mod (1)")
    assert main(["undo", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "undo #1 (phrasing bees" in out
    assert (editor.knowledge_dir / "bees.yaml").read_bytes() == original
    assert editor.history()[0].who.startswith("cli:")
    assert main(["undo", "--config", str(path)]) == 1
    assert "There is no change left to undo" in capsys.readouterr().err


def _fill_store(database: Path) -> None:
    async def fill():
        store = Store(database)
        await store.open()
        for question in [
            "how many tourists come to the museum?",
            "how many tourists come to the lighthouse museum",
            "How many tourists come to the lighthouse museum?",
            "recipe for chocolate cake",
        ]:
            await store.record_unanswered(question, "none", 0.0, [])
        await store.record_answer("bees")
        await store.record_answer("bees")
        await store.record_vote("bees", 1, True)
        await store.record_vote("bees", 2, False)
        await store.close()

    asyncio.run(fill())


def test_review_in_the_terminal_and_acting_on_a_group(setup, tmp_path, capsys):
    path, editor = setup
    assert main(["review", "--config", str(path)]) == 0
    assert "no database" in capsys.readouterr().out
    _fill_store(tmp_path / "faqbot.sqlite3")
    assert main(["review", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 question(s) to review in 2 group(s)")
    assert "1. \u201chow many tourists come to the lighthouse museum?\u201d \u00d73" in out.lower()
    assert "closest entries: lighthouse" in out
    assert main(["review", "--config", str(path), "--add", "1", "lighthouse"]) == 0
    assert "3 question(s) removed" in capsys.readouterr().out
    lighthouse = (editor.knowledge_dir / "lighthouse.yaml").read_text(encoding="utf-8")
    assert "  - how many tourists come to the lighthouse museum?" in lighthouse.lower()
    assert main(["review", "--config", str(path), "--dismiss", "1"]) == 0
    assert main(["review", "--config", str(path)]) == 0
    assert "The review queue is empty." in capsys.readouterr().out
    assert main(["review", "--config", str(path), "--dismiss", "5"]) == 2


def test_review_new_prints_a_draft_entry_and_keeps_the_group_queued(setup, tmp_path, capsys):
    import yaml

    path, editor = setup
    _fill_store(tmp_path / "faqbot.sqlite3")
    before = sorted(p.name for p in editor.knowledge_dir.iterdir())
    assert main(["review", "--config", str(path), "--new", "1"]) == 0
    draft = yaml.safe_load(capsys.readouterr().out)
    assert draft["question"].lower().startswith("how many tourists come to the")
    assert any("tourists" in p for p in draft["phrasings"])
    assert draft["quotes"][0]["source"] == "field-notes"
    assert sorted(p.name for p in editor.knowledge_dir.iterdir()) == before  # nothing written
    assert main(["review", "--config", str(path)]) == 0
    assert "in 2 group(s)" in capsys.readouterr().out  # still queued until dismissed


def test_review_with_text_storage_off_shows_counts_and_how_to_turn_it_on(setup, tmp_path, capsys):
    path, _ = setup
    path.write_text(
        path.read_text(encoding="utf-8").replace("store_unanswered_text: true", "store_unanswered_text: false"),
        encoding="utf-8",
    )
    assert main(["review", "--config", str(path)]) == 0
    assert "no database" in capsys.readouterr().out
    _fill_store(tmp_path / "faqbot.sqlite3")  # (rows from before it was switched off are not shown)
    assert main(["review", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Question text storage is off")
    assert "4 question(s) not answered" in out and "Voted not helpful: bees \u00d71" in out
    assert "store_unanswered_text: true" in out and "tourists" not in out
    assert main(["review", "--config", str(path), "--dismiss", "1"]) == 2
    assert "no group to act on" in capsys.readouterr().err


def test_stats_as_text_and_csv(setup, tmp_path, capsys):
    path, _ = setup
    _fill_store(tmp_path / "faqbot.sqlite3")
    assert main(["stats", "--config", str(path), "--days", "7"]) == 0
    out = capsys.readouterr().out
    assert "Last 7 day(s)" in out and "6 question(s)" in out and "unanswered rate: 67%" in out
    assert "helpful ratio: 50% of 2 vote(s)" in out
    assert main(["stats", "--config", str(path), "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("entry,answers,helpful") and rows[1].startswith("bees,2,1,1,0.500,")
    assert {r.split(",")[0] for r in rows[1:4]} == {"bees", "lighthouse", "volcano"}


def test_stats_chart_is_written_whole_or_not_at_all(setup, tmp_path, capsys):
    path, _ = setup
    _fill_store(tmp_path / "faqbot.sqlite3")
    target = tmp_path / "week.png"
    assert main(["stats", "--config", str(path), "--days", "7", "--chart", str(target)]) == 0
    captured = capsys.readouterr()
    assert target.read_bytes().startswith(b"\x89PNG\r\n") and "Last 7 day(s)" in captured.out
    assert f"chart written to {target}" in captured.err
    missing = tmp_path / "no-such-folder" / "week.png"
    assert main(["stats", "--config", str(path), "--chart", str(missing)]) == 1
    assert "faqbot stats:" in capsys.readouterr().err and not missing.parent.exists()


def test_moderation_commands_never_import_discord(setup):
    path, editor = setup
    editor.add_phrasing("bees", "do bees like flowers", who="mod (1)")
    code = (
        "import sys, io, contextlib\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    for cmd in (['history'], ['stats', '--csv'], ['review'], ['undo']):\n"
        f"        main([*cmd, '--config', {str(path)!r}])\n"
        "print(sorted(m for m in sys.modules if m == 'discord' or m.startswith('discord.')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
    assert editor.next_undo() is None  # the undo ran


def test_an_edit_from_the_terminal_leaves_no_build_running_when_the_command_exits(setup, monkeypatch, capsys):
    """`faqbot undo` serves nothing: the exact engine a running bot builds behind an edit is not
    built behind it. A build still running native code when the interpreter exits aborted the
    command ("terminate called without an active exception", return code -6) now and then."""
    path, editor = setup
    editor.add_phrasing("bees", "do bees like flowers", who="mod (1)")
    started: list[str] = []
    monkeypatch.setattr(Editor, "_rebuild", lambda self: started.append("exact build"))
    assert main(["undo", "--config", str(path)]) == 0
    assert "FAQ version" in capsys.readouterr().out
    assert started == []
    assert editor.next_undo() is None  # the undo was made
    # the bot's own editor still builds it (its edits are served exactly once it is ready)
    editor.add_phrasing("bees", "do bees like honey", who="mod (1)")
    assert started == ["exact build"]


def test_review_shows_askers_picks_first_and_accept_adds_one_as_a_phrasing(setup, tmp_path, capsys):
    path, editor = setup
    _fill_store(tmp_path / "faqbot.sqlite3")

    async def picks():
        store = Store(tmp_path / "faqbot.sqlite3")
        await store.open()
        for text in ("do the bees sleep at night", "Do the bees sleep at night?"):
            await store.suggest_phrasing(text, "bees")
        await store.suggest_phrasing("a pick of an entry since removed", "gone-entry")
        await store.close()

    asyncio.run(picks())
    assert main(["review", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    first = out.split("\n2. ")[0]
    assert "1. \u201c" in first and "sleep at night" in first and "\u00d72" in first
    assert "picked: bees (faqbot review --accept 1 adds it as a phrasing)" in first
    assert "since removed" not in out
    assert main(["review", "--config", str(path), "--accept", "2"]) == 2  # not a pick: --add N ENTRY
    assert "not an asker's pick" in capsys.readouterr().err
    assert main(["review", "--config", str(path), "--accept", "1"]) == 0
    assert "2 question(s) removed" in capsys.readouterr().out
    assert "sleep at night" in (editor.knowledge_dir / "bees.yaml").read_text(encoding="utf-8")
    assert main(["review", "--config", str(path)]) == 0
    assert "picked" not in capsys.readouterr().out.split("\n2. ")[0]


def test_export_and_history_public_show_a_hand_edit_once(setup, tmp_path, capsys):
    """`faqbot export` loads the FAQ to publish it: like the bot's loads, it records a hand edit of
    the files (once), and `faqbot history --public` lists it; the first load records nothing."""
    import json

    from bot.store import open_store

    path, editor = setup
    store = open_store(load_config(path))  # the bot ran once: its database exists
    asyncio.run(store.open())
    asyncio.run(store.close())
    out = tmp_path / "faq.json"

    def exported() -> list[dict]:
        assert main(["export", "--format", "json", "--output", str(out), "--config", str(path)]) == 0
        return json.loads(out.read_text(encoding="utf-8"))["changelog"]

    assert exported() == []  # the starting point
    bees = editor.knowledge_dir / "bees.yaml"
    bees.write_text(bees.read_text(encoding="utf-8").replace("The field notes say", "The notes say"), encoding="utf-8")
    (item,) = exported()
    assert item["entry"] == "bees" and item["text"].endswith(": answer reworded")
    assert exported() == [item]  # recorded once
    capsys.readouterr()
    assert main(["history", "--public", "--config", str(path)]) == 0
    assert capsys.readouterr().out == f"bees: {item['text']}\n"


def test_exporting_another_faq_folder_records_nothing_in_the_public_changelog(setup, tmp_path, capsys):
    """`faqbot export --knowledge DRAFT` (a preview of a draft folder, with the same database) is
    not a hand edit of the FAQ the bot serves: nothing is recorded, and the served FAQ's changelog
    never says that an entry the draft lacks was removed (it said "new question; removed")."""
    import json
    import shutil

    from bot.store import open_store

    path, editor = setup
    store = open_store(load_config(path))  # the bot ran once: its database exists
    asyncio.run(store.open())
    asyncio.run(store.close())
    out = tmp_path / "faq.json"

    def exported(*extra: str) -> list[dict]:
        assert main(["export", "--format", "json", "--output", str(out), "--config", str(path), *extra]) == 0
        return json.loads(out.read_text(encoding="utf-8"))["changelog"]

    assert exported() == []  # the starting point
    draft = tmp_path / "draft"
    shutil.copytree(editor.knowledge_dir, draft)
    (draft / "lighthouse.yaml").unlink()
    assert exported("--knowledge", str(draft)) == []
    assert exported() == []
    capsys.readouterr()
    assert main(["history", "--public", "--config", str(path)]) == 0
    assert capsys.readouterr().out == "no public change recorded\n"
    # and a hand edit of the served folder is still recorded
    bees = editor.knowledge_dir / "bees.yaml"
    bees.write_text(bees.read_text(encoding="utf-8").replace("The field notes say", "The notes say"), encoding="utf-8")
    (item,) = exported()
    assert item["entry"] == "bees"
