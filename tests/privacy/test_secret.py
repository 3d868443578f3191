"""The secret that salts the hashes of user ids lives outside the database: FAQBOT_HASH_SECRET, or
a 0600 file of its own; an old database's secret is moved out; the secret is never shown."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import sqlite3
import stat

import pytest

from bot.cli import main
from bot.config import default_secret_file
from bot.privacy.secret import ENV_VAR
from bot.store import Store, StoreError, migrate

pytestmark = pytest.mark.asyncio

USER = 712345678901234567
OLD_SECRET = "5e" * 32  # what an older faqbot kept in the database's meta table
ENV_SECRET = "c0ffee" * 11


def database_bytes(path) -> bytes:
    """Everything SQLite keeps on disk for this database: the file, its WAL and shared memory."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def expected_user_key(secret_hex: str) -> str:
    return hmac.new(bytes.fromhex(secret_hex), f"user:{USER}".encode(), hashlib.sha256).hexdigest()[:32]


def old_database(path) -> None:
    """A database as faqbot kept it before the secret moved out, with one vote by USER."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn)
    conn.execute("INSERT INTO meta VALUES ('install_secret', ?)", (OLD_SECRET,))
    conn.execute("INSERT INTO votes VALUES ('executions', ?, 1, '2026-01-01')", (expected_user_key(OLD_SECRET),))
    conn.close()


async def test_a_new_install_keeps_its_secret_in_a_0600_file_and_none_in_the_database(tmp_path):
    path = tmp_path / "data" / "faqbot.sqlite3"
    store = Store(path)
    await store.open()
    key = store.user_key(USER)
    await store.record_vote("executions", USER, True)
    await store.close()
    secret_file = tmp_path / "data" / "faqbot.secret"
    assert default_secret_file(path) == secret_file
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    secret = secret_file.read_text(encoding="ascii").strip()
    assert len(secret) == 64 and key == expected_user_key(secret)
    raw = database_bytes(path)
    assert secret.encode() not in raw and bytes.fromhex(secret) not in raw
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT key FROM meta").fetchall() == []

    again = Store(path)  # a restart reads the same secret: still one vote per person
    await again.open()
    assert again.user_key(USER) == key and await again.record_vote("executions", USER, True) == "same"
    await again.close()


async def test_the_environment_variable_wins_over_the_file(tmp_path, monkeypatch):
    path = tmp_path / "faqbot.sqlite3"
    first = Store(path)
    await first.open()  # creates the file
    from_file = first.user_key(USER)
    await first.close()
    monkeypatch.setenv(ENV_VAR, ENV_SECRET)
    store = Store(path)
    await store.open()
    assert store.user_key(USER) == expected_user_key(ENV_SECRET) != from_file
    await store.close()
    assert ENV_SECRET.encode() not in database_bytes(path)


async def test_with_the_environment_variable_set_no_file_is_created(tmp_path):
    store = Store(tmp_path / "faqbot.sqlite3", environ={ENV_VAR: ENV_SECRET})
    await store.open()
    await store.close()
    assert not (tmp_path / "faqbot.secret").exists()


async def test_a_configured_secret_file_is_used_and_created_with_its_folder(tmp_path):
    secret_file = tmp_path / "secrets" / "faqbot-hash.key"
    store = Store(tmp_path / "db" / "faqbot.sqlite3", secret_file=secret_file)
    await store.open()
    await store.close()
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert not (tmp_path / "db" / "faqbot.secret").exists()


async def test_an_old_databases_secret_is_moved_to_the_file_and_erased(tmp_path):
    path = tmp_path / "faqbot.sqlite3"
    old_database(path)
    assert OLD_SECRET.encode() in database_bytes(path)  # as an older faqbot left it
    store = Store(path)
    await store.open()
    # Old votes still match their voters: the same person voting again is the same vote.
    assert await store.record_vote("executions", USER, True) == "same"
    await store.close()
    assert (tmp_path / "faqbot.secret").read_text(encoding="ascii").strip() == OLD_SECRET
    assert stat.S_IMODE((tmp_path / "faqbot.secret").stat().st_mode) == 0o600
    assert OLD_SECRET.encode() not in database_bytes(path)
    again = Store(path)  # opening again finds the secret in the file only
    await again.open()
    assert await again.record_vote("executions", USER, True) == "same"
    await again.close()


async def test_a_file_left_readable_by_others_is_tightened(tmp_path, caplog):
    path = tmp_path / "faqbot.sqlite3"
    (tmp_path / "faqbot.secret").write_text("ab" * 32 + "\n", encoding="ascii")
    os.chmod(tmp_path / "faqbot.secret", 0o644)
    store = Store(path)
    with caplog.at_level(logging.WARNING):
        await store.open()
    await store.close()
    assert stat.S_IMODE((tmp_path / "faqbot.secret").stat().st_mode) == 0o600
    assert "changed to 0600" in caplog.text


@pytest.mark.parametrize("where", ["env", "file"])
async def test_a_malformed_secret_is_refused_without_showing_it(tmp_path, where):
    bad = "not-a-secret-but-a-password-123"
    environ = {ENV_VAR: bad} if where == "env" else {}
    if where == "file":
        (tmp_path / "faqbot.secret").write_text(bad, encoding="ascii")
    with pytest.raises(StoreError) as raised:
        await Store(tmp_path / "faqbot.sqlite3", environ=environ).open()
    message = str(raised.value)
    assert bad not in message and "hexadecimal digits" in message
    assert (ENV_VAR if where == "env" else "faqbot.secret") in message


async def test_the_secret_never_appears_in_logs_or_output(tmp_path, caplog, capsys, monkeypatch, small_kb):
    path = tmp_path / "faqbot.sqlite3"
    old_database(path)
    with caplog.at_level(logging.DEBUG):
        store = Store(path)
        await store.open()  # the migration logs what it does
        shown = repr(store.__dict__)
        await store.record_unanswered("a question", "none", 0.0, [])
        await store.close()
        monkeypatch.setenv(ENV_VAR, ENV_SECRET)
        store = Store(path)
        await store.open()
        await store.close()
    assert "moved out of the database" in caplog.text
    secret_file = (tmp_path / "faqbot.secret").read_text(encoding="ascii").strip()
    knowledge, seeds = small_kb
    config = tmp_path / "config.yaml"
    config.write_text(f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {path}\n", encoding="utf-8")
    for command in (["stats"], ["stats", "--csv"], ["review"]):  # the CLI runs its own event loop
        assert await asyncio.to_thread(main, [*command, "--config", str(config), "-v"]) == 0
    out = capsys.readouterr()
    for secret in (OLD_SECRET, secret_file, ENV_SECRET):
        for text in (caplog.text, out.out, out.err, shown):
            assert secret not in text


async def test_the_cli_reports_a_malformed_secret_in_one_line_without_showing_it(
    tmp_path, capsys, monkeypatch, small_kb
):
    path = tmp_path / "faqbot.sqlite3"
    store = Store(path)
    await store.open()  # a database exists: stats will open it
    await store.close()
    knowledge, seeds = small_kb
    config = tmp_path / "config.yaml"
    config.write_text(f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {path}\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, "hunter2-hunter2")
    assert await asyncio.to_thread(main, ["stats", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"faqbot: {path}: {ENV_VAR}: the hash secret must be") and "Traceback" not in err
    assert "hunter2" not in err
