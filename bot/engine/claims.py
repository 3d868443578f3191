"""Claims an entry makes that its quotes must back: numbers, dates and names.

The answer is the one part of an entry written in the FAQ's own words, so it is the one place a
false fact can slip in ("executed at least 9,999 people since 2010"). Every number, year, date,
percentage and proper name in an answer must therefore be found in the entry's quotes, or in the
attribution of one of them (an answer may say who said it). Numbers compare by value, whatever
their form ("440", "four hundred and forty", "۴۴۰", "1,000" and "1000"); names compare after
`text.clean`, the folding questions and phrasings go through.

Phrasings decide which questions get the entry's answer, so a phrasing that names a person,
group or place no quote mentions ("are kurds discriminated against" under an entry about
"minorities") would make the bot answer "yes" about them. Names in phrasings are found by
general means that work for any FAQ: country and demonym names (`subjects.PLACES`), a list of
ethnic, religious and national groups, words the FAQ's sources and answers write as names, and
capitalised words in the middle of a phrasing. Lower-case words that are neither in those lists
nor names in the sources are never taken for names, so typos and Persian written in Latin
letters ("zanan va aghaliat-ha") pass.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from . import persian
from .lexicon import is_english
from .memo import memoized
from .problems import Problem
from .subjects import GROUPS, PLACES
from .text import clean

if TYPE_CHECKING:  # knowledge.py imports this module
    from .knowledge import Entry
    from .sources import Source

# Acronyms that are common nouns, not names of anything.
COMMON_ACRONYMS = frozenset("ngo ngos faq faqs ok tv pm am id url urls pdf".split())

_TITLES = frozenset("mr mrs ms dr prof sr jr st".split())  # part of a name, but name nobody alone
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PRONOUN_I = re.compile(r"I['\u2019](?:m|ve|d|ll)$")  # "I'm", "I've": not names
_SMALL_WORDS = frozenset("of the for and on in de".split())  # skipped when spelling out an acronym

# -- numbers -------------------------------------------------------------------------------------

_ONES = {
    "zero": 0,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SPELLED_ONES, SPELLED_TENS = _ONES, _TENS  # also read by scope/_words.py
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# Ordinals from "third" on ("first" and "second" are too often not numbers: "at first", "a second").
_ORDINALS = {
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "thirtieth": 30,
    "hundredth": 100,
    "thousandth": 1000,
}
_TIMES = {"twice": 2, "thrice": 3}
# Vague amounts: "hundreds of defenders" is a claim too, and not the same one as "thousands of".
_VAGUE = {
    "صدها": "hundreds",
    "هزاران": "thousands",
    "هزارها": "thousands",
    "میلیونها": "millions",
    "dozens": "dozens",
    "scores": "scores",
    "hundreds": "hundreds",
    "thousands": "thousands",
    "millions": "millions",
    "billions": "billions",
}
# Persian number words (after persian.normalize: ی, ک), joined by "و": "چهارصد و چهل" is 440.
# Hundreds are single words ("چهارصد"); "صد" alone is "hundred".
_ONES.update(
    {
        "صفر": 0,
        "دو": 2,
        "سه": 3,
        "چهار": 4,
        "پنج": 5,
        "شش": 6,
        "شیش": 6,
        "هفت": 7,
        "هشت": 8,
        "ده": 10,
        "یازده": 11,
        "دوازده": 12,
        "سیزده": 13,
        "چهارده": 14,
        "پانزده": 15,
        "پونزده": 15,
        "شانزده": 16,
        "شونزده": 16,
        "هفده": 17,
        "هجده": 18,
        "هیجده": 18,
        "نوزده": 19,
    }
)
_TENS.update({"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90})
_HUNDREDS = {
    "یکصد": 100,
    "دویست": 200,
    "سیصد": 300,
    "چهارصد": 400,
    "پانصد": 500,
    "ششصد": 600,
    "هفتصد": 700,
    "هشتصد": 800,
    "نهصد": 900,
}
_SCALES.update({"صد": 100, "هزار": 1000, "میلیون": 10**6, "میلیارد": 10**9})
_PERCENT_WORDS = ("percent", "درصد")
# "یک" (one, a) and "نه" (nine, no) alone are nearly always not numbers, like "one".
_ALONE_NOT_A_NUMBER = frozenset(("one", "یک", "نه"))
_FA_AND = "و"
# The Persian words a spelled-out number is made of (text.words reads them as digits).
PERSIAN_NUMBER_WORDS = frozenset(w for w in (*_ONES, *_TENS, *_SCALES, *_HUNDREDS) if persian.has_script(w))
# "one" alone is nearly always a pronoun ("one of the signatories"); it counts inside a number.
_NUMBER_WORDS = set(_ONES) | set(_TENS) | set(_SCALES) | set(_HUNDREDS) | _ALONE_NOT_A_NUMBER

# A token: a run of digits (any script) with thousands/decimal separators inside, an ordinal
# suffix kept apart, a word, or a percent sign.
_TOKEN = re.compile(r"\d+(?:[,.\u066b\u066c\u060c]\d+)*(?:st|nd|rd|th)?|[^\W\d_]+(?:['\u2019][^\W\d_]+)*|[%\u066a]")


@dataclass(frozen=True)
class NumberClaim:
    text: str  # as written
    value: Fraction | str  # a vague amount ("hundreds") is its own value
    percent: bool
    start: int = 0  # offset in the text


def _digits_value(token: str) -> Fraction | None:
    token = re.sub(r"(st|nd|rd|th)$", "", token)
    token = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in token)
    token = token.replace("\u066c", ",").replace("\u066b", ".").replace("\u060c", ",")
    groups = re.split(r"([,.])", token)
    numbers, seps = groups[0::2], groups[1::2]
    if not seps:
        return Fraction(int(token))
    # "1,000" and "1,000,000": commas between groups of three are thousands separators; a single
    # "." (or a "," before other than three digits) is a decimal point.
    if seps and all(s == "," for s in seps) and all(len(g) == 3 for g in numbers[1:]):
        return Fraction(int("".join(numbers)))
    if len(seps) == 1:
        return Fraction(f"{numbers[0]}.{numbers[1]}")
    if seps and seps[-1] == "." and all(s == "," for s in seps[:-1]) and all(len(g) == 3 for g in numbers[1:-1]):
        return Fraction("".join(numbers[:-1]) + "." + numbers[-1])
    return None  # "1.2.3": a version or a date in some format; not compared as a number


def number_claims(text: str) -> list[NumberClaim]:
    """Every number stated in `text`, with its value."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lower = [persian.normalize(t.casefold()) for t, _, _ in tokens]
    # A number goes on only over spaces and hyphens: "forty, two" is two numbers.
    joined = [i > 0 and text[tokens[i - 1][2] : tokens[i][1]].strip(" -\u2010\u2011") == "" for i in range(len(tokens))]
    found: list[NumberClaim] = []
    i = 0
    while i < len(tokens):
        word = lower[i]
        start = tokens[i][1]
        value: Fraction | str | None = None
        j = i + 1
        # Decimal digits only ("²" is a digit, not one a number is written in); a token of tatweel
        # alone ("ـ") is empty once normalised.
        if word[:1].isdecimal():
            value = _digits_value(word)
            while value is not None and j < len(tokens) and lower[j] in _SCALES and joined[j]:  # "1.5 million"
                value *= _SCALES[lower[j]]
                j += 1
        elif word in _NUMBER_WORDS:
            value, j = _spelled(lower, joined, i)
        elif word in _ORDINALS:
            value = Fraction(_ORDINALS[word])
        elif word in _TIMES:
            value = Fraction(_TIMES[word])
        elif word in _VAGUE:
            value = _VAGUE[word]
        if value is None:
            i += 1
            continue
        percent = False
        if j < len(tokens) and lower[j] in ("%", "\u066a", *_PERCENT_WORDS) and joined[j]:
            percent, j = True, j + 1
        elif j + 1 < len(tokens) and lower[j] == "per" and lower[j + 1] == "cent" and joined[j]:
            percent, j = True, j + 2
        found.append(NumberClaim(text[start : tokens[j - 1][2]], value, percent, start))
        i = j
    return found


