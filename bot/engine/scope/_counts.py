"""What a question counts ("how many teachers") and the counts an entry states.

Counting questions get their own rules: a total is not an answer to a count of a part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction

from ..claims import number_claims
from ..lexicon import is_english
from ..persian import FINGLISH_STOP_WORDS, QUESTION_WORDS_FA, has_script, skeleton
from ..persian import QUESTION_TYPES as QUESTION_TYPES_FA
from ..subjects import is_year
from ..synonyms import english as english_synonyms
from ..text import STOP_WORDS, stem, words
from . import _persian, _subjects_en, _words

_COUNT_LEADS = (
    ("how", "many"),
    ("how", "much"),
    ("number", "of"),
    ("percentage", "of"),
    ("percent", "of"),
    ("proportion", "of"),
    ("share", "of"),
    ("count", "of"),
)


def counted_after_numbers(tokens: Sequence[str]) -> set[str]:
    """Words that follow a number within three words ("440 people", "hundreds of human rights
    defenders"): the things the text gives a figure for."""
    out: set[str] = set()
    for i, word in enumerate(tokens):
        if _words.number(word) is not None or word in ("hundreds", "thousands", "dozens", "millions", "number"):
            out.update(stem(w) for w in tokens[i + 1 : i + 4] if w not in STOP_WORDS)
    return out


# "in 2 sentences", "under 100 words", "in 3 bullet points": how long a reply should be. Ordinary
# English, no word of any one FAQ.
_LENGTH_LEADS = frozenset("in within under using".split())


_REPLY_UNITS = frozenset(
    "sentence sentences word words line lines paragraph paragraphs bullet bullets point points tweet tweets".split()
)


# the words a number spelt out in more than one word holds ("two thousand", «دو هزار»)
_SCALE_WORDS = re.compile(
    r"hundred|thousand|million|billion|trillion|(?<!\w)(?:صد|هزار|میلیون|میلیارد)(?!\w)", re.IGNORECASE
)


def spelled_figures(texts: Iterable[str]) -> frozenset[tuple[int, str]]:
    """(number, stem) of each whole number `texts` spell out of more than one word, before what
    it counts ("two thousand flowers": (2000, "flower")): a figure as much as "2,000 flowers" is,
    which `_words.number` reads word by word ("two", "thousand") and so never as one."""
    found: set[tuple[int, str]] = set()
    for text in texts:
        if not _SCALE_WORDS.search(text):
            continue  # most texts: no "hundred", "thousand", ... (number_claims costs ~0.1 ms a text)
        for claim in number_claims(text):
            value = claim.value
            if not isinstance(value, int | Fraction) or Fraction(value).denominator != 1 or claim.percent:
                continue
            if claim.text[:1].isdigit() or len(claim.text.split()) < 2:
                continue  # digits, and one word ("two", "twice"), are read as before
            after = words(text[claim.start + len(claim.text) :])[:3]
            found.update((int(value), stem(w)) for w in after)
    return frozenset(found)


# "in like 2 sentences", "in just 3 lines": a hedge between the lead and the length
_LENGTH_HEDGES = frozenset("like just only about around max roughly".split())


def reply_length(tokens: Sequence[str], i: int) -> bool:
    """Whether the number at `i` is the length of the reply asked for: "in 2 sentences", "in
    under 50 words", "in like 2 sentences" (`_LENGTH_LEADS`, `_REPLY_UNITS`)."""
    if not 0 < i < len(tokens) - 1 or tokens[i + 1] not in _REPLY_UNITS:
        return False
    lead = i - 2 if tokens[i - 1] in _LENGTH_HEDGES else i - 1
    return lead >= 0 and tokens[lead] in _LENGTH_LEADS


def stated_counts(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(position of a number, position of what it counts) in a statement of a figure: "**440
    teachers** were executed", "signed by **3 NGOs**", "killed **hundreds of farmers**": the first
    word after the number (after "of", "the" and one word ending in -ly/-ish) that frames nothing.
    Not a year ("in 2017 women were ..."), nor a number followed by a unit of time or a percent."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(tokens):
        if not (word.isdigit() and not is_year(word)) and word not in _words.ROUGH_COUNTS:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in ("of", "the", "those", "these", "them"):
            j += 1
        if j >= len(tokens) or not tokens[j].isalpha() or tokens[j] in STOP_WORDS:
            continue
        if tokens[j] in _words.FRAME_WORDS and tokens[j] not in _words.PEOPLE:
            continue  # ("3 people": a figure too, of no group)
        if tokens[j] in _words.UNITS or tokens[j] in ("percent", "times", "more", "less", "fewer", "years", "year"):
            continue
        if j == i + 1 and reply_length(tokens, i):
            continue  # "explain it in 2 sentences": the length of the reply asked for, no figure of anything
        if j == i + 1 and tokens[j] in _TALKED_OF:
            continue  # "i've seen 440 thrown around": the figure as people repeat it, of nothing named
        found.append((i, j))
    return found


# what is done with a figure people repeat ("440 thrown around", "the 34 cited everywhere")
_TALKED_OF = frozenset("thrown floated floating circulating going cited quoted mentioned posted shared".split())


_COPULAS_FA = frozenset("بودن بودند بوده بود هستن هستند هست است اند".split())


# Persian words after a number that count time or say how, not a group ("۴ سال اول", "۳ بار")
_NOT_A_GROUP_FA = frozenset(
    "سال ساله سالی ماه ماهه هفته روز روزه دهه قرن ساعت دقیقه درصد بار دفعه برابر مورد تای اول دوم سوم "
    "درسته درست صحیح صحیحه واقعیه واقعی غلط غلطه اشتباه اشتباهه دقیق دقیقه".split()  # and a judgement of it
)


def _of_the_counted_fa(word: str) -> bool:
    """Whether a Persian word after what a count counts still names it («زنان» in «تعداد اعدام
    زنان»): not a question word, verb, preposition or counter word."""
    return (
        has_script(word)
        and word not in STOP_WORDS
        and word not in QUESTION_WORDS_FA
        and word not in _VERB_WORDS
        and word not in _words.FRAME_WORDS_FA
        and word not in _words.CLASSIFIERS_FA
        and word not in _words.COUNT_LEADS_FA
        and word not in _NOT_A_GROUP_FA
        and word not in _ENDS_FA
    )


# The count as a noun («تعداد», «آمار» as words() reads it), whose counted noun takes an ezafe
_COUNT_NOUNS_FA = frozenset(("تعداد", "امار"))
# "According to", "the letter": who gives the count, after it («تعداد اعدام‌ها طبق نامه»)
_SOURCE_LEADS_FA = frozenset("طبق بر براساس بنابر بنا نامه نامهٔ گزارش متن سند".split())
# A noun's ending typed apart from it («اعدام شدگان», «اعدامی ها»)
_NOUN_ENDS_FA = frozenset("شدگان شده ها های ای ی یا".split())
# Words that end what is counted: how much, how many, what («تعداد اعدام‌ها چقدره», «چنده»)
_ENDS_FA = frozenset("چقدر چقدره چند چنده چقد چیه چی چه است هست بوده".split())


# The Finglish count nouns ("tedad", "amar"), and the words that end what they count: the
# question word, a verb, who gives the count ("tebgh-e name": according to the letter)
_COUNT_NOUNS_FINGLISH = frozenset(("tedad",))
_ENDS_FINGLISH = frozenset(
    "chand chanda cheghadr cheghad chiye chi hast ast bud shud shod kard tebgh nameh gozaresh".split()
)


def _whose_finglish(tokens: Sequence[str], start: int) -> list[tuple[int, bool]]:
    """ "tedad-e edam-e **zanan** chande?": whose, as «تعداد اعدام زنان» in Persian: the words
    from `start` that name a group, when a question word ends them ("chand", "cheghadr")."""
    k = start
    while k < len(tokens) and k <= start + 2 and _of_the_counted_finglish(tokens[k]):
        k += 1
    if k == start or k >= len(tokens) or tokens[k] not in _ASKS_FINGLISH:
        return []
    return [(j, False) for j in range(start, k)]


_ASKS_FINGLISH = frozenset("chand chanda cheghadr cheghad chiye chi".split())


def _of_the_counted_finglish(word: str) -> bool:
    """Whether a folded Finglish word after what a count noun counts still names it ("zan" in
    "tedad edam zanan"), as `_of_the_counted_fa` reads Persian script."""
    return countable_finglish(word) and word not in _ENDS_FINGLISH and word not in FINGLISH_STOP_WORDS


def stated_counts_fa(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(position of a number, position of what it counts) in a Persian-script statement of a
    figure: «**۴۴۰ معلم** اعدام شدن؟», «۴۴۰ نفر معلم ...», «۳۴ کشور نامه رو امضا کردن؟» (the
    word after the number and a counter word, «نفر», «تا»), as `stated_counts` reads English.
    Not a year, nor a time («۴ سال اول»), a doing or a frame word («۴۴۰ نفر اعدام شدن»: the
    executed, which the entry must say anyway)."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(tokens):
        if not word.isdigit() or is_year(word):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j] in _words.CLASSIFIERS_FA or tokens[j] in _words.FRAME_WORDS_FA):
            j += 1
        if j >= len(tokens) - 1 or not has_script(tokens[j]) or tokens[j] in STOP_WORDS:
            continue  # (the last word: what is said of the number, «۴۴۰ درسته؟», not a group)
        if tokens[j] in _NOT_A_GROUP_FA or tokens[j] in _VERB_WORDS or tokens[j] in _words.FRAME_WORDS:
            continue
        found.append((i, j))
    return found


def stated_counts_finglish(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """`stated_counts_fa` in Finglish: "**34 ta keshvar** in name ro neveshtan?" (the number,
    its counter words, then a noun with consonants enough to tell it by)."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(tokens):
        if not word.isdigit() or is_year(word):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in _COUNTERS_FINGLISH:
            j += 1
        if j < len(tokens) - 1 and countable_finglish(tokens[j]) and tokens[j] not in _NOT_A_GROUP_FINGLISH:
            found.append((i, j))
    return found


# the counter words between a number and what it counts ("34 **ta** sazman", "440 **nafar**"); not
# "adad" ("440 adad-e marbut be edame": the number itself, of which something is said)
_COUNTERS_FINGLISH = _words.FRAME_WORDS_FINGLISH - {"adad"}
# a time or a share, not a group ("4 sal-e rouhani", "ta 5 saal-e dige"), as folded
_NOT_A_GROUP_FINGLISH = frozenset("sal mah ruz hafte saat daghighe gharn dahe darsad bar dafe adad".split())


_COPULAS = frozenset("were are was is".split())


_HAVE = frozenset(("have", "has", "got"))


def count_owner(tokens: Sequence[str], j: int) -> list[int]:
    """Positions of whose count the word at `j` is, when the question says it ("how many members
    does **the security council** have"): a count of a thing the sources never speak of is no
    figure of theirs left out. ("how many journalists are in prison" says where they are, not
    whose they are.)"""
    k = j + 1
    if k < len(tokens) and tokens[k] in _DO:
        end = next((m for m in range(k + 2, min(len(tokens), k + 7)) if tokens[m] in _HAVE), None)
        return list(range(k + 1, end)) if end is not None else []
    return []


def counted_as(tokens: Sequence[str]) -> list[int]:
    """In a count question, the position of what the counted are said to be: "how many of the
    executed were **women**", "how many of the people executed were **juveniles**", "چند نفر از
    اعدام‌شده‌ها **زن** بودن": the one word after the copula that ends an English question, the
    word before the one that ends a Persian one."""
    if len(tokens) < 3:
        return []
    if tokens[-1] in _COPULAS_FA and not _words.COUNT_LEADS_FA.isdisjoint(tokens[:-2]):
        word = tokens[-2]
        return [len(tokens) - 2] if _countable_fa(word) and word not in _words.CLASSIFIERS_FA else []
    last = tokens[-1]
    # "how many of the people executed were juveniles", "of the 440 executed, how many were
    # teachers": of whom, whatever word counts them, the "of" after "how many" or before it
    asks = next((i for i in range(len(tokens) - 2) if tokens[i : i + 2] == ["how", "many"]), None)
    partitive = asks is not None and (tokens[asks + 2] == "of" or "of" in tokens[:asks])
    # "how many of the executions were of teachers": what they were of
    copula = -3 if tokens[-2] == "of" and len(tokens) > 3 else -2
    if (
        tokens[copula] in _COPULAS
        and (partitive or counted_terms(tokens[:copula]))
        and _words.content(last)
        and last.isalpha()
    ):
        return [] if last.endswith(("ed", "ing")) else [len(tokens) - 1]
    # the words that qualify a kind are what the counted are said to be: "how many of the
    # signatories are iranian **diaspora** groups" asks of a part, which "groups" alone hides
    at = next((k for k in (-3, -4) if len(tokens) + k > 0 and tokens[k] in _COPULAS), None)
    run = tokens[at + 1 :] if at is not None else []
    if (
        partitive
        and run
        and not last.endswith(("ed", "ing"))
        and all(w.isalpha() and w not in STOP_WORDS and _words.content(w) for w in run)
    ):
        # (its head, the kind counted again: "human rights groups" of "34 organisations", is not)
        return list(range(len(tokens) + at + 1, len(tokens) - 1))  # type: ignore[operator]
    return []


_CAUSES_FA = frozenset(("بخاطر", "خاطر", "khater", "bekhater"))  # "به خاطر X", "be khatere X": because of X


def counted_for(tokens: Sequence[str]) -> list[list[int]]:
    """In a count question, the cause or purpose of what is counted: "executed **for drug
    offences**", "were for X", "because of X", "due to X", Persian "به خاطر X"."""
    found: list[list[int]] = []
    for i, word in enumerate(tokens):
        if word in _CAUSES_FA:
            found.append(
                [j for j in _persian.persian_run(tokens, i + 1, len(tokens)) if tokens[j] not in STOP_WORDS][:2]
            )
            continue
        after_verb = word == "for" and i > 0 and (tokens[i - 1].endswith("ed") or tokens[i - 1] in _COPULAS)
        cause = (word == "of" and tokens[i - 1 : i] == ["because"]) or (word == "to" and tokens[i - 1 : i] == ["due"])
        if after_verb or cause:
            k = i + 1
            while k < len(tokens) and tokens[k] in ("the", "a", "an", "their", "its", "his", "her"):
                k += 1
            found.append(_subjects_en.noun_run(tokens, k))
    return [run for run in found if run]


def counted_terms(tokens: Sequence[str], *, whose: bool = False) -> list[tuple[int, bool]]:
    """Positions of the words a count question counts: the nouns after "how many", "number of"
    (Persian چند, تعداد); True for the first (the head of what is counted). With `whose`, a
    question's (not a phrasing's: what it counts is read from its head alone), also the words
    after a Persian count noun's counted noun («تعداد اعدام **زنان**»)."""
    found: list[tuple[int, bool]] = []
    for i in range(len(tokens)):
        if tokens[i] in _words.COUNT_LEADS_FA:
            j = i + 1
            while j < len(tokens) and tokens[j] in _words.CLASSIFIERS_FA:
                j += 1
            if j < len(tokens) and _countable_fa(tokens[j]):
                found.append((j, True))
                # «تعداد اعدام زنان چقدره؟»: whose executions, after what is counted (an ezafe),
                # up to the question word or the verb: a group the entry must at least say
                k = j + 1 if whose and tokens[i] in _COUNT_NOUNS_FA else len(tokens)  # (after «چند»: the predicate)
                while k < len(tokens) and k <= j + 3 and tokens[k] not in _SOURCE_LEADS_FA:
                    if tokens[k] in _NOUN_ENDS_FA:
                        k += 1  # «اعدام شدگان», «اعدامی ها»: the same noun, its ending typed apart
                        continue
                    if not _of_the_counted_fa(tokens[k]):
                        break
                    found.append((k, False))
                    k += 1
            elif (
                j + 1 < len(tokens)
                and tokens[j] in _words.FRAME_WORDS_FA
                and _countable_fa(tokens[j + 1])
                and tokens[j + 1] not in _CAUSES_FA  # "چند نفر به خاطر X": the cause, read below
                and tokens[j + 1] not in _words.REPORTED_FA  # "چند نفر گزارش شده": who counts, not what
            ):
                # "چند نفر زن اعدام شدند": a counter word, then what the counted are ("women"),
                # or what was done to them ("اعدام"), which the entry must at least say
                found.append((j + 1, False))
            continue
        if tokens[i] == "amar" and whose and i + 1 < len(tokens) and finglish_noun(tokens[i + 1]):
            # "amar-e edam-e zanan chande": statistics, read only for whose (what follows "amar"
            # may be a word of its own: "amare jadid dari?", new statistics)
            found += _whose_finglish(tokens, i + 2)
            continue
        if tokens[i] in _words.COUNT_LEADS_FINGLISH:
            if i + 1 < len(tokens) and finglish_noun(tokens[i + 1]):
                found.append((i + 1, True))
                if whose and tokens[i] in _COUNT_NOUNS_FINGLISH:
                    found += _whose_finglish(tokens, i + 2)
            elif (
                i + 2 < len(tokens)
                and tokens[i + 1] in _words.FRAME_WORDS_FINGLISH
                and countable_finglish(tokens[i + 2])
                and tokens[i + 2] not in _CAUSES_FA
            ):
                found.append((i + 2, False))  # "chand nafar zan edam shodan", as in Persian
            continue
        if i + 1 >= len(tokens) or (tokens[i], tokens[i + 1]) not in _COUNT_LEADS:
            continue
        j = i + 2
        while j < len(tokens) and tokens[j] in ("of", "the", "these", "those", "them", "all"):
            j += 1
        taken = 0
        while j < len(tokens) and taken < 2 and tokens[j] not in _words.FRAME_WORDS and tokens[j] not in STOP_WORDS:
            if taken and tokens[j].endswith(("ed", "ing")):
                break  # "how many groups backed it": the count is of groups, not of "backed"
            if not taken and _opens_an_idiom(tokens, j):
                break  # "how many put to death": what was done to them (as "how many executed")
            found.append((j, taken == 0))
            taken += 1
            j += 1
    return found


def _opens_an_idiom(tokens: Sequence[str], j: int) -> bool:
    """Whether an everyday idiom of data/en-synonyms.txt opens at `j` ("put to death", "locked
    up"): one word of meaning in several, none of them a thing counted."""
    read = english_synonyms()
    if tokens[j] not in read.firsts:
        return False
    return any(tuple(tokens[j : j + n]) in read.idioms for n in range(2, read.span + 1))


def counted_doings(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(position of "people", position of its verb) in "how many people (were) <verb>": a count
    of people that only the verb tells apart ("how many people live there", "... were executed")."""
    found = []
    for i in range(len(tokens) - 3):
        if (tokens[i], tokens[i + 1]) not in _COUNT_LEADS or tokens[i + 2] not in _words.PEOPLE:
            continue
        k = i + 3
        while k < len(tokens) and (
            tokens[k] in _words.AUX or tokens[k] in _words.BEFORE_VERB or tokens[k].endswith("ly")
        ):
            k += 1
        if tokens[i + 3] in _words.DO_HAVE:
            # "how many people did iran arrest", "... has the regime executed": the subject
            # comes first, then what it did to them
            s = i + 4
            while s < len(tokens) and tokens[s] in ("the", "a", "an", "its", "their"):
                s += 1
            subject = tokens[s] if s < len(tokens) else ""
            if (
                s + 1 < len(tokens)
                and _words.content(subject)
                and subject not in _words.BEFORE_VERB
                and not subject.endswith("ed")
            ):
                k = s + 1  # (not "how many people have signed it": a verb, not a subject)
        if k < len(tokens) and tokens[k] not in STOP_WORDS and tokens[k] not in _words.FRAME_WORDS:
            found.append((i + 2, k))
    return found


def _countable_fa(word: str) -> bool:
    """A Persian word a count can be of: no frame, function or question word (the question marks
    are gone from the words, so «تاریخش چنده؟ کدوم ماه؟» has «کدوم» after «چند»: the next
    question, as Finglish `countable_finglish` reads it)."""
    return (
        has_script(word)
        and word not in _words.FRAME_WORDS_FA
        and word not in STOP_WORDS
        and word not in _words.FRAME_WORDS
        and word not in _words.COUNT_LEADS_FA
        and word not in QUESTION_WORDS_FA
    )


def countable_finglish(word: str) -> bool:
    """A folded Finglish word a count can be of: no English word, no frame or question word,
    and at least two consonants (`persian.skeleton`) to tell it by."""
    return finglish_noun(word) and len(skeleton(word)) >= 2


def finglish_noun(word: str) -> bool:
    """`countable_finglish`, however few its consonants: a word with one ("bahai", folded "baha":
    "b") is still a thing counted, only one no skeleton can tell (see `_short_count_gap`)."""
    return (
        word.isascii()
        and word.isalpha()
        and word not in _words.FRAME_WORDS_FINGLISH
        and word not in _words.COUNT_LEADS_FINGLISH
        and word not in QUESTION_TYPES_FA
        and not is_english(word)
    )


def number_forms(word: str) -> tuple[str, ...]:
    """The word and its plural or singular ("ngo", "ngos"), which the stemmer keeps apart."""
    return (word, word[:-1]) if word.endswith("s") else (word, word + "s")


def counted_before(tokens: Sequence[str]) -> list[int]:
    """Positions of the words a count is asked of without "how many": "the vote count", "what's
    the death toll" (the word before the count noun)."""
    return [
        i - 1
        for i, word in enumerate(tokens)
        if word in _words.COUNT_NOUNS
        and i > 0
        and tokens[i - 1] not in _words.FRAME_WORDS
        and tokens[i - 1] not in STOP_WORDS
        and not _count_verb(tokens, i)
    ]


def _count_verb(tokens: Sequence[str], i: int) -> bool:
    """Whether "count" at `i` is the verb of a question's subject ("how many executions does **the
    letter count**"): "do/does/did" before that subject, not the noun of "the vote count"."""
    return tokens[i] == "count" and not _DO.isdisjoint(tokens[max(0, i - 4) : i - 1])


_DO = frozenset(("do", "does", "did"))


# the verb words a Persian or Finglish count's predicate ends on (a light verb, a copula): where
# the counted words stop («چند نفر زن اعدام **شدند**», "chand nafar zan edam **shodan**")
_VERB_WORDS = frozenset(
    """
    شد شده شدن شدند شود شوند نشد نشده نشدن کرد کرده کردن کردند کنند نکرد نکردن است هست هستن هستند
    بود بودن بودند نیست نیستن نیستند دارد دارند داره دارن ان اند ن
    shod shode shodeh shodan shodand nashod nashodan kard karde kardan kardand nakard ast hast hastan
    hastand bud bood budan boodan budand boodand nist nistan dare daran darad darand
    """.split()
)


def kind_end_fa(tokens: Sequence[str], j: int) -> int:
    """Where the kind named from `j` ends (exclusive), in a Persian or Finglish statement of a
    figure («۴۴۰ **فعال محیط زیست** بازداشت شدن؟»): its words up to the predicate's noun, the last
    countable word before a verb (as `counted_kinds` reads a count's kind); `j + 1` for one word."""
    countable = _countable_fa if has_script(tokens[j]) else countable_finglish
    return j + max(_kind_run(tokens, j, countable) - 1, 1)


def _kind_run(tokens: Sequence[str], start: int, countable: Callable[[str], bool]) -> int:
    """How many words from `start` name a kind and the predicate's noun: countable words up to a
    verb, a cause or a present verb (`counted_kinds`, `kind_end_fa`)."""
    run = 0
    for word in tokens[start:]:
        if word in _VERB_WORDS or word in _CAUSES_FA or not countable(word) or _persian.present_verb(word):
            break
        run += 1
    return run


def counted_kinds(tokens: Sequence[str]) -> list[int]:
    """Positions of the first word of a kind named in two words or more after a Persian or
    Finglish count's counter word, before its predicate («چند نفر **فعال** محیط زیست زندانی‌ان»,
    "chand nafar **faal** mohit zist zendanian"): a kind of the counted, as English "how many
    **environmental** activists", whose figure the entry must give (`counted_terms` only asks
    the word after the counter word to be said: it may be the predicate, «چند نفر اعدام شدند»)."""
    found = []
    for i in range(len(tokens) - 2):
        fa = tokens[i] in _words.COUNT_LEADS_FA and tokens[i + 1] in _words.FRAME_WORDS_FA
        latn = tokens[i] in _words.COUNT_LEADS_FINGLISH and tokens[i + 1] in _words.FRAME_WORDS_FINGLISH
        if not (fa or latn):
            continue
        run = _kind_run(tokens, i + 2, _countable_fa if fa else countable_finglish)
        if run >= 3:  # the kind's two words or more, then the predicate
            found.append(i + 2)
    return found
