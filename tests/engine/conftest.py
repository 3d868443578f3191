"""Fixtures of the engine's tests."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Engine


@pytest.fixture(scope="module")
def made_up(config) -> Engine:
    """A second FAQ nobody tuned the rules on (bees, a volcano, a lighthouse): every engine rule
    is tested on it too, so that a rule that only works for the campaign's words fails."""
    return madeup.island(config.matching)
