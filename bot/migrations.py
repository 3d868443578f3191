"""One way to bring a SQLite database's schema up to date, for the store and the audit log.

The schema version is `PRAGMA user_version`; each migration is one SQL script, applied in its
own transaction with the version bump, so a failing step leaves the previous version. Several
processes may open a fresh database at once (the bot and `faqbot undo`, or several bot
processes): each step first takes the write lock (BEGIN IMMEDIATE, waiting up to the
connection's timeout for another process's lock), then reads the version, so a step another
process applied meanwhile is seen applied and skipped, never run twice.
(PostgreSQL's counterpart, under an advisory lock, is in bot.store.postgres.)
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

log = logging.getLogger(__name__)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def statements(script: str) -> list[str]:
    """The statements of a script, one by one (SQLite's own tokenizer says where one ends)."""
    out, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                out.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \n\t;"):
        out.append(buffer.strip().rstrip(";"))
    return out


def migrate(
    conn: sqlite3.Connection,
    steps: Sequence[str],
    *,
    what: str = "database",
    target: int | None = None,
    error: type[Exception] = sqlite3.DatabaseError,
) -> int:
    """Apply `steps` after the database's version (up to `target`, default all); the version
    reached. `error` is raised for a database newer than `steps` (written by a newer faqbot).
    `conn` must be in autocommit mode (isolation_level=None)."""
    target = len(steps) if target is None else target
    while True:
        conn.execute("BEGIN IMMEDIATE")  # the write lock first: nobody migrates between read and write
        try:
            current = version(conn)
            if current > len(steps):
                raise error(
                    f"{what} schema version {current} is newer than this faqbot knows ({len(steps)}); upgrade faqbot"
                )
            if current >= target:
                conn.execute("COMMIT")
                return current
            number = current + 1
            for statement in statements(steps[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("%s migrated to schema version %d", what, number)
