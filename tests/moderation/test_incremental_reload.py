"""A reload after one edit redoes only what the edit changed (bot.engine.Memo), and gives exactly
what a full rebuild of the same files gives: the same answers to the same questions (outcome,
entry, confidence, suggestions, scope), the same index, and the same problems when the edit is
refused. Adding, editing and removing an entry, on the shipped FAQ and on the made-up one, through
the editor (what `FaqService.apply` runs) and through a reload after a file was changed by hand.
"""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.engine import Engine, validate
from bot.moderation import AuditLog, Draft, Editor, Invalid
from bot.service import FaqService

REPO = Path(__file__).resolve().parents[2]
MOD = "mod (1)"
# Questions nobody wrote into either FAQ: off-topic, near-topic, misspelt, Persian, Finglish.
OTHER_QUESTIONS = [
    "what is this campaign about",
    "who wrote tha leter",
    "how many people were executed in 2012",
    "when do the trains run",
    "do bees sleep at night",
    "is the volcano still active?",
    "what's the weather in paris",
    "نامه را چه کسی نوشته است؟",
    "in name ro ki neveshte?",
    "hi",
]


def questions(engine: Engine, shipped: bool) -> list[str]:
    """Every text of every entry, some calibration questions of the shipped FAQ, and a few others."""
    asked = [text for entry in engine.kb.entries.values() for text in entry.all_phrasings()]
    if shipped:
        data = yaml.safe_load((REPO / "tests" / "data" / "calibration.yaml").read_text(encoding="utf-8"))
        asked += [item["q"] for item in data["in_scope"][:60]] + [
            item if isinstance(item, str) else item["q"] for item in data["out_of_scope"][:40]
        ]
    return asked + OTHER_QUESTIONS


def answers(engine: Engine, asked: list[str]) -> list[tuple]:
    out = []
    for question in asked:
        reply = engine.ask(question)
        result = reply.result
        out.append(
            (
                question,
                result.outcome,
                result.entry_id,
                result.score,
                result.suggestions,
                dict(result.features),
                result.reason,
                reply.scope_check,
            )
        )
    return out


def assert_same_engine(incremental: Engine, full: Engine, *, shipped: bool = False) -> None:
    assert incremental.kb.version == full.kb.version
    assert list(incremental.kb.entries) == list(full.kb.entries)
    assert dict(incremental.kb.entries) == dict(full.kb.entries)
    for mine, theirs in [
        (incremental.matcher, full.matcher),
        (incremental.persian, full.persian),
        (incremental.finglish, full.finglish),
    ]:
        assert (mine is None) == (theirs is None)
        if mine is None or theirs is None:
            continue
        assert mine.entry_ids == theirs.entry_ids and mine.index.plain == theirs.index.plain
        assert np.array_equal(mine.index.idf, theirs.index.idf)
        assert np.array_equal(mine.index.entries.weights, theirs.index.entries.weights)
        assert (mine.index.learned is None) == (theirs.index.learned is None)
        if mine.index.learned is not None and theirs.index.learned is not None:
            assert np.array_equal(mine.index.learned.weights, theirs.index.learned.weights)
    asked = questions(full, shipped)
    assert answers(incremental, asked) == answers(full, asked)


def full_rebuild(folder: Path, seeds: Path, settings, cta_ids=None) -> tuple[Engine | None, list]:
    """`faqbot validate` from scratch, on a copy of the folder (nothing kept from before)."""
    return validate(folder, seeds, settings, cta_ids=cta_ids)


def problems_by_name(problems) -> list[tuple]:
    return sorted((p.path.name, p.line, p.entry, p.message) for p in problems)


def refused_the_same_way(editor: Editor, tmp_path: Path, edit, settings, cta_ids=None) -> list[tuple]:
    """Run an edit that must be refused; check its problems are those `faqbot validate` finds in
    a copy of the folder holding the file it would have written. Returns them."""
    seen: dict[str, bytes | None] = {}
    real = editor._validate_with

    def recording(name, data):
        seen[name] = data
        return real(name, data)

    editor._validate_with = recording  # type: ignore[method-assign]
    try:
        with pytest.raises(Invalid) as refused:
            edit()
    finally:
        del editor._validate_with
    ((name, data),) = seen.items()
    copy = tmp_path / f"copy-{len(list(tmp_path.iterdir()))}" / "knowledge"
    shutil.copytree(editor.knowledge_dir, copy)
    if data is None:
        (copy / name).unlink()
    else:
        (copy / name).write_bytes(data)
    engine, problems = full_rebuild(copy, editor.seeds_dir, settings, cta_ids)
    assert engine is None
    assert problems_by_name(refused.value.problems) == problems_by_name(problems)
    return problems_by_name(problems)


def trains_draft() -> Draft:
    form = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "data" / "trains-form.yaml").read_text(encoding="utf-8")
    )
    return Draft.from_form(**form)


