"""bot/outreach is engine-side code: it never imports discord (the cogs import it, not the reverse)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_outreach_never_imports_discord():
    for path in (REPO / "bot" / "outreach").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else [])
            )
            assert not any(n.split(".")[0] == "discord" for n in names), path


def test_importing_outreach_and_export_loads_no_discord():
    code = (
        "import sys, bot.outreach, bot.outreach.export, bot.outreach.schedule; "
        "print(any(m.split('.')[0] == 'discord' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
