"""Every reply the shipped FAQ gives to every labelled question (tests/data/*.yaml) and to the
latency benchmark's queries, one JSON line each with its scores: run it on two commits and
`cmp` the files to show that a refactor or a speed change leaves every reply as it was.

    .venv/bin/python tools/replies.py /tmp/before.jsonl      # from one checkout's root
    .venv/bin/python tools/replies.py /tmp/after.jsonl       # from the other's
    cmp /tmp/before.jsonl /tmp/after.jsonl && echo identical
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bot.config import load_config, load_faq  # noqa: E402
from bot.engine import load_question_set  # noqa: E402


def questions() -> list[str]:
    import latency  # benchmarks/latency.py: the timed queries, made the same way each run

    asked = [i.question for path in sorted((ROOT / "tests" / "data").glob("*.yaml")) for i in load_question_set(path)]
    entries, *_ = latency.shipped_kb()
    asked += [q for q, _ in latency.make_queries(entries, 2000, latency.query_seed("shipped", 0))]
    return asked


def main(out: str) -> int:
    engine = load_faq(load_config(None), read_only=True)
    with open(out, "w", encoding="utf-8") as f:
        for q in questions():
            reply = engine.ask(q)
            r = reply.result
            line = {
                "q": q,
                "reply": reply.to_json(),
                "score": r.score,
                "features": dict(r.features),
                "best": r.best,
                "second": r.second,
                "reason": str(r.reason),
            }
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
