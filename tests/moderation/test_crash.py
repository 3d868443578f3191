"""A process killed at any step of an edit leaves every file loadable, every change recorded
exactly when its file changed, undo working and nothing left in the temporary folder; staging
folders that older versions' dead processes left are removed.

Each case runs the edit in a separate process that SIGKILLs itself at one step (hooks patched in
from outside: no test code in the editor), then opens the folder again as the bot or `faqbot
undo` would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.engine import validate
from bot.moderation import AuditLog, Editor, NothingToUndo
from bot.moderation.editor import STAGE_PREFIX, sweep_stale_stages

REPO = Path(__file__).resolve().parents[2]

# The steps of an edit, in order. The first three come before the file changes: the edit must
# then not have happened; from the rename on it must have happened, recorded and undoable.
STEPS = ["validating", "recorded", "before-rename", "after-rename", "before-done", "done"]
HAPPENED_FROM = STEPS.index("after-rename")
OPERATIONS = ["phrasing", "add", "remove", "undo"]

SCRIPT = r"""
import os, signal, sys
from pathlib import Path
from bot.config import load_config
from bot.moderation import AuditLog, Draft, Editor
from bot.moderation import audit as A, editor as E

step, operation, knowledge, seeds, audit = sys.argv[1:]
knowledge = Path(knowledge)

def die(at):
    if at == step:
        os.kill(os.getpid(), signal.SIGKILL)

def wrap(owner, name, before=None, after=None):
    real = getattr(owner, name)
    def hooked(*args, **kwargs):
        if before: die(before)
        result = real(*args, **kwargs)
        if after: die(after)
        return result
    setattr(owner, name, hooked)

wrap(E.Editor, "_validate_with", before="validating")  # the new bytes are made, not yet checked
wrap(A.AuditLog, "begin", after="recorded")
wrap(A.AuditLog, "finish", before="before-done", after="done")
real_replace, real_unlink = os.replace, os.unlink

def replace(src, dst, **kwargs):
    entry = Path(dst).parent == knowledge
    if entry: die("before-rename")  # the new bytes are in a fsynced temporary file
    real_replace(src, dst, **kwargs)
    if entry: die("after-rename")

def unlink(path, **kwargs):
    entry = Path(path).parent == knowledge and not Path(path).name.endswith(".tmp")
    if entry: die("before-rename")
    real_unlink(path, **kwargs)
    if entry: die("after-rename")

os.replace, os.unlink = replace, unlink
editor = Editor(knowledge, Path(seeds), load_config().matching, AuditLog(Path(audit)))
who = "mod (1)"
if operation == "phrasing":
    editor.add_phrasing("bees", "do bees sleep at night", who=who)
elif operation == "add":
    draft = Draft.from_form(
        question="When do the trains run?",
        phrasings="\n".join(["train timetable", "how often do trains run", "coastal line trains",
                             "train to the market town", "trains from the harbour", "is there a train every hour",
                             "railway schedule", "when is the next train", "hourly trains",
                             "train frequency on the coast"]),
        answer="According to the notes, trains on the coastal line run every hour.",
        quotes="Trains on the coastal line run every hour between the harbour and the market town.",
        sources="field-notes notes")
    editor.add_entry(draft, who=who, entry_id="trains")
elif operation == "remove":
    editor.remove_entry("lighthouse", who=who)
elif operation == "undo":
    editor.undo(who=who)
