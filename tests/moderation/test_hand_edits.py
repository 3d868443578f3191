"""Hand edits of the FAQ's files (a text editor, `git pull`, then a reload) are public changes:
the changelog of the exports says "Updated on DATE: what changed" for them as for edits made
through the bot, never twice for one change, never for phrasings; the first start records
nothing; processes sharing one store record a hand edit once. On the made-up FAQ
(tests/data/moderation) and on a copy of the shipped one; SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import time
from pathlib import Path

import pytest

from bot.cli_sources import changelog
from bot.config import Config
from bot.engine import load_engine
from bot.moderation.changelog import Snapshot
from bot.outreach.export import export
from bot.service import FaqService

pytestmark = pytest.mark.asyncio

WHO = "mod (111111111111111111)"
OLD_BEES = "The field notes say honeybees visit about two thousand flowers a day"
NEW_BEES = "According to the field notes, honeybees visit about two thousand flowers a day"


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


def make_config(config: Config, tmp_path: Path, knowledge: Path, seeds: Path, backend) -> Config:
    url = backend.where if backend.kind == "postgres" else ""
    return dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=url),
        paths=dataclasses.replace(
            config.paths,
            database=Path(backend.where) if not url else tmp_path / "db.sqlite3",
            knowledge=knowledge,
            seeds=seeds,
        ),
        privacy=dataclasses.replace(config.privacy, secret_file=backend.secret_file),
        moderation=dataclasses.replace(config.moderation, audit_log=tmp_path / "audit.sqlite3", watch_files=False),
    )


async def started(cfg: Config) -> FaqService:
    """One bot process: its FAQ loaded from the files, its store opened (the start)."""
    svc = FaqService(cfg, load_engine(cfg.paths.knowledge, cfg.paths.seeds, cfg.matching))
    await svc.open()
    return svc


async def reload(svc: FaqService) -> None:
    """What the file watcher (or /faq-mod reload) does, and wait for its background writes."""
    assert await svc.reload() == []
    await asyncio.gather(*list(svc._background))


def hand_edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


async def exported(cfg: Config, kb=None) -> list[dict]:
    """The changelog `faqbot export` puts in the export (a CLI call: its own event loop)."""
    return await asyncio.to_thread(changelog, cfg, kb)


async def lines_for(cfg: Config, entry_id: str, kb=None) -> list[str]:
    return [item["text"] for item in await exported(cfg, kb) if item["entry"] == entry_id]


@pytest.fixture
def small(config, tmp_path, small_kb, backend) -> Config:
    knowledge, seeds = small_kb
    return make_config(config, tmp_path, knowledge, seeds, backend)


async def test_a_hand_edited_answer_is_in_the_exported_changelog_once(small):
    svc = await started(small)
    assert await svc.store.public_changes() == []  # the first start is the starting point
    started_, rows = await svc.store.public_snapshot()
    assert started_ and sorted(r[0] for r in rows) == ["bees", "lighthouse", "volcano"]
    assert "honeybees" not in json.dumps(rows)  # hashes only: no text of the FAQ
    assert await exported(small) == []
    hand_edit(small.paths.knowledge / "bees.yaml", OLD_BEES, NEW_BEES)
    await reload(svc)
    assert await lines_for(small, "bees") == [f"Updated on {today()}: answer reworded"]
    # The export (Markdown here) shows it under the answer, from the recorded changelog.
    page = export(svc.engine.kb, small.outreach, "md", as_of=today(), changelog=await exported(small))
    assert f"Updated on {today()}: answer reworded" in page
    # Reloading, restarting, and other entries: the same hand edit is never recorded again.
    await reload(svc)
    await svc.close()
    again = await started(small)
    await again.note_hand_edits()
    await again.close()
    assert len(await exported(small)) == 1 and await lines_for(small, "bees") == [
        f"Updated on {today()}: answer reworded"
    ]


async def test_phrasings_and_related_edited_by_hand_are_not_public(small):
    svc = await started(small)
    path = small.paths.knowledge / "bees.yaml"
    hand_edit(
        path, "  - daily flower count of a honeybee\n", "  - daily flower count of a honeybee\n  - bee flower tally\n"
    )
    hand_edit(path, "related: [volcano]", "related: [volcano, lighthouse]")
    await reload(svc)
    assert svc.engine.kb.entries["bees"].phrasings[-1] == "bee flower tally"  # served
    assert await svc.store.public_changes() == [] and await exported(small) == []
    await svc.close()


async def test_an_edit_through_the_bot_is_counted_once_and_a_hand_edit_after_it_too(small):
    svc = await started(small)
    editor = svc.editor
    opened = editor.open("bees")
    await svc.apply(
        editor.edit_entry,
        "bees",
        dataclasses.replace(opened.draft, answer=NEW_BEES + "."),
        who=WHO,
        revision=opened.revision,
    )
    await asyncio.gather(*list(svc._background))
    assert await svc.store.public_changes() == []  # the audit log has it: not a hand edit
    assert await lines_for(small, "bees") == [f"Updated on {today()}: answer reworded"]
    # Then the question reworded by hand, on top of the bot's change: one line for the day, both in it.
    hand_edit(small.paths.knowledge / "bees.yaml", "How many flowers do", "How many flowers, roughly, do")
    await reload(svc)
    (row,) = await svc.store.public_changes()
    assert row[1] == "bees" and json.loads(row[3]) == [["question", 1, ""]]
    assert await lines_for(small, "bees") == [f"Updated on {today()}: question reworded; answer reworded"]
    await svc.close()


async def test_a_hand_edit_made_before_a_bot_edit_is_not_hidden_by_it(small):
    """Edited by hand, then (before any reload) edited through another process's editor: the
    audit log explains the bot's part only."""
    svc = await started(small)
    hand_edit(small.paths.knowledge / "bees.yaml", "How many flowers do", "How many flowers, roughly, do")
    opened = svc.editor.open("bees")  # reads the files: the hand edit is there
    applied = svc.editor.edit_entry(
        "bees", dataclasses.replace(opened.draft, answer=NEW_BEES + "."), who=WHO, revision=opened.revision
    )
    assert applied.change.id
    await reload(svc)
    (row,) = await svc.store.public_changes()
    assert json.loads(row[3]) == [["question", 1, ""]]
    await svc.close()


