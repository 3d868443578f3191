"""Editing the FAQ's files (bot.moderation.Editor), without Discord: validated before writing,
atomic, readable, refusing stale edits, audited, undoable byte for byte, and safe when the disk fails.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.engine import validate
from bot.moderation import (
    CHANGED_SINCE_OPENED,
    AlreadyExists,
    AuditLog,
    Conflict,
    Draft,
    Editor,
    EditRefused,
    Invalid,
    NotFound,
    NothingToUndo,
    WriteFailed,
    revision_of,
)
from bot.moderation import audit as audit_module
from bot.moderation.yamlformat import KEY_ORDER

MOD = "mod (1234)"
REPO = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def editor(small_kb, tmp_path, config) -> Editor:
    knowledge, seeds = small_kb
    return Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))


def trains_form() -> dict[str, str]:
    """The made-up FAQ's new entry as a moderator fills in the form (tests/data/trains-form.yaml)."""
    return yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "data" / "trains-form.yaml").read_text(encoding="utf-8")
    )


def trains_draft(**changes) -> Draft:
    return Draft.from_form(**{**trains_form(), **changes})


def valid(editor: Editor) -> bool:
    engine, problems = validate(editor.knowledge_dir, editor.seeds_dir, editor.settings)
    return engine is not None and not problems


# -- adding, editing, phrasings, removing ---------------------------------------------------------------


def test_add_writes_a_readable_entry_that_validates_and_is_served(editor):
    result = editor.add_entry(trains_draft(), who=MOD)
    path = editor.knowledge_dir / "when-do-the-trains-run.yaml"
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert list(data) == [k for k in KEY_ORDER if k in data] == ["id", "question", "phrasings", "answer", "quotes"]
    assert "phrasings:\n  - train timetable\n" in text and "{" not in text and "[" not in text  # block style
    assert all(len(line) <= 100 for line in text.splitlines())  # long text folded
    assert result.engine.ask("When do the trains run?").entry.id == "when-do-the-trains-run"
    assert result.engine.kb.entries["when-do-the-trains-run"].path == path  # points at the real file
    assert valid(editor)
    assert result.change.action == "add" and result.change.before is None and result.change.after == path.read_bytes()
    # The engine handed back is exactly what loading the files gives.
    engine, _ = validate(editor.knowledge_dir, editor.seeds_dir, editor.settings)
    assert engine.kb.version == result.engine.kb.version


def test_add_with_a_taken_or_bad_id_is_refused(editor):
    with pytest.raises(AlreadyExists):
        editor.add_entry(trains_draft(), who=MOD, entry_id="bees")
    for bad in ("../escape", "Bees", "a/b", ""):
        with pytest.raises(EditRefused):
            editor.add_entry(trains_draft(), who=MOD, entry_id=bad or "-")
    assert not list(editor.knowledge_dir.parent.glob("*.yaml"))
    # Without an id, one is made from the question, never naming an existing entry.
    assert editor.add_entry(trains_draft(), who=MOD).change.entry_id == "when-do-the-trains-run"
    assert editor.new_id("Bees?") == "bees-2" and editor.new_id("???") == "entry"


def test_a_quote_not_found_verbatim_is_refused_with_the_reason(editor):
    before = snapshot(editor.knowledge_dir)
    opened = editor.open("volcano")
    draft = Draft(
        opened.draft.question,
        opened.draft.phrasings,
        opened.draft.answer,
        (opened.draft.quotes[0].__class__("field-notes", "notes", "The volcano erupted three times."),),
    )
    with pytest.raises(Invalid) as refused:
        editor.edit_entry("volcano", draft, who=MOD, revision=opened.revision)
    [problem] = refused.value.problems
    assert problem.path == editor.knowledge_dir / "volcano.yaml" and problem.entry == "volcano"
    assert "quote 1 not found verbatim in source field-notes" in problem.message
    assert f"{problem.path}:{problem.line}: volcano: quote 1 not found verbatim" in str(problem)
    assert snapshot(editor.knowledge_dir) == before and editor.history() == []


@pytest.mark.parametrize(
    "change, message",
    [
        ({"phrasings": "just one phrasing"}, "needs at least 10 phrasings"),
        ({"answer": "x " * 400}, "keep it to 600"),
        ({"sources": "field-notes nobody"}, "unknown speaker 'nobody'"),
        ({"sources": "no-such-source notes"}, "unknown source 'no-such-source'"),
    ],
)
def test_every_validator_rule_applies_before_writing(editor, change, message):
    before = snapshot(editor.knowledge_dir)
    with pytest.raises(Invalid) as refused:
        editor.add_entry(trains_draft(**change), who=MOD, entry_id="trains")
    assert any(message in p.message for p in refused.value.problems), refused.value.problems
    assert snapshot(editor.knowledge_dir) == before


