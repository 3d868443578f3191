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

Hand edits (a file changed with a text editor or `git pull`, then a reload or restart) are public
changes too. The store keeps a snapshot of each entry's public content (`public_form`: hashes of
the question, the answer, the quotes and the translations; no text, nothing about people) with
the newest audit-log change it accounts for. Each time the FAQ the bot serves is loaded (start,
every reload and edit, `faqbot export`), `hand_changes` compares the loaded entries with the
snapshot: an entry whose public content differs, and which the audit-log changes made since do
not explain (a change made through the bot is never counted twice), gets a dated public change in
the store (`bot.service.FaqService.note_hand_edits`, the store's `record_public_change`: one
conditional write, so processes loading the same files at once record it once). The first load
(no snapshot yet) is the starting point and records nothing. `merged` puts these beside the audit
log's changes for everything that shows the changelog (exports, `faqbot history --public`, the
digest post and the edits of posted answers).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
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


def _h(value: Any) -> str:
    """A short hash of public text (64 bits: enough to tell a change, not to keep the text)."""
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()[:16]


def public_form(entry: dict | None) -> dict | None:
    """An entry's public content (parsed YAML) as little as a change needs to be described: hashes
    of the question, of the answer, of each quote's source, speaker and text, and of each
    translation's texts with its reviewed state; no text at all. Phrasings, `related:`, calls to
    action, tags, order and comments are not in it. None: no entry."""
    if entry is None:
        return None
    return {
        "question": _h(_text(entry.get("question"))),
        "answer": _h(_text(entry.get("answer"))),
        "quotes": [[_h(part) for part in quote] for quote in _quotes(entry)],
        "translations": {
            lang: [_h(_translation_text(body)), bool(body.get("reviewed"))]
            for lang, body in sorted(_translations(entry).items())
        },
    }