async def test_entries_added_and_removed_by_hand(small):
    svc = await started(small)
    knowledge = small.paths.knowledge
    old = (knowledge / "lighthouse.yaml").read_text(encoding="utf-8")
    question = old.split("question: ", 1)[1].split("\n", 1)[0]
    (knowledge / "lighthouse.yaml").unlink()  # moved to a new id, with its question reworded
    (knowledge / "lighthouse-keeper.yaml").write_text(
        old.replace("id: lighthouse", "id: lighthouse-keeper").replace(question, "Who kept the lighthouse lit?"),
        encoding="utf-8",
    )
    await reload(svc)
    found = {item["entry"]: item for item in await exported(small)}
    assert found["lighthouse"]["text"] == f"Updated on {today()}: removed from the FAQ"
    assert found["lighthouse"]["question"] == question  # the question it had, to name it
    assert found["lighthouse-keeper"]["text"] == f"Updated on {today()}: new question"
    assert found["lighthouse-keeper"]["question"] == "Who kept the lighthouse lit?"
    await svc.close()


async def test_two_processes_loading_the_same_hand_edit_record_it_once(small, backend):
    one, two = await started(small), await started(small)
    hand_edit(small.paths.knowledge / "bees.yaml", OLD_BEES, NEW_BEES)
    # Both compare before either writes: the conditional writes let exactly one record it.
    started_, rows = await one.store.public_snapshot()
    snapshot = {e: Snapshot(e, json.loads(c), a) for e, c, a in rows}
    paths = {e.id: e.path for e in one.engine.kb.entries.values()}
    plans = [one.editor.hand_changes(paths, snapshot, today()), two.editor.hand_changes(paths, snapshot, today())]
    assert started_ and [len(p) for p in plans] == [1, 1]

    def write(svc, plan):
        c = plan.change
        return svc.store.record_public_change(
            plan.entry_id,
            plan.old,
            plan.new_digest,
            json.dumps(plan.new),
            plan.audit_id,
            (c.date, json.dumps([[x.kind, x.count, x.language] for x in c.changes]), c.question),
        )

    won = await asyncio.gather(write(one, plans[0][0]), write(two, plans[1][0]))
    assert sorted(won) == [False, True]
    assert len(await one.store.public_changes()) == 1
    # And the whole comparison run at the same moment by both processes.
    hand_edit(small.paths.knowledge / "volcano.yaml", "the volcano erupt?", "the volcano (Mount Ash) erupt?")
    recorded = await asyncio.gather(one.note_hand_edits(), two.note_hand_edits())
    assert sum(len(r) for r in recorded) == 1
    assert [r[1] for r in await two.store.public_changes()] == ["bees", "volcano"]
    await one.close()
    await two.close()


