"""The bot's SQLite store: votes, answer counts (per day), the review queue, the command-sync hash.

Privacy by design (questions about human rights in Iran can put people at risk):

- Nobody's Discord id is ever stored. Votes are keyed by a keyed hash (HMAC-SHA256) of the user id
  with a per-install secret; cooldowns and the "only the asker" buttons use the same kind of hash.
  The secret is never in this database (`bot.privacy.secret`: the FAQBOT_HASH_SECRET environment
  variable, or a 0600 file of its own); a secret left here by an older faqbot is moved out on open.
- Question text is kept only for questions the bot could not answer or was unsure about, answered
  with low confidence, or voted "not helpful" (the moderators' review queue), only when the
  storage policy (`bot.privacy.policy`: `privacy.store_unanswered_text`, off by default, and never
  a question disclosing personal risk or data) allows it, with no link to who asked (no user,
  channel, guild or message id, and only the day, not the time), and is deleted after
  `privacy.retention_days`. Statistics are daily counts per entry and outcome: no text at all.

Writes run in a worker thread (`asyncio.to_thread`) behind one lock, so the event loop never
waits on the disk. The schema is versioned with `PRAGMA user_version` and the MIGRATIONS list:
append a migration, never edit a released one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import hashlib
import hmac
import json
import logging
import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Sequence

from . import migrations
from .privacy import secret as hash_secret
from .config import default_secret_file
from .errors import FaqbotError

log = logging.getLogger(__name__)

# Each migration is one SQL script; the database's user_version is the number applied so far.
MIGRATIONS: list[str] = [
    # 1: settings, votes, answer counts
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE votes (
        entry_id TEXT NOT NULL,
        voter    TEXT NOT NULL,          -- keyed hash of the user id, never the id
        helpful  INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        PRIMARY KEY (entry_id, voter)
    ) WITHOUT ROWID;
    CREATE TABLE answer_counts (
        entry_id TEXT PRIMARY KEY,
        answered INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    """,
    # 2: the review queue of unanswered / low-confidence questions
    """
    CREATE TABLE review_queue (
        id          INTEGER PRIMARY KEY,
        question    TEXT NOT NULL,
        outcome     TEXT NOT NULL,       -- 'none' or 'suggest'
        score       REAL NOT NULL,
        suggestions TEXT NOT NULL,       -- JSON list of entry ids
        created_day TEXT NOT NULL        -- UTC date only (YYYY-MM-DD)
    );
    CREATE INDEX review_queue_day ON review_queue (created_day);
    """,
    # 3: moderators' statistics over a period, and more reasons to review a question
    """
    CREATE TABLE daily_outcomes (
        day      TEXT NOT NULL,              -- UTC date only (YYYY-MM-DD)
        outcome  TEXT NOT NULL,              -- 'answer', 'suggest' or 'none'
        entry_id TEXT NOT NULL DEFAULT '',   -- for answers: the entry given
        count    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, outcome, entry_id)
    ) WITHOUT ROWID;
    ALTER TABLE votes ADD COLUMN day TEXT;            -- UTC date of the (latest) vote; NULL before schema 3
    ALTER TABLE review_queue ADD COLUMN entry_id TEXT;  -- 'low' / 'not_helpful': the entry that was given
    """,
    # 4: scheduled posts (outreach.schedules): where each schedule is in its cycle through the FAQ
    """
    CREATE TABLE schedule_state (
        schedule   TEXT PRIMARY KEY,         -- outreach.schedules[].name
        last_slot  TEXT NOT NULL,            -- UTC time (ISO 8601) of the last slot posted
        last_entry TEXT NOT NULL,            -- the entry posted then
        cycle      INTEGER NOT NULL          -- 1, 2, ...: one pass through every entry
    ) WITHOUT ROWID;
    CREATE TABLE schedule_shown (
        schedule TEXT NOT NULL,
        entry_id TEXT NOT NULL,              -- posted in the schedule's current cycle
        PRIMARY KEY (schedule, entry_id)
    ) WITHOUT ROWID;
    """,
]

