"""Work kept from one validation of the FAQ to the next, so a reload after one edit redoes only
what the edit changed.

Reading an entry's file (its quotes found verbatim in the sources), normalising a text's words
and finding the names a text writes are pure functions of their input: while a `Memo` is active
(`with memo.active():`), their results are looked up by that input and computed only when new.
A reload after one edit therefore parses one file and normalises that entry's texts; everything
computed from all entries together (word weights, learned weights, the cross-entry checks) is
computed again from the kept parts, by the same code, so the result is exactly what a full
rebuild gives (tests/moderation/test_incremental_reload.py compares them). That exact build is
what the editor's worker thread runs, with a memo of its own; the edit itself is served before it,
on an interim engine patched from the one served (engine.Engine.patched), see bot.moderation.editor.

A memo keeps only what its last run used: an edited or removed entry's old texts are dropped
when the next run ends. Without an active memo (the default, and every read-only command)
nothing is kept. The active memo is a context variable, so a worker thread validating an edit
never shares it with the thread answering questions.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")

_active: ContextVar[Memo | None] = ContextVar("faqbot_engine_memo", default=None)
_MISSING = object()


class Memo:
    """Results kept between runs, by input; see the module docstring."""

    def __init__(self) -> None:
        self._kept: dict[Hashable, Any] = {}  # what the previous run used
        self._used: dict[Hashable, Any] = {}  # what this run has used so far
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._kept) + len(self._used)

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        value = self._used.get(key, _MISSING)
        if value is _MISSING:
            value = self._kept.pop(key, _MISSING)
            if value is _MISSING:
                self.misses += 1
                value = make()
            else:
                self.hits += 1
            self._used[key] = value
        return value  # type: ignore[return-value]

    @contextlib.contextmanager
    def active(self) -> Iterator[Memo]:
        """Make this memo the one `memoized` uses in this context; when the block ends, keep
        only what it used (a run that failed keeps everything, for the next attempt)."""
        token = _active.set(self)
        self.hits = self.misses = 0
        ok = False
        try:
            yield self
            ok = True
        finally:
            _active.reset(token)
            if ok:
                self._kept, self._used = self._used, {}
            else:
                self._kept.update(self._used)
                self._used = {}


def current() -> Memo | None:
    """The memo active in this context, if any."""
    return _active.get()


@contextlib.contextmanager
def for_one_build() -> Iterator[None]:
    """A memo of its own for one build of the FAQ, unless one is active already (the editor's,
    kept between its runs). One build reads each text's words several times: the indexes, the
    scope index's many readings of each entry (scope._index_base), the cross-entry checks and the
    collision check asking every phrasing; the per-word caches keep only the last few texts, so
    without a memo every reading was made again (a quarter of building the shipped FAQ). The
    results are the same: what a memo keeps is a pure function of its key. Dropped when the
    build ends, so nothing outlives it."""
    if _active.get() is not None:
        yield
        return
    with Memo().active():
        yield


def one_build(function: Callable[P, T]) -> Callable[P, T]:
    """`function` run inside `for_one_build`: for what builds or checks a whole FAQ."""

    @functools.wraps(function)
    def built(*args: P.args, **kwargs: P.kwargs) -> T:
        with for_one_build():
            return function(*args, **kwargs)

    return built


def memoized(key: Hashable, make: Callable[[], T]) -> T:
    """`make()`, looked up by `key` in the active memo (computed every time without one)."""
    memo = _active.get()
    return make() if memo is None else memo.get(key, make)


# -- Per-word caches -------------------------------------------------------------------------
#
# Cleaning, stemming and repairing a word are cached by the word, so a question's words cost
# nothing the second time. The words come from users, and a cache of N entries holds N words of
# whatever length was sent: 65,536 "words" of 1,000 letters are over 100 MB. So only words of at
# most MAX_CACHED_WORD characters are kept: no real word is longer (English, Persian and Finglish
# words stay well under 30 letters), so the cache keeps what it is for, and a longer "word" is
# computed each time, with the same result.

MAX_CACHED_WORD = 40


def word_cache(maxsize: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """`functools.lru_cache(maxsize)` for a function of one word, keeping only words of at most
    `MAX_CACHED_WORD` characters (see above): at most `maxsize` entries of bounded size."""

    def decorate(function: Callable[[str], T]) -> Callable[[str], T]:
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def lookup(word: str) -> T:
            return cached(word) if len(word) <= MAX_CACHED_WORD else function(word)

        return lookup

    return decorate
