"""The typo rule shared by questions and phrasings: which known word a misspelt one stands for.

The index folds a phrasing's rare misspellings into the FAQ's own spelling (`index._misspellings`)
and ranking looks a question's unknown word up among the FAQ's words (`ranking.Ranker`); both use
the same length buckets, the same candidates and the same closest choice, kept here once.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from .matcher import MatchSettings


def length_buckets(words: Iterable[str]) -> dict[int, list[str]]:
    """Words by length, each list sorted: where `similar_length` looks for a typo's candidates."""
    buckets: dict[int, list[str]] = {}
    for word in sorted(words):
        buckets.setdefault(len(word), []).append(word)
    return buckets


def similar_length(word: str, buckets: Mapping[int, list[str]]) -> list[str]:
    """The candidates a typo of `word` can be: within two letters of its length."""
    return [c for length in range(len(word) - 2, len(word) + 3) for c in buckets.get(length, ())]


def closest_spelling(word: str, choices: Sequence[str], settings: MatchSettings) -> str | None:
    """The typo rule shared by questions and phrasings: the closest choice by rapidfuzz's ratio,
    if it reaches `typo_min_ratio` (the first of equal ones).

    A new question word is looked for among hundreds of FAQ words of about its length, once per
    word but for every new one (a typo is new by nature): on such a list one `cdist` and the first
    highest score is faster than `extractOne` (the same choice: extractOne keeps the first of the
    best scores at or above the cut-off), which stays faster on the short lists of the build."""
    if len(choices) >= MANY_CHOICES:
        cutoff = settings.typo_min_ratio
        scores = process.cdist([word], choices, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float64, workers=1)
        at = int(scores[0].argmax())
        return choices[at] if scores[0, at] >= cutoff else None
    best = (
        process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=settings.typo_min_ratio) if choices else None
    )
    return best[0] if best else None


MANY_CHOICES = 128  # from this many choices on, `closest_spelling` scores them in one `cdist`


def grown_buckets(buckets: Mapping[int, list[str]], new: Iterable[str]) -> dict[int, list[str]]:
    """`length_buckets` of a vocabulary grown by `new` words, from the buckets before."""
    grown = dict(buckets)
    for word in sorted(new):
        bucket = grown[len(word)] = list(grown.get(len(word), ()))
        bisect.insort(bucket, word)
    return grown
