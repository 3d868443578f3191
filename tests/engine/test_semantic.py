"""The optional sentence-embedding view, driven by a small stand-in encoder (no model needed)."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import madeup
import numpy as np
import pytest

from bot.engine import Matcher, MatchSettings
from bot.engine.semantic import SemanticUnavailable, load_encoder

REPO = Path(__file__).resolve().parents[2]

# Words that mean the same thing share a dimension, as a real sentence model would place them close.
CONCEPTS = {
    "executed": 0,
    "executions": 0,
    "hanged": 0,
    "killed": 0,
    "death": 0,
    "visa": 1,
    "visas": 1,
    "entry": 1,
    "admit": 1,
    "rapporteurs": 2,
    "experts": 2,
    "investigators": 2,
}


def concept_encoder(texts: list[str]) -> np.ndarray:
    rows = np.zeros((len(texts), 64), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in text.split():
            rows[i, CONCEPTS.get(word, 8 + zlib.crc32(word.encode()) % 56)] += 1.0
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


ENTRIES = [
    ("executions", ["how many people were executed", "number of executions"]),
    ("visas", ["does iran give visas to rapporteurs", "visa refusals for rapporteurs"]),
    ("date", ["when was the letter dated", "date of the letter"]),
]


def test_meaning_finds_an_entry_that_shares_no_word_with_the_question():
    question = "hanged killed?"
    assert Matcher(ENTRIES).rank(question).candidates == ()  # no word in common
    ranked = Matcher(ENTRIES, encoder=concept_encoder).rank(question).candidates
    assert ranked[0].entry_id == "executions" and ranked[0].semantic > 0.5


def test_meaning_and_words_are_fused_not_replaced():
    with_meaning = Matcher(ENTRIES, encoder=concept_encoder)
    ranked = with_meaning.rank("do investigators get entry visas").candidates
    assert ranked[0].entry_id == "visas"
    features = with_meaning.features(with_meaning.rank("do investigators get entry visas"))
    assert features["sem_best"] > 0 and features["sem_margin"] > 0


def test_a_phrasing_left_out_for_the_collision_check_is_left_out_by_meaning_too():
    matcher = Matcher(ENTRIES, encoder=concept_encoder)
    text = "number of executions"
    own = matcher.rank(text).candidates[0]
    without = next(r for r in matcher.rank(text, exclude=("executions", text)).candidates if r.entry_id == "executions")
    assert own.semantic == pytest.approx(1.0, abs=1e-5) and without.semantic < 0.99


def test_off_by_default_and_features_stay_zero():
    matcher = Matcher(ENTRIES)
    features = matcher.features(matcher.rank("how many people were executed"))
    assert features["sem_best"] == 0.0 and features["sem_margin"] == 0.0
    assert MatchSettings().semantic_model == ""


def test_a_model_that_cannot_load_is_a_clear_error():
    with pytest.raises(SemanticUnavailable, match=r"semantic|sentence"):
        load_encoder("/no/such/model-folder")


def test_the_cli_reports_a_missing_model_without_a_traceback(tmp_path):
    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    text = text.replace("knowledge: knowledge", f"knowledge: {REPO / 'knowledge'}").replace(
        "seeds: seeds", f"seeds: {REPO / 'seeds'}"
    )
    assert 'semantic_model: ""' in text
    text = text.replace('semantic_model: ""', "semantic_model: /no/such/model-folder", 1)
    config = tmp_path / "config.yaml"
    config.write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "who signed?", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "semantic" in proc.stderr or "sentence" in proc.stderr


# Entries whose phrasings share meaning but no word with another entry's ("hanged" is "killed").
BY_MEANING = [
    ("executions", ["killed death", "number of deaths"]),
    ("visas", ["hanged", "visa refusals for rapporteurs", "entry refused"]),
    ("date", ["when was the letter dated", "date of the letter"]),
]


@pytest.mark.parametrize("settings", [MatchSettings(), MatchSettings(rerank_candidates=2)])
def test_the_edit_check_finds_every_phrasing_an_entry_would_take_by_meaning(settings):
    # After an edit only the phrasings the edited entry might win are checked for collisions
    # (engine._may_win); with the meaning view on, an entry wins phrasings it shares no word with
    # ("hanged" goes to the executions).
    madeup.assert_edit_check_keeps_what_is_won(Matcher(BY_MEANING, settings, encoder=concept_encoder), BY_MEANING)
