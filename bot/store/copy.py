"""`faqbot store copy`: every table of one store into another (SQLite <-> PostgreSQL), in one
transaction on the target, then the row counts of both compared."""

from __future__ import annotations

from .base import BaseStore, Db, StoreError
from .schema import TABLES

BATCH = 1000


class CopyError(StoreError):
    """The target cannot take the copy (it is not empty)."""


def _rows(db: Db, table: str) -> tuple[list[str], list[tuple]]:
    cursor = db.execute(f"SELECT * FROM {table} ORDER BY {TABLES[table]}")
    columns = [d[0] for d in cursor.description]
    return columns, [tuple(row) for row in cursor.fetchall()]


def _copy(source: Db, target: Db) -> None:
    from .postgres import PostgresDb

    with target.transaction():
        for table in TABLES:
            columns, rows = _rows(source, table)
            if table == "meta":  # a legacy secret never travels (it is moved out of SQLite on open)
                rows = [r for r in rows if r[columns.index("key")] != "install_secret"]
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            for start in range(0, len(rows), BATCH):
                target.executemany(sql, rows[start : start + BATCH])
        if isinstance(target, PostgresDb):  # new rows continue after the copied ids
            for table in ("review_queue", "suggested_phrasings"):
                target.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )


async def copy_store(source: BaseStore, target: BaseStore) -> dict[str, tuple[int, int]]:
    """Copy `source` into the empty `target` (both opened, migrated and closed here); returns
    {table: (rows in source, rows in target)}."""
    await source.open()
    try:
        await target.open()
        try:
            if any((await target.table_counts()).values()):
                raise CopyError(f"{target.where} is not empty: copy into a new database only")
            with source.holding() as source_db, target.holding() as target_db:
                _copy(source_db, target_db)
            have, got = await source.table_counts(), await target.table_counts()
        finally:
            await target.close()
    finally:
        await source.close()
    return {table: (have[table], got[table]) for table in TABLES}
