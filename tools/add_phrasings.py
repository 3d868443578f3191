"""Add the in-scope questions of labelled question sets to their entries' phrasings.

    .venv/bin/python tools/add_phrasings.py tests/data/eval.yaml tests/data/eval-fa.yaml ...
    .venv/bin/python tools/add_phrasings.py --dry-run tests/data/eval*.yaml   # say what, write nothing

Why: a phrasing is how people ask, and a labelled set is people asking. On the sets written
since (held out while this ran), the questions of earlier sets, added as phrasings, answered
more fresh questions in full than any rule of the engine did (docs/engine.md, "Questions as
phrasings"). Only sets that are development data may be added: a set that is to measure the bot
must never become its phrasings.

Each question goes to the list it belongs to (an English question to the entry's `phrasings`,
a Persian or Finglish one, by the set's `lang`, to `translations: fa: phrasings`), after a
comment naming its set, so a moderator sees where it came from. The files are edited as text
(nothing else in them moves). A question the FAQ's own checks refuse as a phrasing (it repeats
one, it is another entry's phrasing, it names what no quote of the entry mentions) is left out
and listed with the reason: the knowledge folder always passes `faqbot validate` afterwards,
or nothing is written. Near-topic and out-of-scope questions are never added.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from bot.config import load_config  # noqa: E402
from bot.engine import Engine, load_question_set  # noqa: E402
from bot.engine.engine import collisions  # noqa: E402
from bot.engine.knowledge import comparable_texts, load_knowledge_collecting  # noqa: E402
from bot.engine.problems import Problem  # noqa: E402
from bot.engine.text import comparable  # noqa: E402

ENGLISH, PERSIAN = "en", "fa"


@dataclass
class _File:
    """One entry file: its text as read, and the questions to append to each of its two lists."""

    path: Path
    lines: list[str]
    added: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))  # list -> (set, q)

    def _block_end(self, which: str) -> tuple[int, str]:
        """(index to insert at, item indent) of the English or Persian phrasings list."""
        if which == ENGLISH:
            start = next((i for i, line in enumerate(self.lines) if line.rstrip() == "phrasings:"), None)
            key_indent = ""
        else:
            fa = next((i for i, line in enumerate(self.lines) if line.rstrip() == "  fa:"), None)
            start = None
            if fa is not None:
                start = next(
                    (i for i in range(fa + 1, len(self.lines)) if self.lines[i].rstrip() == "    phrasings:"), None
                )
            key_indent = "    "
        if start is None:
            raise LookupError(f"{self.path}: no {'translations: fa: ' if which == PERSIAN else ''}phrasings: list")
        end = start + 1

        def inside(line: str) -> bool:  # an item, a blank line, or a comment among the items
            return line.startswith(key_indent + "  ") or not line.strip() or line.lstrip().startswith("#")

        while end < len(self.lines) and inside(self.lines[end]):
            end += 1
        while end > start + 1 and (not self.lines[end - 1].strip() or self.lines[end - 1].lstrip().startswith("#")):
            end -= 1
        return end, key_indent + "  "

    def render(self) -> tuple[str, dict[int, tuple[str, str]]]:
        """The file's new text, and which line (1-based) holds which added (list, question)."""
        spots = {}
        for which, items in self.added.items():
            if items:
                end, indent = self._block_end(which)
                spots[end] = (which, indent)
        out: list[str] = []
        at: dict[int, tuple[str, str]] = {}
        for i in range(len(self.lines) + 1):
            if i in spots:
                if out and not out[-1].endswith("\n"):  # the file's last line, without its newline
                    out[-1] += "\n"
                which, indent = spots[i]
                last_set = None
                for set_name, q in self.added[which]:
                    if set_name != last_set:
                        out.append(f"{indent}# asked in {set_name} (tools/add_phrasings.py)\n")
                        last_set = set_name
                    out.append(f"{indent}- {json.dumps(q, ensure_ascii=False)}\n")
                    at[len(out)] = (which, q)
            if i < len(self.lines):
                out.append(self.lines[i])
        return "".join(out), at


