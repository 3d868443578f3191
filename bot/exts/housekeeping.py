"""The privacy purge: review-queue questions older than `privacy.retention_days`, and those the
storage policy would no longer keep (all of them once `privacy.store_unanswered_text` is off, and
any that disclose personal risk or data), are deleted on start and then once a day. The loop
survives any error (it logs and tries again next time).

Several processes sharing a store (docs/scaling.md): with `moderation.watch_files` on (the
default), every `moderation.watch_interval_seconds`,
the FAQ version another process served (kept in the store) is compared with the one served here,
and the files are reloaded when it differs (`FaqService.follow_store_version`).

The block list (bot.moderation.abuse) is read again from the store every
`limits.blocks_refresh_seconds`, so a block made through another process (or `faqbot block`)
applies here too; at the same interval, whatever `moderation.watch_files` says, the per-server
settings another process changed with /faq-settings are reloaded
(`FaqService.follow_server_settings`: one meta read when none changed), so a server's fact of
the day is never posted by a process that missed a change; and the names of the servers the bot
is in are written to the store when it connects, joins a server or a server is renamed, for
`faqbot stats --by-server`."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands, tasks

from ..discord_app.bot import FaqBot

log = logging.getLogger(__name__)


class Housekeeping(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot
        self.runs = 0
        self.failures = 0
        self.names_written: dict[int, str] = {}  # server names this process has written to the store

    async def cog_load(self) -> None:
        self.purge.start()  # the first run is immediate: the purge on start
        self.refresh_blocks.change_interval(seconds=self.bot.config.limits.blocks_refresh_seconds)
        self.refresh_blocks.start()
        settings = self.bot.config.moderation
        if settings.watch_files:  # following FAQ changes and server settings: the files' own and other processes'
            self.follow.change_interval(seconds=settings.watch_interval_seconds)
            self.follow.start()

    async def cog_unload(self) -> None:
        self.purge.cancel()
        self.follow.cancel()
        self.refresh_blocks.cancel()

    @tasks.loop(seconds=10.0)
    async def refresh_blocks(self) -> None:
        """Read the block list again (blocks made through other processes or the CLI), and the
        server settings when another process changed them."""
        try:
            await self.bot.service.refresh_blocks()
        except Exception:
            log.exception("reading the block list from the store failed; trying again")
        await self.follow_settings()

    async def follow_settings(self) -> None:
        try:
            if await self.bot.service.follow_server_settings():
                schedule = self.bot.get_cog("Schedule")
                if schedule is not None:
                    schedule.wake()  # type: ignore[attr-defined]
        except Exception:
            log.exception("checking the server settings in the store failed; trying again")

    async def note_servers(self, guilds: list[discord.Guild]) -> None:
        """Write the names of servers not written yet by this process, or renamed since (one write)."""
        new = [(g.id, g.name) for g in guilds if g.name and self.names_written.get(g.id) != g.name]
        if not new:
            return
        try:
            await self.bot.store.note_server_names(new)
        except Exception:
            log.exception("could not write the names of servers to the store")
            return
        self.names_written.update(new)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        await self.note_servers(list(self.bot.guilds))

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.note_servers([guild])

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:  # back after an outage; at start
        await self.note_servers([guild])

    @commands.Cog.listener()
    async def on_guild_update(self, before: discord.Guild, after: discord.Guild) -> None:
        if before.name != after.name:
            await self.note_servers([after])

    @tasks.loop(seconds=5.0)
    async def follow(self) -> None:
        """Serve the FAQ an edit made through another process (one meta read when nothing changed)."""
        try:
            await self.bot.service.follow_store_version()
        except Exception:
            log.exception("checking the FAQ version in the store failed; trying again")

    @tasks.loop(hours=24)
    async def purge(self) -> None:
        self.runs += 1
        try:
            removed = await self.bot.store.purge(
                self.bot.config.privacy.retention_days, keep=self.bot.service.storage_policy.keeps
            )
        except Exception:
            self.failures += 1
            log.exception("privacy purge failed; trying again at the next run")
            return
        if removed:
            log.info("privacy purge: %d question(s) deleted", removed)

    @purge.error
    async def purge_error(self, error: BaseException) -> None:
        # The body catches every Exception, so this only sees what escapes it; log it at least.
        log.error("privacy purge loop stopped", exc_info=error)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Housekeeping(bot))
