"""The "left, left = right, right" lines of the word lists under bot/engine/data/, read one way:
"#" starts a comment, blank lines are skipped, and a line without "=" or without anything before
it is reported with its file and line, so that a moderator's typo in a list names where it is."""

from __future__ import annotations

from collections.abc import Iterator


def equations(text: str, where: str, expected: str) -> Iterator[tuple[int, str, list[str], list[str]]]:
    """(line number, the line as written, the comma-separated items left of "=", those right of
    it), each item stripped, empty ones dropped; ValueError `where:line: expected ...` otherwise."""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        left, sep, right = line.partition("=")
        heads = [w.strip() for w in left.split(",") if w.strip()]
        if not sep or not heads:
            raise ValueError(f"{where}:{n}: expected {expected}, got {raw.strip()!r}")
        yield n, raw, heads, [w.strip() for w in right.split(",") if w.strip()]