async def test_a_hand_edit_of_the_shipped_faq_translation_is_named(config, tmp_path, kb_copy):
    knowledge, seeds = kb_copy

    class Sqlite:
        kind, where, secret_file = "sqlite", str(tmp_path / "faqbot.sqlite3"), tmp_path / "faqbot.secret"

    cfg = make_config(config, tmp_path, knowledge, seeds, Sqlite)
    svc = await started(cfg)
    hand_edit(knowledge / "executions.yaml", "    reviewed: false\n", "    reviewed: true\n")
    await reload(svc)
    assert await lines_for(cfg, "executions") == [f"Updated on {today()}: Persian translation reviewed"]
    await svc.close()


async def test_faqbot_export_records_a_hand_edit_made_while_no_bot_ran(small):
    svc = await started(small)
    await svc.close()
    hand_edit(small.paths.knowledge / "bees.yaml", OLD_BEES, NEW_BEES)
    kb = load_engine(small.paths.knowledge, small.paths.seeds, small.matching).kb
    assert await lines_for(small, "bees") == []  # nothing loaded it yet
    assert await lines_for(small, "bees", kb) == [f"Updated on {today()}: answer reworded"]  # the export loads it
    assert await lines_for(small, "bees", kb) == [f"Updated on {today()}: answer reworded"]  # once


async def test_a_hand_edit_is_recorded_by_the_reload_even_when_the_exact_engine_is_served_first(small, monkeypatch):
    """A reload serves its interim engine after preparing it; the exact one, built in the
    editor's worker meanwhile, can be served first (its swap compares in the background), and
    then the reload's own engine is refused as older. The hand edit must still be recorded
    before the reload returns: the corrections and the tests look for it then."""
    from bot.moderation.editor import Editor

    svc = await started(small)
    await reload(svc)  # the editor's first load checks everything: the exact engine, no worker
    assert svc.engine.exact
    load, compare = Editor.load, Editor.hand_changes

    def load_then_wait_for_the_exact_engine(editor: Editor):
        loaded = load(editor)
        editor.settle()  # the worker has handed the exact engine to the event loop: served first
        return loaded

    def slow_comparison(editor: Editor, *args, **kwargs):
        time.sleep(0.3)  # a loaded machine: the background comparison is not done at once
        return compare(editor, *args, **kwargs)

    monkeypatch.setattr(Editor, "load", load_then_wait_for_the_exact_engine)
    monkeypatch.setattr(Editor, "hand_changes", slow_comparison)
    hand_edit(small.paths.knowledge / "bees.yaml", OLD_BEES, NEW_BEES)
    assert await svc.reload() == []
    assert svc.engine.exact and svc.engine.kb.entries["bees"].answer.startswith("According to")
    # ^ the exact engine came first: the reload's own (interim) swap was refused
    assert [c[1] for c in await svc.store.public_changes()] == ["bees"]
    await asyncio.gather(*list(svc._background))
    assert [c[1] for c in await svc.store.public_changes()] == ["bees"]  # once
    await svc.close()
