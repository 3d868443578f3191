"""The FAQ as JSON, for a website or another tool to build on. The shape is a public contract:
`format` and `version` change if it ever does."""

from __future__ import annotations

import json
from typing import Any

from ._model import Document, ExportUpdate, direction

FORMAT = "faqbot-faq"
VERSION = 1


def to_json(doc: Document) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": doc.title,
        "language": doc.language,
        "site_url": doc.site_url or None,
        # Every call to action used on the page: the campaign's own words, never a quote.
        "calls_to_action": [_cta(c, c in doc.ctas) for c in _used_ctas(doc)],
        "entries": [
            {
                "id": e.id,
                "anchor": f"#{e.id}",
                "url": e.url,
                "question": e.question,
                "answer": e.answer,
                "language": e.language,
                "direction": direction(e.language),
                "quotes": [
                    {
                        "text": q.text,
                        "speaker": q.speaker,
                        "attribution": q.attribution,
                        "source": q.source.id,
                        "paragraph": q.paragraph,
                        "language": q.language,
                        "translations": {t.language: t.quote(i) for t in e.translations if t.quote(i)},
                    }
                    for i, q in enumerate(e.quotes)
                ],
                "translations": [
                    {
                        "language": t.language,
                        "direction": direction(t.language),
                        "question": t.question,
                        "answer": t.answer,
                        "reviewed": t.reviewed,
                    }
                    for t in e.translations
                ],
                "related": [rid for rid, _ in e.related],
                "calls_to_action": [c.id for c in e.ctas],
                "changelog": [_update(u) for u in e.updates],
            }
            for e in doc.entries
        ],
        # The public changelog, newest first: removed entries too (never who made a change).
        "changelog": [{"entry": u.entry_id, "question": u.question, **_update(u)} for u in doc.changelog],
        "sources": [
            {
                "id": s.source.id,
                "anchor": f"#{s.anchor}",
                "title": s.source.title,
                "title_is_descriptive": s.source.title_is_descriptive,
                "kind": s.source.kind,
                "description": s.source.description,
                "language": s.source.language,
                "speakers": dict(s.source.speakers),
                "publisher": s.source.publisher,
                "url": s.source.url,
                "published": s.source.published,
                "archived_url": s.source.archived_url,
                "paragraphs": len(s.source.paragraphs),
                "quoted_in": [eid for eid, _ in s.quoted_in],
            }
            for s in doc.sources
        ],
    }


def _update(u: ExportUpdate) -> dict[str, Any]:
    return {"date": u.date, "changes": list(u.changes), "text": u.text}


def _used_ctas(doc: Document) -> list:
    return list(dict.fromkeys([*doc.ctas, *(c for e in doc.entries for c in e.ctas)]))


def _cta(cta, page_wide: bool) -> dict[str, Any]:
    return {"id": cta.id, "label": cta.label, "url": cta.url, "text": cta.text, "page_wide": page_wide}


def render_json(doc: Document) -> str:
    return json.dumps(to_json(doc), ensure_ascii=False, indent=2) + "\n"
