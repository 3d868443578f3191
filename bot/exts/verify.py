"""/verify text: — is a pasted quote word for word in our sources, altered, or not there?

The check is `bot.engine.verify` (the same as `faqbot verify-quote`). The reply is private
(ephemeral): the pasted text may be something the person would not want shown as theirs, a
verdict on someone else's words is theirs to share or not, and private replies cannot be used
to flood a channel. Rate-limited with the bot's cooldowns, like /ask. Every text from the user,
the FAQ or the sources is escaped (`render.safe`), so nothing can ping or format. The verdict
is in English or Persian (`reply_language`); the quote and the source's words are never translated.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..discord_app import limits, render
from ..discord_app.bot import FaqBot
from ..engine import Verdict, Verification, i18n, question_language, verify_quote
from ..engine import verify_say as say

MAX_TEXT = 1500  # a quote, not an article: longer pastes are refused by Discord's own option check

_COLOURS = {
    Verdict.VERBATIM: render.ANSWER_COLOUR,
    Verdict.ALTERED: render.SUGGEST_COLOUR,
    Verdict.NOT_FOUND: render.SOURCE_COLOUR,
}


def reply_language(text: str, locale: object = None) -> str:
    """The language of the verdict: Persian when the pasted text is in Persian script (more
    Persian/Arabic letters than Latin ones: a Persian quote with an English name in it counts)
    or the person's Discord client is set to Persian (`interaction.locale` "fa…"); English
    otherwise. Finglish is not enough: a quote typed in Latin letters is as likely English.
    Discord offers no Persian client language yet, so today the script decides; the locale is
    read so a Persian client is followed the day Discord has one. A server's own choice of
    language (/faq-settings language) goes over this, as for answers."""
    code = str(getattr(locale, "value", locale) or "")
    if i18n.base(code) == i18n.FA or question_language(text) == i18n.FA:
        return i18n.FA
    return i18n.EN


def _own_words(text: str, room: int, source_language: str) -> str:
    """The source's words (or the marked passage): verbatim, escaped, trimmed to `room`, in their
    own direction: a right-to-left mark only for a source in a right-to-left language."""
    text = render.safe(limits.trim(text, room))
    return i18n.rtl_lines(text) if i18n.base(source_language) == i18n.FA else text


def verify_message(result: Verification, lang: str = i18n.EN) -> render.Message:
    """The verdict as one embed in `lang` ("en" or "fa"), within Discord's limits whatever was
    pasted. In Persian every sentence is laid out right to left (`render.rtl`); the pasted
    text, the source's words, titles and speakers are shown verbatim, never translated, isolated
    inside Persian sentences, and the passage and the marked differences keep the source's own
    direction on lines of their own."""

    fa = i18n.base(lang) == i18n.FA

    def iso(value: str) -> str:
        return i18n.embed(value, lang)

    def heading(key: str) -> str:
        return render.rtl(f"**{say(key, lang)}**", lang)

    title = say(f"title_{result.verdict.value}", lang)
    place = result.place
    parts: list[str] = []
    if result.verdict is Verdict.NOT_FOUND or place is None:
        text = say("not_found_detail", lang, count=result.sources_checked) if result.text else say("empty", lang)
        parts.append(render.rtl(text, lang))
    else:
        source_lang = place.source.language
        where = say("where", lang, title=iso(limits.trim(place.source.title, 300)), paragraph=place.paragraph)
        who = (
            say("said_by", lang, speaker=iso(limits.trim(result.attribution, 300)))
            if result.attribution
            else say("document_only", lang)
        )
        if result.verdict is Verdict.ALTERED:
            differences = "\n".join(
                render.rtl(f"\u2022 {render.safe(limits.trim(d.describe(lang), 400))}", lang)
                for d in result.differences[:10]
            )
            if len(result.differences) > 10:
                differences += "\n" + render.rtl(f"\u2022 \u2026 (+{len(result.differences) - 10})", lang)
            parts.append(heading("differences") + "\n" + differences)
            parts.append(heading("marked") + "\n" + _own_words(result.marked, 1200, source_lang))
            parts.append(heading("passage") + "\n" + render.block_quote(_own_words(result.passage, 1200, source_lang)))
        else:
            parts.append(render.block_quote(_own_words(result.passage, 1500, source_lang)))
        parts.append(render.rtl(f"\u2014 {render.safe(who)}\n*{render.safe(where)}*", lang))
        if result.quoted_in:
            entries = ("\u060c " if fa else ", ").join(iso(e) for e in result.quoted_in)
            parts.append(render.rtl(render.safe(limits.trim(say("quoted_in", lang, entries=entries), 300)), lang))
        if result.also_in:
            places = ("\u061b " if fa else "; ").join(
                say("paragraph_place", lang, title=iso(limits.trim(p.source.title, 80)), paragraph=p.paragraph)
                for p in result.also_in[:5]
            )
            parts.append(render.rtl(render.safe(limits.trim(say("also_in", lang, places=places), 400)), lang))
        if place.source.url:
            # The URL last on its line and not isolated: an isolate mark after it would become part
            # of the link Discord makes of it.
            original = say("original", lang, url=render.safe_plain(place.source.url))
            parts.append(render.rtl(limits.trim(original, 500), lang))
    description = limits.trim("\n\n".join(parts), limits.EMBED_DESCRIPTION)
    embed = discord.Embed(
        title=limits.trim(render.rtl(title, lang), limits.EMBED_TITLE),
        description=description,
        colour=_COLOURS[result.verdict],
    )
    embed.set_footer(text=render.rtl(say("footer", lang), lang))
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
        # A server that chose one language for the bot's replies (/faq-settings language) gets it here too.
        lang = bot.service.reply_language(interaction.guild_id, reply_language(text, interaction.locale))
        message = bot.checked(verify_message(result, lang))
        await interaction.response.send_message(**message.kwargs(), ephemeral=True)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Verify(bot))
