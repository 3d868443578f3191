"""`faqbot export`: the whole FAQ as one self-contained HTML page, Markdown or JSON.

    export(kb, outreach, "html") -> str

The output depends only on the FAQ, its sources and config.yaml's `outreach` section: no dates,
no randomness, so the example under docs/ can be regenerated and compared byte for byte.
"""

from __future__ import annotations

from ...config import OutreachSettings
from ...engine.knowledge import KnowledgeBase
from ._html import render_html
from ._json import render_json
from ._markdown import render_markdown
from ._model import Document, build_document

FORMATS = {"html": render_html, "md": render_markdown, "json": render_json}
SUFFIXES = {"html": ".html", "md": ".md", "json": ".json"}

__all__ = ["FORMATS", "SUFFIXES", "Document", "build_document", "export"]


def export(kb: KnowledgeBase, outreach: OutreachSettings, fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    return FORMATS[fmt](build_document(kb, outreach))
