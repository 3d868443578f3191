"""The buttons on every answer: Show source, Helpful / Not helpful, Delete, and "did you mean".

They are dynamic items (see bot.discord_app.components): registered here, they keep working on
messages sent before a restart, since everything they need is in their custom_id.
"""

from __future__ import annotations

from discord.ext import commands

from ..discord_app.bot import FaqBot
from ..discord_app.components import ALL_ITEMS


class Feedback(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*ALL_ITEMS)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*ALL_ITEMS)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Feedback(bot))
