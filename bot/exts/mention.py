"""@faqbot question — answered in a reply; direct messages are questions too.

Needs no privileged intent: Discord delivers the text of messages that mention the bot and of DMs.
The bot never parses these as prefix commands, so no CommandNotFound is raised for them.
"""

from __future__ import annotations

import logging
import re

import discord
from discord.ext import commands

from ..discord_app import render, safety
from ..discord_app.bot import FaqBot
from ..engine import SafeRoute

log = logging.getLogger(__name__)

SLOW_DOWN_SECONDS = 10  # the "slow down" reply removes itself after this long
ANSWERABLE = (discord.MessageType.default, discord.MessageType.reply)


def mention_question(message: discord.Message, bot_id: int, bot_role_id: int | None = None) -> str | None:
    """The question if the message is addressed to the bot (a mention or a DM), else None."""
    addressed = (
        message.guild is None
        or bot_id in message.raw_mentions
        or (bot_role_id is not None and bot_role_id in message.raw_role_mentions)
    )
    if not addressed:
        return None
    text = re.sub(rf"<@!?{bot_id}>", " ", message.content)
    if bot_role_id is not None:
        text = re.sub(rf"<@&{bot_role_id}>", " ", text)
    return " ".join(text.split())


class Mention(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        bot = self.bot
        if message.author.bot or message.webhook_id is not None or bot.user is None:
            return
        if message.type not in ANSWERABLE:
            return
        role = message.guild.self_role if message.guild is not None else None
        question = mention_question(message, bot.user.id, role.id if role else None)
        if question is None:
            return
        server = message.guild.id if message.guild is not None else 0
        verdict = await bot.hit_cooldown(message.author, message.channel.id, server)
        if not verdict.allowed:
            # Said once per window, then quiet; nothing at all to a blocked person or server here,
            # where a reply would be seen by everyone (a slash command tells them privately).
            if verdict.first_refusal and verdict.reason != "blocked":
                await self._reply(
                    message,
                    render.Message(content=render.refusal(verdict)),
                    delete_after=SLOW_DOWN_SECONDS,
                )
            return
        if not question:
            await self._reply(message, bot.help_message())
            return
        guild_id = message.guild.id if message.guild is not None else None
        reply = bot.ask(question, message.author, message.channel.id, guild_id)
        if reply.safe_route is not None:
            await self._safe_route(message, reply.safe_route)
            return  # nothing recorded, not even counted
        out = bot.render_reply(reply, message.author, guild_id)
        sent = await self._reply(message, out)
        for page in out.more:
            await self._reply(message, render.Message(embeds=page))
        bot.service.record(reply, message_id=sent.id if sent is not None else None, guild_id=server)
        if sent is not None and out.kind is render.MessageKind.ANSWER and reply.entry is not None and message.guild:
            bot.service.remember_posted(message.channel.id, sent.id, reply.entry.id, reply.lang, message.guild.id)

    async def _safe_route(self, message: discord.Message, route: SafeRoute) -> None:
        """A person in danger: the contacts privately (a DM); in a channel, only the generic text.

        In a DM the whole safe route is the reply. In a server the bot tries to send it as a direct
        message (which the person may have closed), and posts a short generic reply that says so,
        or points to /ask (ephemeral) when the DM could not be sent. Never quotes the question."""
        full = self.bot.checked(safety.private(route))
        if message.guild is None:
            await self._reply(message, full)
            return
        sent = False
        try:
            await message.author.send(**full.kwargs(), allowed_mentions=discord.AllowedMentions.none())
            sent = True
        except discord.HTTPException as exc:  # DMs closed (403, 50007) or any other refusal
            log.info("could not send the safe route privately (HTTP %s)", exc.status)
        await self._reply(message, safety.public(route, sent_privately=sent))

    async def _reply(self, message: discord.Message, out: render.Message, **kwargs) -> discord.Message | None:
        try:
            return await message.reply(
                **out.kwargs(), mention_author=False, allowed_mentions=discord.AllowedMentions.none(), **kwargs
            )
        except discord.Forbidden:
            log.warning("no permission to reply in channel %s", message.channel.id)
            return None


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Mention(bot))
