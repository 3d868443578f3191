"""English words of one meaning, and everyday idioms for them (data/en-synonyms.txt).

A question that says "journos" or asks whether a government is "playing ball" shares no word with
phrasings that say "journalist" or "cooperate", and scores low with the right entry first. The
ranking reads a question with this list, towards the FAQ's own words only: an idiom as the first
word of its group the FAQ uses, unless the FAQ's own texts use the idiom; a one-word variant the
same way, but only when the FAQ never uses the variant itself (ranking.Ranker.repair). So a FAQ's
own phrasings read as before, and the collision check of a phrasing is unchanged. The groups
were gathered from questions asked of the shipped FAQ, but each must hold as general English in
any text (a variant of a second sense, "system" for "mechanisms", would read "legal system" as
the UN's mechanisms), like data/fa-synonyms.txt for Persian: a group whose words the FAQ never
uses changes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .lexicon import replace_runs
from .tables import equations
from .text import stem, words

DATA = Path(__file__).with_name("data") / "en-synonyms.txt"
CAPITALS = Path(__file__).with_name("data") / "en-capitals.txt"
# Words after which a capital names the city, a place ("in Tehran", "flights from", "the mayor of")
_PLACE_WORDS = frozenset("in at near around outside inside from within across into through of".split())


@dataclass(frozen=True)
class Synonyms:
    by_stem: dict[str, tuple[str, ...]]  # stem of a one-word variant -> the words of its group
    idioms: dict[tuple[str, ...], tuple[str, ...]]  # an idiom's words -> the words of its group
    span: int  # the most words of an idiom

    @functools.cached_property
    def firsts(self) -> frozenset[str]:
        """The words an idiom opens with."""
        return frozenset(idiom[0] for idiom in self.idioms)

    def word_for(self, word: str, knows: Callable[[str], bool]) -> str | None:
        """The first word of `word`'s group that `knows` accepts, if `word` is a one-word variant."""
        return _first(self.by_stem.get(stem(word), ()), knows)

    def used_in(self, texts: Iterable[str]) -> frozenset[tuple[str, ...]]:
        """The idioms that occur in `texts` (words separated by single spaces, as `text.words`
        reads them): a FAQ that says "allowed into" itself keeps that weight of its own."""
        if not self.idioms:
            return frozenset()
        joined = "\n" + "\n".join(f" {t} " for t in texts) + "\n"
        return frozenset(idiom for idiom in self.idioms if f" {' '.join(idiom)} " in joined)

    def read(
        self, tokens: Sequence[str], knows: Callable[[str], bool], own: Collection[tuple[str, ...]] = ()
    ) -> list[str]:
        """`tokens` (as `text.words` reads a question) with each idiom read as the first word of
        its group that `knows` accepts; an idiom whose group the FAQ never uses, or one of `own`
        (the FAQ's texts use it: `used_in`), stays as typed."""
        firsts = self.firsts
        if len(tokens) < 2 or firsts.isdisjoint(tokens):
            return list(tokens)  # the common case: no word opens an idiom

        def reading(idiom: tuple[str, ...]) -> list[str] | None:
            group = self.idioms.get(idiom)
            word = _first(group, knows) if group and idiom not in own else None
            return None if word is None else [word]

        return replace_runs(tokens, firsts, self.span, reading, shortest=2)


def _first(group: Sequence[str], knows: Callable[[str], bool]) -> str | None:
    return next((w for w in group if knows(w)), None)


def parse(text: str, where: str = str(DATA)) -> Synonyms:
    """The list's text: one group a line, "word, word = variant, idiom of words, ..."; "#" starts a
    comment. A line without "=" or without a word before it is an error (`where:line: ...`)."""
    by_stem: dict[str, tuple[str, ...]] = {}
    idioms: dict[tuple[str, ...], tuple[str, ...]] = {}
    expected = "'word, word = variant, variant'"
    for n, raw, heads, variants in equations(text, where, expected):
        group = tuple(w for head in heads for w in words(head, finglish=False))
        if not group:
            raise ValueError(f"{where}:{n}: expected {expected}, got {raw.strip()!r}")
        for variant in variants:
            found = tuple(words(variant, finglish=False))
            if len(found) == 1:
                by_stem.setdefault(stem(found[0]), group)
            elif found:
                idioms.setdefault(found, group)
    return Synonyms(by_stem, idioms, max((len(k) for k in idioms), default=0))


@functools.lru_cache(maxsize=1)
def english() -> Synonyms:
    """data/en-synonyms.txt, read once."""
    return parse(DATA.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def capitals() -> tuple[Synonyms, dict[str, tuple[str, ...]], frozenset[str]]:
    """data/en-capitals.txt, read once: its two-word capitals (as idioms), its one-word capitals
    as typed (a name has no inflections to match by stem), and the words a capital opens with."""
    text = CAPITALS.read_text(encoding="utf-8")
    read = parse(text, str(CAPITALS))
    names: dict[str, tuple[str, ...]] = {}
    for _, _, heads, capitals_of in equations(text, str(CAPITALS), "'country = capital, capital'"):
        group = tuple(w for head in heads for w in words(head, finglish=False))
        for capital in capitals_of:
            found = words(capital, finglish=False)
            if len(found) == 1:
                names.setdefault(found[0], group)
    return read, names, frozenset(names) | read.firsts


def government_of(tokens: Sequence[str], j: int) -> tuple[str, ...]:
    """The names of the country whose government the one-word capital at `j` stands for ("does
    moscow cooperate": russia), as `capitals_read` reads it whatever the FAQ knows; () for any
    other word, or a capital after a word that makes it a place ("executed in tehran": the city)."""
    if j > 0 and tokens[j - 1] in _PLACE_WORDS:
        return ()
    return capitals()[1].get(tokens[j], ())


def capitals_read(tokens: Sequence[str], knows: Callable[[str], bool]) -> list[str]:
    """`tokens` (as `text.words` reads a question) with a capital that stands for its country's
    government ("what would a vote tell Tehran", "is Moscow cooperating") read as the country's
    name the FAQ uses (data/en-capitals.txt), when `knows` accepts the country; as both words
    when it accepts the capital too (the FAQ's phrasings that name it keep their match). Never
    after a word that makes it a place ("the weather in Tehran"); a name of two words never
    before "of" ("the Islamic Republic of Pakistan" names its country itself)."""
    caps, names, opening = capitals()
    if opening.isdisjoint(tokens):
        return list(tokens)  # the common case: no capital
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        place = i > 0 and tokens[i - 1] in _PLACE_WORDS
        pair = tuple(tokens[i : i + 2])
        if not place and len(pair) == 2 and pair in caps.idioms and tokens[i + 2 : i + 3] != ["of"]:
            country = _first(caps.idioms[pair], knows)
            if country is not None:
                out.append(country)
                i += 2
                continue
        group = names.get(word)
        country = _first(group, knows) if group and not place else None
        if country is not None and knows(word):
            out.append(word)  # the FAQ's own texts name the capital too: both words
        out.append(country or word)
        i += 1
    return out
