"""Abuse limits: who may be answered right now, in plain Python (no Discord), unit-tested.

One question goes through `Limits.admit` before it is answered, in this order:

1. **Blocks** (`blocked`): a user (by the keyed hash the store uses for voters, never the id) or a
   server (by guild id) on the block list kept by the campaign's moderators, or a user blocked
   automatically. The list lives in the store (every process sees it, `load_blocks`); here is a
   copy, read again every `limits.blocks_refresh_seconds`, changed at once by this process's own
   blocks.
2. **Rate caps** (`server_rate`, `global_rate`): at most `limits.server_questions_per_minute`
   answers per server and `limits.global_questions_per_minute` in all, per fixed 60-second
   window of UTC time, counted across every process sharing the store (see "Rate caps" below).
3. **The cooldowns** (`cooldown`, bot.discord_app.cooldowns): a refusal by the person's own
   cooldown (not a busy channel's) counts towards the automatic block: `limits.auto_block_after`
   refusals within `limits.auto_block_window_seconds` block the user for
   `limits.auto_block_minutes` (`Verdict.new_block` asks the caller to store it). These refusals
   are counted in this process only (like the cooldowns themselves); a block, once decided, is in
   the store for every process.

Rate caps across processes. The store keeps one counter per window and scope ('global', or a
server id: `BaseStore.take_rate_slots`) that hands out answer *slots*, never more than the cap, in
one statement (two processes never both get the last one). Asking the store for every question
would put a database round trip on every reply, so a process claims a batch of slots at a time
(`batch`: a tenth of the cap, at least one) and answers from the slots it holds without asking
again; it asks only when it holds none, and not at all once the store said the window is full.
So, per window and scope:

- answers never pass the cap, whatever the number of processes (the store never hands out more);
- a process asks the store at most about eleven times (cap / batch, and once more to learn the
  window is full), however many questions arrive: a flood past the cap costs no store call;
- the price: slots a process claimed and did not use are lost for that window, so a question can
  be refused while other processes still hold unused slots: at most one batch each.

A question waits for a claim only when its process holds no slot, off the event loop (the store
runs its statements in a worker thread), and at most `CLAIM_TIMEOUT`: a store that does not answer
in time, or fails, never stops the bot answering; that process then counts alone against the cap
(as every process did before) until the window ends, and says so in the log once per window; in
such a window the answers may pass the cap by at most the cap once per process that lost the store.
The windows are minutes of UTC time, so the processes' clocks must agree (NTP); a process whose
clock is off counts in another window, never past the cap of that one.

`Verdict.first_refusal` is true once per window and place (per user for cooldowns and blocks, per
server for the rate caps), so a front end that must stay quiet (a mention) says it once at most.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from ..config import LimitSettings
from ..store import Block

log = logging.getLogger(__name__)

WINDOW = 60  # seconds: the rate caps count answers per minute of UTC time
MAX_KEYS = 50_000  # remembered users / servers before old ones are dropped
PENDING_SECONDS = 60.0  # an automatic block is kept this long while its store write is under way
BATCH_SHARE = 10  # a process claims a tenth of a rate cap at a time (see "Rate caps" above)
CLAIM_TIMEOUT = 1.0  # seconds a question waits for the store's slots before counting in this process
GLOBAL_SCOPE = "global"  # the scope of limits.global_questions_per_minute (a server's scope: its id)

# Why a question was refused (Verdict.reason).
COOLDOWN = "cooldown"  # the person's own cooldown (counts towards an automatic block)
CHANNEL_COOLDOWN = "channel_cooldown"  # the channel's cooldown (does not)
BLOCKED = "blocked"
SERVER_RATE = "server_rate"
GLOBAL_RATE = "global_rate"

USER = "user"  # Block.kind
SERVER = "server"


@dataclass(frozen=True)
class NewBlock:
    """A block this process just decided (automatic): the caller stores it for every process."""

    kind: str  # USER or SERVER
    target: str  # the user's keyed hash, or the guild id as text
    until: str  # UTC ISO time the block ends
    seconds: float


@dataclass
class Verdict:
    retry_after: float = 0.0  # 0: go ahead
    first_refusal: bool = False  # the first refusal in this window (worth telling the user once)
    reason: str = ""  # COOLDOWN, BLOCKED, SERVER_RATE or GLOBAL_RATE when refused
    new_block: NewBlock | None = None  # set once, on the refusal that triggered an automatic block

    @property
    def allowed(self) -> bool:
        return self.retry_after <= 0 and not self.reason


class SlotSource(Protocol):
    """Where rate-cap slots come from: `BaseStore.take_rate_slots` (every process), or `LocalSlots`."""

    async def __call__(
        self, window_start: int, scope: str, want: int, cap: int, *, sweep: bool = False
    ) -> tuple[int, int]: ...


class LocalSlots:
    """Rate-cap slots counted in this process alone: without a store, and while the store fails."""

    def __init__(self) -> None:
        self._taken: dict[tuple[int, str], int] = {}

    async def __call__(
        self, window_start: int, scope: str, want: int, cap: int, *, sweep: bool = False
    ) -> tuple[int, int]:
        return self.take(window_start, scope, want, cap)

    def take(self, window_start: int, scope: str, want: int, cap: int) -> tuple[int, int]:
        """(slots granted, taken in the window now), as the store's counter does it."""
        if len(self._taken) > MAX_KEYS or any(start < window_start for start, _ in self._taken):
            self._taken = {key: n for key, n in self._taken.items() if key[0] >= window_start}
        taken = self._taken.get((window_start, scope), 0)
        granted = max(0, min(want, cap - taken))
        self._taken[(window_start, scope)] = taken + granted
        return granted, taken + granted


