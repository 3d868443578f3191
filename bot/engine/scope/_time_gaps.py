"""Gaps in time: a question about later, earlier or another period than an entry covers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import predicates
from ..persian import ALWAYS as FINGLISH_ALWAYS
from ..persian import FOLDED_QUESTION_WORDS_FINGLISH as _QUESTION_WORDS_LATN
from ..persian import skeleton
from ..subjects import is_year, month_of
from ..text import STOP_WORDS, clean, stem, words
from . import _clauses, _covered, _index_base, _shapes_en, _times, _words

_AFTER_ANY = _words.AFTER | _words.AFTER_FA


# ... in Finglish: "ba'd az nameh", "pas az in nameh" (read in the question as typed: `text.words`
# drops "az"), the noun told by its consonants
_AFTER_FINGLISH = frozenset("bad baad baed pas".split())


_FINGLISH_SUFFIXES = frozenset("ha haye hay hai".split())  # a plural typed apart ("nameh ha")


_THIS_FINGLISH = frozenset("in un oon an".split())


_THE = frozenset("the this that its their these those".split())


_BEFORE = "before"  # "before joining amnesty" (`_earlier`)
# The words `_earlier` starts a time at: a question with none of them asks of no earlier time
EARLIER_WORDS = frozenset((*(key[0] for key in _words.EARLIER), _BEFORE))


_PASSIVE = frozenset("was were got had been is are".split())


_SPAN_WORDS = frozenset("few several couple decade decades".split())


# What says an entry speaks of a time before another ("before the letter", "in previous years")
_EARLIER_SAID = frozenset(stem(w) for w in "before previous previously earlier ago since former formerly".split())


# "earlier years", "previous months": spans before the one an entry tells of (plural: "the
# previous year" may be the past one)
_EARLIER_OF_SPANS = frozenset("earlier previous prior preceding former".split())


# "before getting re-elected", "before becoming president": the event is the word after
_BECOMING = frozenset(("being", "getting", "becoming"))


# someone's work before a post or a place ("where did X work before amnesty", "what was her job
# before joining amnesty", «قبل از عفو بین الملل کجا کار میکرد», "ghabl az amnesty koja kar mikard")
# someone's post now: "still working at X", "still with X", «هنوز ... کار می‌کنه», "hanuz ... kar mikone"
_STILL_CUES = frozenset(("still", "هنوز", "hanuz", "hanooz", "hnuz"))
_STILL_JOB = re.compile(
    r"\bstill\s+(?:(?:work(?:s|ing)?|employed)\s+(?:at|for|with|by)|at|with|in\s+(?:her|his|their)\s+(?:job|post|role))"
    r"\s+[\w'-]+(?:\s+[\w'-]+){0,2}"
    # (at or for a place: «هنوز تو X کار میکنه»; «فانوس هنوز کار میکنه» asks whether it still works)
    r"|هنوز\s+(?:تو|توی|در|برای|با)\s+(?:\S+\s+){1,3}?کار\s*(?:می|نمی)\s*\w*"
    r"|\bha?n(?:oo|u|o)z\s+(?:too|tu|to|dar|baraye|bara|vase|ba)\s+(?:\S+\s+){1,3}?kar\s+(?:mi|nemi)\w*",
    re.IGNORECASE,
)
_BEFORE_CUES = frozenset(("before", "قبل", "ghabl", "ghabl"))
_BEFORE_JOB = re.compile(
    r"\b(?:work(?:ed|ing|s)?|job|employed|employer)\b[^?.!]*?\b(?P<before>before\s+(?:joining\s+|she\s+joined\s+|he\s+joined\s+)?"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)(?=\s*[?.!,]|\s*$)"
    r"|(?P<fa>قبل\s+از\s+(?:اینکه\s+)?(?:(?!کجا|چه|چیکار|کار|شغل)\S+\s+){0,2}(?!کجا|چه|چیکار|کار|شغل)\S+)"
    r"\s+(?:کجا\s+|چه\s+کاری\s+|چیکار\s+)?(?:کار\s*(?:می|نمی)?|شغل)"
    r"|(?P<latn>ghabl\s+az\s+\S+(?:\s+\S+){0,2}?)\s+(?:\S+\s+){0,3}?(?:kar\s+(?:mi|nemi)|shoghl)",
    re.IGNORECASE,
)


def job_before(question: str, tokens: Sequence[str]) -> tuple[int, str] | None:
    """(position of its "before", the span as typed) of someone's work before a post or a place
    ("where did X work before amnesty", «قبل از عفو بین الملل کجا کار میکرد»), or None."""
    if _BEFORE_CUES.isdisjoint(tokens):
        return None
    found = _BEFORE_JOB.search(question)
    if found is None:
        return None
    at = next((i for i, t in enumerate(tokens) if t in _BEFORE_CUES), 0)
    return at, " ".join((found["before"] or found["fa"] or found["latn"]).split())


def job_now(question: str, tokens: Sequence[str]) -> tuple[int, str] | None:
    """(position of its "still", the span as typed) of someone's post now ("still working at X",
    «هنوز ... کار می‌کنه»), or None."""
    if _STILL_CUES.isdisjoint(tokens):
        return None
    found = _STILL_JOB.search(question)
    if found is None:
        return None
    at = next((i for i, t in enumerate(tokens) if t in _STILL_CUES), 0)
    return at, " ".join(found[0].split())


# A span counted back from now with a length of its own ("5 years ago", "the past decade", "the
# last few months"; Persian «۵ سال پیش», «۵ سال اخیر», Finglish "5 sal pish"): its units, as `text.words` reads
# them, each with its English word (an entry's English sources say "year"), and the words that
# count it back
_SPAN_UNITS = {
    **{u: u.removesuffix("s") for u in _words.UNITS},
    "centuries": "century",
    **dict.fromkeys(("sal", "sale"), "year"),
    "mah": "month",
    "hafteh": "week",
    **dict.fromkeys(("dahe", "dahah"), "decade"),
    "سال": "year",
    "ماه": "month",
    "هفته": "week",
    "دهه": "decade",
    "قرن": "century",
}
SPAN_CUES = frozenset(_SPAN_UNITS)
# (اخیر, "akhir": recent, "the last")
_AGO = frozenset(("ago", "پیش", "قبل", "گذشته", "اخیر", "akhir")) | _words.BEFORE_NOW_FINGLISH
_FEW = frozenset(("few", "several", "couple"))
_MONTHS = {"year": 12, "month": 1}  # (a span of a year in months: "12 months")


# The asker speaking of themselves, or of their own: "i voted", "my family hyped him", "we hoped"
_ASKER = frozenset("i me my mine we us our ours".split())


def told_by_asker(question: str, span: Sequence[str]) -> bool:
    """Whether the words of `span` ("back then", "in the past") are only in clauses of the
    message in which the asker tells of themselves, not in a question: "everyone in my family
    hyped rouhani as a reformer back then, did his first term bring reforms", "i voted for him back
    then hoping for change... did the letter say ...": a time of the asker's own story, which the
    question that follows asks nothing of. A clause is told, not asked, when a question mark does
    not end it and it says "i", "my", "we" or "our"."""
    told = False
    for match in re.finditer(r"[^?!.,;\u061f\u060c\u2026]+(?:[?!.,;\u061f\u060c\u2026]+|$)", question):
        part = match.group()
        read = words(part, finglish=False)
        if not any(list(read[i : i + len(span)]) == list(span) for i in range(len(read) - len(span) + 1)):
            continue
        if part.rstrip().endswith(("?", "\u061f")) or _ASKER.isdisjoint(read):
            return False
        told = True
    return told


class TimeGaps(_index_base.IndexBase):
    """Gaps in time: a question about later, earlier or another period than an entry covers."""

    def _other_span(self, tokens: Sequence[str], covered: _covered.Covered) -> list[tuple[int, int]]:
        """(start, end) of each span of time counted back from now with a length of its own ("has
        it improved compared to 5 years ago", "over the past decade", "in the last few months",
        «نسبت به ۵ سال پیش», "5 sal pish") that the entry's own texts never give: an entry that
        tells of "the past year" says nothing of five years or a decade, and its answer in full
        would read as if it did. Given when its answer, quotes or question write the same length
        (the number, in figures or words, and the unit; "decade" itself). A year or one unit ("a
        year ago", "the past year", "the past 12 months") is left to the other rules; a number of ten or more the number
        rule reads first ("the last 10 years": “10”)."""
        found: list[tuple[int, int]] = []
        for i, word in enumerate(tokens):
            unit = _SPAN_UNITS.get(word)
            if unit is None or not i:
                continue
            before = tokens[i - 1]
            count = _words.number(before)
            counted = (count is not None and count >= 2) or before in _FEW
            if not counted and unit != "decade":
                continue
            start = i - 1 if counted else i
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if after in _AGO:
                end = i + 2
            elif start > 0 and tokens[start - 1] in _words.BEFORE_NOW:
                start, end = start - 1, i + 1
            else:
                continue
            said = covered.said
            if count is not None and count * _MONTHS.get(unit, 0) == 12:
                continue  # "the past 12 months": a year, in months (the other rules' span)
            if stem(unit) not in said and stem(word) not in said:
                found.append((start, end))  # (never the unit: "the past decade" of "the past year")
            elif counted and not (
                (count is not None and (str(count) in said or any(_words.number(w) == count for w in said)))
                or (count is None and before in said)
            ):
                found.append((start, end))
        return found

    def _later(
        self,
        tokens: Sequence[str],
        types: frozenset[str],
        covered: _covered.Covered,
        ends: Sequence[int],
        question: str = "",
    ) -> list[tuple[int, int]]:
        """(start, end) of each time a question asks about that comes after its sources, which
        they cannot tell: "since the letter was sent", "released after the report?" (after the
        FAQ's own subject: one of its most common words, the document every entry draws on),
        "did it pass in the end?", and the asker's present in a question for a figure or a name
        ("how many are in jail right now", "who is the current rapporteur"; "who's getting
        locked up rn" or "is it still bad now" is answered by the sources' own account). An
        entry that says the same ("since the letter", "currently") gives it. `ends`: where the
        question's clauses end (`_clauses.clause_ends`)."""
        if _words.LATER_WORDS.isdisjoint(tokens):
            return []  # most questions: none of the words any of these start with
        found: list[tuple[int, int]] = []
        for i, word in enumerate(tokens if not _AFTER_ANY.isdisjoint(tokens) else ()):
            k = i + 1
            if word in _words.AFTER_FA and tokens[k : k + 1] == ["از"]:
                k += 1
            elif word not in _words.AFTER:
                continue
            while k < len(tokens) and (tokens[k] in _THE or tokens[k] in ("این", "اون", "آن")):
                k += 1
            if k == i + 1 or k >= len(tokens):
                continue  # "since 2017", "after his re-election": a time the sources may give
            noun = stem(self._fix(tokens[k]))
            if noun not in self._common or tokens[k] in self._names or noun in covered.after:
                continue
            end = k + 1
            if tokens[end : end + 1] and tokens[end] in _PASSIVE and end + 1 < len(tokens):
                end += 2  # "since the letter was sent"
            elif (
                end < len(tokens)
                and end not in ends  # "پس از این نامه، ایران ...": the clause ends with the noun
                and _words.content(tokens[end])
                and tokens[end] not in _words.AFTER
                and tokens[end] not in _words.ASKING_FA  # "بعد از نامه چند نفر ...": the question follows
            ):
                continue  # "after the general assembly votes": another event
            found.append((i, end))
        found += [
            span
            for span in _times.spans(tokens, _words.IN_THE_END)
            if not self._says(covered, tokens, span) and not (question and _times.sums_up(question))
        ]
        # a figure as of now ("how many are in jail right now"; not "so far", Persian "تا حالا"),
        # or who holds a post now ("who is the current rapporteur")
        # (a figure the entry gives, stated of now, "was it 440 executions this year", as well)
        stated = any(t[:1].isdigit() and _words.number(t) in covered.numbers for t in tokens)
        now = _times.spans(tokens, {**_words.NOW, **_words.NOW_FA}) if "count" in types or stated else []
        if "who" in tokens or "which" in tokens:
            now += [(i, i + 1) for i, w in enumerate(tokens) if w == "current"]
        for start, end in now:
            if self._says(covered, tokens, (start, end)) or tokens[start - 1 : start] == ["تا"]:
                continue
            if tokens[start].isascii() and re.search(rf"\bta\s+{re.escape(tokens[start])}\b", question.lower()):
                continue  # Finglish "ta alan" (so far), whose "ta" text.words drops
            found.append((start, end))
        return found

    def _before_a_recent_span(self, tokens: Sequence[str], covered: _covered.Covered) -> tuple[int, int] | None:
        """(start, end) of "before last year", "before this year", "before the past year": a time
        before the recent span an entry dates what it says by ("in the past year"), of an entry
        that gives no year in figures and never speaks of an earlier time ("before", "previous",
        "earlier", "ago", "since"): its sources tell of that span, not of what came before it.
        So are "in earlier years", "in previous years" of an entry that says "the past year"."""
        for i, word in enumerate(tokens[:-1]):
            if word in _EARLIER_OF_SPANS and tokens[i + 1].endswith("s") and stem(tokens[i + 1]) in _words.UNIT_STEMS:
                # "in earlier years", "in previous years": the spans before the one it tells of
                if stem(tokens[i + 1]) not in covered.said or any(is_year(w) for w in covered.said):
                    continue
                if not covered.said.isdisjoint(_EARLIER_SAID):
                    return None
                return i, i + 2
            if i >= len(tokens) - 2 or word != "before" or tokens[i + 1] not in ("last", "this", "the"):
                continue
            j = i + 2 + (tokens[i + 1] == "the" and tokens[i + 2] in ("past", "last"))
            if j >= len(tokens) or stem(tokens[j]) not in _words.UNIT_STEMS:
                continue
            if any(is_year(w) for w in covered.said) or not covered.said.isdisjoint(_EARLIER_SAID):
                return None
            return i, j + 1
        return None

    def _earlier(self, tokens: Sequence[str], covered: _covered.Covered, question: str = "") -> list[tuple[int, int]]:
        """(start, end) of each time a question asks about that comes before its sources, which
        they do not tell of unless they say so themselves: "like in the past", "back then",
        "previously", "historically", "before the letter was sent" (before the FAQ's own subject,
        one of its most common words, as `_later` reads "after"), "before joining amnesty" (an
        event whose verb the entry never writes). Not "in the past year" or "in
        the past 12 months" (a span the sources may give), nor a time the entry's own texts write
        ("in the past", "before the letter"). An entry that dates what it says (a year, a month,
        "the last century") may tell of that past: left to the other rules."""
        relative = self._before_a_recent_span(tokens, covered)
        if relative is not None:
            return [relative]
        if not covered.said.isdisjoint(_words.UNIT_STEMS) or covered.dated:
            return []
        found: list[tuple[int, int]] = []
        for start, end in _times.spans(tokens, _words.EARLIER):
            following = tokens[end] if end < len(tokens) else ""
            if following and (
                following.isdigit() or _words.number(following) is not None or stem(following) in _words.UNIT_STEMS
            ):
                continue  # "in the past 12 months", "previously two years ago"
            if following in _SPAN_WORDS:
                continue  # "in the past few years", "in the past decade"
            if tokens[start] == "ghabl" and (
                following == "az" or (start > 0 and tokens[start - 1] in _times.UNITS_FINGLISH)
            ):
                continue  # Finglish "ghabl az X" (before X), "sale ghabl" (last year): read by the rules on those
            if (start > 0 and tokens[start - 1] == "as" and predicates.participle(following)) or (
                start > 1 and tokens[start - 2] == "as" and predicates.participle(tokens[start - 1])
            ):
                continue  # "as previously reported", "as mentioned in the past": said before, not a time asked
            if tokens[end - 1] == "past" and self._names_a_past(tokens, end):
                continue  # "in the past election": the last one, which the sources may tell of
            if question and told_by_asker(question, tokens[start:end]):
                continue  # "i voted for him back then, did his first term bring reforms?": the asker's story
            found.append((start, end))
        for i, word in enumerate(tokens):
            if word != _BEFORE:
                continue
            if i + 1 < len(tokens) and (predicates.progressive(tokens[i + 1]) or tokens[i + 1] == "being"):
                # "what did she do before joining amnesty": an event the entry never tells of;
                # after "being", "getting" or "becoming" the event is the word that follows
                # ("before getting re-elected": "elected", whose "re-" is a word of its own)
                j = i + 1
                if tokens[j] in _BECOMING and j + 1 < len(tokens):
                    j += 1
                    j += tokens[j] == "re" and j + 1 < len(tokens)
                done = {tokens[j], *predicates.bases(tokens[j])}
                if not any(
                    stem(w) in covered.said or not predicates.english_forms(w).isdisjoint(covered.said_done)
                    for w in done
                ):
                    k = j + 1
                    while k < len(tokens) - 1 and (tokens[k] in _THE or tokens[k] in _words.ARTICLES):
                        k += 1
                    if j > i + 1 and predicates.participle(tokens[j]):
                        k = j  # "before being hired (by the council)": a passive has no object
                    found.append((i, min(k + 1, len(tokens))))
                continue
            k = i + 1
            while k < len(tokens) and tokens[k] in _THE:
                k += 1
            if k == i + 1 or k >= len(tokens):
                continue  # "before 2017", "before his re-election": a time the sources may give
            noun = stem(self._fix(tokens[k]))
            if noun not in self._common or tokens[k] in self._names:
                continue
            end = k + 1
            if tokens[end : end + 1] and tokens[end] in _PASSIVE and end + 1 < len(tokens):
                end += 2  # "before the letter was sent"
            found.append((i, end))
        return [span for span in found if not self._says(covered, tokens, span)]

    def _names_a_past(self, tokens: Sequence[str], end: int) -> bool:
        """Whether "past" at `end - 1` is an adjective of the noun that follows ("in the past
        election", "in the past term": the last one) rather than ending "in the past" (a clause or
        nothing follows: "in the past, was it", "in the past iran executed fewer", "in the past
        people were held": a name, or a noun whose verb comes next)."""
        following = tokens[end] if end < len(tokens) else ""
        if not following or not _words.content(following) or following in self._names or following in _words.AUX:
            return False
        if following.endswith("ly") or predicates.participle(following) or predicates.progressive(following):
            return False
        after = tokens[end + 1] if end + 1 < len(tokens) else ""
        return not (after in _words.AUX or after in _PASSIVE or predicates.participle(after) or after in self._names)

    def _since_unknown(self, tokens: Sequence[str], covered: _covered.Covered, question: str) -> list[tuple[int, int]]:
        """(start, end) of each English "since/after <someone> <did something>" whose doer the
        entry never says nor is asked with ("since raisi became president" of an entry that
        never names raisi): an event the sources do not tell of, so nothing they say is of the
        time after it. A pronoun ("after he was re-elected"), the FAQ's own subject (`_later`)
        and a doer the entry names ("after rouhani won") are left alone, and so is a time
        ("since yesterday is the lighthouse working?"): "is", "was" ... count as the event's verb
        only as a passive's ("since the council was elected"), else they open the question."""
        found: list[tuple[int, int]] = []
        for i, word in enumerate(tokens):
            if word not in _words.AFTER:
                continue
            k = i + 1
            while k < len(tokens) and tokens[k] in _THE:
                k += 1
            verb = next(
                (
                    m
                    for m in range(k + 1, min(k + 4, len(tokens)))
                    if predicates.doings(tokens[m]) or (tokens[m] in _PASSIVE and _shapes_en.passive_of(tokens, m))
                ),
                None,
            )
            if verb is None:
                continue
            doer = tokens[k:verb]
            if any(w in STOP_WORDS or not w.isalpha() or is_year(w) or month_of([w], 0) is not None for w in doer):
                continue
            stems = {stem(self._fix(w)) for w in doer}
            if stems & self._common or not stems.isdisjoint(covered.known):
                continue
            found.append((i, _clauses.clause_end(tokens, verb, question, self._max_chars)))
        return found

    def _later_finglish(
        self, question: str, tokens: Sequence[str], covered: _covered.Covered
    ) -> list[tuple[int, int, str]]:
        """`_later`'s "after the <FAQ's own subject>" in Finglish ("ba'd az nameh chand nafar
        edam shodan"): (start, end) in `tokens`, and the words as typed. The noun is one of the
        FAQ's most common words by its consonants, and what follows it is a question word, the
        clause's end or nothing (not "ba'd az nameh sazman melal", another event)."""
        if _AFTER_FINGLISH.isdisjoint(tokens) or not all(w.isascii() for w in tokens):
            return []
        raw = [m.group(0) for m in _words.RAW_WORD.finditer(question[: self._max_chars * 2])]
        typed = clean(question[: self._max_chars * 2]).split()
        shown = raw if len(raw) == len(typed) else typed
        found = []
        for i in range(len(typed) - 2):
            if typed[i] not in _AFTER_FINGLISH or typed[i + 1] != "az":
                continue
            k = i + 2
            while k < len(typed) - 1 and typed[k] in _THIS_FINGLISH:
                k += 1
            noun = words(typed[k], finglish=FINGLISH_ALWAYS)
            if len(noun) != 1 or skeleton(noun[0]) not in self._common_skeletons:
                continue
            if skeleton(noun[0]) in {skeleton(w) for w in covered.after}:
                continue
            n = k
            while n + 1 < len(typed) and typed[n + 1] in _FINGLISH_SUFFIXES:
                n += 1  # "yaddasht-ha": its plural typed apart
            following = words(typed[n + 1], finglish=FINGLISH_ALWAYS) if n + 1 < len(typed) else []
            if (
                following
                and following[0] not in _QUESTION_WORDS_LATN
                and not _clauses.clause_end_after(question, typed[n])
            ):
                continue  # "ba'd az nameh sazman melal ...": another event
            start = next((p for p, t in enumerate(tokens) if t == _words.fold_word(typed[i])), None)
            end = next((p for p, t in enumerate(tokens) if t == noun[0]), None)
            if start is not None and end is not None and end >= start:
                found.append((start, end + 1, " ".join(shown[i : n + 1])))
        return found
