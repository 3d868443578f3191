"""config.yaml is read once into typed settings; mistakes are reported with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

REPO = Path(__file__).resolve().parents[1]


def test_shipped_config_loads_with_calibrated_thresholds(config):
    m = config.matching
    assert 0 < m.suggest_threshold <= m.answer_threshold < 100
    assert m.model_weights is not None  # written by `faqbot calibrate`
    assert config.paths.knowledge == (REPO / "knowledge").resolve()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, needle, line",
    [
        ("matching:\n  answer_treshold: 50\n", "unknown setting 'matching.answer_treshold'", 2),
        ("matching:\n  answer_threshold: high\n", "must be a number", 2),
        ("paths:\n  knowledge: k\nbogus: 1\n", "unknown section 'bogus'", 3),
        ("matching: [1, 2\n", "YAML syntax error", 1),
        ("matching:\n  model_weights: {best: 1, nonsense: 2}\n", "bad value for 'matching.model_weights'", 2),
        ("matching:\n  answer_threshold: 50\n  answer_threshold: 60\n", "'answer_threshold' is set twice", 3),
        ("limits:\n  server_questions_per_min: 5\n", "unknown setting 'limits.server_questions_per_min'", 2),
        # a setting an earlier faqbot had: what replaced it, not only "unknown"
        (
            "matching:\n  min_margin: 0\n  persian_answer_offset: 7.5\n",
            "'matching.persian_answer_offset' is no longer a setting",
            3,
        ),
        ("limits:\n  auto_block_after: lots\n", "'limits.auto_block_after' must be a number", 2),
        ("limits:\n  review_per_server_per_day: -1\n", "'limits.review_per_server_per_day' must be between", 2),
        ("limits:\n  auto_block_minutes: 0\n", "'limits.auto_block_minutes' must be between 1", 2),
        # weights the ranking's bounds (Ranker.may_answer, Ranker.first, engine._may_win) take as
        # never negative; only string similarity's may count against an entry
        ("matching:\n  min_margin: 0\n  fusion_learned: -0.6\n", "'matching.fusion_learned' must not be negative", 3),
        ("matching:\n  fusion_phrase: -0.1\n", "'matching.fusion_phrase' must not be negative", 2),
        ("matching:\n  fusion_text: -1\n", "'matching.fusion_text' must not be negative", 2),
    ],
)
def test_mistakes_name_file_and_line(tmp_path, text, needle, line):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert needle in message and f"{path}:{line}" in message


def test_missing_config_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.yaml")


def test_paths_are_relative_to_the_config_file(tmp_path):
    config = load_config(write(tmp_path, "paths:\n  knowledge: kb\n"))
    assert config.paths.knowledge == tmp_path / "kb"
    assert config.paths.seeds == tmp_path / "seeds"


def test_settings_are_frozen(config):
    with pytest.raises(AttributeError):
        config.matching.answer_threshold = 1  # type: ignore[misc]


def test_abuse_limits_have_defaults_and_zero_switches_one_off(tmp_path):
    assert load_config(write(tmp_path, "")).limits.server_questions_per_minute == 30
    limits = load_config(write(tmp_path, "limits:\n  server_questions_per_minute: 0\n  auto_block_after: 3\n")).limits
    assert limits.server_questions_per_minute == 0 and limits.auto_block_after == 3
    assert limits.review_per_server_per_day == 50  # the others keep their defaults


def test_every_matching_setting_is_documented_in_config_yaml_or_named_as_calibrated(config):
    """Each field of MatchSettings can be set under `matching:`: the shipped file sets it with its
    default and a comment, or (the values `faqbot calibrate` fits) names it in its comments."""
    import dataclasses
    import re

    from bot.calibration_file import CALIBRATED
    from bot.engine import MatchSettings

    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    block = text[text.index("\nmatching:\n") : text.index("\ndiscord:\n")]
    for field in dataclasses.fields(MatchSettings):
        if field.name in CALIBRATED:
            assert re.search(rf"#.*\b{field.name}\b", block), f"{field.name} is not named in config.yaml's comments"
            continue
        line = re.search(rf"^  {field.name}:.*$", block, re.MULTILINE)
        assert line and "#" in line.group(0), f"matching.{field.name} is not documented in config.yaml"
        assert getattr(config.matching, field.name) == getattr(MatchSettings(), field.name)  # shown with its default


def test_a_negative_string_similarity_weight_is_accepted_as_the_bounds_handle_it(tmp_path):
    # Ranker.may_answer ranks in full, Ranker.first bounds with max(0, weight), engine._may_win
    # takes the similarity itself (tests/engine/test_skip_bound.py, test_collision_first.py)
    assert load_config(write(tmp_path, "matching:\n  fusion_fuzzy: -0.3\n")).matching.fusion_fuzzy == -0.3
