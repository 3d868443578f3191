"""Per-user and per-channel cooldowns, owned by one bot instance.

`app_commands.checks.cooldown` keeps its buckets on the command object, which every bot built from
the same class shares (and which does not cover mentions or passive answers). This limiter is an
attribute of the bot, keyed by the asker's keyed hash (never the raw id) and the channel id.
"""

from __future__ import annotations

import time

from ..moderation.abuse import CHANNEL_COOLDOWN, COOLDOWN, Verdict  # what a refusal says, and why

__all__ = ["Cooldowns", "Verdict"]


class Cooldowns:
    MAX_KEYS = 50_000

    def __init__(self, per_user_seconds: float, per_channel_seconds: float) -> None:
        self.per_user = per_user_seconds
        self.per_channel = per_channel_seconds
        self._users: dict[str, float] = {}  # key -> monotonic time when the user may ask again
        self._channels: dict[int, float] = {}
        self._warned: set[tuple[str, str]] = set()

    @staticmethod
    def _now() -> float:
        return time.monotonic()  # looked up at call time, so a test clock can stand in

    def hit(self, user_key: str, channel_id: int | None) -> Verdict:
        """Consume one question for this user and channel, or say how long to wait."""
        now = self._now()
        if max(len(self._users), len(self._channels), len(self._warned)) > self.MAX_KEYS:
            self._prune(now)
        waits = []  # (until, which bucket)
        user_until = self._users.get(user_key, 0.0)
        if user_until > now:
            waits.append((user_until, f"u:{user_key}"))
        if channel_id is not None:
            channel_until = self._channels.get(channel_id, 0.0)
            if channel_until > now:
                waits.append((channel_until, f"c:{channel_id}"))
        if waits:
            until, bucket = max(waits)
            # One warning per user per cooldown window (a window is identified by when it ends).
            warn_key = (user_key, f"{bucket}:{until}")
            first = warn_key not in self._warned
            self._warned.add(warn_key)
            # Only a person's own cooldown counts towards an automatic block (bot.moderation.abuse):
            # a busy channel's is nobody's fault.
            return Verdict(until - now, first, COOLDOWN if bucket.startswith("u:") else CHANNEL_COOLDOWN)
        if self.per_user > 0:
            self._users[user_key] = now + self.per_user
        if self.per_channel > 0 and channel_id is not None:
            self._channels[channel_id] = now + self.per_channel
        return Verdict()

    def _prune(self, now: float) -> None:
        self._users = {k: v for k, v in self._users.items() if v > now}
        self._channels = {k: v for k, v in self._channels.items() if v > now}
        self._warned.clear()
