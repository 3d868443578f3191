"""The bot warns in its log when the calibration was fitted on another FAQ version (at start and on reload)."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from simworld import make_config, running

from bot.calibration_file import CalibrationFile, calibration_path
from bot.engine import load_engine

pytestmark = pytest.mark.asyncio


async def test_the_bot_logs_a_stale_calibration_at_start_and_after_a_reload(base_config, small_kb, tmp_path, caplog):
    knowledge, seeds = small_kb
    config = make_config(base_config, tmp_path, knowledge=knowledge, seeds=seeds)
    engine = load_engine(knowledge, seeds, config.matching)
    fitted = CalibrationFile(
        calibration_path(knowledge), {}, faq_version=engine.kb.version, calibration_sets=("questions.yaml",)
    )
    config = dataclasses.replace(config, calibration=fitted)
    with caplog.at_level(logging.WARNING, logger="bot.discord_app.bot"):
        async with running(config, engine) as w:
            assert "calibration was fitted" not in caplog.text  # fitted on what is served: nothing to say
            bees = knowledge / "bees.yaml"
            text = bees.read_text(encoding="utf-8")
            bees.write_text(text.replace("phrasings:\n", "phrasings:\n  - what do bees make\n", 1), encoding="utf-8")
            assert await w.bot.service.reload() == []
            new = w.bot.engine.kb.version
            assert new != engine.kb.version
            assert (
                f"the calibration was fitted on FAQ version {engine.kb.version}; the FAQ is now version {new}: "
                f"run faqbot calibrate"
            ) in caplog.text
        caplog.clear()
        async with running(config, w.bot.engine):  # a restart on the edited FAQ warns at once
            assert f"the FAQ is now version {new}" in caplog.text