print("finished without being stopped")
"""


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("operation", OPERATIONS)
def test_an_edit_killed_at_any_step_is_complete_or_absent_and_undoable(small_kb, tmp_path, config, operation, step):
    knowledge, seeds = small_kb
    audit = tmp_path / "audit.sqlite3"
    editor = Editor(knowledge, seeds, config.matching, AuditLog(audit))
    original = files(knowledge)
    if operation == "undo":  # something to undo, done and recorded beforehand
        editor.add_phrasing("bees", "do bees dance", who="mod (2)")
    start = files(knowledge)
    temp = tmp_path / "tmp"
    temp.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, step, operation, str(knowledge), str(seeds), str(audit)],
        cwd=REPO,
        timeout=120,
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(temp)},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr

    # Opened again, as the restarted bot or `faqbot history` / `faqbot undo` would.
    reopened = Editor(knowledge, seeds, config.matching, AuditLog(audit))
    history = reopened.history()
    assert AuditLog(audit).pending(knowledge) == []
    now = files(knowledge)
    assert not [name for name in now if name.endswith(".tmp")]  # the interrupted write's temporary file is gone
    engine, problems = validate(knowledge, seeds, config.matching)
    assert engine is not None and problems == []
    for name in {*original, *now}:  # every file is what its newest recorded change left
        newest = next((c for c in history if c.file == name), None)
        if newest is not None:
            assert now.get(name) == newest.after, name

    happened = STEPS.index(step) >= HAPPENED_FROM
    new_changes = len(history) - (1 if operation == "undo" else 0)
    assert new_changes == (1 if happened else 0)
    if not happened:
        assert now == start
    if operation == "undo":
        if happened:
            assert now == original and history[0].reverts == history[1].id and history[1].undone_by == history[0].id
            with pytest.raises(NothingToUndo):
                reopened.undo(who="cli:someone")
        else:
            reopened.undo(who="cli:someone")
            assert files(knowledge) == original
    elif happened:
        assert now != start
        reopened.undo(who="cli:someone")  # the change that survived the kill can be undone, byte for byte
        assert files(knowledge) == original
    else:
        with pytest.raises(NothingToUndo):
            reopened.undo(who="cli:someone")

    # An edit is validated in memory: even one killed while validating leaves no temporary folder.
    assert not list(temp.iterdir())


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _stage(parent: Path, name: str, age: float) -> Path:
    folder = parent / name
    folder.mkdir()
    (folder / "bees.yaml").write_text("id: bees\n", encoding="utf-8")
    then = time.time() - age
    os.utime(folder, (then, then))
    return folder


def test_staging_folders_of_dead_processes_are_removed_once_old_and_nothing_else(tmp_path):
    dead = _dead_pid()
    old_dead = _stage(tmp_path, f"{STAGE_PREFIX}{dead}-abc", age=3600)
    fresh_dead = _stage(tmp_path, f"{STAGE_PREFIX}{dead}-def", age=5)  # may be another container's, mid-validation
    old_alive = _stage(tmp_path, f"{STAGE_PREFIX}{os.getppid()}-ghi", age=3600)
    mine = _stage(tmp_path, f"{STAGE_PREFIX}{os.getpid()}-jkl", age=3600)
    legacy = _stage(tmp_path, f"{STAGE_PREFIX}x1y2z3", age=3600)  # made before stages carried a pid
    legacy_fresh = _stage(tmp_path, f"{STAGE_PREFIX}q9w8e7", age=5)
    other = _stage(tmp_path, "someone-elses-folder", age=3600)
    a_file = tmp_path / f"{STAGE_PREFIX}{dead}-file"
    a_file.write_text("not a folder", encoding="utf-8")
    os.utime(a_file, (time.time() - 3600,) * 2)
    assert sorted(sweep_stale_stages(tmp_path)) == sorted([old_dead, legacy])
    assert not old_dead.exists() and not legacy.exists()
    assert all(p.exists() for p in (fresh_dead, old_alive, mine, legacy_fresh, other, a_file))


def test_an_editor_starting_removes_stale_staging_folders_from_the_temporary_folder(
    small_kb, tmp_path, config, monkeypatch
):
    import tempfile

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    stale = _stage(temp, f"{STAGE_PREFIX}{_dead_pid()}-abc", age=3600)
    knowledge, seeds = small_kb
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))
    assert not stale.exists()
    editor.add_phrasing("bees", "do bees sleep at night", who="mod (1)")
    assert not list(temp.iterdir())  # its own staging folder is gone after the edit


@pytest.mark.parametrize("file_holds, recorded", [("after", True), ("before", False), ("something else", False)])
def test_a_pending_change_is_settled_by_what_its_file_holds(small_kb, tmp_path, config, file_holds, recorded, caplog):
    knowledge, seeds = small_kb
    audit = AuditLog(tmp_path / "audit.sqlite3")
    path = knowledge / "bees.yaml"
    before = path.read_bytes()
    after = before.replace(b"phrasings:\n", b"phrasings:\n  - do bees sleep at night\n", 1)
    change_id = audit.begin(
        who="mod (1)",
        action="phrasing",
        knowledge=knowledge,
        file="bees.yaml",
        entry_id="bees",
        summary="phrasing bees: added",
        before=before,
        after=after,
    )
    contents = {"after": after, "before": before, "something else": before + b"# edited by hand\n"}[file_holds]
    path.write_bytes(contents)
    editor = Editor(knowledge, seeds, config.matching, audit)
    assert [c.id for c in editor.history()] == ([change_id] if recorded else [])
    assert audit.pending(knowledge) == [] and path.read_bytes() == contents  # files are never rewritten by this
    assert f"change #{change_id}" in caplog.text


def test_an_audit_log_written_before_pending_changes_existed_keeps_its_history(small_kb, tmp_path, config):
    import sqlite3

    from bot.moderation.audit import MIGRATIONS

    knowledge, seeds = small_kb
    db = tmp_path / "audit.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
        conn.execute(
            "INSERT INTO changes (at, who, action, knowledge, file, entry_id, summary, before, after)"
            " VALUES ('2024-01-01T00:00:00', 'mod (1)', 'phrasing', ?, 'bees.yaml', 'bees', 'phrasing bees',"
            " ?, ?)",
            (str(knowledge), b"old", (knowledge / "bees.yaml").read_bytes()),
        )
    editor = Editor(knowledge, seeds, config.matching, AuditLog(db))
    assert [c.summary for c in editor.history()] == ["phrasing bees"]
    assert editor.next_undo() is not None
