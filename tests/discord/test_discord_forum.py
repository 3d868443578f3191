"""Forum posts: opt-in per forum channel; a new post (title and first message) is answered once in
its thread, above the passive threshold, never pinging, nothing stored; a person in danger and
unsure matches get no reply."""

from __future__ import annotations

import pytest
from simworld import answerable

from bot.discord_app import render
from bot.discord_app.bot import intents_for

pytestmark = pytest.mark.asyncio

TEXT_ON = {"store_unanswered_text": True}


async def start(world_factory, threshold: float = 0.0, **more):
    """A world with a forum channel listed in discord.forum_channel_ids (its id is known only once it exists)."""
    cm = world_factory(forum_channel_ids=(1,), passive_threshold=threshold, privacy=TEXT_ON, **more)
    w = await cm.__aenter__()
    forum = w.guild.create_forum_channel("questions")
    w.set_discord(forum_channel_ids=(forum.id,))
    return cm, w, forum


async def test_forums_are_opt_in_and_need_the_message_content_intent_only_then(base_config):
    assert base_config.discord.forum_channel_ids == ()
    assert not intents_for(base_config).message_content


async def test_a_new_post_is_answered_once_in_its_thread_without_pinging(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    cm, w, forum = await start(world_factory)
    try:
        assert w.bot.intents.message_content
        thread = await w.forum_post(forum, w.alice, question, f"@everyone <@{w.bob.id}> thanks in advance")
        replies = w.bot_messages(thread)
        assert len(replies) == 1 and replies[0].embeds[0].title == render.safe(entry.question)
        assert replies[0].mentions == [] and not replies[0].mention_everyone
        await w.send(w.alice, question, channel=thread)  # later messages in the post: not answered
        assert len(w.bot_messages(thread)) == 1
        await w.env.settle()
        assert await w.bot.store.review_queue() == []  # nothing of the post is kept
    finally:
        await cm.__aexit__(None, None, None)


async def test_the_first_message_can_carry_the_question(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    cm, w, forum = await start(world_factory)
    try:
        thread = await w.forum_post(forum, w.alice, "quick question", question)
        assert [m.embeds[0].title for m in w.bot_messages(thread)] == [render.safe(entry.question)]
    finally:
        await cm.__aexit__(None, None, None)


async def test_unlisted_forums_unsure_matches_and_people_in_danger_get_no_reply(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    score = faq_engine.ask(question).result.score
    cm, w, forum = await start(world_factory, threshold=min(100.0, score + 0.1))
    try:
        thread = await w.forum_post(forum, w.alice, question, "see title")  # below the forum's threshold
        assert w.bot_messages(thread) == []
        w.set_discord(passive_threshold=0.0)
        other = w.guild.create_forum_channel("elsewhere")
        assert w.bot_messages(await w.forum_post(other, w.alice, question, "see title")) == []
        danger = await w.forum_post(forum, w.bob, "my brother was arrested last week", question)
        assert w.bot_messages(danger) == []
        await w.env.settle()
        assert await w.bot.store.review_queue() == []
    finally:
        await cm.__aexit__(None, None, None)
