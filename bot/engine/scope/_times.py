"""Times in a question ("in the end", "last year", "since") and whether an entry covers them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..persian import normalize
from ..subjects import is_year, month_of
from ..text import stem
from . import _words


def year_start(tokens: Sequence[str], j: int, month: str) -> bool:
    """January after "since" or "from": the start of a year, not a month asked about."""
    return month == "january" and j > 0 and tokens[j - 1] in ("since", "from")


def covered_alternative(tokens: Sequence[str], j: int, said: frozenset[str]) -> bool:
    """The date word at `j` (a month or a year) is one of alternatives ("november or december",
    "2016 or 2017?") of which the sources say another: the question asks which, and the entry
    answers it."""
    alternatives = [j - 2] if j >= 2 and tokens[j - 1] == "or" else []
    alternatives += [j + 2] if j + 2 < len(tokens) and tokens[j + 1] == "or" else []
    for k in alternatives:
        month = month_of(list(tokens), k)
        forms = {stem(tokens[k]), stem(month)} if month is not None else {tokens[k]} if is_year(tokens[k]) else set()
        if not forms.isdisjoint(said):
            return True
    return False


_RELATIVE = _words.BEFORE_NOW  # not "next week", "this week": the asker's plans


# The same in Finglish, as `text.words` folds it: the unit, then "last" ("sale ghabl", "sal-e
# gozashte", "mahe pish"), or one word ("parsal", last year; "diruz", yesterday). Decades too
# ("dahe ghabl"), which a figure's period (`_figure_scope`) does not count over.
_UNITS_FINGLISH = _words.UNITS_FINGLISH | frozenset(("dahe", "dahah"))
UNITS_FINGLISH = _UNITS_FINGLISH


_RELATIVE_FINGLISH = _words.BEFORE_NOW_FINGLISH


_RELATIVE_WORDS = frozenset("yesterday parsal diruz".split())


_RELATIVE_STARTS = frozenset(_RELATIVE_WORDS | _UNITS_FINGLISH | _RELATIVE)  # (`relative_times`)


def relative_times(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each time said relative to now ("last year's letter", "in the past 12
    months", "yesterday"; Finglish "sale ghabl"): a time the sources must give some time for."""
    if _RELATIVE_STARTS.isdisjoint(tokens):
        return []  # (most questions: no word one starts with, and no scan of their words)
    found = []
    for i, word in enumerate(tokens):
        if word in _RELATIVE_WORDS:
            found.append((i, i + 1))
        elif word in _UNITS_FINGLISH and i + 1 < len(tokens) and tokens[i + 1] in _RELATIVE_FINGLISH:
            found.append((i, i + 2))
        elif word in _RELATIVE:
            k = i + 1
            while k < min(len(tokens), i + 3) and (
                _words.number(tokens[k]) is not None or tokens[k] in ("few", "couple")
            ):
                k += 1
            if k < len(tokens) and tokens[k] in _words.UNITS:
                found.append((i, k + 1))
    return found


# Finglish "in the end", "finally" as typed, by the word `text.words` folds it to ("akharesh":
# folded, it is "akharin", latest, too; "belakhare" in a Finglish sentence is "belakhar")
_IN_THE_END_TYPED = {
    "akhar": frozenset("akharesh akharesham akharsh".split()),
    **{folded: frozenset(("belakhare", "bellakhare", "balakhare", "belakhareh", "bellakhareh", "balakhareh"))
       for folded in ("belakhar", "bellakhar", "balakhar", "belakhare", "bellakhare", "balakhare")},
}  # fmt: skip


