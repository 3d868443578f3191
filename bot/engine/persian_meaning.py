"""A Persian or Finglish question asking what an English term means: «این strong signal یعنی
چی؟», «treaty obligations و voluntary pledges چیه؟», "in green flag yani chi?". The term is
English, so the Persian index reads it only against each entry's one English question, never its
English phrasings ("what does 'strong signal' mean"), and the Persian words around it weigh as
much: such a question ranks its entry first but below the answer threshold. `meaning_reading`
gives the question in English ("what does strong signal mean"), for the Latin-script index,
which holds those phrasings (Engine._by_meaning). Ordinary Persian, no word of any one FAQ."""

from __future__ import annotations

import re

from .lexicon import is_english
from .persian import normalize

# "this", "that" before the term; «یعنی چی» / «یعنی چه» / «چیه» / «چیست» (means what, is what)
# after it, in both scripts; «و» / "va" / "o" (and) between English words of the term
_MEANING = {
    "fa": re.compile(
        r"^\W*(?:(?:این|اون|آن|همین)\s+)?(?P<term>[A-Za-z][A-Za-z'\-]*(?:\s+(?:و\s+)?[A-Za-z][A-Za-z'\-]*){0,5})"
        r"\s+(?:یعنی\s+(?:چی|چه)|چیه|چیست)\s*[?؟!.]*\s*$"
    ),
    "fa-Latn": re.compile(
        r"^\W*(?:(?:in|un|hamin)\s+)?(?P<term>[a-z][a-z'\-]*(?:\s+(?:(?:va|o)\s+)?[a-z][a-z'\-]*){0,5})"
        r"\s+(?:ya'?ni\s+(?:chi|che)|chie|chiye|chist)\s*[?!.]*\s*$",
        re.IGNORECASE,
    ),
}
_AND = re.compile(r"\s+(?:و|va|o)\s+", re.IGNORECASE)


def meaning_reading(question: str, language: str) -> str | None:
    """ "what does <term> mean" for a question that is only an English term and a Persian or
    Finglish "what does it mean" (`_MEANING`), the term's every word English (lexicon.is_english:
    "in bahreini yani chi" names no term); None for any other question."""
    pattern = _MEANING.get(language)
    if pattern is None:
        return None
    found = pattern.match(normalize(question) if language == "fa" else question.strip())
    if found is None:
        return None
    term = _AND.sub(" and ", found["term"]).lower()
    if not all(w == "and" or is_english(w) for w in term.split()):
        return None
    return f"what does {term} mean"
