"""/verify text: — is a pasted quote word for word in our sources, altered, or not there?

The check is `bot.engine.verify` (the same as `faqbot verify-quote`). The reply is private
(ephemeral): the pasted text may be something the person would not want shown as theirs, a
verdict on someone else's words is theirs to share or not, and private replies cannot be used
to flood a channel. Rate-limited with the bot's cooldowns, like /ask. Every text from the user,
the FAQ or the sources is escaped (`render.safe`), so nothing can ping or format.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..discord_app import limits, render
from ..discord_app.bot import FaqBot
from ..engine import VERIFY_TEXT as TEXT
from ..engine import Verdict, Verification, verify_quote

MAX_TEXT = 1500  # a quote, not an article: longer pastes are refused by Discord's own option check

_COLOURS = {
    Verdict.VERBATIM: render.ANSWER_COLOUR,
    Verdict.ALTERED: render.SUGGEST_COLOUR,
    Verdict.NOT_FOUND: render.SOURCE_COLOUR,
}


def verify_message(result: Verification) -> render.Message:
    """The verdict as one embed, within Discord's limits whatever was pasted."""
    title = TEXT[f"title_{result.verdict.value}"]
    place = result.place
    parts: list[str] = []
    if result.verdict is Verdict.NOT_FOUND or place is None:
        parts.append(TEXT["not_found_detail"].format(count=result.sources_checked) if result.text else TEXT["empty"])
    else:
        where = TEXT["where"].format(title=limits.trim(place.source.title, 300), paragraph=place.paragraph)
        who = (
            TEXT["said_by"].format(speaker=limits.trim(result.attribution, 300))
            if result.attribution
            else TEXT["document_only"]
        )
        if result.verdict is Verdict.ALTERED:
            differences = "\n".join(
                f"\u2022 {render.safe(limits.trim(d.describe(), 400))}" for d in result.differences[:10]
            )
            if len(result.differences) > 10:
                differences += f"\n\u2022 \u2026 (+{len(result.differences) - 10})"
            parts.append(f"**{TEXT['differences']}**\n{differences}")
            parts.append(f"**{TEXT['marked']}**\n{render.safe(limits.trim(result.marked, 1200))}")
            parts.append(f"**{TEXT['passage']}**\n{render.block_quote(render.safe(limits.trim(result.passage, 1200)))}")
        else:
            parts.append(render.block_quote(render.safe(limits.trim(result.passage, 1500))))
        parts.append(f"\u2014 {render.safe(who)}\n*{render.safe(where)}*")
        if result.quoted_in:
            parts.append(render.safe(limits.trim(TEXT["quoted_in"].format(entries=", ".join(result.quoted_in)), 300)))
        if result.also_in:
            places = "; ".join(
                TEXT["paragraph_place"].format(title=limits.trim(p.source.title, 80), paragraph=p.paragraph)
                for p in result.also_in[:5]
            )
            parts.append(render.safe(limits.trim(TEXT["also_in"].format(places=places), 400)))
        if place.source.url:
            parts.append(limits.trim(TEXT["original"].format(url=render.safe_plain(place.source.url)), 500))
    description = limits.trim("\n\n".join(parts), limits.EMBED_DESCRIPTION)
    embed = discord.Embed(
        title=limits.trim(title, limits.EMBED_TITLE), description=description, colour=_COLOURS[result.verdict]
    )
    embed.set_footer(text=TEXT["footer"])
    return render.Message(embeds=[embed])


class Verify(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    @app_commands.command(name="verify", description="Check a quote: is it word for word in our sources?")
    @app_commands.describe(text="The quote to check, as you saw it")
    async def verify(self, interaction: discord.Interaction, text: app_commands.Range[str, 1, MAX_TEXT]) -> None:
        bot = self.bot
        verdict = await bot.hit_cooldown(interaction.user, interaction.channel_id, interaction.guild_id or 0)
        if not verdict.allowed:
            await interaction.response.send_message(render.refusal(verdict), ephemeral=True)
            return
        result = verify_quote(text, bot.engine.kb)
        message = bot.checked(verify_message(result))
        await interaction.response.send_message(**message.kwargs(), ephemeral=True)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Verify(bot))