def in_the_end_typed(question: str, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """Finglish "akharesh", "belakhare" (in the end, finally: "atashfeshan akharesh khamush shod?"),
    read as typed, since `text.words` folds them ("akharesh" as it folds "akharin", latest):
    (start, end) in `tokens`, the word. None in a question that sums up (`sums_up`)."""
    if _IN_THE_END_TYPED.keys().isdisjoint(tokens):
        return []  # (most questions: no scan of their words)
    at = next((i for i, w in enumerate(tokens) if w in _IN_THE_END_TYPED), None)
    if at is None or not all(w.isascii() for w in tokens):
        return []
    typed = [w.strip("?!.,'\"") for w in question.lower().split()]
    word = next((w for w in typed if w in _IN_THE_END_TYPED[tokens[at]]), None)
    if word is None or sums_up(question):
        return []
    return [(at, at + 1, word)]


# What a question that sums up asks with ("in the end, what does the letter want?", «بالاخره
# نامه چی میخواد؟», "akharesh hadafesh chie?"): a verb of wanting, saying or meaning in the
# present, or "what is it": then "in the end", «بالاخره», «در نهایت» say "so", "all in all", and
# ask no time after the sources, as they do of a doing or a becoming ("did it pass in the end?",
# «آخرش چی شد؟», «بالاخره تصویب میشه؟»). Ordinary verbs of the languages, no word of any one FAQ.
_SUMS_UP_EN = frozenset("want wants say says ask asks mean means demand demands call calls".split())


_PRESENT_EN = frozenset(("do", "does"))


_PAST_OR_LATER_EN = frozenset("did was were will would has have had".split())


_SUMS_UP_VERB = re.compile(
    r"^(?:ن?می(?:خواد|خوان|خواه\w*|گه|گن|گوید|گویند|طلب\w*)|چی|چیه|چیست|چیا|"
    r"n?e?mi(?:khad|khaad|khan|khaan|khahad|khahand|ge|gan|guyad|gooyad|talab\w*)|chi|chie|chiye|chiast)$"
)


def sums_up(question: str) -> bool:
    """Whether a question with "in the end", "finally" (English, Persian, Finglish) sums up rather
    than asks a later time: its verb (the last word, in Persian and Finglish; in English a verb
    of saying or wanting after "do"/"does", no past nor future) asks what something says, wants
    or is (`_SUMS_UP_VERB`)."""
    sentences = [
        typed
        for part in re.split(r"[?\u061f!.]+", normalize(question[:1000].replace("\u200c", "")).lower())  # "می‌گویند"
        if (typed := re.findall(r"\w+", part))
    ]
    # every sentence: "آخرش تصویب شد؟ نامه چی میخواد؟" still asks what happened in the end
    return bool(sentences) and all(_sums_up(typed) for typed in sentences)


def _sums_up(typed: list[str]) -> bool:
    if all(w.isascii() for w in typed) and not _PRESENT_EN.isdisjoint(typed):
        return not _SUMS_UP_EN.isdisjoint(typed) and _PAST_OR_LATER_EN.isdisjoint(typed)
    return _SUMS_UP_VERB.match(typed[-1]) is not None


def spans(tokens: Sequence[str], table: Mapping[tuple[str, ...], int]) -> list[tuple[int, int]]:
    firsts = {key[0] for key in table}
    return [
        (i, i + n)
        for i, word in enumerate(tokens)
        if word in firsts
        for key, n in table.items()
        if tuple(tokens[i : i + n]) == key
    ]


def _said_after(said_tokens: Sequence[Sequence[str]], noun: str) -> bool:
    """Whether the entry itself says something of the time after `noun` ("since the letter")."""
    return any(
        toks[i] in _words.AFTER and noun in (stem(w) for w in toks[i + 1 : i + 4])
        for toks in said_tokens
        for i in range(len(toks))
    )


# "when did X last / first ...", Persian "آخرین بار کی", Finglish "akharin bar ... kei"
_EXTREMES = frozenset("last first اخرین آخرین اولین اول akhar avalin".split())  # "اولین" reads "اول"


# "the last time", «آخرین بار», "akharin bar": one occasion, whatever else is asked of it ("which
# rapporteur went to iran the last time"), as "when did X last ..." asks its date (not "the first
# time": "rouhani's first time round" is his first term, "first time here" the asker's own)
_LAST = frozenset(("last", "اخرین", "آخرین", "akhar"))
_TIMES = frozenset(("time", "بار", "bar", "dafe", "دفعه"))


def extreme_times(tokens: Sequence[str], types: frozenset[str]) -> list[int]:
    """Positions of "last" / "first" in a question asking when something last or first
    happened (not "the last 12 months", a time the question gives), or of "the last time" in
    any question (`_LAST`, `_TIMES`)."""
    persian_when = "کی" in tokens or "kei" in tokens
    if "when" not in types and not persian_when:
        return [i for i, w in enumerate(tokens[:-1]) if w in _LAST and tokens[i + 1] in _TIMES]
    return [
        i
        for i, w in enumerate(tokens)
        if w in _EXTREMES
        and not (i + 1 < len(tokens) and (tokens[i + 1] in _words.UNITS or _words.number(tokens[i + 1]) is not None))
    ]