def _target(item, entry_has_fa: bool) -> str | None:
    lang = item.lang or ENGLISH
    if lang == ENGLISH:
        return ENGLISH
    return PERSIAN if entry_has_fa else None


def _in_full(engine: Engine, question: str) -> str | None:
    """The entry `question` is answered with in full, if it is."""
    reply = engine.ask(question)
    return reply.entry.id if reply.answered and reply.scope == "full" and reply.entry is not None else None


def _pulled_in_full(engine: Engine, guarded: list[str]) -> list[tuple[str, str]]:
    """(question, entry) of each guarded question answered in full now."""
    return [(q, eid) for q in guarded if (eid := _in_full(engine, q))]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="labelled question sets (development data only)")
    ap.add_argument("--config", type=Path, default=None, help="config file (default: config.yaml of this checkout)")
    ap.add_argument(
        "--rounds", type=int, default=6, help="rounds of leaving out questions that make a phrasing collide (default 6)"
    )
    ap.add_argument(
        "--missed",
        action="store_true",
        help="add only the questions the FAQ does not answer in full with their entry as it stands",
    )
    ap.add_argument("--dry-run", action="store_true", help="list what would be added and left out; write nothing")
    args = ap.parse_args(argv)
    config = load_config(args.config)
    knowledge, seeds = config.paths.knowledge, config.paths.seeds
    kb, problems = load_knowledge_collecting(knowledge, seeds)
    if problems:
        print("the knowledge folder has problems already; fix them first:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    files = {
        eid: _File(e.path, e.path.read_text(encoding="utf-8").splitlines(keepends=True))
        for eid, e in kb.entries.items()
    }
    # What the duplicate check compares, across every entry: a question already asked in these
    # words (give or take case, punctuation and spelling variants) is not added again.
    known = {key for e in kb.entries.values() for key in comparable_texts(e)}
    skipped: list[str] = []
    answered = 0
    engine = Engine.build(kb, config.matching) if args.missed else None
    guards: list[str] = []  # the sets' near-topic and out-of-scope questions (`_pulled_in_full`)
    for path in args.sets:
        for item in load_question_set(path):
            if not item.in_scope:
                guards.append(item.question)
                continue
            entry = kb.entries.get(item.entry)
            if entry is None:
                skipped.append(f"{path.name}: {item.question!r}: no entry '{item.entry}'")
                continue
            which = _target(item, PERSIAN in entry.translations)
            if which is None:
                skipped.append(f"{path.name}: {item.question!r}: entry '{item.entry}' has no Persian translation")
                continue
            key = comparable(item.question)
            if not key or key in known:
                continue  # asked as the FAQ already words it (in this entry, or another: a label to settle)
            if engine is not None:
                reply = engine.ask(item.question)
                right = reply.entry is not None and reply.entry.id == item.entry
                if reply.answered and right and reply.scope == "full":
                    answered += 1
                    continue  # the FAQ answers it as it stands
            known.add(key)
            files[item.entry].added[which].append((path.name, item.question))
    try:
        for f in files.values():
            for which in f.added:
                f._block_end(which)
    except LookupError as exc:  # e.g. a list written inline, [a, b]: nothing to append to as text
        print(exc, file=sys.stderr)
        return 1
    # Leave out, a round at a time, every added question the FAQ's own checks refuse; then every
    # one that makes a phrasing collide (asked without itself, it would rank another entry
    # first): an added question that collides itself, or, when a phrasing of entry A would now go
    # to entry B, B's added question most like that phrasing (the one that pulls it over).
    base = engine if engine is not None else Engine.build(kb, config.matching)
    guarded = [q for q in guards if not _in_full(base, q)]
    rounds = 0
    for _ in range(60):
        overlay, where = {}, {}
        for eid, f in files.items():
            if any(f.added.values()):
                text, at = f.render()
                overlay[f.path.name] = text.encode("utf-8")
                where[f.path.name] = (eid, at)
        new_kb, problems = load_knowledge_collecting(knowledge, seeds, overlay=overlay)
        refused = [(p, where.get(p.path.name, (None, {}))) for p in problems]
        if problems and not all(eid and at.get(p.line) for p, (eid, at) in refused):
            print("problems not caused by an added question:", *problems, sep="\n  ", file=sys.stderr)
            return 1
        if not problems:
            engine = Engine.build(new_kb, config.matching)
            problems = collisions(engine)
            refused = []
            rounds += 1
            stuck = [p for p in problems if not (where.get(p.path.name, (None, {}))[1].get(p.line))]
            if rounds > args.rounds and stuck:
                print(
                    f"after {args.rounds} rounds these phrasings of the FAQ still collide (reword or move them, "
                    "then run this again); nothing written:",
                    *stuck,
                    sep="\n  ",
                    file=sys.stderr,
                )
                return 1
            pulled = [] if problems else _pulled_in_full(engine, guarded)
            for q, eid in pulled:
                # a near-topic or out-of-scope question the FAQ did not answer in full is now:
                # the added questions most like it (of the entry it goes to, else of any entry)
                # lifted its rank past the threshold (docs/engine.md)
                added = [(eid, w, a) for w, items in files[eid].added.items() for _, a in items]
                added = added or [(o, w, a) for o, f in files.items() for w, items in f.added.items() for _, a in items]
                for owner, which, a in sorted(added, key=lambda owa: -fuzz.WRatio(q, owa[2]))[:10]:
                    line = next(n for n, hit in where[files[owner].path.name][1].items() if hit == (which, a))
                    why = Problem(files[owner].path, line, owner, f'makes "{q}" (not in scope) answered in full')
                    refused.append((why, (owner, {line: (which, a)})))
            for p in problems:
                eid, at = where.get(p.path.name, (None, {}))
                if eid and at.get(p.line):
                    refused.append((p, (eid, at)))
                    continue
                winner = p.message.split("would be answered with entry '", 1)[1].split("'", 1)[0]
                text = p.message.split('"', 1)[1].rsplit('" would be answered', 1)[0]
                added = [(winner, w, q) for w, items in files[winner].added.items() for _, q in items]
                if not added:
                    # None of the winner's own: the added questions moved the word weights (a word
                    # asked often weighs less), so suspect the added questions, of any entry, most
                    # like the phrasing pulled over.
                    added = [(o, w, q) for o, f in files.items() for w, items in f.added.items() for _, q in items]
                if not added:
                    print("a collision no added question explains:", p, sep="\n  ", file=sys.stderr)
                    return 1
                # The ten most like it (one at a time converges too slowly: a phrasing pulled
                # over by several questions alike stays pulled while any one of them is left).
                for owner, which, q in sorted(added, key=lambda owq: -fuzz.WRatio(text, owq[2]))[:10]:
                    line = next(n for n, hit in where[files[owner].path.name][1].items() if hit == (which, q))
                    why = Problem(p.path, line, owner, f'makes "{text}" of {eid or p.entry} collide')
                    refused.append((why, (owner, {line: (which, q)})))
            print(f"round: {len(problems)} collisions, {len(pulled)} not in scope answered", file=sys.stderr)
            problems = problems or [why for why, _ in refused]
        if not problems:
            break
        for p, (eid, at) in refused:
            which, q = at[p.line]
            items = files[eid].added[which]
            kept = [item for item in items if item[1] != q]
            if len(kept) != len(items):
                files[eid].added[which] = kept
                skipped.append(f"{files[eid].path.name}: {q!r}: {p.message}")
    else:
        print("gave up: the checks kept refusing added questions", file=sys.stderr)
        return 1
    added = sum(len(v) for f in files.values() for v in f.added.values())
    for line in skipped:
        print("left out:", line)
    print(f"{added} questions added as phrasings, {len(skipped)} left out", end="")
    print(f", {answered} answered in full already" if args.missed else "")
    if not args.dry_run:
        for f in files.values():
            if any(f.added.values()):
                f.path.write_text(f.render()[0], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
