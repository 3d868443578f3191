"""Moderators keep the FAQ current: /faq-mod add, edit, phrasing add, remove, history, undo, reload,
review and stats, the file watcher and the moderators' log channel; and the block list (/faq-mod
block, unblock, blocks: bot.moderation.abuse).

Moderation happens in the campaign's own servers only (`discord.home_guild_ids`): /faq-mod is a
guild command of those servers and is registered nowhere else, and every command, form and
button is refused outside them (`Moderation.refusal`). With no home server, /faq-mod is not
registered at all; the file watcher keeps running, and old moderator buttons get an answer that
says how to turn moderation on.

_cog.py holds the commands, _views.py the forms and buttons, _render.py what moderators are shown.
The editing itself (validation, atomic writes, the audit log) is `bot.moderation`, shared with the CLI.
"""

from __future__ import annotations

import logging

import discord

from ...discord_app.bot import FaqBot
from ._cog import Moderation

log = logging.getLogger(__name__)


async def setup(bot: FaqBot) -> None:
    cog = Moderation(bot)
    homes = bot.config.discord.home_guild_ids
    if homes:
        await bot.add_cog(cog, guilds=[discord.Object(guild_id) for guild_id in homes])
        return
    # `guilds=[]` would mean "global" to discord.py: add the cog (watcher, answers to old buttons),
    # then take its commands out of the tree before anything is synced.
    await bot.add_cog(cog)
    bot.tree.remove_command(cog.mod.name)
    log.warning(
        "moderation in Discord is off: discord.home_guild_ids in %s is empty, so /faq-mod is not "
        "registered. To turn it on, list the campaign's server id(s) there and restart the bot. "
        "faqbot history, undo, review and stats work on the command line meanwhile.",
        bot.config.path.name,
    )
