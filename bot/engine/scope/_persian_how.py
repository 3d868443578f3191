"""A Persian or Finglish "how" («چطور», «چگونه», "chetori", "chejuri") of a doing: the method
asked ("440 nafar chetori edam shodan", how were they executed), as English "how were the 440
executed" is read (asked.py). Persian writes the verb last, so the clause after the how-word is
a method asked when it ends in a compound verb of doing («اعدام شدند», "entekhab kardan"):
not a state («چطور بود», "chetore"), nor being able («چطور میتونم کمک کنم», «چطور میشه ...»),
nor the change, conduct or effect English reads as a state too ("how did it change", "how do
they treat them": «تغییر کرد», «رفتار میکنن»)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..asked import METHOD, Spans
from ..persian import has_script, normalize
from . import _persian_why

_HOW_FA = re.compile(
    r"(?<!\w)(?:چطور|چطوری|چگونه|چجوری|چه[\s\u200c]*(?:جوری|طور|طوری))(?=\s)(?P<clause>[^,،;:?؟!.]+)",
)
_HOW_LATN = re.compile(
    r"\b(?:che?tou?w?r[iy]?|che\s+tou?r[iy]?|che?\s*j(?:ou|oo|u|o)ri|chegou?ne|chegoone)(?=\s)"
    r"(?P<clause>[^,;:?!.]+)",
    re.IGNORECASE,
)
# the tokens the how-word is read as (`text.words`): the gap is marked at it
_HOW_TOKENS = frozenset("چطور چطوری چگونه چجوری chetor chetori chetury chetur chejuri chegune".split())
# "it is possible to" before the verb («چطور میشه کمک کرد», "chetor mishe komak kard"): advice asked
_POSSIBLE = frozenset("میشه میشود میتوان میشد mishe misheh mishavad mitavan mishod".split())
# a thing the light verb has as its object ("in kar ro kard"): no noun of action before it
_OBJECT_MARKERS = frozenset("را رو ro ra o".split())
# nouns of a state, a change, a conduct or an effect (English reads "how did it change", "how do
# they treat them", "how does it help" as no method: asked.py `_STATE_VERBS`), by their
# consonants: change, improvement, progress, conduct, dealing, cooperation, interaction, help,
# effect, comparison, thought, view, description, explanation, doing
_STATE_NOUNS = (
    "تغییر تغیر بهبود پیشرفت رفتار برخورد همکاری تعامل کمک تاثیر تأثیر مقایسه فکر نگاه توصیف توضیح تفسیر کار"
    " taghir taghyir behbud behbood pishraft raftar barkhord hamkari taamol komak tasir moghayese fekr negah"
    " tosif tozih tafsir kar"
).split()


def _state_keys() -> frozenset[str]:
    return frozenset(k for w in _STATE_NOUNS for k in _persian_why._keys(w))


_STATE_KEYS = _state_keys()


def _method_clause(pieces: Sequence[str]) -> bool:
    """Whether the clause after a how-word (its words, `_persian_why._pieces`) ends in a
    compound verb of doing whose noun is no state (`_STATE_NOUNS`), with nothing of being able."""
    if any(_persian_why._ABLE.search(p) for p in pieces) or any(p in _POSSIBLE for p in pieces[:-1]):
        return False
    noun = _persian_why._doing_noun(pieces)
    if noun is None or noun in _OBJECT_MARKERS:
        return False
    return _persian_why._keys(noun).isdisjoint(_STATE_KEYS)


def methods(tokens: Sequence[str], question: str, held: Spans) -> list[int]:
    """Where `question` (its words `tokens`) asks in Persian or Finglish how something was done,
    of an entry whose sources hold no manner at all (`Spans`, read from what it says: "by",
    "through") nor say they give none: the position of its how-word. (An English phrasing
    asking how, "how can i contact the groups", vouches for the method of its own words, which a
    Persian question's cannot be compared with: it vouches for none here.)"""
    if held.manner or METHOD in held.declined:
        return []
    persian = has_script(question)
    match = (_HOW_FA if persian else _HOW_LATN).search(normalize(question) if persian else question)
    if match is None or not _method_clause(_persian_why._pieces(match["clause"], persian)):
        return []
    at = next((i for i, t in enumerate(tokens) if t in _HOW_TOKENS), None)
    if at is None:
        at = next((i for i, t in enumerate(tokens) if t in ("چه", "che")), None)
    return [] if at is None else [at]
