"""Shared fixtures: the shipped configuration and FAQ, loaded once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.engine import Engine, load_engine

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _no_hash_secret_from_the_environment(monkeypatch):
    """A FAQBOT_HASH_SECRET of the developer's shell would make every test database share one
    secret; tests that need the variable set it themselves."""
    monkeypatch.delenv("FAQBOT_HASH_SECRET", raising=False)


@pytest.fixture(autouse=True)
def _no_env_file(monkeypatch):
    """A developer's .env (with a real DISCORD_TOKEN) must not leak into the tests, nor into the
    `faqbot` processes they start: FAQBOT_ENV_FILE="" means no .env file (bot/envfile.py)."""
    monkeypatch.setenv("FAQBOT_ENV_FILE", "")


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(REPO / "config.yaml")


@pytest.fixture(scope="session")
def engine(config: Config) -> Engine:
    return load_engine(config.paths.knowledge, config.paths.seeds, config.matching)


@pytest.fixture
def small_kb(tmp_path: Path) -> tuple[Path, Path]:
    """A writable copy of a tiny made-up FAQ (tests/data/moderation): (knowledge, seeds).

    For tests that edit an FAQ: it validates in a few milliseconds, and nobody tunes it.
    """
    knowledge = tmp_path / "small" / "knowledge"
    seeds = tmp_path / "small" / "seeds"
    shutil.copytree(REPO / "tests" / "data" / "moderation" / "knowledge", knowledge)
    shutil.copytree(REPO / "tests" / "data" / "moderation" / "seeds", seeds)
    return knowledge, seeds


@pytest.fixture
def kb_copy(tmp_path: Path, config: Config) -> tuple[Path, Path]:
    """A writable copy of the shipped knowledge and seeds folders: (knowledge, seeds)."""
    knowledge = tmp_path / "knowledge"
    seeds = tmp_path / "seeds"
    shutil.copytree(config.paths.knowledge, knowledge)
    shutil.copytree(config.paths.seeds, seeds)
    return knowledge, seeds
