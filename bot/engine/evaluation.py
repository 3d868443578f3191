"""Scoring a labelled question set, and calibrating the abstention model on one.

The same code serves the FAQ's own sets (`faqbot eval`, `faqbot calibrate`) and the public
benchmarks, so a figure in the README and a figure in CI are computed the same way. Calibration
must only ever see a calibration split; the evaluation set stays unseen.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import yaml

from .matcher import FEATURES, Matcher, MatchSettings, Outcome


@dataclass(frozen=True)
class Labelled:
    question: str
    entry: str | None  # None = out of scope: the bot must not answer


def load_question_set(path: Path) -> list[Labelled]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = [Labelled(str(item["q"]), str(item["entry"])) for item in data.get("in_scope", [])]
    for item in data.get("out_of_scope", []):
        items.append(Labelled(str(item["q"] if isinstance(item, dict) else item), None))
    return items


@dataclass
class Report:
    in_scope: int = 0
    correct: int = 0
    suggested_correct: int = 0  # not answered, but the right entry was among the suggestions
    wrong: int = 0  # in-scope questions answered with the wrong entry
    out_of_scope: int = 0
    oos_answered: int = 0
    confusions: Counter = field(default_factory=Counter)
    oos_answered_questions: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.in_scope if self.in_scope else 0.0

    @property
    def oos_recall(self) -> float:
        return 1 - self.oos_answered / self.out_of_scope if self.out_of_scope else 0.0

    @property
    def wrong_answer_rate(self) -> float:
        total = self.in_scope + self.out_of_scope
        return (self.wrong + self.oos_answered) / total if total else 0.0

    def lines(self) -> list[str]:
        out = [
            f"in-scope accuracy: {self.correct}/{self.in_scope} = {100 * self.accuracy:.1f}%"
            f" (+{self.suggested_correct} more offered as 'did you mean')",
            f"out-of-scope answered: {self.oos_answered}/{self.out_of_scope} (OOS recall {100 * self.oos_recall:.1f}%)",
            f"wrong-answer rate: {100 * self.wrong_answer_rate:.1f}% of all questions",
        ]
        if self.confusions:
            out.append("confusions (expected -> answered: count):")
            out += [f"  {a} -> {b}: {n}" for (a, b), n in self.confusions.most_common()]
        if self.oos_answered_questions:
            out.append("out-of-scope questions answered:")
            out += [f"  {q!r} -> {e}" for q, e in self.oos_answered_questions]
        if self.missed:
            out.append("in-scope questions not answered (expected; outcome):")
            out += [f"  {q!r} ({e}; {o})" for q, e, o in self.missed]
        return out


def evaluate(matcher: Matcher, items: Iterable[Labelled]) -> Report:
    report = Report()
    for item in items:
        result = matcher.match(item.question)
        if item.entry is None:
            report.out_of_scope += 1
            if result.outcome is Outcome.ANSWER:
                report.oos_answered += 1
                report.oos_answered_questions.append((item.question, result.entry_id or ""))
            continue
        report.in_scope += 1
        if result.outcome is Outcome.ANSWER:
            if result.entry_id == item.entry:
                report.correct += 1
            else:
                report.wrong += 1
                report.confusions[(item.entry, result.entry_id)] += 1
        else:
            if item.entry in result.suggestions:
                report.suggested_correct += 1
            report.missed.append((item.question, item.entry, result.outcome.value))
    return report


# -- calibration ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Calibration:
    weights: dict[str, float]
    bias: float
    answer_threshold: float
    suggest_threshold: float

    def apply(self, settings: MatchSettings) -> MatchSettings:
        return dataclasses.replace(
            settings,
            model_weights=self.weights,
            model_bias=self.bias,
            answer_threshold=self.answer_threshold,
            suggest_threshold=self.suggest_threshold,
        )


def _fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.1, steps: int = 50) -> np.ndarray:
    """Newton's method for L2-regularised logistic regression; the last column is the bias."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[-1] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -60, 60)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def _confidence(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 100.0 / (1.0 + np.exp(-np.clip(x @ w, -60, 60)))


def _out_of_fold_confidence(x: np.ndarray, y: np.ndarray, extra_x: np.ndarray, extra_y: np.ndarray,
                            folds: int = 5) -> np.ndarray:
    """Each labelled question's confidence from a model fitted without it (5 folds, assigned in
    turn, so the same data always gives the same thresholds).

    Thresholds picked on the very questions the model was fitted to sit where that model is
    over-sure, since it has seen those answers; questions it has not seen behave like the
    ones users will ask. The extra (self) examples always stay in the training folds.
    """
    if len(y) < 10 * folds:
        return _confidence(x, _fit_logistic(np.vstack([x, extra_x]), np.concatenate([y, extra_y])))
    conf = np.empty(len(y))
    fold = np.arange(len(y)) % folds
    for k in range(folds):
        train = fold != k
        w = _fit_logistic(np.vstack([x[train], extra_x]), np.concatenate([y[train], extra_y]))
        conf[~train] = _confidence(x[~train], w)
    return conf