def test_a_colliding_phrasing_is_refused(editor):
    with pytest.raises(Invalid) as refused:
        editor.add_phrasing("volcano", "how many flowers do honeybees visit every day", who=MOD)
    assert any("collision" in p.message and "'bees'" in p.message for p in refused.value.problems)
    with pytest.raises(Invalid, match="problem") as duplicate:
        editor.add_phrasing("volcano", "Honeybee flower visits per day!", who=MOD)
    assert "also a phrasing of entry 'bees'" in " ".join(p.message for p in duplicate.value.problems)


def test_adding_a_phrasing_changes_one_line_and_keeps_comments(editor):
    path = editor.knowledge_dir / "lighthouse.yaml"
    before = path.read_text(encoding="utf-8")
    editor.add_phrasing("lighthouse", "  is the   light still on ", who=MOD)
    after = path.read_text(encoding="utf-8")
    old_lines, new_lines = before.splitlines(), after.splitlines()
    assert [line for line in new_lines if line not in old_lines] == ["  - is the light still on"]
    assert [line for line in old_lines if line not in new_lines] == []
    assert (
        new_lines.index("  - is the light still on")
        == old_lines.index("  - who runs the lighthouse   # a comment on a phrasing") + 1
    )


def test_phrasings_that_need_quoting_are_written_safely(editor):
    for text in ["yes", "lighthouse: open?", "# not a comment", "null", "'quoted' \"twice\"", "- dash"]:
        editor.add_phrasing("lighthouse", f"{text} lighthouse", who=MOD)
    data = yaml.safe_load((editor.knowledge_dir / "lighthouse.yaml").read_text(encoding="utf-8"))
    assert data["phrasings"][-6:] == [
        f"{t} lighthouse"
        for t in ["yes", "lighthouse: open?", "# not a comment", "null", "'quoted' \"twice\"", "- dash"]
    ]


def test_a_stale_edit_is_refused_as_changed_since_opened(editor):
    first = editor.open("bees")
    second = editor.open("bees")
    editor.edit_entry(
        "bees",
        Draft(
            second.draft.question,
            second.draft.phrasings,
            "Second moderator's answer: about two thousand flowers a day.",
            second.draft.quotes,
        ),
        who="mod2 (5678)",
        revision=second.revision,
    )
    saved = (editor.knowledge_dir / "bees.yaml").read_bytes()
    with pytest.raises(Conflict, match=CHANGED_SINCE_OPENED):
        editor.edit_entry(
            "bees",
            Draft(first.draft.question, first.draft.phrasings, "First moderator's answer.", first.draft.quotes),
            who=MOD,
            revision=first.revision,
        )
    assert (editor.knowledge_dir / "bees.yaml").read_bytes() == saved
    with pytest.raises(Conflict, match=CHANGED_SINCE_OPENED):  # also a confirmation shown before the save
        editor.remove_entry("bees", who=MOD, revision=first.revision)


def test_remove_is_validated_too(editor):
    with pytest.raises(Invalid, match="problem") as refused:
        editor.remove_entry("volcano", who=MOD)  # bees.yaml lists it as related
    assert "related entry 'volcano' does not exist" in " ".join(p.message for p in refused.value.problems)
    result = editor.remove_entry("lighthouse", who=MOD, revision=editor.revision("lighthouse"))
    assert not (editor.knowledge_dir / "lighthouse.yaml").exists() and "lighthouse" not in result.engine.kb.entries
    with pytest.raises(NotFound):
        editor.remove_entry("lighthouse", who=MOD)


def test_an_edit_that_changes_nothing_is_refused_and_leaves_the_file_byte_identical(editor):
    opened = editor.open("bees")
    before = (editor.knowledge_dir / "bees.yaml").read_bytes()
    with pytest.raises(EditRefused, match="Nothing to change"):
        editor.edit_entry("bees", opened.draft, who=MOD, revision=opened.revision)
    assert (editor.knowledge_dir / "bees.yaml").read_bytes() == before


