"""Questions per second through the application service: `FaqService.ask` and `record`, as every
front end calls them, on one core, with the store writing to a real SQLite file.

    .venv/bin/python benchmarks/service.py [--questions 5000]

Printed side by side: the engine alone (`Engine.ask`), ask + record with question text storage
off (the shipped default: counts only), and with it on (unanswered questions queued). The target
(issue 14): at least 1,000 questions per second through ask and record. Throughput counts the time
until every background store write has finished, not only until the replies were ready.

"On one core": the process, its store's writer threads included, is confined to one CPU
(`os.sched_setaffinity`, where the system has it; `--all-cores` leaves it free), so the store's
writes off the event loop cannot borrow a second core. The first line says which. Beside each
rate, the same questions per second of the process's CPU time (`time.process_time`, every thread):
on a machine that other work shares, the wall-clock rate shows the waits for the core, the CPU
rate what the path itself costs.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

QUESTIONS = [
    "how many people has iran executed",
    "who signed the letter",
    "when was the letter sent",
    "what do the ngos want",
    "how many teachers were executed",
    "what is the weather in paris",
    "does the letter mention women",
    "is the resolution binding",
    "hi",
    "why?",
]


async def through_service(config, engine, n: int, text: bool) -> tuple[float, float]:
    from bot.service import FaqService

    with tempfile.TemporaryDirectory() as tmp:
        cfg = dataclasses.replace(
            config,
            paths=dataclasses.replace(config.paths, database=Path(tmp) / "db.sqlite3"),
            privacy=dataclasses.replace(config.privacy, store_unanswered_text=text, secret_file=Path(tmp) / "s"),
            moderation=dataclasses.replace(config.moderation, audit_log=Path(tmp) / "audit.sqlite3"),
        )
        service = FaqService(cfg, engine)
        await service.open()
        start, cpu = time.perf_counter(), time.process_time()
        for i in range(n):
            question = QUESTIONS[i % len(QUESTIONS)]
            reply = service.ask(question, service.conversation_key(i % 50, 1))
            service.record(reply, message_id=i)
            if i % 200 == 199:
                await asyncio.sleep(0)  # let the background writes run, as an event loop would
        await service.close()  # waits for every pending write
        return n / (time.perf_counter() - start), n / (time.process_time() - cpu)


def one_core(leave_free: bool) -> str:
    """Confine this process (every thread of it) to one of the CPUs it may use; what was done."""
    if not hasattr(os, "sched_setaffinity"):
        return "cores: not confined (this system cannot pin a process to a CPU)"
    allowed = sorted(os.sched_getaffinity(0))
    if leave_free:
        return f"cores: all {len(allowed)} this process may use (--all-cores)"
    os.sched_setaffinity(0, {allowed[-1]})  # threads started later inherit it
    return f"cores: one (CPU {allowed[-1]}, of {len(allowed)} this process may use)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--all-cores", action="store_true", help="do not confine the process to one CPU")
    args = parser.parse_args(argv)
    print(one_core(args.all_cores))
    from bot.config import load_config
    from bot.engine import load_engine

    config = load_config()
    engine = load_engine(config.paths.knowledge, config.paths.seeds, config.matching, check_collisions=False)
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(args.questions):
        engine.ask(QUESTIONS[i % len(QUESTIONS)])
    alone = args.questions / (time.perf_counter() - start), args.questions / (time.process_time() - cpu)
    off = asyncio.run(through_service(config, engine, args.questions, text=False))
    on = asyncio.run(through_service(config, engine, args.questions, text=True))
    print(f"{'path':<44} {'questions/s':>12} {'per CPU s':>10}")
    for name, (wall, per_cpu) in [
        ("Engine.ask alone", alone),
        ("FaqService ask + record, text storage off", off),
        ("FaqService ask + record, text storage on", on),
    ]:
        print(f"{name:<44} {wall:>12.0f} {per_cpu:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
