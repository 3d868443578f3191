"""Calibration: reproducible thresholds, chosen on questions the model was not fitted to."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.engine.evaluation import _out_of_fold_confidence, calibrate, load_question_set

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_same_questions_always_give_the_same_calibration(engine):
    items = load_question_set(DATA / "calibration.yaml")
    assert calibrate(engine.matcher, items) == calibrate(engine.matcher, items)


def test_thresholds_are_chosen_on_confidences_the_model_did_not_fit():
    """With a signal that is pure noise, a model fitted to the questions it is judged on looks
    sure of its own labels; out of fold it knows nothing, so no threshold would answer them."""
    rng = np.random.default_rng(0)
    x = np.hstack([rng.normal(size=(200, 15)), np.ones((200, 1))])
    y = (rng.random(200) < 0.5).astype(float)
    none = np.empty((0, 16)), np.empty(0)
    held_out = _out_of_fold_confidence(x, y, *none)
    right, wrong = held_out[y == 1], held_out[y == 0]
    assert abs(np.median(right) - np.median(wrong)) < 10  # no separation on unseen questions
    # The in-sample fit (what thresholds were picked on before) does separate them.
    from bot.engine.evaluation import _confidence, _fit_logistic
    fitted = _confidence(x, _fit_logistic(x, y))
    assert np.median(fitted[y == 1]) - np.median(fitted[y == 0]) > np.median(right) - np.median(wrong)
