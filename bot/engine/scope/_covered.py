"""What an entry covers: its words, states, alternatives and initials, read from the entry itself."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .. import predicates
from ..asked import NO_SPANS, Spans
from ..lexicon import is_english
from ..persian import has_script, skeleton
from ..subjects import is_year, month_of
from ..text import STOP_WORDS, stem, words
from . import _words


@dataclass(frozen=True)
class Covered:
    said: frozenset[str]  # stems in the answer, quotes, attributions and question
    asked: frozenset[str]  # stems in any phrasing (how people ask for this entry)
    counted: frozenset[str]  # stems a count phrasing asks about, or that follow a number in what is said
    numbers: frozenset[int]  # numbers in the answer, quotes and phrasings
    kinds: frozenset[str]  # kinds of fact it gives ("when", "where"): asked in phrasings, or in what is said
    # stem -> the names next to it in what is said ("official" -> raha, bahreini); "" when a
    # phrasing asks who that is ("who is the woman quoted")
    named: Mapping[str, frozenset[str]]
    identified: frozenset[str]  # what it says, and what its phrasings ask "which" of ("which show")
    # "where"/"when" -> the stems of the phrasings that ask it ("where did she give the interview"):
    # what the FAQ's authors say this entry tells the place or time *of*
    kind_words: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # stems of the phrasings that ask a count ("how many ppl has iran hanged"): what the FAQ's
    # authors say this entry gives a figure for; a phrasing that only asks about a doing ("is iran
    # killing a lot of people with the death penalty") vouches for no figure of it
    count_asked: frozenset[str] = frozenset()
    # the things its own question and its wh-phrasings ask about ("when was **the letter** sent"):
    # "when was the report published" asks the same of another thing
    subjects: frozenset[str] = frozenset()
    # what it says something of the time after ("since **the letter**", "after the eruption")
    after: frozenset[str] = frozenset()
    text: str = ""  # what it says, its words joined by spaces (for phrases: "in the end")
    # stems of its phrasings that ask "who" or "which": what the FAQ's authors say it tells who
    # or which did ("who drafted it", "which groups signed")
    who_words: frozenset[str] = frozenset()
    # stems of its own question and phrasings that ask what something means ("what does 440
    # mean"): what the FAQ's authors say it defines
    defines: frozenset[str] = frozenset()
    # the spans of each type of answer it holds (a manner, an enumeration: see asked.py)
    held: Spans = NO_SPANS
    # stems of what it says someone's ("the authorities' **responsibility**", "iran's **refusal**"),
    # other than a role ("the campaign's leader"): it says whose, so who bears it or does it
    owned: frozenset[str] = frozenset()
    # what it says was done (or is being done): the stems of the words its texts use as verbs,
    # Persian words before a light verb, and the predicates its yes/no phrasings ask about
    # ("was the keeper fired", not "what happens if the keeper is fired"): see predicates.py
    done: frozenset[str] = frozenset()
    done_skeletons: frozenset[str] = frozenset()  # the consonants of its Persian and Finglish ones
    said_done: frozenset[str] = frozenset()  # `done` of its English answer and quotes alone
    # stem -> the words it says or is asked with, but no adverb nor adjective before the word it
    # qualifies: "legally nonbinding", "legal force" say nothing is legal (the states a yes/no
    # question asks: "are the resolutions legal"; `says_state`)
    states: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # (number, stem) of each figure it states in digits ("34 NGOs"): only a figure it gives in
    # digits can differ from one stated in a question ("two thousand flowers" is 2,000, "both
    # eruptions" 2, which `numbers` does not read)
    figures: frozenset[tuple[int, str]] = frozenset()
    # stems of the words after "other" in what it says or is asked with ("which other groups
    # signed": "group"), and "else" when a phrasing or its texts ask "what else": the others it
    # names, so "which other <things>" asks nothing beyond it
    others: frozenset[str] = frozenset()
    # `states` of its answer, quotes and question alone: a change ("did it get worse") must be
    # said by them (a phrasing asking it says only that people ask)
    said_states: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # stems of what its own question or a phrasing asks what it does or is ("what does a keeper
    # do", "what is a rapporteur"): the roles its authors say it describes
    roles: frozenset[str] = frozenset()
    # the stems of what its own question or a phrasing calls someone ("is bahreini a **credible
    # source**"), each a set: what its authors say its answer replies to (`_subject_gaps._PERSON_ROLE`)
    called: frozenset[frozenset[str]] = frozenset()
    # stems of `who_words` its phrasings ask only of another doer than the thing asked ("which
    # resolution do the ngos **back**"): they vouch for "which resolution do they back", not
    # for "which countries are backing it" (whose doers the sources may never name)
    who_of_others: frozenset[str] = frozenset()
    # stem of a word no dictionary knows that only its phrasings use ("iccpr") -> the stems of
    # each phrasing using it: what its authors say is asked of it ("does the letter mention the
    # iccpr"), not another question of it ("is iran a party to the iccpr")
    asked_with: Mapping[str, tuple[frozenset[str], ...]] = dataclasses.field(default_factory=dict)
    # stem of what a count phrasing counts that its texts never say -> the doings every phrasing
    # that counts it says of it ("death sentences were carried out" -> "carri"): a figure of those
    # done, not of all (`_figure_scope.count_qualifiers`)
    count_qualified: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # stems of the phrasings, in any language, that ask where ("where did she speak", «بحرینی کجا
    # این حرفو زده», "bahreini koja harf zade"): what the FAQ's authors say it tells where of
    where_words: frozenset[str] = frozenset()

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """`said | asked`: every stem it says or is asked with. Joined once (the scope check reads
        it a few times a message, and joining a few hundred stems each time cost ~10 µs a read)."""
        return self.said | self.asked

    @functools.cached_property
    def dated(self) -> bool:
        """Whether it says a year or a month (a word `month_of` reads alone as one): the rules on
        times before the sources and on relative times read it of each question they find such a
        time in, and it was read word by word over all it says each time (~5 µs a question)."""
        return any(is_year(w) or month_of([w], 0) is not None for w in self.said)

    @functools.cached_property
    def says_a_year_or_unit(self) -> bool:
        """Whether it says a year or a time unit (`_words.UNIT_STEMS`): a date `_times.extreme_times` asks of it."""
        return any(is_year(w) or w in _words.UNIT_STEMS for w in self.said)

    @functools.cached_property
    def counted_skeletons(self) -> frozenset[str]:
        """The consonants of each word in `counted` (persian.skeleton), for a Finglish count; an
        English plural the stemmer kept ("ngos") by its singular's too."""
        plurals = (w[:-1] for w in self.counted if w.isascii() and w.endswith("s"))
        return frozenset(skeleton(w) for w in (*self.counted, *plurals))

    @functools.cached_property
    def said_skeletons(self) -> frozenset[str]:
        """The consonants of every Persian word it says (its translation), for a Finglish word."""
        return frozenset(k for w in self.said if has_script(w) for k in _words.skeletons(w))

    @functools.cached_property
    def where_skeletons(self) -> frozenset[str]:
        """The consonants of its Finglish `where_words` (`_persian_near.where_is_fa`), joined once
        rather than for each question that asks where."""
        return frozenset(skeleton(w) for w in self.where_words if w.isascii())

    @functools.cached_property
    def known_skeletons(self) -> frozenset[str]:
        """The consonants of every Persian word it says or is asked with, in Persian script
        (its translation, its Persian phrasings) or in Finglish (its Finglish phrasings, folded):
        what a Finglish word of a question is read against (`persian.skeleton`), as its vowels
        are spelt too loosely to compare. English words are left out."""
        return frozenset(
            k
            for w in self.known
            if has_script(w) or (w.isascii() and w.isalpha() and not is_english(w))
            for k in _words.skeletons(w)
        )


