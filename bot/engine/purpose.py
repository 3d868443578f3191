"""Whether an FAQ entry says why one would do a thing: what "what's the point of <doing>" asks.

Read as "why <doing>", such a question may be answered in full by an entry that gives no reason
at all (its "why" gap is waived when the doing is one its sources state), and the point of a
doing is then told by an entry that only says it was done ("what's the point of signing a
letter" of the entry listing who signed). The entry must give a cause itself (the scope index's
"cause" kind) or be asked, in its own question or a phrasing, why or to what end of that very
doing ("why vote for the seawall", "purpose of voting"; not "why aren't the signing groups
named": a "the" before it makes the doing a kind of thing, asked something else).
"""

from __future__ import annotations

import re

from .knowledge import Entry
from .text import stem

# a reason asked, then up to four words in which the doing's own word must come
_WHY = re.compile(r"\b(?:why|purpose|point|reason|aim|goal)\b((?:\W+[\w'\u2019]+){0,4})", re.IGNORECASE)
_DETERMINERS = frozenset("the a an this that these those their its his her our your my".split())


def asks_why_of(entry: Entry, doing: str) -> bool:
    """Whether `entry`'s own question or a phrasing asks why (or to what end) of `doing`."""
    wanted = stem(doing.lower())
    for text in (entry.question, *entry.phrasings):
        for found in _WHY.finditer(text):
            after = re.findall(r"[\w'\u2019]+", found[1].lower())
            for i, word in enumerate(after):
                if stem(word) == wanted and (i == 0 or after[i - 1] not in _DETERMINERS):
                    return True
    return False
