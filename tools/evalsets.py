"""One line per labelled set: the figures the tests' floors and docs/engine.md's table use, so
that two checkouts can be compared at a glance (run from each root and `diff` the outputs).

    .venv/bin/python tools/evalsets.py                  # every eval*.yaml in tests/data
    .venv/bin/python tools/evalsets.py tests/data/eval23.yaml tests/data/eval-fa20.yaml
    .venv/bin/python tools/evalsets.py --config /tmp/other.yaml   # another config (e.g. a view on)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import load_config, load_faq  # noqa: E402
from bot.engine import evaluate, load_question_set  # noqa: E402


def _order(path: Path) -> tuple[int, int]:
    n = re.search(r"(\d+)", path.stem)
    return ("-fa" in path.stem, int(n.group(1)) if n else 0)


def main(paths: list[str]) -> int:
    config = None
    if paths[:1] == ["--config"] and len(paths) > 1:
        config, paths = Path(paths[1]), paths[2:]
    engine = load_faq(load_config(config), read_only=True)
    files = [Path(p) for p in paths] or sorted((ROOT / "tests" / "data").glob("eval*.yaml"), key=_order)
    for path in files:
        r = evaluate(engine, load_question_set(path))
        line = (
            f"{path.stem:10} full {r.correct_full}/{r.in_scope} ({100 * r.correct_full / max(r.in_scope, 1):.1f}%)"
            f" +{r.correct_partial}p wrong {r.wrong} oos {r.oos_answered}/{r.out_of_scope}"
            f" near {r.near_topic_answered_full}/{r.near_topic}"
        )
        for lang, lr in sorted(r.languages.items()):
            line += (
                f" | {lang} {lr.correct}/{lr.in_scope} full {lr.correct_full} wrong {lr.wrong} oos {lr.oos_answered}"
            )
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
