"""The public changelog: what changed in the FAQ's answers, by day, in plain words.

Built from the audit log (every change made from Discord, `faqbot undo` and the other `faqbot`
commands that edit), never from who made a change: no moderator name or id ever leaves here.

What counts as a public change is what a reader of an answer would see differently:

- a new entry ("new question"), an entry removed ("removed"),
- its question reworded, its answer reworded,
- a quote added, removed, or changed (its text, source or speaker),
- a translation added, removed or reworded (question, answer or a quote's translation), or
  marked reviewed by a fluent moderator.

Not public: phrasings (the other ways people ask; some come from askers' own words, which are
never published), `related:`, calls to action, tags, order, comments and layout.

Changes are compared per entry and per day (UTC): the entry's file as it was before the day's
first change against the file after its last, so an edit undone the same day, or a phrasing
added, shows nothing. `for_batch` compares across a batch of changes instead (the digest post and
the edits of posted answers), dated by the batch's last change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from .audit import ChangeRecord

# Each kind of public change and how it reads ("Updated on DATE: answer reworded; 1 quote added").
ADDED, REMOVED = "added", "removed"
QUESTION, ANSWER = "question", "answer"
QUOTE_ADDED, QUOTE_REMOVED, QUOTE_CHANGED = "quote_added", "quote_removed", "quote_changed"
TRANSLATION_ADDED, TRANSLATION_REMOVED = "translation_added", "translation_removed"
TRANSLATION_CHANGED, TRANSLATION_REVIEWED = "translation_changed", "translation_reviewed"

LANGUAGE_NAMES = {"fa": "Persian", "en": "English", "ar": "Arabic", "ckb": "Central Kurdish", "ku": "Kurdish"}


@dataclass(frozen=True)
class Change:
    """One kind of change, how many times (quotes), in which language (translations)."""

    kind: str
    count: int = 1
    language: str = ""

    @property
    def code(self) -> str:
        """Machine-readable: `answer`, `quote_added`, `translation_changed:fa`."""
        return f"{self.kind}:{self.language}" if self.language else self.kind

    def words(self) -> str:
        n = self.count
        quotes = "1 quote" if n == 1 else f"{n} quotes"
        lang = LANGUAGE_NAMES.get(self.language, self.language)
        return {
            ADDED: "new question",
            REMOVED: "removed from the FAQ",
            QUESTION: "question reworded",
            ANSWER: "answer reworded",
            QUOTE_ADDED: f"{quotes} added",
            QUOTE_REMOVED: f"{quotes} removed",
            QUOTE_CHANGED: f"{quotes} changed",
            TRANSLATION_ADDED: f"{lang} translation added",
            TRANSLATION_REMOVED: f"{lang} translation removed",
            TRANSLATION_CHANGED: f"{lang} translation reworded",
            TRANSLATION_REVIEWED: f"{lang} translation reviewed",
        }[self.kind]


@dataclass(frozen=True)
class PublicChange:
    """An entry's public changes on one day (or over one batch)."""

    entry_id: str
    date: str  # YYYY-MM-DD (UTC)
    changes: tuple[Change, ...]
    question: str  # the entry's question after the change (before it, for a removed entry)

    @property
    def removed(self) -> bool:
        return any(c.kind == REMOVED for c in self.changes)

    @property
    def added(self) -> bool:
        return any(c.kind == ADDED for c in self.changes)

    def what(self) -> str:
        return "; ".join(c.words() for c in self.changes)

    def text(self) -> str:
        """ "Updated on 2026-12-05: answer reworded; 1 quote added"."""
        return f"Updated on {self.date}: {self.what()}"

    def to_json(self) -> dict[str, Any]:
        return {
            "entry": self.entry_id,
            "date": self.date,
            "question": self.question,
            "changes": [c.code for c in self.changes],
            "text": self.text(),
        }


def _load(data: bytes | None) -> dict | None:
    if data is None:
        return None
    try:
        loaded = yaml.safe_load(data.decode("utf-8", "replace"))
    except yaml.YAMLError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _quotes(entry: dict) -> list[tuple[str, str, str]]:
    quotes = entry.get("quotes")
    if not isinstance(quotes, list):
        return []
    out = []
    for q in quotes:
        if isinstance(q, dict):
            out.append((_text(q.get("source")), _text(q.get("speaker")), _text(q.get("text"))))
    return out


