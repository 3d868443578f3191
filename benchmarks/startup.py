"""Cold start of `faqbot ask`, side by side with importing its own numeric dependencies.

    .venv/bin/python benchmarks/startup.py [--runs 9]
    .venv/bin/python benchmarks/startup.py --before main    # another commit's code side by side

Each figure is a whole new process (wall time, `time.perf_counter` around `subprocess.run`), so it
includes the interpreter's own start. The target (issue 14): `faqbot ask` at most 2.5 times the
time to import numpy, yaml and rapidfuzz. Printed: minimum and median of each, and their ratio;
then the median CPU time of each (user and system, `getrusage` of the finished child) and its
ratio: the same comparison, far less moved by other load on a shared machine.

Both sides run from compiled bytecode, as installed: pip compiles the dependencies' `.pyc` files
when it installs them, and Python writes faqbot's on its first run, so faqbot's are compiled here
first (`compileall`; with PYTHONDONTWRITEBYTECODE set, Python would otherwise compile every
module of faqbot from source on every run, which no installed copy does). The first, unmeasured
run of each command also leaves the caches of `data/cache/` as any earlier command would.

`--before REF` also times `faqbot ask` as it is at git `REF` (a branch, tag or commit), from a
`git archive` of it unpacked and compiled in a temporary folder (its own `bot`, config.yaml and
FAQ, as latency.py's `--before` does), in the same interleaved runs: the code before and after,
side by side under the same load, each with its ratio to the same imports.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ASKS = ("faqbot ask (answer, quotes)", "faqbot ask --json")
COMMANDS = {
    "import numpy, yaml, rapidfuzz": [sys.executable, "-c", "import numpy, yaml, rapidfuzz"],
    "faqbot ask (answer, quotes)": [sys.executable, "-m", "bot", "ask", "how many people has iran executed"],
    "faqbot ask --json": [sys.executable, "-m", "bot", "ask", "who signed the letter", "--json"],
}


def environment(root: Path) -> dict[str, str] | None:
    """The environment of a command run in `root`: another checkout's `bot` ahead of this one."""
    if root == REPO:
        return None
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))


def timed(command: list[str], root: Path = REPO) -> tuple[float, float]:
    """Wall time of `command` run in `root`, and the CPU time (user and system) it took, which
    other load on a shared machine inflates far less."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=root, env=environment(root), check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)


def commands(before: str | None, before_root: Path | None) -> dict[str, tuple[list[str], Path]]:
    """Each row's name, command and folder: with --before, REF's asks right before this code's."""
    rows: dict[str, tuple[list[str], Path]] = {}
    for name, command in COMMANDS.items():
        if before_root is not None and name in ASKS:
            rows[f"{name} - {before}"] = (command, before_root)
            name = f"{name} - this code"
        rows[name] = (command, REPO)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--before", metavar="REF", help="also time faqbot ask at git REF, side by side")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="faqbot-before-") as exported:
        before_root = None
        if args.before:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from latency import export_ref, git_commit  # the same export as latency.py --before

            before_root = export_ref(args.before, Path(exported))  # compiled, as installed code is
            print(f"before: {args.before} = commit {git_commit(args.before)}")
        rows = commands(args.before, before_root)
        results = measure(rows, args.runs)
    imports = results["import numpy, yaml, rapidfuzz"]
    base = statistics.median(wall for wall, _ in imports)
    base_cpu = statistics.median(cpu for _, cpu in imports)
    width = max(len(name) for name in results)
    print(
        f"{'command':<{width}} {'min s':>7} {'median s':>9} {'x imports':>10} {'CPU median s':>13} {'CPU x imports':>14}"
    )
    for name, times in results.items():
        median = statistics.median(wall for wall, _ in times)
        cpu = statistics.median(c for _, c in times)
        print(
            f"{name:<{width}} {min(w for w, _ in times):>7.3f} {median:>9.3f} {median / base:>10.2f}"
            f" {cpu:>13.3f} {cpu / base_cpu:>14.2f}"
        )
    return 0


def measure(rows: dict[str, tuple[list[str], Path]], runs: int) -> dict[str, list[tuple[float, float]]]:
    """Each row's (wall, CPU) seconds, run by run."""
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in rows}
    compileall.compile_dir(REPO / "bot", quiet=1)  # faqbot's bytecode, as the dependencies have theirs
    for command, root in rows.values():
        timed(command, root)  # warm the file cache (and faqbot's data/cache/)
    from bot.progress import progress  # a bar on a terminal, plain lines otherwise (stderr)

    for _ in progress(range(runs), "startup: runs"):  # interleaved: a slow moment hits every row
        for name, (command, root) in rows.items():
            results[name].append(timed(command, root))
    return results


if __name__ == "__main__":
    sys.exit(main())
