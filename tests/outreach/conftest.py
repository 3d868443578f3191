"""Fixtures for the outreach tests. Generated FAQ entries come from the Discord tests' helpers
(tests/discord/simworld.py), so there is one way to build them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "discord"))

from bot.config import Config
from bot.engine import KnowledgeBase, load_knowledge


@pytest.fixture(scope="session")
def shipped_kb(config: Config) -> KnowledgeBase:
    """The shipped FAQ as files, without the matcher: exports and share texts need no matching, and
    phrasing collisions (the FAQ is tuned while these tests are written) do not concern them."""
    return load_knowledge(config.paths.knowledge, config.paths.seeds)
