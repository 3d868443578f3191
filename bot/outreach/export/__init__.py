"""`faqbot export`: the whole FAQ as one self-contained HTML page, Markdown or JSON.

    export(kb, outreach, "html") -> str
    export(kb, outreach, "html", as_of="2024-05-01") -> str  # the page says "As of 2024-05-01"

The output depends only on the FAQ, its sources, config.yaml's `outreach` section, `as_of`
(the one date, given by the caller: `faqbot export` passes the day of the export) and the
public changelog the caller passes (`faqbot export` reads it from the audit log; none for the
example under docs/): no other dates, no randomness, so the example under docs/ can be
regenerated and compared byte for byte.
The audit export (`_audit.py`) is separate: it records when it was made, and the changelog.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ...config import OutreachSettings
from ...engine import KnowledgeBase
from ._audit import AuditCheck, AuditMismatch, build_audit, check_audit, render_audit
from ._html import render_html
from ._json import render_json
from ._markdown import render_markdown
from ._model import Document, build_document

FORMATS = {"html": render_html, "md": render_markdown, "json": render_json}
SUFFIXES = {"html": ".html", "md": ".md", "json": ".json"}

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "AuditCheck",
    "AuditMismatch",
    "Document",
    "build_audit",
    "build_document",
    "check_audit",
    "export",
    "render_audit",
]


def export(
    kb: KnowledgeBase,
    outreach: OutreachSettings,
    fmt: str,
    *,
    as_of: str | None = None,
    changelog: Iterable[Mapping[str, Any]] = (),
) -> str:
    """`changelog`: the public changelog (`moderation.changelog`), shown as "Updated on DATE: what
    changed" under each answer and in a list of changes; none by default (the example under docs/)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    return FORMATS[fmt](build_document(kb, outreach, as_of=as_of, changelog=changelog))
