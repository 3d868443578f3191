"""List the questions of labelled sets that the shipped FAQ answers partially (with a caveat):
each with its expected and answered entry, the caveat, and the uncovered terms with their gap
kind (scope.Gap: which rule fired). In-scope ones are where a rule may over-fire; near-topic ones
are where a caveat is the right outcome.

    .venv/bin/python tools/partials.py tests/data/eval10.yaml tests/data/eval-fa6.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.config import load_config, load_faq
from bot.engine import load_question_set
from bot.engine.evaluation import answer_scope


def main(paths: list[str]) -> int:
    engine = load_faq(load_config(None), read_only=True)
    for path in paths:
        for item in load_question_set(Path(path)):
            if item.entry is None and not item.near_topic:
                continue
            reply = engine.ask(item.question)
            if answer_scope(reply) != "partial":
                continue
            kind = "near-topic" if item.near_topic else "in-scope"
            gaps = [(u.term, u.gap.value) for u in reply.scope_check.uncovered]
            print(f"{path}: {kind} [{item.entry} -> {reply.result.entry_id}] {item.question!r}")
            print(f"    caveat: {reply.scope_check.caveat}\n    uncovered: {gaps}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
