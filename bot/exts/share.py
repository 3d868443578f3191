"""/share id: — a ready-to-post text of one FAQ answer for other platforms, in two sizes.

Only the person asking sees the reply (they copy it); the texts come from `bot.outreach.share`.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..discord_app import outreach
from ..discord_app.bot import FaqBot
from ..discord_app.choices import entry_choices
from ..outreach.share import share_text


class Share(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    @app_commands.command(name="share", description="Get a ready-to-post text of an answer, with its quote and source")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="The answer to share (type part of a question to search)")
    async def share(self, interaction: discord.Interaction, entry_id: str) -> None:
        bot = self.bot
        entry = await bot.entry_for(interaction, entry_id)
        if entry is None:
            return
        message = bot.checked(outreach.share_message(entry, share_text(entry, bot.config.outreach)))
        await interaction.response.send_message(**message.kwargs(), ephemeral=True)

    @share.autocomplete("entry_id")
    async def entry_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(self.bot.engine.kb, current)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Share(bot))
