"""Moderators keep the FAQ current: /faq-mod add, edit, phrasing add, remove, history, undo, reload,
review and stats, the file watcher and the moderators' log channel.

_cog.py holds the commands, _views.py the forms and buttons, _render.py what moderators are shown.
The editing itself (validation, atomic writes, the audit log) is `bot.moderation`, shared with the CLI.
"""

from __future__ import annotations

from ...discord_app.bot import FaqBot
from ._cog import Moderation


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Moderation(bot))
