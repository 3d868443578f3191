"""The three indexes by script (Latin, Persian, Finglish): which texts of an entry each holds
(index_texts), how a Finglish question is read for them, and which of a question's two results is served."""

from __future__ import annotations

import functools
import re

from . import persian
from .knowledge import Entry, KnowledgeBase
from .matcher import MatchResult, Outcome
from .persian import ALWAYS as FINGLISH_ALWAYS
from .persian import language as question_language
from .text import clean, words

_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


LATIN, PERSIAN, FINGLISH = "latin", "persian", "finglish"


def index_texts(entry: Entry, index: str) -> list[str]:
    """An entry's texts in one of the three indexes, in the order of the index's rows.

    - LATIN: the entry's own question and phrasings (English, and the Finglish some of them
      carry). The translations' Finglish is in the Finglish index only, so a translation added or
      edited never moves an English question.
    - PERSIAN: its Persian-script phrasings, then its English question: English terms typed into a
      Persian sentence ("این campaign درباره چیه") find their entry. (All its English phrasings
      diluted the Persian words' weight, and Persian questions matched worse.) None without a
      Persian-script phrasing.
    - FINGLISH: the entry's own Finglish phrasings (which stay in the Latin-script index as they
      always were) and every Latin-script phrasing of its Persian translation, whatever its words
      ("sale gozashte behbood dashte?" has an English word in four): an index where Finglish
      spelling variants are folded (persian.py); a Finglish question gets the more confident of
      the two (`match`).
    """
    return entry.kept(f"index_texts:{index}", lambda: _index_texts(entry, index))


def _index_texts(entry: Entry, index: str) -> list[str]:
    if index == LATIN:
        return [t for t in (entry.question, *entry.phrasings) if not in_persian_script(t)]
    if index == PERSIAN:
        texts = [t for t in entry.all_phrasings() if in_persian_script(t)]
        return [*texts, entry.question] if texts else []
    texts = [t for t in entry.all_phrasings() if _finglish_phrasing(entry, t)]
    if not texts:
        return []
    # Its Persian-script phrasings too, spelt as its Finglish ones spell their words (see
    # persian.transliterate): a Finglish question is compared with the ~20 Persian phrasings as
    # well as with the Finglish ones.
    # Each once: one with the same words as a text already there (in any order) adds a row to
    # compare every Finglish question with (the fuzzy view reads every row) and nothing else.
    spellings = persian.finglish_spellings([clean(t).split() for t in texts])
    seen = {frozenset(words(t, finglish=FINGLISH_ALWAYS)) for t in texts}
    for text in entry.all_phrasings():
        if in_persian_script(text):
            latin = persian.transliterate(words(text), spellings)
            key = frozenset(words(latin, finglish=FINGLISH_ALWAYS))
            if len(key) >= MIN_TRANSLITERATED and key not in seen:
                seen.add(key)
                texts.append(latin)
    return texts


# A Persian phrasing with fewer words its entry's Finglish types is left out of the Finglish index.
MIN_TRANSLITERATED = 2


def latin_texts(kb: KnowledgeBase) -> list[tuple[str, list[str]]]:
    """What the Latin-script index holds (`index_texts`)."""
    return [(e.id, index_texts(e, LATIN)) for e in kb.entries.values()]


def _finglish_phrasing(entry: Entry, text: str) -> bool:
    """Persian typed in Latin letters: a Latin-script phrasing of a Persian translation, or one of
    the entry's own phrasings that reads as Finglish."""
    if in_persian_script(text):
        return False
    translated = any(text in t.phrasings for lang, t in entry.translations.items() if lang == "fa")
    return translated or question_language(text) == "fa-Latn"


@functools.lru_cache(maxsize=16)
def _english_reading(question: str) -> str:
    """`Engine._asked_of` for a Finglish question (the last few kept: a message is ranked by
    `match` and its fallbacks' readings of it)."""
    reading = persian.english_reading(clean(question).split())
    return " ".join(reading) if reading else question


def _typed_finglish(question: str) -> str:
    """A Finglish question as the Latin-script index reads it when it reads it as typed: its
    question words spelled as English words in their Finglish spelling
    (`persian.question_words_as_finglish`: "key" is "kei", when)."""
    return persian.question_words_as_finglish(question)


def _served(other: MatchResult, mine: MatchResult | None, typed_finglish: bool) -> MatchResult:
    """Of one question's results in the second index (`other`) and the script's own (`mine`),
    the one served (`_preferred`). `typed_finglish`: a Finglish question the Latin-script index
    reads as typed (no English term in it to read in English, `Engine._asked_of`). That index
    holds Finglish phrasings unfolded, so a spelling only one entry happens to type ("ghatnameh"
    for the "ghatname" of the others) is a rare word that entry owns and can outscore the
    question's other words; the Finglish index reads every spelling of a word as one. When the two
    answer with different entries, the Finglish index's answer is served (on the development
    sets, it was the right one each time they differed)."""
    if mine is None:
        return other
    if typed_finglish and other.answered and mine.answered and other.entry_id != mine.entry_id:
        return other
    return other if _preferred(other) > _preferred(mine) else mine


def _preferred(result: MatchResult) -> tuple[bool, bool, float]:
    """Of one question's results in two indexes, the greater is served: an answer before a
    suggestion, then the more confident."""
    return (result.outcome is Outcome.ANSWER, result.outcome is Outcome.SUGGEST, result.score)


def in_persian_script(text: str) -> bool:
    """Mostly Arabic-script letters (Persian, with the odd English word: "نامه UN کی نوشته شده؟")."""
    if text.isascii():
        return False  # no Arabic-script letter (most questions: told without counting)
    return len(_ARABIC_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text))
