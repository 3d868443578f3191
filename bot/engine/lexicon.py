"""A plain English word list, to weigh words the FAQ never uses.

An unknown word that is ordinary English ("funds", "veto", "population") usually means the
question is about something the FAQ does not cover; an unknown word that is not English (a typo
rapidfuzz could not place, slang, Persian written in Latin letters) is mostly noise. The list is
SCOWL's (see the notice at the top of the data file).
"""

from __future__ import annotations

import functools
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "english-words.txt"


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    with _DATA.open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def is_english(word: str) -> bool:
    return word in english_words()