class ReviewReason(enum.StrEnum):
    """Why a question is in the review queue (stored as its value in review_queue.outcome)."""

    NONE = "none"  # not answered
    SUGGEST = "suggest"  # only "did you mean"
    PARTIAL = "partial"  # answered in part: the sources do not cover all of it
    LOW = "low"  # answered with a confidence below moderation.low_confidence_score
    NOT_HELPFUL = "not_helpful"  # someone voted the answer not helpful


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
}

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(FaqbotError):
    """The database cannot be used (for example: written by a newer faqbot)."""


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
class ScheduleState:
    last_slot: str | None = None  # UTC ISO time of the last slot posted
    last_entry: str | None = None
    cycle: int = 1
    shown: frozenset[str] = frozenset()  # entries posted in the current cycle


@dataclass(frozen=True)
class PeriodCounts:
    """What moderators' statistics are made of, for the days since `since` (inclusive)."""

    since: str
    outcomes: dict[str, int]  # 'answer' / 'suggest' / 'none' -> questions
    answers: dict[str, int]  # entry id -> times given
    votes: dict[str, tuple[int, int]]  # entry id -> (helpful, not helpful), votes cast in the period
    suggested: dict[str, int] = field(default_factory=dict)  # entry id -> times offered first as "did you mean"
    low: dict[str, int] = field(default_factory=dict)  # entry id -> answers below moderation.low_confidence_score


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply the store's migrations after the database's version (up to `target`, default all)."""
    return migrations.migrate(conn, MIGRATIONS, target=target, error=StoreError)


class Store:
    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time, secret_file: Path | None = None,
                 environ: Mapping[str, str] | None = None) -> None:
        """`secret_file`: where the hash secret lives (default: beside the database, see
        `bot.privacy.secret`); `environ`: where FAQBOT_HASH_SECRET is looked up (default os.environ)."""
        self.path = Path(path)
        self.secret_file = Path(secret_file) if secret_file else default_secret_file(self.path)
        self._environ = environ
        self._clock = clock
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._secret: bytes | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    async def open(self) -> None:
        await asyncio.to_thread(self.open_sync)

    def open_sync(self) -> None:
        with self._lock:
            if self._conn is not None:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                # Created readable by the bot's user only: it holds hashes and questions.
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                # Deleted questions (purge, dismiss) are overwritten, not left in free pages.
                conn.execute("PRAGMA secure_delete = ON")
                migrate(conn)
                _move_legacy_secret(conn, self.secret_file)
                environ = os.environ if self._environ is None else self._environ
                secret = hash_secret.load(self.secret_file, environ)
            except hash_secret.SecretError as exc:
                conn.close()
                raise StoreError(str(exc)) from None
            except BaseException:
                conn.close()
                raise
            self._conn = conn
            self._secret = secret.key

    async def close(self) -> None:
        await asyncio.to_thread(self.close_sync)

    def close_sync(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _run(self, func, *args):
        with self._lock:
            if self._conn is None:
                raise StoreError("the store is closed")
            return func(self._conn, *args)

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

    def _today(self) -> str:
        return dt.datetime.fromtimestamp(self._clock(), dt.timezone.utc).date().isoformat()

    # -- writes ---------------------------------------------------------------------------------

    async def record_answer(self, entry_id: str) -> None:
        await self._write(_record_answered, entry_id, self._today())

    async def record_vote(self, entry_id: str, user_id: int, helpful: bool) -> VoteOutcome:
        """'new', 'changed' or 'same': one vote per person per FAQ answer, changeable."""
        return await self._write(_record_vote, entry_id, self.user_key(user_id), helpful, self._today())

    async def record_unanswered(self, question: str, outcome: str, score: float, suggestions: Sequence[str]) -> None:
        await self._write(_record_unanswered, question, outcome, float(score), json.dumps(list(suggestions)),
                          self._today())

    async def record_outcome(self, outcome: str, suggestions: Sequence[str] = ()) -> None:
        """Count a question that got no answer, without keeping its text (privacy policy); a
        "did you mean" is counted under the entry offered first."""
        await self._write(_count_outcome, suggestions[0] if suggestions else "", outcome, self._today())

    async def count_low_confidence(self, entry_id: str) -> None:
        """Count an answer given below `moderation.low_confidence_score` (no text)."""
        await self._write(_count_outcome, entry_id, "low", self._today())

    async def queue_for_review(self, question: str, reason: ReviewReason, score: float, entry_id: str | None) -> None:
        """Queue an answered question for review ('low' confidence, 'not_helpful' vote); text only, no asker."""
        await self._write(_queue, question, reason, float(score), "[]", self._today(), entry_id)

    async def dismiss(self, ids: Sequence[int]) -> int:
        """Remove review-queue questions (handled by a moderator); returns how many."""
        return await self._write(_dismiss, [int(i) for i in ids])

    async def period_counts(self, days: int) -> PeriodCounts:
        """Answers per entry, outcomes and votes over the last `days` days (today included)."""
        since = (dt.datetime.fromtimestamp(self._clock(), dt.timezone.utc).date()
                 - dt.timedelta(days=max(1, days) - 1)).isoformat()
        return await self._write(_period_counts, since)

    async def purge(self, retention_days: int, keep: Callable[[str], bool] | None = None) -> int:
        """Delete review-queue questions older than `retention_days`, and those `keep` refuses
        (the storage policy: all of them once text storage is off); returns how many."""
        cutoff = (dt.datetime.fromtimestamp(self._clock(), dt.timezone.utc).date()
                  - dt.timedelta(days=retention_days)).isoformat()
        return await self._write(_purge, cutoff, keep)

    async def get_meta(self, key: str) -> str | None:
        return await self._write(_get_meta, key)

    async def set_meta(self, key: str, value: str) -> None:
        await self._write(_set_meta, key, value)

    # -- reads (tests, moderators) ----------------------------------------------------------------

    async def entry_stats(self, entry_id: str) -> tuple[int, int, int]:
        """(times answered, helpful votes, not-helpful votes)."""
        return await self._write(_entry_stats, entry_id)

    async def review_queue(self, limit: int = 50) -> list[ReviewItem]:
        """The newest `limit` questions waiting for review."""
        return await self._write(_review_queue, limit)

    # -- scheduled posts ------------------------------------------------------------------------

    async def schedule_state(self, schedule: str) -> ScheduleState:
        """Where a schedule is in its cycle (an empty state before its first post)."""
        return await self._write(_schedule_state, schedule)

    async def record_scheduled_post(self, schedule: str, slot: str, entry_id: str, *, new_cycle: bool) -> None:
        """One post made, in one transaction: a new cycle first forgets what the last one showed."""
        await self._write(_record_scheduled_post, schedule, slot, entry_id, new_cycle)


def _move_legacy_secret(conn: sqlite3.Connection, secret_file: Path) -> None:
    """Databases before the secret moved out kept it in `meta`: write it to the secret file first
    (old votes keep matching), then erase it here for good: secure_delete overwrites the freed
    bytes, and the checkpoint empties the write-ahead log that saw the page."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'install_secret'").fetchone()
    if row is None:
        return
    hash_secret.store_legacy(secret_file, row[0])
    conn.execute("DELETE FROM meta WHERE key = 'install_secret'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _record_answer(conn: sqlite3.Connection, entry_id: str) -> None:
    conn.execute(
        "INSERT INTO answer_counts (entry_id, answered) VALUES (?, 1) "
        "ON CONFLICT (entry_id) DO UPDATE SET answered = answered + 1",
        (entry_id,),
    )


def _record_answered(conn: sqlite3.Connection, entry_id: str, day: str) -> None:
    _record_answer(conn, entry_id)
    _count_outcome(conn, entry_id, "answer", day)


def _count_outcome(conn: sqlite3.Connection, entry_id: str, outcome: str, day: str) -> None:
    conn.execute(
        "INSERT INTO daily_outcomes (day, outcome, entry_id, count) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (day, outcome, entry_id) DO UPDATE SET count = count + 1",
        (day, outcome, entry_id),
    )


def _record_vote(conn: sqlite3.Connection, entry_id: str, voter: str, helpful: bool,
                 day: str | None = None) -> VoteOutcome:
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT helpful FROM votes WHERE entry_id = ? AND voter = ?", (entry_id, voter)).fetchone()
        if row is not None and bool(row[0]) == helpful:
            outcome = VoteOutcome.SAME
        else:
            conn.execute(
                "INSERT INTO votes (entry_id, voter, helpful, day) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (entry_id, voter) DO UPDATE SET helpful = excluded.helpful, day = excluded.day",
                (entry_id, voter, int(helpful), day),
            )
            outcome = VoteOutcome.NEW if row is None else VoteOutcome.CHANGED
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return outcome


def _record_unanswered(conn, question, outcome, score, suggestions, day) -> None:
    _queue(conn, question, outcome, score, suggestions, day, None)
    offered = json.loads(suggestions)
    _count_outcome(conn, offered[0] if offered else "", outcome, day)


def _queue(conn, question, outcome, score, suggestions, day, entry_id) -> None:
    conn.execute(
        "INSERT INTO review_queue (question, outcome, score, suggestions, created_day, entry_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (question, outcome, score, suggestions, day, entry_id),
    )


def _dismiss(conn: sqlite3.Connection, ids: list[int]) -> int:
    removed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        removed += conn.execute(f"DELETE FROM review_queue WHERE id IN ({', '.join('?' * len(chunk))})",
                                chunk).rowcount
    return removed


def _period_counts(conn: sqlite3.Connection, since: str) -> PeriodCounts:
    outcomes: dict[str, int] = {"answer": 0, "suggest": 0, "none": 0}
    answers: dict[str, int] = {}
    suggested: dict[str, int] = {}
    low: dict[str, int] = {}
    for outcome, entry_id, count in conn.execute(
            "SELECT outcome, entry_id, SUM(count) FROM daily_outcomes WHERE day >= ? GROUP BY outcome, entry_id",
            (since,)):
        if outcome == "low":  # a second count of some answers, not another outcome
            low[entry_id] = count
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + count
        if outcome == "answer":
            answers[entry_id] = count
        elif outcome == "suggest" and entry_id:
            suggested[entry_id] = count
    votes: dict[str, tuple[int, int]] = {}
    for entry_id, helpful, not_helpful in conn.execute(
            "SELECT entry_id, SUM(helpful), SUM(1 - helpful) FROM votes WHERE day >= ? GROUP BY entry_id", (since,)):
        votes[entry_id] = (helpful, not_helpful)
    return PeriodCounts(since, outcomes, answers, votes, suggested, low)


def _purge(conn: sqlite3.Connection, cutoff: str, keep: Callable[[str], bool] | None = None) -> int:
    removed = conn.execute("DELETE FROM review_queue WHERE created_day < ?", (cutoff,)).rowcount
    if keep is not None:
        refused = [row_id for row_id, question in conn.execute("SELECT id, question FROM review_queue")
                   if not keep(question)]
        removed += _dismiss(conn, refused)
    return removed


def _get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, value))


