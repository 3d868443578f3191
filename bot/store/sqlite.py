"""The SQLite backend (the default): one file, embedded, nothing to set up.

Several processes may share the file (WAL mode; each write is one short transaction). Opening a
fresh database from several processes at once is safe: the switch to WAL is retried while another
process holds the file, and migrations take the write lock before reading the schema version
(bot.migrations).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import migrations
from ..config import default_secret_file
from ..privacy import secret as hash_secret
from . import schema
from .base import BaseStore, StoreError

log = logging.getLogger(__name__)

BUSY_SECONDS = 10.0  # how long a process waits for another one's lock before giving up
# The oldest SQLite library the store works with: its queries use RETURNING (SQLite 3.35.0, March
# 2021). Python's sqlite3 module uses the library it was built with (`sqlite3.sqlite_version`).
MIN_SQLITE = (3, 35, 0)


def sqlite_too_old(version: str = sqlite3.sqlite_version) -> str | None:
    """None when the SQLite library `version` ("3.40.1") is new enough for the store; else why not."""
    try:
        parts = tuple(int(p) for p in version.strip().split(".")[:3])
    except ValueError:
        parts = ()
    if len(parts) >= 2 and parts + (0,) * (3 - len(parts)) >= MIN_SQLITE:
        return None
    needed = ".".join(map(str, MIN_SQLITE))
    return (
        f"SQLite {version.strip() or '?'} is too old: the store needs SQLite {needed} or newer (it uses RETURNING); "
        "use a Python built with a newer SQLite (python.org builds, Debian 12, Ubuntu 22.04 and later), "
        "or the PostgreSQL store (database.url)"
    )


class SqliteDb:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply the store's migrations after the database's version (up to `target`, default all)."""
    return migrations.migrate(conn, schema.MIGRATIONS, target=target, error=StoreError)


def use_wal(conn: sqlite3.Connection, *, timeout: float = BUSY_SECONDS) -> None:
    """Switch to write-ahead logging (kept in the file: done once per database). The switch needs
    the file to itself, and SQLite does not wait for it, so it is retried while others hold it."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class Store(BaseStore):
    """The store in one SQLite file (`paths.database`)."""

    backend = "sqlite"

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        secret_file: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """`secret_file`: where the hash secret lives (default: beside the database, see
        `bot.privacy.secret`); `environ`: where FAQBOT_HASH_SECRET is looked up (default os.environ)."""
        self.path = Path(path)
        super().__init__(clock=clock, secret_file=secret_file or default_secret_file(self.path), environ=environ)

    @property
    def where(self) -> str:
        return str(self.path)

    def _connect(self) -> SqliteDb:
        if why := sqlite_too_old():
            raise StoreError(f"{self.path}: {why}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            # Created readable by the bot's user only: it holds hashes and questions.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
        try:
            use_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            # Deleted questions (purge, dismiss) are overwritten, not left in free pages.
            conn.execute("PRAGMA secure_delete = ON")
            migrate(conn)
            assert self.secret_file is not None  # set in __init__ for every SQLite store
            _move_legacy_secret(conn, self.secret_file)
        except hash_secret.SecretError as exc:
            conn.close()
            raise StoreError(str(exc)) from None
        except BaseException:
            conn.close()
            raise
        return SqliteDb(conn)


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
