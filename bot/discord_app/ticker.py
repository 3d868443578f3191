"""A cog's background loop that asks its `tick` when to run again (scheduled posts, corrections).

discord.ext.tasks loops run at a fixed interval; these loops sleep as long as the tick says
(until the next slot is due, or the FAQ has been quiet long enough), survive any error (logged,
counted by the cog, tried again after `retry_seconds`), and can be woken early: a loop that is
waiting is replaced by a new one, a loop that is working is never interrupted, and one being
stopped is not started again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class Ticker:
    def __init__(
        self,
        tick: Callable[[], Awaitable[float]],
        *,
        name: str,
        what: str,
        retry_seconds: float,
        ready: Callable[[], Awaitable[object]],
        failed: Callable[[], None],
    ) -> None:
        self._tick, self._name, self._what = tick, name, what
        self._retry, self._ready, self._failed = retry_seconds, ready, failed
        self._task: asyncio.Task | None = None
        self._sleeping: asyncio.Task | None = None  # the loop's task while it waits (and only then)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self._name)
        self._task.add_done_callback(self._ended)

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def wake(self) -> None:
        if self._task is not None and self._sleeping is self._task and not self._task.cancelling():
            self._task.cancel()
            self.start()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def _ended(self, task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None:  # cannot happen: every error is caught
            log.error("%s stopped", self._what, exc_info=task.exception())

    async def _run(self) -> None:
        await self._ready()
        while True:
            try:
                delay = await self._tick()
            except Exception:
                self._failed()
                log.exception("%s: unexpected error; trying again in %d s", self._what, self._retry)
                delay = self._retry
            self._sleeping = asyncio.current_task()
            try:
                await asyncio.sleep(delay)
            finally:
                if self._sleeping is asyncio.current_task():
                    self._sleeping = None


class TickingCog:
    """For a cog whose work is one `Ticker` (the scheduled posts, the corrections): started when
    the cog loads, stopped when it unloads. Put before `commands.Cog` among the bases."""

    ticker: Ticker

    async def cog_load(self) -> None:
        self.ticker.start()

    async def cog_unload(self) -> None:
        self.ticker.stop()

    @property
    def running(self) -> bool:
        return self.ticker.running
