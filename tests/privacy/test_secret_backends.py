"""The hash secret on both store backends: never in the database, the environment wins, a
malformed one is refused without being shown (the SQLite-only cases are in test_secret.py)."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from bot.privacy.secret import ENV_VAR
from bot.store import TABLES, PostgresStore, StoreError

pytestmark = pytest.mark.asyncio

USER = 712345678901234567
ENV_SECRET = "c0ffee" * 11


def key_for(secret_hex: str) -> str:
    return hmac.new(bytes.fromhex(secret_hex), f"user:{USER}".encode(), hashlib.sha256).hexdigest()[:32]


async def everything_stored(store) -> str:
    """Every row of every table, as text."""
    rows = []
    for table in TABLES:
        rows += await store._write(lambda db, t=table: db.execute(f"SELECT * FROM {t}").fetchall())
    return repr(rows)


async def test_the_secret_is_in_its_file_and_never_in_the_database(backend):
    store = backend.store()
    await store.open()
    await store.record_vote("bees", USER, True)
    secret = backend.secret_file.read_text(encoding="ascii").strip()
    assert store.user_key(USER) == key_for(secret)
    stored = await everything_stored(store)
    assert key_for(secret) in stored and secret not in stored
    await store.close()
    again = backend.store()  # a restart (or another process) reads the same secret
    await again.open()
    assert await again.record_vote("bees", USER, True) == "same"
    await again.close()


async def test_the_environment_variable_wins_and_stays_out_of_the_database(backend):
    store = backend.store(environ={ENV_VAR: ENV_SECRET})
    await store.open()
    await store.record_vote("bees", USER, False)
    assert store.user_key(USER) == key_for(ENV_SECRET)
    assert ENV_SECRET not in await everything_stored(store)
    await store.close()
    assert not backend.secret_file.exists()


async def test_a_malformed_secret_is_refused_without_showing_it(backend):
    bad = "not-a-secret-but-a-password-123"
    with pytest.raises(StoreError) as raised:
        await backend.store(environ={ENV_VAR: bad}).open()
    assert bad not in str(raised.value) and "hexadecimal digits" in str(raised.value)


@pytest.mark.postgres
async def test_postgresql_without_a_secret_file_needs_the_environment_variable(postgres_url):
    with pytest.raises(StoreError, match=ENV_VAR) as raised:
        await PostgresStore(postgres_url, environ={}).open()
    assert "s3cret-pw" not in str(raised.value)
    store = PostgresStore(postgres_url, environ={ENV_VAR: ENV_SECRET})
    await store.open()
    assert store.user_key(USER) == key_for(ENV_SECRET)
    await store.close()
