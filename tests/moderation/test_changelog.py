"""The public changelog: edits made through the editor, read back as "Updated on DATE: what
changed", on the made-up FAQ (volcano, lighthouse, bees); never who, never phrasings."""

from __future__ import annotations

import dataclasses
import json

import pytest

from bot.moderation import Editor
from bot.moderation.audit import AuditLog
from bot.moderation.changelog import describe, for_batch, public_changelog
from bot.moderation.drafts import DraftQuote

WHO = "moderator-name (123456789012345678)"


class Clock:
    def __init__(self, at: str = "2026-03-01T10:00:00") -> None:
        self.at = at

    def __call__(self) -> str:
        return self.at


@pytest.fixture
def setup(small_kb, tmp_path, config):
    knowledge, seeds = small_kb
    clock = Clock()
    editor = Editor(knowledge, seeds, config.matching, AuditLog(tmp_path / "audit.sqlite3", clock=clock))
    return editor, clock


def _edit(editor: Editor, entry_id: str, **changes):
    opened = editor.open(entry_id)
    return editor.edit_entry(entry_id, dataclasses.replace(opened.draft, **changes), who=WHO, revision=opened.revision)


def _log(editor: Editor):
    return public_changelog(editor.history())


def test_an_answer_edit_is_dated_and_said_in_plain_words_without_who(setup):
    editor, _ = setup
    _edit(editor, "bees", answer="Honeybees visit about two thousand flowers a day, the field notes say.")
    (change,) = _log(editor)
    assert change.entry_id == "bees" and change.date == "2026-03-01"
    assert change.text() == "Updated on 2026-03-01: answer reworded"
    assert change.question == "How many flowers do the honeybees visit?"
    dumped = json.dumps([c.to_json() for c in _log(editor)])
    assert "moderator" not in dumped and "123456789012345678" not in dumped


def test_a_phrasing_is_not_a_public_change_and_its_text_never_appears(setup):
    editor, _ = setup
    editor.add_phrasing("bees", "my cousin in tabriz asks about bees", who=WHO)
    assert _log(editor) == []


def test_quotes_added_and_removed_are_counted(setup):
    editor, clock = setup
    extra = DraftQuote("field-notes", "notes", "The volcano on the island erupted twice in the last century")
    opened = editor.open("bees")
    _edit(editor, "bees", quotes=(*opened.draft.quotes, extra))
    clock.at = "2026-03-02T09:00:00"
    _edit(editor, "bees", quotes=opened.draft.quotes, question="How many flowers does a honeybee visit?")
    newest, oldest = _log(editor)
    assert oldest.text() == "Updated on 2026-03-01: 1 quote added"
    assert newest.text() == "Updated on 2026-03-02: question reworded; 1 quote removed"
    assert newest.question == "How many flowers does a honeybee visit?"


def test_an_edit_undone_the_same_day_leaves_nothing_but_undone_later_is_listed(setup):
    editor, clock = setup
    _edit(editor, "volcano", answer="The volcano erupted twice in the last century; both eruptions were small.")
    editor.undo(who=WHO)
    assert _log(editor) == []
    _edit(editor, "volcano", answer="The volcano erupted twice in the last century; both eruptions were small.")
    clock.at = "2026-03-05T08:00:00"
    editor.undo(who=WHO)
    assert [c.text() for c in _log(editor)] == [
        "Updated on 2026-03-05: answer reworded",
        "Updated on 2026-03-01: answer reworded",
    ]


def test_added_and_removed_entries(setup):
    editor, _ = setup
    editor.remove_entry("lighthouse", who=WHO)
    (change,) = _log(editor)
    assert change.removed and change.text() == "Updated on 2026-03-01: removed from the FAQ"
    assert change.question == "Is the lighthouse still working?"  # the question it had, for the list


def test_a_batch_compares_across_days_and_drops_what_cancels_out(setup):
    editor, clock = setup
    _edit(editor, "bees", answer="A changed answer about honeybees and their two thousand flowers.")
    clock.at = "2026-03-03T12:00:00"
    editor.undo(who=WHO)
    editor.add_phrasing("volcano", "any eruptions on the island lately", who=WHO)
    assert for_batch(editor.history()) == []
    _edit(editor, "volcano", question="How often did the island's volcano erupt?")
    (change,) = for_batch(editor.history())
    assert (change.entry_id, change.date, change.what()) == ("volcano", "2026-03-03", "question reworded")


def test_translations_and_their_review_are_public_changes():
    base = {"question": "Q?", "answer": "A.", "quotes": [{"source": "s", "speaker": "x", "text": "t"}]}
    fa = {"question": "پرسش؟", "answer": "پاسخ.", "reviewed": False}
    with_fa = {**base, "translations": {"fa": fa}}
    assert [c.words() for c in describe(base, with_fa)] == ["Persian translation added"]
    reviewed = {**base, "translations": {"fa": {**fa, "reviewed": True}}}
    assert [c.words() for c in describe(with_fa, reviewed)] == ["Persian translation reviewed"]
    reworded = {**base, "translations": {"fa": {**fa, "answer": "پاسخ دیگر."}}}
    assert [c.code for c in describe(with_fa, reworded)] == ["translation_changed:fa"]
    # A quote whose speaker was corrected is one quote changed; layout and phrasings are nothing.
    respoken = {**base, "quotes": [{"source": "s", "speaker": "y", "text": "t"}]}
    assert [c.words() for c in describe(base, respoken)] == ["1 quote changed"]
    assert describe(base, {**base, "phrasings": ["new"], "related": ["x"], "answer": " A. "}) == ()
