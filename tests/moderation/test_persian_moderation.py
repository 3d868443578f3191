"""Moderation with Persian: `faqbot review` shows Persian misses with their language, a Persian
phrasing added from review goes with the entry's Persian phrasings, and the edit form keeps
translations (and their review state and quote translations) exactly as they were."""

from __future__ import annotations

import asyncio
from pathlib import Path

import madeup
import pytest

from bot.cli import main
from bot.config import load_config
from bot.engine import load_knowledge
from bot.moderation import Draft, Editor
from bot.store import Store

REPO = Path(__file__).resolve().parents[2]
MISSES = ["فانوس دریایی چه رنگی است؟", "فانوس دریایی چه رنگیه؟", "fanus che rangie?", "what colour is the lighthouse?"]


@pytest.fixture
def setup(tmp_path):
    """The made-up Persian FAQ (a copy), a config for it with text storage on: (config path, Editor)."""
    knowledge, seeds = madeup.copy_island(tmp_path, knowledge=madeup.PERSIAN_KNOWLEDGE)
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


def _fill(database: Path) -> None:
    async def fill():
        store = Store(database)
        await store.open()
        for question in MISSES:
            await store.record_unanswered(question, "none", 0.0, [])
        await store.close()

    asyncio.run(fill())


def test_review_shows_persian_misses_with_their_language(setup, tmp_path, capsys):
    path, _ = setup
    _fill(tmp_path / "faqbot.sqlite3")
    assert main(["review", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    persian_line = next(line for line in out.splitlines() if "\u201cفانوس دریایی چه رنگ" in line)
    assert "[Persian]" in persian_line
    assert any("[Finglish: Persian in Latin letters]" in line and "fanus" in line for line in out.splitlines())
    english_line = next(line for line in out.splitlines() if "what colour" in line)
    assert "[" not in english_line.split("\u201c")[0]  # English groups carry no tag


def test_a_persian_question_added_from_review_joins_the_persian_phrasings(setup, tmp_path, capsys):
    path, editor = setup
    _fill(tmp_path / "faqbot.sqlite3")
    main(["review", "--config", str(path)])
    out = capsys.readouterr().out.splitlines()
    group = next(line for line in out if "[Persian]" in line).split(".")[0]
    before = (editor.knowledge_dir / "lighthouse.yaml").read_text(encoding="utf-8")
    assert main(["review", "--config", str(path), "--add", group, "lighthouse"]) == 0
    after = (editor.knowledge_dir / "lighthouse.yaml").read_text(encoding="utf-8")
    kb = load_knowledge(editor.knowledge_dir, editor.seeds_dir)
    entry = kb.entries["lighthouse"]
    added = [p for p in entry.translations["fa"].phrasings if "رنگ" in p]
    assert added and not any("رنگ" in p for p in entry.phrasings)  # with the Persian phrasings only
    assert "# a comment on a phrasing" in after  # the rest of the file is untouched
    assert after.replace(f"      - {added[0]}\n", "", 1) == before


def test_english_questions_still_join_the_main_phrasings(setup):
    _, editor = setup
    editor.add_phrasing("lighthouse", "what colour is the lighthouse", who="test")
    entry = load_knowledge(editor.knowledge_dir, editor.seeds_dir).entries["lighthouse"]
    assert "what colour is the lighthouse" in entry.phrasings


def test_the_edit_form_keeps_translations_untouched(setup):
    _, editor = setup
    before = load_knowledge(editor.knowledge_dir, editor.seeds_dir).entries["lighthouse"]
    opened = editor.open("lighthouse")
    texts = opened.draft.form_texts()  # what /faq-mod edit shows; the moderator changes the answer
    texts["answer"] = "Yes. The notes say it was automated in 1985."
    editor.edit_entry("lighthouse", Draft.from_form(**texts), who="test", revision=opened.revision)
    after = load_knowledge(editor.knowledge_dir, editor.seeds_dir).entries["lighthouse"]
    assert after.answer != before.answer
    assert after.translations == before.translations  # question, phrasings, answer, reviewed, quotes
