"""Per-user and per-channel cooldowns: an ephemeral "slow down", per bot instance."""

from __future__ import annotations

import pytest
from simworld import answerable

from bot.discord_app.cooldowns import Cooldowns

pytestmark = pytest.mark.asyncio


async def test_per_user_cooldown_answers_slow_down_ephemerally(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory(cooldowns=(5.0, 0.0)) as w:
        assert (await w.slash(w.alice, "ask", question=question)).response.embeds
        slowed = await w.slash(w.alice, "ask", question=question)
        assert slowed.ephemeral and slowed.response.content.startswith("Slow down")
        assert "5 s" in slowed.response.content
        other = w.guild.create_text_channel("other")
        elsewhere = await w.slash(w.alice, "ask", channel=other, question=question)
        assert elsewhere.response.content.startswith("Slow down")
        assert (await w.slash(w.bob, "ask", question=question)).response.embeds  # others are not slowed
        await w.advance(5)
        assert (await w.slash(w.alice, "ask", question=question)).response.embeds


async def test_per_channel_cooldown(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory(cooldowns=(0.0, 3.0)) as w:
        assert (await w.slash(w.alice, "ask", question=question)).response.embeds
        slowed = await w.slash(w.bob, "ask", question=question)
        assert slowed.ephemeral and slowed.response.content.startswith("Slow down")
        other = w.guild.create_text_channel("other")
        assert (await w.slash(w.bob, "ask", channel=other, question=question)).response.embeds
        await w.advance(3)
        assert (await w.slash(w.bob, "ask", question=question)).response.embeds


async def test_mentions_share_the_cooldown_and_say_slow_down_once(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory(cooldowns=(10.0, 0.0)) as w:
        await w.mention(w.alice, question)
        for _ in range(3):
            await w.mention(w.alice, question)
        replies = w.bot_messages()
        assert len(replies) == 2 and replies[1].content.startswith("Slow down")
        assert (await w.slash(w.alice, "ask", question=question)).response.content.startswith("Slow down")
        await w.advance(10)  # the "slow down" reply removes itself meanwhile
        assert [m.embeds != [] for m in w.bot_messages()] == [True]
        await w.mention(w.alice, question)
        assert w.bot_messages()[-1].embeds


async def test_buckets_belong_to_one_bot_instance():
    first, second = Cooldowns(60, 60), Cooldowns(60, 60)
    assert first.hit("user", 1).allowed
    refused = first.hit("user", 1)
    assert (
        not refused.allowed and refused.first_refusal and refused.retry_after == pytest.approx(60, abs=1.0)
    )  # real time passes between calls
    assert not first.hit("user", 2).first_refusal  # told once per window, wherever they ask
    assert second.hit("user", 1).allowed  # a second bot in the same process is not affected
