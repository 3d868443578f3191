"""Shared fixtures: the shipped configuration and FAQ, loaded once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.engine import Engine, load_engine

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(REPO / "config.yaml")


@pytest.fixture(scope="session")
def engine(config: Config) -> Engine:
    return load_engine(config.paths.knowledge, config.paths.seeds, config.matching)


@pytest.fixture
def kb_copy(tmp_path: Path, config: Config) -> tuple[Path, Path]:
    """A writable copy of the shipped knowledge and seeds folders: (knowledge, seeds)."""
    knowledge = tmp_path / "knowledge"
    seeds = tmp_path / "seeds"
    shutil.copytree(config.paths.knowledge, knowledge)
    shutil.copytree(config.paths.seeds, seeds)
    return knowledge, seeds
