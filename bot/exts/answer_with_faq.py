"""Answer with FAQ: a message context-menu command (right-click a message > Apps > Answer with FAQ).

Anyone may answer another member's question with the FAQ, without retyping it: the invoker first
sees, privately, the best entry for the message (or "did you mean" buttons and "None of these"),
and the bot replies to that message in public only once they press "Post this answer as a
reply". The reply never pings (no mention of the author, AllowedMentions.none()); its Delete
button works for the invoker and moderators. A message disclosing a person in danger gets no
answer: the invoker privately sees what the bot would tell that person (bot.privacy.safety).

The message's text is matched like any question and recorded like /ask (counted; for the review
queue only what the storage policy keeps). Registered globally, like /ask.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..discord_app import render, safety, views
from ..discord_app.bot import FaqBot
from ..engine import Outcome, i18n

MENU_NAME = "Answer with FAQ"


class AnswerWith(commands.Cog):
    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(
            name=MENU_NAME, callback=self.answer_with_faq, type=discord.AppCommandType.message
        )

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def answer_with_faq(self, interaction: discord.Interaction, message: discord.Message) -> None:
        bot = self.bot
        verdict = await bot.hit_cooldown(interaction.user, interaction.channel_id, interaction.guild_id or 0)
        if not verdict.allowed:
            await interaction.response.send_message(render.refusal(verdict), ephemeral=True)
            return
        if message.author.bot or message.webhook_id is not None:
            await interaction.response.send_message(render.AW_BOT, ephemeral=True)
            return
        question = " ".join(message.content.split())
        if not question:
            await interaction.response.send_message(render.AW_NO_TEXT, ephemeral=True)
            return
        # No conversation: the message is not the invoker's own question.
        reply = bot.ask(question, guild_id=interaction.guild_id)
        lang = reply.asked_in  # the invoker is told in the message's language (Persian or English)
        if reply.safe_route is not None:
            out = bot.checked(safety.private(reply.safe_route))
            await interaction.response.send_message(
                content=render.rtl(i18n.t("aw_safe", lang), lang), embeds=out.embeds, ephemeral=True
            )
            return  # nothing recorded, not even counted
        asker = bot.asker_token(interaction.user)
        kb = bot.engine.kb
        if reply.talk is None and reply.result.outcome is Outcome.ANSWER and reply.entry is not None:
            out = views.answer_preview(
                bot.render_reply(reply, interaction.user, interaction.guild_id), message.id, reply.entry.id, lang
            )
        elif reply.talk is None and reply.result.outcome is Outcome.SUGGEST and reply.result.suggestions:
            entries = [kb.entries[i] for i in reply.result.suggestions if i in kb.entries]
            out = views.answer_with_suggestions(entries, message.id, asker=asker, lang=lang)
        else:
            out = render.Message(content=render.rtl(i18n.t("aw_no_match", lang), lang))
        sent = await interaction.response.send_message(**bot.checked(out).kwargs(), ephemeral=True)
        # An answer is counted once posted; a "did you mean" or no match is recorded like /ask's
        # (its message id lets "None of these" or a pick find the question, if its text is kept).
        if reply.talk is None and reply.result.outcome is not Outcome.ANSWER:
            bot.service.record(reply, message_id=getattr(sent, "message_id", None), guild_id=interaction.guild_id or 0)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(AnswerWith(bot))
