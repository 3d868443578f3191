"""How long the FAQ takes to be served again after one moderator edit: the full rebuild against
the incremental one (bot.engine.Memo), in the same run, at the shipped size and at 10,000 entries.

    .venv/bin/python benchmarks/reload.py                       # shipped FAQ and 10,000 entries
    .venv/bin/python benchmarks/reload.py --sizes shipped       # the shipped FAQ only (~1 min)
    .venv/bin/python benchmarks/reload.py --sizes 10000 --full-collisions

Each size runs in a fresh process, on a copy of the FAQ in a temporary folder:

* full rebuild  - `validate(...)` from nothing (what `faqbot validate`, a start and, before the
                  memo, every edit and reload did): parsing every file and finding its quotes,
                  claims, the cross-entry checks, building every index, and the collision check of
                  every phrasing.
* one edit      - one phrasing added to one entry through `Editor.add_phrasing` (what
                  `FaqService.apply` runs from Discord: validated, written, audited, and served),
                  after the editor validated the FAQ once; the median of `--edits` edits, each to
                  another entry, and the slowest. Then the same for a changed answer
                  (`Editor.edit_entry`) and a reload after a file was changed by hand
                  (`Editor.load`). The edit is served on an interim engine (bot.engine's
                  `Engine.patched`, every check done on it); the exact engine, a full rebuild's,
                  is built in the editor's worker thread and swapped in after: "exact after" is the
                  time from the edit's start until it is (`Editor.settle`), before the next edit.
* add an entry  - a new entry through `Editor.add_entry` (removed again after, untimed), served
                  on an interim engine as an edit is (the entry indexed against the word weights
                  there; its texts and those it might now win checked for collisions), the exact
                  engine after. At 10,000 entries: `validate(..., overlay=, previous=,
                  interim=True)` with the new entry's file, then `rebuilt(...)`, two entries.

The 10,000-entry FAQ is made from benchmarks/latency.py's synthetic generator, written as entry
files (10 phrasings each, phrasings that two entries share dropped, one quote from a one-line
source). Its full collision check asks all 100,000 texts of the matcher, minutes of work on two
shared cores: by default it is timed on a sample of 2,000 texts and scaled up (marked "est."),
`--full-collisions` runs it all. Synthetic FAQs have collisions (its phrasings reuse template words),
so the editor's edits are measured through `validate(..., overlay=, previous=, interim=True)`
there, the very function the editor calls, after a first validation without the collision check,
and the exact engine through `rebuilt(...)`, what the editor's worker thread runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))

TARGET_S = {"shipped": 0.1, "10000": 1.0}
SOURCE = "The synthetic source says what every synthetic answer says."
# The words that tell an added entry's ten phrasings apart ("add an entry").
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "holiday", "summer", "winter")


def write_synthetic(folder: Path, n_entries: int) -> tuple[Path, Path]:
    """A synthetic FAQ of `n_entries` entry files that loads without problems: (knowledge, seeds)."""
    import yaml
    from latency import generate_kb

    from bot.engine import comparable

    knowledge, seeds = folder / "knowledge", folder / "seeds"
    knowledge.mkdir(parents=True)
    seeds.mkdir()
    (seeds / "synthetic.txt").write_text(SOURCE + "\n", encoding="utf-8")
    (seeds / "synthetic.yaml").write_text(
        yaml.safe_dump(
            {
                "id": "synthetic",
                "file": "synthetic.txt",
                "title": "Synthetic source",
                "kind": "report",
                "description": "A one-line source for the reload benchmark.",
                "language": "en",
                "speakers": {"author": "The author"},
            }
        ),
        encoding="utf-8",
    )
    seen: set[str] = set()
    for entry_id, texts in generate_kb(n_entries, phrasings=16):
        kept = []
        for text in texts:
            key = comparable(text)
            if key and key not in seen:
                seen.add(key)
                kept.append(text)
        if len(kept) < 11:
            continue
        data = {
            "id": entry_id,
            "question": kept[0],
            "phrasings": kept[1:11],
            "answer": "The synthetic source says what every synthetic answer says.",
            "quotes": [{"source": "synthetic", "speaker": "author", "text": SOURCE}],
        }
        (knowledge / f"{entry_id}.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return knowledge, seeds


def worker(size: str, edits: int, full_collisions: bool) -> dict:
    import yaml

    from bot.config import load_config
    from bot.engine import Engine, Memo, collisions, rebuilt, validate
    from bot.moderation import AuditLog, Draft, Editor

    config = load_config()
    settings = config.matching
    out: dict = {"size": size, "load": os.getloadavg()[0]}
    # CPU time of the thread making each edit (time.thread_time): what the edit costs whatever
    # else the machine runs (the exact engine's worker thread is not in it).
    cpu: dict[str, list[float]] = {}
    out["cpu"] = cpu
    with tempfile.TemporaryDirectory(prefix="faqbot-reload-bench-") as tmp:
        root = Path(tmp)
        if size == "shipped":
            knowledge, seeds = root / "knowledge", config.paths.seeds
            shutil.copytree(config.paths.knowledge, knowledge)
            cta_ids = config.outreach.cta_ids
        else:
            t = time.perf_counter()
            knowledge, seeds = write_synthetic(root, int(size))
            out["generate_s"] = time.perf_counter() - t
            cta_ids = None
        sample = None if size == "shipped" or full_collisions else 2000

        # The full rebuild, from nothing. Without the collision check first, then that check
        # (in full, or on a sample scaled up).
        t = time.perf_counter()
        engine, problems = validate(knowledge, seeds, settings, cta_ids=cta_ids, check_collisions=False)
        out["full_without_collisions_s"] = time.perf_counter() - t
        assert engine is not None, problems[:3]
        texts = sum(len(e.all_phrasings()) for e in engine.kb.entries.values())
        out["entries"], out["texts"] = len(engine.kb), texts
        t = time.perf_counter()
        if sample is None:
            found = collisions(engine)
            out["collisions_s"], out["collisions_estimated"] = time.perf_counter() - t, False
            out["collisions_found"] = len(found)
        else:
            rng = random.Random(0)
            pairs = [(e, text) for e in engine.kb.entries.values() for text in e.all_phrasings()]
            for entry, text in rng.sample(pairs, sample):
                engine.matcher_of(entry, text).first(text, exclude=(entry.id, text))
            out["collisions_s"] = (time.perf_counter() - t) * texts / sample
            out["collisions_estimated"] = True
        out["full_s"] = out["full_without_collisions_s"] + out["collisions_s"]

        ids = list(engine.kb.entries)
        rng = random.Random(1)
        chosen = rng.sample(ids, min(edits, len(ids)))
        if size == "shipped":
            editor = Editor(knowledge, seeds, settings, AuditLog(root / "audit.sqlite3"), cta_ids=cta_ids)
            t = time.perf_counter()
            assert editor.load()[0] is not None
            out["first_validation_s"] = time.perf_counter() - t
            editor.settle()
            phrasing, answer, hand = [], [], []
            exact: dict[str, list[float]] = {
                "add a phrasing": [],
                "change the answer": [],
                "reload after a hand edit": [],
            }

            def settled(what: str, started: float) -> None:
                editor.settle()
                exact[what].append(time.perf_counter() - started)

            for i, entry_id in enumerate(chosen):
                entry = engine.kb.entries[entry_id]
                t, c = time.perf_counter(), time.thread_time()
                editor.add_phrasing(entry_id, f"{entry.question} (edit {i})", who="bench")
                phrasing.append(time.perf_counter() - t)
                cpu.setdefault("phrasing", []).append(time.thread_time() - c)
                settled("add a phrasing", t)
                opened = editor.open(entry_id)
                draft = dataclasses.replace(opened.draft, answer=opened.draft.answer + " That is all.")
                t, c = time.perf_counter(), time.thread_time()
                editor.edit_entry(entry_id, draft, who="bench", revision=opened.revision)
                answer.append(time.perf_counter() - t)
                cpu.setdefault("answer", []).append(time.thread_time() - c)
                settled("change the answer", t)
                path = knowledge / f"{entry_id}.yaml"
                path.write_text(path.read_text(encoding="utf-8") + "# checked by hand\n", encoding="utf-8")
                t, c = time.perf_counter(), time.thread_time()
                assert editor.load()[0] is not None
                hand.append(time.perf_counter() - t)
                cpu.setdefault("hand", []).append(time.thread_time() - c)
                settled("reload after a hand edit", t)
            # An entry added (and removed again, not timed, so the FAQ stays the same): served on an
            # interim engine, checked for the collisions it can make (engine._changed_since).
            added, exact["add an entry"] = [], []
            for i, entry_id in enumerate(chosen):
                opened = editor.open(entry_id)
                draft = Draft(
                    question=f"When does the benchmark museum {i} open its doors?",
                    phrasings=tuple(f"{w} opening hours of the benchmark museum {i}" for w in _DAYS),
                    answer=opened.draft.answer,
                    quotes=opened.draft.quotes,
                )
                t, c = time.perf_counter(), time.thread_time()
                editor.add_entry(draft, who="bench", entry_id=f"bench-museum-{i}")
                added.append(time.perf_counter() - t)
                cpu.setdefault("added", []).append(time.thread_time() - c)
                settled("add an entry", t)
                editor.remove_entry(f"bench-museum-{i}", who="bench")
                editor.settle()
            out["edits"] = {
                "add a phrasing": phrasing,
                "change the answer": answer,
                "reload after a hand edit": hand,
                "add an entry": added,
            }
            out["exact"] = exact
        else:
            memo, exact_memo = Memo(), Memo()
            t = time.perf_counter()
            with memo.active():
                previous, problems = validate(knowledge, seeds, settings, check_collisions=False)
            out["first_validation_s"] = time.perf_counter() - t
            assert previous is not None
            # The editor's worker keeps its own memo: filled by a first exact build (not timed).
            with exact_memo.active():
                exact_previous = Engine.build(previous.kb, settings)

            def interim_edit(overlay: dict[str, bytes], previous: Engine) -> tuple[float, float, list, Engine]:
                """What the editor runs for `overlay` (validated on an interim engine), timed (wall,
                this thread's CPU), its problems, and the engine served: the synthetic FAQ's own
                collisions are not what is measured, so that one is taken without them."""
                t, c = time.perf_counter(), time.thread_time()
                with memo.active():
                    _, problems = validate(knowledge, seeds, settings, overlay=overlay, previous=previous, interim=True)
                wall, cpu_s = time.perf_counter() - t, time.thread_time() - c
                with memo.active():
                    served = validate(
                        knowledge,
                        seeds,
                        settings,
                        overlay=overlay,
                        previous=previous,
                        interim=True,
                        check_collisions=False,
                    )[0]
                assert served is not None
                return wall, cpu_s, problems, served

            phrasing, checked, exact_s = [], [], []
            for i, entry_id in enumerate(chosen):
                path = knowledge / f"{entry_id}.yaml"
                data = path.read_text(encoding="utf-8").replace(
                    "phrasings:\n", f"phrasings:\n- {engine.kb.entries[entry_id].question} edit {i}\n", 1
                )
                overlay = {path.name: data.encode()}
                wall, cpu_s, problems, served = interim_edit(overlay, previous)
                phrasing.append(wall)
                cpu.setdefault("phrasing", []).append(cpu_s)
                checked.append(len(problems))
                path.write_text(data, encoding="utf-8")
                t = time.perf_counter()
                with exact_memo.active():
                    exact_previous = rebuilt(served.kb, settings, exact_previous)[0]
                exact_s.append(time.perf_counter() - t)
                previous = served
            # One entry added, as `validate` checks it for the editor: an interim engine with the new
            # entry indexed against the word weights there, its texts and those it might win checked
            # (engine._changed_since); the exact engine after, as the worker builds it.
            added, added_exact = [], []
            for i in range(min(edits, 2)):
                new_id = f"zz-added-{i}"
                texts = [f"museum {i} opening hours {w}" for w in _DAYS]
                data = {
                    "id": new_id,
                    "question": f"When does museum {i} open?",
                    "phrasings": texts,
                    "answer": SOURCE,
                    "quotes": [{"source": "synthetic", "speaker": "author", "text": SOURCE}],
                }
                overlay = {f"{new_id}.yaml": yaml.safe_dump(data, sort_keys=False).encode()}
                wall, cpu_s, problems, served = interim_edit(overlay, previous)
                added.append(wall)
                cpu.setdefault("added", []).append(cpu_s)
                checked.append(len(problems))
                t = time.perf_counter()
                with exact_memo.active():
                    rebuilt(served.kb, settings, exact_previous)
                added_exact.append(time.perf_counter() - t)
            out["edits"] = {"add a phrasing": phrasing, "add an entry": added}
            out["exact"] = {"add a phrasing": exact_s, "add an entry": added_exact}
            out["problems_reported"] = checked
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        print(json.dumps(worker(argv[1], int(argv[2]), argv[3] == "1")))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="shipped,10000", help="comma-separated: 'shipped' and/or entry counts")
    ap.add_argument("--edits", type=int, default=5, help="edits measured per size (each to another entry)")
    ap.add_argument("--full-collisions", action="store_true", help="time the synthetic FAQ's full collision check")
    args = ap.parse_args(argv)
    print(
        f"faqbot reload benchmark - python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}, one process per size"
    )
    failed = False
    for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        cmd = [sys.executable, str(HERE), "--worker", size, str(args.edits), "1" if args.full_collisions else "0"]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=dict(os.environ, PYTHONHASHSEED="0"))
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            print(f"{size}: FAILED")
            failed = True
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        label = "shipped FAQ" if size == "shipped" else f"{int(size):,} entries"
        est = " (est.)" if r["collisions_estimated"] else ""
        print()
        print(f"{label}: {r['entries']:,} entries, {r['texts']:,} texts")
        print(
            f"  full rebuild:       {r['full_s']:.3f} s = {r['full_without_collisions_s']:.3f} s loading, "
            f"checking and building + {r['collisions_s']:.3f} s collision check{est}"
        )
        print(f"  first validation of the editor (keeps its work): {r['first_validation_s']:.3f} s")
        target = TARGET_S.get(size)
        for what, times in r["edits"].items():
            median = statistics.median(times)
            verdict = "" if target is None else f"  target <= {target:g} s: {'met' if median <= target else 'MISSED'}"
            print(
                f"  one edit, {what + ':':<26} median {median:.3f} s, slowest {max(times):.3f} s "
                f"({len(times)} edits; {r['full_s'] / median:.1f}x faster than the full rebuild){verdict}"
            )
            key = {"add a phrasing": "phrasing", "change the answer": "answer"}.get(what) or (
                "hand" if what.startswith("reload") else "added"
            )
            spent = r.get("cpu", {}).get(key)
            if spent:
                print(f"    CPU of the edit's own thread:    median {statistics.median(spent):.3f} s")
            exact = r.get("exact", {}).get(what)
            if exact:
                print(
                    f"    exact engine swapped in after:   median {statistics.median(exact):.3f} s, "
                    f"slowest {max(exact):.3f} s (built in the background while the edit is served)"
                )
        print(f"  load average when this size started: {r['load']:.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
