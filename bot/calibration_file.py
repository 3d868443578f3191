"""The calibration file: what `faqbot calibrate` fitted, kept beside the FAQ it was fitted on.

`faqbot calibrate` writes `knowledge/_calibration.yaml` (CALIBRATION_FILE in the knowledge folder
in use), atomically, and never touches config.yaml: config.yaml holds settings people write, this
file holds numbers a program fitted. It records:

- `matching:` the calibrated settings (CALIBRATED below): the English thresholds
  (`answer_threshold`, `suggest_threshold`), each other language's own (`language_thresholds`:
  `fa` Persian script, `fa-Latn` Finglish), the confidence model and the text view's weight in
  the ranking;
- `fitted_on:` the FAQ version they were fitted on (the knowledge base's content hash), the
  calibration sets used, how many of their questions each language's thresholds were chosen on
  (`questions`; a language with too few has none of its own and uses the English thresholds,
  which a comment at the top also says), and every other matching setting in force then
  (learned_epochs, the semantic model, ...), since each changes the scores the model was fitted to.

config.py reads it once, with config.yaml: defaults < this file < config.yaml. A value set by hand
under `matching:` in config.yaml wins over the same value here (for trying a threshold without
recalibrating). When the FAQ or those settings have changed since, `stale_reasons` says how;
`faqbot validate` prints it as a notice and the bot logs it as a warning: the old numbers still
work, but recalibrating fits them to what is served now.

The file lives in the knowledge folder, so another FAQ (`--knowledge DIR`) brings its own
calibration, or runs on the defaults when it has none. Its name starts with "_", which no entry
id can: the knowledge loader skips it, it is not part of the FAQ version, and the file watcher
does not reload on it (the bot reads it at start: restart it after recalibrating).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .atomic import atomic_write_text
from .engine import CALIBRATION_FILE, FEATURES, MIN_LANGUAGE_QUESTIONS, THRESHOLD_KEYS, MatchSettings, i18n

ENGLISH = i18n.EN
LANGUAGES = (ENGLISH, "fa", "fa-Latn")  # the languages the engine tells apart (persian.language)

CALIBRATED = (
    "answer_threshold",
    "suggest_threshold",
    "language_thresholds",
    "model_bias",
    "model_weights",
    "fusion_text",
)

HEADER = """\
# Written by `faqbot calibrate`: do not edit by hand; run it again instead (see docs/moderators.md).
# Not an FAQ entry. A value set under `matching:` in config.yaml wins over the same value here.
"""


@dataclass(frozen=True)
class CalibrationFile:
    """The calibration file as read (config.py checks its types and reports file:line)."""

    path: Path
    values: Mapping[str, Any]  # some of CALIBRATED, typed as in MatchSettings
    faq_version: str = ""  # "" when the file does not say
    calibration_sets: tuple[str, ...] = ()  # relative to the config file's folder
    questions: Mapping[str, int] = field(default_factory=dict)  # labelled questions per language
    settings: Mapping[str, Any] = field(default_factory=dict)  # the other matching settings then


def calibration_path(knowledge_dir: Path) -> Path:
    return Path(knowledge_dir) / CALIBRATION_FILE


def fitted_settings(settings: MatchSettings) -> dict[str, Any]:
    """The matching settings that shape the scores a calibration is fitted to (all but CALIBRATED)."""
    return {f.name: getattr(settings, f.name) for f in dataclasses.fields(MatchSettings) if f.name not in CALIBRATED}


def render(
    values: Mapping[str, Any],
    *,
    faq_version: str,
    settings: MatchSettings,
    calibration_sets: Sequence[str],
    questions: Mapping[str, int] | None = None,
) -> str:
    weights = values.get("model_weights")
    matching: dict[str, Any] = {
        key: values[key] for key in CALIBRATED if values.get(key) is not None and key != "model_weights"
    }
    if "language_thresholds" in matching:
        matching["language_thresholds"] = {
            lang: {key: float(own[key]) for key in THRESHOLD_KEYS if key in own}
            for lang, own in sorted(matching["language_thresholds"].items())
        }
    if weights is not None:
        matching["model_weights"] = {name: float(weights[name]) for name in FEATURES if name in weights}
    fitted: dict[str, Any] = {"faq_version": faq_version, "calibration_sets": list(calibration_sets)}
    if questions:
        fitted["questions"] = dict(questions)
    fitted["settings"] = fitted_settings(settings)
    data = {"matching": matching, "fitted_on": fitted}
    return (
        HEADER
        + _language_notes(values.get("language_thresholds") or {}, questions or {})
        + yaml.safe_dump(data, sort_keys=False, default_flow_style=None, width=10_000, allow_unicode=True)
    )


def _language_notes(own: Mapping[str, Any], questions: Mapping[str, int]) -> str:
    """Comment lines: which languages have thresholds of their own, and which use the English ones."""
    lines = []
    for lang in sorted(set(LANGUAGES) | set(questions) | set(own)):
        if lang == ENGLISH:
            continue
        if lang in own:
            lines.append(f"# {lang}: thresholds of its own, fitted on {questions.get(lang, '?')} {lang} questions.")
        else:
            lines.append(
                f"# {lang}: no thresholds of its own ({questions.get(lang, 0)} {lang} calibration questions, "
                f"fewer than {MIN_LANGUAGE_QUESTIONS}): the English thresholds are used."
            )
    return "".join(line + "\n" for line in lines)


def write_calibration(
    knowledge_dir: Path,
    values: Mapping[str, Any],
    *,
    faq_version: str,
    settings: MatchSettings,
    calibration_sets: Sequence[str],
    questions: Mapping[str, int] | None = None,
) -> Path:
    """Write the calibration file of `knowledge_dir` atomically; returns its path."""
    path = calibration_path(knowledge_dir)
    atomic_write_text(
        path,
        render(
            values, faq_version=faq_version, settings=settings, calibration_sets=calibration_sets, questions=questions
        ),
    )
    return path


def set_names(paths: Sequence[Path], base: Path) -> list[str]:
    """Calibration set paths as recorded: relative to the config file's folder when inside it."""
    names = []
    for path in paths:
        resolved = Path(path).resolve()
        try:
            names.append(resolved.relative_to(base.resolve()).as_posix())
        except ValueError:
            names.append(str(resolved))
    return names


