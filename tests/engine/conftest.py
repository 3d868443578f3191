"""Fixtures of the engine's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, load_engine

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def made_up(config) -> Engine:
    """A second FAQ nobody tuned the rules on (bees, a volcano, a lighthouse): every engine rule
    is tested on it too, so that a rule that only works for the campaign's words fails."""
    return load_engine(REPO / "tests/data/moderation/knowledge", REPO / "tests/data/moderation/seeds", config.matching)
