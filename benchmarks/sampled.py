"""Where the slowest asks of the latency benchmark spend their time, by sampling, not by cProfile.

Why: cProfile charges every call its own bookkeeping, so code made of many small calls (the scope
check's rules, `persian.is_finglish`, `text.words` hits) looks several times dearer than it is
(`persian.is_finglish`: 67 microseconds a call under cProfile, 7 alone), and a cut it promises
may save nothing. A CPU-time timer (SIGPROF) interrupting every half millisecond sees each
function in proportion to the time really spent under it. Unix only.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/sampled.py                 # the 1% slowest
    PYTHONPATH=$PWD .venv/bin/python benchmarks/sampled.py --callers engine.py:_answer

It times the benchmark's queries once (process CPU time, the best of two runs of each), then
asks the slowest ones again and again while sampling, and prints the share of samples each
function is on the stack for, and for each `--callers` function what it calls at which line.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path
from types import FrameType

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

import latency  # noqa: E402

from bot.engine import Engine, load_knowledge_collecting  # noqa: E402


def _name(frame: FrameType) -> str:
    return f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_code.co_name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=int, default=10000)
    parser.add_argument("--slowest", type=float, default=1.0, help="percent of the queries sampled")
    parser.add_argument("--passes", type=int, default=20, help="times the slowest are asked while sampling")
    parser.add_argument("--callers", default="", help="comma-separated file:function names to break down")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()

    entries, settings, _, _ = latency.shipped_kb()
    knowledge, seeds, _, _ = latency.shipped_settings()
    engine = Engine.build(load_knowledge_collecting(knowledge, seeds)[0], settings)
    engine.prepare()
    queries = [q for q, _ in latency.make_queries(entries, args.queries, latency.query_seed("shipped", 0))]
    best = [float("inf")] * len(queries)
    for _ in range(2):
        for i, q in enumerate(queries):
            start = time.process_time()
            engine.ask(q)
            best[i] = min(best[i], time.process_time() - start)
    count = max(1, int(len(queries) * args.slowest / 100))
    slowest = [queries[i] for i in sorted(range(len(queries)), key=best.__getitem__, reverse=True)[:count]]

    wanted = [c for c in args.callers.split(",") if c]
    inclusive: collections.Counter[str] = collections.Counter()
    called: dict[str, collections.Counter[str]] = {c: collections.Counter() for c in wanted}
    samples = 0

    def sample(_signum: int, frame: FrameType | None) -> None:
        nonlocal samples
        samples += 1
        seen: set[str] = set()
        below: FrameType | None = None
        while frame is not None:
            name = _name(frame)
            if name not in seen:
                inclusive[name] += 1
                seen.add(name)
            if name in called:
                callee = _name(below) if below is not None else "(own)"
                called[name][f"{name}:{frame.f_lineno} -> {callee}"] += 1
            below, frame = frame, frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        for _ in range(args.passes):
            for q in slowest:
                engine.ask(q)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{count} slowest of {len(queries)} queries, {args.passes} passes, {samples} samples")
    for name, n in inclusive.most_common(args.top):
        print(f"{100 * n / samples:6.1f}%  {name}")
    for caller, counts in called.items():
        print(f"== {caller}")
        for where, n in counts.most_common(args.top):
            print(f"  {100 * n / samples:6.2f}%  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
