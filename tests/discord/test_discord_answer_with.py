"""Answer with FAQ (message context menu) and "None of these": the invoker previews privately and
confirms before a public reply to the message, which never pings; "None of these" on every "did
you mean" sends the question to review (only what the storage policy keeps); picks are kept as
suggested phrasings."""

from __future__ import annotations

import pytest
from simworld import answerable, suggesting

from bot.discord_app import limits as L
from bot.discord_app import render
from bot.exts.answer_with_faq import MENU_NAME

pytestmark = pytest.mark.asyncio

TEXT_ON = {"store_unanswered_text": True}


def labels(message) -> list[str]:
    return [b["label"] for row in message.components for b in row["components"]]


async def test_the_invoker_previews_privately_then_posts_a_reply_that_never_pings(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory() as w:
        asked = await w.send(w.bob, f"@everyone {question}")
        preview = await w.alice.context_menu(w.channel, MENU_NAME, asked)
        assert preview.ephemeral and preview.response.content == render.PREVIEW
        assert preview.response.embeds[0].title == render.safe(entry.question)
        assert labels(preview.response) == ["Post this answer as a reply"]
        assert w.bot_messages() == []  # nothing public before the invoker confirms

        posted = await w.click(w.alice, preview.response, "Post this answer as a reply")
        assert posted.response.content == render.POSTED
        reply = w.last_bot_message()
        assert reply.reference.message_id == asked.id and reply.embeds[0].title == render.safe(entry.question)
        assert reply.mentions == [] and not reply.mention_everyone and reply.role_mentions == []
        # the poster (not the message's author) may delete it
        assert (await w.click(w.bob, reply, "Delete")).response.content == render.DELETE_DENIED
        await w.click(w.alice, reply, "Delete")
        assert w.bot_messages() == []
        await w.env.settle()
        assert (await w.bot.store.entry_stats(entry.id))[0] == 1  # counted once, when posted


async def test_did_you_mean_pick_then_post_and_the_pick_is_a_suggested_phrasing(world_factory, faq_engine):
    question, suggestions = suggesting(faq_engine)
    chosen = faq_engine.entry(suggestions[0])
    async with world_factory(privacy=TEXT_ON) as w:
        asked = await w.send(w.bob, question)
        shown = await w.alice.context_menu(w.channel, MENU_NAME, asked)
        assert shown.ephemeral and shown.response.content == render.AW_DID_YOU_MEAN
        assert labels(shown.response)[-1] == "None of these"
        await w.click(w.alice, shown.response, L.trim(render.safe_plain(chosen.question), L.BUTTON_LABEL))
        await w.click(w.alice, shown.response, "Post this answer as a reply")
        assert w.last_bot_message().embeds[0].title == render.safe(chosen.question)
        await w.env.settle()
        assert [(s.phrasing, s.entry_id) for s in await w.bot.store.suggested_phrasings()] == [(question, chosen.id)]


async def test_none_of_these_sends_the_message_to_review(world_factory, faq_engine):
    question, _ = suggesting(faq_engine)
    async with world_factory(privacy=TEXT_ON) as w:
        asked = await w.send(w.bob, question)
        shown = await w.alice.context_menu(w.channel, MENU_NAME, asked)
        done = await w.click(w.alice, shown.response, "None of these")
        assert done.response.content == render.NONE_OF_THESE_KEPT
        await w.env.settle()
        assert [(q.question, q.outcome) for q in await w.bot.store.review_queue()] == [(question, "none_of_these")]
        assert w.bot_messages() == []


async def test_a_person_in_danger_gets_no_faq_answer_and_nothing_is_posted(world_factory):
    async with world_factory(privacy=TEXT_ON) as w:
        asked = await w.send(w.bob, "my brother was arrested last week, who signed the letter?")
        shown = await w.alice.context_menu(w.channel, MENU_NAME, asked)
        assert shown.ephemeral and shown.response.content == render.AW_SAFE
        assert "individual cases" in shown.response.embeds[0].description and not shown.response.components
        await w.env.settle()
        assert w.bot_messages() == [] and await w.bot.store.review_queue() == []


async def test_bot_messages_and_deleted_targets(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory() as w:
        robot = w.add_bot_member()
        from_bot = await w.send(robot, question)
        assert (await w.alice.context_menu(w.channel, MENU_NAME, from_bot)).response.content == render.AW_BOT
        asked = await w.send(w.bob, question)
        preview = await w.alice.context_menu(w.channel, MENU_NAME, asked)
        await w.bob.delete(asked)
        gone = await w.click(w.alice, preview.response, "Post this answer as a reply")
        assert gone.response.content == render.TARGET_GONE
        assert w.bot_messages() == []


async def test_none_of_these_on_ask_and_mention(world_factory, faq_engine):
    question, _ = suggesting(faq_engine)
    async with world_factory(privacy=TEXT_ON) as w:
        asked = await w.slash(w.alice, "ask", question=question)
        assert "None of these" in labels(asked.response)
        denied = await w.click(w.bob, asked.response, "None of these")
        assert denied.response.content == render.PICK_DENIED
        await w.click(w.alice, asked.response, "None of these")
        edited = w.last_bot_message()
        assert edited.content == render.NONE_OF_THESE_KEPT
        assert [c.label for row in edited.components for c in row.children] == ["Delete"]
        await w.env.settle()
        assert [q.outcome for q in await w.bot.store.review_queue()] == ["none_of_these"]

        await w.mention(w.bob, question)
        mentioned = w.last_bot_message()
        await w.click(w.bob, mentioned, "None of these")
        assert w.last_bot_message().content == render.NONE_OF_THESE_KEPT
        await w.env.settle()
        assert [q.outcome for q in await w.bot.store.review_queue()] == ["none_of_these"] * 2


async def test_none_of_these_keeps_nothing_with_text_storage_off(world_factory, faq_engine):
    question, _ = suggesting(faq_engine)
    async with world_factory() as w:
        asked = await w.slash(w.alice, "ask", question=question)
        await w.click(w.alice, asked.response, "None of these")
        assert w.last_bot_message().content == render.NONE_OF_THESE_NOT_KEPT
        await w.env.settle()
        assert await w.bot.store.review_queue() == []
