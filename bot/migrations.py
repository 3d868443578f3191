"""One way to bring a SQLite database's schema up to date, for the store and the audit log.

The schema version is `PRAGMA user_version`; each migration is one SQL script, applied in its
own transaction with the version bump, so a failing step leaves the previous version. Several
processes may open a fresh database at once (the bot and `faqbot undo`, or two bot processes):
a step another process applied meanwhile fails here with "already exists" and is then found
applied, so it is skipped instead of crashing the second process.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Sequence

log = logging.getLogger(__name__)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, steps: Sequence[str], *, what: str = "database",
            target: int | None = None, error: type[Exception] = sqlite3.DatabaseError) -> int:
    """Apply `steps` after the database's version (up to `target`, default all); the version
    reached. `error` is raised for a database newer than `steps` (written by a newer faqbot).
    `conn` must be in autocommit mode (isolation_level=None)."""
    target = len(steps) if target is None else target
    current = version(conn)
    if current > len(steps):
        raise error(f"{what} schema version {current} is newer than this faqbot knows ({len(steps)}); upgrade faqbot")
    for number in range(current + 1, target + 1):
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{steps[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.OperationalError:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if version(conn) < number:
                raise
            continue  # another process applied this step meanwhile
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("%s migrated to schema version %d", what, number)
    return max(current, target)
