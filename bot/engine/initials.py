"""Abbreviations a question types for a term of the FAQ's: "hrds" for "human rights defenders".

People shorten a long term the way its field does ("HRDs", "hrds"), and no typo rule reads such
a word back: it shares no letters' order with the term. A question's word is read as the FAQ's
term when its letters (less a plural "s") are the initials of exactly one term of the FAQ's, the
word is neither English, nor a word of the FAQ's prose (its questions, answers and quotes: a
phrasing that types "hrds" is the authors writing the abbreviation, not another word), nor chat
shorthand ("idk", "tbh"), and it is written as an abbreviation: in capitals ("HRD", "HRDs"), or
as the plural of a plural term ("hrds" for "... defenders"). A word anyone would know stays what
it is, lower-case letters alone may be chat ("omw"), and initials
that could be two terms are no reading at all.

A term is a run of three or four content words its answers and quotes (not its phrasings, the
authors' guesses) write at least `_LEAST` times in lower case, and not always as part of one
longer run: a name's words ("General Assembly member states", "Amnesty International official")
have the name's own abbreviation, and a piece of a phrase ("key human rights" of "key human rights
experts") is shortened by nobody.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable

from .lexicon import CHAT_ABBREVIATIONS, is_english
from .scope._words import BE, DO_HAVE, FRAME_WORDS, QUESTION_WORDS_EN
from .text import STOP_WORDS

_TYPED_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
# a word of 3-6 letters, with a possessive or plural "'s" ("HRD's") read as the plural it means
_TYPED = re.compile(r"(?<![\w'])(?P<word>[A-Za-z]{3,6})(?:['\u2019]s)?(?![\w'])")
_SHORTEST, _LONGEST = 3, 4  # words of a term: "human rights defenders" yes, a whole clause no
_LEAST = 3  # times the FAQ writes a term: a phrase of one answer or two is no term of its
# Words no term is made of: a question's frame ("how many", "does iran") is no term
_NOT_IN_TERMS = STOP_WORDS | FRAME_WORDS | QUESTION_WORDS_EN | DO_HAVE | BE


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` is the first of a sentence (its capital says nothing)."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".?!:\"“‘'("


def _always_inside(run: tuple[str, ...], written: Counter[tuple[str, ...]]) -> bool:
    """Whether `run` is only ever written as part of one longer run ("key human rights" of "key
    human rights experts", "human rights mechanisms" of "un human rights mechanisms"): a piece of
    a phrase, not a term anyone shortens."""
    n = written[run]
    return any(
        written[longer] >= n
        for longer in written
        if len(longer) == len(run) + 1 and (longer[1:] == run or longer[:-1] == run)
    )


class Initials:
    """The FAQ's terms by their initials, and the question reading that spells them out."""

    def __init__(self, prose: Iterable[str], phrasings: Iterable[str] = ()) -> None:
        del phrasings  # the authors' guesses at questions ("gams"?), not the FAQ writing a term
        written: Counter[tuple[str, ...]] = Counter()  # each time a run is written
        as_noun: Counter[tuple[str, ...]] = Counter()  # ... in lower case (no name's words)
        vocabulary: set[str] = set()
        for text in prose:
            typed = [(m.group(), _opens_sentence(text, m.start())) for m in _TYPED_WORD.finditer(text)]
            tokens = [w.lower() for w, _ in typed]
            vocabulary.update(tokens)
            for i in range(len(tokens)):
                for n in range(2, _LONGEST + 1):
                    run = tuple(tokens[i : i + n])
                    if len(run) < n or any(w in _NOT_IN_TERMS or "'" in w for w in run):
                        break
                    if n >= _SHORTEST:
                        written[run] += 1
                        as_noun[run] += all(w.islower() or opens for w, opens in typed[i : i + n])
        by_initials: dict[str, set[tuple[str, ...]]] = {}
        for run, n in as_noun.items():
            if n >= _LEAST and not _always_inside(run, written):
                by_initials.setdefault("".join(w[0] for w in run), set()).add(run)
        self._terms = {k: " ".join(next(iter(v))) for k, v in by_initials.items() if len(v) == 1}
        self._vocabulary = frozenset(vocabulary)
        # Every word `spell_out` would look up (`_TYPED` finds lowered ASCII letters only): a term's
        # initials, alone or with one letter after them ("hrds"); one set test per question.
        self._cues = frozenset(self._terms) | {k + c for k in self._terms for c in string.ascii_lowercase}

    def term(self, typed: str) -> str | None:
        """The FAQ's term `typed` abbreviates, or None."""
        word = typed.lower()
        if word not in self._terms and word[:-1] not in self._terms:
            return None  # (most words: no initials of a term, whatever else they are)
        if word in self._vocabulary or word in CHAT_ABBREVIATIONS or is_english(word):
            return None
        capitals = (typed[:-1].isupper() and typed[-1] in "sS") or typed.isupper()
        found = self._terms.get(word) if typed.isupper() else None
        if found is None and word.endswith("s"):
            # "hrds", "HRDs": the plural of "hrd", of a plural term (or in capitals)
            plural = self._terms.get(word[:-1])
            if plural is not None and (capitals or plural.endswith("s")):
                found = plural
        return found

    def spell_out(self, question: str) -> str:
        """`question` with each abbreviation of a term replaced by the term (the same string
        when there is none, so that a caller can tell nothing changed)."""
        typed = question if question.isascii() else _plain(question)
        if not self._terms or self._cues.isdisjoint(_TYPED.findall(typed.lower())):
            return question  # (most questions: one pass, no word a term's initials)
        changed = False

        def replace(m: re.Match[str]) -> str:
            nonlocal changed
            found = self.term(m["word"])
            if found is None:
                return m.group()
            changed = True
            return found

        spelt = _TYPED.sub(replace, typed)
        return spelt if changed else question


def _plain(question: str) -> str:
    """`question` as the words it shows: full-width letters as ASCII ("ＨＲＤｓ"), no zero-width
    characters ("H\u200bRDs"), which hide an abbreviation from the letters it is read by."""
    shown = unicodedata.normalize("NFKC", question)
    return "".join(c for c in shown if unicodedata.category(c) != "Cf")
