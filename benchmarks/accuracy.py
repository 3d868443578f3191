"""faqbot on a public intent data set with out-of-scope (OOS) queries, vs. a baseline.

    .venv/bin/python benchmarks/accuracy.py                        # CLINC150 full
    .venv/bin/python benchmarks/accuracy.py --phrasings 5          # CLINC150, first 5 per intent
    .venv/bin/python benchmarks/convert_banking77_oos.py /tmp/banking77_oos.json
    .venv/bin/python benchmarks/accuracy.py --data /tmp/banking77_oos.json

Protocol (../shared/MATCHING.md): each intent is one FAQ entry, its `train` queries are the
entry's phrasings (in file order; `--phrasings N` keeps the first N), `val` + `oos_val` are the
only questions used for calibration / threshold choice, and `test` + `oos_test` are scored once.
Items labelled "oos" are out of scope: the right behaviour is to not answer.

faqbot: the path a user's question takes, `Engine.ask` (the decision, then the engine's rules
after it: the clear lead, a subject one entry alone is about, a sentence or a claim read alone,
the scope checks that make an answer partial or refuse it, greetings and thanks). Each intent is
an entry built in memory (no YAML, no source files: `faq_entries`): its first train phrasing is
its question, the others its phrasings, and its answer is its phrasings' text (intent data sets
have no answers; so the scope checks read an entry as saying what it is asked, the most lenient
stand-in: a real FAQ's answers say less). Engine.build(kb, MatchSettings()) -> calibrate(engine's
matcher, val + oos_val, route=engine.matchers_for), as `faqbot calibrate` does -> an engine built
with calibration.apply(settings) -> evaluate(engine, test + oos_test), all from bot.engine.

Baseline: nearest training phrasing by rapidfuzz fuzz.token_sort_ratio on lower-cased text
(process.extractOne over all phrasings); answer when its score >= one threshold, chosen on
val + oos_val to maximise (in-scope correct - 3 x wrong answers); no "did you mean".

Both are scored by bot.engine.evaluation.evaluate, so the numbers mean the same thing:
in-scope accuracy (abstaining counts as an error), OOS recall (share of OOS queries not
answered), wrong-answer rate (in-scope answered wrongly + OOS answered, over all test queries),
and "+N did-you-mean" (in-scope queries not answered whose right entry was offered).
Timings are wall-clock, one thread, time.perf_counter around each query.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.engine import (
    Engine,
    Entry,
    KnowledgeBase,
    Labelled,
    Matcher,
    MatchResult,
    MatchSettings,
    Outcome,
    Reason,
    Report,
    calibrate,
    evaluate,
)
from bot.progress import progress

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "clinc150" / "data_full.json"
OOS_LABEL = "oos"
WRONG_COST = 3.0


# -- data -------------------------------------------------------------------------------------


def load(path: Path, phrasings: int | None):
    data = json.loads(path.read_text(encoding="utf-8"))
    missing = [k for k in ("train", "val", "test", "oos_val", "oos_test") if k not in data]
    if missing:
        raise SystemExit(f"{path}: missing keys {missing} (expected CLINC150's layout)")
    entries: OrderedDict[str, list[str]] = OrderedDict()
    for text, label in data["train"]:
        if label == OOS_LABEL:
            continue  # OOS training queries never become phrasings
        texts = entries.setdefault(label, [])
        if phrasings is None or len(texts) < phrasings:
            texts.append(text)

    def items(*keys: str) -> list[Labelled]:
        out = []
        for key in keys:
            for text, label in data[key]:
                out.append(Labelled(text, None if label == OOS_LABEL else label))
        return out

    calib, test = items("val", "oos_val"), items("test", "oos_test")
    unknown = {i.entry for i in calib + test if i.entry is not None and i.entry not in entries}
    if unknown:
        raise SystemExit(f"{path}: val/test intents without train phrasings: {sorted(unknown)[:5]}")
    return list(entries.items()), calib, test


def faq_entries(entries) -> KnowledgeBase:
    """The intents as an FAQ served by `Engine`: one entry per intent, built in memory. Its
    question and phrasings are its train phrasings (the first the question), so the index holds
    the same texts as `Matcher(entries)`; its answer is their text (no quotes, no sources)."""
    faq = {}
    for entry_id, phrasings in entries:
        faq[entry_id] = Entry(
            id=entry_id,
            question=phrasings[0],
            phrasings=tuple(phrasings[1:]),
            answer=" ".join(p.rstrip(".?! ") + "." for p in phrasings),
            quotes=(),
            related=(),
            language="en",
            translations={},
            path=Path(f"{entry_id}.yaml"),
        )
    return KnowledgeBase(faq, {}, "benchmark", Path("."))


# -- timing wrapper: evaluate() sees the same .ask(), we see each call's time and outcome ---------


class Timed:
    """`Engine.ask` (or a baseline's `match`) timed: evaluate() calls `ask`."""

    def __init__(self, responder):
        self.call = responder.ask if hasattr(responder, "ask") else responder.match
        self.times: list[float] = []
        self.results: list[MatchResult] = []

    def ask(self, question: str):
        t = time.perf_counter()
        reply = self.call(question)
        self.times.append(time.perf_counter() - t)
        self.results.append(getattr(reply, "result", reply))
        return reply


# -- baseline ---------------------------------------------------------------------------------


@dataclass
class NearestPhrasing:
    """Nearest phrasing by token_sort_ratio on lower-cased text; answer if score >= threshold."""

    texts: list[str]
    owners: list[str]
    threshold: float = 0.0

    @classmethod
    def build(cls, entries) -> NearestPhrasing:
        texts, owners = [], []
        for entry_id, phrasings in entries:
            for p in phrasings:
                texts.append(p.lower())
                owners.append(entry_id)
        return cls(texts, owners)

    def nearest(self, question: str) -> tuple[str, float]:
        _, score, index = process.extractOne(question.lower(), self.texts, scorer=fuzz.token_sort_ratio)
        return self.owners[index], score

    def match(self, question: str) -> MatchResult:
        entry_id, score = self.nearest(question)
        outcome = Outcome.ANSWER if score >= self.threshold else Outcome.NONE
        return MatchResult(outcome, entry_id if outcome is Outcome.ANSWER else None, score, (), {})

    def pick_threshold(self, items: list[Labelled], wrong_cost: float = WRONG_COST) -> tuple[float, float]:
        scored = [(self.nearest(i.question), i.entry) for i in items]
        best_t, best_gain = 0.0, float("-inf")
        t = 0.0
        while t <= 100.0:
            gain = 0.0
            for (entry_id, score), expected in scored:
                if score >= t:
                    gain += 1.0 if entry_id == expected else -wrong_cost
            if gain > best_gain:
                best_t, best_gain = t, gain
            t += 0.5
        self.threshold = best_t
        return best_t, best_gain


def threshold_for_recall(oos_scores: list[float | None], recall: float) -> float:
    """The lowest answer threshold (in steps of 0.5) that leaves at least `recall` of the OOS
    validation queries unanswered; None = a query never answered at any threshold (faqbot: an
    off-topic place or year, or no candidate at all)."""
    t = 0.0
    while t < 100.0 and sum(1 for x in oos_scores if x is None or x < t) < recall * len(oos_scores):
        t += 0.5
    return t


def faqbot_answerable_score(matcher: Matcher, question: str) -> float | None:
    """The confidence `question` would be answered with, or None if no threshold lets it be."""
    ranking = matcher.rank(question)
    features = matcher.features(ranking)
    return round(matcher.confidence(features), 1) if matcher.answerable(ranking, features) else None


def top_entry(matcher: Matcher, question: str) -> str | None:
    """The best-ranked entry before any abstention (diagnostic only; tolerates both shapes of
    Matcher.rank's return value: a Ranking with .candidates, or a (candidates, coverage) pair)."""
    ranking = matcher.rank(question)
    candidates = getattr(ranking, "candidates", None)
    if candidates is None:
        candidates = ranking[0]
    return candidates[0].entry_id if candidates else None


def engine_fingerprint() -> str:
    """Short hash of bot/engine/**/*.py, so a printed table can be tied to the code that made it."""
    import hashlib

    import bot.engine

    folder = Path(bot.engine.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py"), key=lambda path: path.relative_to(folder).as_posix()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


# -- report -----------------------------------------------------------------------------------


def summary(name: str, report: Report, timed: Timed, top1: float) -> list[str]:
    times = sorted(timed.times)
    return [
        name,
        f"{100 * report.accuracy:.1f}",
        f"{100 * report.oos_recall:.1f}",
        f"{100 * report.wrong_answer_rate:.1f}",
        f"+{report.suggested_correct} ({100 * report.suggested_correct / max(1, report.in_scope):.1f}%)",
        f"{100 * top1:.1f}",
        f"{100 * report.overall_accuracy:.1f}",
        f"{report.mcc:.3f}",
        f"{1000 * statistics.fmean(times):.2f}",
        f"{1000 * p99(times):.2f}",
    ]


def p99(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, int(0.99 * len(times)))] if times else 0.0


def as_json(path: Path, method: str, report: Report, timed: Timed, top1: float, **extra) -> dict:
    """One `--json` line: `faqbot eval --json`'s figures (`file` is the data set) plus the method,
    its thresholds and settings, top-1 without abstention and the time per query."""
    obj = report.to_json(str(path))
    obj.update(
        method=method,
        top1_no_abstention=round(top1, 4),
        **extra,
        ms_per_query_mean=round(1000 * statistics.fmean(timed.times), 3) if timed.times else None,
        ms_per_query_p99=round(1000 * p99(timed.times), 3),
    )
    return obj


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
    return [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *(line(r) for r in rows)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="faqbot vs. a rapidfuzz baseline on a CLINC150-layout data set")
    ap.add_argument(
        "--data",
        type=Path,
        action="append",
        default=[],
        help=f"JSON in CLINC150's layout (default {DEFAULT_DATA}); repeat it to run several data sets",
    )
    ap.add_argument(
        "--phrasings",
        type=int,
        default=None,
        metavar="N",
        help="keep only the first N train phrasings per intent (5 = the FAQ-like subset)",
    )
    ap.add_argument("--no-baseline", action="store_true", help="skip the rapidfuzz baseline")
    ap.add_argument(
        "--semantic",
        metavar="MODEL",
        default="",
        help="also fuse a sentence-embedding model (a local folder or an installed model package; "
        "needs faqbot[semantic]), as matching.semantic_model does",
    )
    ap.add_argument(
        "--wrong-cost",
        type=float,
        default=3.0,
        metavar="C",
        help="calibration objective: right answers minus C x wrong ones (faqbot ships with 3; "
        "1 weighs them equally, as the published CLINC150 systems' thresholds did)",
    )
    ap.add_argument(
        "--oos-recall",
        type=float,
        default=None,
        metavar="R",
        help="also report each method at the lowest answer threshold that refuses at least R "
        "(0-1) of the OOS validation queries: the in-scope accuracy at a given OOS recall, "
        "the form of the CLINC150 target (>= 89%% in scope with >= 45%% OOS recall)",
    )
    ap.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per data set and method on standard output (one per line), "
        "the table on standard error",
    )
    args = ap.parse_args(argv)
    if args.oos_recall is not None and not 0 < args.oos_recall < 1:
        ap.error("--oos-recall must be between 0 and 1")
    if args.phrasings is not None and args.phrasings < 1:
        ap.error("--phrasings must be >= 1")

    out = sys.stderr if args.json else sys.stdout
    for n, path in enumerate(args.data or [DEFAULT_DATA]):
        if n:
            print(file=out)
        for obj in run(args, path, out):
            if args.json:
                sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
                sys.stdout.flush()
    return 0


