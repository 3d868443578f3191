"""Browsing the FAQ: /faq list (paginated), /faq show id: (autocomplete), /sources."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..discord_app import render
from ..discord_app.bot import FaqBot
from ..discord_app.choices import entry_choices


class Browse(commands.Cog):
    faq = app_commands.Group(name="faq", description="Browse the questions the bot can answer")

    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    @faq.command(name="list", description="List every question the bot can answer")
    @app_commands.describe(page="Page to start on (from 1)")
    async def faq_list(self, interaction: discord.Interaction, page: app_commands.Range[int, 1, 100000] = 1) -> None:
        message = self.bot.list_message(page - 1)
        await interaction.response.send_message(**message.kwargs(), ephemeral=True)

    @faq.command(name="show", description="Show one FAQ entry with its sourced quotes")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="The entry's id (type part of a question to search)")
    async def faq_show(self, interaction: discord.Interaction, entry_id: str) -> None:
        bot = self.bot
        entry = await bot.entry_for(interaction, entry_id)
        if entry is None:
            return
        message = bot.answer_message(entry, bot.asker_token(interaction.user), guild_id=interaction.guild_id)
        sent = await interaction.response.send_message(**message.kwargs())
        bot.service.count_shown(entry.id, interaction.guild_id)
        if interaction.guild_id is not None:
            bot.service.remember_posted(
                interaction.channel_id, getattr(sent, "message_id", None), entry.id, guild_id=interaction.guild_id
            )

    @faq_show.autocomplete("entry_id")
    async def entry_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(self.bot.engine.kb, current)

    @app_commands.command(name="sources", description="List the source documents the answers quote")
    async def sources(self, interaction: discord.Interaction) -> None:
        message = render.sources_list(list(self.bot.engine.kb.sources.values()))
        await interaction.response.send_message(**self.bot.checked(message).kwargs(), ephemeral=True)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Browse(bot))
