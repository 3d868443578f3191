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


@pytest.fixture(scope="module")
def garden(tmp_path_factory) -> Engine:
    """The Persian island FAQ with the gardener (madeup.GARDENER_FA), a person named in Persian
    script, added: one fixture for the Persian reading, twin and mixed-script tests."""
    root = tmp_path_factory.mktemp("garden")
    gardener = madeup.GARDENER_FA
    knowledge, seeds = madeup.copy_island(root, f"\n{gardener.quote}\n", [gardener], knowledge=madeup.PERSIAN_KNOWLEDGE)
    return madeup.load_engine(knowledge, seeds, madeup.MatchSettings())
