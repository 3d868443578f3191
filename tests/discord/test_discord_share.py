"""/share id: in the simulated Discord: ephemeral, both sizes copyable, choices said, autocomplete."""

from __future__ import annotations

import re

import pytest
from simworld import make_entry, make_kb, make_source, quote_of

from bot.config import CallToAction
from bot.discord_app import render
from bot.engine import Engine
from bot.outreach.share import SHORT_LIMIT, quoted
from bot.outreach.textcount import social_length

pytestmark = pytest.mark.asyncio

PETITION = CallToAction(
    "petition",
    "Sign the petition",
    "https://example.org/petition",
    "Ask UN member states to keep Iran's human rights record under scrutiny.",
)


def block(embed) -> str:
    """The text inside an embed's code block: exactly what gets copied."""
    match = re.fullmatch(r"```\n(.*)\n```", embed.description, re.DOTALL)
    assert match, embed.description
    return match.group(1)


async def test_share_gives_both_sizes_privately(world_factory, faq_engine):
    entry = faq_engine.kb.entries["executions"]
    outreach = {
        "site_url": "https://example.org/faq.html",
        "calls_to_action": (PETITION,),
        "share_cta": "petition",
        "hashtags": ("#Iran",),
    }
    async with world_factory(outreach=outreach) as w:
        result = await w.slash(w.alice, "share", id="executions")
        assert result.ephemeral and w.messages(viewer=w.bob) == []  # only the asker sees it
        message = result.response
        assert render.safe(entry.question) in message.content
        short, long = (block(e) for e in message.embeds)
        assert social_length(short) <= SHORT_LIMIT
        assert f"{social_length(short)}/{SHORT_LIMIT}" in message.embeds[0].title
        assert quoted(entry.quotes[0]) in short and "https://example.org/faq.html#executions" in short
        assert entry.answer in long and all(quoted(q) in long and q.attribution in long for q in entry.quotes)
        assert PETITION.url in long
        links = [c for row in message.components for c in row["components"]]
        assert [(c["style"], c["url"]) for c in links] == [(5, "https://example.org/faq.html#executions")]


async def test_share_says_when_a_quote_was_swapped_or_dropped(world_factory, base_config):
    source = make_source(paragraphs=["Long " * 80 + "end.", "Short and to the point.", "Also long " * 60 + "end."])
    entries = [
        make_entry("swap", "Which quote?", "An answer.", [quote_of(source, 1), quote_of(source, 2)]),
        make_entry("drop", "No quote fits?", "Only the answer then.", [quote_of(source, 3)]),
    ]
    engine = Engine.build(make_kb(entries, [source]), base_config.matching)
    async with world_factory(engine) as w:
        swapped = (await w.slash(w.alice, "share", id="swap")).response
        assert "uses quote 2 of 2, a shorter one" in swapped.content
        assert "\u201cShort and to the point.\u201d" in block(swapped.embeds[0])
        dropped = (await w.slash(w.alice, "share", id="drop")).response
        assert "no quote fits" in dropped.content
        short = block(dropped.embeds[0])
        assert "Also long" not in short and "Only the answer then." in short
        assert quoted(entries[1].quotes[0]) in block(dropped.embeds[1])  # the long one keeps it, whole


async def test_share_checks_the_id_and_autocompletes(world_factory, faq_engine):
    async with world_factory() as w:
        missing = await w.slash(w.alice, "share", id="no-such-entry")
        assert missing.ephemeral and "/faq list" in missing.response.content
        choices = await w.autocomplete(w.alice, "share", "id", "execut")
        assert 1 <= len(choices) <= 25 and choices[0]["value"] == "executions"
        assert all(len(c["name"]) <= 100 and c["value"] in faq_engine.kb.entries for c in choices)


async def test_share_can_be_switched_off(world_factory):
    async with world_factory(features={"share": False}) as w:
        assert "share" not in w.alice.available_commands(w.channel)
