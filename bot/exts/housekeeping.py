"""The privacy purge: review-queue questions older than `privacy.retention_days`, and those the
storage policy would no longer keep (all of them once `privacy.store_unanswered_text` is off, and
any that disclose personal risk or data), are deleted on start and then once a day. The loop
survives any error (it logs and tries again next time).

Several processes sharing a store (docs/scaling.md): with `moderation.watch_files` on (the
default), every `moderation.watch_interval_seconds`,
the FAQ version another process served (kept in the store) is compared with the one served here,
and the files are reloaded when it differs (`FaqService.follow_store_version`). At the same interval,
the per-server settings another process changed with /faq-settings
are reloaded (`FaqService.follow_server_settings`: one meta read when none changed)."""

from __future__ import annotations

import logging

from discord.ext import commands, tasks

from ..discord_app.bot import FaqBot

log = logging.getLogger(__name__)


class Housekeeping(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot
        self.runs = 0
        self.failures = 0

    async def cog_load(self) -> None:
        self.purge.start()  # the first run is immediate: the purge on start
        settings = self.bot.config.moderation
        if settings.watch_files:  # following FAQ changes and server settings: the files' own and other processes'
            self.follow.change_interval(seconds=settings.watch_interval_seconds)
            self.follow.start()

    async def cog_unload(self) -> None:
        self.purge.cancel()
        self.follow.cancel()

    @tasks.loop(seconds=5.0)
    async def follow(self) -> None:
        """Serve the FAQ an edit made through another process, and the server settings changed
        through another (one meta read each when nothing changed)."""
        try:
            await self.bot.service.follow_store_version()
        except Exception:
            log.exception("checking the FAQ version in the store failed; trying again")
        try:
            if await self.bot.service.follow_server_settings():
                schedule = self.bot.get_cog("Schedule")
                if schedule is not None:
                    schedule.wake()  # type: ignore[attr-defined]
        except Exception:
            log.exception("checking the server settings in the store failed; trying again")

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
