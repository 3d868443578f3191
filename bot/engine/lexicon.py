"""A plain English word list, to weigh words the FAQ never uses.

An unknown word that is ordinary English ("funds", "veto", "population") usually means the
question is about something the FAQ does not cover; an unknown word that is not English (a typo
rapidfuzz could not place, slang, Persian written in Latin letters) is mostly noise. The list is
SCOWL's (see the notice at the top of the data file).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Sequence
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "english-words.txt"


_COMMENT = re.compile(r"^#.*$", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The list: one word a line, after a notice of "#" lines (split in C: half the time of a
    loop over 64,000 lines, at every start of a command that matches). The notice's lines are
    cut off first, so the comment pattern scans the whole list only if a "#" line follows it."""
    text = _DATA.read_text(encoding="utf-8")
    while text.startswith("#"):
        text = text.partition("\n")[2]
    return frozenset((_COMMENT.sub("", text) if "\n#" in text else text).split())


def is_english(word: str) -> bool:
    """Whether `word` is in the list, or a regular -ed, -ing or -s form of a verb or noun that is
    (the list leaves out some: "headquartered" of "headquarter")."""
    known = english_words()
    return word in known or _inflected(word, known)


def _inflected(word: str, known: frozenset[str]) -> bool:
    if len(word) < 6 or not word.isalpha():
        return False
    if word.endswith("ed"):
        return (word[:-2] in known and not _doubles(word[:-2])) or word[:-1] in known
    if word.endswith("ing"):
        base = word[:-3]  # ("hopeing": "hope" drops its "e", as "seeing" does not)
        return (base in known and not _doubles(base) and not (base.endswith("e") and base[-2] not in "eoy")) or (
            base + "e" in known
        )
    return False


_ONE_VOWEL_CVC = re.compile(r"^[^aeiouy]*[aeiou][^aeiouwxy]$")


def _doubles(base: str) -> bool:
    """Whether `base` doubles its last letter before -ed/-ing ("drop": "dropped"), so that the
    form without ("droped") is a misspelling: one syllable ending consonant, vowel, consonant."""
    return bool(_ONE_VOWEL_CVC.match(base[-3:] if len(re.findall(r"[aeiouy]+", base)) == 1 else ""))


# How people type in chat, often in capitals ("OMG", "BTW", "TLDR"): no name of a body or a
# treaty the sources would have to mention (the scope check's acronyms: scope/_written.py), and nothing a question asks
# (rewordings.py's second reading without chat filler). Ordinary chat English, no word of any FAQ.
CHAT_ABBREVIATIONS = frozenset(
    "afaik btw fwiw fyi idk iirc ikr imho imo jk lmao lol ngl nvm omg pls plz rofl smh tbh thx tia tldr wtf".split()
)


def replace_runs(
    tokens: Sequence[str],
    firsts: Container[str],
    longest: int,
    reading: Callable[[tuple[str, ...]], Sequence[str] | None],
    shortest: int = 1,
) -> list[str]:
    """`tokens` with each run of words that `reading` gives words for replaced by them, the
    longest run first at each position (from `longest` words down to `shortest`); a run opens
    only at a word of `firsts`. One scan for every list of multi-word terms: the glossary of
    English terms in Persian (persian.english_terms), English idioms (synonyms.Synonyms.read)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in firsts:
            for n in range(min(longest, len(tokens) - i), shortest - 1, -1):
                found = reading(tuple(tokens[i : i + n]))
                if found is not None:
                    out.extend(found)
                    i += n
                    break
            else:
                out.append(tokens[i])
                i += 1
        else:
            out.append(tokens[i])
            i += 1
    return out
