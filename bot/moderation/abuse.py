"""Abuse limits: who may be answered right now, in plain Python (no Discord), unit-tested.

One question goes through `Limits.admit` before it is answered, in this order:

1. **Blocks** (`blocked`): a user (by the keyed hash the store uses for voters, never the id) or a
   server (by guild id) on the block list kept by the campaign's moderators, or a user blocked
   automatically. The list lives in the store (every process sees it, `load_blocks`); here is a
   copy, read again every `limits.blocks_refresh_seconds`, changed at once by this process's own
   blocks.
2. **Rate caps** (`server_rate`, `global_rate`): at most `limits.server_questions_per_minute`
   answers per server and `limits.global_questions_per_minute` in all, per fixed 60-second
   window, counted in this process (with several processes each counts its own share).
3. **The cooldowns** (`cooldown`, bot.discord_app.cooldowns): a refusal by the person's own
   cooldown (not a busy channel's) counts towards the automatic block: `limits.auto_block_after`
   refusals within `limits.auto_block_window_seconds` block the user for
   `limits.auto_block_minutes` (`Verdict.new_block` asks the caller to store it).

`Verdict.first_refusal` is true once per window and place (per user for cooldowns and blocks, per
server for the rate caps), so a front end that must stay quiet (a mention) says it once at most.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..config import LimitSettings
from ..store import Block

WINDOW = 60.0  # seconds: the rate caps count answers per minute
MAX_KEYS = 50_000  # remembered users / servers before old ones are dropped
PENDING_SECONDS = 60.0  # an automatic block is kept this long while its store write is under way

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


class Limits:
    """The abuse limits of one process. `clock` is monotonic (looked up at call time, so a test
    clock can stand in); `wall` gives the UTC time blocks are stored with."""

    def __init__(
        self,
        settings: LimitSettings,
        *,
        clock: Callable[[], float] | None = None,
        wall: Callable[[], float] | None = None,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._wall = wall
        # (kind, target) -> (until as stored, or None; monotonic time it ends, or inf)
        self._blocks: dict[tuple[str, str], tuple[str | None, float]] = {}
        self._counts: dict[str, tuple[int, int]] = {}  # server key or "*" -> (window number, answers)
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

    def admit(self, user_key: str, guild_id: int | None, cooldown: Callable[[], Verdict] | None = None) -> Verdict:
        """May this user (keyed hash) in this server (None: a direct message) be answered now?
        `cooldown` is called only when nothing else refuses first (it consumes the user's turn)."""
        now = self.now()
        window = int(now // WINDOW)
        server = str(guild_id) if guild_id else ""
        for kind, target in ((USER, user_key), (SERVER, server)):
            if not target:
                continue
            left = self.blocked_for(kind, target)
            if left is not None:
                return Verdict(left, self._first(BLOCKED, f"{kind}:{target}", window), BLOCKED)
        place = server or f"dm:{user_key}"  # where a rate-cap notice is told once per window
        s = self.settings
        if server and s.server_questions_per_minute and self._count(server, window) >= s.server_questions_per_minute:
            return Verdict(_window_left(now), self._first(SERVER_RATE, place, window), SERVER_RATE)
        if s.global_questions_per_minute and self._count("*", window) >= s.global_questions_per_minute:
            return Verdict(_window_left(now), self._first(GLOBAL_RATE, place, window), GLOBAL_RATE)
        if cooldown is not None:
            verdict = cooldown()
            if not verdict.allowed:
                verdict.reason = verdict.reason or COOLDOWN
                if verdict.reason != COOLDOWN:
                    return verdict
                verdict.new_block = self._note_refusal(user_key, now)
                if verdict.new_block is not None:
                    return Verdict(verdict.new_block.seconds, True, BLOCKED, verdict.new_block)
                return verdict
        if server:
            self._add(server, window)
        self._add("*", window)
        return Verdict()

    # -- internals ---------------------------------------------------------------------------

    def _count(self, key: str, window: int) -> int:
        seen = self._counts.get(key)
        return seen[1] if seen is not None and seen[0] == window else 0

    def _add(self, key: str, window: int) -> None:
        if len(self._counts) > MAX_KEYS:
            self._counts = {k: v for k, v in self._counts.items() if v[0] == window}
        self._counts[key] = (window, self._count(key, window) + 1)

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


def _window_left(now: float) -> float:
    return max(WINDOW - (now % WINDOW), 0.001)


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
