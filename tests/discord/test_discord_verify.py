"""/verify text: in the simulated Discord: private verdicts, differences marked, never pinging,
within Discord's limits, rate-limited, a feature that can be switched off; and every module under
bot/exts is a feature or a core extension."""

from __future__ import annotations

import dataclasses
import pkgutil

import pytest
from simworld import make_entry, make_kb, make_source, quote_of

import bot.exts
from bot.config import DEFAULT_FEATURES, FEATURES_KNOWN
from bot.discord_app import limits as L
from bot.discord_app.bot import CORE_EXTENSIONS, FEATURE_EXTENSIONS
from bot.engine import Engine
from bot.engine.verify import say, verify_quote
from bot.exts.verify import verify_message

pytestmark = pytest.mark.asyncio


async def test_a_verbatim_quote_says_where_and_who_privately(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    async with world_factory() as w:
        result = await w.slash(w.alice, "verify", text=f"\u201c{quote.text}\u201d")
        assert result.ephemeral and w.messages(viewer=w.bob) == []
        (embed,) = result.response.embeds
        assert embed.title == say("title_verbatim")
        assert f"paragraph {quote.paragraph}" in embed.description and quote.attribution in embed.description
        assert "executions" in embed.description


async def test_an_altered_quote_shows_each_difference_and_the_source_words(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    digits = next(w.strip(",.") for w in quote.text.split() if w.strip(",.").isdigit())
    wrong = quote.text.replace(digits, str(int(digits) + 10), 1)
    async with world_factory() as w:
        (embed,) = (await w.slash(w.alice, "verify", text=wrong)).response.embeds
        assert embed.title == say("title_altered")
        assert f"[-{digits}-] {{+{int(digits) + 10}+}}" in embed.description
        assert f"\u201c{digits}\u201d" in embed.description and f"paragraph {quote.paragraph}" in embed.description


async def test_text_not_in_the_sources_is_said_plainly(world_factory):
    async with world_factory() as w:
        (embed,) = (await w.slash(w.alice, "verify", text="The moon is made of cheese, the NGOs said.")).response.embeds
        assert embed.title == say("title_not_found") and "/sources" in embed.description


async def test_pasted_text_never_pings_and_stays_within_limits(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    hostile = f"@everyone <@&123> **{quote.text[:60]}** @here " + "\u200f\u0627\u06cc\u0631\u0627\u0646 " * 120
    async with world_factory() as w:
        for text in (hostile[:1500], quote.text + " @everyone <@1> " * 40):
            result = await w.slash(w.alice, "verify", text=text[:1500])
            (embed,) = result.response.embeds
            for part in (embed.description or "", embed.title or ""):
                assert "@everyone" not in part and "<@&123>" not in part and "<@1>" not in part and "@here" not in part
            assert L.violations(result.response.content, result.response.embeds) == []


async def test_the_reply_fits_discord_whatever_the_source_says():
    long_para = " ".join(f"word{i}" for i in range(900)) + "."
    source = make_source(paragraphs=[long_para], speakers={"s": "x" * 2000})
    source = dataclasses.replace(source, title="T" * 3000, url="https://example.org/" + "a" * 3000)
    kb = make_kb([make_entry("e", "Q?", "A.", [quote_of(source, 1)])], [source])
    changed = long_para.replace("word5 ", "other ").replace("word700", "something")
    for text in (long_para, changed, " ".join(f"word{i}" for i in range(0, 900, 2))):
        message = verify_message(verify_quote(text, kb))
        assert message.violations() == []


async def test_verify_is_rate_limited_with_the_bots_cooldowns(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    async with world_factory(cooldowns=(5.0, 0.0)) as w:
        assert (await w.slash(w.alice, "verify", text=quote.text)).response.embeds
        slowed = await w.slash(w.alice, "verify", text=quote.text)
        assert slowed.ephemeral and slowed.response.content.startswith("Slow down")


async def test_verify_shows_the_original_document_when_its_url_is_known(world_factory, base_config):
    source = dataclasses.replace(
        make_source(paragraphs=["The island has forty lighthouses along its coast."]),
        url="https://example.org/report_(2024)",
    )
    engine = Engine.build(
        make_kb([make_entry("l", "How many lighthouses?", "Forty.", [quote_of(source, 1)])], [source]),
        base_config.matching,
    )
    async with world_factory(engine) as w:
        (embed,) = (await w.slash(w.alice, "verify", text="forty lighthouses along its coast")).response.embeds
        assert "https://example.org/report_(2024)" in embed.description


async def test_verify_can_be_switched_off(world_factory):
    async with world_factory(features={"verify": False}) as w:
        assert "verify" not in w.alice.available_commands(w.channel)


async def test_every_extension_module_is_a_feature_or_core():
    modules = {
        f"bot.exts.{info.name}" for info in pkgutil.iter_modules(bot.exts.__path__) if not info.name.startswith("_")
    }
    assert modules == set(FEATURE_EXTENSIONS.values()) | set(CORE_EXTENSIONS)
    assert set(FEATURE_EXTENSIONS) == set(FEATURES_KNOWN) == set(DEFAULT_FEATURES)
