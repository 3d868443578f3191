"""Several bot processes sharing one store, on both backends: a fresh database opened by several
processes at once (it used to crash: "table meta already exists", "database is locked" on the
switch to WAL), scheduled posts claimed so that exactly one process posts each slot."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.store import SCHEMA_VERSION

pytestmark = pytest.mark.asyncio

REPO = Path(__file__).resolve().parent.parent
PROCESSES = 4

# One process: waits for the starting gun (a file), opens the store, votes as its own user,
# claims the same scheduled slot as everyone else, and prints what it got.
CHILD = r"""
import asyncio, json, os, sys, time
from pathlib import Path
from bot.store import store_at

where, secret_file, gun, number = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
while not gun.exists():
    time.sleep(0.001)

async def main():
    store = store_at(where, secret_file=secret_file)
    await store.open()
    try:
        await store.record_vote("executions", 712345678901234000 + number, True)
        claimed = await store.claim_scheduled_post("fact-of-the-day", "2026-01-01T08:00:00+00:00", "executions",
                                                   new_cycle=False, claimant=f"process-{number}")
        return {"claimed": claimed, "key": store.user_key(712345678901234567)}
    finally:
        await store.close()

print(json.dumps(asyncio.run(main())))
"""


def run_together(where: str, secret_file: Path, gun: Path) -> list[dict]:
    """PROCESSES processes started at once on `where`; each one's JSON line (failures raise)."""
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, where, str(secret_file), str(gun), str(i)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(PROCESSES)
    ]
    time.sleep(0.5)  # every interpreter started and waiting
    gun.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        results.append(json.loads(out))
    return results


@pytest.mark.parametrize("trial", range(3))
async def test_several_processes_open_a_fresh_database_at_once(backend, tmp_path, trial, request):
    if backend.kind == "postgres" and trial:  # a fresh database for each trial
        backend.where = request.getfixturevalue("postgres_server").new_database()
    results = await asyncio.to_thread(run_together, backend.where, backend.secret_file, tmp_path / f"go{trial}")
    # Every process started; one install secret (created once, by whichever came first)...
    assert len({r["key"] for r in results}) == 1
    # ...exactly one of them posts the slot they all wanted...
    assert sum(r["claimed"] for r in results) == 1
    store = backend.store()
    await store.open()
    counts = await store.table_counts()
    claims = await store.schedule_claims("fact-of-the-day")
    state = await store.schedule_state("fact-of-the-day")
    await store.close()
    # ...and every write is there once: one vote per process, one claim, the schema once.
    assert counts["votes"] == PROCESSES and counts["schedule_claims"] == 1
    assert len(claims) == 1 and claims[0][3] is None  # claimed, not marked sent (nobody posted here)
    assert state.last_slot == "2026-01-01T08:00:00+00:00" and state.shown == {"executions"}
    if backend.kind == "sqlite":
        import sqlite3

        with sqlite3.connect(backend.where) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_two_connections_claim_one_slot_once_and_the_claim_is_marked_sent(backend):
    first, second = backend.store(), backend.store()
    await first.open()
    await second.open()
    slot = "2026-01-02T08:00:00+00:00"
    got = await asyncio.gather(
        *(s.claim_scheduled_post("daily", slot, "bees", new_cycle=False) for s in (first, second) for _ in range(5))
    )
    assert sorted(got) == [False] * 9 + [True]
    await first.mark_scheduled_post_sent("daily", slot)
    ((claimed_slot, entry, _, sent_at),) = await second.schedule_claims("daily")
    assert (claimed_slot, entry) == (slot, "bees") and sent_at is not None
    # The next slot is a new claim; the state moved on with each claim, in the same transaction.
    assert await second.claim_scheduled_post("daily", "2026-01-03T08:00:00+00:00", "volcano", new_cycle=False)
    state = await first.schedule_state("daily")
    assert state.last_entry == "volcano" and state.shown == {"bees", "volcano"}
    await first.close()
    await second.close()