def initials(texts: Iterable[str]) -> frozenset[str]:
    """The initials of every run of two to six words in `texts` ("hrd" of "human rights
    defenders", "ohchr" too, counting "of"): an acronym of these is written in full."""
    found: set[str] = set()
    for text in texts:
        toks = words(text)
        for i in range(len(toks)):
            for n in range(2, 7):
                run = toks[i : i + n]
                if len(run) == n:
                    found.add("".join(w[0] for w in run))
                    found.add("".join(w[0] for w in run if w not in STOP_WORDS))
    return frozenset(found)


def by_stem(found: Iterable[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word in found:
        out.setdefault(stem(word), set()).add(word)
    return {st: frozenset(ws) for st, ws in out.items()}


def alternatives(predicate: predicates.Predicate, question: str) -> list[str]:
    """The comparatives a state question offers beside its own ("better" of "is it getting worse
    or better", of "is it worse, better or the same"): any said answers it."""
    said = [w.lower() for w in words(question[:1000])]
    if predicate.word not in said:
        return []
    at = said.index(predicate.word)
    offered = said[at + 1 : at + 5]  # "worse or better", "worse, better or the same"
    return [w for w in offered if predicates.comparative(w)] if "or" in offered else []


def says_state(covered: Covered, word: str, said_only: bool = False) -> bool:
    """Whether the entry says the state `word` (an English adjective or comparative) or one of
    its everyday synonyms, by word: a form of the word itself ("hazards" of "hazard",
    "deteriorated" of "deteriorate"), not a shorter word of the same stem ("law" is not "lawful")
    nor an adverb or a modifier of another word (`Covered.states`)."""
    states = covered.said_states if said_only else covered.states
    return any(
        len(said) >= len(form) - 1 for form in predicates.synonym_words(word) for said in states.get(stem(form), ())
    )
