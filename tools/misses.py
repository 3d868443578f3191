"""Every English in-scope question of the labelled sets the shipped FAQ does not answer in full
with its entry: one line each (outcome, reason, score, the cause, the expected, first and
second entry, the set, the question), then the counts by cause. What to read before changing the
English matching (issue #11's recall): a fix should remove a cause, not one question.

    .venv/bin/python tools/misses.py                   # eval.yaml, eval2.yaml, ... (English sets)
    .venv/bin/python tools/misses.py eval26 eval27     # some sets only (names in tests/data)

The causes, the first that applies:
  wrong entry, shared quote   another entry answered, one quoting what the expected one quotes
  wrong entry                 another entry answered
  other first, shared quote   not answered, another entry ranked first that shares a quote
  other first                 not answered, another entry ranked first
  caveat / scope refused      the right entry, answered with a caveat or refused by the scope check
  word the entry never uses   right entry first, below the threshold; a content word of the
                              question is one the entry never says nor is asked with (no lead)
  lead of N word(s)           right entry first, below the threshold; only N of its words are
                              ones the runner-up has not (Engine._by_lead wants `lead_words`)
  vetoed                      right entry first, a veto (a place or year the FAQ never names)
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import load_config, load_faq  # noqa: E402
from bot.engine import load_question_set  # noqa: E402
from bot.engine.evaluation import answer_scope  # noqa: E402
from bot.engine.text import words  # noqa: E402


def _english_sets() -> list[str]:
    found = (p.stem for p in (ROOT / "tests" / "data").glob("eval*.yaml"))
    return sorted((s for s in found if re.fullmatch(r"eval\d*", s)), key=lambda s: int(s[4:] or 1))


def _shared(engine, a: str | None, b: str | None) -> bool:
    """Whether two entries quote the same sentence (one quote inside the other, as words)."""
    if a is None or b is None or a == b:
        return False

    def said(eid: str) -> list[str]:
        return [" ".join(words(q.text)) for q in engine.kb.entries[eid].quotes]

    return any(x in y or y in x for x in said(a) for y in said(b))


def _cause(engine, question: str, kind: str, result, expected: str) -> str:
    if kind == "wrong":
        return "wrong entry, shared quote" if _shared(engine, result.entry_id, expected) else "wrong entry"
    if result.best != expected:
        return "other first, shared quote" if _shared(engine, result.best, expected) else "other first"
    if kind == "partial" or result.reason.value == "uncovered":
        return "caveat / scope refused"
    if result.reason.value == "off_topic":
        return "vetoed"
    lead = engine.scope.lead_words(question, expected, result.second)
    return "word the entry never uses" if lead is None else f"lead of {len(lead)} word(s)"


def main(names: list[str]) -> int:
    engine = load_faq(load_config(None), read_only=True)
    rows = []
    for name in names or _english_sets():
        for item in load_question_set(ROOT / "tests" / "data" / f"{name}.yaml"):
            if item.entry is None or item.near_topic or (item.lang and item.lang != "en"):
                continue
            reply = engine.ask(item.question)
            result, scope = reply.result, answer_scope(reply)
            if scope == "full" and result.entry_id == item.entry:
                continue
            kind = "wrong" if scope and result.entry_id != item.entry else ("partial" if scope else "miss")
            cause = _cause(engine, item.question, kind, result, item.entry)
            row = (cause, kind, result.reason.value, result.score, item.entry, result.best, result.second)
            rows.append((*row, name, item.question))
    rows.sort(key=lambda r: (r[0], r[4], r[3]))
    for cause, kind, reason, score, entry, best, second, name, question in rows:
        ranked = f"{entry:18.18} {best!s:18.18} {second!s:18.18}"
        print(f"{cause:26} {kind:7} {reason:16.16} {score:5.1f} {ranked} {name:6} {question}")
    for cause, n in collections.Counter(r[0] for r in rows).most_common():
        print(f"{n:4} {cause}")
    pairs = collections.Counter(tuple(sorted((r[4], str(r[5] if r[5] != r[4] else r[6])))) for r in rows)
    print("the pairs most often confused (expected entry and the one ranked with it):")
    for (a, b), n in pairs.most_common(8):
        print(f"{n:4} {a} / {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