def stale_reasons(calibration: CalibrationFile, faq_version: str, settings: MatchSettings) -> list[str]:
    """How the FAQ or the matching settings differ from those the calibration was fitted on."""
    reasons = []
    if not calibration.faq_version:
        reasons.append("the calibration does not say which FAQ version it was fitted on")
    elif calibration.faq_version != faq_version:
        reasons.append(
            f"the calibration was fitted on FAQ version {calibration.faq_version}; the FAQ is now version {faq_version}"
        )
    now = fitted_settings(settings)
    for key, then in calibration.settings.items():
        if key in now and now[key] != then:
            reasons.append(f"it was fitted with matching.{key} {then!r}; it is now {now[key]!r}")
        elif key not in now and key not in CALIBRATED:
            # written by an earlier faqbot ("persian_answer_offset", before thresholds per language)
            reasons.append(f"it was fitted with matching.{key} {then!r}, a setting this faqbot no longer has")
    return reasons


def calibrate_command(calibration: CalibrationFile, base: Path, extra: Sequence[str] = ()) -> str:
    """The command that fits the calibration again on the same sets, runnable from this folder."""
    files = []
    for name in calibration.calibration_sets:
        path = (base / name).resolve()
        try:
            files.append(os.path.relpath(path))
        except ValueError:  # another drive (Windows)
            files.append(str(path))
    return " ".join(["faqbot calibrate", *extra, *(files or ["CALIBRATION_SET.yaml"])])


def stale_notice(
    calibration: CalibrationFile | None,
    faq_version: str,
    settings: MatchSettings,
    base: Path,
    extra: Sequence[str] = (),
) -> str | None:
    """One line for `faqbot validate` and the bot's log, or None when the calibration is current."""
    if calibration is None:
        return None
    reasons = stale_reasons(calibration, faq_version, settings)
    if not reasons:
        return None
    return f"{calibration.path}: {'; '.join(reasons)}: run {calibrate_command(calibration, base, extra)}"