def _spelled(lower: list[str], joined: list[bool], i: int) -> tuple[Fraction | None, int]:
    """The value of the number spelled from token `i` on ("four hundred and forty"), and the
    index after it. "one" on its own is not a number."""
    total = current = 0
    j = i
    used = 0
    while j < len(lower) and (j == i or joined[j]):
        word = lower[j]
        if word in _ONES or word in _ALONE_NOT_A_NUMBER:
            current += _ONES.get(word, 9 if word == "نه" else 1)
        elif word in _HUNDREDS:
            current += _HUNDREDS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        elif (
            word == "and"
            and used
            and j + 1 < len(lower)
            and lower[j + 1] in _NUMBER_WORDS
            and (total or current >= 100)
        ):
            j += 1
            continue
        elif word == _FA_AND and used and j + 1 < len(lower) and lower[j + 1] in _NUMBER_WORDS:
            j += 1  # "بیست و پنج": Persian joins every part of a number with "و"
            continue
        else:
            break
        used += 1
        j += 1
    if used == 1 and lower[i] in _ALONE_NOT_A_NUMBER:
        return None, i + 1
    return Fraction(total + current), j


# -- names ---------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_OPENERS = '.!?:;\u061f"\u201c\u2018'  # after these (or at the start) a capital says nothing


