"""Scheduled posts in the simulated Discord, on its virtual clock (a fake clock: `w.advance` moves
discord.utils.utcnow and every timer): local times, cycles without repeats, restarts, errors."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from simworld import HEAVY_SETTLE_TIMEOUT, make_entry, make_kb, make_source, quote_of

from bot.config import ScheduleSettings
from bot.engine import Engine

pytestmark = pytest.mark.asyncio

UTC = dt.UTC


@pytest.fixture
def small_engine(base_config) -> Engine:
    source = make_source(paragraphs=[f"Fact number {i} is in this paragraph." for i in range(1, 4)])
    entries = [make_entry(f"fact-{i}", f"What is fact {i}?", f"Fact {i}.", [quote_of(source, i)]) for i in range(1, 4)]
    return Engine.build(make_kb(entries, [source]), base_config.matching)


def fact_of_the_day(channel_id: int, **settings) -> ScheduleSettings:
    return ScheduleSettings(
        name="fact-of-the-day", channel_id=channel_id, times=("09:00",), timezone="Europe/Berlin", **settings
    )


async def advance_to(w, when: str) -> None:
    target = dt.datetime.fromisoformat(when).replace(tzinfo=UTC)
    await w.advance((target - w.env.now()).total_seconds())


def posted(w) -> list[str]:
    """Entry ids of the scheduled posts in the channel, oldest first."""
    return [m.embeds[0].footer.text.split()[2] for m in w.bot_messages() if m.content == "**Fact of the day**"]


async def test_posts_at_the_local_time_and_cycles_through_every_entry_without_repeats(world_factory, small_engine):
    async with world_factory(small_engine) as w:
        assert w.env.now() < dt.datetime(2026, 1, 1, 1, tzinfo=UTC)  # simcord's clock starts on 1 January 2026
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id),))
        await advance_to(w, "2026-01-01T07:59:00")
        assert posted(w) == []  # 09:00 in Berlin is 08:00 UTC in winter
        await advance_to(w, "2026-01-01T08:00:30")
        assert len(posted(w)) == 1
        post = w.last_bot_message()
        assert post.embeds[0].title == small_engine.kb.entries[posted(w)[0]].question
        assert [c.label for row in post.components for c in row.children] == ["Show source", "Helpful", "Not helpful"]
        for day in (2, 3, 4, 5):
            await advance_to(w, f"2026-01-0{day}T08:00:30")
        ids = posted(w)
        assert len(ids) == 5 and sorted(ids[:3]) == sorted(small_engine.kb.entries)  # every entry once...
        assert ids[3] != ids[2] and ids[4] not in ids[3:4]  # ...then a new cycle, never twice in a row
        state = await w.bot.store.schedule_state("fact-of-the-day")
        assert state.cycle == 2 and state.shown == frozenset(ids[3:])
        assert w.bot.get_cog("Schedule").running


async def test_a_restart_neither_repeats_nor_skips(world_factory, small_engine):
    async with world_factory(small_engine) as w:
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id),))
        await advance_to(w, "2026-01-01T08:30:00")
        first = posted(w)
        assert len(first) == 1
        await w.restart()  # within the catch-up window of today's slot: it was posted, so no second post
        await advance_to(w, "2026-01-01T12:00:00")
        assert posted(w) == first
        await advance_to(w, "2026-01-02T08:00:30")
        await w.restart()
        await advance_to(w, "2026-01-03T08:00:30")
        ids = posted(w)
        assert len(ids) == 3 and sorted(ids) == sorted(small_engine.kb.entries)


async def test_a_missing_channel_is_logged_and_retried_and_never_stops_the_loop(world_factory, small_engine, caplog):
    async with world_factory(small_engine) as w:
        w.set_outreach(schedules=(fact_of_the_day(424242),))  # a channel that does not exist (or was deleted)
        with caplog.at_level(logging.WARNING, logger="bot.exts.schedule"):
            await advance_to(w, "2026-01-01T08:05:00")
        cog = w.bot.get_cog("Schedule")
        assert posted(w) == [] and cog.failures == 1 and cog.running
        assert any("channel 424242 was not found" in r.getMessage() for r in caplog.records)
        await advance_to(w, "2026-01-01T08:45:00")
        assert cog.failures == 5  # retried every 10 minutes (08:00, :10, :20, :30, :40)
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id),))  # the channel is fixed in config
        await advance_to(w, "2026-01-01T08:55:00")
        assert len(posted(w)) == 1  # posted late, within the catch-up window


async def test_a_refused_post_is_retried(world_factory, small_engine, caplog):
    async with world_factory(small_engine) as w:
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id),))
        w.env.inject_error(
            "POST", f"/channels/{w.channel.id}/messages", status=403, code=50013, message="Missing Permissions", times=2
        )
        with caplog.at_level(logging.WARNING, logger="bot.exts.schedule"):
            await advance_to(w, "2026-01-01T08:15:00")
        assert posted(w) == [] and any("HTTP 403" in r.getMessage() for r in caplog.records)
        await advance_to(w, "2026-01-01T08:25:00")
        assert len(posted(w)) == 1 and w.bot.get_cog("Schedule").failures == 2
        w.acknowledge_errors()


async def test_a_post_missed_for_too_long_is_skipped_not_made_late(world_factory, small_engine):
    async with world_factory(small_engine) as w:
        w.set_outreach(schedules=(fact_of_the_day(424242, catch_up_minutes=30),))
        await advance_to(w, "2026-01-01T09:00:00")
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id, catch_up_minutes=30),))
        await advance_to(w, "2026-01-01T12:00:00")
        assert posted(w) == []  # the slot is over 30 minutes old: tomorrow's comes instead
        await advance_to(w, "2026-01-02T08:01:00")
        assert len(posted(w)) == 1


async def test_a_slot_claimed_by_another_process_is_never_posted_again(world_factory, small_engine, backend):
    """Two processes share the store: the one that claimed the slot first posts it; the other does
    not, even if the first died between its claim and its post (at most once, docs/scaling.md)."""
    url = backend.where if backend.kind == "postgres" else ""
    async with world_factory(small_engine, database_url=url) as w:
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id),))
        other = backend.store()  # another process's connection, which claims today's slot and dies
        await other.open()
        assert await other.claim_scheduled_post(
            "fact-of-the-day", "2026-01-01T08:00:00+00:00", "fact-2", new_cycle=False, claimant="other-host:4242"
        )
        await other.close()
        await advance_to(w, "2026-01-01T12:00:00")
        assert posted(w) == []  # not posted twice: the claim stands, unsent
        await advance_to(w, "2026-01-02T08:00:30")
        assert len(posted(w)) == 1 and posted(w)[0] != "fact-2"  # the next slot is this process's, a new entry
        claims = await w.bot.store.schedule_claims("fact-of-the-day")
        assert [(c[0][:10], c[2], c[3] is not None) for c in claims] == [
            ("2026-01-01", "other-host:4242", False),
            ("2026-01-02", claims[1][2], True),
        ]


async def test_a_tick_with_200_servers_facts_reads_every_state_at_once_and_posts_each_slot_once(
    world_factory, small_engine, backend
):
    """Each server's own fact of the day is one more schedule: a tick reads all their states in one
    store call (it used to make one query per schedule, and replies waited behind it), and every
    server still gets its post exactly once per slot."""
    from bot.store import ServerSettings

    url = backend.where if backend.kind == "postgres" else ""
    # a day of 200 servers' posts in one step: more than simcord's default 5 s on a loaded machine
    async with world_factory(small_engine, database_url=url, settle_timeout=HEAVY_SETTLE_TIMEOUT) as w:
        channels = {}
        for i in range(200):
            guild = w.env.create_guild(f"server {i}")
            channels[guild.id] = guild.create_text_channel("facts")
            at = "09:00" if i % 2 else "10:30"  # two slot times: two ticks with posts per day
            await w.bot.store.save_server_settings(
                ServerSettings(guild.id, fact_channel_id=channels[guild.id].id, fact_time=at)
            )
        await w.env.settle()
        store, cog = w.bot.store, w.bot.get_cog("Schedule")
        calls = {"many": 0, "one": 0, "ticks": 0}
        many, one, tick = store.schedule_states, store.schedule_state, cog.tick

        async def counted_many(names):
            calls["many"] += 1
            return await many(names)

        async def counted_one(name):
            calls["one"] += 1
            return await one(name)

        async def counted_tick():
            calls["ticks"] += 1
            return await tick()

        store.schedule_states, store.schedule_state, cog.tick = counted_many, counted_one, counted_tick
        await w.bot.service.load_server_settings()
        assert len(w.bot.service.server_schedules()) == 200
        # (no wake: the loop, idle until now, looks again within the hour and finds them)

        def facts() -> dict[int, int]:
            return {
                g: len([m for m in w.bot_messages(c) if m.content == "**Fact of the day**"])
                for g, c in channels.items()
            }

        await advance_to(w, "2026-01-01T09:00:30")
        assert sorted(set(facts().values())) == [0, 1] and sum(facts().values()) == 100  # the 09:00 half
        await advance_to(w, "2026-01-01T12:00:00")
        await advance_to(w, "2026-01-02T12:00:00")
        assert set(facts().values()) == {2}  # every server, once a day, never twice
        assert calls["ticks"] >= 4  # a tick at each slot time, at least
        assert calls["one"] == 0 and calls["many"] <= calls["ticks"]  # one state read per tick, at most
        for guild_id in list(channels)[:20]:  # each post claimed, then marked sent (older claims are purged)
            claims = await w.bot.store.schedule_claims(f"server-{guild_id}")
            assert claims and all(c[3] is not None for c in claims)


async def test_two_ticks_of_one_process_never_both_send_the_slot_it_claimed(world_factory, small_engine):
    """A second tick while the first is sending (a loop restarted by a settings change, a tick run
    by hand) waits for it: the slot this process claimed is sent once, not once per tick."""
    import asyncio

    async with world_factory(small_engine) as w:
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id),))
        await advance_to(w, "2026-01-01T07:59:00")
        cog = w.bot.get_cog("Schedule")
        cog.clock = lambda: dt.datetime(2026, 1, 1, 8, 0, 30, tzinfo=UTC)  # the slot is due to these ticks
        gate, channel = asyncio.Event(), w.bot.get_channel(w.channel.id)

        class SlowChannel:  # Discord taking its time over the post
            async def send(self, **kwargs):
                await gate.wait()
                return await channel.send(**kwargs)

        async def slow(channel_id):
            return SlowChannel()

        cog._channel = slow
        first = asyncio.create_task(cog.tick())
        for _ in range(500):
            if "fact-of-the-day" in cog.claimed:
                break
            await asyncio.sleep(0.01)
        assert "fact-of-the-day" in cog.claimed  # claimed, now sending
        second = asyncio.create_task(cog.tick())
        await asyncio.sleep(0.2)
        gate.set()
        await asyncio.gather(first, second)
        await w.env.settle()
        assert len(posted(w)) == 1


async def test_a_stopped_loop_is_not_started_again_by_a_settings_change(world_factory, small_engine):
    """The loop stopped (its cog unloaded) while it waits: a server's settings changing just then
    (wake) must not start a second loop behind the first one's back."""
    async with world_factory(small_engine) as w:
        w.set_outreach(schedules=(fact_of_the_day(w.channel.id),))
        await advance_to(w, "2026-01-01T07:00:00")
        cog = w.bot.get_cog("Schedule")
        assert cog.running
        await cog.cog_unload()
        cog.wake()
        await w.env.settle()
        assert not cog.running
        await advance_to(w, "2026-01-01T08:30:00")
        assert posted(w) == []