def _entry_stats(conn: sqlite3.Connection, entry_id: str) -> tuple[int, int, int]:
    row = conn.execute("SELECT answered FROM answer_counts WHERE entry_id = ?", (entry_id,)).fetchone()
    votes = dict(conn.execute("SELECT helpful, COUNT(*) FROM votes WHERE entry_id = ? GROUP BY helpful",
                              (entry_id,)).fetchall())
    return (row[0] if row else 0, votes.get(1, 0), votes.get(0, 0))


def _review_queue(conn: sqlite3.Connection, limit: int) -> list[ReviewItem]:
    rows = conn.execute(
        "SELECT question, outcome, score, suggestions, created_day, entry_id, id FROM review_queue"
        " ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [ReviewItem(q, o, s, tuple(json.loads(sg)), d, e, i) for q, o, s, sg, d, e, i in rows]


def _schedule_state(conn: sqlite3.Connection, schedule: str) -> ScheduleState:
    row = conn.execute("SELECT last_slot, last_entry, cycle FROM schedule_state WHERE schedule = ?",
                       (schedule,)).fetchone()
    shown = frozenset(r[0] for r in conn.execute("SELECT entry_id FROM schedule_shown WHERE schedule = ?", (schedule,)))
    if row is None:
        return ScheduleState(shown=shown)
    return ScheduleState(row[0], row[1], row[2], shown)


def _record_scheduled_post(conn: sqlite3.Connection, schedule: str, slot: str, entry_id: str, new_cycle: bool) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if new_cycle:
            conn.execute("DELETE FROM schedule_shown WHERE schedule = ?", (schedule,))
        conn.execute("INSERT OR IGNORE INTO schedule_shown (schedule, entry_id) VALUES (?, ?)", (schedule, entry_id))
        conn.execute(
            "INSERT INTO schedule_state (schedule, last_slot, last_entry, cycle) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (schedule) DO UPDATE SET last_slot = excluded.last_slot, last_entry = excluded.last_entry, "
            "cycle = schedule_state.cycle + ?",
            (schedule, slot, entry_id, 1 if new_cycle else 0),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
