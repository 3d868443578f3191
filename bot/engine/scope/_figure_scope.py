"""What a figure counts, and over what time: a figure is never applied to another period, group or
thing than the sources count.

"At least 440 people since the start of 2017" answers "how many executions" but not "how many
last month", "how many a year", "how many of them" (of whatever group was named before) nor "is
iran the worst": read so, the bot would say "440 last month". Each rule below compares the
question with the entry's own texts (`Covered.said`, `Covered.counted`), so it serves any FAQ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from .. import predicates
from ..lexicon import is_english
from ..persian import has_script, skeleton
from ..text import question_types, stem
from . import _counts, _covered, _subjects_en, _words, _written, asking, result

# A unit of time in English, Persian and Finglish (as `text.words` folds it) -> its English stem,
# which the entry's sources must say for a figure over that unit to be theirs
_UNITS = {
    **{w: "year" for w in ("year", "years", "سال", "sal", "sale")},
    **{w: "month" for w in ("month", "months", "ماه", "mah", "mahe")},
    **{w: "week" for w in ("week", "weeks", "هفته", "hafteh", "hafte", "hafta")},
    **{w: "day" for w in ("day", "days", "روز", "ruz", "rooz", "ruze")},
}


# "annually", Persian «سالانه» ...: a rate over a unit, in one word
_RATES = {
    **{w: "year" for w in ("annually", "yearly", "annual", "سالانه", "سالیانه", "salane", "saliane")},
    **{w: "month" for w in ("monthly", "ماهانه", "mahane")},
    **{w: "week" for w in ("weekly", "هفتگی", "haftegi")},
    **{w: "day" for w in ("daily", "روزانه", "ruzane", "roozane")},
}


# before the unit: a rate ("per year", "every week", «هر هفته», "har sal"), a relative time ("last
# month", "this week", "the past year") or one span ("in one year", "in a single year")
_TIME_WORDS = frozenset((*_UNITS, *_RATES))
_EVERY = frozenset(("per", "every", "each", "هر", "har"))
_RELATIVE = _words.BEFORE_NOW | {"this"}  # ("this week": a period, though no time before now)
_ONE = frozenset(("one", "single", "1", "یک", "یه"))
# Finglish "too/dar ye mah" (in one month): its "ye" is a stop word `text.words` drops, so "in"
# right before the unit stands for it (not before a year's number: "dar sal-e 2017")
_IN_FINGLISH = frozenset(("too", "tu", "dar"))
# after the unit: Persian «ماه گذشته», «هفته پیش», Finglish "mahe gozashte" (folded "guzasht")
_AGO = frozenset(("گذشته", "پیش", "قبل", "اخیر")) | _words.BEFORE_NOW_FINGLISH
_THIS_FA = frozenset(("این", "in"))
# a Finglish unit (`_words.UNITS_FINGLISH`) and its other typed forms "mahe", "hafte"
_UNITS_FINGLISH = _words.UNITS_FINGLISH | {"mahe", "hafte"}


def _periods(tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each period a question asks a figure over, other than "this year":
    the English held-out sets ask "how many executions this year" of the letter's own year (as a
    reader of the letter when it was new) and count it answered; Persian «امسال» and Finglish
    "emsal" are the asker's year (`_words.NOW_FA`)."""
    found: list[tuple[int, int, str]] = []
    if _TIME_WORDS.isdisjoint(tokens):
        return found  # most questions: no unit of time, no rate
    for i, word in enumerate(tokens):
        if word in _RATES:
            found.append((i, i + 1, _RATES[word]))
            continue
        unit = _UNITS.get(word)
        if unit is None:
            continue
        before = tokens[i - 1] if i > 0 else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after in ("ago", "old"):
            continue  # "a year ago", "a year old": a point in time or an age, not a span counted
        if before in _EVERY or (before in ("a", "an") and i > 1 and tokens[i - 2] not in ("in", "for", "over")):
            found.append((i - 1, i + 1, unit))  # "per year", "har sal", "execute a year"
        elif before in _RELATIVE and not (before == "this" and unit == "year"):
            start = i - 2 if i > 1 and tokens[i - 2] == "the" else i - 1
            found.append((start, i + 1, unit))  # "last month", "the past year", "this week"
        elif before in _ONE or (before in ("a", "an") and i > 1 and tokens[i - 2] in ("in", "over")):
            found.append((i - 2 if i > 1 and tokens[i - 2] in ("in", "over") else i - 1, i + 1, unit))
        elif has_script(word) or not word.isascii() or word in _UNITS_FINGLISH:
            if before in _IN_FINGLISH and word.isascii() and not after[:1].isdigit() and after not in _AGO:
                found.append((i - 1, i + 1, unit))  # "too ye mah": in one month
            elif after in _AGO:
                found.append((i, i + 2, unit))  # «ماه گذشته», "mahe gozashte"
            elif before in _THIS_FA and unit != "year":
                found.append((i - 1, i + 1, unit))  # «این هفته»
    return found