def self_examples(
    matcher: Matcher, entries: Sequence[tuple[str, Sequence[str]]], per_entry: int = 8,
    max_entries: int = 40, seed: int = 0,
) -> tuple[list[list[float]], list[float]]:
    """Training rows the FAQ gives for free, to steady a model fitted on few labelled questions.

    Positives: sampled phrasings asked of an FAQ built without them, as new questions would be
    (leaving them out of the index, not just out of one view, matters because the learned word
    weights have seen every phrasing they were trained on).
    Negatives: the phrasings of an entry asked of an FAQ without that entry, which is exactly an
    on-topic question the FAQ cannot answer. Sampled, so the cost stays bounded on big FAQs.
    `matcher` is the one already built from `entries` (it supplies the settings).
    """
    rng = random.Random(seed)
    settings = matcher.settings
    rows: list[list[float]] = []
    labels: list[float] = []
    chosen = rng.sample(range(len(entries)), min(max_entries, len(entries)))
    samples = {}
    for i in chosen:
        texts = list(entries[i][1])
        # An entry keeps at least half its phrasings, so it stays findable.
        samples[i] = rng.sample(texts, min(per_entry, len(texts) // 2))
    held_out = Matcher([(eid, [t for t in texts if t not in samples.get(j, ())])
                        for j, (eid, texts) in enumerate(entries)], settings, answers=matcher.answers)
    for i in chosen:
        entry_id, _ = entries[i]
        sample = samples[i]
        for text in sample:
            ranking = held_out.rank(text)
            feats = held_out.features(ranking)
            rows.append([feats[f] for f in FEATURES] + [1.0])
            top = ranking.candidates[0].entry_id if ranking.candidates else None
            labels.append(1.0 if top == entry_id else 0.0)
        without = Matcher([e for j, e in enumerate(entries) if j != i], settings, answers=matcher.answers)
        for text in sample:
            feats = without.features(without.rank(text))
            rows.append([feats[f] for f in FEATURES] + [1.0])
            labels.append(0.0)
    return rows, labels


def calibrate(
    matcher: Matcher, items: Sequence[Labelled], wrong_cost: float = 3.0,
    entries: Sequence[tuple[str, Sequence[str]]] | None = None,
) -> Calibration:
    """Fit the confidence model and pick thresholds on labelled questions.

    Label: the best-ranked entry is the right one (never true for out-of-scope questions).
    With `entries` (the FAQ's texts) the model also learns from `self_examples`; thresholds are
    always chosen on the labelled questions alone.
    Answer threshold: maximises right answers minus `wrong_cost` × wrong answers, since a wrong
    answer about a human-rights letter costs more than an abstention. Suggest threshold: keeps
    "did you mean" for questions whose right entry is among the suggestions, and off for most
    out-of-scope ones.
    """
    rows, labels, ranks = [], [], []
    for item in items:
        ranking = matcher.rank(item.question)
        if ranking.off_topic:
            continue  # never answered whatever the model says: nothing to learn from it
        feats = matcher.features(ranking)
        rows.append([feats[f] for f in FEATURES] + [1.0])
        top = ranking.candidates[0].entry_id if ranking.candidates else None
        right = item.entry is not None and top == item.entry
        labels.append(1.0 if right else 0.0)
        ranks.append((item, ranking.candidates))
    x, y = np.array(rows), np.array(labels)
    extra_x, extra_y = np.empty((0, x.shape[1])), np.empty(0)
    if entries:
        extra_rows, extra_labels = self_examples(matcher, entries)
        extra_x, extra_y = np.array(extra_rows).reshape(-1, x.shape[1]), np.array(extra_labels)
    w = _fit_logistic(np.vstack([x, extra_x]), np.concatenate([y, extra_y]))
    weights = {f: round(float(v), 4) for f, v in zip(FEATURES, w[:-1])}
    bias = round(float(w[-1]), 4)
    conf = _out_of_fold_confidence(x, y, extra_x, extra_y)

    best_t, best_gain = 50.0, -1e9
    for t in np.arange(5.0, 99.0, 0.5):
        answered = conf >= t
        gain = float(np.sum(answered & (y == 1)) - wrong_cost * np.sum(answered & (y == 0)))
        if gain >= best_gain:  # ties go to the higher, safer threshold
            best_t, best_gain = float(t), gain
    # Suggestions are scored as rates, so that a set with few out-of-scope questions (CLINC150's
    # validation split has 30 in-scope questions for each one) still counts how often people
    # asking something else would be shown "did you mean". Showing them costs half what helping
    # an FAQ question gains: a suggestion claims nothing, and the "no match" reply points to the
    # list of questions anyway.
    n_in = max(1, sum(1 for item, _ in ranks if item.entry is not None))
    n_out = max(1, len(ranks) - n_in)
    best_s, best_sgain = best_t, -1e9
    for s in np.arange(1.0, best_t + 0.5, 0.5):
        gain = 0.0
        for (item, ranked), c in zip(ranks, conf):
            if not (s <= c < best_t):
                continue
            offered = [r.entry_id for r in ranked[: matcher.settings.max_suggestions]]
            if item.entry is None:
                gain -= 0.5 / n_out
            else:
                gain += 1.0 / n_in if item.entry in offered else -1.0 / n_in
        if gain > best_sgain:
            best_s, best_sgain = float(s), gain
    return Calibration(weights, bias, round(best_t, 1), round(best_s, 1))
