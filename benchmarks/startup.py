"""Cold start of `faqbot ask`, side by side with importing its own numeric dependencies.

    .venv/bin/python benchmarks/startup.py [--runs 9]

Each figure is a whole new process (wall time, `time.perf_counter` around `subprocess.run`), so it
includes the interpreter's own start. The target (issue 14): `faqbot ask` at most 2.5 times the
time to import numpy, yaml and rapidfuzz. Printed: minimum and median of each, and their ratio.

Both sides run from compiled bytecode, as installed: pip compiles the dependencies' `.pyc` files
when it installs them, and Python writes faqbot's on its first run, so faqbot's are compiled here
first (`compileall`; with PYTHONDONTWRITEBYTECODE set, Python would otherwise compile every
module of faqbot from source on every run, which no installed copy does). The first, unmeasured
run of each command also leaves the caches of `data/cache/` as any earlier command would.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMANDS = {
    "import numpy, yaml, rapidfuzz": [sys.executable, "-c", "import numpy, yaml, rapidfuzz"],
    "faqbot ask (answer, quotes)": [sys.executable, "-m", "bot", "ask", "how many people has iran executed"],
    "faqbot ask --json": [sys.executable, "-m", "bot", "ask", "who signed the letter", "--json"],
}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    results: dict[str, list[float]] = {name: [] for name in COMMANDS}
    compileall.compile_dir(REPO / "bot", quiet=1)  # faqbot's bytecode, as the dependencies have theirs
    for command in COMMANDS.values():
        timed(command)  # warm the file cache (and faqbot's data/cache/)
    from bot.progress import progress  # a bar on a terminal, plain lines otherwise (stderr)

    for _ in progress(range(args.runs), "startup: runs"):  # interleaved: a slow moment hits every row
        for name, command in COMMANDS.items():
            results[name].append(timed(command))
    base = statistics.median(results["import numpy, yaml, rapidfuzz"])
    print(f"{'command':<32} {'min s':>7} {'median s':>9} {'x imports':>10}")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:<32} {min(times):>7.3f} {median:>9.3f} {median / base:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
