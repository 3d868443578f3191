"""The abuse limits as plain Python (bot.moderation.abuse): blocks, rate caps per server and in all,
one notice per window, automatic temporary blocks after repeated cooldown hits. No Discord."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt

import pytest

from bot.config import LimitSettings
from bot.discord_app.cooldowns import Cooldowns
from bot.moderation import abuse
from bot.moderation.abuse import BLOCKED, COOLDOWN, GLOBAL_RATE, SERVER, SERVER_RATE, USER, Limits, Verdict
from bot.store import Block

pytestmark = pytest.mark.asyncio

START_WALL = 1_767_225_600.0  # 2026-01-01 00:00 UTC


class Clock:
    def __init__(self) -> None:
        self.t = 0.0  # monotonic seconds

    def __call__(self) -> float:
        return self.t

    def wall(self) -> float:
        return START_WALL + self.t


def limits(**settings) -> tuple[Limits, Clock]:
    clock = Clock()
    clock.t = 1_020.0  # 17 minutes exactly: a window starts here
    off = {"server_questions_per_minute": 0, "global_questions_per_minute": 0, "auto_block_after": 0}
    return Limits(LimitSettings(**{**off, **settings}), clock=clock, wall=clock.wall), clock


def allowed() -> Verdict:
    return Verdict()


async def test_a_server_over_its_rate_cap_is_refused_until_the_next_minute_and_told_once():
    lim, clock = limits(server_questions_per_minute=3)
    assert all([(await lim.admit(f"user{i}", 42, allowed)).allowed for i in range(3)])
    refused = [await lim.admit(f"other{i}", 42, allowed) for i in range(4)]
    assert {v.reason for v in refused} == {SERVER_RATE} and not any(v.allowed for v in refused)
    assert [v.first_refusal for v in refused] == [True, False, False, False]  # one notice per server and window
    assert 59 <= refused[0].retry_after <= 60
    assert (await lim.admit("someone", 43, allowed)).allowed  # another server is not affected
    clock.t += 60
    again = await lim.admit("user0", 42, allowed)
    assert again.allowed


async def test_the_global_cap_counts_every_server_and_direct_messages():
    lim, clock = limits(global_questions_per_minute=2)
    assert (await lim.admit("a", 1, allowed)).allowed and (await lim.admit("b", None, allowed)).allowed
    refused = await lim.admit("c", 2, allowed)
    assert refused.reason == GLOBAL_RATE and refused.first_refusal
    assert (await lim.admit("d", 2, allowed)).first_refusal is False  # the same server in the same window
    assert (await lim.admit("e", 3, allowed)).first_refusal is True  # another server is told once too
    clock.t += 60
    assert (await lim.admit("c", 2, allowed)).allowed


async def test_a_refused_question_does_not_use_up_a_cooldown_or_a_share_of_the_cap():
    lim, _ = limits(server_questions_per_minute=1)
    calls = []

    def cooldown() -> Verdict:
        calls.append(1)
        return Verdict()

    assert (await lim.admit("a", 7, cooldown)).allowed
    assert not (await lim.admit("b", 7, cooldown)).allowed
    assert len(calls) == 1  # the capped question never reached the cooldown


async def test_blocked_users_and_servers_are_refused_and_unblocking_lifts_it():
    lim, _ = limits()
    lim.load_blocks([Block(USER, "hash-of-alice", None, "moderator", "2026-01-01")])
    lim.add_block(SERVER, "99", None)
    refused = await lim.admit("hash-of-alice", 5, allowed)
    assert refused.reason == BLOCKED and not refused.allowed
    assert (await lim.admit("hash-of-bob", 99, allowed)).reason == BLOCKED
    assert (await lim.admit("hash-of-bob", 5, allowed)).allowed
    lim.remove_block(USER, "hash-of-alice")
    assert (await lim.admit("hash-of-alice", 5, allowed)).allowed
    lim.load_blocks([])  # the store's list no longer has the server: lifted by another process
    assert (await lim.admit("hash-of-bob", 99, allowed)).allowed


async def test_a_temporary_block_from_the_store_ends_by_itself():
    lim, clock = limits()
    wall = clock.wall()
    lim._wall = lambda: wall  # the wall clock stands still (a test; or a clock set back): the end is measured here
    ends = dt.datetime.fromtimestamp(wall + 600, dt.UTC).isoformat(timespec="seconds")
    lim.load_blocks([Block(USER, "u", ends, "auto", "2026-01-01")])
    assert (await lim.admit("u", 1, allowed)).reason == BLOCKED
    clock.t += 599
    assert (await lim.admit("u", 1, allowed)).reason == BLOCKED
    clock.t += 2
    assert (await lim.admit("u", 1, allowed)).allowed
    # Read again from the store (where it stays until purged): still over, on this clock.
    lim.load_blocks([Block(USER, "u", ends, "auto", "2026-01-01")])
    assert (await lim.admit("u", 1, allowed)).allowed


async def test_repeated_cooldown_hits_block_the_user_for_the_configured_time():
    lim, clock = limits(auto_block_after=3, auto_block_window_seconds=30, auto_block_minutes=10)
    cooldowns = Cooldowns(5, 0)
    cooldowns._now = clock  # type: ignore[method-assign]

    async def ask(user: str) -> Verdict:
        return await lim.admit(user, 1, lambda: cooldowns.hit(user, 1))

    assert (await ask("spammer")).allowed
    hits = [await ask("spammer") for _ in range(2)]
    assert [v.reason for v in hits] == [COOLDOWN, COOLDOWN]
    third = await ask("spammer")
    assert third.reason == BLOCKED and third.new_block is not None and third.first_refusal
    assert third.new_block.kind == USER and third.new_block.target == "spammer"
    stored_end = dt.datetime.fromisoformat(third.new_block.until).timestamp()
    assert stored_end == clock.wall() + 600
    clock.t += 60  # the cooldown is long over, the block is not
    later = await ask("spammer")
    assert later.reason == BLOCKED and later.new_block is None
    assert (await ask("patient")).allowed  # others are not affected
    clock.t += 541
    assert (await ask("spammer")).allowed


async def test_cooldown_hits_spread_over_more_than_the_window_never_block():
    lim, clock = limits(auto_block_after=3, auto_block_window_seconds=30, auto_block_minutes=10)
    cooldowns = Cooldowns(5, 0)
    cooldowns._now = clock  # type: ignore[method-assign]
    for _ in range(10):
        assert (await lim.admit("steady", 1, lambda: cooldowns.hit("steady", 1))).allowed
        hit = await lim.admit("steady", 1, lambda: cooldowns.hit("steady", 1))  # one hit, then a pause
        assert hit.reason == COOLDOWN
        clock.t += 20
    assert lim.blocked_for(USER, "steady") is None


async def test_zero_switches_each_limit_off():
    lim, _ = limits()
    assert all([(await lim.admit("u", 1, allowed)).allowed for _ in range(1000)])
    assert dataclasses.asdict(LimitSettings())["review_per_server_per_day"] > 0  # on by default


async def test_an_automatic_block_survives_a_refresh_that_ran_before_it_was_stored():
    lim, clock = limits(auto_block_after=1, auto_block_minutes=10)
    blocked = await lim.admit("u", 1, lambda: Verdict(5.0, True))
    assert blocked.reason == BLOCKED and blocked.new_block is not None
    lim.load_blocks([])  # the store's list, read before the background write landed
    assert (await lim.admit("u", 1, allowed)).reason == BLOCKED
    stored = Block(USER, "u", blocked.new_block.until, "auto", "2026-01-01")
    lim.load_blocks([stored])
    clock.t += 120
    lim.load_blocks([stored])
    assert (await lim.admit("u", 1, allowed)).reason == BLOCKED
    lim.load_blocks([])  # lifted through another process
    assert (await lim.admit("u", 1, allowed)).allowed


async def test_only_a_persons_own_cooldown_counts_towards_an_automatic_block():
    lim, clock = limits(auto_block_after=2, auto_block_window_seconds=60, auto_block_minutes=10)
    cooldowns = Cooldowns(0, 30)  # a channel cooldown only: a busy channel
    cooldowns._now = clock  # type: ignore[method-assign]
    assert (await lim.admit("first", 1, lambda: cooldowns.hit("first", 5))).allowed
    for _ in range(5):
        refused = await lim.admit("bystander", 1, lambda: cooldowns.hit("bystander", 5))
        assert not refused.allowed and refused.reason != BLOCKED
    assert lim.blocked_for(USER, "bystander") is None


async def test_a_store_that_does_not_answer_in_time_never_holds_up_answers(monkeypatch, caplog):
    monkeypatch.setattr(abuse, "CLAIM_TIMEOUT", 0.05)
    release, asked = asyncio.Event(), []

    async def stuck(window_start: int, scope: str, want: int, cap: int, *, sweep: bool = False) -> tuple[int, int]:
        asked.append(scope)
        await release.wait()
        return 0, cap

    clock = Clock()
    clock.t = 1_020.0
    settings = LimitSettings(server_questions_per_minute=2, global_questions_per_minute=0, auto_block_after=0)
    lim = Limits(settings, slots=stuck, clock=clock, wall=clock.wall)
    verdicts = [await lim.admit(f"user{i}", 5, allowed) for i in range(3)]
    assert [v.allowed for v in verdicts] == [True, True, False]  # counted alone, against the same cap
    assert verdicts[2].reason == SERVER_RATE
    assert asked == ["5"]  # one wait; then no more for the rest of the minute
    assert "this process counts alone" in caplog.text
    release.set()
    await asyncio.sleep(0.01)
    clock.t += 60  # a new minute: the store is asked again
    release.clear()
    assert (await lim.admit("user9", 5, allowed)).allowed and asked == ["5", "5"]
    release.set()
    await asyncio.sleep(0.01)