def test_an_edit_keeps_the_comments_a_moderator_wrote(editor):
    path = editor.knowledge_dir / "lighthouse.yaml"
    before = path.read_text(encoding="utf-8")
    opened = editor.open("lighthouse")
    answer = "It was automated in 1985 and, according to the notes, still flashes its lamp every ten seconds."
    editor.edit_entry("lighthouse", dataclasses.replace(opened.draft, answer=answer), who=MOD, revision=opened.revision)
    after = path.read_text(encoding="utf-8")
    assert "# Hand-written comments like this one stay" in after
    assert "who runs the lighthouse   # a comment on a phrasing" in after
    assert yaml.safe_load(after)["answer"] == answer
    unchanged = [line for line in before.splitlines() if not line.startswith(("answer", "  Yes.", "  ten"))]
    assert [line for line in unchanged if line not in after.splitlines()] == []


# -- the audit log and undo -----------------------------------------------------------------------------


def test_every_change_is_recorded_and_undo_restores_exact_bytes(editor):
    original = snapshot(editor.knowledge_dir)
    editor.add_phrasing("bees", "do bees like flowers", who=MOD)
    opened = editor.open("volcano")
    editor.edit_entry(
        "volcano",
        Draft(opened.draft.question, opened.draft.phrasings, "Twice, and small.", opened.draft.quotes),
        who="mod2 (5678)",
        revision=opened.revision,
    )
    editor.add_entry(trains_draft(), who=MOD, entry_id="trains")
    editor.remove_entry("lighthouse", who=MOD, revision=editor.revision("lighthouse"))

    history = editor.history()
    assert [c.action for c in history] == ["remove", "add", "edit", "phrasing"]
    assert [c.who for c in history] == [MOD, MOD, "mod2 (5678)", MOD]
    assert history[1].before is None and history[0].after is None
    assert history[3].before == original["bees.yaml"]
    assert all(c.at[:4].isdigit() and "T" in c.at for c in history)
    assert [c.id for c in editor.history("volcano")] == [history[2].id]

    for _ in range(4):
        undone = editor.undo(who=MOD)
        assert undone.change.action == "undo" and valid(editor)
    assert snapshot(editor.knowledge_dir) == original
    with pytest.raises(NothingToUndo):
        editor.undo(who=MOD)
    history = editor.history()
    assert [c.action for c in history[:4]] == ["undo"] * 4
    assert all(c.undone_by is not None for c in history[4:])


def test_undo_refuses_when_the_file_changed_since(editor):
    editor.add_phrasing("bees", "do bees like flowers", who=MOD)
    first = editor.history()[0]
    editor.add_phrasing("bees", "are bees busy", who=MOD)
    with pytest.raises(Conflict, match=f"change #{first.id + 1}: undo that first"):
        editor.undo(who=MOD, change_id=first.id)
    editor.undo(who=MOD)
    editor.undo(who=MOD, change_id=first.id)
    path = editor.knowledge_dir / "bees.yaml"
    editor.add_phrasing("bees", "are bees busy", who=MOD)
    path.write_text(path.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    with pytest.raises(Conflict, match="edited by hand"):
        editor.undo(who=MOD)
    with pytest.raises(EditRefused, match="already undone"):
        editor.undo(who=MOD, change_id=first.id)
    with pytest.raises(NotFound):
        editor.undo(who=MOD, change_id=999)


def test_the_audit_log_is_shared_by_editors_of_the_same_folder_only(editor, small_kb, tmp_path, config):
    editor.add_phrasing("bees", "do bees like flowers", who=MOD)
    same = Editor(editor.knowledge_dir, editor.seeds_dir, config.matching, AuditLog(editor.audit.path))
    assert [c.action for c in same.history()] == ["phrasing"]
    other_dir = tmp_path / "other"
    shutil.copytree(editor.knowledge_dir, other_dir)
    other = Editor(other_dir, editor.seeds_dir, config.matching, AuditLog(editor.audit.path))
    assert other.history() == [] and other.next_undo() is None
    same.undo(who="cli:someone")  # the bot's change undone from another process's editor
    assert editor.next_undo() is None


# -- faults: a crash mid-write, a full disk -----------------------------------------------------------


def test_a_crash_before_the_rename_leaves_the_old_file_intact_and_loadable(editor, monkeypatch):
    before = snapshot(editor.knowledge_dir)

    def crash(src, dst):
        raise OSError(errno.EIO, "simulated crash during os.replace")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(WriteFailed, match="Nothing was changed"):
        editor.add_phrasing("bees", "do bees like flowers", who=MOD)
    monkeypatch.undo()
    assert snapshot(editor.knowledge_dir) == before  # no half file, no temporary file left behind
    assert valid(editor)
    assert editor.history() == []  # the audit row was rolled back: the log never claims it


def test_a_process_killed_before_the_rename_leaves_the_old_file_intact(editor):
    before = snapshot(editor.knowledge_dir)
    code = f"""
import os, signal
from pathlib import Path
from bot.config import load_config
from bot.moderation import AuditLog, Editor
editor = Editor(Path({str(editor.knowledge_dir)!r}), Path({str(editor.seeds_dir)!r}), load_config().matching,
                AuditLog(Path({str(editor.audit.path)!r})))
os.replace = lambda src, dst: os.kill(os.getpid(), signal.SIGKILL)  # the new bytes are written and fsynced
editor.add_phrasing("bees", "do bees like flowers", who="mod (1)")
"""
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, timeout=60, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    after = snapshot(editor.knowledge_dir)
    leftovers = [name for name in after if name not in before]
    assert all(name.startswith(".bees.yaml.") and name.endswith(".tmp") for name in leftovers)  # never loaded
    assert {k: v for k, v in after.items() if k in before} == before
    assert valid(editor) and editor.history() == []  # the uncommitted audit row was rolled back
    editor.add_phrasing("bees", "do bees like flowers", who=MOD)  # and editing carries on
    assert [c.action for c in editor.history()] == ["phrasing"]


def test_a_full_disk_gives_a_clear_error_and_changes_nothing(editor, monkeypatch):
    before = snapshot(editor.knowledge_dir)
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailed) as failed:
        editor.add_entry(trains_draft(), who=MOD, entry_id="trains")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "the disk is full" in str(failed.value) and "Nothing was changed" in str(failed.value)
    assert snapshot(editor.knowledge_dir) == before and editor.history() == []


