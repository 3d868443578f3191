"""The block list, the daily review cap per server and the counts per server in the store, on both
backends (SQLite, and PostgreSQL for the tests marked postgres); and their commands:
`faqbot block`, `unblock`, `blocks`, `stats --by-server`."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3

import pytest

from bot.cli import main
from bot.moderation.stats import SERVER_CSV_FIELDS
from bot.store import ReviewReason, Store

pytestmark = pytest.mark.asyncio

DAY = 86_400
START = 1_767_225_600.0  # 2026-01-01 00:00 UTC
ALICE = 712_345_678_901_234_567
GUILD = 812_345_678_901_234_567
OTHER_GUILD = 812_345_678_901_234_999


class Clock:
    def __init__(self) -> None:
        self.t = START

    def __call__(self) -> float:
        return self.t


async def opened(backend, clock: Clock):
    store = backend.store(clock=clock)
    await store.open()
    return store


def dump(backend) -> str:
    """Every value in every table, as text (to look for an id that must never be stored)."""
    if backend.kind == "sqlite":
        conn = sqlite3.connect(backend.where)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        text = repr([conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables])
        conn.close()
        return text
    import psycopg

    with psycopg.connect(backend.where) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()]
        return repr([conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables])


async def test_blocks_keep_users_as_hashes_and_temporary_ones_end_by_themselves(backend):
    clock = Clock()
    store = await opened(backend, clock)
    key = store.user_key(ALICE)
    assert await store.block("user", key, seconds=3600, source="auto") is not None
    assert await store.block("server", str(GUILD)) is None  # until lifted
    blocks = await store.blocks()
    assert [(b.kind, b.target, b.source) for b in blocks] == [
        ("server", str(GUILD), "moderator"),
        ("user", key, "auto"),
    ]
    assert str(ALICE) not in dump(backend)  # the user's id is never stored, only the keyed hash
    clock.t += 3601
    assert [b.kind for b in await store.blocks()] == ["server"]  # the temporary one is over
    await store.purge(30)
    assert (await store.table_counts())["blocks"] == 1  # and purged
    assert await store.unblock("server", str(GUILD)) and not await store.unblock("server", str(GUILD))
    assert await store.blocks() == []
    await store.close()
    other = await opened(backend, clock)  # another process sees the same list
    await other.block("user", other.user_key(ALICE))
    assert [b.target for b in await other.blocks()] == [key]  # same secret: same hash
    await other.close()


async def test_counts_per_server_and_day_with_votes_turned_round(backend):
    clock = Clock()
    store = await opened(backend, clock)
    for _ in range(3):
        await store.record_answer("volcano", GUILD)
    await store.record_answer("bees", OTHER_GUILD)
    await store.record_answer("bees", 0)  # a direct message
    await store.record_answer("bees")  # from no server at all (the command line): not per server
    await store.record_outcome("none", (), GUILD)
    await store.record_outcome("suggest", ("bees",), GUILD)
    assert await store.record_vote("volcano", ALICE, True, GUILD) == "new"
    assert await store.record_vote("volcano", ALICE + 1, True, GUILD) == "new"
    assert await store.record_vote("volcano", ALICE, False, GUILD) == "changed"
    clock.t += 40 * DAY
    await store.record_answer("volcano", GUILD)
    await store.note_server_names([(GUILD, "Volcano watchers"), (OTHER_GUILD, "Bee keepers")])
    await store.note_server_names([(GUILD, "Volcano watchers (renamed)")])
    recent = {c.guild_id: c for c in await store.server_counts(30)}
    assert set(recent) == {str(GUILD)} and recent[str(GUILD)].answers == 1
    every = {c.guild_id: c for c in await store.server_counts(60)}
    g = every[str(GUILD)]
    assert (g.answers, g.unanswered, g.suggested, g.helpful, g.not_helpful) == (4, 1, 1, 1, 1)
    assert g.name == "Volcano watchers (renamed)"
    assert every[str(OTHER_GUILD)].answers == 1 and every[str(OTHER_GUILD)].name == "Bee keepers"
    assert every["0"].answers == 1 and every["0"].name == ""
    assert next(iter(every)) == str(GUILD)  # most answers first
    assert str(ALICE) not in dump(backend)
    await store.close()


async def test_review_rows_over_the_daily_cap_of_a_server_are_dropped_and_counted(backend):
    clock = Clock()
    store = await opened(backend, clock)
    queued = [await store.record_unanswered(f"question {i} about lava", "none", 10.0, [], GUILD, 2) for i in range(5)]
    assert queued == [True, True, False, False, False]
    assert await store.queue_for_review("low one", ReviewReason.LOW, 80.0, "volcano", GUILD, 2) is False
    await store.mark_none_of_these("never offered", 50.0, ["bees"], GUILD, 2)  # a new row: over the cap
    await store.suggest_phrasing("bee question", "bees", GUILD, 2)
    assert await store.record_unanswered("from elsewhere", "none", 10.0, [], OTHER_GUILD, 2)  # its own cap
    assert await store.record_unanswered("no cap", "none", 10.0, [], GUILD, 0)  # 0: no cap
    questions = {item.question for item in await store.review_queue()}
    assert questions == {"question 0 about lava", "question 1 about lava", "from elsewhere", "no cap"}
    assert await store.suggested_phrasings() == []
    assert await store.dropped_today() == {str(GUILD): 6}
    counts = {c.guild_id: c for c in await store.server_counts(1)}
    assert counts[str(GUILD)].unanswered == 6  # every question is still counted
    assert (counts[str(GUILD)].queued, counts[str(GUILD)].dropped) == (3, 6)
    clock.t += DAY  # a new day: room again
    assert await store.record_unanswered("next day", "none", 10.0, [], GUILD, 2)
    assert await store.dropped_today() == {}
    await store.close()


# -- the commands --------------------------------------------------------------------------------


def write_config(tmp_path, small_kb, extra: str = ""):
    knowledge, seeds = small_kb
    path = tmp_path / "config.yaml"
    path.write_text(
        f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {tmp_path / 'faqbot.sqlite3'}\n"
        f"discord:\n  home_guild_ids: [{OTHER_GUILD}]\n{extra}",
        encoding="utf-8",
    )
    return str(path)


def run(*argv: str) -> int:
    return main(list(argv))


async def test_block_unblock_and_blocks_on_the_command_line(tmp_path, small_kb, capsys):
    config = write_config(tmp_path, small_kb)
    assert await asyncio.to_thread(run, "block", "--config", config, "--user", str(ALICE), "--minutes", "30") == 0
    assert await asyncio.to_thread(run, "block", "--config", config, "--server", str(GUILD)) == 0
    out = capsys.readouterr().out
    assert "blocked user " in out and str(ALICE) not in out and f"blocked server {GUILD} until faqbot unblock" in out
    assert await asyncio.to_thread(run, "blocks", "--config", config, "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["source"]) for r in rows] == [("server", "moderator"), ("user", "moderator")]
    assert rows[0]["target"] == str(GUILD) and rows[0]["until"] is None and rows[1]["until"]
    store = Store(tmp_path / "faqbot.sqlite3")
    await store.open()
    assert [b.target for b in await store.blocks() if b.kind == "user"] == [store.user_key(ALICE)]
    await store.close()
    assert str(ALICE) not in (tmp_path / "faqbot.sqlite3").read_bytes().decode("latin-1")
    # A home server cannot be blocked; a bad id is refused with a reason.
    assert await asyncio.to_thread(run, "block", "--config", config, "--server", str(OTHER_GUILD)) == 2
    assert "home server" in capsys.readouterr().err
    assert await asyncio.to_thread(run, "block", "--config", config, "--server", "-5") == 2
    # Unblocking by the start of the hash `blocks` shows, then by server id.
    assert await asyncio.to_thread(run, "unblock", "--config", config, "--key", rows[1]["target"][:8]) == 0
    assert await asyncio.to_thread(run, "unblock", "--config", config, "--key", rows[1]["target"][:8]) == 1
    assert "no block matches" in capsys.readouterr().err
    assert await asyncio.to_thread(run, "unblock", "--config", config, "--server", str(GUILD)) == 0
    assert await asyncio.to_thread(run, "blocks", "--config", config) == 0
    assert capsys.readouterr().out.strip().endswith("no blocks")


async def test_stats_by_server_as_a_table_and_csv(tmp_path, small_kb, capsys):
    config = write_config(tmp_path, small_kb)
    assert await asyncio.to_thread(run, "stats", "--by-server", "--config", config) == 0  # no database yet
    assert "no questions from any server yet" in capsys.readouterr().out
    store = Store(tmp_path / "faqbot.sqlite3")
    await store.open()
    for _ in range(2):
        await store.record_answer("volcano", GUILD)
    await store.record_outcome("none", (), OTHER_GUILD)
    await store.record_answer("bees", 0)
    await store.note_server_names([(GUILD, "=HYPERLINK(evil) lava fans")])
    await store.close()
    assert await asyncio.to_thread(run, "stats", "--by-server", "--config", config) == 0
    table = capsys.readouterr().out
    assert str(GUILD) in table and "lava fans" in table and "(direct messages)" in table
    assert "(name not seen)" in table  # OTHER_GUILD: the bot never wrote its name
    assert await asyncio.to_thread(run, "stats", "--by-server", "--csv", "--config", config) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_id = {r["server_id"]: r for r in rows}
    assert by_id[str(GUILD)]["answers"] == "2" and by_id[str(OTHER_GUILD)]["unanswered"] == "1"
    assert by_id[str(GUILD)]["name"].startswith("'=")  # never a formula in a spreadsheet
    assert by_id["0"]["name"] == "(direct messages)"


@pytest.mark.postgres
async def test_stats_by_server_on_an_empty_postgresql_database(tmp_path, small_kb, postgres_url, capsys):
    config = write_config(tmp_path, small_kb, f'database:\n  url: "{postgres_url}"\n')
    assert await asyncio.to_thread(run, "stats", "--by-server", "--csv", "--config", config) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [",".join(SERVER_CSV_FIELDS)]  # the header, no rows


async def test_an_automatic_block_never_shortens_a_moderators_block(backend):
    """Process A's moderator blocks a user for good; process B has not refreshed its block list yet,
    sees the same user hit the cooldown again and again, and stores an automatic 10-minute block.
    The moderator's block must stay: an automatic block only ever lengthens one."""
    clock = Clock()
    store = await opened(backend, clock)
    key = store.user_key(ALICE)
    await store.block("user", key)  # a moderator: until lifted
    soon = "2026-01-01T00:10:00+00:00"
    await store.block_until("user", key, soon, "auto")  # another process, not refreshed yet
    clock.t += 3600  # an hour later
    blocks = await store.blocks()
    assert [(b.kind, b.target, b.until) for b in blocks] == [("user", key, None)]
    await store.close()