# the words before "number of" that make it a figure asked ("the exact number of X"), not a
# quantifier ("a number of issues")
_NUMBER_LEADS = frozenset("the exact precise total actual official real overall".split())


def number_asked(tokens: Sequence[str]) -> bool:
    """ "exact number of trade unionists in prison?", "what is the total number of executions": a
    count asked without "how many" (nor "what number", which `question_types` reads): "number of"
    opening the question or after "the", "exact", "total" ... (not "a number of issues"). Its
    counted words are then checked as a "how many" question's are. Not with a figure typed ("440??
    is that the real number of people executed"): a figure stated to be checked, read as such."""
    if "number" not in tokens or any(t[:1].isdigit() for t in tokens):
        return False
    return any(
        tokens[i + 1] == "of" and (i == 0 or tokens[i - 1] in _NUMBER_LEADS)
        for i in range(len(tokens) - 1)
        if tokens[i] == "number"
    )


def _asks_figure(
    tokens: Sequence[str], types: frozenset[str], covered: _covered.Covered, periods: Sequence[tuple[int, int, str]]
) -> bool:
    """A count asked ("how many", «چند»), or one of the entry's own figures, or a rough one
    ("hundreds"), stated to be checked ("did iran execute 440 people last month"); not the
    length of the period ("in the past 12 months", «۱۲ ماه گذشته»)."""
    if "count" in types:
        return True
    of_period = {k for start, end, _ in periods for k in range(start - 1, end)}
    return any(
        k not in of_period
        and (
            w in _words.ROUGH_COUNTS or w in _ROUGH_FA or ((n := _words.number(w)) is not None and n in covered.numbers)
        )
        for k, w in enumerate(tokens)
    )


def period_gaps(tokens: Sequence[str], types: frozenset[str], covered: _covered.Covered) -> list[tuple[int, int]]:
    """(start, end) of each period a figure is asked over that the entry's sources never count in:
    a unit of time ("month", "week", "year") they never say. "How many executions last month",
    "how many a year", «هر هفته چند نفر» of sources that say "440 since the start of 2017": that
    figure is of no month, week or year, and answered as is it reads as one. A caveat names the
    period; the figure the sources give follows it. An entry whose sources speak in that unit ("in
    the past year") is left to the other rules."""
    if not covered.numbers and not covered.counted:
        return []
    periods = _periods(tokens)
    if not periods or not _asks_figure(tokens, types, covered, periods):
        return []
    return [(start, end) for start, end, unit in periods if unit not in covered.said]


_ROUGH_FA = frozenset(("صدها", "هزاران", "دهها", "ده‌ها", "صد‌ها", "sadha", "hezaran", "dahha"))


def rough_group_gaps(tokens: Sequence[str], covered: _covered.Covered) -> list[int]:
    """Positions of a group a rough figure is stated of ("صدها روزنامه نگار بازداشت شدن؟",
    hundreds of journalists) that the sources name but give no figure for: their "hundreds"
    counts another group ("hundreds of human rights defenders, as well as journalists").
    (English: `_check`'s stated figures.)"""
    found: list[int] = []
    if _ROUGH_FA.isdisjoint(tokens):
        return found
    for i, word in enumerate(tokens[:-1]):
        if word not in _ROUGH_FA:
            continue
        noun = tokens[i + 1]
        said = stem(noun) in covered.said or (noun.isascii() and skeleton(noun) in covered.said_skeletons)
        counted = stem(noun) in covered.counted or (noun.isascii() and skeleton(noun) in covered.counted_skeletons)
        if said and not counted:
            found.append(i + 1)
    return found


_THEM = frozenset(("them", "those", "these"))
# Persian «چند نفرشون», Finglish "chand nafareshoon" (which `text.words` reads as "nafar"): the
# counter word with "of them" on it
_OF_THEM_FA = ("شون", "شان")
_OF_THEM_FINGLISH = re.compile(r"\b(?:nafar|ta)e?sh(?:oo|u|o|a)n\b", re.IGNORECASE)


