"""The store, on both backends (SQLite, and PostgreSQL for the tests marked postgres): migrations,
retention purge, privacy (no user ids), writes off the loop."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

import pytest
from simworld import answerable, suggesting, unanswerable

from bot.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError, migrate
from bot.store import postgres as pg_store
from bot.store import queries as store_queries
from bot.store import schema as store_schema

pytestmark = pytest.mark.asyncio

DAY = 86_400


def version(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def backend_version(backend) -> int:
    if backend.kind == "sqlite":
        return version(backend.where)
    import psycopg

    with psycopg.connect(backend.where) as conn:
        return conn.execute("SELECT version FROM faqbot_schema").fetchone()[0]


def raw(backend):
    """A plain connection to the backend's database (autocommit), with `?` placeholders."""
    if backend.kind == "sqlite":
        return sqlite3.connect(backend.where, isolation_level=None)
    import psycopg

    return pg_store.PostgresDb(psycopg.connect(backend.where, autocommit=True))


def migrate_to(backend, target: int) -> None:
    db = raw(backend)
    if backend.kind == "sqlite":
        migrate(db, target=target)
    else:
        pg_store.migrate(db.conn, target=target)
    db.close()


async def test_created_on_first_start_with_the_latest_schema(tmp_path):
    path = tmp_path / "sub" / "faqbot.sqlite3"
    store = Store(path)
    await store.open()
    await store.close()
    assert path.exists() and version(path) == SCHEMA_VERSION
    assert path.stat().st_mode & 0o077 == 0  # only the bot's user can read the hashes and questions


async def test_an_old_database_is_migrated_and_keeps_its_data(backend):
    migrate_to(backend, 1)  # a database written by the first release
    db = raw(backend)
    if backend.kind == "sqlite":
        db.execute("INSERT INTO meta VALUES ('install_secret', ?)", ("ab" * 32,))
    db.execute("INSERT INTO votes VALUES ('executions', 'somebody', 1)")
    db.close()
    assert backend_version(backend) == 1
    store = backend.store()
    await store.open()
    assert backend_version(backend) == SCHEMA_VERSION == len(MIGRATIONS)
    assert await store.entry_stats("executions") == (0, 1, 0)
    await store.record_unanswered("a question", "none", 0.0, [])  # the table migration 2 added
    assert len(await store.review_queue()) == 1
    await store.close()


async def test_a_newer_database_is_refused(backend):
    migrate_to(backend, SCHEMA_VERSION)
    db = raw(backend)
    if backend.kind == "sqlite":
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    else:
        db.execute("UPDATE faqbot_schema SET version = ?", (SCHEMA_VERSION + 1,))
    db.close()
    with pytest.raises(StoreError, match="newer"):
        await backend.store().open()


async def test_a_failed_migration_leaves_the_database_as_it_was(backend, monkeypatch):
    monkeypatch.setattr(store_schema, "MIGRATIONS", [*MIGRATIONS, "CREATE TABLE x (a TEXT); THIS IS NOT SQL;"])
    with pytest.raises((sqlite3.Error, StoreError)):
        await backend.store().open()
    assert backend_version(backend) == SCHEMA_VERSION
    db = raw(backend)
    exists = (
        "SELECT name FROM sqlite_master WHERE name = 'x'"
        if backend.kind == "sqlite"
        else "SELECT tablename FROM pg_tables WHERE tablename = 'x'"
    )
    assert db.execute(exists).fetchone() is None
    db.close()


async def test_retention_purge_deletes_only_old_questions(backend):
    now = [1_700_000_000.0]
    store = backend.store(clock=lambda: now[0])
    await store.open()
    await store.record_unanswered("old question", "none", 0.0, [])
    now[0] += 20 * DAY
    await store.record_unanswered("recent question", "suggest", 40.0, ["a", "b"])
    now[0] += 11 * DAY  # the first is now 31 days old, the second 11
    assert await store.purge(30) == 1
    assert [q.question for q in await store.review_queue()] == ["recent question"]
    assert (await store.review_queue())[0].suggestions == ("a", "b")
    await store.close()


async def test_none_of_these_and_askers_picks_are_kept_and_purged_like_questions(backend):
    now = [1_700_000_000.0]
    store = backend.store(clock=lambda: now[0])
    await store.open()
    await store.record_unanswered("what about bees", "suggest", 40.0, ["bees", "wasps"])
    await store.record_unanswered("what about wasps", "suggest", 40.0, ["bees", "wasps"])
    await store.mark_none_of_these("what about bees", 40.0, ["bees", "wasps"])  # its row changes reason
    await store.mark_none_of_these("never queued", 10.0, [])  # queued as such
    await store.suggest_phrasing("what about wasps", "wasps")  # replaces its "did you mean" row
    assert sorted((q.question, q.outcome) for q in await store.review_queue()) == [
        ("never queued", "none_of_these"),
        ("what about bees", "none_of_these"),
    ]
    picks = await store.suggested_phrasings()
    assert [(p.phrasing, p.entry_id) for p in picks] == [("what about wasps", "wasps")]
    now[0] += 31 * DAY
    await store.suggest_phrasing("a newer pick", "bees")
    assert await store.purge(30, keep=lambda text: "newer" not in text) == 4  # old rows, and one refused
    assert await store.suggested_phrasings() == [] and await store.review_queue() == []
    await store.suggest_phrasing("another", "bees")
    assert await store.remove_suggested([p.id for p in await store.suggested_phrasings()]) == 1
    await store.close()