async def test_every_schedules_state_in_one_call_matches_each_read_alone(backend):
    """What the schedule loop reads on each tick: many schedules' states at once, the same as
    reading each alone, with an empty state for a schedule never posted."""
    store = backend.store()
    await store.open()
    for n in range(30):
        name = f"server-{1000 + n}"
        for day, entry in enumerate(["bees", "volcano", "lighthouse"][: n % 4], start=1):
            slot = f"2026-01-{day:02d}T08:00:00+00:00"
            assert await store.claim_scheduled_post(name, slot, entry, new_cycle=False)
    assert await store.claim_scheduled_post("server-1003", "2026-01-04T08:00:00+00:00", "bees", new_cycle=True)
    assert await store.claim_scheduled_post("not-asked", "2026-01-01T08:00:00+00:00", "bees", new_cycle=False)
    names = [f"server-{1000 + n}" for n in range(30)] + ["never-posted"]
    states = await store.schedule_states(names)
    assert sorted(states) == sorted(names)  # exactly the names asked for
    for name in names:
        assert states[name] == await store.schedule_state(name)
    assert states["never-posted"].last_slot is None and states["never-posted"].shown == frozenset()
    assert states["server-1002"].shown == {"bees", "volcano"} and states["server-1002"].cycle == 1
    restarted = states["server-1003"]  # a new cycle: only the entry that started it counts as shown
    assert (restarted.cycle, restarted.last_entry, restarted.shown) == (2, "bees", {"bees"})
    assert restarted.last_slot == "2026-01-04T08:00:00+00:00"
    assert await store.schedule_states([]) == {}
    await store.close()


WRITER = r"""
import asyncio, sys
from pathlib import Path
from bot.store import store_at

async def main():
    store = store_at(sys.argv[1], secret_file=Path(sys.argv[2]))
    await store.open()
    n = 0
    while True:
        await store.record_unanswered(f"question {n}", "none", 0.0, ["bees"])  # two tables, one transaction
        n += 1
        print(n, flush=True)  # acknowledged: committed

asyncio.run(main())
"""


@pytest.mark.parametrize("kill_after", [0.05, 0.6])
async def test_a_process_killed_in_the_middle_of_writing_loses_no_acknowledged_write(backend, kill_after):
    import signal

    store = backend.store()
    await store.open()  # the schema first: the kill is meant to land in a write, not in the migration
    await store.close()

    def run() -> int:
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, backend.where, str(backend.secret_file)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the first write acknowledged: timed from there, not from the
        time.sleep(kill_after)  # start, which a loaded machine can stretch past the kill
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
        lines = (first + out).split()
        assert lines, err
        return int(lines[-1])

    acknowledged = await asyncio.to_thread(run)
    store = backend.store()
    await store.open()  # opens cleanly after the kill
    queued = len(await store.review_queue(limit=100_000))
    counted = (await store.period_counts(1)).outcomes["none"]
    await store.close()
    assert acknowledged > 0
    # Every acknowledged write is there; at most the one in flight got in too, and whole (both tables).
    assert acknowledged <= queued <= acknowledged + 1 and counted == queued


# One process of the rate-cap race: waits for the starting gun, then claims slots of one window
# until the store gives none, and prints how many it got.
CLAIMER = r"""
import asyncio, sys, time
from pathlib import Path
from bot.store import store_at

where, secret_file, gun, number, cap = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])

async def main():
    store = store_at(where, secret_file=secret_file)
    await store.open()
    while not gun.exists():
        time.sleep(0.001)
    got, want = 0, 1 + number % 3
    while True:
        granted, taken = await store.take_rate_slots(1767225600, "global", want, cap)
        assert taken <= cap, taken
        if not granted:
            break
        got += granted
    await store.close()
    print(got)

asyncio.run(main())
"""