def test_the_made_up_faq_add_edit_remove_and_refusals_match_a_full_rebuild(small_kb, tmp_path, config):
    knowledge, seeds = small_kb
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))
    engine, problems, _ = editor.load()
    assert engine is not None and problems == []

    def check(applied_engine: Engine) -> None:
        full, found = full_rebuild(knowledge, seeds, config.matching)
        assert found == [] and full is not None
        # Served at once (an interim engine, or the exact one), then the exact one: a full rebuild's.
        assert applied_engine.kb.version == full.kb.version
        settled = editor.settle()
        assert settled is not None and settled.exact
        assert_same_engine(settled, full)

    check(editor.add_entry(trains_draft(), who=MOD, entry_id="trains").engine)  # add
    check(editor.add_phrasing("bees", "do bees sleep at night", who=MOD).engine)  # edit
    opened = editor.open("volcano")
    changed = dataclasses.replace(opened.draft, answer=opened.draft.answer + " Nothing more is known.")
    check(editor.edit_entry("volcano", changed, who=MOD, revision=opened.revision).engine)  # edit the answer
    check(editor.remove_entry("lighthouse", who=MOD).engine)  # remove
    check(editor.undo(who=MOD).engine)  # the removed entry back: an add

    bees = editor.open("bees")
    other = full_rebuild(knowledge, seeds, config.matching)[0]
    assert other is not None
    taken = other.kb.entries["volcano"].phrasings[0]
    # A phrasing another entry already has, and one that entry would answer: both refused, with the
    # problems a full check reports.
    found = refused_the_same_way(editor, tmp_path, lambda: editor.add_phrasing("bees", taken, who=MOD), config.matching)
    assert any("is also a phrasing of entry" in message for *_, message in found), found
    found = refused_the_same_way(
        editor, tmp_path, lambda: editor.add_phrasing("bees", taken + " then", who=MOD), config.matching
    )
    assert any("collision" in message for *_, message in found)
    # An answer stating a number no quote holds.
    numbered = dataclasses.replace(bees.draft, answer="Exactly 9,999 bees visit each flower.")
    found = refused_the_same_way(
        editor,
        tmp_path,
        lambda: editor.edit_entry("bees", numbered, who=MOD, revision=editor.revision("bees")),
        config.matching,
    )
    assert any("9,999" in message for *_, message in found)
    # After refusals, the next accepted edit still matches a full rebuild.
    check(editor.add_phrasing("volcano", "is the volcano going to erupt soon", who=MOD).engine)


def test_a_reload_after_a_hand_edit_matches_a_full_rebuild(small_kb, tmp_path, config):
    knowledge, seeds = small_kb
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))
    assert editor.load()[0] is not None
    path = knowledge / "bees.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("phrasings:\n", "phrasings:\n  - how do bees find flowers\n", 1),
        encoding="utf-8",
    )
    (knowledge / "lighthouse.yaml").unlink()
    engine, problems, _ = editor.load()
    full, found = full_rebuild(knowledge, seeds, config.matching)
    assert problems == found == [] and engine is not None and full is not None
    assert "how do bees find flowers" in engine.kb.entries["bees"].phrasings
    settled = editor.settle()
    assert settled is not None and settled.exact
    assert_same_engine(settled, full)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("shipped") / "knowledge"
    shutil.copytree(REPO / "knowledge", folder)
    return folder, REPO / "seeds"


