"""Every English in-scope question of the labelled sets the shipped FAQ does not answer in full
with its entry: one line each (outcome, reason, score, whether the right entry ranked first, the
expected and the first entry, the set, the question), grouped by outcome and reason, then the
counts. What to read before changing the English matching (issue #11's recall):

    .venv/bin/python tools/misses.py                   # eval.yaml .. eval28.yaml
    .venv/bin/python tools/misses.py eval26 eval27     # some sets only (names in tests/data)
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import load_config, load_faq  # noqa: E402
from bot.engine import load_question_set  # noqa: E402
from bot.engine.evaluation import answer_scope  # noqa: E402


def main(names: list[str]) -> int:
    engine = load_faq(load_config(None), read_only=True)
    rows = []
    for name in names or ["eval", *(f"eval{i}" for i in range(2, 29))]:
        for item in load_question_set(ROOT / "tests" / "data" / f"{name}.yaml"):
            if item.entry is None or item.near_topic or (item.lang and item.lang != "en"):
                continue
            reply = engine.ask(item.question)
            result, scope = reply.result, answer_scope(reply)
            if scope == "full" and result.entry_id == item.entry:
                continue
            kind = "wrong" if scope and result.entry_id != item.entry else ("partial" if scope else "miss")
            first = result.best == item.entry
            rows.append((kind, result.reason.value, first, result.score, item.entry, result.best, name, item.question))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    for kind, reason, first, score, entry, best, name, question in rows:
        ranked = "first" if first else "other"
        print(f"{kind:7} {reason:24} {score:5.1f} {ranked:5} {entry:20} {best!s:20} {name:7} {question}")
    for (kind, reason, first), n in collections.Counter((r[0], r[1], r[2]) for r in rows).most_common():
        print(f"{n:4} {kind} {reason} ({'right entry first' if first else 'another entry first'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
