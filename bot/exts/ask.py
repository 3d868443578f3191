"""/ask question: — the main way to ask, with autocomplete over the FAQ's questions."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..discord_app import render
from ..discord_app.bot import FaqBot
from ..discord_app.choices import question_choices


class Ask(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    @app_commands.command(name="ask", description="Ask a question; the answer quotes its sources")
    @app_commands.describe(question="Your question, in your own words")
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        bot = self.bot
        verdict = await bot.hit_cooldown(interaction.user, interaction.channel_id, interaction.guild_id or 0)
        if not verdict.allowed:
            await interaction.response.send_message(render.refusal(verdict), ephemeral=True)
            return
        # Matching is in memory and takes well under a millisecond, so the reply is sent directly
        # (a deferral would fix its visibility before we know whether it is an answer or a
        # private "no match"); the store writes happen after the reply.
        # The asker and channel make this part of a conversation: "why?" right after an answer
        # shows that answer's sources (privately, like the Show source button).
        reply = bot.ask(question, interaction.user, interaction.channel_id, interaction.guild_id)
        message = bot.render_reply(reply, interaction.user, interaction.guild_id)
        # A person in danger (MessageKind.SAFE): the contacts are for them alone.
        private = message.kind in (render.MessageKind.NONE, render.MessageKind.INFO, render.MessageKind.SAFE)
        sent = await interaction.response.send_message(**message.kwargs(), ephemeral=private)
        for page in message.more:
            await interaction.followup.send(embeds=page, ephemeral=private)
        message_id = getattr(sent, "message_id", None)
        bot.service.record(reply, message_id=message_id, guild_id=interaction.guild_id or 0)
        if message.kind is render.MessageKind.ANSWER and reply.entry is not None and interaction.guild_id is not None:
            bot.service.remember_posted(
                interaction.channel_id, message_id, reply.entry.id, reply.lang, interaction.guild_id
            )

    @ask.autocomplete("question")
    async def question_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return question_choices(self.bot.engine.kb, current)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Ask(bot))
