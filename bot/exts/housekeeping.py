"""The privacy purge: review-queue questions older than `privacy.retention_days`, and those the
storage policy would no longer keep (all of them once `privacy.store_unanswered_text` is off, and
any that disclose personal risk or data), are deleted on start and then once a day. The loop survives any error (it logs and tries again next time)."""

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

    async def cog_unload(self) -> None:
        self.purge.cancel()

    @tasks.loop(hours=24)
    async def purge(self) -> None:
        self.runs += 1
        try:
            removed = await self.bot.store.purge(self.bot.config.privacy.retention_days,
                                                 keep=self.bot.service.storage_policy.keeps)
        except Exception:  # noqa: BLE001 - a failed purge must not end the loop
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