@dataclass(frozen=True)
class NameClaim:
    text: str  # as written: consecutive name words
    words: tuple[str, ...]  # each word folded by text.clean
    start: int = 0  # offset in the text


def _is_name_word(word: str, sentence_start: bool) -> bool:
    folded = clean(word)
    if not folded or not word[0].isupper() or len(word) == 1 or _PRONOUN_I.match(word):
        return False
    if folded.replace(" ", "") in COMMON_ACRONYMS:
        return False
    first = folded.split()[0]
    if first in _NUMBER_WORDS or first in _ORDINALS or first in _VAGUE or first in _TIMES:
        return False  # a number, checked as one
    if first in _MONTHS or first in _WEEKDAYS:
        return not (sentence_start and first == "may")
    if sentence_start:
        return not _ordinary(first)
    return True


def _ordinary(word: str) -> bool:
    """An English word, or one with a common ending on an English word ("unionists")."""
    if is_english(word):
        return True
    return any(
        word.endswith(end) and len(word) - len(end) >= 3 and is_english(word[: -len(end)])
        for end in ("s", "es", "ed", "d", "ing", "ly", "er", "ers")
    )


# Marks that change how a text is shown, not what it says (bidi marks, zero-width space, BOM);
# not the zero-width (non-)joiners that Persian words are spelled with.
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def name_claims(text: str) -> list[NameClaim]:
    """Runs of words written as names: capitalised words in the middle of a sentence, and at its
    start the capitalised words that are not ordinary English words; month and day names always.
    Bidi marks and zero-width spaces read as spaces: a "Yes" after a right-to-left mark still
    opens its sentence (positions are kept: each mark is one space)."""
    runs: list[list[re.Match]] = []
    previous_end = 0
    text = _INVISIBLE.sub(" ", text) if not text.isascii() else text
    for match in _WORD.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].rstrip()
        start = not before or before[-1] in _OPENERS
        if _is_name_word(match.group(), start):
            between = text[previous_end : match.start()]
            if runs and runs[-1] and between.strip() == "" and previous_end == runs[-1][-1].end():
                runs[-1].append(match)
            else:
                runs.append([match])
        previous_end = match.end()
    return [
        NameClaim(text[run[0].start() : run[-1].end()], tuple(clean(m.group()) for m in run), run[0].start())
        for run in runs
    ]


# What a name may add to its stem and still be the same name: "Iran" and "Iranian", "Kurd" and
# "Kurdish", "Bahreini" and "Bahreini's".
_NAME_SUFFIXES = ("s", "es", "n", "an", "ans", "ian", "ians", "i", "is", "ish", "ese", "ic")


def _same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short) :] in _NAME_SUFFIXES


class Evidence:
    """What an entry's quotes (and their attributions) contain, in the forms claims compare in."""

    def __init__(self, texts: Iterable[str]):
        texts = list(texts)
        self.numbers = {(n.value, n.percent) for t in texts for n in number_claims(t)}
        self.words = {w for t in texts for w in clean(t).split()}
        self.acronyms: set[str] = set()  # initials of capitalised runs: "un" for "United Nations"
        self.spelled: set[str] = set()  # acronyms as written: "un" for "UN", to accept "United Nations"
        for text in texts:
            for match in re.finditer(r"\b[A-Z]{2,6}s?\b", text):
                self.spelled.add(match.group().rstrip("s").casefold())
            for run in re.finditer(r"[A-Z][\w'\u2019-]*(?:\s+(?:of|the|for|and|on|de)?\s*[A-Z][\w'\u2019-]*)+", text):
                self.acronyms.add(_initials(run.group().split()))

    def has_number(self, claim: NumberClaim) -> bool:
        return (claim.value, claim.percent) in self.numbers

    def has_word(self, word: str) -> bool:
        if word in self.words or any(_same_name(word, w) for w in self.words):
            return True
        acronym = word[:-1] if word.endswith("s") and len(word) > 2 else word
        return word.isascii() and 2 <= len(word) <= 6 and (word in self.acronyms or acronym in self.acronyms)

    def unsupported(self, claim: NameClaim) -> list[str]:
        """The words of `claim` that the quotes lack, as runs of the claim's own text."""
        if len(claim.words) > 1 and _initials(claim.text.split()) in self.spelled:
            return []  # "United Nations" where the quotes say "UN"
        tokens = list(_WORD.finditer(claim.text))
        missing: list[list[re.Match]] = []
        for token, folded in zip(tokens, claim.words):
            if all(self.has_word(w) for w in folded.split()):
                continue
            if missing and missing[-1][-1] is tokens[tokens.index(token) - 1]:
                missing[-1].append(token)
            else:
                missing.append([token])
        return [claim.text[run[0].start() : run[-1].end()] for run in missing]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _SMALL_WORDS).casefold()


