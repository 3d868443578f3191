"""Fixtures for the Discord tests; the helpers themselves live in simworld.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from simworld import REPO, make_config, running

from bot.config import Config, load_config
from bot.engine import Engine, KnowledgeError, load_engine, load_knowledge


@pytest.fixture(scope="session")
def base_config() -> Config:
    return load_config(REPO / "config.yaml")


@pytest.fixture(scope="session")
def faq_engine(base_config: Config, request: pytest.FixtureRequest) -> Engine:
    """The shipped FAQ: the session's one (tests/conftest.py `engine`; the bots only read it, and
    a second build of the same files cost every run seconds). The FAQ is edited while these tests
    are written; a phrasing collision (which `faqbot validate` reports to the editors) must not
    stop the Discord tests, so on collisions alone the engine is built without that check."""
    try:
        return request.getfixturevalue("engine")
    except KnowledgeError as exc:
        if not all("collision" in p.message for p in exc.problems):
            raise
        kb = load_knowledge(base_config.paths.knowledge, base_config.paths.seeds)
        return Engine.build(kb, base_config.matching)


@pytest.fixture
def world_factory(base_config: Config, faq_engine: Engine, tmp_path: Path):
    """`async with world_factory(**config overrides) as w:` — a running bot in a simulated server."""

    def factory(
        engine: Engine | None = None, *, approved_intents=None, shard_count=None, settle_timeout=None, **overrides
    ):
        config = make_config(base_config, tmp_path, **overrides)
        if engine is None and "knowledge" in overrides:  # a copy of an FAQ to edit: serve that one
            engine = load_engine(config.paths.knowledge, config.paths.seeds, config.matching)
        return running(
            config,
            engine or faq_engine,
            approved_intents=approved_intents,
            shard_count=shard_count,
            settle_timeout=settle_timeout,
        )

    return factory