def run(args, path: Path, out) -> list[dict]:
    """One data set: calibrate on val + oos_val, score on test + oos_test; print the table to
    `out`, return one JSON object per method (the `--json` lines)."""
    entries, calib, test = load(path, args.phrasings)
    n_phr = sum(len(t) for _, t in entries)
    n_in = sum(i.entry is not None for i in test)
    c_in = sum(i.entry is not None for i in calib)
    print(
        f"engine: bot/engine sha256 {engine_fingerprint()}; calibration wrong-answer cost {args.wrong_cost:g}"
        + (f"; semantic model {args.semantic}" if args.semantic else ""),
        file=out,
    )
    print(f"data: {path}" + (f" (first {args.phrasings} phrasings per intent)" if args.phrasings else ""), file=out)
    print(
        f"index: {len(entries)} entries, {n_phr:,} phrasings; calibration: {c_in:,} in-scope + "
        f"{len(calib) - c_in:,} OOS (val + oos_val); "
        f"test: {n_in:,} in-scope + {len(test) - n_in:,} OOS (test + oos_test)",
        file=out,
    )
    print(flush=True, file=out)

    rows, notes, objs = [], [], []
    common = {"phrasings": args.phrasings, "wrong_cost": args.wrong_cost, "semantic_model": args.semantic or None}

    # faqbot: Engine.ask, the path a user's question takes
    settings = MatchSettings(semantic_model=args.semantic)
    kb = faq_entries(entries)
    t = time.perf_counter()
    engine = Engine.build(kb, settings)
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    cal = calibrate(engine.matcher, calib, wrong_cost=args.wrong_cost, progress=progress, route=engine.matchers_for)
    cal_s = time.perf_counter() - t
    tuned = cal.apply(settings)
    t = time.perf_counter()
    engine = Engine.build(kb, tuned)
    rebuild_s = time.perf_counter() - t
    matcher = engine.matcher
    timed = Timed(engine)
    t = time.perf_counter()
    report = evaluate(timed, test)
    eval_s = time.perf_counter() - t
    # top-1 without abstention (diagnostic, computed after the timed pass)
    top1 = sum(1 for i in test if i.entry is not None and top_entry(matcher, i.question) == i.entry) / max(1, n_in)
    rows.append(summary("faqbot", report, timed, top1))
    objs.append(
        as_json(
            path,
            "faqbot",
            report,
            timed,
            top1,
            answer_threshold=cal.answer_threshold,
            suggest_threshold=cal.suggest_threshold,
            fusion_text=cal.fusion_text,
            **common,
        )
    )
    by_rule: dict[str, int] = {}
    for r in timed.results:
        if r.answered and r.reason is not Reason.CONFIDENT:
            by_rule[r.reason.value] = by_rule.get(r.reason.value, 0) + 1
    below = sum(by_rule.values())
    oos_sugg = sum(1 for i, r in zip(test, timed.results) if i.entry is None and r.outcome is Outcome.SUGGEST)
    in_sugg = sum(1 for i, r in zip(test, timed.results) if i.entry is not None and r.outcome is Outcome.SUGGEST)
    notes.append(
        f"faqbot: build {build_s:.1f}s (+{rebuild_s:.1f}s rebuilt with the calibration), calibrate {cal_s:.1f}s, "
        f"evaluate {eval_s:.1f}s; calibrated answer >= {cal.answer_threshold}, suggest >= {cal.suggest_threshold}, "
        f"text view weight {cal.fusion_text:g} ({'on' if cal.fusion_text else 'off'}), bias {cal.bias}, weights {cal.weights}"
    )
    notes.append(
        f"faqbot: 'did you mean' shown for {in_sugg}/{n_in} in-scope queries (right entry offered in "
        f"{report.suggested_correct}) and for {oos_sugg}/{len(test) - n_in} OOS queries; "
        f"in-scope answered wrong: {report.wrong}, OOS answered: {report.oos_answered}; "
        f"partial answers: {report.partial}; answered by a rule below the answer threshold: {below} "
        f"({', '.join(f'{k} {v}' for k, v in sorted(by_rule.items())) or 'none'})"
    )
    print(notes[-2], file=sys.stderr, flush=True)  # progress; repeated below the table

    if args.oos_recall is not None:
        answer_t = threshold_for_recall(
            [faqbot_answerable_score(matcher, i.question) for i in calib if i.entry is None], args.oos_recall
        )
        at_recall = Engine.build(
            kb,
            dataclasses.replace(
                tuned, answer_threshold=answer_t, suggest_threshold=min(tuned.suggest_threshold, answer_t)
            ),
        )
        rtimed = Timed(at_recall)
        rreport = evaluate(rtimed, test)
        rows.append(summary(f"faqbot, >= {100 * args.oos_recall:g}% OOS recall on val", rreport, rtimed, top1))
        objs.append(
            as_json(
                path,
                f"faqbot, >= {100 * args.oos_recall:g}% OOS recall on val",
                rreport,
                rtimed,
                top1,
                answer_threshold=answer_t,
                suggest_threshold=min(tuned.suggest_threshold, answer_t),
                **common,
            )
        )
        notes.append(
            f"faqbot at >= {100 * args.oos_recall:g}% OOS recall on val: answer >= {answer_t} "
            f"(the same calibrated model); in-scope answered wrong: {rreport.wrong}, OOS answered: {rreport.oos_answered}"
        )

    if not args.no_baseline:
        base = NearestPhrasing.build(entries)
        t = time.perf_counter()
        thr, gain = base.pick_threshold(calib, args.wrong_cost)
        pick_s = time.perf_counter() - t
        btimed = Timed(base)
        t = time.perf_counter()
        breport = evaluate(btimed, test)
        beval_s = time.perf_counter() - t
        btop1 = sum(1 for i in test if i.entry is not None and base.nearest(i.question)[0] == i.entry) / max(1, n_in)
        rows.append(summary("token_sort_ratio nearest phrasing", breport, btimed, btop1))
        objs.append(
            as_json(path, "baseline", breport, btimed, btop1, answer_threshold=thr, suggest_threshold=None, **common)
        )
        notes.append(
            f"baseline: threshold {thr} picked on val (gain {gain:.0f}) in {pick_s:.1f}s, evaluate {beval_s:.1f}s; "
            f"in-scope answered wrong: {breport.wrong}, OOS answered: {breport.oos_answered}"
        )
        if args.oos_recall is not None:
            base.threshold = threshold_for_recall(
                [base.nearest(i.question)[1] for i in calib if i.entry is None], args.oos_recall
            )
            btimed = Timed(base)
            breport = evaluate(btimed, test)
            rows.append(
                summary(f"token_sort_ratio, >= {100 * args.oos_recall:g}% OOS recall on val", breport, btimed, btop1)
            )
            objs.append(
                as_json(
                    path,
                    f"baseline, >= {100 * args.oos_recall:g}% OOS recall on val",
                    breport,
                    btimed,
                    btop1,
                    answer_threshold=base.threshold,
                    suggest_threshold=None,
                    **common,
                )
            )
            notes.append(
                f"baseline at >= {100 * args.oos_recall:g}% OOS recall on val: threshold {base.threshold}; "
                f"in-scope answered wrong: {breport.wrong}, OOS answered: {breport.oos_answered}"
            )

    print(file=out)
    header = [
        "method",
        "in-scope acc %",
        "OOS recall %",
        "wrong-answer %",
        "did-you-mean (right entry offered)",
        "top-1 no abstention %",
        "overall acc %",
        "MCC",
        "ms/query mean",
        "ms/query p99",
    ]
    for line in table(header, rows):
        print(line, file=out)
    print(file=out)
    for n in notes:
        print(n, file=out)
    return objs


if __name__ == "__main__":
    sys.exit(main())
