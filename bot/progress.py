"""Progress for long work: a bar on a terminal (tqdm), plain lines when the output is not one.

tqdm rather than rich: it does this one thing, is pure Python with no dependencies of its own
(rich brings pygments and markdown-it), and faqbot's output is plain text everywhere else.
A log file, CI or `2> file` gets a few plain lines instead of a bar's carriage returns:
"calibrate: ranking questions 150/300", at the start, each quarter and the end.
Progress goes to standard error, so the command's output stays clean for pipes and files.
"""

from __future__ import annotations

import sys
from typing import Iterable, Iterator, TextIO, TypeVar

T = TypeVar("T")
PLAIN_STEPS = 4  # plain lines: the start, each quarter of the work, the end


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress(items: Iterable[T], desc: str, *, total: int | None = None, unit: str = "it",
             stream: TextIO | None = None) -> Iterator[T]:
    """Yield `items`, showing how far along the work is on `stream` (standard error by default)."""
    stream = stream if stream is not None else sys.stderr
    if total is None:
        try:
            total = len(items)  # type: ignore[arg-type]
        except TypeError:
            total = None
    if _is_terminal(stream):
        from tqdm import tqdm

        yield from tqdm(items, desc=desc, total=total, unit=unit, file=stream, leave=False, dynamic_ncols=True)
        return
    step = max(1, -(-total // PLAIN_STEPS)) if total else None
    done = 0
    for item in items:
        if step is not None and done % step == 0:
            print(f"{desc} {done}/{total}", file=stream, flush=True)
        yield item
        done += 1
    print(f"{desc} {done}/{total}" if total is not None else f"{desc} {done} {unit} done", file=stream, flush=True)
