"""A name's second word misspelt as a country's or a people's word: "raha bahraini".

People type a name they heard, not read, and a surname that sounds like a country ("Bahreini")
comes out as that country's adjective ("bahraini"). Read as typed, the question names a place the
FAQ never mentions and is refused as being about another country, though it asks about the
person the FAQ quotes. A word of `subjects.PLACES` is read as the FAQ's name word when it comes
right after the first word of a two-word name its prose writes (capitalised, "Raha Bahreini") and
is one edit away from that name's second word (an edit is a letter added, dropped or changed).
Without the first name ("is bahraini with amnesty") the word stays a place: nothing says it is
anyone's name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping

from rapidfuzz.distance import Levenshtein

from .subjects import PLACES
from .text import STOP_WORDS

# Two capitalised words in a row ("Raha Bahreini", "Roya Karimi"); a sentence's first word may be
# one of them, which only adds a pair no question types (not a stop word: "The Iranian ...")
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]{1,20})\s+([A-Z][a-z]{3,20})\b")
_WORD = re.compile(r"[A-Za-z]+")
_SHORTEST = 5  # a second word this long at least: a short one is one letter from too many words


class NameSpellings:
    """The FAQ's two-word names by their first word, and the reading that respells their second."""

    def __init__(self, prose: Iterable[str]) -> None:
        pairs: dict[str, set[str]] = {}
        for text in prose:
            for m in _NAME_PAIR.finditer(text):
                if len(m[2]) >= _SHORTEST and m[2].lower() not in PLACES and m[1].lower() not in STOP_WORDS:
                    pairs.setdefault(m[1].lower(), set()).add(m[2].lower())
        self._next: Mapping[str, frozenset[str]] = {k: frozenset(v) for k, v in pairs.items()}

    def respell(self, question: str) -> str:
        """`question` with each place word typed right after a name's first word, one edit from that
        name's second word, written as the name's word ("raha bahraini" -> "raha bahreini")."""
        if not self._next or not question.isascii():
            return question
        low = question.lower()
        if not any(first in low for first in self._next):
            return question  # (most questions: no name's first word typed)
        found = list(_WORD.finditer(question))
        out, end = [], 0
        for before, m in itertools.pairwise(found):
            word = m.group().lower()
            if word not in PLACES or question[before.end() : m.start()].strip():
                continue  # (most questions: no place typed at all)
            names = self._next.get(before.group().lower(), ())
            near = [n for n in names if Levenshtein.distance(word, n, score_cutoff=1) <= 1]
            if len(near) == 1:
                out += [question[end : m.start()], near[0]]
                end = m.end()
        return "".join(out) + question[end:] if out else question
