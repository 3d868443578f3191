"""Where a source comes from (its URL, when seeds/*.yaml gives one) goes with its quotes in /share."""

from __future__ import annotations

import dataclasses

from simworld import make_entry, make_source, quote_of

from bot.config import OutreachSettings
from bot.outreach.share import share_text


def test_the_long_share_text_links_the_original_document_when_known():
    source = make_source(paragraphs=["The lighthouse flashes every ten seconds."])
    entry = make_entry("light", "How often does it flash?", "Every ten seconds.", [quote_of(source, 1)])
    assert "https://" not in share_text(entry, OutreachSettings()).long
    linked = dataclasses.replace(source, url="https://example.org/notes_(2024)")
    entry = make_entry("light", "How often does it flash?", "Every ten seconds.", [quote_of(linked, 1)])
    long = share_text(entry, OutreachSettings()).long
    assert "https://example.org/notes_(2024)" in long
    assert long.index("paragraph 1") < long.index("https://example.org/notes_(2024)")
