"""Scoring a labelled question set, and calibrating the abstention model on one.

The same code serves the FAQ's own sets (`faqbot eval`, `faqbot calibrate`) and the public
benchmarks, so a figure in docs/engine.md and a figure in CI are computed the same way. Calibration
must only ever see a calibration split; the evaluation set stays unseen.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import FaqbotError
from .knowledge import LANGUAGE_PATTERN
from .matcher import ENGLISH, FEATURES, MIN_LANGUAGE_QUESTIONS, Matcher, MatchSettings
from .ranking import Ranked


@dataclass(frozen=True)
class Labelled:
    question: str
    entry: str | None  # None = out of scope: the bot must not answer
    # A question close to `entry` that the FAQ cannot fully answer: a refusal, a "did you mean"
    # or a partial answer (with a caveat) is right; an answer as if in full is the failure.
    near_topic: bool = False
    # The question's language, when the set says ("fa", "fa-Latn" for Finglish, "en"): `faqbot
    # eval` then reports each language on its own as well.
    lang: str | None = None

    @property
    def in_scope(self) -> bool:
        return self.entry is not None and not self.near_topic


class QuestionSetError(FaqbotError, ValueError):
    """A labelled question set that cannot be read; the message is `file:line: problem`."""


def load_question_set(path: Path) -> list[Labelled]:
    """Read `in_scope: [{q, entry}]`, `out_of_scope: [q or {q}]` and, optionally,
    `near_topic: [{q, entry}]`. Raises QuestionSetError naming the file and line of a problem."""
    from .yamlfile import YamlSyntaxError, load_located

    try:
        located = load_located(Path(path).read_text(encoding="utf-8"))
    except YamlSyntaxError as exc:
        raise QuestionSetError(f"{path}:{exc.line}: {exc}") from None
    except UnicodeDecodeError:
        raise QuestionSetError(f"{path}:1: not UTF-8 text") from None
    data = located.data or {}
    if not isinstance(data, dict):
        raise QuestionSetError(f"{path}:1: expected the sections in_scope, out_of_scope, near_topic")

    def section(name: str) -> list:
        value = data.get(name) or []
        if not isinstance(value, list):
            raise QuestionSetError(f"{path}:{located.line(name)}: {name}: expected a list")
        return value

    def field_(name: str, i: int, item, key: str) -> str:
        value = item.get(key) if isinstance(item, dict) else None
        if value is None or isinstance(value, (dict, list)) or str(value).strip() == "":
            raise QuestionSetError(f"{path}:{located.line(name, i)}: {name}: item {i + 1} needs `{key}`")
        return str(value)

    def lang(name: str, i: int, item) -> str | None:
        value = item.get("lang") if isinstance(item, dict) else None
        if value is None:
            return None
        if not isinstance(value, str) or not LANGUAGE_PATTERN.match(value):
            raise QuestionSetError(
                f"{path}:{located.line(name, i, 'lang')}: {name}: item {i + 1}: "
                "`lang` must be a language code such as en, fa or fa-Latn"
            )
        return value

    items = [
        Labelled(field_("in_scope", i, x, "q"), field_("in_scope", i, x, "entry"), lang=lang("in_scope", i, x))
        for i, x in enumerate(section("in_scope"))
    ]
    for i, x in enumerate(section("out_of_scope")):
        question = str(x) if not isinstance(x, dict) else field_("out_of_scope", i, x, "q")
        items.append(Labelled(question, None, lang=lang("out_of_scope", i, x)))
    items += [
        Labelled(
            field_("near_topic", i, x, "q"),
            field_("near_topic", i, x, "entry"),
            near_topic=True,
            lang=lang("near_topic", i, x),
        )
        for i, x in enumerate(section("near_topic"))
    ]
    return items


def answer_scope(reply) -> str | None:
    """ "full", "partial" (answered with a caveat saying what the sources do not give) or None
    (not answered: a refusal or "did you mean").

    The one place evaluation reads a reply's scope. `reply` is an engine `Reply` or a bare
    `MatchResult`; one without `scope` (a matcher alone, which never answers partially) is a
    full answer whenever it answers.
    """
    return getattr(reply, "scope", "full" if reply.answered else None)


NOT_ANSWERED = object()  # the class "not answered" in the MCC's confusion matrix: no entry id


def matthews_corrcoef(y_true: Sequence, y_pred: Sequence) -> float:
    """Multi-class Matthews correlation coefficient, computed as scikit-learn's
    `matthews_corrcoef` does (Gorodkin's R_K): from the confusion matrix C over every label seen,
    (c·s − Σ p_k·t_k) / sqrt((s² − Σ p_k²)(s² − Σ t_k²)), with c the correct predictions, s the
    samples, t_k / p_k how often class k is true / predicted; 0.0 when either side has no
    variance (one class only). Labels can be any hashable values.
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"y_true has {len(y_true)} labels, y_pred {len(y_pred)}")
    index: dict = {}
    t = np.array([index.setdefault(v, len(index)) for v in y_true], dtype=np.int64)
    p = np.array([index.setdefault(v, len(index)) for v in y_pred], dtype=np.int64)
    k = len(index)
    if k == 0:
        return 0.0
    confusion = np.bincount(t * k + p, minlength=k * k).reshape(k, k).astype(np.float64)
    t_sum, p_sum = confusion.sum(axis=1), confusion.sum(axis=0)
    correct, samples = np.trace(confusion), confusion.sum()
    cov_tp = correct * samples - p_sum @ t_sum
    cov_pp = samples**2 - p_sum @ p_sum
    cov_tt = samples**2 - t_sum @ t_sum
    if cov_pp * cov_tt == 0:
        return 0.0
    return float(cov_tp / np.sqrt(cov_pp * cov_tt))


