"""One place where interaction errors end: a short ephemeral message for the user, the traceback
for the log. Used by the command tree and by every button, so one failing handler never leaves a
user with "interaction failed" or takes anything else down.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from .render import slow_down

log = logging.getLogger(__name__)

GENERIC = "Sorry, something went wrong on my side. Please try again in a moment."
NOT_ALLOWED = "You can't use this here."


class Refused(app_commands.CheckFailure):
    """A check that failed with a reason worth telling the user (shown as the ephemeral reply)."""


async def tell(interaction: discord.Interaction, content: str) -> None:
    """An ephemeral message, as the response if none was sent yet, else as a follow-up."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True)
        else:
            await interaction.response.send_message(content, ephemeral=True)
    except discord.HTTPException as exc:  # expired interaction, missing access: nothing more to do
        log.warning("could not send an ephemeral message (HTTP %s, code %s)", exc.status, exc.code)


async def report_error(interaction: discord.Interaction, error: BaseException, *, where: str) -> None:
    # The traceback goes to the log; never the message text (it may be a user's question).
    log.error("error in %s (interaction %s)", where, interaction.id, exc_info=error)
    await tell(interaction, GENERIC)


class FaqTree(app_commands.CommandTree):
    """The command tree with the central app-command error handler."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, app_commands.CommandOnCooldown):
            await tell(interaction, slow_down(error.retry_after))
        elif isinstance(error, Refused):
            await tell(interaction, str(error))
        elif isinstance(error, app_commands.CheckFailure):
            await tell(interaction, NOT_ALLOWED)
        else:
            name = interaction.command.qualified_name if interaction.command else "an app command"
            original = getattr(error, "original", error)
            await report_error(interaction, original, where=f"/{name}")
