"""Shared fixtures: the shipped configuration and FAQ, loaded once per test session."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.engine import Engine, load_engine

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tests"))  # the tests' shared modules: madeup.py, labelled.py, pgserver.py


@pytest.fixture(autouse=True)
def _no_hash_secret_from_the_environment(monkeypatch):
    """A FAQBOT_HASH_SECRET of the developer's shell would make every test database share one
    secret; tests that need the variable set it themselves."""
    monkeypatch.delenv("FAQBOT_HASH_SECRET", raising=False)
    monkeypatch.delenv("FAQBOT_DATABASE_URL", raising=False)  # nor a database of the developer's


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
    import madeup

    return madeup.copy_island(tmp_path / "small")


@pytest.fixture
def kb_copy(tmp_path: Path, config: Config) -> tuple[Path, Path]:
    """A writable copy of the shipped knowledge and seeds folders: (knowledge, seeds)."""
    knowledge = tmp_path / "knowledge"
    seeds = tmp_path / "seeds"
    shutil.copytree(config.paths.knowledge, knowledge)
    shutil.copytree(config.paths.seeds, seeds)
    return knowledge, seeds


# -- PostgreSQL: a real server for the tests marked `postgres` (tests/pgserver.py) ---------------


@pytest.fixture(scope="session")
def postgres_server():
    """The test run's own PostgreSQL server; in CI a server that cannot start fails the tests."""
    import os

    from pgserver import Server

    server = Server()
    try:
        server.start()
    except (RuntimeError, OSError) as exc:
        server.stop()
        why = f"no PostgreSQL server for the tests marked postgres: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(why)
        pytest.skip(why)
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A new, empty PostgreSQL database of its own (its URL has a password, never to be shown)."""
    return postgres_server.new_database()


class StoreTarget:
    """Where a test's store lives, for either backend: `.store()` opens another Store on it (a
    restart, or a second process's connection)."""

    def __init__(self, kind: str, where: str, secret_file: Path) -> None:
        self.kind, self.where, self.secret_file = kind, where, secret_file

    def store(self, **options):
        from bot.store import store_at

        options.setdefault("secret_file", self.secret_file)
        return store_at(self.where, **options)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request, tmp_path: Path) -> StoreTarget:
    """Each store test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return StoreTarget("sqlite", str(tmp_path / "faqbot.sqlite3"), tmp_path / "faqbot.secret")
    return StoreTarget("postgres", request.getfixturevalue("postgres_url"), tmp_path / "faqbot.secret")