async def test_the_bot_purges_on_start(world_factory, backend):
    store = backend.store(clock=lambda: 1_000_000_000.0)  # a question queued long ago
    await store.open()
    await store.record_unanswered("ancient question", "none", 0.0, [])
    await store.close()
    async with world_factory(database_url=backend.where if backend.kind == "postgres" else "") as w:
        await w.env.settle()
        assert await w.bot.store.review_queue() == []


async def test_no_user_id_and_no_answered_question_is_ever_stored(world_factory, faq_engine, tmp_path):
    answered, _ = answerable(faq_engine)
    unsure, _ = suggesting(faq_engine)
    unknown = unanswerable(faq_engine)
    async with world_factory(privacy={"store_unanswered_text": True}) as w:  # opted in: off by default
        ids = {w.alice.id, w.bob.id, w.mod.id, w.channel.id, w.guild.id}
        answer = (await w.slash(w.alice, "ask", question=answered)).response
        await w.click(w.alice, answer, "Helpful")
        # (A "Not helpful" vote would queue this question for review, as issue 4 asks: see
        # test_discord_moderation. Without one, a confident answer's question is never kept.)
        await w.click(w.bob, answer, "Helpful")
        await w.slash(w.bob, "ask", question=unsure)
        await w.mention(w.mod, unknown)
        await w.env.settle()
        queue = [q.question for q in await w.bot.store.review_queue()]
        assert sorted(queue) == sorted([unsure, unknown])
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("faqbot.sqlite3*"))
    for number in ids:
        assert str(number).encode() not in raw
    assert answered.encode() not in raw
    with sqlite3.connect(tmp_path / "faqbot.sqlite3") as conn:
        columns = {
            row[1]
            for table in ("votes", "review_queue", "answer_counts")
            for row in conn.execute(f"PRAGMA table_info({table})")
        }
    assert not columns & {"user_id", "author_id", "channel_id", "guild_id", "message_id"}


async def test_unanswered_text_can_be_switched_off(world_factory, faq_engine, backend):
    async with world_factory(
        privacy={"store_unanswered_text": False}, database_url=backend.where if backend.kind == "postgres" else ""
    ) as w:
        await w.slash(w.alice, "ask", question=unanswerable(faq_engine))
        await w.env.settle()
        assert await w.bot.store.review_queue() == []


async def test_writes_run_off_the_event_loop(backend, monkeypatch):
    seen = []
    original = store_queries._record_answer

    def spy(db, entry_id):
        seen.append(threading.current_thread() is threading.main_thread())
        return original(db, entry_id)

    monkeypatch.setattr(store_queries, "_record_answer", spy)
    store = backend.store()
    await store.open()
    await asyncio.gather(*(store.record_answer("x") for _ in range(20)))
    assert seen == [False] * 20  # every write in a worker thread, none lost
    assert (await store.entry_stats("x"))[0] == 20
    await store.close()


USER = 712345678901234567


async def test_hashes_are_per_install_and_stable(backend, tmp_path):
    # A real-looking snowflake: a short id like 42 can turn up in a random hash by chance.
    a, b = backend.store(secret_file=tmp_path / "a.secret"), backend.store(secret_file=tmp_path / "b.secret")
    await a.open()
    await b.open()
    assert a.user_key(USER) != b.user_key(USER) and a.asker_token(USER) != b.asker_token(USER)
    assert str(USER) not in a.user_key(USER) and len(a.asker_token(USER)) == 12
    key = a.user_key(USER)
    await a.close()
    again = backend.store(secret_file=tmp_path / "a.secret")
    await again.open()
    assert again.user_key(USER) == key  # the secret survives restarts: votes stay one per person
    await again.close()
    await b.close()


async def test_counts_per_day_for_the_stats_chart(backend):
    now = [1_700_000_000.0]  # 2023-11-14 (UTC)
    store = backend.store(clock=lambda: now[0])
    await store.open()
    await store.record_answer("a")
    await store.record_outcome("none")
    now[0] += 2 * DAY
    await store.record_answer("a")
    await store.record_answer("b")
    await store.record_outcome("suggest", ["b"])
    counts = await store.period_counts(7)
    assert counts.per_day == {
        "2023-11-14": {"answer": 1, "none": 1},
        "2023-11-16": {"answer": 2, "suggest": 1},
    }
    assert (await store.period_counts(1)).per_day == {"2023-11-16": {"answer": 2, "suggest": 1}}
    await store.close()
