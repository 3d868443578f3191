"""A question as the user typed it: the casing, names and spans a caveat quotes back.

Caveats name a qualifier in the user's own spelling; these helpers recover it from the cleaned text.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from .. import predicates
from ..lexicon import CHAT_ABBREVIATIONS, is_english
from ..memo import MAX_CACHED_WORD
from ..persian import ALWAYS as FINGLISH_ALWAYS
from ..persian import glossary, has_script, skeleton
from ..text import STOP_WORDS, clean_once, words
from . import _words


def typed_forms(question: str) -> dict[str, str]:
    """Each word of `text.words(question)` -> the word the user typed that gave it (a Finglish
    word folded, "UN" read as "sazman melal"), so a caveat quotes the user's own words."""
    forms: dict[str, str] = {}
    for match in _words.RAW_WORD.finditer(question):
        for word in words(match.group(0), finglish=FINGLISH_ALWAYS):
            forms.setdefault(word, match.group(0))
    return forms


def as_written(question: str, word: str, written: Written, nth: int = 0) -> str:
    """The clause of `question` that holds `word` (as the user typed it), without its end mark:
    the `nth` such clause when there are more (the second "why" of a message)."""
    typed = written.forms.get(word, word)
    parts = _words.CLAUSE_BREAK.split(question[:4000])
    # (or, for a word read from two typed ones, «دلیلش چیه» read as «چرا», the clause read so)
    holding = [part for part in parts if typed in part] or [part for part in parts if word in words(part)]
    if holding:
        return holding[min(nth, len(holding) - 1)].strip(" ?\u061f!.")
    return question[:200].strip(" ?\u061f!.")


def typed_span(question: str, span: Sequence[str], written: Written, at: int = 0) -> str:
    """The words `span` as the user typed them, from the first to the last ("what commitments are
    iran's improvements supposed to line up with", possessive kept), or joined once read."""
    joined = " ".join(written.forms.get(t, t) for t in span)
    if not span:
        return joined
    first, last = written.forms.get(span[0], span[0]), written.forms.get(span[-1], span[-1])
    text = question[:4000]
    # the occurrence of its first word with as many words before it as `at` ("how are they carried
    # out? and how was it built?": the second "how")
    starts = re.finditer(rf"(?<!\w){_loose(first)}(?!\w)", text, re.IGNORECASE)
    start = next((m for m in starts if len(words(text[: m.start()])) >= at), None)
    if start is None:
        return joined
    ends = [m.end() for m in re.finditer(rf"(?<!\w){_loose(last)}(?!\w)", text[start.start() :], re.IGNORECASE)]
    stop = next((e for e in ends if len(words(text[start.start() : start.start() + e])) >= len(span)), None)
    if stop is None:
        return joined
    typed = "".join(ch for ch in text[start.start() : start.start() + stop] if ch == "\u200c" or not _format_char(ch))
    typed = " ".join(typed.split())  # zero-width and direction marks dropped (the Persian ZWNJ kept)
    return typed if len(typed) <= _TERM_CHARS else typed[:_TERM_CHARS].rsplit(" ", 1)[0] + "\u2026"


def _loose(word: str) -> str:
    """A pattern for `word` as read (the Persian zero-width non-joiner dropped: "وعدههای") that
    finds it as typed ("وعده‌های")."""
    if word.isascii():
        return re.escape(word)
    return "\u200c?".join(re.escape(ch) for ch in word)


