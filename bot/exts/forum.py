"""Forum posts (opt-in per forum channel): a new post is answered once, like passive mode.

A post in a forum listed in `discord.forum_channel_ids` (its title and first message) gets one
reply in its thread when the FAQ answers it with confidence: above `discord.passive_threshold`
(never below the normal answer threshold), never a partial answer, never "did you mean" or "no
match", never to bots, at most once per post; cooldowns apply silently; a post disclosing a
person in danger gets no reply (bot.privacy.safety). As in passive mode, nothing of the post is
stored (only the answer is counted). Reading the first message needs the privileged Message
Content intent, requested only when a forum is listed; without it the title alone is matched.
"""

from __future__ import annotations

import datetime as dt

import discord
from discord.ext import commands

from ..discord_app.bot import FaqBot
from ..engine import Reply
from .passive import RecentIds

STARTER_WINDOW = dt.timedelta(minutes=2)  # the post's first message comes with the thread itself


def is_forum_post(message: discord.Message, forum_ids: tuple[int, ...]) -> bool:
    """The first message of a new post in one of `forum_ids` (its thread's starter message)."""
    thread = message.channel
    if not isinstance(thread, discord.Thread) or thread.parent_id not in forum_ids:
        return False
    if message.id == thread.id:  # Discord gives a forum post's starter message the thread's id
        return True
    # Otherwise (an older client, a simulator): the owner's message when the thread was created.
    created = discord.utils.snowflake_time(thread.id)
    return message.author.id == thread.owner_id and message.created_at - created <= STARTER_WINDOW


class Forum(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot
        self.seen = RecentIds()

    def best(self, title: str, body: str, guild_id: int | None = None) -> Reply | None:
        """The confident, full answer to the title, or to title and message together; else None."""
        best = None
        for text in dict.fromkeys(t for t in (title, f"{title}\n{body}".strip()) if t):
            reply = self.bot.ask(text, guild_id=guild_id)
            if not self.bot.service.fit_to_post_unasked(reply):
                continue
            if best is None or reply.result.score > best.result.score:
                best = reply
        return best

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        bot, settings = self.bot, self.bot.config.discord
        if message.author.bot or message.webhook_id is not None or message.guild is None or bot.user is None:
            return
        if not is_forum_post(message, settings.forum_channel_ids):
            return
        if bot.user.id in message.raw_mentions:
            return  # addressed to the bot: the mention cog answers it
        if not self.seen.add(message.channel.id):
            return  # once per post
        title = getattr(message.channel, "name", "") or ""
        body = message.content or ""
        if bot.service.safety.danger(f"{title}\n{body}") is not None:
            return  # a person in danger: no FAQ guess, and nobody asked the bot here
        reply = self.best(title, body, message.guild.id)
        if reply is not None:
            await bot.post_unasked(message, reply, "forum post")


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Forum(bot))