def them_counted(tokens: Sequence[str], question: str) -> int | None:
    """Position of "them" in a count of them ("how many of them were executed?", «چند نفرشون
    اعدام شدن؟»): a group named before, which the bot cannot know (a chat's earlier message is
    not read into the question), so the entry's figure, a total, is not theirs. A caveat says the
    sources give no figure for "them", then the total."""
    for i in range(len(tokens) - 3) if not _THEM.isdisjoint(tokens) else ():
        if tokens[i] == "how" and tokens[i + 1] == "many" and tokens[i + 2] == "of" and tokens[i + 3] in _THEM:
            # (not "it was 'ngos from around the world', how many of them": named before it; an
            # opening "so", "ok", "hmm", "right" is no content word, and names nothing)
            return i + 3 if all(not _words.content(w) for w in tokens[:i]) else None
    if "از" in tokens or (_words.COUNT_LEADS_FA.isdisjoint(tokens) and _words.COUNT_LEADS_FINGLISH.isdisjoint(tokens)):
        return None  # «از اعدامی‌ها چند نفرشون ...»: of whom, said
    for i, word in enumerate(tokens[:-1]):
        if word in _words.COUNT_LEADS_FA and tokens[i + 1].endswith(_OF_THEM_FA) and len(tokens[i + 1]) > 4:
            return i + 1
        if word in _words.COUNT_LEADS_FINGLISH and _OF_THEM_FINGLISH.search(question):
            return i + 1
    return None


# a Persian question that asks which, what, who ... (not whether: «آیا»), by how its word starts
# («کدامند», «کدوماست», «چیه», «کجاست»)
_WH_FA = (_words.ASKING_FA - {"آیا", "ایا"}) | frozenset("چیه چیست کیه چیا".split())
_WH_FA_STARTS = ("کدام", "کدوم", "کجا", "چطور", "چگونه", "چرا")


def asks_whether(question: str, tokens: Sequence[str]) -> bool:
    """A yes/no question, in English (`asking.asks_yes_or_no`) or Persian (no question word)."""
    if not any(has_script(t) for t in tokens):
        return asking.asks_yes_or_no(question)
    return _WH_FA.isdisjoint(tokens) and not any(t.startswith(_WH_FA_STARTS) for t in tokens)


# superlatives said as a verdict ("is iran the worst executioner", «بدترین»), which the sources
# must say themselves: "among the top" is not "the worst"
_SUPERLATIVES = frozenset("worst best biggest largest highest most least greatest deadliest".split())


def superlative_asked(tokens: Sequence[str], covered: _covered.Covered) -> tuple[int, int] | None:
    """(start, end) of "the worst" (and its like) or a Persian "-ترین" word in a yes/no question
    whose sources never say it, and not "one of the worst" or "among the worst", nor "one of the
    countries that execute the most people" (a rank among others, which "among the top" does
    answer)."""
    for i, word in enumerate(tokens):
        persian = word.endswith("ترین") and len(word) > 5
        if word == "number" and tokens[i + 1 : i + 2] in (["one"], ["1"]) and tokens[i - 1 : i] == ["the"]:
            # "is iran the number one executioner": first of all, as "the worst" is
            if "first" in covered.said:
                continue
            before = tokens[:i]
            if "among" in before or ("one" in before and "of" in before):
                continue
            return i - 1, i + 2
        if not persian and not (word in _SUPERLATIVES and i > 0 and tokens[i - 1] == "the"):
            continue
        if stem(word) in covered.said or word in covered.said:
            continue
        # (anywhere before it: "one of the countries that execute the most people")
        before = tokens[:i]
        if "among" in before or ("one" in before and "of" in before) or "یکی" in before or "جزو" in before:
            continue
        return (i - 1, i + 1) if not persian else (i, i + 1)
    return None


def _rough_english(tokens: Sequence[str], covered: _covered.Covered) -> list[int]:
    """`rough_group_gaps` in English: "are hundreds of journalists detained", of sources whose
    "hundreds" are of another group they name the journalists after. (A group they never say is
    `_check`'s stated figures' rule; a digit, its figures'.)"""
    found: list[int] = []
    if _words.ROUGH_COUNTS.isdisjoint(tokens):
        return found
    for i, j in _counts.stated_counts(tokens):
        if tokens[i] not in _words.ROUGH_COUNTS or tokens[j] in _words.PEOPLE or tokens[j] in _words.ROUGH_COUNTS:
            continue
        if not is_english(tokens[j]):
            continue
        forms = {stem(f) for f in _counts.number_forms(tokens[j])}
        if not forms.isdisjoint(covered.said) and forms.isdisjoint(covered.counted):
            found.append(j)
    return found