def answer_problems(answer: str, evidence: Evidence) -> list[str]:
    """Each number or name in `answer` that the evidence lacks, as written in the answer."""
    missing = [(n.start, n.text) for n in number_claims(answer) if not evidence.has_number(n)]
    for claim in name_claims(answer):
        missing += [(claim.start + claim.text.index(said), said) for said in evidence.unsupported(claim)]
    return list(dict.fromkeys(said for _, said in sorted(missing)))  # in reading order


def known_names(texts: Iterable[str]) -> frozenset[str]:
    """Folded words that `texts` (sources, attributions, answers) write as names, never in lower
    case, and that are not ordinary English words: "rouhani", "bahreini", "un", not "general" or
    "international"."""
    found: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        names, lower_words = memoized(("names", text), functools.partial(_names_in, text))
        found |= names
        lower |= lower_words
    return frozenset(found - lower)


def _names_in(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words `text` writes as names, and those it writes in lower case (see known_names)."""
    lower = frozenset(clean(m.group()) for m in _WORD.finditer(text) if m.group()[0].islower())
    found = set()
    for claim in name_claims(text):
        for word in " ".join(claim.words).split():
            if not (
                _ordinary(word) or word in COMMON_ACRONYMS or word in _TITLES or word in _MONTHS or word in _WEEKDAYS
            ):
                found.add(word)
    return frozenset(found), lower


def phrasing_names(phrasing: str, known: frozenset[str]) -> list[str]:
    """Words of a phrasing that name a person, group or place: places and groups from the general
    lists, and names the FAQ's sources and answers use. Capital letters are not looked at: people
    type names in lower case, and capitalise typos and Persian in Latin letters."""
    found = [word for word in clean(phrasing).split() if word in PLACES or word in GROUPS or word in known]
    return list(dict.fromkeys(found))


# -- the check over a knowledge base --------------------------------------------------------------


def claim_problems(entries: Mapping[str, Entry], sources: Mapping[str, Source]) -> list[Problem]:
    """Answers stating what their quotes do not, and phrasings naming whom their quotes do not."""
    texts = [s.text for s in sources.values()]
    texts += [a for s in sources.values() for a in s.speakers.values()]
    texts += [e.answer for e in entries.values()]
    known = known_names(texts)
    problems: list[Problem] = []
    for entry in entries.values():
        # Kept while a memo is active, by the entry (the same object while its file is unchanged,
        # memo.py) and the names known; the entry is kept with its problems so its id is never reused.
        problems += memoized(("claims", id(entry), known), functools.partial(_kept_claims, entry, known))[1]
    return problems


def _kept_claims(entry: Entry, known: frozenset[str]) -> tuple[Entry, list[Problem]]:
    return entry, _entry_claims(entry, known)


def _entry_claims(entry: Entry, known: frozenset[str]) -> list[Problem]:
    problems: list[Problem] = []
    evidence = Evidence([q.text for q in entry.quotes] + [q.attribution for q in entry.quotes])

    def report(key: tuple, message: str, entry: Entry = entry) -> None:
        problems.append(Problem(entry.path, entry.lines.get(key, 1), entry.id, message))

    for said in answer_problems(entry.answer, evidence):
        report(("answer",), f'the answer says "{said}"; no quote of this entry contains it')
    phrasings: list[tuple[tuple[Any, ...], str, str]] = [(("question",), "the question", entry.question)]
    phrasings += [(("phrasings", i), "phrasing", p) for i, p in enumerate(entry.phrasings)]
    for lang, tr in entry.translations.items():
        for said in answer_problems(tr.answer, evidence):
            report(
                ("translations", lang, "answer"),
                f'the {lang} answer says "{said}"; no quote of this entry contains it',
            )
        phrasings.append((("translations", lang, "question"), f"the {lang} question", tr.question))
        phrasings += [
            (("translations", lang, "phrasings", i), f"{lang} phrasing", p) for i, p in enumerate(tr.phrasings)
        ]
    for key, kind, text in phrasings:
        for name in phrasing_names(text, known):
            if not evidence.has_word(name):
                report(key, f'{kind} "{_shorten(text)}" names "{name}"; no quote of this entry mentions it')
    return problems


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
