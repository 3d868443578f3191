"""The PostgreSQL backend (psycopg 3), for several bot processes sharing one database.

Chosen by `database.url: postgresql://...` in config.yaml or the FAQBOT_DATABASE_URL environment
variable (which wins). The schema is the SQLite one (bot.store.schema, translated by
`to_postgres`); its version is in the `faqbot_schema` table. Migrations run under a transaction-level
advisory lock, so processes starting together on an empty database apply each step once.
The URL's password never appears in a log or an error message (`mask_url`).
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import schema
from .base import BaseStore, StoreError, mask_url

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key of faqbot's migrations ("faqbot" in ASCII).
MIGRATION_LOCK = 0x666171626F74
CONNECT_TIMEOUT = 10  # seconds

_PLACEHOLDER = re.compile(r"\?")


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "database.url names a PostgreSQL database, but psycopg is not installed: pip install 'faqbot[postgres]'"
        ) from None
    return psycopg


class PostgresDb:
    def __init__(self, conn) -> None:
        self.conn = conn
        self._sql: dict[str, str] = {}

    def _translate(self, sql: str) -> str:
        out = self._sql.get(sql)
        if out is None:
            out = self._sql[sql] = _PLACEHOLDER.sub("%s", sql)
        return out

    def execute(self, sql: str, params: Sequence[Any] = ()):
        return self.conn.execute(self._translate(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(self._translate(sql), [tuple(r) for r in rows])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def close(self) -> None:
        self.conn.close()

    @property
    def usable(self) -> bool:
        return not self.conn.closed and not self.conn.broken


def migrate(conn, steps: Sequence[str] | None = None, target: int | None = None) -> int:
    """Bring the schema up to date, one step per transaction, each under the advisory lock (taken
    before the version is read: a process that waited finds the step applied and skips it)."""
    steps = schema.MIGRATIONS if steps is None else steps
    target = len(steps) if target is None else target
    while True:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS faqbot_schema (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM faqbot_schema").fetchone()
            if row is None:
                conn.execute("INSERT INTO faqbot_schema (version) VALUES (0)")
            current = row[0] if row else 0
            if current > len(steps):
                raise StoreError(
                    f"database schema version {current} is newer than this faqbot knows ({len(steps)}); upgrade faqbot"
                )
            if current >= target:
                return current
            number = current + 1
            for statement in schema.statements(schema.to_postgres(steps[number - 1])):
                conn.execute(statement)
            conn.execute("UPDATE faqbot_schema SET version = %s", (number,))
        log.info("database migrated to schema version %d", number)


def scrub(text: str, url: str) -> str:
    """An error message without the URL's password, wherever the driver may have put it."""
    from urllib.parse import unquote, urlsplit

    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    text = " ".join(text.split())  # libpq's messages span lines: one line, like every faqbot error
    text = text.replace(url, mask_url(url))
    if password:
        for form in {password, unquote(password)}:
            text = text.replace(form, "***")
    return text


class PostgresStore(BaseStore):
    """The store in a PostgreSQL database."""

    backend = "postgresql"

    def __init__(
        self,
        url: str,
        *,
        clock: Callable[[], float] = time.time,
        secret_file: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.url = url
        super().__init__(clock=clock, secret_file=secret_file, environ=environ)

    def __repr__(self) -> str:
        return f"PostgresStore({mask_url(self.url)!r})"

    @property
    def where(self) -> str:
        return mask_url(self.url)

    def _open_connection(self):
        psycopg = _psycopg()
        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
        except psycopg.Error as exc:
            raise StoreError(f"{self.where}: cannot connect: {scrub(str(exc).strip(), self.url)}") from None
        except Exception as exc:  # a malformed URL: psycopg's message may quote it
            raise StoreError(f"{self.where}: cannot connect: {scrub(str(exc).strip(), self.url)}") from None

    def _connect(self) -> PostgresDb:
        conn = self._open_connection()
        psycopg = _psycopg()
        try:
            migrate(conn)
        except psycopg.Error as exc:
            conn.close()
            raise StoreError(
                f"{self.where}: cannot prepare the database: {scrub(str(exc).strip(), self.url)}"
            ) from None
        except BaseException:
            conn.close()
            raise
        return PostgresDb(conn)

    def _before_call(self) -> None:
        """A connection the server closed (restart, idle timeout) is replaced before the next call;
        the call that saw it fail is not repeated (a write must never count twice)."""
        db = self._db
        if isinstance(db, PostgresDb) and not db.usable:
            log.warning("%s: connection lost; reconnecting", self.where)
            with contextlib.suppress(Exception):
                db.close()
            self._db = PostgresDb(self._open_connection())
