"""Several bot processes sharing one PostgreSQL store: questions through the real Discord handler,
every server's fact of the day raced by every process, and the counts checked exactly.

    .venv/bin/python benchmarks/scale.py --servers 50 --rate 50 --seconds 20
    .venv/bin/python benchmarks/scale.py --processes 2 --servers 100 --rate 50 --seconds 60 --days 2
    .venv/bin/python benchmarks/scale.py --database-url postgresql://user:pw@host/emptydb --baseline none

Run by hand, never in CI. Unless `--database-url` names an (empty) database, it starts a throwaway
PostgreSQL server the way the tests do (tests/pgserver.py: Debian's postgresql package).

Each worker process is one bot (`FaqBot`, the real cogs) in its own simulated Discord
(simcord, as the Discord tests use), with `discord.shard_count` = processes and `shard_ids` = [its
number]. There are `--servers` servers per process, split as Discord splits them: server ids are
made so that (id >> 22) % processes is the owning shard, and only that process receives their
questions. Every simulated Discord holds every server, so every process can reach every server's
fact-of-the-day channel, as it could through Discord's REST API: all processes run all schedules
and race for every slot, and the claims in the store must let exactly one post each.

Questions: `--rate` per second per process, open loop (dispatched on a fixed timetable whether
or not earlier ones are answered), each a slash `/ask` delivered as an INTERACTION_CREATE gateway
event through discord.py, the command tree, the Ask cog, FaqService.ask, the renderer, the
interaction response, and FaqService.record's store writes. Reply time = gateway event emitted ->
the interaction response accepted by (simulated) Discord. Throughput counts until the last
background store write has finished.

Scheduled posts: each server sets a fact of the day (its time one of `--fact-times` hours, spread
over the day) in a channel of its own, and one config.yaml schedule posts hourly in server 0. The
simulated clock starts at 2026-01-01 00:00 UTC and is moved through `--days` days, to each slot
time in turn, at a steady pace over the run; after each step every process runs the schedule loop's
`tick()` (the loop itself is stopped, so the benchmark decides when time passes). Posts are
counted from each simulated Discord's channels, per (schedule, slot).

Printed: per run, questions sent and answered, throughput overall and per process, median and
p99 reply time, posts, duplicates (must be 0), missed slots, and the store's counts (answers,
outcomes, per server) against what the workers sent. Exit status 1 on any mismatch, duplicate,
missed slot or error. The baseline (`--baseline sqlite`, the default) is one process on a SQLite
file with the same servers and the same total rate.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import dataclasses
import datetime as dt
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.service import QUESTIONS  # noqa: E402 - the same mix of questions as the service benchmark

EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # simcord's simulated clock starts here
MEMBERS_PER_SERVER = 3
CONFIG_SCHEDULE = "hourly"


# -- the plan every process follows ------------------------------------------------------------


def fact_time(index: int, fact_times: int) -> str:
    """Server `index`'s fact-of-the-day time: one of `fact_times` hours spread over the day."""
    hour = (index % fact_times) * 24 // fact_times
    return f"{hour:02d}:00"


def clock_steps(days: float) -> list[float]:
    """Seconds after EPOCH the simulated clock is moved to: 30 s after each hour, for `days` days."""
    return [hour * 3600.0 + 30 for hour in range(int(days * 24) + 1)]


def expected_slots(schedules: dict[str, tuple[str, ...]], steps: list[float]) -> set[tuple[str, str]]:
    """(schedule, slot) pairs due at the clock steps, as the schedule plan defines it: at each
    step, each schedule's latest slot if it is within the schedule's catch-up time (at the first
    step, 30 s after midnight, that includes the slots of the evening before)."""
    from bot.config import ScheduleSettings
    from bot.outreach import schedule as plan

    out = set()
    for name, times in schedules.items():
        schedule = ScheduleSettings(name=name, channel_id=0, times=times)
        for offset in steps:
            now = EPOCH + dt.timedelta(seconds=offset)
            slot = plan.latest_slot(schedule, now)
            if slot is not None and now - slot <= dt.timedelta(minutes=schedule.catch_up_minutes):
                out.add((name, slot.isoformat()))
    return out


