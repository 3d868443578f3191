"""What every store backend is: the records, the errors, and `BaseStore`, the one interface the
bot, the application service and the CLI use (SQLite: bot.store.sqlite, PostgreSQL:
bot.store.postgres). A backend only says how to connect and migrate; every read and write is in
bot.store.queries, the same SQL for both.

Writes run in a worker thread (`asyncio.to_thread`) behind one lock per store, on one
connection, so the event loop never waits on the disk or the network.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import datetime as dt
import enum
import hashlib
import hmac
import itertools
import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from ..errors import FaqbotError
from ..privacy import secret as hash_secret


class ReviewReason(enum.StrEnum):
    """Why a question is in the review queue (stored as its value in review_queue.outcome)."""

    NONE = "none"  # not answered
    SUGGEST = "suggest"  # only "did you mean"
    PARTIAL = "partial"  # answered in part: the sources do not cover all of it
    LOW = "low"  # answered with a confidence below moderation.low_confidence_score
    NOT_HELPFUL = "not_helpful"  # someone voted the answer not helpful
    NONE_OF_THESE = "none_of_these"  # "did you mean", and the asker pressed "None of these"


class VoteOutcome(enum.StrEnum):
    """What a Helpful / Not helpful press did."""

    NEW = "new"
    SAME = "same"  # the same vote again: nothing changed
    CHANGED = "changed"  # the person turned their vote round


# How each reason reads to a moderator.
REVIEW_REASONS: dict[str, str] = {
    ReviewReason.NONE: "not answered",
    ReviewReason.SUGGEST: "did you mean",
    ReviewReason.PARTIAL: "answered in part (the sources do not cover all of it)",
    ReviewReason.LOW: "answered, low confidence",
    ReviewReason.NOT_HELPFUL: "voted not helpful",
    ReviewReason.NONE_OF_THESE: "did you mean: none of these",
    "picked": 'picked from "did you mean" by the asker',  # suggested phrasings (review.suggestion_groups)
}

# The meta key holding the version of the FAQ last swapped in by any process (see FaqService).
FAQ_VERSION_KEY = "faq_version"
# The meta key counting changes of per-server settings (any process): others reload them when it moves.
SERVER_SETTINGS_VERSION_KEY = "server_settings_version"
# Set once the first load's public snapshot was taken (bot.moderation.changelog: hand edits): the
# FAQ folder it was taken of ('1' in a database that took it before the folder was kept).
PUBLIC_SNAPSHOT_KEY = "public_snapshot_started"
_CLAIMS = itertools.count(1)


# Windows of the rate caps (table rate_windows) older than this many seconds are deleted.
RATE_WINDOW_KEEP = 120


class StoreError(FaqbotError):
    """The database cannot be used (for example: written by a newer faqbot, or unreachable)."""


@dataclass(frozen=True)
class ReviewItem:
    question: str
    outcome: str  # a key of REVIEW_REASONS
    score: float
    suggestions: tuple[str, ...]
    created_day: str
    entry_id: str | None = None  # the entry given, for 'low' and 'not_helpful'
    id: int = 0


@dataclass(frozen=True)
class SuggestedPhrasing:
    """A question whose asker picked `entry_id` from "did you mean": a phrasing to add, maybe."""

    id: int
    entry_id: str
    phrasing: str
    created_day: str


@dataclass(frozen=True)
class PostedAnswer:
    """One of the bot's own answers posted in a channel: where, with which entry, in which language."""

    channel_id: int
    message_id: int
    entry_id: str
    language: str
    day: str


@dataclass(frozen=True)
class ScheduleState:
    last_slot: str | None = None  # UTC ISO time of the last slot posted
    last_entry: str | None = None
    cycle: int = 1
    shown: frozenset[str] = frozenset()  # entries posted in the current cycle


@dataclass(frozen=True)
class ServerSettings:
    """What one server's own admins chose with /faq-settings, as stored; None = the config.yaml
    default (bot.servers turns these into a server's effective settings). No user id, ever."""

    guild_id: int
    passive_channel_ids: tuple[int, ...] | None = None
    fact_channel_id: int | None = None  # 0 = no fact of the day
    fact_time: str | None = None  # "HH:MM", UTC
    language: str | None = None  # "auto", "en", "fa"
    show_ctas: bool | None = None
    store_question_text: bool | None = None  # False: the server opted out of question-text storage

    @property
    def changed(self) -> bool:
        """Whether anything differs from the defaults (a row worth keeping)."""
        return any(
            value is not None
            for value in (
                self.passive_channel_ids,
                self.fact_channel_id,
                self.fact_time,
                self.language,
                self.show_ctas,
                self.store_question_text,
            )
        )