def _rate(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


@dataclass
class Report:
    in_scope: int = 0
    correct: int = 0  # in-scope questions answered with the right entry, in full or partially
    correct_partial: int = 0  # ... of which partially (with a caveat)
    suggested_correct: int = 0  # not answered, but the right entry was among the suggestions
    wrong: int = 0  # in-scope questions answered with the wrong entry
    out_of_scope: int = 0
    oos_answered: int = 0
    oos_answered_partial: int = 0
    near_topic: int = 0
    near_topic_answered_full: int = 0  # the failure: a broader entry's answer given as if it fit
    near_topic_answered_partial: int = 0
    partial: int = 0  # partial answers to any question: right, wrong, out of scope or near-topic
    confusions: Counter = field(default_factory=Counter)
    oos_answered_questions: list[tuple[str, str]] = field(default_factory=list)
    near_topic_full_questions: list[tuple[str, str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    # In-scope and out-of-scope questions only: the expected and the given class (an entry id,
    # or NOT_ANSWERED), for the MCC.
    expected: list = field(default_factory=list)
    given: list = field(default_factory=list)
    # The same figures for each language, when the set's items carry `lang` (others count as "en").
    languages: dict[str, Report] = field(default_factory=dict)

    @property
    def correct_full(self) -> int:
        return self.correct - self.correct_partial

    @property
    def accuracy(self) -> float:
        return self.correct / self.in_scope if self.in_scope else 0.0

    @property
    def full_accuracy(self) -> float:
        return self.correct_full / self.in_scope if self.in_scope else 0.0

    @property
    def oos_recall(self) -> float:
        return 1 - self.oos_answered / self.out_of_scope if self.out_of_scope else 0.0

    @property
    def questions(self) -> int:
        return self.in_scope + self.out_of_scope + self.near_topic

    @property
    def wrong_answer_rate(self) -> float:
        total = self.in_scope + self.out_of_scope
        return (self.wrong + self.oos_answered) / total if total else 0.0

    @property
    def partial_rate(self) -> float:
        return self.partial / self.questions if self.questions else 0.0

    @property
    def overall_accuracy(self) -> float:
        """In-scope questions answered with the right entry and out-of-scope ones not answered,
        over both (near-topic questions are scored on their own)."""
        total = self.in_scope + self.out_of_scope
        return (self.correct + self.out_of_scope - self.oos_answered) / total if total else 0.0

    @property
    def mcc(self) -> float:
        return matthews_corrcoef(self.expected, self.given)

    def to_json(self, file: str | None = None) -> dict:
        """The `faqbot eval --json` object (and `benchmarks/accuracy.py --json`'s figures):
        rates are fractions 0-1, null when their set is empty."""
        total = self.in_scope + self.out_of_scope
        return {
            "file": file,
            "questions": self.questions,
            "in_scope": self.in_scope,
            "out_of_scope": self.out_of_scope,
            "near_topic": self.near_topic,
            "correct": self.correct,
            "correct_full": self.correct_full,
            "correct_partial": self.correct_partial,
            "suggested_correct": self.suggested_correct,
            "wrong": self.wrong,
            "oos_answered": self.oos_answered,
            "oos_answered_partial": self.oos_answered_partial,
            "partial": self.partial,
            "near_topic_answered_full": self.near_topic_answered_full,
            "near_topic_answered_partial": self.near_topic_answered_partial,
            "in_scope_accuracy": _rate(self.correct, self.in_scope),
            "in_scope_full_accuracy": _rate(self.correct_full, self.in_scope),
            "oos_recall": _rate(self.out_of_scope - self.oos_answered, self.out_of_scope),
            "wrong_answer_rate": _rate(self.wrong + self.oos_answered, total),
            "partial_rate": _rate(self.partial, self.questions),
            "overall_accuracy": _rate(self.correct + self.out_of_scope - self.oos_answered, total),
            "mcc": round(self.mcc, 4) if total else None,
            **(
                {"languages": {lang: _without_file(r.to_json()) for lang, r in sorted(self.languages.items())}}
                if self.languages
                else {}
            ),
        }

    def lines(self) -> list[str]:
        out = [
            f"in-scope accuracy: {self.correct}/{self.in_scope} = {100 * self.accuracy:.1f}%"
            f" (+{self.suggested_correct} more offered as 'did you mean')",
            f"out-of-scope answered: {self.oos_answered}/{self.out_of_scope} (OOS recall {100 * self.oos_recall:.1f}%)",
            f"wrong-answer rate: {100 * self.wrong_answer_rate:.1f}% of all questions",
            f"answered in full: {self.correct_full}/{self.in_scope} = {100 * self.full_accuracy:.1f}% of in-scope;"
            f" partial answers (with a caveat): {self.partial} of {self.questions} questions"
            f" ({self.correct_partial} in scope with the right entry)",
            f"overall accuracy: {100 * self.overall_accuracy:.1f}%; MCC {self.mcc:.3f}",
        ]
        if self.languages:
            out.append("per language:")
            for lang, r in sorted(self.languages.items()):
                out.append(
                    f"  {lang}: in-scope {r.correct}/{r.in_scope} = {100 * r.accuracy:.1f}%"
                    f" ({r.correct_full} in full, +{r.suggested_correct} 'did you mean', {r.wrong} wrong);"
                    f" out-of-scope answered {r.oos_answered}/{r.out_of_scope}"
                )
        if self.near_topic:
            out.append(
                f"near-topic answered as if in full: {self.near_topic_answered_full}/{self.near_topic}"
                f" (partially {self.near_topic_answered_partial}, refused or 'did you mean'"
                f" {self.near_topic - self.near_topic_answered_full - self.near_topic_answered_partial})"
            )
        if self.confusions:
            out.append("confusions (expected -> answered: count):")
            out += [f"  {a} -> {b}: {n}" for (a, b), n in self.confusions.most_common()]
        if self.oos_answered_questions:
            out.append("out-of-scope questions answered:")
            out += [f"  {q!r} -> {e}" for q, e in self.oos_answered_questions]
        if self.near_topic_full_questions:
            out.append("near-topic questions answered as if in full (near; answered):")
            out += [f"  {q!r} ({n}; {e})" for q, n, e in self.near_topic_full_questions]
        if self.missed:
            out.append("in-scope questions not answered (expected; outcome):")
            out += [f"  {q!r} ({e}; {o})" for q, e, o in self.missed]
        return out


def _without_file(obj: dict) -> dict:
    obj.pop("file", None)
    return obj


def evaluate(responder, items: Iterable[Labelled]) -> Report:
    """Score `items` on an `Engine` (its `ask` replies, which may be partial answers) or on
    anything with a `Matcher`'s `match` (answers are then always full). Items that carry `lang`
    are also scored per language (`Report.languages`; items without count as "en")."""
    ask = responder.ask if hasattr(responder, "ask") else responder.match
    items = list(items)
    report = Report()
    by_language = any(item.lang for item in items)
    for item in items:
        reply = ask(item.question)
        _score(report, item, reply)
        if by_language:
            _score(report.languages.setdefault(item.lang or "en", Report()), item, reply)
    return report


def _score(report: Report, item: Labelled, reply) -> None:
    """Add one question's outcome to `report`."""
    result = getattr(reply, "result", reply)
    scope = answer_scope(reply)
    entry_id = result.entry_id if scope else None
    if scope == "partial":
        report.partial += 1
    if item.near_topic:
        report.near_topic += 1
        if scope == "full":
            report.near_topic_answered_full += 1
            report.near_topic_full_questions.append((item.question, item.entry or "", entry_id or ""))
        elif scope == "partial":
            report.near_topic_answered_partial += 1
        return
    report.expected.append(item.entry if item.entry is not None else NOT_ANSWERED)
    report.given.append(entry_id if scope else NOT_ANSWERED)
    if item.entry is None:
        report.out_of_scope += 1
        if scope:
            report.oos_answered += 1
            report.oos_answered_partial += scope == "partial"
            report.oos_answered_questions.append((item.question, entry_id or ""))
        return
    report.in_scope += 1
    if scope:
        if entry_id == item.entry:
            report.correct += 1
            report.correct_partial += scope == "partial"
        else:
            report.wrong += 1
            report.confusions[(item.entry, entry_id)] += 1
    else:
        if item.entry in result.suggestions:
            report.suggested_correct += 1
        report.missed.append((item.question, item.entry, result.outcome.value))


# -- calibration ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Calibration:
    weights: dict[str, float]
    bias: float
    answer_threshold: float
    suggest_threshold: float
    fusion_text: float = 0.0  # the text view's weight in the ranking (fit_fusion_text)
    # Other languages' (answer, suggest) thresholds, fitted on their own questions: "fa", "fa-Latn".
    languages: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    # How many labelled questions of each language the thresholds were chosen on ("en" included;
    # a language listed here but not in `languages` had too few and uses the English thresholds).
    questions: Mapping[str, int] = field(default_factory=dict)

    def apply(self, settings: MatchSettings) -> MatchSettings:
        return dataclasses.replace(
            settings,
            fusion_text=self.fusion_text,
            model_weights=self.weights,
            model_bias=self.bias,
            answer_threshold=self.answer_threshold,
            suggest_threshold=self.suggest_threshold,
            language_thresholds={
                lang: {"answer_threshold": answer, "suggest_threshold": suggest}
                for lang, (answer, suggest) in sorted(self.languages.items())
            }
            or None,
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


def _out_of_fold_confidence(
    x: np.ndarray, y: np.ndarray, extra_x: np.ndarray, extra_y: np.ndarray, folds: int = 5
) -> np.ndarray:
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


THRESHOLDS = np.arange(5.0, 99.0, 0.5)  # the answer thresholds calibration chooses from


def _gains(conf: np.ndarray, y: np.ndarray, wrong_cost: float) -> np.ndarray:
    """For each of THRESHOLDS: right answers minus `wrong_cost` x wrong ones."""
    answered = conf[None, :] >= THRESHOLDS[:, None]
    return (answered & (y == 1)).sum(axis=1) - wrong_cost * (answered & (y == 0)).sum(axis=1)


def best_threshold(conf: np.ndarray, y: np.ndarray, wrong_cost: float) -> float:
    """The threshold with the highest gain; ties go to the higher, safer threshold."""
    gains = _gains(conf, y, wrong_cost)
    return float(THRESHOLDS[np.flatnonzero(gains == gains.max())[-1]])


def stable_threshold(conf: np.ndarray, y: np.ndarray, wrong_cost: float) -> float:
    """The confidence from which answering pays on average: where the chance of being right,
    fitted smoothly to the labelled questions, reaches wrong_cost / (1 + wrong_cost).

    The gain curve is flat and ragged near its top (a few questions either way move the best
    point by 10-20 confidence points), so its highest point moves from one half of the same
    data to the other. A two-parameter logistic fit of "right" on the confidence's log-odds
    uses every question instead of the few at the top and barely moves, and answering where
    p >= c / (1 + c) is exactly what maximises right answers minus c wrong ones when p is right.
    The figures (both halves of public data sets, before and after) are in docs/engine.md's
    measurement section (benchmarks/stability.py). Falls back to `best_threshold` when the
    fit cannot say anything: one class only, or a confidence that does not rise with being right.
    """
    if len(y) == 0 or y.min() == y.max() or wrong_cost <= 0:
        return best_threshold(conf, y, wrong_cost)
    p = np.clip(np.asarray(conf, dtype=float) / 100.0, 1e-4, 1 - 1e-4)
    z = np.log(p / (1 - p))
    slope, intercept = _fit_logistic(np.column_stack([z, np.ones_like(z)]), y, l2=1e-2)
    if slope <= 1e-6:
        return best_threshold(conf, y, wrong_cost)
    at = (np.log(wrong_cost) - intercept) / slope  # the log-odds where fitted p = c / (1 + c)
    t = 100.0 / (1.0 + np.exp(-np.clip(at, -60, 60)))
    return float(np.clip(np.round(2 * t) / 2, THRESHOLDS[0], THRESHOLDS[-1]))


def self_examples(
    matcher: Matcher,
    entries: Sequence[tuple[str, Sequence[str]]],
    per_entry: int = 8,
    max_entries: int = 40,
    seed: int = 0,
    progress: Callable[[Iterable, str], Iterable] | None = None,
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
    held_out = Matcher(
        [(eid, [t for t in texts if t not in samples.get(j, ())]) for j, (eid, texts) in enumerate(entries)],
        settings,
        answers=matcher.answers,
    )
    for i in (progress or (lambda iterable, desc: iterable))(chosen, "calibrate: FAQs built without an entry"):
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


FUSION_TEXT_WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)  # the text view's weights calibration tries


def fit_fusion_text(
    matcher: Matcher, items: Sequence[Labelled], weights: Sequence[float] = FUSION_TEXT_WEIGHTS
) -> float:
    """The weight of the text view (MatchSettings.fusion_text) that ranks the most in-scope
    labelled questions' entries first; 0 (off) unless the best weight ranks at least 1% of them
    (and at least 2) more right than 0 does. Weights that rank equally many first are told apart
    by how high they rank the right entry of the others (the mean reciprocal rank), and only then
    does the smaller weight win.

    The views' other weights were chosen once on public data; this one is fitted per FAQ because
    what it adds depends on how the FAQ is written: where entries share their words and differ in
    the wording around them, the whole wording tells them apart; where each entry has words of
    its own, it only adds noise.

    The reciprocal rank breaks the ties that a large FAQ makes common (on benchmarks/latency.py's
    synthetic 100,000-entry FAQ, weights 1.5 and 5 ranked equally many of 801 perturbed
    phrasings first; see docs/engine.md)."""
    in_scope = [item for item in items if item.in_scope]
    if not in_scope:
        return 0.0
    right: dict[float, int] = {}
    reciprocal: dict[float, float] = {}
    for weight in weights:
        trial = Matcher(
            (), dataclasses.replace(matcher.settings, fusion_text=weight), answers=matcher.answers, index=matcher.index
        )
        ranks = [_rank_of(trial.rank(item.question).candidates, item.entry) for item in in_scope]
        right[weight] = sum(r == 1 for r in ranks)
        reciprocal[weight] = sum(1.0 / r for r in ranks if r)
    best = max(weights, key=lambda w: (right[w], reciprocal[w], -w))
    enough = max(2, 0.01 * len(in_scope))
    return float(best) if right[best] - right.get(0.0, 0) >= enough else 0.0


def _rank_of(candidates: Sequence[Ranked], entry: str | None) -> int:
    """Where `entry` comes among `candidates` (1: first), 0 when it is not among them."""
    return next((i for i, c in enumerate(candidates, 1) if c.entry_id == entry), 0)


def item_language(item: Labelled) -> str:
    """The language a labelled question counts in: its `lang:`, English when it has none."""
    return item.lang or ENGLISH


# What the clear-lead rule (Engine._by_lead) does with a question whose confidence falls between the
# suggest and answer thresholds: the entry it answers with and the reply's scope ("full" or
# "partial"), by question text; questions it leaves a "did you mean" are not in it.
Leads = Mapping[str, tuple[str, str]]


def lead_answers(band_engine, items: Iterable[Labelled]) -> dict[str, tuple[str, str]]:
    """`Leads` for `items`, read off an engine whose thresholds put every question in the band
    (answer 99.9, suggest 0.1, no language thresholds): there the lead rule alone decides, and
    which question it answers depends on the words, not on the confidence, so one pass serves
    every suggest threshold the fit tries."""
    from .decision import Reason

    leads: dict[str, tuple[str, str]] = {}
    for item in items:
        reply = band_engine.ask(item.question)
        if reply.result.reason is Reason.LEAD and reply.result.entry_id:
            leads[item.question] = (reply.result.entry_id, answer_scope(reply) or "full")
    return leads


# What the engine replies to a question its confidence lets through: the entry it answers with and
# the scope ("full", "partial"), or (None, None) when it still does not answer (a veto, or a scope
# check that refuses), by question text.
Outcomes = Mapping[str, tuple[str | None, str | None]]


def answer_outcomes(open_engine, items: Iterable[Labelled]) -> dict[str, tuple[str | None, str | None]]:
    """`Outcomes` for `items`, read off an engine whose thresholds let every question through
    (answer and suggest 0.1, no language thresholds): which entry and scope an answer would
    have does not depend on the threshold, so one pass serves every threshold the fit tries."""
    outcomes: dict[str, tuple[str | None, str | None]] = {}
    for item in items:
        reply = open_engine.ask(item.question)
        scope = answer_scope(reply)
        outcomes[item.question] = (reply.result.entry_id if scope else None, scope)
    return outcomes


def _answer_labels(ranked: Sequence[tuple[Labelled, Sequence[Ranked]]], outcomes: Outcomes) -> np.ndarray:
    """For the answer threshold: 1 where letting the question through gives the right entry (in
    full or with a caveat), 0 where it gives a wrong answer (another entry, an out-of-scope
    question answered, a near-topic one answered as if in full), NaN where it is no answer either
    way (the engine still refuses, or answers a near-topic question with a caveat). Questions the
    outcomes do not know are labelled by the ranking alone (first entry right or not)."""
    labels = []
    for item, candidates in ranked:
        if item.question not in outcomes:
            right = item.in_scope and bool(candidates) and candidates[0].entry_id == item.entry
            labels.append(1.0 if right else 0.0)
            continue
        entry, scope = outcomes[item.question]
        if scope is None or (item.near_topic and scope == "partial"):
            labels.append(np.nan)
        else:
            labels.append(1.0 if item.in_scope and entry == item.entry else 0.0)
    return np.array(labels)


def _pick_on(
    pick: Callable[[np.ndarray, np.ndarray, float], float],
    conf: np.ndarray,
    y: np.ndarray,
    ranked: Sequence[tuple[Labelled, Sequence[Ranked]]],
    outcomes: Outcomes | None,
    wrong_cost: float,
) -> float:
    """The answer threshold, on what answering does (`outcomes`) when it is known, else on `y`."""
    if not outcomes:
        return pick(conf, y, wrong_cost)
    labels = _answer_labels(ranked, outcomes)
    keep = ~np.isnan(labels)
    return pick(np.asarray(conf)[keep], labels[keep], wrong_cost)


def suggest_threshold(
    ranks: Sequence[tuple[Labelled, Sequence[Ranked]]],
    conf: np.ndarray,
    answer_threshold: float,
    max_suggestions: int,
    leads: Leads | None = None,
    wrong_cost: float = 3.0,
) -> float:
    """The "did you mean" threshold below `answer_threshold` that helps most: keeps it for
    questions whose right entry is among the suggestions, and off for most out-of-scope ones.

    Suggestions are scored as rates, so that a set with few out-of-scope questions (CLINC150's
    validation split has 30 in-scope questions for each one) still counts how often people
    asking something else would be shown "did you mean". Showing them costs half what helping
    an FAQ question gains: a suggestion claims nothing, and the "no match" reply points to the
    list of questions anyway.

    The band is also where a clear lead is answered (Engine._by_lead), and only there: a
    question in `leads` is scored as the answer it gets, the right entry as helping (as a right
    suggestion does), another entry, an out-of-scope question or a near-topic one in full as
    `wrong_cost` times that. Without this the fit saw only suggestions: an earlier refit raised
    the English suggest threshold to 71.5, which took the lead's right answers (and vague
    questions' "did you mean") with it; and a lower threshold would open the lead to the
    out-of-scope questions it answers lower down."""
    n_in = max(1, sum(1 for item, _ in ranks if item.in_scope))
    n_out = max(1, sum(1 for item, _ in ranks if item.entry is None))
    leads = leads or {}
    best_s, best_sgain = answer_threshold, -1e9
    for s in np.arange(1.0, answer_threshold + 0.5, 0.5):
        gain = 0.0
        for (item, ranked), c in zip(ranks, conf):
            if not (s <= c < answer_threshold):
                continue
            lead = leads.get(item.question)
            if lead is not None:
                gain += _lead_gain(item, *lead, wrong_cost) / (n_out if item.entry is None else n_in)
                continue
            offered = [r.entry_id for r in ranked[:max_suggestions]]
            if item.entry is None:
                gain -= 0.5 / n_out
            elif item.in_scope:  # a near-topic question may be offered its entry: neither way
                gain += 1.0 / n_in if item.entry in offered else -1.0 / n_in
        if gain > best_sgain:
            best_s, best_sgain = float(s), gain
    return best_s


def _lead_gain(item: Labelled, entry: str, scope: str, wrong_cost: float) -> float:
    """One band question the clear lead answers, in right answers: +1 right, -wrong_cost wrong
    (another entry, out of scope, near-topic in full), 0 a near-topic one with a caveat."""
    if item.in_scope:
        return 1.0 if entry == item.entry else -wrong_cost
    if item.near_topic and scope == "partial":
        return 0.0
    return -wrong_cost


def calibrate(
    matcher: Matcher,
    items: Sequence[Labelled],
    wrong_cost: float = 3.0,
    entries: Sequence[tuple[str, Sequence[str]]] | None = None,
    pick_threshold: Callable[[np.ndarray, np.ndarray, float], float] | None = None,
    progress: Callable[[Iterable, str], Iterable] | None = None,
    route: Callable[[str, str], Sequence[Matcher]] | None = None,
    leads: Leads | None = None,
    model: tuple[Mapping[str, float], float] | None = None,
    outcomes: Outcomes | None = None,
) -> Calibration:
    """Fit the confidence model and pick thresholds on labelled questions.

    Label: the best-ranked entry is the right one (never true for out-of-scope or near-topic
    questions). With `entries` (the FAQ's texts) the model also learns from `self_examples`;
    thresholds are always chosen on the labelled questions alone.
    Answer threshold: `pick_threshold` (default `stable_threshold`; `best_threshold` is the rule
    before it) on right answers minus `wrong_cost` × wrong answers, since a wrong answer about a
    human-rights letter costs more than an abstention. Suggest threshold: `suggest_threshold`.
    `progress(iterable, description)` wraps the long loops (the CLI shows a progress bar).

    Languages: the model, the text view's weight and the English thresholds are fitted on the
    English questions (those without `lang:` or with `lang: en`) in `matcher`, the Latin-script
    index. Each other language's questions then get thresholds of their own
    (`language_thresholds`), chosen the same way on the confidences that model gives them in the
    indexes the engine asks for them (`route(question, lang)`, Engine.matchers_for: the most
    confident one that may answer); a language with fewer than MIN_LANGUAGE_QUESTIONS keeps the
    English thresholds. Their confidence runs lower than an English question's for the same
    certainty (fewer phrasings, spelling folds), so one threshold for all refused good answers.
    `leads` (`lead_answers`): what the clear-lead rule answers between the two thresholds, which
    the suggest threshold's fit scores as answers.
    `model` (weights by feature, bias): keep that confidence model and choose only the thresholds
    (and the text view's weight) on `items`: more labelled questions steady the thresholds, while
    a model refitted on them moves every confidence, Persian and Finglish ones too.
    `outcomes` (`answer_outcomes`): what the engine replies to each question let through; the
    answer thresholds are then chosen on those replies, not on the ranking's first entry: the
    scope check refuses or caveats many near-topic questions whose entry ranks first, which the
    ranking alone counts as wrong answers (so more labelled near-topic questions only raised the
    thresholds), and an answer is wrong only when it is given.
    """
    show = progress or (lambda iterable, desc: iterable)
    english = [item for item in items if item_language(item) == ENGLISH]
    fusion_text = fit_fusion_text(matcher, english)
    matcher = _with_fusion_text(matcher, fusion_text)
    rows, labels, ranks = [], [], []
    for item in show(english, "calibrate: ranking questions"):
        ranking = matcher.rank(item.question)
        if ranking.off_topic:
            continue  # never answered whatever the model says: nothing to learn from it
        feats = matcher.features(ranking)
        rows.append([feats[f] for f in FEATURES] + [1.0])
        top = ranking.candidates[0].entry_id if ranking.candidates else None
        right = item.in_scope and top == item.entry
        labels.append(1.0 if right else 0.0)
        ranks.append((item, ranking.candidates))
    pick_threshold = pick_threshold or stable_threshold
    x, y = np.array(rows).reshape(-1, len(FEATURES) + 1), np.array(labels)
    extra_x, extra_y = np.empty((0, x.shape[1])), np.empty(0)
    if entries and model is None:
        extra_rows, extra_labels = self_examples(matcher, entries, progress=show)
        extra_x, extra_y = np.array(extra_rows).reshape(-1, x.shape[1]), np.array(extra_labels)
    if model is not None:
        w = np.array([float(model[0].get(f, 0.0)) for f in FEATURES] + [float(model[1])])
        conf = _confidence(x, w)
    else:
        w = _fit_logistic(np.vstack([x, extra_x]), np.concatenate([y, extra_y]))
        if w[_REL_MARGIN] > 0:
            x, extra_x = _without_rel_margin(x), _without_rel_margin(extra_x)
            w = _fit_logistic(np.vstack([x, extra_x]), np.concatenate([y, extra_y]))
        conf = _out_of_fold_confidence(x, y, extra_x, extra_y)
    weights = {f: round(float(v), 4) for f, v in zip(FEATURES, w[:-1])}
    bias = round(float(w[-1]), 4)

    best_t = _pick_on(pick_threshold, conf, y, ranks, outcomes, wrong_cost)
    best_s = suggest_threshold(ranks, conf, best_t, matcher.settings.max_suggestions, leads, wrong_cost)
    questions = {ENGLISH: len(ranks)}
    languages = {}
    others = sorted({item_language(item) for item in items} - {ENGLISH})
    seen: dict[int, Matcher] = {}

    def refitted(m: Matcher) -> Matcher:
        if id(m) not in seen:
            seen[id(m)] = _with_fusion_text(m, fusion_text)
        return seen[id(m)]

    for lang in others:
        asked = [item for item in items if item_language(item) == lang]
        lang_rows, lang_labels, lang_ranks = [], [], []
        for item in show(asked, f"calibrate: ranking {lang} questions"):
            chosen = None
            for m in [matcher] if route is None else [refitted(m) for m in route(item.question, lang)]:
                ranking = m.rank(item.question)
                feats = m.features(ranking)
                if not m.answerable(ranking, feats):
                    continue  # never answered from this index whatever the model says
                row = [feats[f] for f in FEATURES] + [1.0]
                c = float(_confidence(np.array([row]), w)[0])
                if chosen is None or c > chosen[0]:
                    chosen = (c, row, ranking.candidates)
            if chosen is None:
                continue
            _, row, candidates = chosen
            lang_rows.append(row)
            lang_labels.append(1.0 if item.in_scope and candidates[0].entry_id == item.entry else 0.0)
            lang_ranks.append((item, candidates))
        questions[lang] = len(lang_ranks)
        if len(lang_ranks) < MIN_LANGUAGE_QUESTIONS:
            continue
        lang_conf = _confidence(np.array(lang_rows), w)
        lang_y = np.array(lang_labels)
        answer = _pick_on(pick_threshold, lang_conf, lang_y, lang_ranks, outcomes, wrong_cost)
        languages[lang] = (
            round(answer, 1),
            round(
                suggest_threshold(lang_ranks, lang_conf, answer, matcher.settings.max_suggestions, leads, wrong_cost), 1
            ),
        )
    return Calibration(weights, bias, round(best_t, 1), round(best_s, 1), fusion_text, languages, questions)


_REL_MARGIN = FEATURES.index("rel_margin")


def _without_rel_margin(rows: np.ndarray) -> np.ndarray:
    """`rows` with the relative margin at 0, so the model fitted on them weighs it 0.

    A positive weight on it switches off the bound that lets the engine skip the string
    similarity (Ranker.may_answer: under it string similarity could raise the confidence by
    lowering the fused score), so every question pays for it. The 2026-12-06 refit on FAQ
    96f32642d9 fitted +0.72; at 0 the development sets gave one more English and one more
    Finglish answer right and nothing else changed in wrong, near-topic or out-of-scope answers."""
    rows = rows.copy()
    rows[:, _REL_MARGIN] = 0.0
    return rows


def _with_fusion_text(matcher: Matcher, fusion_text: float) -> Matcher:
    """`matcher` ranking with the text view at `fusion_text` (the same index)."""
    if fusion_text == matcher.settings.fusion_text:
        return matcher
    return Matcher(
        (), dataclasses.replace(matcher.settings, fusion_text=fusion_text), answers=matcher.answers, index=matcher.index
    )
