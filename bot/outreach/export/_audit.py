"""The audit export: every quote of the FAQ pinned to its source, so anyone can recheck it offline.

`faqbot export --format audit` writes it; `faqbot verify EXPORT [--sources DIR]` rechecks it
against the source texts without the FAQ, the bot or a network:

- each source: its file name, the SHA-256 of its text (UTF-8 bytes, exactly as stored), its
  metadata (title, publisher, URL, publication date, archived URL: null when not known);
- each quote: its entry, source, speaker, paragraph and character offsets `[start, end)` into
  the source text (Python string indices: code points), and its text;
- the FAQ version, the time of the export (UTC) and the changelog: the public changelog of the
  audit log (bot.moderation.changelog), newest first, one item per entry and day: `entry`,
  `date`, `question`, `changes` (codes such as `answer`, `quote_added`, `translation_changed:fa`)
  and `text` ("Updated on DATE: what changed"); never who made a change, never phrasings; empty
  if none were recorded.

Unlike the other exports this one carries the time it was made: it is a record, not a page.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...engine import KnowledgeBase
from ...errors import FaqbotError

FORMAT = "faqbot-audit"
VERSION = 1


def build_audit(kb: KnowledgeBase, *, exported_at: str, changelog: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "faq_version": kb.version,
        "exported_at": exported_at,
        "sources": [
            {
                "id": s.id,
                "file": s.path.name,
                "sha256": s.digest,
                "characters": len(s.text),
                "paragraphs": len(s.paragraphs),
                "title": s.title,
                "kind": s.kind,
                "language": s.language,
                "publisher": s.publisher,
                "url": s.url,
                "published": s.published,
                "archived_url": s.archived_url,
            }
            for s in kb.sources.values()
        ],
        "quotes": [
            {
                "entry": entry.id,
                "quote": i,
                "source": q.source.id,
                "speaker": q.speaker,
                "attribution": q.attribution,
                "paragraph": q.paragraph,
                "start": q.start,
                "end": q.end,
                "text": q.text,
            }
            for entry in kb.entries.values()
            for i, q in enumerate(entry.quotes, 1)
        ],
        "changelog": [dict(change) for change in changelog],
    }


def render_audit(kb: KnowledgeBase, *, exported_at: str, changelog: Iterable[Mapping[str, Any]] = ()) -> str:
    return (
        json.dumps(build_audit(kb, exported_at=exported_at, changelog=changelog), ensure_ascii=False, indent=2) + "\n"
    )


class AuditMismatch(FaqbotError):
    """The export does not match the sources (or is not an audit export); the message says where."""


@dataclass(frozen=True)
class AuditCheck:
    quotes: int
    sources: int
    faq_version: str
    exported_at: str

    def summary(self) -> str:
        return (
            f"ok: {self.quotes} quote(s) in {self.sources} source(s) match the audit export of FAQ version "
            f"{self.faq_version} ({self.exported_at})"
        )


def _paragraph_of(text: str, offset: int) -> int:
    """The 1-based paragraph (non-empty line) holding `offset`, as sources.py numbers them."""
    number = 0
    at = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            number += 1
        if at <= offset < at + len(line):
            return number
        at += len(line)
    return number


def check_audit(data: Any, sources_dir: Path) -> AuditCheck:
    """Recheck an audit export against the source texts in `sources_dir`; raise AuditMismatch
    naming the first quote (or source) that does not match."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AuditMismatch(
            f'not a faqbot audit export ("format" is not "{FORMAT}"; write one with faqbot export --format audit)'
        )
    if data.get("version") != VERSION:
        raise AuditMismatch(f"audit export version {data.get('version')!r}; this faqbot reads version {VERSION}")
    try:
        sources = {s["id"]: s for s in data["sources"]}
        quotes = list(data["quotes"])
    except (KeyError, TypeError) as exc:
        raise AuditMismatch(f"malformed audit export: {exc!r} missing") from None
    texts: dict[str, str | None] = {}
    for sid, meta in sources.items():
        path = sources_dir / str(meta.get("file", ""))
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise AuditMismatch(f"source {sid}: cannot read {path}: {exc.strerror or exc}") from None
        if hashlib.sha256(raw).hexdigest() != meta.get("sha256"):
            texts[sid] = None  # reported with the first quote of it (or below, if none quotes it)
        else:
            texts[sid] = raw.decode("utf-8")
    for number, q in enumerate(quotes, 1):
        try:
            sid, start, end, text = q["source"], q["start"], q["end"], q["text"]
            name = f"quote {q.get('quote', '?')} of {q.get('entry', '?')} (#{number} in the export)"
        except (KeyError, TypeError) as exc:
            raise AuditMismatch(f"quote #{number} of the export is malformed: {exc!r} missing") from None
        if sid not in sources:
            raise AuditMismatch(f"{name}: source {sid!r} is not listed in the export")
        if texts[sid] is None:
            raise AuditMismatch(
                f"{name}: the text of source {sid} ({sources[sid].get('file')}) has changed since the "
                f"export: its SHA-256 is not {sources[sid].get('sha256')}"
            )
        source_text = texts[sid] or ""
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(source_text)):
            raise AuditMismatch(f"{name}: offsets {start}-{end} are outside source {sid}")
        found = source_text[start:end]
        if found != text:
            raise AuditMismatch(
                f'{name}: the source has "{_short(found)}" at characters {start}-{end}, '
                f'not the quoted "{_short(str(text))}"'
            )
        if q.get("paragraph") is not None and q["paragraph"] != _paragraph_of(source_text, start):
            raise AuditMismatch(
                f"{name}: characters {start}-{end} are in paragraph {_paragraph_of(source_text, start)}"
                f" of source {sid}, not paragraph {q['paragraph']}"
            )
    for sid, text in texts.items():
        if text is None:
            raise AuditMismatch(
                f"source {sid} ({sources[sid].get('file')}): its text has changed since the export (SHA-256 differs)"
            )
    return AuditCheck(len(quotes), len(sources), str(data.get("faq_version")), str(data.get("exported_at")))


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
