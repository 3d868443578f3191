"""A script's matcher built from an entry's texts, reusing the one built before from the same texts
while a memo is active (`_matcher`), or patched after an edit (`_patched_matcher`): Engine.build
and Engine.patched share them."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from .index import patched as patched_index
from .knowledge import Entry, KnowledgeBase
from .matcher import Matcher, MatchSettings
from .memo import memoized
from .script_indexes import index_texts
from .text import answer_types

_UNPATCHABLE = object()


def _patched_matcher(
    old: Matcher | None,
    entries: Sequence[Entry],
    which: str,
    before: KnowledgeBase,
    answers: dict[str, str],
    settings: MatchSettings,
) -> Matcher | object | None:
    """`old` (one script's matcher) for the changed `entries` (Engine.patched): the very same
    object when neither their texts in it nor the kinds of fact their answers hold changed; the
    same index with those kinds replaced when only they did; else index.patched. _UNPATCHABLE
    when it cannot be patched (an index appearing, or one emptied)."""
    texts = {e.id: index_texts(e, which) for e in entries}
    moved = {
        eid: t
        for eid, t in texts.items()
        if t != (index_texts(before.entries[eid], which) if eid in before.entries else [])
    }
    if old is None:
        return _UNPATCHABLE if moved else None
    if moved:
        index = patched_index(old.index, moved, settings, answers)
        return _UNPATCHABLE if index is None else Matcher((), settings, answers=answers, index=index)
    kinds = list(old.index.answer_types)
    for e in entries:
        if e.id in old.index.index_of:
            kinds[old.index.index_of[e.id]] = answer_types(answers.get(e.id, ""))
    if kinds == old.index.answer_types and all((old.answers or {}).get(e.id) == answers.get(e.id) for e in entries):
        return old
    return Matcher((), settings, answers=answers, index=dataclasses.replace(old.index, answer_types=kinds))


def _matcher(
    entries: list[tuple[str, list[str]]],
    settings: MatchSettings,
    answers: dict[str, str],
    *,
    finglish: bool | str = True,
) -> Matcher:
    """A matcher over `entries`; while a memo is active (memo.py), the one built before from the
    very same texts, answers and settings (an edit of English phrasings leaves the Persian and
    Finglish indexes as they were), and the index built before from the same texts and settings
    when only answers changed (what kinds of fact each answer holds is all the index keeps of
    them: the same index `build_index` gives with the new answers)."""

    def build() -> Matcher:
        return Matcher(entries, settings, answers=answers, finglish=finglish)

    if settings.semantic_model:
        return build()
    texts = ("index", tuple((eid, tuple(texts)) for eid, texts in entries), repr(settings), finglish)

    def rebound() -> Matcher:
        index = memoized(texts, lambda: build().index)
        kinds: list[frozenset[str] | None] = [
            memoized(("answer types", answers.get(eid, "")), functools.partial(answer_types, answers.get(eid, "")))
            for eid in index.entry_ids
        ]
        if kinds != index.answer_types:
            index = dataclasses.replace(index, answer_types=kinds)
        return Matcher((), settings, answers=answers, index=index)

    return memoized(("matcher", *texts[1:], tuple(answers.items())), rebound)
