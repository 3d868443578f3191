"""/sources shows where each document comes from, when seeds/*.yaml says so."""

from __future__ import annotations

import dataclasses

import pytest
from simworld import make_entry, make_kb, make_source, quote_of

from bot.engine import Engine

pytestmark = pytest.mark.asyncio


async def test_sources_show_publisher_date_and_links(world_factory, base_config):
    plain = make_source("plain", title="Plain notes", paragraphs=["Nothing more is known about these notes."])
    known = dataclasses.replace(
        make_source("known", title="Gazette report", paragraphs=["The harbour froze once."]),
        publisher="The Island Gazette @everyone",
        published="2024-03-01",
        url="https://example.org/report_(2024)",
        archived_url="https://archive.example.org/r",
    )
    kb = make_kb([make_entry("e", "Did the harbour freeze?", "Once.", [quote_of(known, 1)])], [plain, known])
    async with world_factory(Engine.build(kb, base_config.matching)) as w:
        result = await w.slash(w.alice, "sources")
        fields = {f.name: f.value for f in result.response.embeds[0].fields}
        assert (
            "2024-03-01" in fields["Gazette report"] and "https://example.org/report_(2024)" in fields["Gazette report"]
        )
        assert "https://archive.example.org/r" in fields["Gazette report"]
        assert "@everyone" not in fields["Gazette report"]
        assert "http" not in fields["Plain notes"]