def figure_gaps(
    question: str,
    tokens: Sequence[str],
    types: frozenset[str],
    covered: _covered.Covered,
    written: _written.Written,
) -> list[tuple[int, result.Gap, str]]:
    """(position, gap, term as typed) of each period, group, "them" or rank a figure is asked of
    that the entry's sources do not count (the rules above). Each rule first looks for the words
    it starts with; whether the question is a yes/no, and the words as typed, are read only for
    one that found some (most questions: none)."""
    counts = "count" in types
    periods = period_gaps(tokens, types, covered)
    # (a rough figure only stated to be confirmed: "hundreds of activists detained?? who exactly"
    # asks who; "how many ..., dozens, hundreds?" asks the figure)
    rough = [] if counts else [*rough_group_gaps(tokens, covered), *_rough_english(tokens, covered)]
    them = them_counted(tokens, question) if counts else None
    qualified = qualified_gaps(tokens, covered) if counts else []
    kind = qualified_count_fa(tokens, question, covered) if counts else None
    top = (
        superlative_asked(tokens, covered)
        if not _SUPERLATIVES.isdisjoint(tokens) or "number" in tokens or "ترین" in question
        else None
    )
    if not (periods or rough or them is not None or qualified or kind is not None or top):
        return []
    if (rough or top) and not asks_whether(question, tokens):
        rough = []
        # ... and the rank asked of the things a "which" picks from ("which of the concerns does
        # the letter say is the worst"): the sources must rank them themselves
        top = top if "which" in tokens[:4] else None
    forms = written.forms
    if not all(t in forms for t in tokens):  # Finglish: words folded ("mahe gozashte" read "mah guzasht")
        forms = _written.typed_forms(question)
    found: list[tuple[int, result.Gap, str]] = []
    for start, end in periods:
        found.append((start, result.Gap.FIGURE, " ".join(forms.get(t, t) for t in tokens[start:end])))
    for j in rough:
        if not tokens[j].isascii():  # the rough figure and up to two words, never the closing verb
            shown = list(tokens[j - 1 : max(j + 1, min(j + 2, len(tokens) - 2))])
        else:  # "hundreds of", then the group's noun phrase
            lead = j - 2 if tokens[j - 1] == "of" else j - 1
            shown = [*tokens[lead:j], *(tokens[k] for k in _subjects_en.noun_run(tokens, j))]
        found.append((j, result.Gap.FIGURE, " ".join(forms.get(t, t) for t in shown)))
    if them is not None:
        found.append((them, result.Gap.FIGURE, written.forms.get(tokens[them], tokens[them])))
    if qualified:
        j = qualified[0]
        before = tokens[j - 1] if j > 0 else ""
        start = j - 1 if before.isascii() and _words.content(before) and before not in _words.AUX else j
        found.append((j, result.Gap.FIGURE, _written.typed_span(question, tokens[start : j + 1], written, start)))
    if kind is not None:
        found.append((kind, result.Gap.FIGURE, forms.get(tokens[kind], tokens[kind])))
    if top is not None:
        rank = _written.typed_span(question, tokens[top[0] : top[1]], written, top[0])
        found.append((top[0], result.Gap.UNSAID, rank))
    return found


# a Finglish count, its noun, then the word that may be a kind of it: "chand ta sazman irani"
_KIND_FINGLISH = re.compile(r"\b(?:chand|tedad)\s+(?:ta\s+|dune\s+|done\s+)?[a-z']+\s+([a-z']+)", re.IGNORECASE)