def _format_char(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


_TERM_CHARS = 160  # a clause quoted in a caveat, at most (a 4,000-character message has no clause breaks)


_SENTENCE_END = re.compile(r"[.?!:;\n\"\u201c(\[]")


_ACRONYM = re.compile(r"^[A-Z]{3,7}s?$")


def chat(raw: str) -> bool:
    """ "OMG", "BTWs": how people type, not a name (lexicon.CHAT_ABBREVIATIONS)."""
    return raw.lower() in CHAT_ABBREVIATIONS or raw.lower().removesuffix("s") in CHAT_ABBREVIATIONS


_POSSESSIVE = re.compile(r"[^\W\d_]['\u2019]s$", re.IGNORECASE)


_APOSTROPHES = ("'", "\u2019")


_CONNECTORS = frozenset("of for and the de".split())


def translated_names(texts: list[str], max_chars: int) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names `texts` write (capitalised runs: "Amnesty International", "the United Nations
    General Assembly") that data/fa-glossary.txt translates: a glossary term that is a whole
    name or its last words ("General Assembly"), never a name's first words ("Human Rights" of
    "Human Rights Watch": the rights, not the body). Each as the words an English, a Persian
    and a Finglish question reads (the Finglish also by its consonants: `skeleton_key`) ->
    the term's English words."""
    runs = {
        tuple(words(name))
        for text in texts
        for name in set(Written.read(text, max(max_chars, len(text))).runs.values())
    }
    tails = {run[i:] for run in runs for i in range(len(run))}
    latin = glossary("fa-Latn")
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for term, persian_words in glossary("fa").items():
        if term not in tails:
            continue
        out[tuple(w for w in term if w not in STOP_WORDS)] = term
        out[tuple(w for w in words(" ".join(persian_words)) if w not in STOP_WORDS)] = term
        if term in latin:
            folded = tuple(w for w in words(" ".join(latin[term]), finglish=FINGLISH_ALWAYS) if w not in STOP_WORDS)
            out[folded] = term
            out.setdefault(skeleton_key(folded), term)
    out.pop((), None)
    return out


def skeleton_key(folded: tuple[str, ...]) -> tuple[str, ...]:
    """Finglish words by their consonants ("omoomi", "omumi"), marked apart from any words; none
    when they have too few consonants to tell a name by."""
    key = tuple(skeleton(w) for w in folded)
    return ("\x00", *key) if len("".join(key)) >= 3 else ()


@dataclass(frozen=True)
class Written:
    """The question as the user typed it: each cleaned word's first spelling, and the names
    (runs of capitalised words inside a sentence, such as "Human Rights Watch"), so a caveat
    quotes the user's own "Baha'is" or "Justice for Iran" rather than the matcher's tokens."""

    forms: Mapping[str, str]
    runs: Mapping[str, str]  # cleaned word of a capitalised name → the whole name
    owners: frozenset[str] = frozenset()  # cleaned words written with a possessive "'s"
    acronyms: frozenset[str] = frozenset()  # cleaned words written in capitals ("CEDAW"), not English

    @classmethod
    def read(cls, question: str, max_chars: int) -> Written:
        text = question[: max_chars * 2]
        # (a Persian text has no letter with a case: `islower` is false, each letter asked)
        if text.islower() or (not text.isascii() and not any(map(str.isupper, text))):
            return cls._read_uncapitalised(text)
        forms: dict[str, str] = {}
        runs: dict[str, str] = {}
        owners: set[str] = set()
        run: list[tuple[str, tuple[str, ...]]] = []
        previous_end = 0
        # a word in capitals is an acronym only in a message that is not shouted, and capitals
        # start a name only in one that is not written in title case (`_title_cased`)
        matches = list(_words.RAW_WORD.finditer(text))
        typed = [m.group(0) for m in matches]
        # (the words `_title_cased` reads are these when it reads the whole text)
        title = _title_cased_words(typed) if len(text) <= 4000 else _title_cased(text)
        acronyms = (text != text.upper() or has_script(text)) and not title
        capitals: set[str] = set()

        def close() -> None:
            while run and run[-1][0].lower() in _CONNECTORS:
                run.pop()
            if run:
                name = " ".join(raw for raw, _ in run)
                for _, cleaned in run:
                    for word in cleaned:
                        runs.setdefault(word, name)
            run.clear()

        for index, match in enumerate(matches):
            raw = typed[index]
            cleaned = _cleaned_kept(raw) if len(raw) <= MAX_CACHED_WORD else _cleaned(raw)
            # (`_POSSESSIVE` needs an apostrophe before a last "s": most words lack one, unsearched)
            owner = bool(cleaned) and raw[-2:-1] in _APOSTROPHES and _POSSESSIVE.search(raw) is not None
            form = raw[:-2] if owner else raw  # "raisi", not "raisi's"
            for word in cleaned:
                forms.setdefault(word, form)
            if owner:
                owners.add(cleaned[-1])
            start, previous_end = previous_end, match.end()
            upper = raw[:1].isupper()
            if not upper and not run:
                continue  # (most words: no capital, and no name open that it could join or end)
            between = text[start : match.start()]
            capital = (
                upper
                and sum(ch.isupper() for ch in raw) == 1
                and len(raw) >= 3
                and re.split(r"['\u2019]", raw)[0] != "I"
            )  # "I'm" is no name
            if acronyms and upper and _ACRONYM.match(raw) and not is_english(raw.lower()) and not chat(raw):
                capitals.update(cleaned)  # "CEDAW", "UPR": a name of its own, wherever it stands
            # (whether it starts a sentence is read of capitalised words only, most words being none)
            if (
                capital
                and not title
                and not (index == 0 or (between != " " and _SENTENCE_END.search(between) is not None))
            ):
                if between.strip():
                    close()
                run.append((raw, cleaned))
            elif run and raw.lower() in _CONNECTORS and not between.strip():
                run.append((raw, cleaned))
            elif run:
                close()
        close()
        return cls(forms, runs, frozenset(owners), frozenset(capitals))

    @classmethod
    def _read_uncapitalised(cls, text: str) -> Written:
        """`read` of a text with no capital letter, as most chat is: no name, acronym or title to
        find (each needs a capital), only each word's first spelling and its owners. Without an
        apostrophe there is no owner either, and the spellings are read when first looked up
        (`_Spellings`): only a caveat quotes them, and most checks find none."""
        if "'" not in text and "\u2019" not in text:
            return cls(_Spellings(text), {}, frozenset(), frozenset())
        forms: dict[str, str] = {}
        owners: set[str] = set()
        for raw in _words.RAW_WORD.findall(text):
            cleaned = _cleaned_kept(raw) if len(raw) <= MAX_CACHED_WORD else _cleaned(raw)
            owner = bool(cleaned) and raw[-2:-1] in _APOSTROPHES and _POSSESSIVE.search(raw) is not None
            form = raw[:-2] if owner else raw
            for word in cleaned:
                forms.setdefault(word, form)
            if owner:
                owners.add(cleaned[-1])
        return cls(forms, {}, frozenset(owners), frozenset())

    def term(self, word: str) -> str:
        return self.runs.get(word) or self.forms.get(word, word)


class _Spellings(Mapping[str, str]):
    """`Written.forms` of a text with no capital letter and no apostrophe, read on first use:
    each cleaned word -> the word as typed that first gave it (what `Written._read_uncapitalised`
    reads, with no owner to strip a "'s" from). A check that finds no gap never looks it up, so
    it skips cleaning each typed word (a new word, a typo, costs a full clean)."""

    __slots__ = ("_read", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._read: dict[str, str] | None = None

    def _spellings(self) -> dict[str, str]:
        if self._read is None:
            read: dict[str, str] = {}
            for raw in _words.RAW_WORD.findall(self._text):
                for word in _cleaned_kept(raw) if len(raw) <= MAX_CACHED_WORD else _cleaned(raw):
                    read.setdefault(word, raw)
            self._read = read
        return self._read

    def __getitem__(self, word: str) -> str:
        return self._spellings()[word]

    def __contains__(self, word: object) -> bool:
        return word in self._spellings()

    def __iter__(self) -> Iterator[str]:
        return iter(self._spellings())

    def __len__(self) -> int:
        return len(self._spellings())

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self._spellings().get(word, default)


# What a capitalised word inside a sentence is in title case, never in a name: a word of the
# sentence's grammar ("Has It Improved", "Since X Became President"), not a connector names have
# ("Justice for Iran", "the United Nations").
_TITLE_TELLS = (STOP_WORDS - _CONNECTORS) | set(predicates.PAST_TENSE.values())


def _title_cased(text: str) -> bool:
    """Whether `text` capitalises words for emphasis or style rather than names: a headline
    ("Did The Keeper Sign The Log"), or a sentence whose capitals include its grammar words
    ("Since RAISI Became President, has it improved?"). Then a capital is no sign of a name.
    A name's own connector ("The Hague", "Justice for Iran") tells nothing by itself: a
    capitalised "The" before a capitalised word makes a headline only where no long word is
    in lower case ("Is The Volcano Active", not "executed in The Hague")."""
    return _title_cased_words([m.group(0) for m in _words.RAW_WORD.finditer(text[:4000])])


def _title_cased_words(typed: list[str]) -> bool:
    """`_title_cased` of the text whose words (`_words.RAW_WORD`) are `typed`."""
    raw = [w for w in typed if w[:1].isalpha() and w.isascii()]
    inner = raw[1:]
    if not inner:
        return False
    capitalised = [w for w in inner if w[:1].isupper() and w.replace("\u2019", "'").split("'")[0] != "I"]
    if any(w.lower() in _TITLE_TELLS for w in capitalised):
        return True
    long_words = [w for w in inner if len(w) >= 4]
    if not long_words or not all(w[:1].isupper() for w in long_words):
        return False
    return len(long_words) >= 3 or any(w == "The" and after[:1].isupper() for w, after in itertools.pairwise(inner))


def _cleaned(raw: str) -> tuple[str, ...]:
    """One word as the user typed it, cleaned as the scope check reads words (a long question
    cleans dozens, once each, however often they recur: `_cleaned_kept`)."""
    return tuple(_words.normal(w) for w in clean_once(raw).split())


# `_cleaned` of a word of at most MAX_CACHED_WORD characters, kept as `memo.word_cache` keeps its
# words (the same bound), looked up by `Written.read` directly: a call less per word typed
_cleaned_kept = functools.lru_cache(maxsize=65536)(_cleaned)