def test_an_edit_is_validated_without_writing_anything_else(editor, monkeypatch):
    # The new file is checked in memory (no staging folder): a full temporary folder cannot stop it.
    import tempfile

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tempfile, "mkdtemp", full)
    applied = editor.add_phrasing("bees", "do bees like flowers", who=MOD)
    assert applied.engine.match("do bees like flowers").entry_id == "bees"


def test_if_the_audit_log_cannot_commit_the_file_is_put_back(editor, monkeypatch):
    before = snapshot(editor.knowledge_dir)
    real_connect = sqlite3.connect

    class FailingCommit:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if sql == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self.conn, name)

    editor.history()  # the schema exists
    monkeypatch.setattr(audit_module.sqlite3, "connect", lambda *a, **k: FailingCommit(real_connect(*a, **k)))
    with pytest.raises(WriteFailed, match="audit log"):
        editor.add_phrasing("bees", "do bees like flowers", who=MOD)
    monkeypatch.undo()
    assert snapshot(editor.knowledge_dir) == before and editor.history() == []


def test_written_files_keep_their_permissions(editor):
    path = editor.knowledge_dir / "bees.yaml"
    os.chmod(path, 0o640)
    editor.add_phrasing("bees", "do bees like flowers", who=MOD)
    assert path.stat().st_mode & 0o777 == 0o640
    editor.add_entry(trains_draft(), who=MOD, entry_id="trains")
    assert (editor.knowledge_dir / "trains.yaml").stat().st_mode & 0o077 != 0o000  # not mkstemp's 0600


# -- the shipped FAQ's own files --------------------------------------------------------------------


def test_real_entries_survive_an_edit_and_undo_byte_for_byte(kb_copy, tmp_path, config):
    knowledge, seeds = kb_copy
    copy = dataclasses.replace(
        config,
        paths=dataclasses.replace(config.paths, knowledge=knowledge, seeds=seeds),
        moderation=dataclasses.replace(config.moderation, audit_log=tmp_path / "audit.sqlite3"),
    )
    editor = Editor.for_config(copy)  # validating with the shipped config, as `faqbot validate` does
    engine, problems = editor.validate()
    if problems:
        pytest.skip(f"the shipped FAQ does not validate right now ({problems[0]}); others are editing it")
    original = snapshot(knowledge)
    entry_id = sorted(engine.kb.entries)[0]
    opened = editor.open(entry_id)
    assert opened.draft.quotes and len(opened.draft.phrasings) >= 10
    fewer = dataclasses.replace(opened.draft, phrasings=opened.draft.phrasings[:-1])
    result = editor.edit_entry(entry_id, fewer, who=MOD, revision=opened.revision)
    assert result.engine.kb.entries[entry_id].answer == engine.kb.entries[entry_id].answer
    assert [q.text for q in result.engine.kb.entries[entry_id].quotes] == [
        q.text for q in engine.kb.entries[entry_id].quotes
    ]
    editor.undo(who=MOD)
    assert snapshot(knowledge) == original
    assert revision_of(original[f"{entry_id}.yaml"]) == opened.revision
