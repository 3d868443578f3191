"""Progress for long work: a bar on a terminal (tqdm), plain lines when the output is not one.

tqdm rather than rich: it does this one thing, is pure Python with no dependencies of its own
(rich brings pygments and markdown-it), and faqbot's output is plain text everywhere else.
A log file, CI or `2> file` gets a few plain lines instead of a bar's carriage returns:
"calibrate: ranking questions 150/300", at the start, each quarter and the end.
Progress goes to standard error, so the command's output stays clean for pipes and files.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")
PLAIN_STEPS = 4  # plain lines: the start, each quarter of the work, the end


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress(
    items: Iterable[T], desc: str, *, total: int | None = None, unit: str = "it", stream: TextIO | None = None
) -> Iterator[T]:
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


class Meter:
    """Progress of work that reports how far it is itself (`update(done, total)`), such as SQLite's
    online backup copying a database page by page. A bar on a terminal, plain lines otherwise."""

    def __init__(self, desc: str, *, unit: str = "it", stream: TextIO | None = None) -> None:
        self.desc, self.unit = desc, unit
        self.stream = stream if stream is not None else sys.stderr
        self._bar = None
        self._shown = -1  # plain lines: the last quarter printed
        self._done = self._total = 0

    def update(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        if _is_terminal(self.stream):
            bar = self._bar
            if bar is None:
                from tqdm import tqdm

                bar = self._bar = tqdm(
                    desc=self.desc, total=total, unit=self.unit, file=self.stream, leave=False, dynamic_ncols=True
                )
            bar.total = total
            bar.update(done - bar.n)
            return
        quarter = done * PLAIN_STEPS // total if total else PLAIN_STEPS
        if quarter > self._shown and quarter < PLAIN_STEPS:
            self._shown = quarter
            print(f"{self.desc} {done}/{total}", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._total:
            print(f"{self.desc} {self._done}/{self._total}", file=self.stream, flush=True)

    def __enter__(self) -> Meter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
