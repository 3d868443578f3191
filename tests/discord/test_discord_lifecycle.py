"""Start, sync, shard, loops and shutdown of the real bot class."""

from __future__ import annotations

import discord
import pytest
from discord.ext import commands
from simworld import answerable

from bot.discord_app.bot import FaqBot, intents_for

pytestmark = pytest.mark.asyncio


def puts(w) -> list[str]:
    return [r.path for r in w.http("PUT", "/commands")]


async def test_commands_sync_on_first_start_and_only_when_they_change(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory() as w:
        assert len(puts(w)) == 1 and w.bot.last_synced == [None]
        w.bot.dispatch("ready")  # a reconnect: never a sync
        await w.env.settle()
        assert len(puts(w)) == 1

        await w.restart()  # same definitions, same database: no sync
        assert len(puts(w)) == 1 and w.bot.last_synced == []
        assert (await w.slash(w.alice, "ask", question=question)).response.embeds

        w.set_discord(features={**w.config.discord.features, "browse": False})
        await w.restart()  # the definitions changed: one sync
        assert len(puts(w)) == 2
        assert sorted(w.alice.available_commands(w.channel)) == ["ask", "share", "verify"]

        w.set_discord(guild_ids=(w.guild.id,))
        await w.restart()  # a new target: synced there
        assert puts(w)[-1].endswith(f"/guilds/{w.guild.id}/commands")


async def test_auto_sync_can_be_switched_off(world_factory):
    async with world_factory(auto_sync=False) as w:
        assert puts(w) == []
        # What `faqbot sync` does: ask, faq (list, show), sources, share, verify, faq-settings, the
        # "Answer with FAQ" menu (faq-mod only in home servers).
        assert await w.bot.sync_commands() == 7
        assert len(puts(w)) == 1
        assert await w.bot.sync_if_changed() == []


async def test_the_bot_asks_for_no_privileged_intent_and_never_pings(base_config, faq_engine, tmp_path):
    from simworld import make_config

    config = make_config(base_config, tmp_path)
    intents = intents_for(config)
    assert not (intents.message_content or intents.members or intents.presences)
    bot = FaqBot(config, faq_engine)
    assert isinstance(bot, commands.AutoShardedBot)
    assert bot.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()


async def test_sharded_bot(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory(shard_count=2) as w:  # two shards, as Discord would recommend past ~2,500 servers
        assert isinstance(w.bot, discord.AutoShardedClient) and w.bot.shard_count == 2
        other = w.env.create_guild("Other", shard_id=1)
        channel = other.create_text_channel("general")
        carol = other.add_member(w.env.create_user("carol"))
        for member, where in ((w.alice, w.channel), (carol, channel)):
            result = await member.slash(where, "ask", question=question)
            assert result.response.embeds[0].footer.text.startswith(f"FAQ entry {entry.id}")
        await carol.send(channel, f"<@{w.bot.user.id}> {question}")
        assert w.last_bot_message(channel).embeds


async def test_purge_loop_survives_errors(world_factory):
    async with world_factory() as w:
        housekeeping = w.bot.get_cog("Housekeeping")
        await w.env.settle()
        assert housekeeping.runs == 1  # the purge on start
        original = w.bot.store.purge
        calls = {"n": 0}

        async def flaky(days, keep=None):
            calls["n"] += 1
            if calls["n"] == 1:
                raise OSError("disk full")
            return await original(days, keep)

        w.bot.store.purge = flaky
        await w.advance(24 * 3600)
        assert housekeeping.runs == 2 and housekeeping.failures == 1 and housekeeping.purge.is_running()
        await w.advance(24 * 3600)
        assert housekeeping.runs == 3 and housekeeping.failures == 1


async def test_close_unloads_cogs_cancels_loops_and_closes_the_store(world_factory):
    async with world_factory() as w:
        bot = w.bot
        housekeeping = bot.get_cog("Housekeeping")
        assert housekeeping.purge.is_running()
        await bot.close()
        await w.env.settle()
        assert bot.cogs == {} and bot.extensions == {}
        assert not housekeeping.purge.is_running()
        assert not bot.store.is_open
        await bot.close()  # twice is harmless (the signal handler and `async with` both close)
