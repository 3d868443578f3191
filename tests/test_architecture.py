"""Boundaries that keep faqbot fast to test and safe to run."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_engine_and_cli_never_import_discord_at_module_level():
    for path in [
        *(REPO / "bot" / "engine").rglob("*.py"),
        REPO / "bot" / "cli.py",
        REPO / "bot" / "config.py",
        REPO / "bot" / "console.py",
    ]:
        assert "discord" not in _imports(path), path


def test_moderation_never_imports_discord():
    """Editing, the audit log, review and statistics are shared by the CLI: no Discord in them."""
    for path in (REPO / "bot" / "moderation").glob("*.py"):
        assert "discord" not in _imports(path), path
    code = "import sys, bot.moderation, bot.store; print(any(m.split('.')[0] == 'discord' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_privacy_never_imports_discord():
    """What is stored about people is decided in plain Python, tested without Discord."""
    for path in (REPO / "bot" / "privacy").glob("*.py"):
        assert "discord" not in _imports(path), path
    code = "import sys, bot.privacy.policy, bot.privacy.secret; print(any(m.split('.')[0] == 'discord' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_importing_the_engine_loads_no_discord():
    code = "import sys, bot.engine, bot.cli, bot.config; print(any(m.split('.')[0] == 'discord' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


# A Discord bot token: base64 user id, a dot, a 6-character timestamp, a dot, an HMAC.
TOKEN_SHAPE = re.compile(r"\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}\b")


def test_token_shape_is_recognised():
    made_up = ".".join(
        ["MTIzNDU2Nzg5MDEyMzQ1Njc4OQ", "GhIjKl", "abcdefghijklmnopqrstuvwxyz012345"]
    )  # not a literal here
    assert TOKEN_SHAPE.search(made_up)
    assert not TOKEN_SHAPE.search("bot.engine.matcher and www.example.org/faq.html#executions")


def test_no_token_in_committed_files():
    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=REPO).stdout.split()
    for name in tracked:
        path = REPO / name
        if path.suffix in {
            ".yaml",
            ".yml",
            ".toml",
            ".py",
            ".md",
            ".cfg",
            ".ini",
            ".env",
            ".json",
            ".html",
            ".txt",
            "",
        }:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not TOKEN_SHAPE.search(text), name
            # An assignment with a value; empty (.env.example), "..." and placeholders are fine.
            assert not re.search("DISCORD_TOKEN" + r"=(?!\.\.\.)[^\s\"'${`]", text), name


def _top_level_modules() -> list[str]:
    """`bot.x` for every module and package directly under bot/ (bot itself left out)."""
    names = [p.stem for p in (REPO / "bot").glob("*.py") if p.stem != "__init__"]
    names += [p.name for p in (REPO / "bot").iterdir() if (p / "__init__.py").is_file()]
    return sorted(f"bot.{name}" for name in names)


def test_every_module_under_bot_has_a_floor_in_the_layers_contract_and_the_architecture_page():
    """A module left out of the layers contract is checked by nothing: it could import the Discord
    front end, or be imported by the engine, and `make lint` would stay green."""
    import tomllib

    contracts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    (layers,) = [c["layers"] for c in contracts["contracts"] if c["type"] == "layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    modules = _top_level_modules()
    assert {"bot.engine", "bot.service", "bot.cli", "bot.cli_sources"} <= set(modules)
    assert [m for m in modules if m not in placed] == [], "add it to [tool.importlinter] layers in pyproject.toml"
    named = [m for m in modules if re.search(rf"(?<![\w.]){re.escape(m)}(?![\w])", page)]
    assert [m for m in modules if m not in named and m != "bot.__main__"] == [], "name it in docs/architecture.md"
