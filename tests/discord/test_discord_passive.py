"""Passive mode: off by default; when on, quiet (stricter threshold, listed channels only, once)."""

from __future__ import annotations

import pytest
from simworld import answerable, suggesting

pytestmark = pytest.mark.asyncio


def passive(channel_ids, threshold: float, **more):
    return dict(features={"passive": True}, passive_channel_ids=tuple(channel_ids), passive_threshold=threshold, **more)


async def test_passive_mode_is_off_by_default(world_factory, faq_engine, base_config):
    assert base_config.discord.feature("passive") is False
    question, _ = answerable(faq_engine)
    async with world_factory() as w:
        assert not w.bot.intents.message_content  # nothing privileged is requested by default
        await w.send(w.alice, question + "?")
        assert w.bot_messages() == []
        assert "bot.exts.passive" not in w.bot.extensions


async def start_passive(world_factory, threshold, **more):
    """A world with passive mode on in its #general (whose id is known only once it exists: a
    placeholder id at start makes the bot request the intent passive mode needs)."""
    cm = world_factory(**passive((1,), threshold, **more))
    w = await cm.__aenter__()
    w.set_discord(passive_channel_ids=(w.channel.id,))
    return cm, w


async def test_passive_answers_confident_questions_once(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    score = faq_engine.ask(question + "?").result.score
    cm, w = await start_passive(world_factory, threshold=score - 0.1)
    try:
        assert w.bot.intents.message_content
        asked = await w.send(w.alice, question + "?")
        replies = w.bot_messages()
        assert len(replies) == 1 and replies[0].reference.message_id == asked.id
        assert replies[0].embeds[0].footer.text.startswith(f"FAQ entry {entry.id}")
        # The same message dispatched again (a resumed gateway replays events) is not answered twice.
        w.bot.dispatch("message", asked)
        await w.env.settle()
        assert len(w.bot_messages()) == 1
    finally:
        await cm.__aexit__(None, None, None)


async def test_passive_threshold_is_stricter(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    score = faq_engine.ask(question + "?").result.score
    assert score >= faq_engine.matcher.settings.answer_threshold  # /ask would answer it...
    cm, w = await start_passive(world_factory, threshold=min(100.0, score + 0.1))
    try:
        await w.send(w.alice, question + "?")
        assert w.bot_messages() == []  # ...passive mode stays quiet
        await w.send(w.alice, suggesting(faq_engine)[0] + "?")
        assert w.bot_messages() == []  # and never offers "did you mean"
    finally:
        await cm.__aexit__(None, None, None)


async def test_passive_ignores_bots_statements_other_channels_and_threads(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    cm, w = await start_passive(world_factory, threshold=0.0)
    try:
        await w.send(w.add_bot_member(), question + "?")
        await w.send(w.alice, question.replace("?", ""))  # no question mark: not a question to passive mode
        other = w.guild.create_text_channel("other")
        await w.send(w.alice, question + "?", channel=other)
        thread = w.add_thread(w.channel)
        await w.env.settle()
        await w.send(w.alice, question + "?", channel=thread)
        assert w.bot_messages() == [] and w.bot_messages(other) == [] and w.bot_messages(thread) == []
        # A thread listed explicitly is a thread the bot was asked into.
        w.set_discord(passive_channel_ids=(w.channel.id, thread.id))
        await w.send(w.alice, question + "?", channel=thread)
        assert len(w.bot_messages(thread)) == 1
    finally:
        await cm.__aexit__(None, None, None)


async def test_passive_does_not_store_what_it_reads(world_factory, faq_engine):
    # Even with question text storage switched on, what passive mode reads is never queued.
    cm, w = await start_passive(world_factory, threshold=0.0, privacy={"store_unanswered_text": True})
    try:
        await w.send(w.alice, suggesting(faq_engine)[0] + "?")
        await w.env.settle()
        assert await w.bot.store.review_queue() == []
    finally:
        await cm.__aexit__(None, None, None)


async def test_passive_never_posts_a_partial_answer(world_factory, faq_engine):
    question = "how many journalists are detained in iran?"
    reply = faq_engine.ask(question)
    assert reply.answered and reply.partial  # /ask would answer it, with a caveat first...
    cm, w = await start_passive(world_factory, threshold=0.0)
    try:
        await w.send(w.alice, question)
        assert w.bot_messages() == []  # ...but nobody asked the bot here: it stays quiet
    finally:
        await cm.__aexit__(None, None, None)