def _translations(entry: dict) -> dict[str, dict]:
    raw = entry.get("translations")
    if not isinstance(raw, dict):
        return {}
    return {str(lang): body for lang, body in raw.items() if isinstance(body, dict)}


def _quote_changes(old: list, new: list) -> list[Change]:
    gone = [q for q in old if q not in new]
    came = [q for q in new if q not in old]
    # A quote whose text stayed but whose source or speaker changed, or the other way round, is
    # one quote changed, not one removed and one added.
    changed = 0
    for q in list(gone):
        match = next((n for n in came if n[2] == q[2] or n[:2] == q[:2]), None)
        if match is not None:
            gone.remove(q)
            came.remove(match)
            changed += 1
    out = []
    if came:
        out.append(Change(QUOTE_ADDED, len(came)))
    if gone:
        out.append(Change(QUOTE_REMOVED, len(gone)))
    if changed:
        out.append(Change(QUOTE_CHANGED, changed))
    return out


def _translation_text(body: dict) -> tuple[str, str, tuple[str, ...]]:
    quotes = body.get("quotes")
    shown = tuple(_text(q) for q in quotes) if isinstance(quotes, list) else ()
    return _text(body.get("question")), _text(body.get("answer")), shown


def describe(before: dict | None, after: dict | None) -> tuple[Change, ...]:
    """The public changes from one version of an entry's file (parsed YAML) to another."""
    if before is None and after is None:
        return ()
    if before is None:
        return (Change(ADDED),)
    if after is None:
        return (Change(REMOVED),)
    out: list[Change] = []
    if _text(before.get("question")) != _text(after.get("question")):
        out.append(Change(QUESTION))
    if _text(before.get("answer")) != _text(after.get("answer")):
        out.append(Change(ANSWER))
    out += _quote_changes(_quotes(before), _quotes(after))
    old_tr, new_tr = _translations(before), _translations(after)
    for lang in sorted(set(old_tr) | set(new_tr)):
        if lang not in old_tr:
            out.append(Change(TRANSLATION_ADDED, language=lang))
        elif lang not in new_tr:
            out.append(Change(TRANSLATION_REMOVED, language=lang))
        elif _translation_text(old_tr[lang]) != _translation_text(new_tr[lang]):
            out.append(Change(TRANSLATION_CHANGED, language=lang))
        elif not old_tr[lang].get("reviewed") and new_tr[lang].get("reviewed"):
            out.append(Change(TRANSLATION_REVIEWED, language=lang))
    return tuple(out)


def _between(entry_id: str, date: str, first: ChangeRecord, last: ChangeRecord) -> PublicChange | None:
    before, after = _load(first.before), _load(last.after)
    changes = describe(before, after)
    if not changes:
        return None
    shown = after if after is not None else before or {}
    return PublicChange(entry_id, date, changes, _text(shown.get("question")) or entry_id)


def _oldest_first(records: Iterable[ChangeRecord]) -> list[ChangeRecord]:
    return sorted((r for r in records if r.state == "done"), key=lambda r: r.id)


def public_changelog(records: Iterable[ChangeRecord]) -> list[PublicChange]:
    """Every public change, one item per entry and day, newest day first (then by entry id)."""
    days: dict[tuple[str, str], list[ChangeRecord]] = {}
    for record in _oldest_first(records):
        days.setdefault((record.at[:10], record.entry_id), []).append(record)
    out = [
        change
        for (date, entry_id), group in days.items()
        if (change := _between(entry_id, date, group[0], group[-1])) is not None
    ]
    return sorted(out, key=lambda c: (c.date, c.entry_id), reverse=True)


def for_batch(records: Sequence[ChangeRecord]) -> list[PublicChange]:
    """The public changes of a batch of changes (the digest post, posted answers' edits): per entry,
    its file before the batch's first change of it against after its last; dated by the last."""
    entries: dict[str, list[ChangeRecord]] = {}
    for record in _oldest_first(records):
        entries.setdefault(record.entry_id, []).append(record)
    out = [
        change
        for entry_id, group in entries.items()
        if (change := _between(entry_id, group[-1].at[:10], group[0], group[-1])) is not None
    ]
    return sorted(out, key=lambda c: c.entry_id)


def by_entry(changelog: Iterable[PublicChange]) -> dict[str, list[PublicChange]]:
    out: dict[str, list[PublicChange]] = {}
    for change in changelog:
        out.setdefault(change.entry_id, []).append(change)
    return out
