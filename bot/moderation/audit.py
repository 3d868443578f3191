"""The audit log: every change to the FAQ's files, with the exact bytes before and after.

One SQLite file (`moderation.audit_log` in config.yaml), shared by the bot and the `faqbot`
command, so a change made in Discord can be undone from the terminal and the other way round.
Each row says who (a moderator's Discord name and id, or `cli:<user>`), when (UTC), what (the
action, the entry, a one-line summary), and holds the whole file before and after as BLOBs
(NULL: the file did not exist), so an undo writes back exactly the previous bytes.

The log is append-only apart from `undone_by`, which links a change to the undo that reverted it,
and `state`. A change is recorded *before* its file is written, as `pending`, and marked `done`
once the file holds its new bytes (`begin`, then the write, then `finish`), so no crash can leave
a changed file without its record. A pending change is invisible (history, undo) until the editor
settles it, on its next operation, by comparing the file's bytes: the file holds `after` (the
write happened) → done; it holds `before` (it did not) → the row is dropped.
Nothing about the people who ask questions is ever stored here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import migrations

MIGRATIONS = [
    """
    CREATE TABLE changes (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,               -- UTC, ISO 8601, seconds
        who        TEXT NOT NULL,               -- moderator (Discord name and id) or cli:<user>
        action     TEXT NOT NULL,               -- add, edit, phrasing, remove, undo
        knowledge  TEXT NOT NULL,               -- the knowledge folder (absolute path)
        file       TEXT NOT NULL,               -- the file's name in that folder
        entry_id   TEXT NOT NULL,
        summary    TEXT NOT NULL,
        before     BLOB,                        -- exact bytes before; NULL = did not exist
        after      BLOB,                        -- exact bytes after; NULL = removed
        reverts    INTEGER REFERENCES changes (id),  -- for an undo: the change it reverted
        undone_by  INTEGER REFERENCES changes (id)
    );
    CREATE INDEX changes_entry ON changes (knowledge, entry_id);
    """,
    # Recorded before the file is written: `pending` until the write is known to have happened.
    """
    ALTER TABLE changes ADD COLUMN state TEXT NOT NULL DEFAULT 'done';  -- pending, done
    """,
]

PENDING, DONE = "pending", "done"


@dataclass(frozen=True)
class ChangeRecord:
    id: int
    at: str
    who: str
    action: str
    knowledge: str
    file: str
    entry_id: str
    summary: str
    before: bytes | None
    after: bytes | None
    reverts: int | None
    undone_by: int | None
    state: str = DONE  # PENDING: recorded, its file perhaps not written yet (see the module docstring)

    @property
    def undoable(self) -> bool:
        return self.action != "undo" and self.undone_by is None

    def describe(self) -> str:
        """One line: `#12 2024-05-01 10:00:00 UTC mod (123): edit executions: answer changed`."""
        state = f" [undone by #{self.undone_by}]" if self.undone_by else ""
        return f"#{self.id} {self.at.replace('T', ' ')} UTC {self.who}: {self.summary}{state}"


_COLUMNS = "id, at, who, action, knowledge, file, entry_id, summary, before, after, reverts, undone_by, state"


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat()


class AuditLog:
    """Open a connection per operation: safe across threads and across processes."""

    def __init__(self, path: Path, *, clock: Callable[[], str] = _utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        self._ready = False
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if not self._ready:
                self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        try:
            with self._lock:
                if not self._ready:
                    self._migrate(conn)
                    self._ready = True
            yield conn
        finally:
            conn.close()

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        migrations.migrate(conn, MIGRATIONS, what="audit log")

    def begin(
        self,
        *,
        who: str,
        action: str,
        knowledge: Path,
        file: str,
        entry_id: str,
        summary: str,
        before: bytes | None,
        after: bytes | None,
        reverts: int | None = None,
    ) -> int:
        """Record a change about to be written, as pending (committed); returns its id."""
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO changes (at, who, action, knowledge, file, entry_id, summary, before, after, reverts,"
                " state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._clock(), who, action, str(knowledge), file, entry_id, summary, before, after, reverts, PENDING),
            )
            assert cursor.lastrowid is not None  # an INSERT always has one
            return int(cursor.lastrowid)

    def finish(self, change_id: int) -> None:
        """The change's file now holds its `after` bytes: mark it done (and its target undone), in one step."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    "SELECT reverts FROM changes WHERE id = ? AND state = ?", (change_id, PENDING)
                ).fetchone()
                if row is not None:
                    conn.execute("UPDATE changes SET state = ? WHERE id = ?", (DONE, change_id))
                    if row[0] is not None:
                        conn.execute("UPDATE changes SET undone_by = ? WHERE id = ?", (change_id, row[0]))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def discard(self, change_id: int) -> None:
        """A pending change whose file was not written: forget it (the log never claims it)."""
        with self._connect() as conn:
            conn.execute("DELETE FROM changes WHERE id = ? AND state = ?", (change_id, PENDING))

    def pending(self, knowledge: Path) -> list[ChangeRecord]:
        """Changes begun and not finished (a crash, usually), oldest first."""
        if not self.path.exists():
            return []
        with self._connect() as conn:
            return [
                ChangeRecord(*row)
                for row in conn.execute(
                    f"SELECT {_COLUMNS} FROM changes WHERE knowledge = ? AND state = ? ORDER BY id",
                    (str(knowledge), PENDING),
                )
            ]

    def changes(
        self, knowledge: Path, *, entry_id: str | None = None, limit: int | None = None, after: int | None = None
    ) -> list[ChangeRecord]:
        """Newest first; `after`: only the changes numbered above it."""
        if not self.path.exists():
            return []
        sql = f"SELECT {_COLUMNS} FROM changes WHERE knowledge = ? AND state = 'done'"
        args: list = [str(knowledge)]
        if entry_id is not None:
            sql += " AND entry_id = ?"
            args.append(entry_id)
        if after is not None:
            sql += " AND id > ?"
            args.append(after)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        with self._connect() as conn:
            return [ChangeRecord(*row) for row in conn.execute(sql, args)]

    def get(self, knowledge: Path, change_id: int) -> ChangeRecord | None:
        if not self.path.exists():
            return None
        with self._connect() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM changes WHERE knowledge = ? AND id = ? AND state = 'done'",
                (str(knowledge), change_id),
            ).fetchone()
        return ChangeRecord(*row) if row else None

    def last_undoable(self, knowledge: Path) -> ChangeRecord | None:
        if not self.path.exists():
            return None
        with self._connect() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM changes WHERE knowledge = ? AND action != 'undo' AND undone_by IS NULL"
                " AND state = 'done'"
                " ORDER BY id DESC LIMIT 1",
                (str(knowledge),),
            ).fetchone()
        return ChangeRecord(*row) if row else None


def lock_path(audit_log: Path) -> Path:
    return Path(f"{audit_log}.lock")


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (the bot and `faqbot undo`); a no-op without fcntl."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the in-process lock still applies
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
