"""How stable are `faqbot calibrate`'s thresholds? Fit on one half of a bot's labelled data, then
on the other half, and compare.

    .venv/bin/python benchmarks/stability.py                       # CLINC single-domain banking + credit_cards
    .venv/bin/python benchmarks/stability.py --seeds 3 --sets banking
    .venv/bin/python benchmarks/stability.py --data /tmp/banking77_oos.json   # also a CLINC150-layout JSON
    .venv/bin/python benchmarks/stability.py --faq tests/data/calibration*.yaml tests/data/eval*.yaml

Data: `../shared/benchmarks/clinc-single-domain-oos/<set>/` (10 in-scope intents, `train` 500,
`valid` 500, `id-oos/valid` 400, `ood-oos/valid` 200; the test folders likewise), or any JSON in
CLINC150's layout (`--data`, e.g. BANKING77-OOS from convert_banking77_oos.py). Each intent is
one FAQ entry whose `train` queries are its phrasings; queries labelled `oos` (held-out intents
of the same domain, and general out-of-domain ones) must not be answered.

For each seed the labelled validation questions (in scope and out of scope) are shuffled and cut
into two halves A and B. Each half is calibrated on its own with the project's procedure
(`bot.engine.evaluation.calibrate`, with the FAQ's self-examples as `faqbot calibrate` uses them),
once with each threshold rule, and each calibration is scored on the whole test split. Printed:
each half's answer / suggest thresholds and test figures, for both rules side by side, then per
rule the spread of the answer threshold (max - min over every half of every seed) and the
largest gap between the two halves of one seed.

Rankings do not depend on the calibration, so every test question is ranked once and each
calibration only re-decides it (the same `Matcher.decide` that `match` calls).

The shipped FAQ (`--faq FILE...`, e.g. tests/data/calibration*.yaml, with or without the
development sets eval*.yaml): the labelled questions of each language are cut into halves per
seed, each half calibrated as `faqbot calibrate` does (the engine's indexes per language, the
clear lead's answers and what answering gives), and
each language's answer and suggest thresholds printed with their spread over every half. The text
view's weight is fitted once on all the questions (it is 0 on this FAQ): per half it would rank
every English question six more times, and the thresholds are what this measures.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import random
import statistics
import sys
import time
from collections import OrderedDict
from pathlib import Path

from bot.engine import (
    Labelled,
    Matcher,
    MatchResult,
    MatchSettings,
    Report,
    best_threshold,
    calibrate,
    evaluate,
    evaluation,
    load_question_set,
    stable_threshold,
)
from bot.progress import progress

SINGLE_DOMAIN = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "clinc-single-domain-oos"
OOS_LABEL = "oos"
WRONG_COST = 3.0  # calibrate's default, as `faqbot calibrate` uses it
RULES = {"before (best)": best_threshold, "after (stable)": stable_threshold}


# -- data -------------------------------------------------------------------------------------


def _read(folder: Path, oos: bool = False) -> list[tuple[str, str]]:
    texts = (folder / "seq.in").read_text(encoding="utf-8").splitlines()
    labels = (folder / "label").read_text(encoding="utf-8").splitlines()
    if len(texts) != len(labels):
        raise SystemExit(f"{folder}: {len(texts)} queries but {len(labels)} labels")
    return [(t.strip(), OOS_LABEL if oos else label.strip()) for t, label in zip(texts, labels) if t.strip()]


def load_single_domain(folder: Path) -> dict[str, list[tuple[str, str]]]:
    return {
        "train": _read(folder / "train"),
        "val": _read(folder / "valid")
        + _read(folder / "id-oos" / "valid", True)
        + _read(folder / "ood-oos" / "valid", True),
        "test": _read(folder / "test")
        + _read(folder / "id-oos" / "test", True)
        + _read(folder / "ood-oos" / "test", True),
    }


def load_clinc_layout(path: Path) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        "train": [tuple(x) for x in data["train"]],
        "val": [tuple(x) for x in data["val"] + data["oos_val"]],
        "test": [tuple(x) for x in data["test"] + data["oos_test"]],
    }


def entries_of(train: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    entries: OrderedDict[str, list[str]] = OrderedDict()
    for text, label in train:
        if label != OOS_LABEL:
            entries.setdefault(label, []).append(text)
    return list(entries.items())


def labelled(rows: list[tuple[str, str]]) -> list[Labelled]:
    return [Labelled(text, None if label == OOS_LABEL else label) for text, label in rows]


# -- ranking once, deciding per calibration -----------------------------------------------------


class RankedOnce:
    """A matcher whose rankings are computed once per question; `settings` may be swapped."""

    def __init__(self, matcher: Matcher, questions):
        self.base = matcher
        self.settings = matcher.settings
        self.answers = matcher.answers
        self.index = matcher.index  # calibration fits the text view's weight on it (fit_fusion_text)
        self._questions = list(dict.fromkeys(questions))
        self._by_weight: dict[float, dict] = {}  # the rankings per text-view weight, shared by copies
        self._rankings = self._ranked(matcher)

    def _ranked(self, matcher: Matcher) -> dict:
        weight = matcher.settings.fusion_text
        if weight not in self._by_weight:
            self._by_weight[weight] = {q: matcher.rank(q) for q in self._questions}
        return self._by_weight[weight]

    def rank(self, question: str):
        ranking = self._rankings.get(question)
        return ranking if ranking is not None else self.base.rank(question)

    def features(self, ranking):
        return self.base.features(ranking)

    def with_settings(self, settings: MatchSettings) -> RankedOnce:
        other = copy.copy(self)
        other.settings = settings
        if settings.fusion_text != self.base.settings.fusion_text:
            # Calibration switched the text view on (or changed its weight): that ranks otherwise.
            other.base = Matcher((), settings, answers=self.answers, index=self.index)
        else:
            other.base = copy.copy(self.base)
            other.base.settings = settings
        other._rankings = other._ranked(other.base)
        return other

    def match(self, question: str) -> MatchResult:
        return self.base.decide(self.rank(question))


# The FAQ's self-examples depend on the FAQ alone (fixed seed), not on the half: compute them once
# per FAQ instead of once per calibration (on BANKING77-OOS that is most of the time).
_self_examples = evaluation.self_examples
_cache: dict[int, tuple] = {}


def _cached_self_examples(matcher, entries, *args, **kwargs):
    key = id(entries)
    if key not in _cache:
        _cache[key] = (entries, _self_examples(matcher, entries, *args, **kwargs))
    return _cache[key][1]


evaluation.self_examples = _cached_self_examples

# The text view's weight depends on the half's questions only, not on the threshold rule: fitted
# once per half (it ranks the half's in-scope questions once per weight tried).
_fit_fusion_text = evaluation.fit_fusion_text
_fusion_cache: dict[tuple, float] = {}


def _cached_fit_fusion_text(matcher, items, *args, **kwargs):
    key = (id(matcher.index), tuple((i.question, i.entry) for i in items))
    if key not in _fusion_cache:
        _fusion_cache[key] = _fit_fusion_text(matcher, items, *args, **kwargs)
    return _fusion_cache[key]


evaluation.fit_fusion_text = _cached_fit_fusion_text


# -- report -----------------------------------------------------------------------------------


def figures(report: Report) -> str:
    return f"{100 * report.accuracy:5.1f} {100 * report.oos_recall:5.1f} {100 * report.wrong_answer_rate:4.1f}"


def net(report: Report) -> float:
    """Right answers minus WRONG_COST x wrong ones, per 100 questions: what calibration maximises."""
    total = report.in_scope + report.out_of_scope
    return 100 * (report.correct - WRONG_COST * (report.wrong + report.oos_answered)) / total if total else 0.0


def run_set(name: str, data, seeds: int) -> dict[str, list[float]]:
    entries = entries_of(data["train"])
    val, test = labelled(data["val"]), labelled(data["test"])
    t0 = time.perf_counter()
    matcher = Matcher(entries, MatchSettings())
    ranked = RankedOnce(matcher, [i.question for i in val + test])
    n_in = sum(i.entry is not None for i in val)
    print(
        f"\n## {name}: {len(entries)} entries, {sum(len(t) for _, t in entries)} phrasings; "
        f"validation {n_in} in scope + {len(val) - n_in} OOS, halves of {len(val) // 2}; "
        f"test {sum(i.entry is not None for i in test)} + {sum(i.entry is None for i in test)} "
        f"(built and ranked in {time.perf_counter() - t0:.1f}s)",
        flush=True,
    )
    cols = "  ".join(f"{r:^36}" for r in RULES)
    print(f"{'':14}{cols}")
    print(f"{'seed half':14}" + "  ".join(f"{'answer sugg   in%   oos% wrong%':^36}" for _ in RULES))
    thresholds: dict[str, list[float]] = {r: [] for r in RULES}
    gaps: dict[str, list[float]] = {r: [] for r in RULES}
    tests: dict[str, list[Report]] = {r: [] for r in RULES}
    fusions: list[float] = []  # the text view's weight fitted on each half
    for seed in progress(range(seeds), f"stability: {name} seeds"):
        order = list(val)
        random.Random(seed).shuffle(order)
        halves = (order[: len(order) // 2], order[len(order) // 2 :])
        per_rule: dict[str, list[float]] = {r: [] for r in RULES}
        for h, half in zip("AB", halves):
            cells = []
            for rule, pick in RULES.items():
                cal = calibrate(ranked, half, entries=entries, pick_threshold=pick)
                report = evaluate(ranked.with_settings(cal.apply(matcher.settings)), test)
                thresholds[rule].append(cal.answer_threshold)
                per_rule[rule].append(cal.answer_threshold)
                tests[rule].append(report)
                if rule == next(iter(RULES)):
                    fusions.append(cal.fusion_text)
                cells.append(f"{cal.answer_threshold:6.1f} {cal.suggest_threshold:4.1f}  {figures(report)}")
            print(f"{seed:>4} {h:<9}" + "  ".join(f"{c:^36}" for c in cells), flush=True)
        for rule in RULES:
            gaps[rule].append(abs(per_rule[rule][0] - per_rule[rule][1]))
    print()
    on = sum(1 for w in fusions if w)
    print(
        f"{name}: text view (fusion_text) switched on by calibration on {on} of {len(fusions)} halves"
        + (f", weights {sorted(set(fusions))}" if on else "")
    )
    for rule in RULES:
        ts, reps = thresholds[rule], tests[rule]

        def mean(f, reps=reps):
            return statistics.fmean(f(r) for r in reps)

        print(
            f"{name} {rule}: answer threshold {min(ts):.1f}-{max(ts):.1f}, spread {max(ts) - min(ts):.1f}, "
            f"largest A/B gap {max(gaps[rule]):.1f} (mean {statistics.fmean(gaps[rule]):.1f}); "
            f"test mean in-scope {100 * mean(lambda r: r.accuracy):.1f}%, OOS recall "
            f"{100 * mean(lambda r: r.oos_recall):.1f}%, "
            f"wrong answers {100 * mean(lambda r: r.wrong_answer_rate):.1f}% "
            f"(in-scope range {100 * min(r.accuracy for r in reps):.1f}-{100 * max(r.accuracy for r in reps):.1f}); "
            f"net (right - {WRONG_COST:g} x wrong) per 100 test queries {mean(net):.1f}"
        )
    return thresholds


# -- the shipped FAQ, per language --------------------------------------------------------------


class Cached:
    """A matcher whose rankings are kept: every half ranks the same questions again."""

    def __init__(self, matcher: Matcher):
        self.base = matcher
        self.settings = matcher.settings
        self.answers = matcher.answers
        self.index = matcher.index
        self._ranks: dict[str, object] = {}
        self._features: dict[int, dict] = {}

    def rank(self, question: str):
        if question not in self._ranks:
            self._ranks[question] = self.base.rank(question)
        return self._ranks[question]

    def features(self, ranking):
        if id(ranking) not in self._features:
            self._features[id(ranking)] = self.base.features(ranking)
        return self._features[id(ranking)]

    def answerable(self, ranking, features) -> bool:
        return self.base.answerable(ranking, features)


def run_faq(files: list[Path], seeds: int, keep_model: bool = False) -> None:
    from bot.config import load_config, load_faq
    from bot.engine import Engine, answer_outcomes, lead_answers

    engine = load_faq(load_config(None), read_only=True)
    items = [item for path in files for item in load_question_set(path)]
    entries = [(eid, list(texts)) for eid, texts in engine.latin_texts()]
    wrapped: dict[int, Cached] = {}
    settings = engine.matcher.settings
    model = (settings.model_weights, settings.model_bias) if keep_model and settings.model_weights else None

    def cached(m: Matcher) -> Cached:
        return wrapped.setdefault(id(m), Cached(m))

    def route(question: str, lang: str):
        return [cached(m) for m in engine.matchers_for(question, lang)]

    english = cached(engine.matcher)
    band = Engine.build(
        engine.kb,
        dataclasses.replace(
            engine.matcher.settings, answer_threshold=99.9, suggest_threshold=0.1, language_thresholds=None
        ),
    )
    leads = lead_answers(band, progress(items, "stability: the clear lead's answers"))
    wide_open = Engine.build(
        engine.kb,
        dataclasses.replace(
            engine.matcher.settings, answer_threshold=0.1, suggest_threshold=0.1, language_thresholds=None
        ),
    )
    outcomes = answer_outcomes(wide_open, progress(items, "stability: the answers let through"))
    fusion = _fit_fusion_text(engine.matcher, [i for i in items if evaluation.item_language(i) == "en"])
    evaluation.fit_fusion_text = lambda matcher, items, *a, **k: fusion
    langs = sorted({evaluation.item_language(i) for i in items})
    counts = {lang: sum(evaluation.item_language(i) == lang for i in items) for lang in langs}
    print(f"\n## shipped FAQ on {len(files)} sets: " + ", ".join(f"{lang} {n}" for lang, n in counts.items()))
    print("each half: " + "  ".join(f"{lang}: answer/suggest" for lang in langs), flush=True)
    answers: dict[str, list[float]] = {lang: [] for lang in langs}
    suggests: dict[str, list[float]] = {lang: [] for lang in langs}
    for seed in range(seeds):
        halves: tuple[list[Labelled], list[Labelled]] = ([], [])
        for lang in langs:
            own = [i for i in items if evaluation.item_language(i) == lang]
            random.Random(seed).shuffle(own)
            halves[0].extend(own[: len(own) // 2])
            halves[1].extend(own[len(own) // 2 :])
        for h, half in zip("AB", halves):
            cal = calibrate(english, half, entries=entries, route=route, leads=leads, outcomes=outcomes, model=model)
            cells = []
            for lang in langs:
                answer, suggest = (
                    (cal.answer_threshold, cal.suggest_threshold) if lang == "en" else cal.languages.get(lang, (0, 0))
                )
                answers[lang].append(answer)
                suggests[lang].append(suggest)
                cells.append(f"{lang} {answer:5.1f}/{suggest:5.1f}")
            print(f"{seed:>4} {h}  " + "  ".join(cells), flush=True)
    for lang in langs:
        a, s = answers[lang], suggests[lang]
        print(
            f"{lang}: answer {min(a):.1f}-{max(a):.1f} (spread {max(a) - min(a):.1f}), "
            f"suggest {min(s):.1f}-{max(s):.1f} (spread {max(s) - min(s):.1f}) over {len(a)} halves"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--sets",
        default="banking,credit_cards",
        help=f"comma-separated folders of {SINGLE_DOMAIN} (default banking,credit_cards; '' for none)",
    )
    ap.add_argument(
        "--data",
        type=Path,
        action="append",
        default=[],
        help="also a JSON in CLINC150's layout, e.g. BANKING77-OOS from convert_banking77_oos.py (repeatable)",
    )
    ap.add_argument("--seeds", type=int, default=10, help="random splits per set (default 10, so 20 halves)")
    ap.add_argument(
        "--faq",
        type=Path,
        nargs="+",
        default=[],
        help="labelled sets of the shipped FAQ: the thresholds of each language, fitted on halves of them",
    )
    ap.add_argument("--keep-model", action="store_true", help="with --faq: as faqbot calibrate --keep-model")
    args = ap.parse_args(argv)
    if args.faq:
        run_faq(args.faq, args.seeds, args.keep_model)
        return 0
    t0 = time.perf_counter()
    print(
        "thresholds fitted on each half of the validation data; test figures on the whole test split "
        "(in% = in-scope answered right, oos% = OOS recall, wrong% = wrong answers of all test queries)"
    )
    for name in [s for s in args.sets.split(",") if s]:
        run_set(name, load_single_domain(SINGLE_DOMAIN / name), args.seeds)
    for path in args.data:
        run_set(path.stem, load_clinc_layout(path), args.seeds)
    print(f"\ntotal {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
