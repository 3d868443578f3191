"""The calibration lives in knowledge/_calibration.yaml, beside the FAQ it was fitted on, never in config.yaml.

The calibration runs here are on the small made-up FAQ (volcano, lighthouse, bees) with a tiny
question set made from its own files, so they take a moment and say nothing about this campaign.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
import yaml

from bot.calibration_file import CALIBRATED, calibration_path, stale_notice, write_calibration
from bot.cli import main
from bot.config import ConfigError, load_config
from bot.engine import MatchSettings
from bot.engine.knowledge import CALIBRATION_FILE, load_knowledge
from bot.moderation.watch import FileWatcher

REPO = Path(__file__).resolve().parents[1]

# The shapes of config.yaml that made the old in-place rewrite leave config.yaml unloadable
# ("'answer_threshold' is set twice"): a flow mapping, a hand-set calibrated value, a comment
# after `matching:`.
SHAPES = {
    "flow mapping": "matching: {answer_threshold: 50}\n",
    "hand-set threshold": "matching:\n  answer_threshold: 50   # stricter, set by hand\n  max_suggestions: 3\n",
    "comment after matching": "matching:   # tuned by hand\n  max_suggestions: 2\n",
}


def make_config(tmp_path: Path, knowledge: Path, seeds: Path, body: str = "") -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(
        f"# my settings\npaths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n"
        f"  database: {tmp_path / 'db.sqlite3'}\n{body}",
        encoding="utf-8",
    )
    return path


def question_set(tmp_path: Path, knowledge: Path) -> Path:
    """Labelled questions from the small FAQ's own questions, plus a few it cannot answer."""
    in_scope = []
    for path in sorted(knowledge.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        in_scope += [{"q": q, "entry": data["id"]} for q in [data["question"], *data["phrasings"][:4]]]
    out = [
        "what is the capital of peru",
        "how do i reset my password",
        "who won the football match",
        "recommend a pizza topping",
        "is it going to rain tomorrow",
    ]
    path = tmp_path / "questions.yaml"
    path.write_text(yaml.safe_dump({"in_scope": in_scope, "out_of_scope": out}), encoding="utf-8")
    return path


def test_the_shipped_config_holds_no_calibrated_value_and_the_file_beside_the_faq_does(config):
    assert not set(CALIBRATED) & set(config.matching_by_hand)
    assert config.calibration is not None
    assert config.calibration.path == REPO / "knowledge" / CALIBRATION_FILE
    # A file fitted before a value became calibrated (fusion_text) lacks it: the default applies.
    assert {"answer_threshold", "suggest_threshold", "model_bias", "model_weights"} <= set(config.calibration.values)
    for key in CALIBRATED:
        expected = config.calibration.values.get(key, getattr(MatchSettings(), key))
        assert getattr(config.matching, key) == expected
    assert config.matching.model_weights  # a fitted model, not the defaults
    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    assert CALIBRATION_FILE.removesuffix(".yaml") not in kb.entries


@pytest.mark.parametrize("shape", SHAPES)
def test_calibrate_never_touches_config_yaml_whatever_its_shape(tmp_path, small_kb, shape, capsys):
    knowledge, seeds = small_kb
    config = make_config(tmp_path, knowledge, seeds, SHAPES[shape])
    original = config.read_bytes()
    questions = question_set(tmp_path, knowledge)
    assert main(["calibrate", str(questions), "--config", str(config), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert not calibration_path(knowledge).exists()
    for _ in range(2):  # the second run used to find its own block and break the file
        assert main(["calibrate", str(questions), "--config", str(config)]) == 0
        assert config.read_bytes() == original
        loaded = load_config(config)
        assert loaded.calibration is not None and loaded.calibration.path == calibration_path(knowledge)
    by_hand = "answer_threshold" in SHAPES[shape]
    assert (loaded.matching.answer_threshold == 50.0) is by_hand
    assert loaded.matching.suggest_threshold == loaded.calibration.values["suggest_threshold"]
    assert loaded.matching.model_weights == loaded.calibration.values["model_weights"]
    assert loaded.matching.fusion_text == loaded.calibration.values["fusion_text"] == 0.0  # own words per entry
    assert ("sets matching.answer_threshold by hand" in capsys.readouterr().err) is by_hand
    assert loaded.calibration.faq_version == load_knowledge(knowledge, seeds).version
    assert main(["validate", "--config", str(config)]) == 0
    assert "notice" not in capsys.readouterr().err  # just fitted: nothing to say


def test_the_calibration_file_is_not_an_entry_and_not_part_of_the_faq_version(tmp_path, small_kb):
    knowledge, seeds = small_kb
    before = load_knowledge(knowledge, seeds)
    watcher = FileWatcher(knowledge, seeds)
    write_calibration(
        knowledge,
        {"answer_threshold": 70.0},
        faq_version=before.version,
        settings=MatchSettings(),
        calibration_sets=["questions.yaml"],
    )
    after = load_knowledge(knowledge, seeds)
    assert after.version == before.version and set(after.entries) == set(before.entries)
    assert not watcher.poll() and not watcher.poll()  # no reload for it


def test_a_value_set_by_hand_in_config_yaml_wins_over_the_calibration_file(tmp_path, small_kb):
    knowledge, seeds = small_kb
    write_calibration(
        knowledge,
        {"answer_threshold": 70.0, "suggest_threshold": 30.0},
        faq_version="x",
        settings=MatchSettings(),
        calibration_sets=[],
    )
    plain = load_config(make_config(tmp_path, knowledge, seeds))
    assert (plain.matching.answer_threshold, plain.matching.suggest_threshold) == (70.0, 30.0)
    hand = load_config(make_config(tmp_path, knowledge, seeds, "matching:\n  answer_threshold: 90\n"))
    assert (hand.matching.answer_threshold, hand.matching.suggest_threshold) == (90.0, 30.0)


def test_another_faq_folder_brings_its_own_calibration_or_runs_on_the_defaults(tmp_path, small_kb, config):
    knowledge, _ = small_kb
    other = config.with_knowledge(knowledge)
    assert other.calibration is None
    assert other.matching == dataclasses.replace(MatchSettings(), **config.matching_by_hand)
    write_calibration(
        knowledge, {"answer_threshold": 66.0}, faq_version="x", settings=MatchSettings(), calibration_sets=[]
    )
    assert config.with_knowledge(knowledge).matching.answer_threshold == 66.0


@pytest.mark.parametrize(
    "text, needle, line",
    [
        ("matching:\n  answer_threshold: [1\n", "YAML syntax error", 2),
        ("matching:\n  answer_threshold: high\n", "must be a number", 2),
        ("matching:\n  min_margin: 3\n", "'matching.min_margin' is not a calibrated value", 2),
        ("fitted_on: {}\nbogus: 1\n", "unknown section 'bogus'", 2),
        ("matching:\n  answer_threshold: 50\n  answer_threshold: 60\n", "set twice", 3),
        ("matching:\n  answer_threshold: 50\n  fusion_text: -0.5\n", "'matching.fusion_text' must not be negative", 3),
    ],
)
def test_a_broken_calibration_file_is_reported_with_file_and_line(tmp_path, small_kb, text, needle, line):
    knowledge, seeds = small_kb
    calibration_path(knowledge).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(make_config(tmp_path, knowledge, seeds))
    assert needle in str(err.value) and f"{calibration_path(knowledge)}:{line}" in str(err.value)


def test_validate_notices_a_calibration_fitted_on_another_faq_version_without_failing(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    config = make_config(tmp_path, knowledge, seeds)
    version = load_knowledge(knowledge, seeds).version
    write_calibration(
        knowledge,
        {"answer_threshold": 70.0},
        faq_version=version,
        settings=MatchSettings(),
        calibration_sets=["sets/my calibration.yaml"],
    )
    assert main(["validate", "--config", str(config)]) == 0
    assert "notice" not in capsys.readouterr().err
    bees = knowledge / "bees.yaml"
    bees.write_text(
        bees.read_text(encoding="utf-8").replace("phrasings:\n", "phrasings:\n  - what do bees make\n", 1),
        encoding="utf-8",
    )
    new_version = load_knowledge(knowledge, seeds).version
    assert main(["validate", "--config", str(config)]) == 0  # a notice, not a problem
    out, err = capsys.readouterr()
    assert out.startswith("ok: ")
    assert (
        f"{calibration_path(knowledge)}: the calibration was fitted on FAQ version {version}; "
        f"the FAQ is now version {new_version}: run faqbot calibrate --config {config}" in err
    )
    assert "my calibration.yaml" in err


def test_validate_notices_a_changed_setting_the_calibration_depends_on(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    write_calibration(
        knowledge,
        {"answer_threshold": 70.0},
        faq_version=load_knowledge(knowledge, seeds).version,
        settings=MatchSettings(),
        calibration_sets=[],
    )
    config = make_config(tmp_path, knowledge, seeds, "matching:\n  learned_epochs: 5\n")
    assert main(["validate", "--config", str(config)]) == 0
    err = capsys.readouterr().err
    assert "fitted with matching.learned_epochs 60; it is now 5" in err and "faqbot calibrate" in err


def test_no_calibration_file_means_no_notice(tmp_path, small_kb):
    assert stale_notice(None, "abc", MatchSettings(), tmp_path) is None


def test_calibrate_fits_thresholds_per_language_and_says_which_language_uses_the_english_ones(tmp_path, capsys):
    # The made-up FAQ with Persian translations (tests/data/persian): its English questions and
    # phrasings without `lang:` (English), its Persian-script phrasings as `lang: fa`, and only two
    # Finglish ones (`lang: fa-Latn`): too few for thresholds of their own.
    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "tests/data/persian/knowledge", knowledge)
    seeds = REPO / "tests/data/moderation/seeds"
    in_scope, finglish = [], []
    for path in sorted(knowledge.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        in_scope += [{"q": q, "entry": data["id"]} for q in [data["question"], *data["phrasings"]]]
        fa = data["translations"]["fa"]
        for q in [fa["question"], *fa["phrasings"]]:
            if q.isascii():
                finglish.append({"q": q, "entry": data["id"], "lang": "fa-Latn"})
            else:
                in_scope.append({"q": q, "entry": data["id"], "lang": "fa"})
    out = ["what is the capital of peru", "who won the football match", "is it going to rain tomorrow"]
    out += [{"q": q, "lang": "fa"} for q in ["پایتخت پرو کجاست؟", "بازی فوتبال دیشب رو کی برد", "فردا بارون میاد؟"]]
    out += [{"q": q, "lang": "fa"} for q in ["قیمت طلا چنده", "یه فیلم خوب معرفی کن", "ساعت چنده؟"]]
    questions = tmp_path / "questions.yaml"
    questions.write_text(
        yaml.safe_dump({"in_scope": in_scope + finglish[:2], "out_of_scope": out}, allow_unicode=True),
        encoding="utf-8",
    )
    config = make_config(tmp_path, knowledge, seeds)
    assert main(["calibrate", str(questions), "--config", str(config)]) == 0
    printed = capsys.readouterr().out
    assert "fa (" in printed and "fa-Latn (2 questions, too few): the English thresholds" in printed
    text = calibration_path(knowledge).read_text(encoding="utf-8")
    assert "# fa-Latn: no thresholds of its own (2 fa-Latn calibration questions" in text
    data = yaml.safe_load(text)
    own = data["matching"]["language_thresholds"]
    assert set(own) == {"fa"} and set(own["fa"]) == {"answer_threshold", "suggest_threshold"}
    assert data["fitted_on"]["questions"]["fa"] >= 20 and data["fitted_on"]["questions"]["fa-Latn"] == 2
    loaded = load_config(config)
    assert loaded.matching.language_thresholds == own
    assert loaded.matching.thresholds("fa") == (own["fa"]["answer_threshold"], own["fa"]["suggest_threshold"])
    english = (loaded.matching.answer_threshold, loaded.matching.suggest_threshold)
    assert loaded.matching.thresholds("fa-Latn") == english
    assert main(["validate", "--config", str(config)]) == 0


@pytest.mark.parametrize(
    "value, needle",
    [
        ("{fa: 70}", "expected a mapping from language codes"),
        ("{fa: {answer: 70}}", "expected a mapping from language codes"),
        ("{fa: {answer_threshold: 170}}", "fa.answer_threshold must be between 0 and 100"),
        ("{'not a language': {answer_threshold: 70}}", "expected a mapping from language codes"),
    ],
)
def test_bad_language_thresholds_are_reported_with_file_and_line(tmp_path, small_kb, value, needle):
    knowledge, seeds = small_kb
    config = make_config(
        tmp_path, knowledge, seeds, f"matching:\n  max_suggestions: 3\n  language_thresholds: {value}\n"
    )
    with pytest.raises(ConfigError) as err:
        load_config(config)
    assert needle in str(err.value) and f"{config}:8: bad value for 'matching.language_thresholds'" in str(err.value)


def test_a_calibration_file_from_before_language_thresholds_loads_and_validate_says_to_refit(
    tmp_path, small_kb, capsys
):
    """A calibration file written before thresholds per language (`persian_answer_offset` among
    the settings it was fitted with, no `language_thresholds`) still loads, Persian and Finglish
    then use the English thresholds, and `faqbot validate` says the calibration is out of date."""
    knowledge, seeds = small_kb
    version = load_knowledge(knowledge, seeds).version
    calibration_path(knowledge).write_text(
        "matching:\n  answer_threshold: 78.5\n  suggest_threshold: 49.5\n"
        f"fitted_on:\n  faq_version: {version}\n  calibration_sets: [calibration.yaml]\n"
        "  settings: {min_margin: 0.0, learned_epochs: 60, persian_answer_offset: 7.5}\n",
        encoding="utf-8",
    )
    config = make_config(tmp_path, knowledge, seeds)
    loaded = load_config(config)
    assert loaded.matching.thresholds("fa") == loaded.matching.thresholds("fa-Latn") == (78.5, 49.5)
    assert main(["validate", "--config", str(config)]) == 0
    err = capsys.readouterr().err
    assert "fitted with matching.persian_answer_offset 7.5, a setting this faqbot no longer has" in err, err
    assert "faqbot calibrate" in err
