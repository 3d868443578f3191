"""@bot question: replies without pinging, no CommandNotFound, no privileged intent, no bots."""

from __future__ import annotations

import discord
import pytest
from simworld import answerable, suggesting, unanswerable

from bot.discord_app import render

pytestmark = pytest.mark.asyncio

NO_MESSAGE_CONTENT = discord.Intents.all()
NO_MESSAGE_CONTENT.message_content = False


async def test_mention_is_answered_in_a_reply_without_the_privileged_intent(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory(approved_intents=NO_MESSAGE_CONTENT) as w:
        assert not w.bot.intents.message_content
        asked = await w.mention(w.alice, question)
        reply = w.last_bot_message()
        assert reply is not None and reply.reference.message_id == asked.id
        assert reply.embeds[0].title == render.safe(entry.question)
        assert reply.mentions == [] and not reply.mention_everyone  # mention_author=False
        assert [c.label for row in reply.components for c in row.children][3] == "Delete"
        assert w.command_errors == []  # the mention was never parsed as a prefix command
        assert (await w.click(w.bob, reply, "Delete")).response.content == render.DELETE_DENIED
        await w.click(w.alice, reply, "Delete")  # the asker's token was put in the button
        assert w.bot_messages() == []


async def test_mention_did_you_mean_and_no_match(world_factory, faq_engine):
    async with world_factory() as w:
        await w.mention(w.alice, suggesting(faq_engine)[0])
        assert w.last_bot_message().content == render.DID_YOU_MEAN
        await w.mention(w.alice, unanswerable(faq_engine))
        assert "/faq list" in w.last_bot_message().content
        assert w.command_errors == []


async def test_bare_mention_gets_help(world_factory, faq_engine):
    async with world_factory() as w:
        await w.send(w.alice, f"<@{w.bot.user.id}>")
        help_text = w.last_bot_message().content
        assert "verbatim quotes" in help_text and "`/faq list`" in help_text
        for entry in list(faq_engine.kb.entries.values())[:3]:  # the FAQ's first three questions as examples
            assert render.safe(entry.question) in help_text


async def test_everyone_in_a_question_never_pings(world_factory, faq_engine):
    _, entry = answerable(faq_engine)
    async with world_factory() as w:
        # The bot's role may mention everyone in this server: only the bot's own care stops a ping.
        assert w.guild.me.guild_permissions.mention_everyone
        await w.mention(w.alice, f"@everyone @here <@{w.bob.id}> {unanswerable(faq_engine)}")
        for text in ("@everyone hi", f"@here <@{w.bob.id}> {entry.question}"):
            await w.mention(w.alice, text)
        for message in w.bot_messages():
            assert not message.mention_everyone
            assert message.mentions == [] and message.role_mentions == []
        assert w.bot.allowed_mentions.everyone is False and w.bot.allowed_mentions.users is False


async def test_other_bots_and_webhooks_are_ignored(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory() as w:
        robot = w.add_bot_member()
        await w.mention(robot, question)
        assert w.bot_messages() == []


async def test_direct_messages_are_questions(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory() as w:
        await w.alice.send_dm(question)
        dm = w.alice.user.dm_channel
        reply = dm.last_message
        assert reply.author.id == w.bot.user.id and reply.embeds[0].title == render.safe(entry.question)
        # No moderators in a DM: only the asker can delete.
        assert "Delete" in [c.label for row in reply.components for c in row.children]


async def test_mention_feature_can_be_switched_off(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory(features={"mention": False}) as w:
        await w.mention(w.alice, question)
        assert w.bot_messages() == []
        assert "ask" in w.alice.available_commands(w.channel)


async def test_a_question_about_a_mentioned_member_is_not_answered_as_if_about_the_faqs_subject(
    world_factory, faq_engine
):
    """ "was @bob arrested?": the sources never speak of whoever a mention tags, so the reply is no
    answer in full about detainees (a "did you mean" or a refusal), and it never pings."""
    async with world_factory() as w:
        for text in (f"was <@{w.bob.id}> arrested?", "was @everyone arrested?", f"آیا <@{w.bob.id}> بازداشت شد؟"):
            await w.mention(w.alice, text)
            reply = w.last_bot_message()
            # no answer, or one with the caveat above it
            assert not reply.embeds or render.CAVEAT_MARK in (reply.embeds[0].description or ""), text
            assert not reply.mention_everyone and reply.mentions == []
            assert "everyone" not in (reply.content or "") + "".join(e.description or "" for e in reply.embeds)


async def test_markup_and_a_mention_addressing_people_at_the_end_read_as_the_plain_question(world_factory, faq_engine):
    """A code block, bold, a spoiler, a link or a zero-width space around the words, or
    "@everyone" after them: the answer to the words, with no markup echoed and nobody pinged."""
    entry = faq_engine.kb.entries["who-signed"]
    question = "who signed the letter"
    assert faq_engine.ask(question).entry.id == entry.id
    async with world_factory() as w:
        for text in (
            f"```{question}```",
            f"**{question}**",
            f"||{question}||",
            f"[click here](https://evil.example) {question}",
            question.replace(" ", "\u200b"),
            f"{question} @everyone",
            f"{question} <@{w.bob.id}>",
        ):
            await w.mention(w.alice, text)
            reply = w.last_bot_message()
            assert reply.embeds and reply.embeds[0].title == render.safe(entry.question), text
            shown = (reply.content or "") + "".join((e.description or "") + (e.title or "") for e in reply.embeds)
            assert "evil.example" not in shown and "```" not in shown and "||" not in shown, text
            assert not reply.mention_everyone and reply.mentions == [] and reply.role_mentions == []