# -- checking a finished run (pure: tests/test_bench_scale.py) ---------------------------------


def check(results: list[dict[str, Any]], stored: dict[str, Any], due: set[tuple[str, str]]) -> dict[str, Any]:
    """Compare what the workers sent and posted with what the store holds.

    `results`: each worker's `expected` counts (outcome -> n, entry -> n, server -> outcome -> n),
    `posts` [(schedule, slot)], `sent`, `replied`, `errors`. `stored`: the store's `outcomes`,
    `answers`, `servers` in the same shapes. Returns the figures and a list of `problems`."""
    outcomes: collections.Counter[str] = collections.Counter()
    answers: collections.Counter[str] = collections.Counter()
    servers: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    posts: collections.Counter[tuple[str, str]] = collections.Counter()
    problems = []
    for r in results:
        outcomes.update(r["expected"]["outcomes"])
        answers.update(r["expected"]["answers"])
        for guild, counts in r["expected"]["servers"].items():
            servers[guild].update(counts)
        posts.update(tuple(p) for p in r["posts"])
        if r["replied"] != r["sent"]:
            problems.append(f"process {r['process']}: {r['sent']} questions sent, {r['replied']} replies")
        if r["errors"]:
            problems.append(f"process {r['process']}: {r['errors']} errors: {r['error_sample']}")
    duplicates = sum(n - 1 for n in posts.values() if n > 1)
    missed = sorted(due - set(posts))
    unexpected = sorted(set(posts) - due)
    if duplicates:
        problems.append(f"{duplicates} duplicate posts: {[p for p, n in posts.items() if n > 1][:5]}")
    if missed:
        problems.append(f"{len(missed)} slots never posted: {missed[:5]}")
    if unexpected:
        problems.append(f"{len(unexpected)} posts for slots not due: {unexpected[:5]}")
    rows = [
        ("outcomes", dict(outcomes), {k: v for k, v in stored["outcomes"].items() if v}),
        ("answers per entry", dict(answers), {k: v for k, v in stored["answers"].items() if v}),
        (
            "per server",
            {g: {k: v for k, v in c.items() if v} for g, c in servers.items()},
            {g: {k: v for k, v in c.items() if v} for g, c in stored["servers"].items() if any(c.values())},
        ),
    ]
    for name, want, got in rows:
        if want != got:
            problems.append(f"{name}: the workers sent {_short(want)}, the store has {_short(got)}")
    return {
        "outcomes": (dict(outcomes), stored["outcomes"]),
        "servers_checked": len(servers),
        "posts": sum(posts.values()),
        "due": len(due),
        "duplicates": duplicates,
        "missed": len(missed),
        "problems": problems,
    }


def _short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= limit else text[:limit] + "..."


# -- one worker process: a bot in its own simulated Discord -------------------------------------


