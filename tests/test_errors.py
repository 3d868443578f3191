"""One error tree: everything faqbot raises on purpose descends from FaqbotError, so the CLI
prints one line for it, never a traceback."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import bot
from bot.errors import FaqbotError

REPO = Path(__file__).resolve().parent.parent


def _core_modules():
    """Every module of the package except the Discord front end (its errors are discord.py's)."""
    for info in pkgutil.walk_packages(bot.__path__, "bot."):
        if info.name.startswith(("bot.discord_app", "bot.exts", "bot.__main__")):
            continue
        yield importlib.import_module(info.name)


def test_every_error_class_of_the_core_descends_from_faqbot_error():
    found = []
    for module in _core_modules():
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, BaseException):
                found.append(cls)
                assert issubclass(cls, FaqbotError), f"{module.__name__}.{name} is outside the error tree"
    assert len(found) >= 8  # the tree drawn in bot/errors.py


def test_the_tree_in_the_docstring_names_every_root(tmp_path):
    doc = inspect.getmodule(FaqbotError).__doc__
    for module in _core_modules():
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, FaqbotError) and FaqbotError in cls.__bases__:
                assert name in doc, f"{name} is not drawn in bot/errors.py"


def test_a_database_from_a_newer_faqbot_gives_one_line_not_a_traceback(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(
        (REPO / "config.yaml")
        .read_text(encoding="utf-8")
        .replace("database: data/faqbot.sqlite3", f"database: {tmp_path / 'db.sqlite3'}"),
        encoding="utf-8",
    )
    conn = sqlite3.connect(tmp_path / "db.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    out = subprocess.run(
        [sys.executable, "-m", "bot", "stats", "--config", str(config)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "newer than this faqbot knows" in out.stderr
    assert len(out.stderr.strip().splitlines()) <= 2