def test_the_shipped_faq_add_edit_remove_and_a_refusal_match_a_full_rebuild(shipped, tmp_path, config):
    knowledge, seeds = shipped
    cta_ids = config.outreach.cta_ids
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"), cta_ids=cta_ids)
    service = FaqService(config, editor.load()[0], store=_NoStore(), editor=editor)  # type: ignore[arg-type]
    entries = list(service.engine.kb.entries.values())

    def check() -> None:
        full, found = full_rebuild(knowledge, seeds, config.matching, cta_ids)
        assert found == [] and full is not None
        assert service.engine.kb.version == full.kb.version  # served at once
        editor.settle()  # then the exact engine, swapped in by the service
        assert service.engine.exact, (
            f"served generation {service.generation}, version {service.engine.kb.version}; the editor's "
            f"engine exact: {editor.settle().exact if editor.settle() else None}"
        )
        assert_same_engine(service.engine, full, shipped=True)

    first, last = entries[0], entries[-1]
    asyncio.run(service.apply(editor.add_phrasing, first.id, first.question + " in short", who=MOD))  # edit
    check()
    found = refused_the_same_way(
        editor,
        tmp_path,
        lambda: editor.add_phrasing(first.id, last.phrasings[0] + " then", who=MOD),
        config.matching,
        cta_ids,
    )
    assert any("collision" in message for *_, message in found)
    # Other entries list it under `related:`, so removing it is refused, as a full check would.
    found = refused_the_same_way(
        editor, tmp_path, lambda: editor.remove_entry(last.id, who=MOD), config.matching, cta_ids
    )
    assert any(f"related entry '{last.id}' does not exist" in message for *_, message in found)
    # Those mentions removed by hand, then a reload (what `faqbot reload` and the file watch do).
    for entry in entries:
        if last.id in entry.related:
            data = yaml.safe_load(entry.path.read_text(encoding="utf-8"))
            data["related"] = [rid for rid in data["related"] if rid != last.id]
            (knowledge / entry.path.name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert asyncio.run(service.reload()) == []
    check()
    # A removal is checked in full (any two entries left can collide once its words' weight is
    # gone): accepted and served exactly as a full rebuild, or refused with a full check's problems.
    copy = tmp_path / "without" / "knowledge"
    shutil.copytree(knowledge, copy)
    (copy / last.path.name).unlink()
    expected, problems = full_rebuild(copy, seeds, config.matching, cta_ids)
    if expected is None:
        found = refused_the_same_way(
            editor, tmp_path, lambda: editor.remove_entry(last.id, who=MOD), config.matching, cta_ids
        )
        assert found == problems_by_name(problems)
        return
    asyncio.run(service.apply(editor.remove_entry, last.id, who=MOD))  # remove
    check()
    asyncio.run(service.apply(editor.undo, who=MOD))  # the removed entry back: an add
    check()


class _NoStore:
    """The service's store is not used by edits: a stand-in that is never opened."""

    is_open = False


def test_an_edit_is_served_at_once_on_an_interim_engine_then_on_the_exact_one(small_kb, tmp_path, config):
    """The interim engine (indexes patched, nothing trained) answers the edit straight away; the
    exact engine built in the worker thread replaces it and is a full rebuild's."""
    knowledge, seeds = small_kb
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))
    first = editor.load()[0]
    assert first is not None and first.exact
    applied = editor.add_phrasing("bees", "do bees sleep at night", who=MOD)
    interim = applied.engine
    assert not interim.exact
    reply = interim.ask("do bees sleep at night")
    assert reply.result.answered and reply.result.entry_id == "bees"
    settled = editor.settle()
    assert settled is not None and settled.exact and settled.kb is interim.kb
    assert editor.settle() is settled  # nothing left to build
    full, found = full_rebuild(knowledge, seeds, config.matching)
    assert found == [] and full is not None
    assert_same_engine(settled, full)


def test_the_service_swaps_the_exact_engine_in_on_its_loop_newest_last(small_kb, tmp_path, config):
    knowledge, seeds = small_kb
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))
    service = FaqService(config, editor.load()[0], store=_NoStore(), editor=editor)  # type: ignore[arg-type]

    async def run() -> None:
        # Each edit is served as soon as `apply` returns: on its interim engine, or on the exact one
        # if the worker built it first (a loaded machine), never on an older FAQ.
        one = await service.apply(editor.add_phrasing, "bees", "do bees sleep at night", who=MOD)
        assert service.engine.kb is one.engine.kb
        two = await service.apply(editor.add_phrasing, "volcano", "is the volcano going to erupt soon", who=MOD)
        assert service.engine.kb is two.engine.kb
        await asyncio.to_thread(editor.settle)
        for _ in range(100):  # the worker's swap is run by this loop
            if service.engine.exact:
                break
            await asyncio.sleep(0.01)
        assert service.engine.exact and service.engine.kb is two.engine.kb
        assert service.generation > two.generation

    asyncio.run(run())
    full, found = full_rebuild(knowledge, seeds, config.matching)
    assert found == [] and full is not None
    assert_same_engine(service.engine, full)


def test_a_collision_only_the_exact_engine_shows_is_logged_and_the_exact_engine_served(
    small_kb, tmp_path, config, monkeypatch, caplog
):
    """The interim engine's word weights differ a little from the exact ones, so the exact engine
    could find a collision the edit's check did not: the edit stays (it is saved and audited), the
    exact engine is served all the same (what a restart would build), and the log says what to fix."""
    import bot.moderation.editor as editor_module
    from bot.engine import Problem

    knowledge, seeds = small_kb
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3"))
    assert editor.load()[0] is not None
    real = editor_module.rebuilt

    def with_a_collision(kb, settings, previous=None):
        engine, problems = real(kb, settings, previous)
        bees = kb.entries["bees"]
        return engine, [*problems, Problem(bees.path, 3, "bees", "collision: \"x\" would be answered with entry 'y'")]

    monkeypatch.setattr(editor_module, "rebuilt", with_a_collision)
    applied = editor.add_phrasing("bees", "do bees sleep at night", who=MOD)
    with caplog.at_level("ERROR", logger=editor_module.__name__):
        settled = editor.settle()
    assert settled is not None and settled.exact and settled.kb is applied.engine.kb
    assert "do bees sleep at night" in (knowledge / "bees.yaml").read_text(encoding="utf-8")
    assert editor.history()[0].entry_id == "bees"  # saved and audited
    assert any(
        "the exact index finds 1 problem" in r.getMessage() and "collision" in r.getMessage() for r in caplog.records
    )