async def worker(options: dict[str, Any]) -> dict[str, Any]:
    sys.path.insert(0, str(REPO / "tests" / "discord"))
    import discord
    import simcord
    from simcord import interactions as sim_interactions
    from simworld import make_config

    from bot.config import ScheduleSettings, load_config
    from bot.discord_app.bot import FaqBot
    from bot.engine import Outcome, load_engine
    from bot.outreach import schedule as plan

    number, processes = options["process"], options["processes"]
    total_servers = options["servers"] * processes
    tmp = Path(options["tmp"]) / f"process-{number}"
    tmp.mkdir(parents=True, exist_ok=True)
    base = load_config(REPO / "config.yaml")
    config = make_config(
        base,
        tmp,
        database=Path(options["sqlite"]) if options["sqlite"] else None,
        database_url=options["url"],
        shard_count=processes,
        shard_ids=(number,),
    )
    # The abuse caps would refuse most of a benchmark's questions: off (0), as config.yaml allows;
    # per-user cooldowns are off too (make_config's default), so every question is answered.
    config = dataclasses.replace(
        config,
        limits=dataclasses.replace(config.limits, server_questions_per_minute=0, global_questions_per_minute=0),
    )
    engine = load_engine(config.paths.knowledge, config.paths.seeds, config.matching, check_collisions=False)

    replied_at: dict[int, float] = {}
    original_send = discord.InteractionResponse.send_message

    async def send_message(self, *args, **kwargs):
        result = await original_send(self, *args, **kwargs)
        replied_at[self._parent.id] = time.perf_counter()
        return result

    discord.InteractionResponse.send_message = send_message  # type: ignore[method-assign]

    bot = FaqBot(config, engine)  # AutoShardedBot: the shards of config.discord
    expected: dict[str, Any] = {
        "outcomes": collections.Counter(),
        "answers": collections.Counter(),
        "servers": collections.defaultdict(collections.Counter),
    }
    recorded = 0
    original_record = bot.service.record

    def record(reply, **kwargs):  # what the handler asked to be counted, tallied from the reply itself
        nonlocal recorded
        recorded += 1
        if reply.talk is None and reply.safe_route is None:
            outcome = reply.result.outcome
            expected["outcomes"][outcome.value] += 1
            column = {"answer": "answers", "suggest": "suggested", "none": "unanswered"}[outcome.value]
            expected["servers"][str(kwargs.get("guild_id") or 0)][column] += 1
            if outcome is Outcome.ANSWER and reply.entry is not None:
                expected["answers"][reply.entry.id] += 1
        return original_record(reply, **kwargs)

    bot.service.record = record  # type: ignore[method-assign]

    import logging

    errors: list[str] = []

    class Count(logging.Handler):
        def emit(self, rec: logging.LogRecord) -> None:
            errors.append(rec.getMessage()[:200])

    logging.getLogger().addHandler(Count(logging.ERROR))

    async with simcord.run(bot, settle_timeout=30.0) as env:
        # The same ids for the same servers and channels in every process's simulated Discord (the
        # parent checks): pinned server ids, owned by shard i % processes as Discord assigns them, and
        # channel ids allocated from a fixed point of the id sequence (the bots' start-up used some).
        base_ms = 300_000_000_000 // processes * processes
        now_ms = int(env.now().timestamp() * 1000) - 1_420_070_400_000
        env.backend._sequences[now_ms] = max(env.backend._sequences.get(now_ms, 0), 1 << 21)
        servers = []
        for i in range(total_servers):
            guild = env.create_guild(f"server {i}", id=(base_ms + i) << 22)
            general = guild.create_text_channel("general")
            facts = guild.create_text_channel("facts")
            members = [guild.add_member(env.create_user(f"member{i}-{m}")) for m in range(MEMBERS_PER_SERVER)]
            servers.append((guild, general, facts, members))
        hourly = servers[0][0].create_text_channel("announcements")
        await env.settle()
        layout = [[g.id, f.id] for g, _, f, _ in servers] + [[servers[0][0].id, hourly.id]]
        print(json.dumps({"ready": layout}), flush=True)
        go = json.loads(await asyncio.to_thread(sys.stdin.readline))

        # Every process: the servers' facts of the day (written to the store by the parent) and the
        # config schedule; the schedule loop stopped, its tick() run after each clock step below.
        await bot.service.load_server_settings()
        schedule = ScheduleSettings(
            name=CONFIG_SCHEDULE, channel_id=hourly.id, times=tuple(f"{h:02d}:00" for h in range(24))
        )
        bot.config = dataclasses.replace(
            bot.config, outreach=dataclasses.replace(bot.config.outreach, schedules=(schedule,))
        )
        bot.service.config = bot.config
        cog = bot.get_cog("Schedule")
        cog.ticker.stop()
        claims = collections.Counter()
        original_claim = bot.store.claim_scheduled_post

        async def claim(*args, **kwargs):
            won = await original_claim(*args, **kwargs)
            claims["won" if won else "lost"] += 1
            return won

        bot.store.claim_scheduled_post = claim

        mine = [s for s in servers if (s[0].id >> 22) % processes == number]
        root = env.backend.find_command("ask", mine[0][0].id)
        if root is None:  # another process synced the commands first (the store says so); on real
            await bot.tree.sync()  # Discord they are the application's, here each Discord needs them
            root = env.backend.find_command("ask", mine[0][0].id)
        rate, seconds = options["rate"], options["seconds"]
        count = int(rate * seconds)
        start = time.perf_counter() + (go["start"] - time.time())
        sent_at: dict[int, float] = {}
        lag: list[float] = []

        async def questions() -> None:
            for i in range(count):
                due = start + i / rate
                wait = due - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
                guild, general, _, members = mine[i % len(mine)]
                member = members[(i // len(mine)) % len(members)]
                data = {
                    "id": root["id"],
                    "name": "ask",
                    "type": 1,
                    "options": [
                        {"name": "question", "type": 3, "value": QUESTIONS[(i + i // len(mine)) % len(QUESTIONS)]}
                    ],
                }
                record_, payload = sim_interactions.base_payload(
                    env.backend, type=2, channel_id=general.id, guild_id=guild.id, user_id=member.id, data=data
                )
                # The simulated clock jumps hours for the schedules; Discord's 3 s response deadline
                # is wall time, which the reply times below show directly.
                record_.initial_response_deadline = None
                record_.expires_at = None
                now = time.perf_counter()
                lag.append(now - due)
                sent_at[record_.id] = now
                env.backend.emit("INTERACTION_CREATE", payload)

        ticks: list[float] = []

        async def clock() -> None:
            steps = go["steps"]
            for k, offset in enumerate(steps):
                due = start + k * seconds / len(steps)
                wait = due - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
                env.backend.advance_clock(max(0.0, offset - (env.now() - EPOCH).total_seconds()))
                began = time.perf_counter()
                await cog.tick()
                ticks.append(time.perf_counter() - began)

        first = start
        cpu = time.process_time()
        await asyncio.gather(questions(), clock())
        limit = time.perf_counter() + 60
        while len(replied_at) < len(sent_at) and time.perf_counter() < limit:
            await asyncio.sleep(0.005)
        while bot.service._background and time.perf_counter() < limit:  # the store writes, until flushed
            await asyncio.sleep(0.001)
        flushed = time.perf_counter()
        cpu = time.process_time() - cpu
        await env.settle()

        # Each post's slot: its schedule's latest slot at the moment it was posted (a step's tick).
        plans = {sch.name: sch for sch in [*bot.config.outreach.schedules, *bot.service.server_schedules()]}
        posts = []
        for name, channel in [(f"server-{g.id}", f) for g, _, f, _ in servers] + [(CONFIG_SCHEDULE, hourly)]:
            for message in channel.history():
                if message.author.id == bot.user.id:
                    slot = plan.latest_slot(plans[name], message.created_at.astimezone(dt.UTC))
                    posts.append([name, slot.isoformat() if slot else "none"])
        latencies = sorted(replied_at[i] - sent_at[i] for i in sent_at if i in replied_at)
        late = sorted((lag_ for lag_ in lag), reverse=True)
        env_errors = [repr(e)[:200] for e in env.errors]
        return {
            "process": number,
            "sent": len(sent_at),
            "replied": len(replied_at),
            "recorded": recorded,
            "seconds": flushed - first,
            "cpu": cpu,
            "latencies": latencies,
            "max_lag": late[0] if late else 0.0,
            "ticks": ticks,
            "claims": dict(claims),
            "posts": posts,
            "expected": {
                "outcomes": dict(expected["outcomes"]),
                "answers": dict(expected["answers"]),
                "servers": {g: dict(c) for g, c in expected["servers"].items()},
            },
            "errors": len(errors) + len(env_errors),
            "error_sample": (errors + env_errors)[:3],
        }


# -- the parent: a database, the processes, the checks ------------------------------------------


def run(args: argparse.Namespace, processes: int, servers: int, rate: float, url: str, sqlite: str) -> dict:
    """One run: `processes` workers on `url` (or the SQLite file); the figures and the checks."""
    with tempfile.TemporaryDirectory(prefix="faqbot-scale-") as tmp:
        env = {**os.environ, "FAQBOT_HASH_SECRET": secrets.token_hex(32), "PYTHONPATH": str(REPO)}
        steps = clock_steps(args.days)
        children = []
        for number in range(processes):
            options = {
                "process": number,
                "processes": processes,
                "servers": servers,
                "rate": rate,
                "seconds": args.seconds,
                "url": url,
                "sqlite": sqlite,
                "tmp": tmp,
            }
            children.append(
                subprocess.Popen(
                    [sys.executable, __file__, "--worker", json.dumps(options)],
                    cwd=REPO,
                    env=env,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=open(Path(tmp) / f"stderr-{number}", "w"),  # noqa: SIM115
                    text=True,
                )
            )
        try:
            layouts = []
            for number, child in enumerate(children):
                line = child.stdout.readline()
                if not line:
                    child.wait(timeout=30)
                    raise SystemExit(
                        f"process {number} failed:\n{(Path(tmp) / f'stderr-{number}').read_text()[-3000:]}"
                    )
                layouts.append(json.loads(line)["ready"])
            if any(layout != layouts[0] for layout in layouts):
                raise SystemExit(
                    "the simulated Discords gave different ids to the same servers; cannot compare posts: "
                    f"{[layout[:2] for layout in layouts]}"
                )
            layout = layouts[0]
            schedules = asyncio.run(_prepare_store(url or sqlite, layout[:-1], args.fact_times, env))
            schedules[CONFIG_SCHEDULE] = tuple(f"{h:02d}:00" for h in range(24))
            go = json.dumps({"start": time.time() + 1.0, "steps": steps})
            for child in children:
                child.stdin.write(go + "\n")
                child.stdin.flush()
            results = []
            for number, child in enumerate(children):
                out, _ = child.communicate(timeout=args.seconds + 300)
                if child.returncode != 0 or not out.strip():
                    raise SystemExit(
                        f"process {number} failed:\n{(Path(tmp) / f'stderr-{number}').read_text()[-3000:]}"
                    )
                results.append(json.loads(out.strip().splitlines()[-1]))
        finally:
            for child in children:
                if child.poll() is None:
                    child.kill()
        stored = asyncio.run(_read_store(url or sqlite, env))
    due = expected_slots(schedules, steps)
    checked = check(results, stored, due)
    latencies = sorted(x for r in results for x in r["latencies"])
    sent = sum(r["sent"] for r in results)
    seconds = max(r["seconds"] for r in results)
    return {
        "processes": processes,
        "servers": servers * processes,
        "rate": rate * processes,
        "sent": sent,
        "replied": sum(r["replied"] for r in results),
        "throughput": sent / seconds,
        "per_process": [r["sent"] / r["seconds"] for r in results],
        "cpu_percent": [100 * r["cpu"] / r["seconds"] for r in results],
        "median_ms": statistics.median(latencies) * 1000,
        "p99_ms": _p99(latencies) * 1000,
        "max_lag_ms": max(r["max_lag"] for r in results) * 1000,
        "tick_ms": statistics.median([t for r in results for t in r["ticks"]]) * 1000,
        "claims": [r["claims"] for r in results],
        **checked,
    }


def _p99(values: list[float]) -> float:
    """Nearest-rank 99th percentile of sorted values."""
    return values[max(0, -(-99 * len(values) // 100) - 1)] if values else 0.0


async def _prepare_store(where: str, layout: list[list[int]], fact_times: int, env: dict) -> dict:
    """Every server's fact of the day, as its own admins would set it with /faq-settings."""
    from bot.store import ServerSettings, store_at

    store = store_at(where, environ=env)
    await store.open()
    schedules = {}
    try:
        counts = await store.table_counts()
        used = {t: n for t, n in counts.items() if n and t not in ("meta", "faqbot_schema", "server_names")}
        if used:
            raise SystemExit(f"the database is not empty ({used}); the counts check needs an empty one")
        for index, (guild_id, channel_id) in enumerate(layout):
            at = fact_time(index, fact_times)
            await store.save_server_settings(ServerSettings(guild_id, fact_channel_id=channel_id, fact_time=at))
            schedules[f"server-{guild_id}"] = (at,)
    finally:
        await store.close()
    return schedules


async def _read_store(where: str, env: dict) -> dict:
    from bot.store import store_at

    store = store_at(where, environ=env)
    await store.open()
    try:
        counts = await store.period_counts(2)  # today and yesterday: a run may cross midnight UTC
        servers = await store.server_counts(2)
    finally:
        await store.close()
    return {
        "outcomes": dict(counts.outcomes),
        "answers": dict(counts.answers),
        "servers": {
            c.guild_id: {"answers": c.answers, "suggested": c.suggested, "unanswered": c.unanswered} for c in servers
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--servers", type=int, default=100, help="simulated servers per process (default 100)")
    parser.add_argument("--rate", type=float, default=50, help="questions per second per process (default 50)")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--days", type=float, default=1, help="simulated days the clock moves through (default 1)")
    parser.add_argument("--fact-times", type=int, default=24, help="distinct fact-of-the-day hours (default 24)")
    parser.add_argument("--database-url", default="", help="an empty PostgreSQL database (default: a throwaway server)")
    parser.add_argument("--baseline", choices=("sqlite", "postgres", "none"), default="sqlite")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        import logging

        logging.basicConfig(level=logging.WARNING)
        print(json.dumps(asyncio.run(worker(json.loads(args.worker)))))
        return 0

    server = None
    try:
        url = args.database_url
        if not url or args.baseline == "postgres":
            sys.path.insert(0, str(REPO / "tests"))
            from pgserver import Server

            server = Server()
            server.start()
            url = url or server.new_database()
        rows = [("PostgreSQL", run(args, args.processes, args.servers, args.rate, url, ""))]
        if args.baseline != "none":
            if args.baseline == "sqlite":
                where = tempfile.mkdtemp(prefix="faqbot-scale-sqlite-")
                base = run(
                    args, 1, args.servers * args.processes, args.rate * args.processes, "", f"{where}/db.sqlite3"
                )
                rows.append(("SQLite (baseline)", base))
            else:
                base = run(
                    args, 1, args.servers * args.processes, args.rate * args.processes, server.new_database(), ""
                )
                rows.append(("PostgreSQL (baseline)", base))
    finally:
        if server is not None:
            server.stop()
    _print(args, rows)
    if args.json:
        print(json.dumps({name: row for name, row in rows}, default=str))
    return 1 if any(row["problems"] for _, row in rows) else 0


def _print(args: argparse.Namespace, rows: list[tuple[str, dict]]) -> None:
    print(
        f"{args.seconds:g} s; {args.days:g} simulated day(s) of schedules; questions through /ask "
        "(gateway event -> cog -> FaqService -> render -> response -> store)"
    )
    header = (
        f"{'store':<22} {'proc':>4} {'servers':>7} {'rate/s':>7} {'sent':>6} {'replied':>7} {'q/s':>7} "
        f"{'q/s per proc':>13} {'CPU % per proc':>14} {'median ms':>9} {'p99 ms':>7} {'posts':>5} {'due':>5} {'dupl':>4} {'missed':>6}"
    )
    print(header)
    for name, r in rows:
        per = "/".join(f"{x:.0f}" for x in r["per_process"])
        cpu = "/".join(f"{x:.0f}" for x in r["cpu_percent"])
        print(
            f"{name:<22} {r['processes']:>4} {r['servers']:>7} {r['rate']:>7.0f} {r['sent']:>6} {r['replied']:>7} "
            f"{r['throughput']:>7.1f} {per:>13} {cpu:>14} {r['median_ms']:>9.1f} {r['p99_ms']:>7.1f} {r['posts']:>5} "
            f"{r['due']:>5} {r['duplicates']:>4} {r['missed']:>6}"
        )
    for name, r in rows:
        want, got = r["outcomes"]
        print(
            f"{name}: outcomes sent {json.dumps(want, sort_keys=True)}, stored "
            f"{json.dumps({k: v for k, v in got.items() if v}, sort_keys=True)}; {r['servers_checked']} servers' "
            f"counts compared; claims {r['claims']}; schedule tick median {r['tick_ms']:.0f} ms; "
            f"latest dispatch {r['max_lag_ms']:.0f} ms behind its timetable"
        )
        for problem in r["problems"]:
            print(f"  PROBLEM: {problem}")
        if not r["problems"]:
            print("  counts exact, no duplicate post, no missed slot")


if __name__ == "__main__":
    sys.exit(main())
