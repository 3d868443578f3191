"""Scheduled posts (config.yaml `outreach.schedules`): a "fact of the day", or any schedule.

Each schedule posts one FAQ entry (the answer with its quotes, buttons and calls to action) at its
times, in its time zone, cycling through every entry without repeats (see `bot.outreach.schedule`).
Where each schedule stands is kept in the store, so a restart neither repeats nor skips an entry.
Each tick reads every schedule's state in one store call (`Store.schedule_states`), however many
servers have a fact of the day, and hands the event loop back every `YIELD_EVERY` schedules.

Several bot processes may share one store (docs/scaling.md), and each runs this loop: a post is
first claimed in the store (one row per schedule and slot, inserted with the schedule's new state
in one transaction); only the process whose row went in posts it, then marks the claim sent. A
process that dies between its claim and the post leaves the slot claimed and unsent: the post is
skipped rather than risked twice (at most once). A post Discord refused is retried by the process
that claimed it, while the slot can still catch up.

Each server's own fact of the day (`/faq-settings fact-of-the-day`, bot.servers) is one more
schedule, `server-<server id>`, at its time in UTC, claimed like every other; it posts only in a
channel of that server, with that server's reply language and calls to action. A change made
with /faq-settings wakes the loop at once; one made through another process is seen within
`moderation.watch_interval_seconds` (the housekeeping loop reloads the settings) and posted by
the next time the loop looks (at most `MAX_SLEEP_SECONDS`, well inside `catch_up_minutes`).

Errors never stop the loop: a channel that is missing or not writable is logged and retried every
`RETRY_SECONDS` until the slot is older than `catch_up_minutes`; anything unexpected is logged and
the loop goes on. The clock is `discord.utils.utcnow` (in tests: simcord's virtual clock).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

import discord
from discord.ext import commands

from ..config import ScheduleSettings
from ..discord_app import outreach
from ..discord_app.bot import FaqBot
from ..discord_app.ticker import Ticker, TickingCog
from ..outreach import schedule as plan
from ..servers import fact_guild
from ..store import ScheduleState

log = logging.getLogger(__name__)

RETRY_SECONDS = 600  # a failed post is tried again this often (while its slot can still catch up)
MAX_SLEEP_SECONDS = 3600  # the loop looks again at least this often (config or clock changes)
IDLE_SECONDS = 3600  # with no schedule configured
YIELD_EVERY = 100  # a tick hands the event loop back this often (schedules), even with nothing to post


class Schedule(TickingCog, commands.Cog):
    def __init__(self, bot: FaqBot, *, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.bot = bot
        self.clock = clock or (lambda: discord.utils.utcnow())
        self.retry_at: dict[str, dt.datetime] = {}
        self.claimed: dict[str, tuple[dt.datetime, str]] = {}  # schedule -> (slot, entry) claimed here, not sent yet
        self.posts = 0
        self.failures = 0
        self.ticker = Ticker(
            lambda: self.tick(),  # looked up at each run: a test may wrap `tick`
            name="faqbot-schedule",
            what="scheduled posts",
            retry_seconds=RETRY_SECONDS,
            ready=self.bot.wait_until_ready,
            failed=self._count_failure,
        )
        self._ticking = asyncio.Lock()  # one tick at a time: two would both send a slot claimed here

    def _count_failure(self) -> None:
        self.failures += 1

    def wake(self) -> None:
        """Look again now (a server's fact of the day was just set or changed): a loop that is
        waiting is replaced by a new one; a loop that is posting is never interrupted, and one
        being stopped (the cog unloaded) is not started again."""
        self.ticker.wake()

    async def tick(self) -> float:
        """Post whatever is due now; return the seconds until something may be due next. Ticks of
        one process take turns: a tick that finds a slot claimed by this process sends it, so
        two at once (a loop restarted while another tick runs, a tick run by hand) would both."""
        async with self._ticking:
            return await self._tick()

    async def _tick(self) -> float:
        now = self.clock()
        # The operator's schedules (config.yaml), then each server's own fact of the day.
        schedules = [*self.bot.config.outreach.schedules, *self.bot.service.server_schedules()]
        if not schedules:
            return IDLE_SECONDS
        wake = now + dt.timedelta(seconds=MAX_SLEEP_SECONDS)
        # Where every schedule stands, in one store call (one query) for the whole tick, not one
        # per schedule: with a fact of the day per server, a tick used to make hundreds of reads.
        # Read before any claim of this tick; a state another process moved since is caught by the
        # claim itself (its slot is already claimed), so the exactly-once rule does not rest on it.
        wanted = [s.name for s in schedules if self._needs_state(s, now)]
        states = await self.bot.store.schedule_states(wanted) if wanted else {}
        for number, schedule in enumerate(schedules, start=1):
            if number % YIELD_EVERY == 0:
                await asyncio.sleep(0)  # thousands of schedules: let replies to questions go first
            try:
                await self._maybe_post(schedule, now, states.get(schedule.name))
            except Exception:
                self.failures += 1
                self.retry_at[schedule.name] = now + dt.timedelta(seconds=RETRY_SECONDS)
                log.exception("schedule %s: unexpected error; trying again in %d s", schedule.name, RETRY_SECONDS)
            upcoming = [t for t in (plan.next_slot(schedule, now), self.retry_at.get(schedule.name)) if t is not None]
            if upcoming:
                wake = min(wake, *upcoming)
        return max(1.0, (wake - now).total_seconds())

    def _needs_state(self, schedule: ScheduleSettings, now: dt.datetime) -> bool:
        """Whether `_maybe_post` may look for a new slot for this schedule now (it reads its state
        only then: not while a post claimed here waits, nor while a failed one waits to retry)."""
        retry = self.retry_at.get(schedule.name)
        return schedule.name not in self.claimed and (retry is None or now >= retry)

    async def _maybe_post(
        self, schedule: ScheduleSettings, now: dt.datetime, state: ScheduleState | None = None
    ) -> None:
        """Post this schedule's due slot, if any. `state` is its stored state as the tick read it
        (with every other schedule's, in one call); None: read it here."""
        retry = self.retry_at.get(schedule.name)
        if retry is not None and now < retry:
            return
        claimed = self.claimed.get(schedule.name)
        if claimed is not None and now - claimed[0] > dt.timedelta(minutes=schedule.catch_up_minutes):
            log.warning(
                "schedule %s: gave up on a post it could not make within %d minutes",
                schedule.name,
                schedule.catch_up_minutes,
            )
            self.claimed.pop(schedule.name)
            self.retry_at.pop(schedule.name, None)
            return
        if claimed is None:
            if state is None:
                state = await self.bot.store.schedule_state(schedule.name)
            last = dt.datetime.fromisoformat(state.last_slot) if state.last_slot else None
            slot = plan.due_slot(schedule, now, last)
            if slot is None:
                if retry is not None:
                    log.warning(
                        "schedule %s: gave up on a post it could not make within %d minutes",
                        schedule.name,
                        schedule.catch_up_minutes,
                    )
                self.retry_at.pop(schedule.name, None)
                return
            pick = plan.next_entry(
                list(self.bot.engine.kb.entries),
                schedule_name=schedule.name,
                cycle=state.cycle,
                shown=state.shown,
                last_entry=state.last_entry,
            )
            if pick is None:
                log.warning("schedule %s: the FAQ is empty, nothing to post", schedule.name)
                return
            entry_id, new_cycle = pick
        guild_id = fact_guild(schedule.name) if schedule not in self.bot.config.outreach.schedules else None
        channel = await self._channel(schedule.channel_id)
        if (
            channel is not None
            and guild_id is not None
            and getattr(getattr(channel, "guild", None), "id", None) != guild_id
        ):
            channel = None  # a server's fact of the day goes to a channel of that server, never elsewhere
        if channel is None:
            self._failed(schedule, now, f"channel {schedule.channel_id} was not found or is not visible to the bot")
            return
        if claimed is None:
            assert slot is not None  # found above when nothing was claimed yet
            # Claimed before it is sent: in every process sharing the store, only one claim goes in.
            if not await self.bot.store.claim_scheduled_post(
                schedule.name, slot.isoformat(), entry_id, new_cycle=new_cycle
            ):
                log.info("schedule %s: the %s slot was claimed by another process", schedule.name, slot.isoformat())
                self.retry_at.pop(schedule.name, None)
                return
            claimed = self.claimed[schedule.name] = (slot, entry_id)
        assert claimed is not None
        slot, entry_id = claimed
        entry = self.bot.engine.kb.entries.get(entry_id)
        if entry is None:  # removed from the FAQ since the claim
            log.warning("schedule %s: entry %s is no longer in the FAQ; slot skipped", schedule.name, entry_id)
            self.claimed.pop(schedule.name)
            return
        message = outreach.scheduled_post(schedule.title, self.bot.answer_message(entry, None, guild_id=guild_id))
        try:
            sent = await channel.send(**message.kwargs())
        except discord.HTTPException as exc:
            self._failed(
                schedule, now, f"could not post in channel {schedule.channel_id} (HTTP {exc.status}, code {exc.code})"
            )
            return
        self.claimed.pop(schedule.name)
        self.bot.service.remember_posted(schedule.channel_id, sent.id, entry_id, guild_id=guild_id)
        await self.bot.store.mark_scheduled_post_sent(schedule.name, slot.isoformat())
        self.retry_at.pop(schedule.name, None)
        self.posts += 1
        log.info("schedule %s: posted entry %s", schedule.name, entry_id)

    def _failed(self, schedule: ScheduleSettings, now: dt.datetime, why: str) -> None:
        self.failures += 1
        self.retry_at[schedule.name] = now + dt.timedelta(seconds=RETRY_SECONDS)
        log.warning("schedule %s: %s; trying again in %d minutes", schedule.name, why, RETRY_SECONDS // 60)

    async def _channel(self, channel_id: int) -> discord.abc.Messageable | None:
        return await self.bot.messageable(channel_id)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Schedule(bot))
