"""The service benchmark (benchmarks/service.py) measures what issue 14's target names: questions
through `FaqService.ask` and `record` on one core. A tiny run (20 questions); nothing here judges
the figures."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "benchmarks/service.py", "--questions", "20", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="this system cannot pin a process to a CPU")
def test_the_service_path_is_measured_on_one_core_beside_the_engine_alone():
    lines = _run()
    assert lines[0].startswith("cores: one (CPU ")
    rows = {
        m[1].strip(): (float(m[2]), float(m[3])) for line in lines if (m := re.match(r"(.+?)\s+(\d+)\s+(\d+)$", line))
    }
    assert set(rows) == {
        "Engine.ask alone",
        "FaqService ask + record, text storage off",
        "FaqService ask + record, text storage on",
    }
    assert all(wall > 0 and per_cpu > 0 for wall, per_cpu in rows.values())
    assert _run("--all-cores")[0].startswith("cores: all ")
