"""A Persian or Finglish «کی» that asks as much "who" as "when" (Engine._by_either_ki): the part of a
message that so asks (_either_ki_text), and the word itself (_KI, _KI_LATIN)."""

from __future__ import annotations

import re
import unicodedata

from . import persian
from .persian_frames import plain_of
from .sentences import _CLAUSE_BREAK, _MAX_SENTENCES, _SENTENCE_BREAK, _is_question
from .text import clean

# «کی» as a word of its own (not inside «کیا», «یکی»), Persian letters being \w
_KI = re.compile(r"(?<!\w)کی(?!\w)")
_KI_LATIN = re.compile(r"(?<!\w)ki(?!\w)", re.IGNORECASE)


_ARABIC_KAF_YEH = str.maketrans({"\u0643": "\u06a9", "\u0649": "\u06cc", "\u064a": "\u06cc"})


def _either_ki_text(message: str, language: str) -> str | None:
    """The part of a Persian message that asks with a «کی» as much "who" as "when"
    (`persian.asks_who_or_when`): the whole message, or without its chat filler, or its one asking
    sentence (its last clause, without filler) when the rest is greeting or context; None when
    no part so asks. A message asking something else besides is left to the fallbacks."""
    finglish = language == "fa-Latn"
    if not message.isascii():  # as ranking reads it: "ＫＩ" is "KI", «ﻛﻰ» and «كى» are «کی»
        message = unicodedata.normalize("NFKC", message).translate(_ARABIC_KAF_YEH)
    if not (_KI_LATIN.search(message) if finglish else "کی" in message):
        return None
    asks = persian.asks_who_or_when_finglish if finglish else persian.asks_who_or_when
    sentences = [s for s in _SENTENCE_BREAK.split(message) if s.strip()]
    asking = [s for s in sentences[:_MAX_SENTENCES] if _is_question(s, language)]
    parts = [message]
    if len(asking) == 1:
        parts += [asking[0], _CLAUSE_BREAK.split(asking[0])[-1]]
    for part in dict.fromkeys(parts):
        for text in (part, plain_of(part, language)):
            if text and asks(clean(text).split()):
                return text
    return None