def digest(form: dict | None) -> str:
    """The SHA-256 of a public form ("" for no entry): equal exactly when nothing public differs."""
    if form is None:
        return ""
    return hashlib.sha256(json.dumps(form, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def form_of_file(data: bytes | None) -> dict | None:
    """The public form of an entry's file as the audit log keeps it (None: no file)."""
    return public_form(_load(data))


def question_of_file(data: bytes | None) -> str:
    """The question of an entry's file ("" when there is none)."""
    loaded = _load(data)
    return _text(loaded.get("question")) if loaded else ""


def describe(before: dict | None, after: dict | None) -> tuple[Change, ...]:
    """The public changes from one version of an entry's file (parsed YAML) to another."""
    return describe_forms(public_form(before), public_form(after))


def describe_forms(before: dict | None, after: dict | None) -> tuple[Change, ...]:
    """The public changes from one public form (`public_form`) to another."""
    if before is None and after is None:
        return ()
    if before is None:
        return (Change(ADDED),)
    if after is None:
        return (Change(REMOVED),)
    out: list[Change] = []
    if before.get("question") != after.get("question"):
        out.append(Change(QUESTION))
    if before.get("answer") != after.get("answer"):
        out.append(Change(ANSWER))
    out += _quote_changes([tuple(q) for q in before.get("quotes") or ()], [tuple(q) for q in after.get("quotes") or ()])
    old_tr, new_tr = before.get("translations") or {}, after.get("translations") or {}
    for lang in sorted(set(old_tr) | set(new_tr)):
        if lang not in old_tr:
            out.append(Change(TRANSLATION_ADDED, language=lang))
        elif lang not in new_tr:
            out.append(Change(TRANSLATION_REMOVED, language=lang))
        elif old_tr[lang][0] != new_tr[lang][0]:
            out.append(Change(TRANSLATION_CHANGED, language=lang))
        elif not old_tr[lang][1] and new_tr[lang][1]:
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


# -- hand edits: the store's snapshot of the public content -------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """One entry's public content as the store last saw it, and the newest audit-log change of the
    FAQ that was accounted for then (later changes may explain a difference)."""

    entry_id: str
    form: dict
    audit_id: int

    @property
    def digest(self) -> str:
        return digest(self.form)


@dataclass(frozen=True)
class HandChange:
    """What the store must do for one entry whose public content differs from its snapshot:
    replace the snapshot (`old` digest → `new` form; None: no entry), and record `change` unless
    the audit log explains the difference (None)."""

    entry_id: str
    old: str  # the snapshot's digest ("" when there was no snapshot of the entry)
    new: dict | None  # the entry's public form now (None: removed)
    audit_id: int  # the newest audit-log change accounted for
    change: PublicChange | None

    @property
    def new_digest(self) -> str:
        return digest(self.new)


def _unexplained(
    snapshot: dict | None, current: dict | None, records: Sequence[ChangeRecord]
) -> tuple[dict | None, dict | None]:
    """The part of snapshot → current that no audit-log change (newest first, all after the
    snapshot) made: (from, to); from == to when the changes made through the bot explain it all."""
    if not records:
        return snapshot, current
    newest_after = form_of_file(records[0].after)
    if digest(newest_after) != digest(current):  # edited by hand after the bot's last change
        return newest_after, current
    # The files hold what the bot wrote last: follow its changes back as long as each started
    # from what the one before it left; where that chain starts, a hand edit may have come before.
    state = form_of_file(records[0].before)
    for record in records[1:]:
        if digest(form_of_file(record.after)) != digest(state):
            break
        state = form_of_file(record.before)
    return snapshot, state


def hand_changes(
    loaded: Mapping[str, dict],
    snapshot: Mapping[str, Snapshot],
    audit_since: Callable[[str, int], Sequence[ChangeRecord]],
    *,
    date: str,
    newest_audit: int,
    questions: Mapping[str, str] | None = None,
) -> list[HandChange]:
    """Compare the public forms of the entries loaded (`loaded`: entry id -> `public_form`) with
    the store's snapshot; for each entry that differs, what to store. `audit_since(entry, id)`:
    the entry's audit-log changes (done) numbered above `id`, newest first; `newest_audit`: the
    newest change in the audit log now. Changes dated `date` (UTC), each named by its entry's
    question: from `questions` (entry id -> question, as loaded; for a removed entry, as it was
    last served), else from the audit log, else the entry's id."""
    out: list[HandChange] = []
    for entry_id in sorted(set(loaded) | set(snapshot)):
        now, was = loaded.get(entry_id), snapshot.get(entry_id)
        old_digest = was.digest if was is not None else ""
        if digest(now) == old_digest:
            continue
        since = was.audit_id if was is not None else 0
        records = [r for r in audit_since(entry_id, since) if r.state == "done"]
        start, end = _unexplained(was.form if was is not None else None, now, records)
        changes = describe_forms(start, end) if digest(start) != digest(end) else ()
        change = None
        if changes:
            named = (questions or {}).get(entry_id) or next(
                (q for r in records for q in (question_of_file(r.after), question_of_file(r.before)) if q), ""
            )
            change = PublicChange(entry_id, date, changes, named or entry_id)
        audit_id = max([since, newest_audit, *(r.id for r in records)])
        out.append(HandChange(entry_id, old_digest, now, audit_id, change))
    return out


def changes_to_json(changes: Sequence[Change]) -> str:
    """How the store keeps a public change's kinds: [[kind, count, language], ...]."""
    return json.dumps([[c.kind, c.count, c.language] for c in changes])


def changes_from_json(text: str) -> tuple[Change, ...]:
    try:
        raw = json.loads(text)
        return tuple(Change(str(kind), int(count), str(language)) for kind, count, language in raw)
    except (ValueError, TypeError):
        return ()


# The order kinds are listed in when two lists of one entry and day are merged.
_ORDER = [
    ADDED,
    REMOVED,
    QUESTION,
    ANSWER,
    QUOTE_ADDED,
    QUOTE_REMOVED,
    QUOTE_CHANGED,
    TRANSLATION_ADDED,
    TRANSLATION_REMOVED,
    TRANSLATION_CHANGED,
    TRANSLATION_REVIEWED,
]


def merged(*changelogs: Iterable[PublicChange], per_entry: bool = False) -> list[PublicChange]:
    """The audit log's public changes beside those recorded for hand edits: one item per entry
    and day (`per_entry`: per entry, dated by its latest day, as `for_batch`), each kind of change
    once (quote counts added up); newest day first, then by entry id (`per_entry`: by entry id)."""
    groups: dict[tuple[str, str], list[PublicChange]] = {}
    for changelog in changelogs:
        for item in changelog:
            groups.setdefault((item.entry_id, "" if per_entry else item.date), []).append(item)
    out = []
    for (entry_id, _), items in groups.items():
        counts: dict[tuple[str, str], int] = {}
        for item in items:
            for c in item.changes:
                counts[(c.kind, c.language)] = counts.get((c.kind, c.language), 0) + c.count
        kinds = sorted(counts, key=lambda k: (_ORDER.index(k[0]) if k[0] in _ORDER else len(_ORDER), k[1]))
        changes = tuple(
            Change(kind, counts[(kind, lang)] if kind.startswith("quote_") else 1, lang) for kind, lang in kinds
        )
        latest = max(items, key=lambda i: i.date)
        out.append(PublicChange(entry_id, latest.date, changes, latest.question))
    if per_entry:
        return sorted(out, key=lambda c: c.entry_id)
    return sorted(out, key=lambda c: (c.date, c.entry_id), reverse=True)
