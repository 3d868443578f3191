"""Passive mode (off by default): answer un-mentioned questions in configured channels.

Kept deliberately quiet, because every fuzzy auto-responder draws complaints about false
triggers: only channels (or threads) listed in `discord.passive_channel_ids`, or those a server's
own admins chose with `/faq-settings passive` (which then replace the config's in that server), never
other threads;
only messages with a question mark (unless configured otherwise); only confident answers
(`discord.passive_threshold`, never below the normal answer threshold) to the question as asked
(never a partial answer); never "did you mean" or "no match"; never to bots; at most once per
message; cooldowns apply silently; and the text of these messages is never stored. Needs the
privileged Message Content intent.
"""

from __future__ import annotations

from collections import OrderedDict

import discord
from discord.ext import commands

from ..discord_app.bot import FaqBot
from .mention import ANSWERABLE


class RecentIds:
    """A bounded set of recently seen message ids."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def add(self, item: int) -> bool:
        """True if `item` is new (and now remembered)."""
        if item in self._ids:
            return False
        self._ids[item] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True


class Passive(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot
        self.seen = RecentIds()

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        bot, settings = self.bot, self.bot.config.discord
        if message.author.bot or message.webhook_id is not None or message.guild is None or bot.user is None:
            return
        # The server's own passive channels (/faq-settings passive), else discord.passive_channel_ids.
        if message.type not in ANSWERABLE or message.channel.id not in bot.service.passive_channels(message.guild.id):
            return
        if bot.user.id in message.raw_mentions:
            return  # addressed to the bot: the mention cog answers it
        if settings.passive_questions_only and "?" not in message.content:
            return
        if not self.seen.add(message.id):
            return
        reply = bot.ask(message.content, guild_id=message.guild.id)
        if bot.service.fit_to_post_unasked(reply):
            await bot.post_unasked(message, reply, "passive channel")


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Passive(bot))