def qualified_count_fa(tokens: Sequence[str], question: str, covered: _covered.Covered) -> int | None:
    """Position of the adjective after what a Persian or Finglish count counts («چند سازمان
    **ایرانی** امضا کردن؟», "chand ta sazman **irani**"): a kind of it ("-ی", as a demonym), of
    which the entry counts none, as English "how many iranian ngos" is read (`_check`)."""
    if _words.COUNT_LEADS_FA.isdisjoint(tokens) and _words.COUNT_LEADS_FINGLISH.isdisjoint(tokens):
        return None  # (an English count: "how many iranian ngos" is `_check`'s)
    for j, head in _counts.counted_terms(tokens):
        k = j + 1
        if not head or k >= len(tokens) - 1:
            continue  # (the adjective is never the question's last word, its verb)
        word = tokens[k]
        if has_script(word):
            if (
                not word.endswith("ی")
                or len(word) < 4
                or word in _words.FRAME_WORDS_FA
                or stem(word) in covered.counted
            ):
                continue
            return k
        if tokens[j - 1] not in _words.COUNT_LEADS_FINGLISH or not _counts.countable_finglish(word):
            continue
        # the word as typed, the one after the counted noun ("sazman irani": `text.words` folds
        # "irani" to "iran"); read from the question itself (`_written.typed_forms` costs ~1 ms)
        typed = _KIND_FINGLISH.search(question)
        shown = typed.group(1).lower() if typed else ""
        if shown.endswith("i") and len(shown) >= 4 and skeleton(shown) not in covered.counted_skeletons:
            return k
    return None


# Persian verbs that follow what was done («اجرا شده», «صادر کردند»): the word before one is the doing
_LIGHT_FA = frozenset("شده شد شدن شدند شدہ میشه میشن میشود می‌شود کرده کرد کردن کردند کردہ".split())


def _doings_after(tokens: Sequence[str], k: int) -> frozenset[str]:
    """Stems of the verbs from `k` on: an English participle ("carried"), a Persian word before
    a light verb («اجرا» of «اجرا شده»)."""
    found = {stem(w) for w in tokens[k:] if w.isascii() and predicates.participle(w)}
    found |= {stem(tokens[m - 1]) for m in range(max(k + 1, 1), len(tokens)) if tokens[m] in _LIGHT_FA}
    return frozenset(found)


def count_qualifiers(asked_tokens: Sequence[Sequence[str]], said: Set[str]) -> dict[str, frozenset[str]]:
    """For each word a count phrasing counts that the entry's texts never say ("how many death
    sentences were carried out" of texts that say "executed"), the doings every phrasing that
    counts it says of it ("carried"): the FAQ's authors vouch for a figure of the sentences
    carried out, not of all sentences ("how many death sentences", "... were handed down",
    "how many people were sentenced to death"). A word some phrasing counts with no doing
    after it is left out: they vouch for its figure as it is."""
    found: dict[str, set[str]] = {}
    bare: set[str] = set()
    for toks in asked_tokens:
        terms = _counts.counted_terms(toks)  # (also "number of ...", which no question type reads)
        counted_at = {j for j, _ in terms}
        # a word a phrasing says otherwise ("put to death") is vouched for as it is
        bare |= {stem(w) for j, w in enumerate(toks) if j not in counted_at}
        if not terms:
            continue
        doings = _doings_after(toks, terms[-1][0] + 1)
        for j, _ in terms:
            st = stem(toks[j])
            if st in said:
                continue
            if doings:
                found.setdefault(st, set()).update(doings)
            else:
                bare.add(st)
    return {st: frozenset(d) for st, d in found.items() if st not in bare}


def qualified_gaps(tokens: Sequence[str], covered: _covered.Covered) -> list[int]:
    """Positions of each word of a count question that the entry's phrasings count only as done
    (`count_qualifiers`) when the question says none of those doings."""
    if not covered.count_qualified:
        return []
    # (a word whose stem is one of them starts with it: stems only those, and then the rest)
    starts = tuple(covered.count_qualified)
    candidates = [j for j, w in enumerate(tokens) if w.startswith(starts)]
    if not candidates:
        return []
    asked = {stem(w) for w in tokens}
    return [
        j
        for j in candidates
        if (doings := covered.count_qualified.get(stem(tokens[j]))) is not None and doings.isdisjoint(asked)
    ]


def vouched_figures(figures: Set[tuple[int, str]], asked_tokens: Sequence[Sequence[str]]) -> frozenset[tuple[int, str]]:
    """(number, stem) of what an entry's count phrasings count ("how many groups wrote the
    letter": "group"), with the one figure its texts state in digits ("34 NGOs"): its authors
    vouch that the figure counts those too, so "these 34 groups" of another entry names the same
    thing and states no figure of another group. None when its texts state several figures
    ("440 people since 2017, 34 NGOs"): which one a phrasing counts, none says."""
    numbers = {n for n, _ in figures}
    if len(numbers) != 1:
        return frozenset()
    number = next(iter(numbers))
    return frozenset(
        (number, stem(toks[j]))
        for toks in asked_tokens
        if "count" in question_types(list(toks))
        for j, head in _counts.counted_terms(toks)
        if head
    )