# -- the rate caps' counters, shared by every process ----------------------------------------------

WINDOW_START = 1_767_225_600  # a minute of UTC time (2026-01-01 00:00)


async def test_rate_slots_are_handed_out_up_to_the_cap_per_window_and_scope(backend):
    clock = Clock()
    store = await opened(backend, clock)
    assert await store.take_rate_slots(WINDOW_START, "global", 3, 5) == (3, 3)
    assert await store.take_rate_slots(WINDOW_START, "global", 3, 5) == (2, 5)  # only what is left
    assert await store.take_rate_slots(WINDOW_START, "global", 3, 5) == (0, 5)  # full: nothing more
    assert await store.take_rate_slots(WINDOW_START, str(GUILD), 3, 5) == (3, 3)  # a server has its own
    assert await store.take_rate_slots(WINDOW_START + 60, "global", 3, 5) == (3, 3)  # the next minute: afresh
    assert await store.take_rate_slots(WINDOW_START + 60, "global", 9, 4) == (1, 4)  # a lower cap is kept
    assert await store.rate_window(WINDOW_START) == {"global": 5, str(GUILD): 3}
    # The first claim of a later window deletes the windows before the previous one.
    await store.take_rate_slots(WINDOW_START + 180, "global", 1, 5, sweep=True)
    assert await store.rate_window(WINDOW_START) == {}
    assert await store.rate_window(WINDOW_START + 60) == {"global": 4}
    clock.t = WINDOW_START + 3600.0  # and the daily purge deletes whatever is over
    await store.purge(30)
    assert (await store.table_counts())["rate_windows"] == 0
    await store.close()


async def test_two_processes_racing_for_the_last_slots_never_get_more_than_the_cap(backend):
    """Two store instances (two processes' connections) claim slots of the same windows at once,
    from two threads; in every window they get exactly the cap between them, never more."""
    clock = Clock()
    first, second = await opened(backend, clock), await opened(backend, clock)
    cap = 7
    for window in range(12):
        start = WINDOW_START + 60 * window
        claims = [store.take_rate_slots(start, "global", 1 + i % 3, cap) for i in range(8) for store in (first, second)]
        granted = [got for got, _ in await asyncio.gather(*claims)]
        assert sum(granted) == cap, granted
        assert await first.rate_window(start) == {"global": cap}
    await first.close()
    await second.close()
