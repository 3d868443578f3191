"""The startup benchmark's --before (benchmarks/startup.py): `faqbot ask` of another commit is
timed from an export of that commit, each of its rows right before this code's, beside the same
imports. Nothing here judges the times."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_startup", REPO / "benchmarks" / "startup.py")
startup = importlib.util.module_from_spec(spec)
spec.loader.exec_module(startup)
spec = importlib.util.spec_from_file_location("bench_latency_export", REPO / "benchmarks" / "latency.py")
latency = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latency)


def test_before_rows_run_the_exported_code_each_right_before_this_codes(tmp_path):
    root = latency.export_ref("HEAD", tmp_path)
    rows = startup.commands("main", root)
    names = list(rows)
    assert names[0] == "import numpy, yaml, rapidfuzz" and rows[names[0]][1] == startup.REPO
    for ask in startup.ASKS:
        before, after = names.index(f"{ask} - main"), names.index(f"{ask} - this code")
        assert after == before + 1
        assert rows[names[before]] == (startup.COMMANDS[ask], root)
        assert rows[names[after]] == (startup.COMMANDS[ask], startup.REPO)
    where = [sys.executable, "-c", "import bot; print(bot.__file__)"]
    for folder in (root, startup.REPO):
        out = subprocess.run(where, cwd=folder, env=startup.environment(folder), capture_output=True, text=True)
        assert Path(out.stdout.strip()).resolve().parent == (Path(folder) / "bot").resolve()


def test_without_before_the_rows_are_this_codes_alone():
    rows = startup.commands(None, None)
    assert list(rows) == list(startup.COMMANDS) and {root for _, root in rows.values()} == {startup.REPO}
