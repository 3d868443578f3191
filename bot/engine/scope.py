"""Whether the chosen entry answers the question *as asked*, or only a broader one.

"How many teachers were executed?" shares every word but one with the entry on executions, and
the matcher rightly picks that entry; but its answer gives the total of all executions. Shown as
is, it reads as "440 teachers were executed". So once an entry is chosen, the question's
qualifiers (what it counts, what it asks to be mentioned, the names, places, years and numbers
it contains) are checked against what the entry covers. A qualifier the entry does not cover
makes the answer *partial*: it is shown after a caveat that names the qualifier as the user
wrote it ("The sources give no figure for “teachers”. What they do say:"), and never opens with
a "Yes." written for another question.

Nothing here knows this campaign's words: what an entry covers is read from the entry itself
(its answer, quotes, attributions and phrasings), and the qualifiers are found by the shape of
English questions and by general lists (places, group names), so the same rules serve any FAQ.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from . import i18n
from .claims import SPELLED_ONES, SPELLED_TENS, known_names
from .lexicon import is_english
from .memo import memoized
from .subjects import GROUPS, PLACES, is_year
from .text import STOP_WORDS, clean, question_types, stem, words

# Words that frame a question rather than narrow its subject ("how many X does the letter
# mention"). A general English list: question words, auxiliaries, pronouns, prepositions,
# quantifiers and the verbs people use to ask about a document.
FRAME_WORDS = frozenset(
    """
    what whats how many much who whom whose when where why which whether
    do does did doing done can could would will has have had should shall may might must
    been being am get gets got getting
    say says said saying tell telling told know knew mention mentions mentioned mentioning
    talk talks talking explain mean means meant give gives given show shows cover covers covered
    raise raises raised refer refers address addresses include includes included discuss discusses
    about any anything some something someone anyone anybody somewhere anywhere everything nothing
    there here their they them he she his her its i me my we our us you your yours
    and or but if so not no nor yes also just really actually exactly like even still again
    more most very such than then too only as for from by with without into over under up down
    out off of per via regarding concerning according accordance
    all each every both either neither other others another one ones these those
    total exact exactly approximately roughly around about overall estimated figure figures
    number numbers count amount percentage percent proportion
    people ppl persons person
    though tho although alongside besides along yet ever never already right now well back
    """.split()
)

_COUNT_LEADS = (
    ("how", "many"),
    ("how", "much"),
    ("number", "of"),
    ("percentage", "of"),
    ("proportion", "of"),
    ("share", "of"),
    ("count", "of"),
)
_MENTION_VERBS = frozenset(
    "mention mentions mentioned mentioning named cover covers covered "
    "include includes included discuss discusses refer refers raise raises".split()
)
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# Single number words ("ten", "forty"), as the claims check reads them.
_NUMBER_WORDS = {**SPELLED_ONES, "one": 1, **SPELLED_TENS}
_MONTHS = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}


class Scope(enum.Enum):
    FULL = "full"
    PARTIAL = "partial"


class Gap(enum.Enum):
    """Why a qualifier is not covered: what the caveat says about it."""

    FIGURE = "figure"  # a count asked of something the entry gives no number for
    MENTION = "mention"  # a name, place, year, number or subject the entry's sources never mention
    DESCRIPTION = "description"  # "what/who is <a name>" of an entry that only mentions it


@dataclass(frozen=True)
class Uncovered:
    term: str  # as the user wrote it
    gap: Gap


@dataclass(frozen=True)
class ScopeCheck:
    scope: Scope
    uncovered: tuple[Uncovered, ...] = ()

    @property
    def caveat(self) -> str | None:
        """What the sources do not give, said first; None for a full answer."""
        return self.caveat_in(i18n.EN)

    def caveat_in(self, lang: str) -> str | None:
        """The caveat in `lang` (the reply's language); the terms stay as the user wrote them."""
        if self.scope is Scope.FULL:
            return None
        figures = [u.term for u in self.uncovered if u.gap is Gap.FIGURE]
        mentions = [u.term for u in self.uncovered if u.gap is Gap.MENTION]
        parts = [
            i18n.t("caveat_description", lang, terms=i18n.join_terms([u.term], lang, "or"))
            for u in self.uncovered
            if u.gap is Gap.DESCRIPTION
        ]
        if figures:
            parts.append(i18n.t("caveat_figure", lang, terms=i18n.join_terms(figures, lang, "or")))
        if mentions:
            parts.append(i18n.t("caveat_mention", lang, terms=i18n.join_terms(mentions, lang, "or")))
        return " ".join(parts) + " " + i18n.t("caveat_tail", lang)


FULL = ScopeCheck(Scope.FULL)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    match = _ORDINAL.match(word)
    if match:
        return int(match.group(1))
    return _NUMBER_WORDS.get(word)


def _normal(word: str) -> str:
    word = _MONTHS.get(word, word)
    match = _ORDINAL.match(word)
    return match.group(1) if match else word


@dataclass(frozen=True)
class _Covered:
    said: frozenset[str]  # stems in the answer, quotes, attributions and question
    asked: frozenset[str]  # stems in any phrasing (how people ask for this entry)
    counted: frozenset[str]  # stems a count phrasing asks about, or that follow a number in what is said
    numbers: frozenset[int]  # numbers in the answer, quotes and phrasings


def _counted_after_numbers(tokens: Sequence[str]) -> set[str]:
    """Words that follow a number within three words ("440 people", "hundreds of human rights
    defenders"): the things the text gives a figure for."""
    out: set[str] = set()
    for i, word in enumerate(tokens):
        if _number(word) is not None or word in ("hundreds", "thousands", "dozens", "millions", "number"):
            out.update(stem(w) for w in tokens[i + 1 : i + 4] if w not in STOP_WORDS)
    return out


def counted_terms(tokens: Sequence[str]) -> list[tuple[int, bool]]:
    """Positions of the words a count question counts: the nouns after "how many", "number of";
    True for the first (the head of what is counted)."""
    found: list[tuple[int, bool]] = []
    for i in range(len(tokens) - 1):
        if (tokens[i], tokens[i + 1]) not in _COUNT_LEADS:
            continue
        j = i + 2
        while j < len(tokens) and tokens[j] in ("of", "the", "these", "those", "them", "all"):
            j += 1
        taken = 0
        while j < len(tokens) and taken < 2 and tokens[j] not in FRAME_WORDS and tokens[j] not in STOP_WORDS:
            if taken and tokens[j].endswith(("ed", "ing")):
                break  # "how many groups backed it": the count is of groups, not of "backed"
            found.append((j, taken == 0))
            taken += 1
            j += 1
    return found


_COUNT_NOUNS = frozenset("count tally toll total totals statistics stats".split())


def counted_before(tokens: Sequence[str]) -> list[int]:
    """Positions of the words a count is asked of without "how many": "the vote count", "what's
    the death toll" (the word before the count noun)."""
    return [
        i - 1
        for i, word in enumerate(tokens)
        if word in _COUNT_NOUNS and i > 0 and tokens[i - 1] not in FRAME_WORDS and tokens[i - 1] not in STOP_WORDS
    ]


def mentioned_terms(tokens: Sequence[str]) -> list[int]:
    """Positions of the words a question asks to be mentioned: "does the letter mention X",
    "is X mentioned", "what about X", "anything about X"."""
    found: list[int] = []
    for i, word in enumerate(tokens):
        start = None
        if (
            (word in _MENTION_VERBS and i > 0 and tokens[i - 1] not in ("was", "were", "is", "are", "being"))
            or (word == "about" and i > 0 and tokens[i - 1] in ("what", "anything", "something", "how"))
            or (word in ("on",) and i > 0 and tokens[i - 1] == "anything")
        ):
            start = i + 1
        if start is None:
            continue
        for j in range(start, len(tokens)):
            if tokens[j] in _MENTION_VERBS or tokens[j] in ("in", "by", "from", "according"):
                break
            if tokens[j] not in FRAME_WORDS and tokens[j] not in STOP_WORDS:
                found.append(j)
    # "is X mentioned", "are X named": the words between the auxiliary and the verb.
    for i, word in enumerate(tokens):
        if word in _MENTION_VERBS and i > 1:
            for j in range(i - 1, -1, -1):
                if tokens[j] in ("is", "are", "was", "were"):
                    found.extend(
                        k for k in range(j + 1, i) if tokens[k] not in FRAME_WORDS and tokens[k] not in STOP_WORDS
                    )
                    break
    return sorted(set(found))


def _topic(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for t in texts for w in words(t))


def _runs(text: str) -> tuple[str, ...]:
    """The words of the capitalised names `text` writes (see _Written)."""
    return tuple(_Written.read(text, len(text)).runs)


def _covered(
    said_texts: Sequence[str], phrasings: Sequence[str]
) -> tuple[_Covered, frozenset[str], frozenset[str], frozenset[int]]:
    """What one entry says and how it is asked (see ScopeIndex): its coverage, the stems it says
    and is asked with, and the numbers it uses."""
    said_tokens = [[_normal(w) for w in words(t)] for t in said_texts]
    asked_tokens = [[_normal(w) for w in words(t)] for t in phrasings]
    said = frozenset(stem(w) for toks in said_tokens for w in toks)
    asked = frozenset(stem(w) for toks in asked_tokens for w in toks)
    counted: set[str] = set()
    for toks in said_tokens:
        counted |= _counted_after_numbers(toks)
    for toks in asked_tokens:
        if "count" in question_types(toks):
            counted |= {stem(toks[j]) for j, _ in counted_terms(toks)}
        if _COUNT_NOUNS.intersection(toks):  # "death penalty stats": what is counted
            counted |= {stem(w) for w in toks}
    numbers = frozenset(n for toks in [*said_tokens, *asked_tokens] for w in toks if (n := _number(w)) is not None)
    return _Covered(said, asked, frozenset(counted), numbers), said, asked, numbers


class ScopeIndex:
    """What each entry covers, built once with the matcher; checked only for the chosen entry."""

    def __init__(
        self,
        entries: Iterable[tuple[str, Sequence[str], Sequence[str]]],
        repair: Callable[[str], str] = lambda w: w,
        max_chars: int = 500,
        topics: Mapping[str, Sequence[str]] | None = None,
    ):
        """`entries`: (entry id, what it says: answer, quotes, attributions and question, how
        people ask it: phrasings). `repair` maps a misspelt word to the FAQ word it means.
        `topics`: entry id -> its own questions (in every language), what the entry is about:
        "what is X" is answered in full only by an entry whose question names X."""
        self._repair = repair
        self._topics = {
            eid: memoized(("topic", tuple(texts)), functools.partial(_topic, tuple(texts)))
            for eid, texts in (topics or {}).items()
        }
        said_everywhere: list[str] = []
        self._max_chars = max_chars
        self._covered: dict[str, _Covered] = {}
        self._vocabulary: set[str] = set()  # every stem the FAQ uses anywhere
        self._numbers: set[int] = set()  # every number it uses
        for entry_id, said_texts, phrasings in entries:
            said_everywhere.extend(said_texts)
            covered, said, asked, numbers = memoized(
                ("covered", tuple(said_texts), tuple(phrasings)),
                functools.partial(_covered, said_texts, phrasings),
            )
            self._covered[entry_id] = covered
            self._vocabulary |= said | asked
            self._numbers |= numbers
        # Names the FAQ's own texts write as names ("farda", "bahreini": see claims.known_names),
        # and every word of the capitalised runs they stand in ("radio" of "Radio Farda").
        self._names = known_names(said_everywhere)
        self._name_words = frozenset(
            word for text in said_everywhere for word in memoized(("runs", text), functools.partial(_runs, text))
        )

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_repair"}  # a bound method: set again on load

    def rebind(self, repair: Callable[[str], str]) -> ScopeIndex:
        self._repair = repair
        return self

    def _is_name(self, word: str, written: _Written) -> bool:
        """A place or group from the general lists, or a word the user capitalised inside a
        sentence that the FAQ never uses (names the FAQ does use, such as the country it is
        about or the body it addresses, belong to its subject)."""
        if word in GROUPS or word in PLACES:
            return True
        return word in written.runs and stem(self._repair(word)) not in self._vocabulary

    def check(self, question: str, entry_id: str) -> ScopeCheck:
        covered = self._covered.get(entry_id)
        if covered is None:
            return FULL
        tokens = [_normal(w) for w in words(question, self._max_chars)]
        written = _Written.read(question, self._max_chars)
        gaps: dict[int, Gap] = {}
        types = question_types(tokens)
        counted = counted_terms(tokens) if "count" in types else []
        counted += [(j, True) for j in counted_before(tokens)]
        if counted:
            for j, head in counted:
                word = self._repair(tokens[j])
                st = stem(word)
                if word in FRAME_WORDS:
                    continue
                if st not in self._vocabulary and not is_english(word) and not self._is_name(word, written):
                    continue  # a typo or slang word nothing could be counted by
                if st not in covered.counted if head else st not in covered.said | covered.asked:
                    gaps[j] = Gap.FIGURE
        for j in mentioned_terms(tokens):
            st = stem(self._repair(tokens[j]))
            if (
                j not in gaps
                and st not in covered.said
                and (self._is_name(tokens[j], written) or st not in covered.asked)
            ):
                gaps[j] = Gap.MENTION
        for j, word in enumerate(tokens):
            if j in gaps or word in STOP_WORDS:
                continue
            number = _number(word) if word[:1].isdigit() else None
            if number is not None:
                # A number the FAQ uses elsewhere names the subject ("the 34 NGOs' letter"); one it
                # never uses, or small ones ("explain it like I'm 5"), asks something else.
                if number >= 10 and number not in covered.numbers and number not in self._numbers:
                    gaps[j] = Gap.MENTION
                continue
            if self._is_name(word, written) or is_year(word):
                st = stem(self._repair(word))
                # A name must be in what the entry says: a phrasing naming a group the quotes
                # never mention does not make the sources mention it.
                if st not in covered.said:
                    gaps[j] = Gap.MENTION
        definition = self._definition_gap(question, entry_id)
        if definition is not None:
            return ScopeCheck(Scope.PARTIAL, (definition, *self._uncovered(gaps, tokens, written)))
        if not gaps:
            return FULL
        return ScopeCheck(Scope.PARTIAL, self._uncovered(gaps, tokens, written))

    def _uncovered(self, gaps: Mapping[int, Gap], tokens: Sequence[str], written: _Written) -> tuple[Uncovered, ...]:
        seen: set[str] = set()
        uncovered = []
        for j in sorted(gaps):
            term = written.term(tokens[j])
            if term.casefold() not in seen:
                seen.add(term.casefold())
                uncovered.append(Uncovered(term, gaps[j]))
        return tuple(uncovered)

    def _definition_gap(self, question: str, entry_id: str) -> Uncovered | None:
        """ "What is Radio Farda?" asks what one of the FAQ's names *is*; an entry whose own
        question is about something else (who gave the interview) names it only in passing, and
        its answer says no more about it than that. The caveat says just so, which stays true
        when the answer does describe it a little ("Radio Farda's Roya Karimi Majd"). Only a
        question that is nothing but a name the FAQ writes counts."""
        topic = self._topics.get(entry_id)
        match = _DEFINITION.match(question[: self._max_chars * 2])
        if topic is None or match is None:
            return None
        asked = [w for w in words(match["x"]) if w not in STOP_WORDS]
        named = [w for w in asked if w in self._names]
        if not named or not all(w in self._name_words for w in asked):
            return None  # not only a name: "who is X talking to" asks about X, not what X is
        if all(stem(self._repair(w)) in topic for w in named):
            return None
        return Uncovered(" ".join(match["x"].split()), Gap.DESCRIPTION)


_RAW_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_DEFINITION = re.compile(
    r"^\s*(?:what|who)\s*(?:'s|s|\s+is|\s+was)\s+(?:a\s+|an\s+|the\s+)?(?P<x>[^?!.,;]+?)[\s?!.]*$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.?!:;\n\"\u201c(\[]")
_CONNECTORS = frozenset("of for and the de".split())


@dataclass(frozen=True)
class _Written:
    """The question as the user typed it: each cleaned word's first spelling, and the names
    (runs of capitalised words inside a sentence, such as "Human Rights Watch"), so a caveat
    quotes the user's own "Baha'is" or "Justice for Iran" rather than the matcher's tokens."""

    forms: Mapping[str, str]
    runs: Mapping[str, str]  # cleaned word of a capitalised name → the whole name

    @classmethod
    def read(cls, question: str, max_chars: int) -> _Written:
        text = question[: max_chars * 2]
        forms: dict[str, str] = {}
        runs: dict[str, str] = {}
        run: list[tuple[str, list[str]]] = []
        previous_end = 0

        def close() -> None:
            while run and run[-1][0].lower() in _CONNECTORS:
                run.pop()
            if run:
                name = " ".join(raw for raw, _ in run)
                for _, cleaned in run:
                    for word in cleaned:
                        runs.setdefault(word, name)
            run.clear()

        for index, match in enumerate(_RAW_WORD.finditer(text)):
            raw = match.group(0)
            cleaned = [_normal(w) for w in clean(raw).split()]
            for word in cleaned:
                forms.setdefault(word, raw)
            between = text[previous_end : match.start()]
            previous_end = match.end()
            starts_sentence = index == 0 or bool(_SENTENCE_END.search(between))
            capital = (
                raw[:1].isupper()
                and sum(ch.isupper() for ch in raw) == 1
                and len(raw) >= 3
                and re.split(r"['\u2019]", raw)[0] != "I"
            )  # "I'm" is no name
            if capital and not starts_sentence:
                if between.strip():
                    close()
                run.append((raw, cleaned))
            elif run and raw.lower() in _CONNECTORS and not between.strip():
                run.append((raw, cleaned))
            else:
                close()
        close()
        return cls(forms, runs)

    def term(self, word: str) -> str:
        return self.runs.get(word) or self.forms.get(word, word)


def strip_verdict(answer: str) -> str:
    """The answer without a leading "Yes." or "No." (Persian بله/آری/خیر/نه) written for the
    entry's own question."""
    stripped = re.sub(
        r"^\s*(?:(?:yes|no)\b|(?:بله|آری|خیر|نه)(?=[\s.,;:!،؛]|$))[.,;:!،؛]?\s*", "", answer, flags=re.IGNORECASE
    )
    return stripped[:1].upper() + stripped[1:] if stripped else answer
