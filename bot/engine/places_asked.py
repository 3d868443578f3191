"""Whether a question asks of nothing but a country or a people ("Bahraini کیه؟", "Bahraini kie?"): a word that
only resembles a name an entry writes, so nothing is answered or offered (Engine._answer_read)."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from .sentences import _QUESTION_OPENERS, _QUESTION_WORDS
from .subjects import PLACES, persian_places
from .text import clean, content_words

# question words of every language, which ask of what follows them, not what
_ASKING_WORDS = _QUESTION_OPENERS | _QUESTION_WORDS["fa"] | _QUESTION_WORDS["fa-Latn"] | {"کی", "چی", "kie", "chie"}


def _asks_only_of_places(question: str) -> bool:
    """Whether every content word of `question` but its question words is a country, a people or a
    region (`subjects.PLACES`, `subjects.persian_places`) as typed."""
    places = _all_places()
    typed = {w.lower() for w in re.findall(r"[^\W\d_]+", question)}
    found = typed & places | {w for w in clean(question).split() if _people_of(w, places)}
    if not found:
        return False  # no place typed (most questions): its content words unread
    asked = [w for w in content_words(question) if w not in _ASKING_WORDS]
    return all(w in places or w in _ASKING_WORDS or _typed_place(w, found) for w in asked)


@functools.cache
def _all_places() -> frozenset[str]:
    """`subjects.PLACES` and `subjects.persian_places`, joined once, not per question."""
    return PLACES | persian_places()


# A Persian plural ending after a people's «ی» («بحرینی‌ها»، «ایرانیان»: Bahrainis, Iranians).
_PEOPLE_PLURAL = re.compile(r"ی(?:ها|های|هایی|ان)$")


def _people_of(word: str, places: Collection[str]) -> bool:
    """Whether `word` is a people in the Persian plural (`_PEOPLE_PLURAL`) of one of `places`."""
    found = _PEOPLE_PLURAL.search(word)
    return found is not None and word[: found.start()] in places


def _a_people_typed(question: str) -> bool:
    """Whether `question` types a people in the Persian plural, a country's word with «ی» and a
    plural ending («بحرینی‌ها»): no surname, which is never so pluralised, however like one the
    singular is («بحرینی»: Bahraini, and Raha Bahreini's name)."""
    places = persian_places()
    return any(_people_of(word, places) for word in clean(question).split())


def _typed_place(word: str, places: set[str]) -> bool:
    """Whether `word` (as `content_words` reads it: "bahr") is one of the `places` typed, stemmed."""
    return any(place.startswith(word) for place in places)