@dataclass
class _Pool:
    """The slots of one scope this process holds in the current window."""

    held: int = 0  # claimed and not used yet
    full: bool = False  # the window's cap is handed out: refuse without asking the store again
    claim: asyncio.Future[None] | None = None  # a claim under way (one at a time per scope)


def batch(cap: int) -> int:
    """How many slots a process claims at a time: a tenth of the cap, at least one."""
    return max(1, -(-cap // BATCH_SHARE))


class Limits:
    """The abuse limits of one process. `clock` is monotonic (looked up at call time, so a test
    clock can stand in); `wall` gives the UTC time blocks are stored with and rate windows are
    numbered by (the same in every process). `slots`: where rate-cap slots come from (the store,
    shared by every process; default: this process alone)."""

    def __init__(
        self,
        settings: LimitSettings,
        *,
        slots: SlotSource | None = None,
        clock: Callable[[], float] | None = None,
        wall: Callable[[], float] | None = None,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._wall = wall
        self._local = LocalSlots()
        self._slots: SlotSource = slots or self._local
        # (kind, target) -> (until as stored, or None; monotonic time it ends, or inf)
        self._blocks: dict[tuple[str, str], tuple[str | None, float]] = {}
        self._pools: dict[str, _Pool] = {}  # scope -> slots held in window `_pools_window`
        self._pools_window = -1
        self._swept_window = -1  # the last window whose first claim asked the store to delete old ones
        self._trouble_window = -1  # the last window the store's trouble was logged in
        self._warned: set[tuple[str, str, int]] = set()  # (reason, place, window) already told
        self._hits: dict[str, deque[float]] = {}  # user -> times of recent cooldown refusals
        # Automatic blocks decided here and not yet seen in the store (its write runs in the background).
        self._pending: dict[tuple[str, str], tuple[str | None, float, float]] = {}

    def now(self) -> float:
        return self._clock() if self._clock is not None else time.monotonic()

    def wall(self) -> float:
        return self._wall() if self._wall is not None else time.time()

    # -- the block list ----------------------------------------------------------------------

    def load_blocks(self, blocks: Iterable[Block]) -> None:
        """Replace the copy of the block list with the store's (the active rows). A block already
        known with the same end keeps the end measured here, so it expires on this clock."""
        now, wall = self.now(), self.wall()
        fresh: dict[tuple[str, str], tuple[str | None, float]] = {}
        for block in blocks:
            key = (block.kind, block.target)
            known = self._blocks.get(key)
            if known is not None and known[0] == block.until:
                fresh[key] = known
            else:
                fresh[key] = (block.until, _ends(block.until, now, wall))
            self._pending.pop(key, None)
        for key, (until, end, added) in list(self._pending.items()):
            if added < now - PENDING_SECONDS:
                del self._pending[key]  # never stored (the write failed): given up
            else:
                fresh.setdefault(key, (until, end))
        self._blocks = fresh

    def add_block(self, kind: str, target: str, until: str | None) -> None:
        self._blocks[(kind, target)] = (until, _ends(until, self.now(), self.wall()))

    def remove_block(self, kind: str, target: str) -> None:
        self._blocks.pop((kind, target), None)
        self._pending.pop((kind, target), None)
        if kind == USER:
            self._hits.pop(target, None)

    def blocked_for(self, kind: str, target: str) -> float | None:
        """Seconds left of a block (inf: until lifted), or None when not blocked."""
        entry = self._blocks.get((kind, target))
        if entry is None:
            return None
        left = entry[1] - self.now()
        return left if left > 0 else None

    # -- one question ------------------------------------------------------------------------

    async def admit(
        self, user_key: str, guild_id: int | None, cooldown: Callable[[], Verdict] | None = None
    ) -> Verdict:
        """May this user (keyed hash) in this server (None: a direct message) be answered now?
        `cooldown` is called only when nothing else refuses first (it consumes the user's turn).
        Waits for the store only when this process holds no rate-cap slot (see the module's doc)."""
        window = int(self.wall() // WINDOW)
        server = str(guild_id) if guild_id else ""
        for kind, target in ((USER, user_key), (SERVER, server)):
            if not target:
                continue
            left = self.blocked_for(kind, target)
            if left is not None:
                return Verdict(left, self._first(BLOCKED, f"{kind}:{target}", window), BLOCKED)
        place = server or f"dm:{user_key}"  # where a rate-cap notice is told once per window
        s = self.settings
        taken: list[str] = []  # scopes a held slot was used from (kept for the next question if refused)
        if server and s.server_questions_per_minute:
            slot = await self._take(server, s.server_questions_per_minute, window)
            if slot is None:
                return Verdict(_window_left(self.wall()), self._first(SERVER_RATE, place, window), SERVER_RATE)
            if slot:
                taken.append(server)
        if s.global_questions_per_minute:
            slot = await self._take(GLOBAL_SCOPE, s.global_questions_per_minute, window)
            if slot is None:
                self._give_back(taken, window)
                return Verdict(_window_left(self.wall()), self._first(GLOBAL_RATE, place, window), GLOBAL_RATE)
            if slot:
                taken.append(GLOBAL_SCOPE)
        if cooldown is not None:
            verdict = cooldown()
            if not verdict.allowed:
                self._give_back(taken, window)
                verdict.reason = verdict.reason or COOLDOWN
                if verdict.reason != COOLDOWN:
                    return verdict
                verdict.new_block = self._note_refusal(user_key, self.now())
                if verdict.new_block is not None:
                    return Verdict(verdict.new_block.seconds, True, BLOCKED, verdict.new_block)
                return verdict
        return Verdict()

    # -- rate-cap slots ----------------------------------------------------------------------

    async def _take(self, scope: str, cap: int, window: int) -> bool | None:
        """One slot of `scope` in `window`: True, one of those this process holds (claimed from the
        store when it held none); False, one counted by this process alone (the store did not answer
        in time); None when the window's cap is reached."""
        if window != self._pools_window:
            self._pools, self._pools_window = {}, window
        pool = self._pools.setdefault(scope, _Pool())
        while pool.held <= 0:
            if pool.full:
                return None
            if self._trouble_window == window:  # the store failed this minute: count alone till it ends
                granted, _ = self._local.take(window * WINDOW, scope, 1, cap)
                return False if granted else None
            if pool.claim is None:
                pool.claim = asyncio.ensure_future(self._claim(pool, scope, cap, window))
            try:
                # shield: a question given up on (timeout, cancelled) leaves the claim to the next one.
                await asyncio.wait_for(asyncio.shield(pool.claim), CLAIM_TIMEOUT)
            except TimeoutError:
                self._trouble(window, f"no answer within {CLAIM_TIMEOUT:g} s")
                granted, _ = self._local.take(window * WINDOW, scope, 1, cap)
                return False if granted else None
        pool.held -= 1
        return True

    async def _claim(self, pool: _Pool, scope: str, cap: int, window: int) -> None:
        want = batch(cap)
        sweep = window != self._swept_window  # the first claim of a window deletes old windows
        self._swept_window = window
        try:
            granted, _ = await self._slots(window * WINDOW, scope, want, cap, sweep=sweep)
        except Exception as exc:  # the store is unreachable or broken: never stop answering for it
            self._trouble(window, f"{type(exc).__name__}: {exc}")
            granted, _ = self._local.take(window * WINDOW, scope, want, cap)
        finally:
            pool.claim = None
        pool.held += granted
        if granted < want:
            pool.full = True

    def _give_back(self, scopes: Iterable[str], window: int) -> None:
        """Slots taken for a question refused after all: kept for this process's next question."""
        if window != self._pools_window:
            return
        for scope in scopes:
            pool = self._pools.get(scope)
            if pool is not None:
                pool.held += 1

    def _trouble(self, window: int, why: str) -> None:
        if window != self._trouble_window:
            self._trouble_window = window
            log.warning("rate caps: no slots from the store (%s); this process counts alone until the minute ends", why)

    # -- internals ---------------------------------------------------------------------------

    def _first(self, reason: str, place: str, window: int) -> bool:
        if len(self._warned) > MAX_KEYS:
            self._warned = {w for w in self._warned if w[2] >= window - 1}
        key = (reason, place, window)
        if key in self._warned:
            return False
        self._warned.add(key)
        return True

    def _note_refusal(self, user_key: str, now: float) -> NewBlock | None:
        s = self.settings
        if not s.auto_block_after:
            return None
        if len(self._hits) > MAX_KEYS:
            self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > now - s.auto_block_window_seconds}
        hits = self._hits.setdefault(user_key, deque())
        hits.append(now)
        while hits and hits[0] <= now - s.auto_block_window_seconds:
            hits.popleft()
        if len(hits) < s.auto_block_after:
            return None
        del self._hits[user_key]
        seconds = s.auto_block_minutes * 60
        until = dt.datetime.fromtimestamp(self.wall() + seconds, dt.UTC).isoformat(timespec="seconds")
        self.add_block(USER, user_key, until)
        self._pending[(USER, user_key)] = (*self._blocks[(USER, user_key)], now)
        return NewBlock(USER, user_key, until, seconds)


def _window_left(wall: float) -> float:
    return max(WINDOW - (wall % WINDOW), 0.001)


def _ends(until: str | None, now: float, wall: float) -> float:
    """When a block stored as ending at `until` (UTC ISO) ends on the monotonic clock."""
    if until is None:
        return float("inf")
    try:
        end = dt.datetime.fromisoformat(until)
    except ValueError:
        return float("inf")  # unreadable: keep blocking rather than lift it silently
    if end.tzinfo is None:
        end = end.replace(tzinfo=dt.UTC)
    return now + (end.timestamp() - wall)