@dataclass(frozen=True)
class PeriodCounts:
    """What moderators' statistics are made of, for the days since `since` (inclusive)."""

    since: str
    outcomes: dict[str, int]  # 'answer' / 'suggest' / 'none' -> questions
    answers: dict[str, int]  # entry id -> times given
    votes: dict[str, tuple[int, int]]  # entry id -> (helpful, not helpful), votes cast in the period
    suggested: dict[str, int] = field(default_factory=dict)  # entry id -> times offered first as "did you mean"
    low: dict[str, int] = field(default_factory=dict)  # entry id -> answers below moderation.low_confidence_score
    per_day: dict[str, dict[str, int]] = field(
        default_factory=dict
    )  # UTC day -> 'answer'/'suggest'/'none' -> questions


@dataclass(frozen=True)
class Block:
    """One row of the block list."""

    kind: str  # 'user' or 'server'
    target: str  # a user's keyed hash, or a guild id as text
    until: str | None  # UTC ISO time it ends; None: until a moderator lifts it
    source: str  # 'moderator' or 'auto'
    created_day: str


@dataclass(frozen=True)
class ServerCounts:
    """One server's counts over a period (`faqbot stats --by-server`); no user data."""

    guild_id: str  # '0': direct messages
    name: str  # as the bot last saw it; '' when never seen
    answers: int
    suggested: int
    unanswered: int
    helpful: int
    not_helpful: int
    queued: int  # review-queue rows added
    dropped: int  # review-queue rows refused over limits.review_per_server_per_day

    @property
    def questions(self) -> int:
        return self.answers + self.suggested + self.unanswered


class Db(Protocol):
    """One connection, as the queries see it: `?` placeholders in both backends."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def transaction(self) -> contextlib.AbstractContextManager[None]: ...

    def close(self) -> None: ...


_PASSWORD_IN_TEXT = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
_PASSWORD_PARAM = re.compile(r"(password=)[^&\s]*", re.IGNORECASE)


def mask_url(url: str) -> str:
    """A database URL fit for logs and messages: its password replaced by ***."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD_IN_TEXT.sub(r"\1***@", url))
    if parts.password is not None:
        host = parts.hostname or ""
        if parts.port is not None:
            host += f":{parts.port}"
        user = parts.username or ""
        parts = parts._replace(netloc=f"{user}:***@{host}")
    return _PASSWORD_PARAM.sub(r"\1***", urlunsplit(parts))


def process_name() -> str:
    """Who claims a scheduled post: this host and process (no person)."""
    return f"{socket.gethostname()}:{os.getpid()}"