async def test_processes_racing_for_the_last_rate_slots_get_the_cap_between_them_never_more(backend, tmp_path):
    store = backend.store()
    await store.open()  # the schema first: the race is for slots, not for the migration
    await store.close()
    cap, gun = 101, tmp_path / "go"

    def run() -> list[int]:
        children = [
            subprocess.Popen(
                [sys.executable, "-c", CLAIMER, backend.where, str(backend.secret_file), str(gun), str(i), str(cap)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(PROCESSES)
        ]
        time.sleep(1.0)  # every interpreter started, its store open, waiting
        gun.touch()
        got = []
        for child in children:
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
            got.append(int(out))
        return got

    got = await asyncio.to_thread(run)
    assert sum(got) == cap, got  # every slot handed out once: none twice, none lost
    store = backend.store()
    await store.open()
    assert await store.rate_window(1_767_225_600) == {"global": cap}
    await store.close()


# One process of the review-queue race: waits for the starting gun, then tries to add review rows
# from one server (each process by another path: every one of them is under the daily cap).
QUEUER = r"""
import asyncio, sys, time
from pathlib import Path
from bot.store import ReviewReason, store_at

where, secret_file, gun, number, cap, tries = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
GUILD = 424242424242424242

async def main():
    store = store_at(where, secret_file=secret_file)
    await store.open()
    while not gun.exists():
        time.sleep(0.001)
    for n in range(tries):
        question = f"process {number} question {n}"
        if number % 4 == 0:
            await store.queue_for_review(question, ReviewReason.LOW, 80.0, "volcano", GUILD, cap)
        elif number % 4 == 1:
            await store.record_unanswered(question, "none", 10.0, [], GUILD, cap)
        elif number % 4 == 2:
            await store.mark_none_of_these(question, 50.0, ["bees"], GUILD, cap)
        else:
            await store.suggest_phrasing(question, "bees", GUILD, cap)
    await store.close()

asyncio.run(main())
"""


class RowLock:
    """Holds the write lock on one server's counts of today (PostgreSQL: that row; SQLite: the
    database), so that every process's first try waits at the same point and they all go at once."""

    def __init__(self, backend, day: str, guild: str) -> None:
        self.backend, self.day, self.guild = backend, day, guild

    def __enter__(self):
        if self.backend.kind == "postgres":
            import psycopg

            self.conn = psycopg.connect(self.backend.where, autocommit=False)
            self.conn.execute(
                "SELECT queued FROM server_counts WHERE day = %s AND guild_id = %s FOR UPDATE", (self.day, self.guild)
            )
        else:
            import sqlite3

            self.conn = sqlite3.connect(self.backend.where, isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")
        return self

    def waiting(self) -> int:
        """How many other sessions wait for a lock (PostgreSQL; -1 where it cannot be seen)."""
        if self.backend.kind != "postgres":
            return -1
        import psycopg

        with psycopg.connect(self.backend.where, autocommit=True) as other:
            row = other.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).fetchone()
        return int(row[0])

    def __exit__(self, *exc) -> None:
        self.conn.rollback() if self.backend.kind == "postgres" else self.conn.execute("ROLLBACK")
        self.conn.close()


async def test_processes_racing_for_the_last_review_rows_of_a_server_queue_the_cap_never_more(backend, tmp_path):
    """A hostile server floods the review queue from several bot processes at once: the daily cap
    on its rows holds exactly (it used to be read, then raised: every process got one over it)."""
    import datetime as dt

    guild, cap, tries, gun = 424242424242424242, 12, 3, tmp_path / "go"
    store = backend.store()
    await store.open()
    for n in range(cap - 2):  # two rows left for today
        assert await store.record_unanswered(f"earlier question {n}", "none", 10.0, [], guild, cap)
    await store.close()
    day = dt.datetime.now(dt.UTC).date().isoformat()

    def run() -> None:
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    QUEUER,
                    backend.where,
                    str(backend.secret_file),
                    str(gun),
                    str(i),
                    str(cap),
                    str(tries),
                ],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(PROCESSES)
        ]
        with RowLock(backend, day, str(guild)) as lock:
            time.sleep(1.0)  # every interpreter started, its store open, waiting
            gun.touch()
            deadline = time.monotonic() + 30
            if backend.kind == "postgres":  # every process's first try waits on the row
                while lock.waiting() < PROCESSES and time.monotonic() < deadline:
                    time.sleep(0.05)
            else:
                time.sleep(1.0)
        for child in children:
            _, err = child.communicate(timeout=120)
            assert child.returncode == 0, err

    await asyncio.to_thread(run)
    store = backend.store()
    await store.open()
    counts = {c.guild_id: c for c in await store.server_counts(1)}[str(guild)]
    assert counts.queued == cap
    assert counts.dropped == PROCESSES * tries - 2  # every refused row still counted
    rows = len(await store.review_queue(10_000)) + len(await store.suggested_phrasings(10_000))
    assert rows == cap
    await store.close()
