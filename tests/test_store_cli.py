"""The store as the command line and the configuration see it: database.url and
FAQBOT_DATABASE_URL, `faqbot stats --csv` on an empty PostgreSQL database, `faqbot store copy`
both ways, passwords never shown; discord.shard_count / shard_ids."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, load_config
from bot.store import PostgresStore, ServerSettings, Store, StoreError, database_url, mask_url, open_store

PASSWORD = "s3cret-pw"  # tests/pgserver.py puts it in every test database's URL


def write_config(tmp_path: Path, small_kb, extra: str = "") -> Path:
    knowledge, seeds = small_kb
    path = tmp_path / "config.yaml"
    path.write_text(
        f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {tmp_path / 'faqbot.sqlite3'}\n{extra}",
        encoding="utf-8",
    )
    return path


def test_database_url_is_a_typed_setting_and_the_environment_wins(tmp_path, small_kb):
    config = load_config(write_config(tmp_path, small_kb))
    assert config.database.url == "" and isinstance(open_store(config, environ={}), Store)
    config = load_config(write_config(tmp_path, small_kb, "database:\n  url: postgresql://bot:pw@db.example/faq\n"))
    assert isinstance(open_store(config, environ={}), PostgresStore)
    assert database_url(config, {"FAQBOT_DATABASE_URL": "postgresql://other/db"}) == "postgresql://other/db"
    assert isinstance(
        open_store(
            load_config(write_config(tmp_path, small_kb)), environ={"FAQBOT_DATABASE_URL": "postgresql://other/db"}
        ),
        PostgresStore,
    )


@pytest.mark.parametrize(
    "text, needle, line",
    [
        ("database:\n  url: mysql://x/y\n", "expected a PostgreSQL URL", 2),
        ("database:\n  uri: postgresql://x/y\n", "unknown setting 'database.uri'", 2),
        ("discord:\n  shard_ids: [0, 1]\n", "needs 'discord.shard_count'", 2),
        ("discord:\n  shard_count: 2\n  shard_ids: [0, 2]\n", "shard id 2 is outside 0..1", 3),
        ("discord:\n  shard_count: 4\n  shard_ids: [1, 1]\n", "lists a shard twice", 3),
        ("discord:\n  shard_count: -1\n", "must be 0", 2),
    ],
)
def test_database_and_shard_mistakes_name_file_and_line(tmp_path, small_kb, text, needle, line):
    path = write_config(tmp_path, small_kb, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert needle in str(err.value) and f"{path}:{4 + line}:" in str(err.value)  # after the 4 lines of paths


def test_passwords_are_masked():
    assert mask_url("postgresql://bot:hunter2@db:5432/faq") == "postgresql://bot:***@db:5432/faq"
    assert (
        mask_url("postgresql://db/faq?password=hunter2&sslmode=require")
        == "postgresql://db/faq?password=***&sslmode=require"
    )
    assert mask_url("postgresql://db/faq") == "postgresql://db/faq"
    assert "hunter2" not in repr(PostgresStore("postgresql://bot:hunter2@db/faq"))


@pytest.mark.asyncio
async def test_an_unreachable_database_is_one_line_without_the_password(tmp_path, small_kb, capsys, monkeypatch):
    url = f"postgresql://bot:{PASSWORD}@/faq?host={tmp_path}/nowhere&port=1"
    with pytest.raises(StoreError) as err:
        await PostgresStore(url, secret_file=tmp_path / "s").open()
    assert PASSWORD not in str(err.value) and "cannot connect" in str(err.value)
    monkeypatch.setenv("FAQBOT_DATABASE_URL", url)
    assert await asyncio.to_thread(main, ["stats", "--config", str(write_config(tmp_path, small_kb))]) == 1
    out = capsys.readouterr()
    assert PASSWORD not in out.out + out.err and "Traceback" not in out.err
    assert out.err.startswith("faqbot: postgresql://bot:***@/faq") and out.err.count("\n") == 1


def test_shards_go_to_the_bot(tmp_path, small_kb, engine):
    import discord

    from bot.discord_app.bot import FaqBot

    several = load_config(write_config(tmp_path, small_kb, "discord:\n  shard_count: 4\n  shard_ids: [2, 3]\n"))
    bot = FaqBot(several, engine)
    assert isinstance(bot, discord.AutoShardedClient) and bot.shard_count == 4 and bot.shard_ids == [2, 3]
    one = load_config(write_config(tmp_path, small_kb, "discord:\n  shard_count: 4\n  shard_ids: [1]\n"))
    bot = FaqBot(one, engine)
    assert (bot.shard_ids, bot.shard_count) == ([1], 4)
    # Neither set: discord.py asks Discord how many shards to run (GET /gateway/bot), all here.
    automatic = FaqBot(load_config(write_config(tmp_path, small_kb)), engine)
    assert automatic.shard_count is None and automatic.shard_ids is None
    # The old `discord.sharded` switch still loads, and changes nothing: every bot shards automatically.
    old = FaqBot(load_config(write_config(tmp_path, small_kb, "discord:\n  sharded: true\n")), engine)
    assert old.shard_count is None and old.shard_ids is None


@pytest.mark.postgres
@pytest.mark.asyncio
async def test_stats_csv_on_an_empty_postgresql_database_creates_the_schema_and_prints_zeros(
    tmp_path, small_kb, postgres_url, capsys, monkeypatch
):
    config = write_config(tmp_path, small_kb, f'database:\n  url: "{postgres_url}"\n')
    assert await asyncio.to_thread(main, ["stats", "--csv", "--config", str(config)]) == 0
    out = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out.out)))
    assert {r["entry"] for r in rows} >= {"volcano", "lighthouse", "bees"}
    counts = [r[column] for r in rows for column in ("answers", "helpful", "not_helpful") if r[column] != ""]
    assert len(counts) >= 9 and set(counts) == {"0"}
    assert PASSWORD not in out.out + out.err
    store = PostgresStore(postgres_url, secret_file=tmp_path / "faqbot.secret")
    await store.open()  # the schema is there now, every table empty
    assert set((await store.table_counts()).values()) == {0}
    await store.close()
    # The environment variable wins over config.yaml (here: the SQLite default, never created).
    monkeypatch.setenv("FAQBOT_DATABASE_URL", postgres_url)
    assert await asyncio.to_thread(main, ["stats", "--config", str(write_config(tmp_path, small_kb))]) == 0
    assert not (tmp_path / "faqbot.sqlite3").exists()


@pytest.mark.postgres
@pytest.mark.asyncio
async def test_store_copy_sqlite_to_postgresql_and_back(tmp_path, small_kb, postgres_url, capsys, monkeypatch):
    sqlite_path = tmp_path / "faqbot.sqlite3"
    store = Store(sqlite_path, clock=lambda: 1_767_225_600.0)  # 2026-01-01
    await store.open()
    for _ in range(3):
        await store.record_answer("volcano")
    await store.record_vote("volcano", 712345678901234567, True)
    await store.record_vote("bees", 712345678901234568, False)
    await store.record_unanswered("how tall is the lighthouse keeper", "none", 12.5, ["lighthouse"])
    await store.record_unanswered("are bees asleep in winter", "suggest", 61.0, ["bees", "volcano"])
    await store.claim_scheduled_post("daily", "2026-01-01T08:00:00+00:00", "bees", new_cycle=False)
    await store.set_meta("faq_version", "abc")
    server = ServerSettings(712345678901234999, (812345678901234001,), 812345678901234001, "18:30", "fa", False, False)
    await store.save_server_settings(server)
    before = await store.table_counts()
    await store.close()
    config = write_config(tmp_path, small_kb)

    assert await asyncio.to_thread(main, ["store", "copy", "--to", postgres_url, "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert PASSWORD not in out and "every table has the same number of rows" in out
    assert "review_queue" in out and "votes" in out
    copied = PostgresStore(postgres_url, secret_file=tmp_path / "faqbot.secret", clock=lambda: 1_767_225_600.0)
    await copied.open()
    assert await copied.table_counts() == before
    assert await copied.entry_stats("volcano") == (3, 1, 0)
    assert before["server_settings"] == 1 and await copied.all_server_settings() == ("1", [server])
    assert [q.question for q in await copied.review_queue()] == [
        "are bees asleep in winter",
        "how tall is the lighthouse keeper",
    ]
    assert await copied.record_vote("volcano", 712345678901234567, True) == "same"  # same secret: same voter
    await copied.record_unanswered("a new one after the copy", "none", 0.0, [])  # ids go on after the copied ones
    await copied.close()

    # And back: PostgreSQL (named by the environment) into a new SQLite file.
    monkeypatch.setenv("FAQBOT_DATABASE_URL", postgres_url)
    back = tmp_path / "back.sqlite3"
    assert await asyncio.to_thread(main, ["store", "copy", "--to", str(back), "--config", str(config)]) == 0
    assert PASSWORD not in capsys.readouterr().out
    again = Store(back, secret_file=tmp_path / "faqbot.secret")
    await again.open()
    assert len(await again.review_queue()) == 3 and await again.get_meta("faq_version") == "abc"
    await again.close()
    # A copy never goes into a database that already has data.
    assert await asyncio.to_thread(main, ["store", "copy", "--to", str(back), "--config", str(config)]) == 1
    assert "is not empty" in capsys.readouterr().err
