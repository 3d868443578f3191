"""Where a question's clauses and sentences start and end.

The English and Persian rules both ask which clause a word sits in; this answers only that.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..claims import PERSIAN_NUMBER_WORDS
from ..persian import normalize
from ..text import words
from . import _words


def last_clause(pattern: re.Pattern[str], question: str, tokens: Sequence[str]) -> range:
    """The positions in `tokens` of the words `pattern`'s "guess" group found at the end of the
    question (none if it found nothing there)."""
    match = pattern.search(question)
    if match is None:
        return range(0)
    guess = [_words.normal(w) for w in words(match["guess"])]
    if not guess or len(guess) > len(tokens) or tokens[len(tokens) - len(guess) :] != guess:
        return range(0)
    return range(len(tokens) - len(guess), len(tokens))


def clause_words(tokens: Sequence[str], i: int) -> int:
    """The end of the words after `i` up to the next question word or "and"."""
    return next(
        (k for k in range(i + 1, len(tokens)) if tokens[k] in ("and", "who", "when", "where", "what")), len(tokens)
    )


def sentence_parts(text: str, marked: bool) -> list[str]:
    """`_words.SENTENCE_MARKS.split(text)`; `marked`: each part stripped, with the marks that end it
    ("chi goft?" rather than "chi goft"), as the engine's other readings of a message's sentences
    write it, so that a Finglish part is cleaned once for all of them (text.clean keeps the last
    few). The same predicates (predicates.finglish): spaces and a last run of "?", "!", "؟" are
    no word, and its statement strips them; not for Persian script, whose words are read
    differently (text.words reads its spelled numbers from the raw text)."""
    if not marked:
        return _words.SENTENCE_MARKS.split(text)
    parts, start = [], 0
    for match in _words.SENTENCE_MARKS.finditer(text):
        part = text[start : match.start()].strip()
        parts.append(part + match.group(0).strip() if part else part)
        start = match.end()
    parts.append(text[start:].strip())
    return parts


def words_alike(part: str, question: str) -> str | None:
    """`question` when it is `part` followed by nothing but spaces and "?", "!", "؟" (a Persian
    message of one sentence, "X؟", and the sentence `_words.SENTENCE_MARKS` splits off it, "X"), whose
    words (text.words) are then the same: the message's, read already by the check, rather than
    reading the sentence's again (the costliest part of a Persian check). Not with a number
    written in words, which text.words reads from the raw text, where a mark after it tells."""
    if not question.startswith(part) or question[len(part) :].strip(" \t\n?!\u061f"):
        return None
    return question if PERSIAN_NUMBER_WORDS.isdisjoint(normalize(part).split()) else None


def clause_end_after(question: str, typed: str) -> bool:
    """Whether a clause ends right after the word `typed` in `question` ("ba'd az nameh, ...")."""
    return re.search(rf"\b{re.escape(typed)}\s*[,;:?!.\u060c\u061b\u061f]", question, re.IGNORECASE) is not None


def clause_ends(tokens: Sequence[str], question: str, max_chars: int) -> list[int]:
    """The position after the last word of each clause (clauses end at punctuation, "and",
    "but", "or"); only the question's end when the clauses cannot be lined up with its words."""
    ends = _clause_counts(question[: max_chars * 2], max_chars)
    return list(ends) if ends[-1] == len(tokens) else [len(tokens)]


@functools.lru_cache(maxsize=16)
def _clause_counts(text: str, max_chars: int) -> tuple[int, ...]:
    """`clause_ends` before the check against the tokens; the last few kept, as several rules
    read one question's clauses."""
    ends: list[int] = []
    count = 0
    for part in _words.CLAUSE_BREAK.split(text):
        count += len(words(part, max_chars, finglish=False))
        ends.append(count)
    return tuple(ends)


# A full stop ends a sentence, not one that ends an abbreviation: a single letter's ("U.S.",
# "e.g.", "J. Smith") or a title's ("Dr. Smith"). Otherwise "does the letter mention the
# detention of U.S. citizens?" would ask to be mentioned only what comes before "U.S.".
_SENTENCE_BREAK = re.compile(
    r"[?!\n\u061f]+|(?<!\b[^\W\d_])(?<!\b(?:mr|ms|dr|st|jr|sr|vs))(?<!\b(?:mrs|rev))(?<!\bprof)\.+(?=\s|$)",
    re.IGNORECASE,
)


# A comma before a question of its own ("the letter mentions X, what's the point they make"):
# what came before it is said, and the question starts there
_QUESTION_AFTER_COMMA = re.compile(
    r"[,\u060c](?=\s*(?:what|whats|what['\u2019]s|which|who|whom|whose|how|why|when|where)\b)", re.IGNORECASE
)


def sentence_ends(tokens: Sequence[str], question: str, max_chars: int) -> list[int]:
    """The position after the last word of each sentence of the message (sentences end at ".",
    "?", "!" or a new line, and before a question after a comma: `_QUESTION_AFTER_COMMA`); only
    the message's end when they cannot be lined up with its words."""
    text = question[: max_chars * 2]
    rest = text.rstrip(" ?!.\n\u061f")
    if _SENTENCE_BREAK.search(rest) is None and _QUESTION_AFTER_COMMA.search(rest) is None:
        return [len(tokens)]  # one sentence: most questions, read no further
    ends: list[int] = []
    count = 0
    for part in (p for piece in _SENTENCE_BREAK.split(text) for p in _QUESTION_AFTER_COMMA.split(piece)):
        count += len(words(part, max_chars, finglish=False))
        ends.append(count)
    return ends if ends and ends[-1] == len(tokens) else [len(tokens)]


def clause_end(tokens: Sequence[str], j: int, question: str, max_chars: int) -> int:
    """The position after the last word of the clause holding the word at `j` (see `clause_ends`)."""
    return next((e for e in clause_ends(tokens, question, max_chars) if e > j), len(tokens))
