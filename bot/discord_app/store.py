"""The bot's SQLite store: votes, answer counts, the review queue, the command-sync hash.

Privacy by design (questions about human rights in Iran can put people at risk):

- Nobody's Discord id is ever stored. Votes are keyed by a keyed hash (HMAC-SHA256) of the user id
  with a per-install secret generated on first start and kept in this database; cooldowns and the
  "only the asker" buttons use the same kind of hash. The secret never leaves the database.
- Question text is kept only for questions the bot could not answer or was unsure about (the
  moderators' review queue), with no link to who asked (no user, channel, guild or message id,
  and only the day, not the time), and is deleted after `privacy.retention_days`.

Writes run in a worker thread (`asyncio.to_thread`) behind one lock, so the event loop never
waits on the disk. The schema is versioned with `PRAGMA user_version` and the MIGRATIONS list:
append a migration, never edit a released one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

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
]

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The database cannot be used (for example: written by a newer faqbot)."""


@dataclass(frozen=True)
class ReviewItem:
    question: str
    outcome: str
    score: float
    suggestions: tuple[str, ...]
    created_day: str


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply the migrations after the database's user_version (up to `target`, default all), each
    in its own transaction: a failing migration leaves the database at the previous version."""
    target = len(MIGRATIONS) if target is None else target
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(MIGRATIONS):
        raise StoreError(
            f"database schema version {current} is newer than this faqbot knows ({len(MIGRATIONS)}); upgrade faqbot"
        )
    for number in range(current + 1, target + 1):
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("database migrated to schema version %d", number)
    return max(current, target)


class Store:
    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
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
                # Created readable by the bot's user only: it holds the install secret.
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
                row = conn.execute("SELECT value FROM meta WHERE key = 'install_secret'").fetchone()
                if row is None:
                    secret = secrets.token_hex(32)
                    conn.execute("INSERT INTO meta (key, value) VALUES ('install_secret', ?)", (secret,))
                else:
                    secret = row[0]
            except BaseException:
                conn.close()
                raise
            self._conn = conn
            self._secret = bytes.fromhex(secret)

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
        await self._write(_record_answer, entry_id)

    async def record_vote(self, entry_id: str, user_id: int, helpful: bool) -> str:
        """'new', 'changed' or 'same': one vote per person per FAQ answer, changeable."""
        return await self._write(_record_vote, entry_id, self.user_key(user_id), helpful)

    async def record_unanswered(self, question: str, outcome: str, score: float, suggestions: Sequence[str]) -> None:
        await self._write(_record_unanswered, question, outcome, float(score), json.dumps(list(suggestions)), self._today())

    async def purge(self, retention_days: int) -> int:
        """Delete review-queue questions older than `retention_days`; returns how many."""
        cutoff = (dt.datetime.fromtimestamp(self._clock(), dt.timezone.utc).date()
                  - dt.timedelta(days=retention_days)).isoformat()
        return await self._write(_purge, cutoff)

    async def get_meta(self, key: str) -> str | None:
        return await self._write(_get_meta, key)

    async def set_meta(self, key: str, value: str) -> None:
        await self._write(_set_meta, key, value)

    # -- reads (tests, moderators) ----------------------------------------------------------------

    async def entry_stats(self, entry_id: str) -> tuple[int, int, int]:
        """(times answered, helpful votes, not-helpful votes)."""
        return await self._write(_entry_stats, entry_id)

    async def review_queue(self, limit: int = 50) -> list[ReviewItem]:
        return await self._write(_review_queue, limit)


def _record_answer(conn: sqlite3.Connection, entry_id: str) -> None:
    conn.execute(
        "INSERT INTO answer_counts (entry_id, answered) VALUES (?, 1) "
        "ON CONFLICT (entry_id) DO UPDATE SET answered = answered + 1",
        (entry_id,),
    )


def _record_vote(conn: sqlite3.Connection, entry_id: str, voter: str, helpful: bool) -> str:
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT helpful FROM votes WHERE entry_id = ? AND voter = ?", (entry_id, voter)).fetchone()
        if row is not None and bool(row[0]) == helpful:
            outcome = "same"
        else:
            conn.execute(
                "INSERT INTO votes (entry_id, voter, helpful) VALUES (?, ?, ?) "
                "ON CONFLICT (entry_id, voter) DO UPDATE SET helpful = excluded.helpful",
                (entry_id, voter, int(helpful)),
            )
            outcome = "new" if row is None else "changed"
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return outcome


def _record_unanswered(conn, question, outcome, score, suggestions, day) -> None:
    conn.execute(
        "INSERT INTO review_queue (question, outcome, score, suggestions, created_day) VALUES (?, ?, ?, ?, ?)",
        (question, outcome, score, suggestions, day),
    )


def _purge(conn: sqlite3.Connection, cutoff: str) -> int:
    return conn.execute("DELETE FROM review_queue WHERE created_day < ?", (cutoff,)).rowcount


def _get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, value))


def _entry_stats(conn: sqlite3.Connection, entry_id: str) -> tuple[int, int, int]:
    row = conn.execute("SELECT answered FROM answer_counts WHERE entry_id = ?", (entry_id,)).fetchone()
    votes = dict(conn.execute("SELECT helpful, COUNT(*) FROM votes WHERE entry_id = ? GROUP BY helpful", (entry_id,)).fetchall())
    return (row[0] if row else 0, votes.get(1, 0), votes.get(0, 0))


def _review_queue(conn: sqlite3.Connection, limit: int) -> list[ReviewItem]:
    rows = conn.execute(
        "SELECT question, outcome, score, suggestions, created_day FROM review_queue ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [ReviewItem(q, o, s, tuple(json.loads(sg)), d) for q, o, s, sg, d in rows]