class BaseStore(abc.ABC):
    """The store interface: votes, answer counts, the review queue, meta, scheduled posts."""

    backend: str = ""  # 'sqlite' or 'postgresql'

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        secret_file: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.secret_file = Path(secret_file) if secret_file else None
        self._environ = environ
        self._clock = clock
        self._lock = threading.Lock()
        self._db: Db | None = None
        self._secret: bytes | None = None

    # -- what a backend provides ---------------------------------------------------------------

    @property
    @abc.abstractmethod
    def where(self) -> str:
        """The database, for messages (a path, or a URL without its password)."""

    @abc.abstractmethod
    def _connect(self) -> Db:
        """A connection to a database migrated to the latest schema (under the backend's lock)."""

    def _before_call(self) -> None:  # noqa: B027  (a hook: most backends need nothing here)
        """Called with the lock held before each read or write (PostgreSQL reconnects here)."""

    # -- lifecycle ------------------------------------------------------------------------------

    async def open(self) -> None:
        await asyncio.to_thread(self.open_sync)

    def open_sync(self) -> None:
        with self._lock:
            if self._db is not None:
                return
            db = self._connect()
            try:
                environ = os.environ if self._environ is None else self._environ
                if self.secret_file is None and not environ.get(hash_secret.ENV_VAR, "").strip():
                    raise StoreError(f"{self.where}: no hash secret: set {hash_secret.ENV_VAR} or privacy.secret_file")
                # The environment variable wins; without it, the file (created on first start).
                secret = hash_secret.load(self.secret_file or Path(os.devnull), environ)
            except hash_secret.SecretError as exc:
                db.close()
                raise StoreError(str(exc)) from None
            except BaseException:
                db.close()
                raise
            self._db = db
            self._secret = secret.key

    async def close(self) -> None:
        await asyncio.to_thread(self.close_sync)

    def close_sync(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def _run(self, func, *args):
        with self.holding() as db:
            return func(db, *args)

    @contextlib.contextmanager
    def holding(self) -> Iterator[Db]:
        """The open database, with this store's lock held until the block ends: for work over
        two stores at once (`faqbot store copy`) that cannot go through one `_run` call."""
        with self._lock:
            if self._db is None:
                raise StoreError("the store is closed")
            self._before_call()
            yield self._db

    async def _write(self, func, *args):
        return await asyncio.to_thread(self._run, func, *args)

    # -- identities -----------------------------------------------------------------------------

    def _hash(self, purpose: str, user_id: int) -> str:
        if self._secret is None:
            raise StoreError("the store is not open")
        return hmac.new(self._secret, f"{purpose}:{int(user_id)}".encode(), hashlib.sha256).hexdigest()

    def user_key(self, user_id: int) -> str:
        """The stored stand-in for a user (votes); not reversible without the install secret."""
        return self._hash("user", user_id)[:32]

    def asker_token(self, user_id: int) -> str:
        """12 hex digits put in a button's custom_id to recognise the asker later."""
        return self._hash("asker", user_id)[:12]

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), dt.UTC)

    def _today(self) -> str:
        return self._now().date().isoformat()

    def _stamp(self, seconds_from_now: float = 0.0) -> str:
        """A UTC time as blocks store it (ISO 8601 to the second, so the text sorts as the time)."""
        return (self._now() + dt.timedelta(seconds=seconds_from_now)).isoformat(timespec="seconds")

    # -- writes ---------------------------------------------------------------------------------

    async def record_answer(self, entry_id: str, server: int | None = None) -> None:
        """Count an answer (per entry and day; per server and day when `server` is given, 0 for
        direct messages)."""
        await self._write(_q()._record_answered, entry_id, self._today(), _server(server))

    async def record_vote(self, entry_id: str, user_id: int, helpful: bool, server: int | None = None) -> VoteOutcome:
        """'new', 'changed' or 'same': one vote per person per FAQ answer, changeable."""
        return await self._write(
            _q()._record_vote, entry_id, self.user_key(user_id), helpful, self._today(), _server(server)
        )

    async def record_unanswered(
        self,
        question: str,
        outcome: str,
        score: float,
        suggestions: Sequence[str],
        server: int | None = None,
        cap: int = 0,
    ) -> bool:
        """Count the question and queue its text for review; with `server`, only while that server
        has queued fewer than `cap` rows today (0: no cap). False when it was dropped (counted)."""
        return await self._write(
            _q()._record_unanswered,
            question,
            outcome,
            float(score),
            json.dumps(list(suggestions)),
            self._today(),
            _server(server),
            cap,
        )

    async def record_outcome(self, outcome: str, suggestions: Sequence[str] = (), server: int | None = None) -> None:
        """Count a question that got no answer, without keeping its text (privacy policy); a
        "did you mean" is counted under the entry offered first."""
        await self._write(
            _q()._counted_outcome, suggestions[0] if suggestions else "", outcome, self._today(), _server(server)
        )

    async def count_low_confidence(self, entry_id: str) -> None:
        """Count an answer given below `moderation.low_confidence_score` (no text)."""
        await self._write(_q()._count_outcome, entry_id, "low", self._today())

    async def queue_for_review(
        self,
        question: str,
        reason: ReviewReason,
        score: float,
        entry_id: str | None,
        server: int | None = None,
        cap: int = 0,
    ) -> bool:
        """Queue an answered question for review ('low' confidence, 'not_helpful' vote); text only,
        no asker. With `server`, subject to its daily `cap` (see record_unanswered)."""
        return await self._write(
            _q()._queue_capped, question, reason, float(score), "[]", self._today(), entry_id, _server(server), cap
        )

    async def mark_none_of_these(
        self, question: str, score: float, suggestions: Sequence[str], server: int | None = None, cap: int = 0
    ) -> None:
        """The asker pressed "None of these": the question's "did you mean" row (queued today) becomes
        'none_of_these'; queued as such if it is not there (text only, no asker; a new row is
        subject to the server's daily `cap`)."""
        await self._write(
            _q()._mark_none_of_these,
            question,
            float(score),
            json.dumps(list(suggestions)),
            self._today(),
            _server(server),
            cap,
        )

    async def suggest_phrasing(self, question: str, entry_id: str, server: int | None = None, cap: int = 0) -> None:
        """The asker picked `entry_id` from "did you mean": keep the question as a suggested phrasing of
        it (text only, no asker), in place of its "did you mean" row in the review queue (subject to
        the server's daily `cap` of rows moderators see)."""
        await self._write(_q()._suggest_phrasing, question, entry_id, self._today(), _server(server), cap)

    async def suggested_phrasings(self, limit: int = 50) -> list[SuggestedPhrasing]:
        """The newest `limit` suggested phrasings."""
        return await self._write(_q()._suggested_phrasings, limit)

    async def remove_suggested(self, ids: Sequence[int]) -> int:
        """Remove suggested phrasings (added as phrasings, or dismissed by a moderator); how many."""
        return await self._write(_q()._remove_suggested, [int(i) for i in ids])

    async def dismiss(self, ids: Sequence[int]) -> int:
        """Remove review-queue questions (handled by a moderator); returns how many."""
        return await self._write(_q()._dismiss, [int(i) for i in ids])

    async def period_counts(self, days: int) -> PeriodCounts:
        """Answers per entry, outcomes and votes over the last `days` days (today included)."""
        since = (self._now().date() - dt.timedelta(days=max(1, days) - 1)).isoformat()
        return await self._write(_q()._period_counts, since)

    async def purge(self, retention_days: int, keep: Callable[[str], bool] | None = None) -> int:
        """Delete review-queue questions older than `retention_days`, and those `keep` refuses
        (the storage policy: all of them once text storage is off); returns how many."""
        cutoff = (self._now().date() - dt.timedelta(days=retention_days)).isoformat()
        return await self._write(_q()._purge, cutoff, keep, self._stamp(), int(self._clock()) - RATE_WINDOW_KEEP)

    async def get_meta(self, key: str) -> str | None:
        return await self._write(_q()._get_meta, key)

    async def set_meta(self, key: str, value: str) -> None:
        await self._write(_q()._set_meta, key, value)

    # -- reads (tests, moderators) ----------------------------------------------------------------

    async def entry_stats(self, entry_id: str) -> tuple[int, int, int]:
        """(times answered, helpful votes, not-helpful votes)."""
        return await self._write(_q()._entry_stats, entry_id)

    async def review_queue(self, limit: int = 50) -> list[ReviewItem]:
        """The newest `limit` questions waiting for review."""
        return await self._write(_q()._review_queue, limit)

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (`faqbot store copy` compares them)."""
        return await self._write(_q()._table_counts)

    # -- scheduled posts ------------------------------------------------------------------------

    async def schedule_state(self, schedule: str) -> ScheduleState:
        """Where a schedule is in its cycle (an empty state before its first post)."""
        return await self._write(_q()._schedule_state, schedule)

    async def schedule_states(self, names: Iterable[str]) -> dict[str, ScheduleState]:
        """Where each named schedule is (an empty state for one never posted), in one query: what
        the schedule loop reads on each tick, however many servers have a fact of the day."""
        return await self._write(_q()._schedule_states, list(names))

    async def record_scheduled_post(self, schedule: str, slot: str, entry_id: str, *, new_cycle: bool) -> None:
        """One post made, in one transaction: a new cycle first forgets what the last one showed."""
        await self._write(_q()._record_scheduled_post, schedule, slot, entry_id, new_cycle)

    async def claim_scheduled_post(
        self, schedule: str, slot: str, entry_id: str, *, new_cycle: bool, claimant: str | None = None
    ) -> bool:
        """Claim (schedule, slot) before posting it; True only for the one caller whose claim went
        in (in any process sharing this database), which alone may post. The schedule's state is
        recorded with the claim, so a crash before the post is sent never repeats it (at most once)."""
        return await self._write(
            _q()._claim_scheduled_post,
            schedule,
            slot,
            entry_id,
            new_cycle,
            claimant or process_name(),
            self._now().isoformat(),
        )

    async def mark_scheduled_post_sent(self, schedule: str, slot: str) -> None:
        await self._write(_q()._mark_scheduled_post_sent, schedule, slot, self._now().isoformat())

    # -- per-server settings (/faq-settings) --------------------------------------------------------

    async def server_settings(self, guild_id: int) -> ServerSettings:
        """What a server chose (every field None when it changed nothing)."""
        return await self._write(_q()._server_settings, int(guild_id))

    async def all_server_settings(self) -> tuple[str, list[ServerSettings]]:
        """(the settings version, every server that changed something), read in one transaction."""
        return await self._write(_q()._all_server_settings)

    async def server_settings_version(self) -> str:
        """Moves each time any process changes any server's settings ('0' before the first change)."""
        return await self._write(_q()._server_settings_version)

    async def save_server_settings(self, settings: ServerSettings, *, expected: ServerSettings | None = None) -> bool:
        """Replace a server's settings (deleted when all are back to the defaults), and move the
        settings version, in one transaction. `expected`: save only if the stored settings are
        still these (compare-and-set: False, nothing written, when any process changed them since
        they were read; `FaqService.update_server_settings` reads again and retries)."""
        return await self._write(_q()._save_server_settings, settings, self._today(), expected)

    async def schedule_claims(self, schedule: str) -> list[tuple[str, str, str, str | None]]:
        """(slot, entry, claimed by, sent at or None) of every claim of a schedule, oldest first."""
        return await self._write(_q()._schedule_claims, schedule)

    # -- corrections that follow the answer -----------------------------------------------------

    def _days_ago(self, days: int) -> str:
        return (self._now().date() - dt.timedelta(days=max(0, days))).isoformat()

    async def remember_posted_answer(
        self, channel_id: int, message_id: int, entry_id: str, language: str, *, keep_days: int
    ) -> None:
        """Remember the bot's own answer message (ids, entry, language, day: never who asked, never
        the question), so it can be edited if the entry changes; those older than `keep_days` are
        dropped at the same time."""
        await self._write(
            _q()._remember_posted,
            int(message_id),
            int(channel_id),
            entry_id,
            language,
            self._today(),
            self._days_ago(keep_days),
        )

    async def posted_answers(self, entry_id: str, *, keep_days: int) -> list[PostedAnswer]:
        """The bot's answers with `entry_id` posted in the last `keep_days` days, oldest first."""
        rows = await self._write(_q()._posted_answers, entry_id, self._days_ago(keep_days))
        return [PostedAnswer(channel, message, entry_id, language, day) for channel, message, language, day in rows]

    async def forget_posted_answers(self, message_ids: Sequence[int]) -> int:
        """Forget posted answers (deleted meanwhile); how many were known."""
        return await self._write(_q()._forget_posted, [int(i) for i in message_ids])

    async def corrections_cursor(self) -> int | None:
        """The last audit-log change handled by the corrections (None: never started)."""
        return await self._write(_q()._corrections_cursor)

    async def claim_corrections(
        self, first: int, last: int, *, sent: bool = False, claimant: str | None = None
    ) -> bool:
        """Claim the audit-log changes `first`..`last` for the digest post and the edits of posted
        answers; True only for the one caller (in any process sharing this database) whose claim
        went in, which alone posts and edits. `sent`: nothing to do (the baseline, or no public change)."""
        return await self._write(
            _q()._claim_corrections, int(first), int(last), claimant or process_name(), self._now().isoformat(), sent
        )

    async def mark_corrections_sent(self, first: int) -> None:
        await self._write(_q()._mark_corrections_sent, int(first), self._now().isoformat())

    async def correction_batches(self) -> list[tuple[int, int, str, str | None]]:
        """(first change, last change, claimed by, sent at or None) of every batch, oldest first."""
        return await self._write(_q()._correction_batches)

    # -- hand edits as public changes (bot.moderation.changelog) -----------------------------------

    async def public_snapshot(self) -> tuple[str | None, list[tuple[str, str, int]]]:
        """(the FAQ folder the first load's starting point was taken of, None: not taken yet;
        [(entry id, public content JSON, newest audit-log change accounted for)])."""
        return await self._write(_q()._public_snapshot, PUBLIC_SNAPSHOT_KEY)

    async def save_public_baseline(self, rows: Sequence[tuple[str, str, str, int]], folder: str) -> None:
        """The first load of the FAQ in `folder`: (entry id, digest, content JSON, audit id) of every
        entry; nothing recorded."""
        await self._write(_q()._public_baseline, PUBLIC_SNAPSHOT_KEY, [tuple(r) for r in rows], folder)

    async def record_public_change(
        self,
        entry_id: str,
        old: str,
        new: str,
        content: str | None,
        audit_id: int,
        change: tuple[str, str, str] | None,
    ) -> bool:
        """Move an entry's snapshot from digest `old` to `new` ("": none) and record `change` (day,
        kinds JSON, question; None: the audit log explains it) in one conditional write; True only
        for the one caller, in any process sharing this database, whose write went in."""
        return bool(await self._write(_q()._public_change, entry_id, old, new, content, int(audit_id), change))

    async def public_changes(self, entry_id: str | None = None) -> list[tuple[int, str, str, str, str]]:
        """The public changes recorded for hand edits, oldest first: (id, entry, day, kinds JSON, question)."""
        return await self._write(_q()._public_changes, entry_id)

    async def claim_public_changes(self, *, sent: bool = False) -> list[tuple[int, str, str, str, str]]:
        """Claim every hand-edit change not claimed yet for the digest post and the edits of posted
        answers (each goes to exactly one claim, whatever processes claim at once); the ones this
        claim got. `sent`: take them as handled (the corrections' starting point)."""
        claim = f"{process_name()}:{next(_CLAIMS)}"
        return await self._write(_q()._claim_public_changes, claim, sent)

    async def newest_unclaimed_public_change(self) -> int:
        """The id of the newest hand-edit change not claimed yet (0: none)."""
        return await self._write(_q()._unclaimed_public_change)

    # -- the block list and per-server counts (bot.moderation.abuse, faqbot stats --by-server) -------

    async def block(
        self, kind: str, target: str, *, seconds: float | None = None, source: str = "moderator"
    ) -> str | None:
        """Block a user (`target`: their keyed hash, `user_key`) or a server (its guild id as text),
        for `seconds` or until lifted (None); a block already there is replaced. Returns its end
        (UTC ISO) or None."""
        until = self._stamp(seconds) if seconds else None
        await self._write(_q()._block, kind, str(target), until, source, self._today())
        return until

    async def block_until(self, kind: str, target: str, until: str | None, source: str) -> None:
        """Store a block decided elsewhere (an automatic one: `until` already computed)."""
        await self._write(_q()._block, kind, str(target), until, source, self._today())

    async def unblock(self, kind: str, target: str) -> bool:
        """Lift a block; False when there was none."""
        return bool(await self._write(_q()._unblock, kind, str(target)))

    async def blocks(self) -> list[Block]:
        """The blocks in force now (expired temporary ones are left out, and deleted by `purge`)."""
        return await self._write(_q()._blocks, self._stamp())

    async def note_server_names(self, names: Sequence[tuple[int, str]]) -> None:
        """Remember the names of servers the bot is in (the CLI cannot see Discord)."""
        rows = [(str(int(guild_id)), str(name)[:100]) for guild_id, name in names]
        if rows:
            await self._write(_q()._note_server_names, rows, self._today())

    async def server_names(self) -> dict[str, str]:
        """guild id -> the server's name as the bot last saw it."""
        return await self._write(_q()._server_names)

    async def server_counts(self, days: int) -> list[ServerCounts]:
        """Answers, unanswered questions and votes per server over the last `days` days (today included)."""
        since = (self._now().date() - dt.timedelta(days=max(1, days) - 1)).isoformat()
        return await self._write(_q()._server_counts, since)

    # -- the rate caps shared by every process (bot.moderation.abuse) -------------------------------

    async def take_rate_slots(
        self, window_start: int, scope: str, want: int, cap: int, *, sweep: bool = False
    ) -> tuple[int, int]:
        """Claim up to `want` answer slots of `scope` ('global', or a server id) in the 60-second
        window starting at `window_start` (UTC Unix seconds), in one statement: the window's total
        never passes `cap`, whichever processes claim at once. (slots granted, total handed out).
        `sweep`: also delete the windows before the previous one (a process does it once per window)."""
        before = int(window_start) - RATE_WINDOW_KEEP if sweep else None
        return await self._write(_q()._take_slots, int(window_start), str(scope), int(want), int(cap), before)

    async def rate_window(self, window_start: int) -> dict[str, int]:
        """scope -> slots handed out in the window starting at `window_start`."""
        return await self._write(_q()._rate_window, int(window_start))

    async def dropped_today(self) -> dict[str, int]:
        """Review-queue rows dropped today per server (guild id -> rows), over the daily cap."""
        today = self._today()
        return {c.guild_id: c.dropped for c in await self._write(_q()._server_counts, today) if c.dropped}


def _server(server: int | None) -> str | None:
    """A server as server_counts keys it: its id as text, '0' for direct messages, None for none."""
    return None if server is None else str(int(server))


def _q():
    """bot.store.queries, looked up at each call (tests replace its functions with spies)."""
    from . import queries

    return queries
