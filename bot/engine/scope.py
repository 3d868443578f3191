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

import dataclasses
import enum
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from . import i18n, predicates
from .asked import LIST, NO_SPANS, Spans
from .asked import spans as held_spans
from .asked import uncovered as unheld_types
from .claims import PERSIAN_NUMBER_WORDS, SPELLED_ONES, SPELLED_TENS, known_names, number_claims
from .lexicon import CHAT_ABBREVIATIONS, is_english
from .memo import word_cache
from .persian import ALWAYS as FINGLISH_ALWAYS
from .persian import FINGLISH_STOP_WORDS, YES_NO_FA, glossary, has_script, normalize, skeleton, without_possessive
from .persian import FOLDED_QUESTION_WORDS_FINGLISH as _QUESTION_WORDS_LATN
from .persian import QUESTION_TYPES as QUESTION_TYPES_FA
from .persian import WHEN as WHEN_FA
from .persian import WHO as WHO_FA
from .persian import language as persian_language
from .subjects import CITIES_FA, CITIES_LATN, GROUPS, MONTHS, PLACES, is_quantity, is_year, month_of, persian_places
from .synonyms import capitals
from .text import STOP_WORDS, answer_types, asks, clean, clean_once, question_types, stem, words

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
    nah nope yeah yep yup thing stuff
    """.split()
)

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
    UNSAID = "unsaid"  # a kind of fact the entry does not give: "where", "when", "which prison"
    NAME = "name"  # "who is the <role>" of an entry that names nobody in that role
    OTHER = "other"  # another question of the same message, which this entry does not answer
    LATER = "later"  # a time after the sources: "since the letter was sent", "in the end", "right now"
    EARLIER = "earlier"  # a time before the sources: "like in the past", "before the letter was sent"
    # a count of nothing but "people" ("how many people?"): which, the question does not say; it
    # answers nothing, so the reply is a "did you mean" (engine.py), which says it needs more
    VAGUE = "vague"
    WHETHER = "whether"  # a yes/no question whose doing or state the entry never says: "was X arrested"
    DIFFERS = "differs"  # a figure stated ("signed by 3 NGOs") for what the entry gives another figure of


@dataclass(frozen=True)
class Uncovered:
    term: str  # as the user wrote it
    gap: Gap
    # True when the entry's sources say nothing at all of what was asked: a count of something
    # they never mention ("how many teachers"), of what they never say people do ("how many
    # people live in ..."), or a kind of fact about a name they only mention in passing ("where
    # is <a name> based"). See ScopeCheck.answers_nothing.
    absent: bool = False


@dataclass(frozen=True)
class ScopeCheck:
    scope: Scope
    uncovered: tuple[Uncovered, ...] = ()

    @property
    def answers_nothing(self) -> bool:
        """True when nothing the entry's sources say is about what was asked, so a partial answer
        would answer another question: each uncovered term asks for a name the sources do not
        give ("who is the <role>", "names of the <group>"), for what a thing is that they only
        mention in passing ("what is <a name>"), or is absent from them (`Uncovered.absent`).
        Such a question is refused (the entry offered as "did you mean") rather than answered with
        a caveat: a partial answer gives what the sources do say about what was asked."""
        if self.scope is Scope.FULL or not self.uncovered:
            return False
        return all(u.absent or u.gap in (Gap.NAME, Gap.DESCRIPTION, Gap.VAGUE) for u in self.uncovered)

    @property
    def caveat(self) -> str | None:
        """What the sources do not give, said first; None for a full answer."""
        return self.caveat_in(i18n.EN)

    def caveat_in(self, lang: str) -> str | None:
        """The caveat in `lang` (the reply's language); the terms stay as the user wrote them."""
        if self.scope is Scope.FULL:
            return None
        uncovered = _said_once(self.uncovered)
        figures = [u.term for u in uncovered if u.gap is Gap.FIGURE]
        mentions = [u.term for u in uncovered if u.gap is Gap.MENTION]
        others = [u.term for u in uncovered if u.gap is Gap.OTHER]
        parts = [i18n.t("caveat_other", lang, terms=i18n.join_terms(others, lang, "or"))] if others else []
        parts += [
            i18n.t("caveat_description", lang, terms=i18n.join_terms([u.term], lang, "or"))
            for u in uncovered
            if u.gap is Gap.DESCRIPTION
        ]
        later = [u.term for u in uncovered if u.gap is Gap.LATER]
        if later:
            parts.append(i18n.t("caveat_later", lang, terms=i18n.join_terms(later, lang, "or")))
        earlier = [u.term for u in uncovered if u.gap is Gap.EARLIER]
        if earlier:
            parts.append(i18n.t("caveat_earlier", lang, terms=i18n.join_terms(earlier, lang, "or")))
        unsaid = [u.term for u in uncovered if u.gap is Gap.UNSAID]
        named = [u.term for u in uncovered if u.gap is Gap.NAME]
        if unsaid:
            parts.append(i18n.t("caveat_unsaid", lang, terms=i18n.join_terms(unsaid, lang, "or")))
        if named:
            parts.append(i18n.t("caveat_name", lang, terms=i18n.join_terms(named, lang, "or")))
        whether = [u.term for u in uncovered if u.gap is Gap.WHETHER]
        if whether:
            parts.append(i18n.t("caveat_whether", lang, terms=i18n.join_terms(whether, lang, "or")))
        if figures:
            parts.append(i18n.t("caveat_figure", lang, terms=i18n.join_terms(figures, lang, "or")))
        differs = [u.term for u in uncovered if u.gap is Gap.DIFFERS]
        if differs:
            parts.append(i18n.t("caveat_differs", lang, terms=i18n.join_terms(differs, lang, "and")))
        if mentions:
            parts.append(i18n.t("caveat_mention", lang, terms=i18n.join_terms(mentions, lang, "or")))
        return " ".join(parts) + " " + i18n.t("caveat_tail", lang)


def _said_once(uncovered: tuple[Uncovered, ...]) -> tuple[Uncovered, ...]:
    """The uncovered terms the caveat says, without a "do not mention" of words another term
    already says: "35" is said by "a different figure than “35 NGOs”", so no "The sources do
    not mention “35”" follows it."""
    held = [frozenset(u.term.casefold().split()) for u in uncovered]

    def said_by_another(i: int) -> bool:
        return any(
            held[i] < other or (held[i] == other and uncovered[j].gap is not Gap.MENTION)
            for j, other in enumerate(held)
            if j != i
        )

    return tuple(u for i, u in enumerate(uncovered) if u.gap is not Gap.MENTION or not said_by_another(i))


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
    if not word[:1].isdigit():
        return word  # (an ordinal starts with a digit: most words, without the regex)
    match = _ORDINAL.match(word)
    return match.group(1) if match else word


@dataclass(frozen=True)
class _Covered:
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
    # question asks: "are the resolutions legal"; `_says_state`)
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
        """Whether it says a year or a time unit (`_UNIT_STEMS`): a date `_extreme_times` asks of it."""
        return any(is_year(w) or w in _UNIT_STEMS for w in self.said)

    @functools.cached_property
    def counted_skeletons(self) -> frozenset[str]:
        """The consonants of each word in `counted` (persian.skeleton), for a Finglish count; an
        English plural the stemmer kept ("ngos") by its singular's too."""
        plurals = (w[:-1] for w in self.counted if w.isascii() and w.endswith("s"))
        return frozenset(skeleton(w) for w in (*self.counted, *plurals))

    @functools.cached_property
    def said_skeletons(self) -> frozenset[str]:
        """The consonants of every Persian word it says (its translation), for a Finglish word."""
        return frozenset(k for w in self.said if has_script(w) for k in _skeletons(w))

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
            for k in _skeletons(w)
        )


# Persian endings that Finglish folding strips as plurals and Persian stemming keeps ("فوران" is
# one word; "favaran" is folded to "favar"): an entry's word is read without them too.
_ENDINGS_FA = ("ها", "ان", "ین", "ات")


def _skeletons(word: str) -> tuple[str, ...]:
    """The consonants of an entry's word (`persian.skeleton`), and of it without a plural-like
    ending, as a Finglish question's folded word may have lost one."""
    out: tuple[str, ...] = (skeleton(word),)
    for ending in _ENDINGS_FA if has_script(word) else ():
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            out += (skeleton(word[: -len(ending)]),)
    return out


def _counted_after_numbers(tokens: Sequence[str]) -> set[str]:
    """Words that follow a number within three words ("440 people", "hundreds of human rights
    defenders"): the things the text gives a figure for."""
    out: set[str] = set()
    for i, word in enumerate(tokens):
        if _number(word) is not None or word in ("hundreds", "thousands", "dozens", "millions", "number"):
            out.update(stem(w) for w in tokens[i + 1 : i + 4] if w not in STOP_WORDS)
    return out


_ROUGH_COUNTS = frozenset("hundreds thousands dozens millions scores".split())


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


def _spelled_figures(texts: Iterable[str]) -> frozenset[tuple[int, str]]:
    """(number, stem) of each whole number `texts` spell out of more than one word, before what
    it counts ("two thousand flowers": (2000, "flower")): a figure as much as "2,000 flowers" is,
    which `_number` reads word by word ("two", "thousand") and so never as one."""
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


def _reply_length(tokens: Sequence[str], i: int) -> bool:
    """Whether the number at `i` is the length of the reply asked for: "in 2 sentences", "in
    under 50 words" (`_LENGTH_LEADS`, `_REPLY_UNITS`)."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1] in _LENGTH_LEADS and tokens[i + 1] in _REPLY_UNITS


def stated_counts(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(position of a number, position of what it counts) in a statement of a figure: "**440
    teachers** were executed", "signed by **3 NGOs**", "killed **hundreds of farmers**": the first
    word after the number (after "of", "the" and one word ending in -ly/-ish) that frames nothing.
    Not a year ("in 2017 women were ..."), nor a number followed by a unit of time or a percent."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(tokens):
        if not (word.isdigit() and not is_year(word)) and word not in _ROUGH_COUNTS:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in ("of", "the", "those", "these", "them"):
            j += 1
        if j >= len(tokens) or not tokens[j].isalpha() or tokens[j] in STOP_WORDS:
            continue
        if tokens[j] in FRAME_WORDS and tokens[j] not in _PEOPLE:
            continue  # ("3 people": a figure too, of no group)
        if tokens[j] in _UNITS or tokens[j] in ("percent", "times", "more", "less", "fewer", "years", "year"):
            continue
        if j == i + 1 and _reply_length(tokens, i):
            continue  # "explain it in 2 sentences": the length of the reply asked for, no figure of anything
        found.append((i, j))
    return found


# Persian "how many" (چند) and "the number of" (تعداد), and the classifier that may follow them
# ("چند تا", "چند عدد"); then what is counted: the one word after them (a Persian noun's
# modifiers follow it, and so may anything else: "تعداد اعدامها طبق نامه"). In Finglish too
# ("chand ta moallem", folded; "ta" is a function word), where a counted word is told from what
# the entry counts by its consonants (persian.skeleton: "moallem" is none of them, "edam" is
# "اعدام"), as its vowels are spelt too loosely to compare.
_COUNT_LEADS_FA = frozenset(("چند", "تعداد"))
_COUNT_LEADS_FINGLISH = frozenset(("chand", "tedad"))
FRAME_WORDS_FINGLISH = frozenset("nafar nafarat kas kasi kasani mored bar dafe ta adad".split())
_CLASSIFIERS_FA = frozenset(("تا", "عدد"))
# Persian words that count people or times rather than name a kind of thing, as "people" does in
# FRAME_WORDS: "چند نفر اعدام شدن" counts executions, not "نفر".
FRAME_WORDS_FA = frozenset("نفر نفرو نفرات کس کسانی مورد بار دفعه".split())
# Verbs of reporting and recording (with a light verb: "گزارش شده", "ثبت شده", "اعلام کردن"),
# which say who gives a count rather than what is counted, as English "how many executions were
# reported" counts executions: "تعداد اعدام‌ها چند نفر گزارش شده" asks the executions' figure.
_REPORTED_FA = frozenset("گزارش ذکر اعلام ثبت اشاره".split())


# What a count question may hold and still name nothing it counts: "how many people (in total)?",
# "چند نفر؟", "chand nafar?" (a frame word, a counter word, a classifier, nothing else)
_VAGUE_COUNT = (
    FRAME_WORDS
    | STOP_WORDS
    | FRAME_WORDS_FA
    | _REPORTED_FA  # "چند نفر گزارش شده؟": how many people reported (as what?)
    | FRAME_WORDS_FINGLISH
    | _COUNT_LEADS_FA
    | _COUNT_LEADS_FINGLISH
    | _CLASSIFIERS_FA
    | frozenset(("there",))
)


_COPULAS_FA = frozenset("بودن بودند بوده بود هستن هستند هست است اند".split())
_COPULAS = frozenset("were are was is".split())
# ... in Finglish, where `text.words` drops them (function words), so they are read in the
# question as typed: "chand nafar az edam shodeha **zan** boodan"
_COPULAS_FINGLISH = frozenset(
    "bud bood budan boodan budand boodand bude boode budeh boodeh hastan hastand hast ast".split()
)


def counted_as(tokens: Sequence[str]) -> list[int]:
    """In a count question, the position of what the counted are said to be: "how many of the
    executed were **women**", "how many of the people executed were **juveniles**", "چند نفر از
    اعدام‌شده‌ها **زن** بودن": the one word after the copula that ends an English question, the
    word before the one that ends a Persian one."""
    if len(tokens) < 3:
        return []
    if tokens[-1] in _COPULAS_FA and not _COUNT_LEADS_FA.isdisjoint(tokens[:-2]):
        word = tokens[-2]
        return [len(tokens) - 2] if _countable_fa(word) and word not in _CLASSIFIERS_FA else []
    last = tokens[-1]
    # "how many of the people executed were juveniles": of whom, whatever word counts them
    partitive = any(tokens[i : i + 3] == ["how", "many", "of"] for i in range(len(tokens) - 4))
    if tokens[-2] in _COPULAS and (partitive or counted_terms(tokens[:-2])) and _content(last) and last.isalpha():
        return [] if last.endswith(("ed", "ing")) else [len(tokens) - 1]
    return []


_CAUSES_FA = frozenset(("بخاطر", "خاطر", "khater", "bekhater"))  # "به خاطر X", "be khatere X": because of X


def _counted_for(tokens: Sequence[str]) -> list[list[int]]:
    """In a count question, the cause or purpose of what is counted: "executed **for drug
    offences**", "were for X", "because of X", "due to X", Persian "به خاطر X"."""
    found: list[list[int]] = []
    for i, word in enumerate(tokens):
        if word in _CAUSES_FA:
            found.append([j for j in _persian_run(tokens, i + 1, len(tokens)) if tokens[j] not in STOP_WORDS][:2])
            continue
        after_verb = word == "for" and i > 0 and (tokens[i - 1].endswith("ed") or tokens[i - 1] in _COPULAS)
        cause = (word == "of" and tokens[i - 1 : i] == ["because"]) or (word == "to" and tokens[i - 1 : i] == ["due"])
        if after_verb or cause:
            k = i + 1
            while k < len(tokens) and tokens[k] in ("the", "a", "an", "their", "its", "his", "her"):
                k += 1
            found.append(_noun_run(tokens, k))
    return [run for run in found if run]


def counted_terms(tokens: Sequence[str]) -> list[tuple[int, bool]]:
    """Positions of the words a count question counts: the nouns after "how many", "number of"
    (Persian چند, تعداد); True for the first (the head of what is counted)."""
    found: list[tuple[int, bool]] = []
    for i in range(len(tokens)):
        if tokens[i] in _COUNT_LEADS_FA:
            j = i + 1
            while j < len(tokens) and tokens[j] in _CLASSIFIERS_FA:
                j += 1
            if j < len(tokens) and _countable_fa(tokens[j]):
                found.append((j, True))
            elif (
                j + 1 < len(tokens)
                and tokens[j] in FRAME_WORDS_FA
                and _countable_fa(tokens[j + 1])
                and tokens[j + 1] not in _CAUSES_FA  # "چند نفر به خاطر X": the cause, read below
                and tokens[j + 1] not in _REPORTED_FA  # "چند نفر گزارش شده": who counts, not what
            ):
                # "چند نفر زن اعدام شدند": a counter word, then what the counted are ("women"),
                # or what was done to them ("اعدام"), which the entry must at least say
                found.append((j + 1, False))
            continue
        if tokens[i] in _COUNT_LEADS_FINGLISH:
            if i + 1 < len(tokens) and _finglish_noun(tokens[i + 1]):
                found.append((i + 1, True))
            elif (
                i + 2 < len(tokens)
                and tokens[i + 1] in FRAME_WORDS_FINGLISH
                and _countable_finglish(tokens[i + 2])
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
        while j < len(tokens) and taken < 2 and tokens[j] not in FRAME_WORDS and tokens[j] not in STOP_WORDS:
            if taken and tokens[j].endswith(("ed", "ing")):
                break  # "how many groups backed it": the count is of groups, not of "backed"
            found.append((j, taken == 0))
            taken += 1
            j += 1
    return found


_PEOPLE = frozenset("people ppl persons ones".split())
_BEFORE_VERB = frozenset("been being got get gets gotten".split())
_DO = frozenset("did does do has have had".split())


def _counted_doings(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(position of "people", position of its verb) in "how many people (were) <verb>": a count
    of people that only the verb tells apart ("how many people live there", "... were executed")."""
    found = []
    for i in range(len(tokens) - 3):
        if (tokens[i], tokens[i + 1]) not in _COUNT_LEADS or tokens[i + 2] not in _PEOPLE:
            continue
        k = i + 3
        while k < len(tokens) and (tokens[k] in _AUX or tokens[k] in _BEFORE_VERB or tokens[k].endswith("ly")):
            k += 1
        if tokens[i + 3] in _DO:
            # "how many people did iran arrest", "... has the regime executed": the subject
            # comes first, then what it did to them
            s = i + 4
            while s < len(tokens) and tokens[s] in ("the", "a", "an", "its", "their"):
                s += 1
            subject = tokens[s] if s < len(tokens) else ""
            if s + 1 < len(tokens) and _content(subject) and subject not in _BEFORE_VERB and not subject.endswith("ed"):
                k = s + 1  # (not "how many people have signed it": a verb, not a subject)
        if k < len(tokens) and tokens[k] not in STOP_WORDS and tokens[k] not in FRAME_WORDS:
            found.append((i + 2, k))
    return found


_PLACE_LEADS = frozenset("in under at from".split())
# the same in Persian and Finglish: «در، تو، توی، از», "dar, too, tu, az"
_PLACE_LEADS_FA = frozenset("در تو توی از dar too tu tooye tuye az".split())


def _countable_fa(word: str) -> bool:
    return (
        has_script(word)
        and word not in FRAME_WORDS_FA
        and word not in STOP_WORDS
        and word not in FRAME_WORDS
        and word not in _COUNT_LEADS_FA
    )


def _countable_finglish(word: str) -> bool:
    """A folded Finglish word a count can be of: no English word, no frame or question word,
    and at least two consonants (`persian.skeleton`) to tell it by."""
    return _finglish_noun(word) and len(skeleton(word)) >= 2


def _finglish_noun(word: str) -> bool:
    """`_countable_finglish`, however few its consonants: a word with one ("bahai", folded "baha":
    "b") is still a thing counted, only one no skeleton can tell (see `_short_count_gap`)."""
    return (
        word.isascii()
        and word.isalpha()
        and word not in FRAME_WORDS_FINGLISH
        and word not in _COUNT_LEADS_FINGLISH
        and word not in QUESTION_TYPES_FA
        and not is_english(word)
    )


def _by_script(said: Sequence[str], phrasings: Sequence[str]) -> tuple[list[str], Sequence[str], list[str]]:
    """(what an entry says in the FAQ's own script, its phrasings, what its translations say in
    Persian script): a translation adds only its Persian words to what the entry says and counts;
    names, numbers, dates and kinds of fact are read from the texts in the FAQ's own language."""
    return [t for t in said if not has_script(t)], phrasings, [t for t in said if has_script(t)]


_NEAR = 4  # words either side of a name that it names ("Amnesty International official Raha Bahreini")
_AUX = frozenset("is was were are am did does do has have had will would can could should".split())
_KIND_OF = frozenset("kind kinds sort sorts type types".split())
# "which year", "what date": asked as "when" (answer_types), not as a thing the entry must say.
_WHEN_NOUNS = frozenset("year years month day date time".split())


# "why" in English, Persian and Finglish
_WHY = frozenset(("why", "چرا", "chera"))
# Words that give a cause or a purpose ("because", "the reason", "in order to", "for exercising
# their rights"; Persian چون، زیرا، دلیل، علت، به خاطر): an entry that says none of them, and
# whose own question does not ask why, gives no answer to "why" (a phrasing asking "why" says
# how people ask, not that the sources give a reason).
_CAUSAL = frozenset(
    "because cause caused causes reason reasons due therefore thus hence purpose aim aims goal goals "
    "چون زیرا دلیل علت بخاطر خاطر".split()
)
_CAUSAL_PAIRS = frozenset((("so", "that"), ("in", "order"), ("as", "result")))


def _gives_cause(tokens: Sequence[str]) -> bool:
    if not _CAUSAL.isdisjoint(tokens):
        return True
    return any(
        pair in _CAUSAL_PAIRS or (pair[0] == "for" and pair[1].endswith("ing")) for pair in itertools.pairwise(tokens)
    )


# The asker's request for the bot's own view of a yes/no: "do you think X", "X, in your
# opinion?", Persian «به نظرت X؟», Finglish "be nazaret X?" (not "what do you think the letter
# wants": a wh-question after the frame asks what the sources say)
_OPINION = re.compile(
    r"^\W*(?:(?:so|but|and|ok|okay)\W+)?(?:do|don'?t)\s+(?:you|u)\s+(?:personally\s+|really\s+)?think\s+(?:that\s+)?"
    r"(?P<rest>.+?)[\s?!.]*$"
    r"|^\W*in\s+your\s+opinion\W+(?P<rest2>.+?)[\s?!.]*$"
    r"|^\W*(?:به\s+نظر(?:ت|تون|\s+شما|\s+تو)|be\s+nazar(?:et|eton|etoon|e\s+shoma|e\s+to))\W+(?P<rest3>.+?)[\s?!.\u061f]*$"
    # «پیش‌بینی می‌کنی X؟», "pishbini mikoni X?" (do you predict): a view of what will be, whatever
    # the verb's mood («بهتر بشه», subjunctive)
    r"|^\W*(?:(?:شما|تو)\s+)?پیش[\s\u200c]*بینی[\s\u200c]*(?:ن?می[\s\u200c]*)?(?:کنی|کنید|کنین)(?:\s+که)?\W+"
    r"(?P<rest4>.+?)[\s?!.\u061f]*$"
    r"|^\W*pish\s*bini\s+(?:mi|nemi)\s*(?:koni|konid|konin)(?:\s+ke)?\W+(?P<rest5>.+?)[\s?!.]*$",
    re.IGNORECASE,
)
_WH_OPENERS = frozenset("what who whom whose which where when why how".split())
_FUTURE = frozenset("will would gonna".split())


# a present-future verb's person ending after its می / mi: «میکنه، میشود، میکنن، میدم»,
# "mikone, misheh, mikonan, midam"
_PRESENT_ENDINGS_FA = ("ه", "د", "ن", "م", "ی", "یم", "ید", "ین", "ند")
_PRESENT_ENDINGS_LATN = ("e", "eh", "an", "and", "ad", "am", "im", "id", "in", "i", "y")
# words that open with می / mi and end like a verb but are not one (amount, million, square, ...)
_NOT_VERBS_MI = frozenset(
    """
    میزان میلیون میلیونها میلیارد میلیاردها میدان میدون میان میانه میراث میهن میز میوه میل میلاد
    میزبان میهمان مین میخ میگو میلی میتینگ میکروب میمون میش میثاق میانجی
    mizan milyun milyon milion miliun miliard milyard milliard midan miyan miyane mianeh miras
    mihan miveh mive mizban mihman misagh misaq mimun mimoon miting
    """.split()
)


def _present_verb(word: str) -> bool:
    """A present-future Persian or Finglish verb: می typed apart or joined with a ZWNJ, or می / mi
    before at least two letters ending as a person does («میکنه», "mikone"); not a noun that
    opens so («میزان», «میلیون», "mizan") nor an English word ("minorities", "million")."""
    if word in ("می", "mi") or word.startswith("می\u200c"):
        return True
    word = word.split("\u200c")[0]  # «میلیون‌هایی»: the word before its suffixes
    if word in _NOT_VERBS_MI:
        return False
    if word.startswith("می"):
        return len(word) > 3 and word.endswith(_PRESENT_ENDINGS_FA)
    return (
        word.startswith("mi")
        and len(word) > 3
        and word.isalpha()
        and word.endswith(_PRESENT_ENDINGS_LATN)
        and not is_english(word)
    )


def _opinion_asked(text: str) -> str | None:
    """The statement a question asks the bot's opinion of, as written ("iran will improve"), or
    None. Only one sentence: a message asking more is read by the other rules."""
    match = _OPINION.match(text)
    if match is None:
        return None
    rest = match["rest"] or match["rest2"] or match["rest3"] or match["rest4"] or match["rest5"]
    toks = words(rest)
    if not toks or toks[0] in _WH_OPENERS or re.search(r"[?!\u061f]", rest):
        return None
    if match["rest4"] or match["rest5"]:  # a prediction asked: of what will be, in any mood
        asking = _ASKING_FA - {"آیا"} | _QUESTION_WORDS_LATN
        return None if not asking.isdisjoint(toks) else " ".join(rest.split())
    if has_script(rest) or match["rest3"]:
        asking = _ASKING_FA - {"آیا"} | _QUESTION_WORDS_LATN
        if not asking.isdisjoint(toks):
            return None  # «به نظرت چرا ...»: asks why, what, who
        # what will be: a present-future verb («عمل می‌کنه», "amal mikone")
        future = any(_present_verb(w) for w in [*toks, *rest.lower().split()])
    else:
        # "iran will improve", "would it pass", "is it going to pass" (a verb after "going to"; not
        # "are they going back", "going to the hive", "going to iran")
        future = not _FUTURE.isdisjoint(toks) or any(
            toks[k : k + 2] == ["going", "to"] and k + 2 < len(toks) and predicates.is_verb(toks[k + 2])
            for k in range(len(toks))
        )
    # (not "in your opinion, are the resolutions binding": the sources may say so)
    return " ".join(rest.split()) if future else None


# "the time of" in Persian and Finglish: «دوره/دوران/زمان X», "dore/zaman X"
_ERA_WORDS = frozenset("دوره دوران زمان dore doreh doran dowran zaman zamane doreye".split())
# a Persian or Finglish comparative, "is better" too: بهتر، بدتره، behtar, badtare
_COMPARATIVE_FA = re.compile(r"(?P<base>.*)(?:تر|tar)(?:ه|e|eh)?$")
# nouns that end as a comparative does (girl, office, doctor, metre, filter, ...): not one
_NOT_COMPARATIVES_FA = frozenset(
    """
    دختر دفتر دکتر متر کیلومتر سانتیمتر چتر شتر بستر اختر کبوتر انگشتر فیلتر تیتر توییتر کامپیوتر
    تئاتر پوستر dokhtar daftar doktor kabutar angoshtar bastar chatr titr
    """.split()
)


def _comparative(word: str) -> bool:
    """A Persian or Finglish comparative, "is better" too: «بهتر، بدتره، سخت‌تر», "behtar,
    badtare": more than its تر/tar (at least three letters, or به/بد/کم), and no noun that
    only ends so («دختر», «دفتر», "dokhtar")."""
    match = _COMPARATIVE_FA.match(word.replace("\u200c", ""))
    if match is None:
        return False
    base = match["base"]
    if (base + ("tar" if base.isascii() else "تر")) in _NOT_COMPARATIVES_FA:
        return False
    return len(base) >= 3 or base in ("به", "بد", "کم", "beh", "bad", "kam")


# Finglish "what <things>" and "<things> ... what were they" (`ScopeIndex._finglish_lists`)
_WHAT_THINGS_FINGLISH = re.compile(r"\bche\s+(?P<things>[a-z']{3,}?)[\s-]*(?:hayi|haye|haei|haii|haie|hai)\b")
_THINGS_WERE_FINGLISH = re.compile(
    r"^\W*(?P<things>[a-z']{3,}?)[\s-]*(?:haye|hay|haie|hayeh)\b[^?]*\bchi(?:\s+|-)(?:bud|bood|budan|boodan|budand|hastan)\b"
)
# what follows an era word without naming anyone: the previous, past, recent, current one
_NOT_NAMES_FA = frozenset(
    "قبل قبلی پیش گذشته اخیر فعلی جدید این اون آن همین خود خودش حال ghabl ghabli pish gozashte akhir feli in un oon"
    " khod khodesh hal".split()
)
# "did rouhani make the economy better", "made things worse": the thing whose state is asked
_MADE_BETTER = re.compile(
    r"\bma(?:k|d)e[sd]?\s+(?P<thing>(?:[^\W\d_]+\s+){1,3}?)(?:any\s+)?(?:better|worse)\b", re.IGNORECASE
)
# the object marker before a Persian or Finglish "made <it> better": «اقتصاد رو بهتر کرد», "eqtesad ro behtar kard"
_OBJECT_MARKERS = frozenset(("رو", "را", "ro", "ra"))
# a sentence's end, in English or Persian script ("... javab dad? chi goft?", "... شد؟ چی گفت؟")
_SENTENCE_MARKS = re.compile(r"(?<=[?!.\u061f])\s+|[?!\u061f]+")
# the clause after an English "why", up to its end ("why does iran refuse them visas, and ...")
_WHY_CLAUSE = re.compile(r"\bwhy\b(?P<clause>[^,;:?!.]+)", re.IGNORECASE)


def _whys(tokens: Sequence[str]) -> list[int]:
    """Positions of "why" (چرا, chera) that ask: "why does iran refuse ...", "چرا ایران ..."."""
    return [i for i, w in enumerate(tokens) if w in _WHY and (w != "why" or asks(tokens, i) or i == 0)]


# What an entry says of being able or allowed to do something (English grammar, no FAQ's words):
# a modal, or a word of ability, permission or its refusal.
_ABILITY = re.compile(
    r"\b(?:can|cannot|can't|could|couldn't|may|might|able|unable|allow\w*|permit\w*|eligible|"
    r"possible|impossible|open to|free to|refus\w*|den(?:y|ies|ied|ial)|bar(?:s|red)?|ban(?:s|ned)?|"
    r"prevent\w*|block\w*|power\w*|invit\w*|welcome\w*|access)\b"
)


@functools.lru_cache(maxsize=256)
def _english_predicates(question: str, max_chars: int) -> tuple[predicates.Predicate, ...]:
    """`predicates.english`, read once per question: the yes/no check and the subject check
    (`ScopeIndex._unsaid_predicates`, `ScopeIndex._unknown_subject`) both read them. A tail
    naming the source ("is X important according to the signatories?") is no predicate: it says
    where the answer should come from, as "..., per the letter" does (`_ATTRIBUTION`)."""
    question = _ATTRIBUTION.sub("", question[: max_chars * 2])
    return tuple(predicates.english(question, max_chars))


# "..., according to the letter?", "per the ngos": where the answer should come from, ending its
# sentence (before "?", "!", "." or the end); one or two words after the determiner.
_ATTRIBUTION = re.compile(
    r",?\s*\b(?:according to|as per|per|going by|based on) (?:the|this|that|your|their) \w+(?: \w+)?(?=\s*(?:[?!.]|$))",
    re.IGNORECASE,
)


def _for_whats(tokens: Sequence[str], question: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of each clause asking what something was done for, its reason or purpose:
    "what crimes were they executed for", "what was the letter sent for", "for what were they
    arrested" (a "why" in other words). A form of "be", then a past participle, with "for" ending
    the clause or opening it before "what"; not "what did they ask for", "what are they calling
    for" (a thing asked of a doer, no passive), nor "what date was the vote scheduled for", "what
    year is it planned for" (the time it was set for, asked as "when": `_WHEN_NOUNS`)."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(tokens):
        if word != "what" or (i > 0 and tokens[i - 1] == "for" and i - 1 in (s for s, _ in found)):
            continue
        if i + 1 < len(tokens) and tokens[i + 1] in _WHEN_NOUNS:
            continue
        end = _clause_end(tokens, i, question, max_chars)
        opened = i > 0 and tokens[i - 1] == "for"
        closed = end - 1 > i and tokens[end - 1] == "for"
        if opened == closed:
            continue
        body = tokens[i + 1 : end - 1 if closed else end]
        be = next((k for k, w in enumerate(body) if w in _BE), None)
        if be is not None and any(predicates.participle(w) for w in body[be + 1 :]):
            found.append((i - 1 if opened else i, end))
    return found


# "what does X mean (legally)", "the (legal) definition of X", "define X"; Persian "معنی/تعریف X
# چیه". (Not "X یعنی چی", which Persian speakers ask of anything, "what's X about": the Persian
# held-out sets count it answered by the entry on X.) A phrasing with any of these words vouches.
_MEANING = frozenset("mean means meant meaning definition define defined یعنی معنی معنای تعریف yan yani manie".split())


def _defined_stems(
    phrasings: Sequence[str], asked_tokens: Sequence[Sequence[str]], own_texts: Sequence[str]
) -> frozenset[str]:
    """Stems of the entry's own question and phrasings that ask what something means: what its
    authors say it defines (`_Covered.defines`). A hyphenated word counts split ("re", "elected")
    and joined ("reelected", read as the question would read it typed without the hyphen): "what
    does X being re-elected mean" vouches for "what does X getting reelected mean"."""
    out: set[str] = set()
    read = [*zip(phrasings, asked_tokens, strict=True), *((t, words(t)) for t in own_texts)]
    for text, toks in read:
        if _MEANING.isdisjoint(toks):
            continue
        out.update(stem(w) for w in toks)
        for match in _HYPHENATED.finditer(text):
            out.update(stem(w) for w in words(match[1] + match[2]))
    return frozenset(out)


_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")


def _meaning_asked(tokens: Sequence[str]) -> list[int] | None:
    """The positions of X in a question asking what X means; None for any other question. Not
    "what does X mean for Y" (what follows from it) nor "mean to": only "mean" at the end, or
    before adverbs ("legally", "exactly")."""
    for i, w in enumerate(tokens):
        asks_mean = (
            w in ("mean", "means", "meant") and tokens[:1] == ["what"] and tokens[1:2] in (["does"], ["do"], ["did"])
        )
        if asks_mean and all(t.endswith("ly") for t in tokens[i + 1 :]):
            return [j for j in range(2, i) if _content(tokens[j])]
        if w in ("definition", "meaning") and tokens[i + 1 : i + 2] == ["of"] and tokens[:1] == ["what"]:
            return [j for j in range(i + 2, len(tokens)) if _content(tokens[j])]
        if w == "define" and i == 0:
            return [j for j in range(1, len(tokens)) if _content(tokens[j])]
        if w in ("معنی", "معنای", "تعریف", "manie") and tokens[-1:] in (["چی"], ["chi"]):
            return [j for j in range(i + 1, len(tokens) - 1) if tokens[j] not in STOP_WORDS]
    return None


# Words after "what is X like" that go on to another question ("what are they upset about,
# like what abuses do they name"): "like" is chat filler there, no description asked
_LIKE_FILLER_NEXT = frozenset("what which who whom how when where why this that i you they we is are".split())


def _like_asked(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of X in "what is/are X like" ("what are **prison conditions** like for
    the detained", "what's **evin prison** like"): a description of X asked; None when "like"
    opens another question ("..., like what did they do") or nothing stands before it."""
    for i, word in enumerate(tokens):
        if word != "what" or not _opens(tokens, i):
            continue
        j = i + 1 if tokens[i + 1 : i + 2] and tokens[i + 1] in _BE else i
        j += 1
        k = next((k for k in range(j, min(j + 4, len(tokens))) if tokens[k] == "like"), None)
        if k is None or not any(_content(t) for t in tokens[j:k]):
            continue
        if tokens[k + 1 : k + 2] and tokens[k + 1] in _LIKE_FILLER_NEXT:
            continue
        return j, k
    return None


# Verbs of an effect with the preposition that names it: "lead to X", "result in X"
_LEAD_TO = frozenset("lead leads led leading result results resulted resulting".split())


def _effect_asked(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(position of the verb, end of the effect) of "lead to X" / "result in X" ("would a yes
    vote **lead to sanctions** on iran"): the effect asked, its content words up to the next
    stop or frame word (the last is its head: "new **jobs**"); None when no content word follows."""
    for i, word in enumerate(tokens[:-2]):
        if word not in _LEAD_TO or tokens[i + 1] != ("to" if word.startswith("le") else "in"):
            continue
        start = i + 2
        while start < min(len(tokens), i + 4) and not _content(tokens[start]) and tokens[start] not in _PREPOSITIONS:
            start += 1  # "lead to a strong signal", "result in new jobs"
        end = start
        while end < len(tokens) and end < start + 3 and _content(tokens[end]):
            end += 1
        if end > start:
            return i, end
    return None


# A person's or body's own words asked: "what did <someone> (himself) say / report / ask",
# "how has <someone> responded / reacted" (verbs of saying and of answering; English grammar).
# After "did"/"does"/"has" a verb is a base form or a participle: never "-s" ("what does the
# letter want from un member **states**" asks no words of "the letter want from un member")
_SAYING_VERBS = (
    "say|said|tell|told|ask|asked|report|reported|write|written|stated|claim|claimed|argue|argued|think|thought"
)
_ANSWERING = "respond|responded|react|reacted|reply|replied|answer|answered"
_WORDS_OF = re.compile(
    r"(?:^|[,;.?!:]\s*|\b(?:and|but|so)\s+)(?P<frame>what|how)\s+(?:did|does|do|has|have|had)\s+"
    r"(?P<who>[a-z0-9'\u2019 -]+?)\s+(?:(?:himself|herself|themselves|itself|personally|actually|really|"
    rf"ever|even|exactly|officially)\s+)*(?P<verb>{_SAYING_VERBS}|{_ANSWERING})\b",
    re.IGNORECASE,
)
# Who asks nothing the sources could quote: a pronoun or someone unnamed ("what did they say")
_NOBODY = frozenset("i you u we they he she it this that these those one someone anyone everyone people".split())
_OWNERS = frozenset("the a an his her their its our my your".split())
# What ends a speaker's description: "Raha Bahreini, Amnesty International, **in** an interview
# with ...", "The joint letter of 34 NGOs **to** ...": who speaks, not to whom nor where ("of" is
# part of it)


def _speaker_words(text: str) -> frozenset[str]:
    """The stems of who speaks in a speaker's key or description ("bahreini"; "Raha Bahreini,
    Amnesty International, in an interview with Radio Farda's Roya Karimi Majd": raha, bahreini,
    amnesty, international; not the interviewer), up to a preposition or a parenthesis."""
    head = text.split("(")[0]
    ends = _PREPOSITIONS - {"of"}
    return frozenset(
        stem(_normal(w)) for w in itertools.takewhile(lambda w: w not in ends, words(head[:300])) if w not in STOP_WORDS
    )


def _words_asked(question: str) -> tuple[str, list[str]] | None:
    """(the span as typed, the words of who speaks) of "what did <someone> say", "how has
    <someone> responded" ("what did rouhani himself say about human rights": "what did rouhani
    himself say", [rouhani]; "what has the special rapporteur on iran reported": [special,
    rapporteur]: who speaks, before a preposition). None for a pronoun or someone unnamed ("what
    did they say", "what does it tell us"), a doing ("what does voting for it tell them"), or
    "how" with a verb of saying ("how did she say it": a manner)."""
    for match in _WORDS_OF.finditer(question[:1000]):
        if match["frame"].lower() == "how" and not re.fullmatch(_ANSWERING, match["verb"].lower()):
            continue
        typed = [_normal(w) for w in words(match["who"])]
        while typed and typed[0] in _OWNERS:
            typed = typed[1:]
        if not typed or typed[0] in _NOBODY or len(typed) > 6:
            continue
        who = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, typed))
        if not who or any(predicates.progressive(w) or w in _AUX for w in who):
            continue
        who = [w for w in who if w not in STOP_WORDS and w not in FRAME_WORDS]
        if who:
            start = match.start("frame")
            return question[start : match.end("verb")], who
    return None


# What follows from a condition: "what happens (to X) if ...", "what would happen if ...",
# "what are the consequences if ..." (English grammar); the condition runs to the clause's end
_WHAT_IF = re.compile(
    r"\bwhat\s+(?:(?:happens|happened|will\s+happen|would\s+happen|could\s+happen|can\s+happen|is\s+going\s+to\s+happen)"
    r"|(?:are|would\s+be|will\s+be)\s+the\s+(?:consequences?|repercussions?|penalt(?:y|ies)))"
    r"(?P<to>\s+(?:\w+\s+){0,4}?)if\s+(?P<cond>[^?!.,;]+)",
    re.IGNORECASE,
)


# Verbs that go on doing what their -ing form says ("if iran keeps ignoring the un": ignore;
# "if the lamp stops flashing" asks of stopping)
_GOING_ON = frozenset("keep keeps continue".split())
_PLURAL_PRONOUNS = frozenset("they we you i people".split())


def _condition_verb(condition: str) -> str | None:
    """The base form of a condition's verb, after its subject ("iran breaks its treaty
    obligations": break; "member states vote yes": vote; "the keeper left": leave; "iran keeps
    ignoring the un": ignore), or None. A base form after a plural or a past tense is taken
    before a third person's "-s" ("states" of "member states vote" is no verb; "board" of "the
    harbour board keeps ..." is no verb either); never a word after an article, an owner or "to"
    ("the vote", "fails to pass")."""
    toks = [w.lower() for w in words(condition[:300])][:8]

    def verb_at(k: int, third_person: bool) -> str | None:
        word = toks[k]
        if toks[k - 1] in _OWNERS or toks[k - 1] == "to" or word in STOP_WORDS:
            return None
        if third_person:
            forms = [word[:-1], word[:-2], word[:-3] + "y"] if word.endswith("s") and len(word) > 3 else []
        else:
            # a base form after a plural ("member states vote", "they vote"), or a past tense
            plural = toks[k - 1] in _PLURAL_PRONOUNS or (toks[k - 1].endswith("s") and not toks[k - 1].endswith("ss"))
            forms = [word] if plural and not word.endswith(("s", "ing")) else []
            if not word.endswith("ing"):  # "left", "voted"; not "flashing" of "stops flashing"
                forms += [b for b in predicates.bases(word) if len(b) > 2 and word != b]
        base = next((f for f in forms if len(f) > 2 and predicates.is_verb(f)), None)
        if base in _GOING_ON and k + 1 < len(toks) and toks[k + 1].endswith("ing"):
            return next(iter(predicates.bases(toks[k + 1])), base)
        return base

    for third_person in (False, True):
        for k in range(1, len(toks)):
            found = verb_at(k, third_person)
            if found:
                return found
    return None


def _consequence_asked(question: str) -> tuple[str, str] | None:
    """(the question up to the end of its condition, as typed; the condition's verb) of "what
    happens to iran if it breaks its treaty obligations", "what would happen if the keeper
    left": a consequence of something the sources may never speak of."""
    match = _WHAT_IF.search(question[:1000])
    if match is None:
        return None
    verb = _condition_verb(match["cond"])
    return (" ".join(question[match.start() : match.end()].split()), verb) if verb else None


# Verbs of asking for something, with "for" ("calling for X") or without ("do they want X")
_ASK_FOR = frozenset("call calls calling ask asks asking push pushes pushing press pressing lobby lobbying".split())
_ASK = frozenset("want wants wanting demand demands demanding urge urges urging seek seeks seeking".split())


def _requested(tokens: Sequence[str]) -> list[int]:
    """The positions of the thing a yes/no question asks whether someone asks for ("are they
    calling for **sanctions** on iran too", "do they want **a boycott**"): its noun run after
    "<calling> for" or "<want>", past articles and owners. Only of a question that opens with
    its auxiliary ("my professor said the letter calls for sanctions, is that right?" is a claim
    to check), and not of one offering alternatives ("are they asking for sanctions, a
    resolution, or something else?": any one said answers it)."""
    opening = 1 if tokens[:1] and tokens[0] in ("so", "and", "but", "ok", "also") else 0
    if (tokens[opening : opening + 1] and tokens[opening] not in _AUX) or "or" in tokens:
        return []
    for i, word in enumerate(tokens[:-1]):
        if word in _ASK_FOR and tokens[i + 1] == "for":
            k = i + 2
        elif word in _ASK:
            k = i + 1
        else:
            continue
        while k < len(tokens) and tokens[k] in _OWNERS | {"any", "some", "more", "new"}:
            k += 1
        run = _noun_run(tokens, k)
        if run:
            return run
    return []


# What the asker can do: "how can I help free them", "how do i get in touch with the orgs",
# "what can we do to help", "where can I sign" (English grammar: the asker as the subject)
_OWN_ACTION = re.compile(
    r"(?:^|[,;.?!:]\s*|\b(?:and|but|so|ok)\s+)(?:(?:how|where)\s+(?:can|could|do|should|might|would)\s+(?:i|we|u)\s+"
    r"(?!\s*(?:know|tell|find\s+out|learn|understand)\b)\w+"
    r"|what\s+(?:can|could|should)\s+(?:i|we|u)\s+do)[^?!.,;]*",
    re.IGNORECASE,
)


def own_action(question: str) -> str | None:
    """The clause, as typed, of a question asking what the asker can do ("how can i help free
    the detained defenders", "how do i get in touch w the orgs that signed", "what can we do"),
    or None. Not what the asker can learn ("how do i know it's true", "how can i tell"): that
    asks of the sources."""
    match = _OWN_ACTION.search(question[:1000])
    if match is None:
        return None
    text = match.group(0)
    start = re.search(r"(?:how|where|what)\b", text, re.IGNORECASE)
    return " ".join(text[start.start() if start else 0 :].split())


# An individual's own doing asked: "who personally drafted the letter", "was it sent to the
# secretary general personally?" (not the asker's own, "i personally", nor the bot's view, "do you
# personally think")
_IN_PERSON = re.compile(
    r"(?<!\bi )(?<!\byou )(?<!\bu )(?<!\bwe )\b(?P<adverb>personally|individually|in person)\b", re.IGNORECASE
)


def _in_person(question: str) -> tuple[str, str] | None:
    """(the clause as typed up to the adverb, the adverb) of a question asking what someone did
    themselves ("who personally drafted the letter", "was it sent to the secretary general
    personally"), or None."""
    text = question[:1000]
    match = _IN_PERSON.search(text)
    if match is None:
        return None
    start = max(text.rfind(mark, 0, match.start()) for mark in ",;?!.") + 1
    end = match.end()
    if start == 0 or match.start() - start < 3:
        end = max(end, next((i for i, c in enumerate(text) if i >= end and c in ",;?!."), len(text)))
    clause = re.sub(r"^(?:like|i mean|so|and|or)\s+", "", " ".join(text[start:end].split()), flags=re.IGNORECASE)
    return (clause, match["adverb"].lower()) if clause else None


# What changed, asked of a comparative: "what specifically got worse", "what has become better"
_WHAT_CHANGED = re.compile(
    r"\bwhat\s+(?:(?:exactly|specifically|precisely|really|actually)\s+)?"
    r"(?:got|gets|has\s+got|has\s+gotten|have\s+gotten|became|has\s+become|is\s+getting|was\s+getting)\s+"
    r"(?P<comparative>worse|better)\b[^?!.,;]*",
    re.IGNORECASE,
)


# Words without which the rules above find nothing (read first: most questions have none of them)
_VOICE_WORDS = frozenset(f"{_SAYING_VERBS}|{_ANSWERING}".split("|"))
_IN_PERSON_WORDS = frozenset(("personally", "individually", "person"))
_ASKERS = frozenset(("i", "we", "u"))
_ACTION_WORDS = frozenset(("how", "where", "what"))
_REQUEST_WORDS = _ASK_FOR | _ASK


def _number_forms(word: str) -> tuple[str, ...]:
    """The word and its plural or singular ("ngo", "ngos"), which the stemmer keeps apart."""
    return (word, word[:-1]) if word.endswith("s") else (word, word + "s")


def _asked_kinds(tokens: Sequence[str], types: frozenset[str]) -> list[int]:
    """Positions of "where" and "when" that ask (not "when it comes to")."""
    return [i for i, word in enumerate(tokens) if word in ("where", "when") and word in types and asks(tokens, i)]


# A web address asked for: "link", "url" (Persian "لینک"), and a web address given.
_LINK_WORDS = frozenset(("link", "url", "لینک"))
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
# What makes an English "link" a thing asked for ("a link", "the link to"), not a connection
# ("is there a link between X and Y") or a verb ("links the improvements to ...").
_LINK_LEADS = frozenset("a the any some your their its".split())


def _links_asked(tokens: Sequence[str], question: str) -> list[int]:
    """Positions of a web address asked for: "is there **a link** where i can read it", Persian
    "**لینک** مصاحبه رو داری؟", Finglish "**link** e mosahebe ro dari?" (no article there)."""
    if _LINK_WORDS.isdisjoint(tokens):
        return []
    english = persian_language(question) == "en"
    return [
        i
        for i, word in enumerate(tokens)
        if word in _LINK_WORDS
        and (not english or (i > 0 and tokens[i - 1] in _LINK_LEADS))
        and tokens[i + 1 : i + 2] != ["between"]
    ]


# Persian and Finglish words `ScopeIndex.lead_words` reads as no content: counter and frame words
# ("چند نفر", "chand ta") and question words, whose kind of fact (`_LEAD_KINDS`, and
# `text.question_types`' "when" and "count") the entry must give instead, as English ones are
# stop words there.
_LEAD_FRAMES = FRAME_WORDS_FA | FRAME_WORDS_FINGLISH | _CLASSIFIERS_FA | _COUNT_LEADS_FA | _COUNT_LEADS_FINGLISH
_LEAD_KINDS = {
    "کی": "who",
    WHO_FA: "who",
    "ki": "who",
    "چرا": "why",
    "chera": "why",
    "کجا": "where",
    "koja": "where",
}
_LEAD_ASKING = frozenset(
    normalize(w)
    for w in (*_LEAD_KINDS, WHEN_FA, *"چی چه چطور چقدر کدام آیا chi che chetor cheghadr kodom kodum kei".split())
)


def _opens(tokens: Sequence[str], i: int) -> bool:
    """Whether the question word at `i` opens a question rather than a relative clause ("the
    resolution which passed"): first, or after a frame or stop word ("in which prison")."""
    return i == 0 or tokens[i - 1] in FRAME_WORDS or tokens[i - 1] in STOP_WORDS


# Adjectives after "which" that narrow nothing: "which particular group" asks which group, as the
# matcher reads it too (engine._FILLER)
_WHICH_HEDGES = frozenset("particular specific exact precise".split())


def _which_heads(tokens: Sequence[str]) -> list[int]:
    """Positions of the thing a "which" question asks to be identified: "which **prison**" ("what"
    is left alone: "what good would it do", "what stuff" ask no such thing)."""
    found = []
    for i, word in enumerate(tokens):
        if word == "what" and _opens(tokens, i) and tokens[i - 1 : i] != ["on"] and _what_of_another(tokens, i + 1):
            found.append(i + 1)  # "what prisons are they held in": which prisons, asked
            continue
        if word != "which" or not _opens(tokens, i):
            continue
        j = i + 1
        while j < len(tokens) and (_number(tokens[j]) is not None or tokens[j] in _WHICH_HEDGES):
            j += 1  # "which 2 treaties", "which particular treaties": the treaties
        if j + 1 < len(tokens) and tokens[j] in _KIND_OF and tokens[j + 1] == "of":
            j += 2
        if j >= len(tokens) or tokens[j] in FRAME_WORDS or tokens[j] in STOP_WORDS or tokens[j] in _WHEN_NOUNS:
            continue
        found.append(j)
    return found


# Words that open a clause's own subject after "what <things> are": "are **they** held in",
# "are **the** activists getting" (not "are violated", "are there")
_SUBJECT_OPENERS = frozenset("they we you he she i the these those his her their its our my your".split())


def _what_of_another(tokens: Sequence[str], j: int) -> bool:
    """Whether "what" before `j` asks which things, as "which" does: a plural kind the rest of
    the clause does something to or with, with a subject of its own ("what **prisons** are they
    held in", "what **sentences** are the activists getting"). "what rights are violated",
    "what implications are there" and "what requests does it make" are left alone: they ask
    what the entry says in other words (the last is `asked._what_done`'s), and so does "on what
    grounds are they held" (a reason, whatever the noun)."""
    if not (
        j + 1 < len(tokens) and _plural_kind(tokens[j]) and tokens[j] not in FRAME_WORDS and tokens[j] not in STOP_WORDS
    ):
        return False
    if j + 2 < len(tokens) and tokens[j + 1] in ("are", "were") and tokens[j + 2] in _SUBJECT_OPENERS:
        return True
    # "what **laws** discriminate against women", "what countries support it": the kind doing
    # something, in the present (a plural's base form): which of them do it
    k = j + 1
    if tokens[k] in ("in", "of", "from", "at", "on"):  # "what laws in (the) iran discriminate ..."
        k += 1
        while k < len(tokens) - 1 and tokens[k] in _ARTICLES:
            k += 1
        k += 1
    if k >= len(tokens):
        return False
    verb = tokens[k]
    return verb not in STOP_WORDS and verb not in FRAME_WORDS and not verb.endswith("s") and predicates.is_verb(verb)


# Words after a kind that go on to name its members: "defenders **including** activists"
_MEMBERS_FOLLOW = frozenset("including includes include such like namely notably especially incl".split())
# Words before a kind that say a thing of every member: the text answers which ones (all)
_ALL_OF = frozenset(("both", "all", "each", "every"))
# Words before a kind that tell no kind of it: "as well as journalists", "hundreds of journalists"
_NO_KIND = _MEMBERS_FOLLOW | frozenset(
    "and or as well also even many several numerous hundreds thousands dozens".split()
)


def _members_asked(tokens: Sequence[str], j: int, text: str) -> int:
    """The end of "which <kind>" at `j` when the entry's `text` (`_Covered.text`) names that kind
    only as the last word it has for it: the question asks which members ("which journalists
    are held" of "... as well as journalists ..."; "which environmental activists" of
    "environmental rights activists"), which it never names. 0 when the text names kinds within
    it ("minority activists" answers "which activists"), goes on to name members ("defenders
    including ..."), or never uses the word; a plural kind only (a "which" of one thing asks
    which of those the text does name)."""
    if not any(f" {t} " in text for t in tokens[j : j + 4] if _plural_kind(t)):
        return 0  # (most questions: no plural the entry says, nothing to read)
    end = j
    while end < len(tokens) and end < j + 4 and tokens[end] not in STOP_WORDS and not _verb_form(tokens[end]):
        end += 1
    if end == j or not _plural_kind(tokens[end - 1]):
        return 0  # one thing: "which prison" asks which of those named
    kind, narrowing = tokens[end - 1], {stem(t) for t in tokens[j : end - 1]}
    if f" {kind} " not in text:
        return 0
    matched = False
    needle = f" {kind} "
    at = text.find(needle)
    while at >= 0:
        # the words either side of this use of the kind, from a short stretch of the text only
        before_words = text[max(0, at - 60) : at].split()[-3:]
        after_words = text[at + len(needle) : at + len(needle) + 30].split()[:1]
        at = text.find(needle, at + 1)
        if narrowing and not narrowing <= {stem(t) for t in before_words}:
            continue  # another kind of the same ("minority activists" for "environmental activists")
        nearest = before_words[-1] if before_words else "|"
        if nearest in _ALL_OF:
            return 0  # "both eruptions were small" answers "which eruptions were small": all of them
        if not narrowing and nearest not in STOP_WORDS and nearest not in _NO_KIND and nearest != "|":
            return 0  # "minority activists": the text tells kinds of what was asked
        if after_words and after_words[0] in _MEMBERS_FOLLOW:
            return 0
        matched = True
    if matched and f" other {kind} " not in text:
        return end
    return 0


def _plural_kind(word: str) -> bool:
    """A plural noun: "journalists", "fishermen", "people" (not "press", "access")."""
    return word.endswith(("men", "people", "children")) or (word.endswith("s") and not word.endswith("ss"))


def _verb_form(word: str) -> bool:
    """A verb, in any of its forms ("arrested", "held", "visit"): where a "which" noun phrase ends."""
    return predicates.is_verb(word) or any(predicates.is_verb(b) for b in predicates.bases(word) if b != word)


_WHO_WHICH = frozenset(("who", "which", "what"))
_WILL_MODALS = frozenset("will would might may".split())


def _plurals_verb(word: str) -> bool:
    """A verb's base form that follows a plural as its present ("countries **vote**"), not a
    noun of a compound ("un **committee**", "human rights **defenders**")."""
    return not word.endswith("s") and word not in STOP_WORDS and predicates.is_verb(word)


_ADVERBS = frozenset("actually really exactly personally specifically originally first initially ever".split())


def _who_did(tokens: Sequence[str], starts: Iterable[int]) -> list[tuple[int, int, int | None]]:
    """(position of "who" / "which", position of the verb) of a question asking who or which
    thing did something: "who **founded** this campaign", "which country is **sponsoring** it",
    "which concern does the letter **rank** first", "who did rouhani **beat**". Not "who is the
    X" (a person asked: `_who_the`), nor a verb that is not there ("who's behind it"), nor one
    that only says what someone wants done ("which resolution do they want the GA to back").
    `starts`: where the question's clauses start. (The position of "who"/"which", of the verb,
    and of the verb's subject when it comes between: "does **the letter** rank".)"""
    starts = sorted(starts)
    found: list[tuple[int, int, int | None]] = []
    for i, word in enumerate(tokens):
        start = max((c for c in starts if c <= i), default=0)
        if word not in ("who", "which", "what") or not (
            all(t in _LEAD_INS for t in tokens[start:i]) or (word == "which" and _asks_to_tell(tokens[start:i]))
        ):
            continue  # first in its clause: not "the people who check", "i want to know who is"
        k = i + 1
        if word == "what" and not (k < len(tokens) and _content(tokens[k])):
            continue  # "what good would it do", "what did they say": no thing asked
        if word in ("which", "what"):
            if k < len(tokens) and tokens[k] == "of":
                continue  # "which of them": the things, not a kind
            while k < len(tokens) and _content(tokens[k]) and not tokens[k].endswith(("ed", "ing")):
                if k > i + 1 and _plural_kind(tokens[k - 1]) and _plurals_verb(tokens[k]):
                    break  # "which countries **vote** for it": the plural's verb, in the present
                k += 1  # the thing asked: "which un committee"
            if k == i + 1:
                continue
            # "which groups the letter says are held": the source's saying set in between
            said_at = next((j for j in range(k, min(k + 5, len(tokens) - 1)) if tokens[j] in _SAYING), None)
            if said_at is not None and said_at > k and tokens[said_at + 1] in _BE:
                k = said_at + 1
            if word == "what" and not (k < len(tokens) and tokens[k] in _DO):
                continue  # "what promises did rouhani make" asks which promises; "what rights are" does not
        while k < len(tokens) and (tokens[k] in _ADVERBS or tokens[k].endswith("ly")):
            k += 1
        subject = None
        if k < len(tokens) and tokens[k] in _DO:
            k += 1  # "does the letter rank", "did rouhani beat": the subject, then the verb
            while k < len(tokens) and tokens[k] in ("the", "a", "an", "its", "their", "this", "that"):
                k += 1
            subject = k
            k += 1
        elif k < len(tokens) and tokens[k] in _BE:
            if tokens[k + 1 : k + 2] in (["the"], ["a"], ["an"]) or not tokens[k + 1 : k + 2]:
                continue  # "who is the author": a person asked
            if word == "which" and tokens[k + 1] == "being":
                k += 1  # "which groups are being held": a passive, asked of what was done to them
            elif tokens[k + 1] in _ABOUT_TO and tokens[k + 2 : k + 3] == ["to"]:
                k += 2  # "which countries are expected to vote": who will do it, asked by its verb
            elif word == "which" and not tokens[k + 1].endswith("ing"):
                continue  # "which abuses are highlighted in the letter": what it says, asked
            k += 1
        while k < len(tokens) and (tokens[k] in _ADVERBS or tokens[k].endswith("ly")):
            k += 1
        if word == "which" and k + 1 < len(tokens) and tokens[k] in _WILL_MODALS and k > i + 1:
            k += 1  # "which countries will vote for it": who will do it, asked by its verb
        if word == "what" and k + 1 < len(tokens) and tokens[k + 1] not in _STOP_OR_PREPOSITIONS:
            continue  # "what responsibility does rouhani's reelection put on": a longer subject, unread
        if k < len(tokens) and _content(tokens[k]) and tokens[k] not in _PREPOSITIONS_OR_WANTING:
            found.append((i, k, subject))
    return found


# Words between "which <things> are" and "to <verb>" that make the verb what they will do:
# "which countries are **expected** to vote", "which states are **likely** to back it"
_ABOUT_TO = frozenset("expected likely set due going planning about certain sure unlikely".split())
_WANTING = frozenset("want wants wanted need needs needed expect expects expected wish hope".split())
# A request to be told, before the question it embeds: "could you tell me which ...", "i'd like to know which ..."
_TELL_ME = frozenset(
    "could can would will you u please pls tell me us i i'd like want wanna to know wonder wondering".split()
)


def _asks_to_tell(lead: Sequence[str]) -> bool:
    """Whether `lead` only asks to be told ("could you tell me", "i wonder"): the "which" after
    it opens the question all the same."""
    return bool(lead) and lead[-1] in ("me", "us", "know", "wonder", "wondering") and all(t in _TELL_ME for t in lead)


def _asked_what(tokens: Sequence[str]) -> list[int]:
    """In a phrasing, the words that follow "which" or "what" ("what **hr violations** does it
    list"): the things the FAQ's authors say this entry tells apart."""
    found: list[int] = []
    for i, word in enumerate(tokens):
        if word in ("which", "what"):
            found.extend(
                j
                for j in range(i + 1, min(len(tokens), i + 3))
                if tokens[j] not in FRAME_WORDS and tokens[j] not in STOP_WORDS
            )
    return found


_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_NOUN_BEFORE = frozenset("the a an his her its their whose what my your our no".split())


_GUESS = re.compile(r",\s*(?P<guess>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*)?)\s*\?+\s*$")


def _last_clause(pattern: re.Pattern[str], question: str, tokens: Sequence[str]) -> range:
    """The positions in `tokens` of the words `pattern`'s "guess" group found at the end of the
    question (none if it found nothing there)."""
    match = pattern.search(question)
    if match is None:
        return range(0)
    guess = [_normal(w) for w in words(match["guess"])]
    if not guess or len(guess) > len(tokens) or tokens[len(tokens) - len(guess) :] != guess:
        return range(0)
    return range(len(tokens) - len(guess), len(tokens))


def _guessed(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of an answer the asker guesses at the end ("where is she based, london?"): one
    or two words after a last comma, before the question mark. The entry must say it to confirm it."""
    return [
        j
        for j in _last_clause(_GUESS, question, tokens)
        if tokens[j] not in FRAME_WORDS and tokens[j] not in STOP_WORDS
    ]


# Persian "too" (`_also_fa`), and the question words a yes/no sentence has none of
_ALSO_FA = "هم"
# ... and the words that make it "even": a little, any, none (a trailing -ای read as typed too)
_AMOUNT_FA = frozenset("یه یک هیچ ذره ذرهای کم کمی یکم خورده ذرهای اصلا حتی بازم باز".split())
_QUESTION_WORDS_FA = predicates.QUESTION_FA | YES_NO_FA  # "whether" opens a yes/no question, no guess


def _also_fa(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of the words right before Persian «هم» (too) in a yes/no sentence after a
    question ("کدوم اقلیت‌ها ...؟ بهایی‌ها هم هستن؟": Baha'is too?): one more the asker guesses is
    among those the question is about, up to three words, no stop word among them."""
    if _ALSO_FA not in tokens:
        return []
    last = [part for part in _SENTENCE_MARKS.split(question) if part and part.strip()]
    if len(last) < 2:
        return []  # one sentence: «به وضعیت اقلیت‌ها هم اشاره شده؟» asks of that, no guess after a question
    tail = [_normal(w) for w in words(last[-1])]
    if not tail or tail != list(tokens[len(tokens) - len(tail) :]) or not _QUESTION_WORDS_FA.isdisjoint(tail):
        return []
    start = len(tokens) - len(tail)
    at = next((k for k in range(start, len(tokens)) if tokens[k] == _ALSO_FA), None)
    if at is None or tokens[start:].count(_ALSO_FA) > 1:
        return []  # (none, or "both ... and": «هم زنان هم اقلیت‌ها»)
    run: list[int] = []
    for k in range(at - 1, max(start, at - 3) - 1, -1):
        if tokens[k] in _AMOUNT_FA:
            return []  # «یه ذره هم» (even a little), «هیچ کس هم»: "even", no one more guessed
        if tokens[k] in STOP_WORDS or not has_script(tokens[k]) or not tokens[k].isalpha():
            break
        run.insert(0, k)
    return run


# "what <thing> does it have": Persian and Finglish "چه <thing>-ی داره" (`_what_it_has`)
_WHICH_FA = frozenset(("چه", "che"))
_HAVE_FA = frozenset(
    "داره دارن دارد دارند داشت داشته داشتن داشتند dare daran darad darand dasht dashte dashtan dashtand".split()
)

# ... of which a person's role, post or job («چه نقشی داره», "che samti dare"): what an entry that
# tells who someone is answers, by their consonants (Persian and Finglish alike)
_ROLE_SKELETONS_FA = frozenset(skeleton(w) for w in "نقش سمت شغل مقام جایگاه مسئولیت".split())


def _what_it_has(tokens: Sequence[str]) -> list[int]:
    """Positions of the thing in a Persian or Finglish "what <thing> does it have" («چه سابقه‌ای
    داره», "che sabeghe'i dare", «چه مشکلی داره»): "what", a noun (its indefinite ending read as
    typed), a form of "to have" right after it."""
    return [
        j
        for j in range(1, len(tokens) - 1)
        if tokens[j - 1] in _WHICH_FA and tokens[j + 1] in _HAVE_FA and tokens[j].isalpha()
    ]


_DEFINITE = frozenset(("the",))  # not "this", a pronoun as often: "when was this dropped"
_BE = frozenset("is was are were".split())
_ARTICLES = frozenset(("the", "a", "an"))  # dropped from a subject as typed (`_unknown_subject`)
# Who does something in a clause inside a subject ("the lighthouse **everyone** keeps talking about",
# "the letter **you** mentioned"), or the relative pronoun that opens one ("the volcano **that**
# everyone fears"): after the subject's first word, a clause, not its name
_CLAUSE_SUBJECTS = frozenset(
    "i you we they he she it everyone everybody someone somebody anyone anybody nobody that which who whom".split()
)
_CAUSE_KINDS = frozenset(("cause", "why"))  # an entry that gives a reason, or is asked why


def _wh_subject_at(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(position of the question word, position of each noun) of the thing a "who", "when" or
    "where" question asks about: the first definite noun phrase after it, before any preposition
    ("who wrote **the letter**", "when was **the report** published"). Not "who is the X", which
    asks a person (see `_who_the`)."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(tokens):
        if word not in ("who", "when", "where") or not _opens(tokens, i):
            continue
        if word == "who" and not _BE.isdisjoint(tokens[i + 1 : _clause_words(tokens, i)]):
            continue  # "who is the author", "who the authors were": a person asked
        if word == "who" and tokens[i + 1 : i + 2] == ["the"]:
            continue  # "who's the author": the "'s" is dropped with the other stop words
        for k in range(i + 1, min(len(tokens), i + 5)):
            if tokens[k] in _PREPOSITIONS or tokens[k] in ("who", "when", "where", "what", "which", "how"):
                break
            if tokens[k] in _DEFINITE:
                run = _noun_run(tokens, k + 1)
                if len(run) > 1 and any(t in _AUX for t in tokens[i + 1 : k]):
                    run = run[:-1]  # "when was the letter sent": the verb, after its subject
                end = (run[-1] + 1) if run else k + 1
                if tokens[end : end + 1] == ["of"]:  # "the automation of the lighthouse": either
                    run = run + _noun_run(tokens, end + 2 if tokens[end + 1 : end + 2] == ["the"] else end + 1)
                found.extend((i, j) for j in run)
                break
    return found


def _clause_words(tokens: Sequence[str], i: int) -> int:
    """The end of the words after `i` up to the next question word or "and"."""
    return next(
        (k for k in range(i + 1, len(tokens)) if tokens[k] in ("and", "who", "when", "where", "what")), len(tokens)
    )


def _wh_subjects(tokens: Sequence[str]) -> list[int]:
    return [j for _, j in _wh_subject_at(tokens)]


def _by_question_word(pairs: Iterable[tuple[int, int]]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, j in pairs:
        out.setdefault(i, []).append(j)
    return out


_CHECKED = re.compile(
    r",\s*(?:is|was|are|were)\s+(?:it|that|this|they|those)\s+(?:a\s+|an\s+|the\s+|by\s+|in\s+)?"
    r"(?P<guess>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*)?)\s*\?+\s*$",
    re.IGNORECASE,
)


def _checked(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of what a question asks to be confirmed in a last clause ("how are they carried
    out, is it **hanging**?"): a yes or no about a fact, which the sources must say (that a
    phrasing asks it is how people ask, not what the sources say)."""
    return [j for j in _last_clause(_CHECKED, question, tokens) if _content(tokens[j]) and tokens[j] not in _TAGS]


# An example offered in a last clause ("what do they want the EU to do, like **sanctions**?",
# "which laws, such as **the hijab rules**?"; Persian "مثل X؟", Finglish "mesle X?"): a guess
# at the answer, which the sources must say to confirm it, as a name guessed at the end.
_EXAMPLE = re.compile(
    r"[,،]\s*(?:like|such\s+as|e\.?g\.?|for\s+example|for\s+instance|"
    r"مثل|مثلا|مانند|mesle|mesl|masalan)\s+"
    # (not "..., like what outlet?": a question, with "like" as a filler; not an example)
    r"(?!(?:what|which|who|whom|whose|where|when|how)\b)"
    r"(?:the\s+|a\s+|an\s+)?(?P<guess>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*[?؟]+\s*$",
    re.IGNORECASE,
)


def _examples(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of the words of an example offered at the end ("..., like sanctions?")."""
    return [j for j in _last_clause(_EXAMPLE, question, tokens) if _content(tokens[j]) and tokens[j] not in _TAGS]


# "is that true?", "is it correct?": a tag asking whether the rest holds, not a fact to confirm.
_TAGS = frozenset("true right correct accurate false wrong real case fact so ok okay".split())


# What may come before an imperative "name ...": "please name one", "can you name the".
_POLITE = frozenset("please pls plz can could would you just so ok okay then".split())


def _names_requested(tokens: Sequence[str]) -> list[int]:
    """Positions of what a question asks the names of: "does the letter name any of the
    **detained journalists**", "the names of the **organisations**", "which **activists** were
    arrested, names?"."""
    for i, word in enumerate(tokens):
        if word not in ("name", "names"):
            continue
        if tokens[i + 1 : i + 2] == ["of"]:
            k = i + 2  # "the names of (all) (the) X"
        elif word == "name" and i > 0 and tokens[i - 1] not in _NOUN_BEFORE and any(t in _AUX for t in tokens[:i]):
            k = i + 1  # "does the letter name (any of) (the) X"
        elif word == "name" and all(t in _POLITE for t in tokens[:i]):
            k = i + 1  # "name one X who ...", "pls name the X"
        elif word == "names" and i == len(tokens) - 1 and _which_heads(tokens):
            k = _which_heads(tokens)[0]  # "which activists were arrested, names?"
        else:
            continue
        while k < len(tokens) and tokens[k] in ("any", "all", "of", "the", "these", "those", "a", "an", "one", "some"):
            k += 1
        return _noun_run(tokens, k)
    return []


def _noun_run(tokens: Sequence[str], k: int) -> list[int]:
    """Up to four content words from `k`, the noun phrase a question asks about: it ends before a
    frame or stop word, a participle after the first word ("the rapporteur denied a visa") or a
    verb before its object ("the boats land their catch"). A measure of a thing ("iran's **level
    of** cooperation") stands for the thing: the run goes on after its "of"."""
    found: list[int] = []
    j = k
    while j < len(tokens) and len(found) < 4:
        if _measure_of(tokens, j):
            j += 2
            while j < len(tokens) and tokens[j] in ("the", "a", "an", "its", "their"):
                j += 1
            continue
        if tokens[j] in FRAME_WORDS or tokens[j] in STOP_WORDS:
            break
        if found and (
            tokens[j].endswith(("ed", "ing")) or tokens[j + 1 : j + 2] in (["the"], ["a"], ["an"], ["their"])
        ):
            break
        found.append(j)
        j += 1
    return found


# "the level of cooperation", "the extent of the abuses": a measure or aspect of a thing, which
# a question about it names only to ask about the thing. A word of general English.
_MEASURES = frozenset("level levels degree extent amount scale nature state".split())
# "about that", "about it": what is asked about was named before (a pronoun, not a determiner).
_BACK_PRONOUNS = frozenset("that this it them those these".split())


def _measure_of(tokens: Sequence[str], j: int) -> bool:
    """The word at `j` is a measure of what follows its "of" ("level of cooperation")."""
    return tokens[j] in _MEASURES and tokens[j + 1 : j + 2] == ["of"]


def _refers_back(tokens: Sequence[str], k: int) -> bool:
    """The words from `k` start with a pronoun standing for something named before ("something
    about **that** on reddit", "what about **it**"), not a determiner of a noun ("about that letter")."""
    if k >= len(tokens) or tokens[k] not in _BACK_PRONOUNS:
        return False
    return tokens[k] in ("it", "them") or k + 1 == len(tokens) or tokens[k + 1] in STOP_WORDS


# Persian "who is X" (X کیه, X کیست, X چه کسی است) and "the name of X" (اسم X چیه, نام X چیست),
# after text.words (کیه and کیست are کی and persian.WHO; چیه and چیست are چی), and the same in
# Finglish ("X kie", "esme X chie": "ki", "esm", "chi" once folded).
_WHO_FA = frozenset(("کی", WHO_FA, "ki"))
_NAME_FA = frozenset(("اسم", "نام", "اسامی", "esm", "esami"))
_WHAT_FA = frozenset(("چی", "chi"))
# "tell me", "list" the names (Persian, Finglish): asked as "what are the names" is
# (and "can you tell": «میشه بگی», "mishe begi", the polite second person, as «بگو» asks)
_LIST_FINGLISH = frozenset("begu bego begi begid begin beguid benevis benevisid".split())
_LIST_FA = frozenset("بگو بگی بگید بگین بنویس لیست فهرست list".split()) | _LIST_FINGLISH
# ... and "name (them)", «نام/اسم ببر», and "do you know" the names, «اسمشون رو میدونی؟», which ask
# them as "what are" does
_LIST_FA |= frozenset("ببر ببرید ببرین میدونی میدونید میدونین میدانی میدانید".split())
# "their names", "its name" («اسمشونو بگو», «اسامیشان چیست»): the names of what was asked before
# with "which" («کدوم معاهده‌ها؟ اسمشونو بگو»)
_NAME_OF_THEM_FA = frozenset(
    name + owner + marker
    for name in ("اسم", "نام", "اسامی", "اسما")
    for owner in ("ش", "اش", "شون", "شان", "اشون")
    for marker in ("", "و", "رو")
)
_WHICH_ASKED_FA = frozenset(("کدام", "kodom", "kodum", "kudum"))
# before the noun whose names are asked: "that", "these", "all", "each", "the 34 (ta)"
_BEFORE_NAMED_FA = frozenset("این اون آن همین همون همه تمام کل تک تا in un oon hame hameye tamam kol ta".split())
# Finglish question words (`_QUESTION_WORDS_LATN`, persian's list as `text.words` folds them) end a
# noun phrase too (function words are already dropped).


def _typed_fa(text: str, language: str) -> list[str]:
    """A Persian question's words as its rules read them: in Persian script (`language` "fa") by
    `text.words` once normalised; in Finglish only cleaned, each as typed ("doreh", "tuye"), since
    their word lists hold the typed spellings and a caveat quotes them."""
    return words(normalize(text)) if language == "fa" else clean(text).split()


def _persian_run(tokens: Sequence[str], k: int, end: int) -> list[int]:
    """Up to four content words from `k` (before `end`), the noun phrase a Persian question asks
    about: it ends at a stop word ("برای", "در"), a question word, or a change of script."""
    found: list[int] = []
    script = has_script(tokens[k]) if k < len(tokens) else False
    for j in range(k, min(end, k + 4)):
        word = tokens[j]
        if word in STOP_WORDS or word in _WHO_FA or word in _WHAT_FA or word in _QUESTION_WORDS_LATN:
            break
        if has_script(word) != script or not word.isalpha():
            break
        found.append(j)
    return found


def _typed_forms(question: str) -> dict[str, str]:
    """Each word of `text.words(question)` -> the word the user typed that gave it (a Finglish
    word folded, "UN" read as "sazman melal"), so a caveat quotes the user's own words."""
    forms: dict[str, str] = {}
    for match in _RAW_WORD.finditer(question):
        for word in words(match.group(0), finglish=FINGLISH_ALWAYS):
            forms.setdefault(word, match.group(0))
    return forms


# Persian agent suffixes written apart from their noun ("مصاحبه‌کننده", interviewer; "شرکت
# کنندگان", participants): the role is the doer of the noun before, which must be said or asked;
# the suffix itself names nothing the sources need to say.
_AGENT_SUFFIXES_FA = frozenset(
    normalize(w) for w in "کننده کنندگان دهنده دهندگان گیرنده گیرندگان شونده شوندگان".split()
)


# "the Iranian authorities' responsibility", "Iran's refusal": a possessive, then what is owned.
_OWNED = re.compile(r"(?<![^\W\d_])(?P<owner>[^\W\d_]+)(?:['\u2019]s|s['\u2019])\s+(?P<owned>[^\W\d_]{4,})")
# "it's closing", "that's the refusal": a contraction of "is" or "has", no owner of what follows
_CONTRACTED = frozenset("it that there here what who where when why how he she this which let".split())
# A role or doer ("the campaign's leader", "the letter's author"): the owner is not who it is.
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ee", "ees")


# Plural forms of "to be" after "who" ("فرستنده‌ها کی بودن", who were the senders), spoken and
# written: a group, which an entry may answer by saying who they are together.
_PLURAL_BE_FA = frozenset(normalize(w) for w in "بودن بودند هستن هستند اند هستید بودید".split())
# ... and the plural "who" itself ("شامل چه کسانی میشه", whom does it include; spoken "چه کسایی",
# "کیا"),
# which text.words reads as "who" (persian.WHO)
_PLURAL_WHO_FA = re.compile(r"(?<!\w)(?:چه\s*(?:کسانی|کسایی|افرادی)|کیا(?:ن|ند)?|کین)(?!\w)")


def _who_the_fa(tokens: Sequence[str], question: str = "") -> list[int]:
    """Positions of the role a Persian question asks to be named: "**گزارشگر ویژه** سازمان ملل
    کیه" (who is X: X opens the question, کی closes it). Persian has no article to tell a role
    from a name ("رها بحرینی کیه"): an entry whose phrasings ask who someone is (covered.kinds)
    answers either, as in English."""
    content = [i for i, t in enumerate(tokens) if t not in STOP_WORDS]
    if len(content) < 2 or tokens[content[-1]] not in _WHO_FA:
        return []
    if not _PLURAL_BE_FA.isdisjoint(tokens[content[-1] + 1 :]) or _PLURAL_WHO_FA.search(normalize(question)):
        return []  # "who were X" asks who they are as a group, as English "who are the X" does
    return _persian_run(tokens, content[0], content[-1])


# (`_LIST_FINGLISH` is also read in Finglish as typed: text.words drops "begu", "tell", as a
# function word)


def _names_requested_fa(tokens: Sequence[str], question: str = "") -> list[int]:
    """Positions of what a Persian or Finglish question asks the names of: "اسم **گزارشگر ویژه**
    چیه", "اسم همه ۳۴ تا **سازمان** چیه", "esme 34 ta **sazman** ro list kon" (a determiner, "all",
    "each" or a count before the noun names nothing; "tell", "list" ask as "what" does)."""
    told = not _LIST_FINGLISH.isdisjoint(re.findall(r"[a-z]+", question[:1000].lower()))  # "esme X ro begu"
    for i, word in enumerate(tokens):
        of_them = word in _NAME_OF_THEM_FA
        if (word in _NAME_FA or of_them) and (told or not (_WHAT_FA | _LIST_FA).isdisjoint(tokens[i + 1 :])):
            k = i + 1
            while k < len(tokens) and (tokens[k] in _BEFORE_NAMED_FA or tokens[k].isdigit()):
                k += 1
            end = next((j for j in range(k, len(tokens)) if tokens[j] in _LIST_FA), len(tokens))
            run = [] if of_them else _persian_run(tokens, k, end)
            if not run:
                # "their names", "name them" («کدوم معاهده‌ها رو امضا کرده؟ اسم ببر»): of the thing
                # asked with "which" before
                which = next((j for j in range(i - 1, -1, -1) if tokens[j] in _WHICH_ASKED_FA), None)
                if which is not None:
                    run = _persian_run(tokens, which + 1, i)
            return run
    return []


# "all", "each one", "the full list" (Persian, Finglish): every one of them asked by name
_EVERY_FA = frozenset("همه تمام تک کامل کاملشون کاملشونو لیست لیستشون لیستشونو فهرست hame tamam kamel list".split())
# ... in Finglish as typed: text.words drops "hame", "tamame" as function words
_EVERY_FINGLISH = frozenset("hame hameye hamye tamam tamame tamoom tamume kamel kamelesh kameleshun".split())


def _every_name_fa(tokens: Sequence[str], requested: Sequence[int], question: str = "") -> bool:
    """Whether a Persian or Finglish question asking names (`_names_requested_fa`) asks for every
    one of them: "all", "each", "the full list", or their count ("اسم همه ۱۲ داوطلب", "esme hame
    davtalab ha chie?")."""
    if not requested or _NAME_FA.isdisjoint(tokens[: requested[0]]):
        return False  # English "names of": as English reads it
    if any(t in _EVERY_FA or t.isdigit() for t in tokens):
        return True
    return not _EVERY_FINGLISH.isdisjoint(re.findall(r"[a-z]+", question[:1000].lower()))


# Adjectives before a role that name no other role: "who was the intended recipient", "who is the
# actual author" ask who the recipient, the author is. Not "main" or "original" (one of several).
_ROLE_HEDGES = frozenset("intended actual real".split())


def _who_the(tokens: Sequence[str]) -> list[int]:
    """Positions of the role a question asks to be named: "who is the **special rapporteur**",
    "the name of the **rapporteur**" (a definite description; "who is Raha Bahreini" names her).
    One person: "who are the signatories" may be answered by saying who they are as a group."""
    for i, word in enumerate(tokens):
        k = None
        if word == "who" and _opens(tokens, i):
            k = i + 1
            if k < len(tokens) and tokens[k] in ("is", "was"):
                k += 1
        elif word == "name" and tokens[i + 1 : i + 2] == ["of"]:
            k = i + 2
        if k is None or tokens[k : k + 1] != ["the"]:
            continue
        found = _noun_run(tokens, k + 1)
        if found:
            return found
    return []


# "what does the letter say about X", "anything on X", "what's its take on X": the words before
# "about" / "on" / "regarding" that make the rest of the question a subject, not a question.
_TOPIC_LEADS = frozenset(
    "say says said saying anything something what how take stance position view views think "
    "tell written write writes info information more details".split()
)


# Words that stand for "the subject" itself in such a question ("the visas thing", "the situation
# of women"): general English, dropped from the subject.
_SUBJECT_FILLERS = frozenset(
    "thing things stuff situation situations issue issues matter matters topic topics subject "
    "question questions case business deal part bit".split()
)


def _topic_start(tokens: Sequence[str]) -> int | None:
    """Where the subject of a "what does it say about X" question starts, if it is one."""
    for i, word in enumerate(tokens):
        if i == 0 or tokens[i - 1] not in _TOPIC_LEADS:
            continue
        if word in ("about", "regarding", "concerning") or (
            word == "on" and tokens[i - 1] not in ("say", "says", "said", "what", "how", "tell")
        ):
            return i + 1 if i + 1 < len(tokens) else None
    return None


_COUNT_NOUNS = frozenset("count tally toll total totals statistics stats".split())


def counted_before(tokens: Sequence[str]) -> list[int]:
    """Positions of the words a count is asked of without "how many": "the vote count", "what's
    the death toll" (the word before the count noun)."""
    return [
        i - 1
        for i, word in enumerate(tokens)
        if word in _COUNT_NOUNS and i > 0 and tokens[i - 1] not in FRAME_WORDS and tokens[i - 1] not in STOP_WORDS
    ]


# "what does the letter say about X", "does it talk about X"
_SAY_ABOUT = frozenset("say says said saying talk talks talking".split())


def said_about(tokens: Sequence[str]) -> list[int]:
    """Positions of the subject a question asks what the sources say about: the noun phrase
    right after "say about", "talk about" ("what does the letter say about **internet
    censorship**"); not a clause ("talk about how the regime treats women"), nor a word that
    stands for the subject itself ("womens rights stuff")."""
    found: list[int] = []
    for i, word in enumerate(tokens):
        if word == "about" and i > 0 and tokens[i - 1] in _SAY_ABOUT:
            k = i + 1
            while k < len(tokens) and tokens[k] in ("the", "a", "an", "its", "their"):
                k += 1
            found += [j for j in _noun_run(tokens, k) if tokens[j] not in _SUBJECT_FILLERS]
    return found


_QUALIFIERS = Path(__file__).with_name("data") / "en-qualifiers.txt"


@functools.cache
def _qualifiers() -> Mapping[str, tuple[str, ...]]:
    """data/en-qualifiers.txt: adjective -> the nouns it stands for, read once."""
    table: dict[str, tuple[str, ...]] = {}
    for n, line in enumerate(_QUALIFIERS.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        adjective, sep, nouns = line.partition("=")
        if not sep or not adjective.strip():
            raise ValueError(f"{_QUALIFIERS}:{n}: expected 'adjective = noun, noun, ...'")
        table[adjective.strip().lower()] = tuple(w.strip().lower() for w in nouns.split(",") if w.strip())
    return table


# a plural or ezafe typed apart from its noun: "vaede haye", «وعده ها ی»
_SUFFIXES_APART = frozenset("ha haye hay hai ye e ها های ی".split())
_QUALIFIERS_FA = Path(__file__).with_name("data") / "fa-qualifiers.txt"


@functools.cache
def _qualifiers_fa() -> Mapping[str, tuple[str, ...]]:
    """data/fa-qualifiers.txt: each Persian or Finglish spelling of an adjective -> the words
    whose mention covers it (its own Persian spelling among them), read once."""
    table: dict[str, tuple[str, ...]] = {}
    for n, line in enumerate(_QUALIFIERS_FA.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        spellings, sep, covering = line.partition("=")
        forms = [normalize(w.strip()).lower() for w in spellings.split(",") if w.strip()]
        if not sep or not forms:
            raise ValueError(f"{_QUALIFIERS_FA}:{n}: expected 'adjective, spelling, ... = word, word, ...'")
        covers = (*(w.strip().lower() for w in covering.split(",") if w.strip()), *(f for f in forms if has_script(f)))
        for form in forms:
            table[form] = covers
    return table


def qualified_by(adjective: str) -> tuple[str, ...]:
    """The nouns an adjective qualifying a noun stands for ("gender": women, men, sex ...;
    data/en-qualifiers.txt); none for a word not listed."""
    return _qualifiers().get(adjective, ())


# The words `mentioned_terms` starts a run after (by `ends`); a question with none of them
# needs no sentence ends.
_MENTION_LEADS = _MENTION_VERBS | {"about", "on"}


def mentioned_terms(tokens: Sequence[str], ends: Sequence[int] = ()) -> list[int]:
    """Positions of the words a question asks to be mentioned: "does the letter mention X",
    "is X mentioned", "what about X", "anything about X". `ends`: where the message's sentences
    end (`_sentence_ends`); what is asked to be mentioned ends with its sentence ("The letter
    mentions arbitrary detention. Which groups ...?" asks nothing mentioned of the second)."""
    found: list[int] = []
    for i, word in enumerate(tokens):
        start = None
        if (
            (word in _MENTION_VERBS and i > 0 and tokens[i - 1] not in ("was", "were", "is", "are", "being"))
            or (word == "about" and i > 0 and tokens[i - 1] in ("what", "anything", "something", "how"))
            or (word in ("on",) and i > 0 and tokens[i - 1] == "anything")
        ):
            start = i + 1
        if start is None or _refers_back(tokens, start):
            continue  # "saw something about that on reddit": what it is about was said before
        end = next((e for e in ends if e > i), len(tokens))
        for j in range(start, end):
            if tokens[j] in _MENTION_VERBS or tokens[j] in ("in", "by", "from", "according"):
                break
            if _measure_of(tokens, j):
                continue  # "the level of cooperation": the cooperation is what is asked
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


def _year_start(tokens: Sequence[str], j: int, month: str) -> bool:
    """January after "since" or "from": the start of a year, not a month asked about."""
    return month == "january" and j > 0 and tokens[j - 1] in ("since", "from")


def _covered_alternative(tokens: Sequence[str], j: int, said: frozenset[str]) -> bool:
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


# a number with thousands separators ("1,000", "12,500,000"): one figure (`check`)
_THOUSANDS = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
_PERCENT = re.compile(r"\s*%")
_RELATIVE = frozenset("last past previous".split())  # not "next week", "this week": the asker's plans
_UNITS = frozenset("year years month months week weeks decade decades century centuries".split())


# The same in Finglish, as `text.words` folds it: the unit, then "last" ("sale ghabl", "sal-e
# gozashte", "mahe pish"), or one word ("parsal", last year; "diruz", yesterday).
_UNITS_FINGLISH = frozenset("sal sale mah hafteh dahe dahah".split())
_RELATIVE_FINGLISH = frozenset("ghabl guzasht pish".split())
_RELATIVE_WORDS = frozenset("yesterday parsal diruz".split())


def _relative_times(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each time said relative to now ("last year's letter", "in the past 12
    months", "yesterday"; Finglish "sale ghabl"): a time the sources must give some time for."""
    found = []
    for i, word in enumerate(tokens):
        if word in _RELATIVE_WORDS:
            found.append((i, i + 1))
        elif word in _UNITS_FINGLISH and i + 1 < len(tokens) and tokens[i + 1] in _RELATIVE_FINGLISH:
            found.append((i, i + 2))
        elif word in _RELATIVE:
            k = i + 1
            while k < min(len(tokens), i + 3) and (_number(tokens[k]) is not None or tokens[k] in ("few", "couple")):
                k += 1
            if k < len(tokens) and tokens[k] in _UNITS:
                found.append((i, k + 1))
    return found


_AFTER = frozenset(("since", "after"))
_AFTER_FA = frozenset(("بعد", "پس"))  # "بعد از X", "پس از X": after X
_AFTER_ANY = _AFTER | _AFTER_FA
# Persian question words: "بعد از نامه **چند** نفر ...", after the letter, how many ...; what
# follows the time is the question, not another event ("بعد از نامه سازمان ملل")
_ASKING_FA = frozenset("چند تعداد چی چه چرا چطور چطوری چگونه کجا کی آیا کدام کدوم".split())
# ... in Finglish: "ba'd az nameh", "pas az in nameh" (read in the question as typed: `text.words`
# drops "az"), the noun told by its consonants
_AFTER_FINGLISH = frozenset("bad baad baed pas".split())
_FINGLISH_SUFFIXES = frozenset("ha haye hay hai".split())  # a plural typed apart ("nameh ha")
_THIS_FINGLISH = frozenset("in un oon an".split())
_THE = frozenset("the this that its their these those".split())
_PASSIVE = frozenset("was were got had been is are".split())
# what may stand between a passive's "was" and its participle ("was re-elected", "had been fired")
_BEFORE_PARTICIPLE = frozenset("re been being not just finally first".split())


def _passive_of(tokens: Sequence[str], m: int) -> bool:
    """Whether the "was"/"is"/"had" ... at `m` opens a passive or perfect ("was elected", "had
    been fired"): a participle follows, not a subject ("is the lighthouse working")."""
    k = m + 1
    while k < len(tokens) and tokens[k] in _BEFORE_PARTICIPLE:
        k += 1
    return k < len(tokens) and bool(predicates.doings(tokens[k]))


# "right now", "currently", "the current X", Persian "الان", "در حال حاضر": the asker's present
# Persian "امسال", Finglish "emsal" (this year) too: the asker's year, which a figure "since
# 2017" says nothing of. (Not English "this year": the held-out English sets ask it of the
# sources' own year, as a reader of the letter when it was new, and count it answered.)
_NOW = {("right", "now"): 2, ("at", "present"): 2, ("currently",): 1, ("current",): 1, ("nowadays",): 1}
_NOW_FA = {
    ("الان",): 1,
    ("الآن",): 1,
    ("اکنون",): 1,
    ("هم", "اکنون"): 2,
    ("حال", "حاضر"): 2,
    ("alan",): 1,
    ("امسال",): 1,
    ("emsal",): 1,
}
# "in the end", Persian "آخرش", "در نهایت": the outcome of what the sources leave open
_IN_THE_END: dict[tuple[str, ...], int] = {
    ("in", "the", "end"): 3,
    ("اخرش",): 1,
    ("آخرش",): 1,
    ("در", "نهایت"): 2,
    # "finally", "eventually" (Persian; Finglish as typed, `_IN_THE_END_TYPED`)
    ("بالاخره",): 1,
    ("سرانجام",): 1,
    # "since then" («از اون موقع تا الان», «از آن زمان به بعد»): after what the sources tell of
    **{("از", that, when): 3 for that in ("اون", "ان", "این") for when in ("موقع", "زمان", "وقت")},
    ("از", "اون", "به", "بعد"): 4,
    ("از", "ان", "به", "بعد"): 4,
    ("از", "این", "به", "بعد"): 4,
    # ... in Finglish, where "az" is dropped: "az oon moghe ta alan" (to now, so not "oon moghe", then)
    **{(that, when, now): 3 for that in ("un", "in") for when in ("mugh", "zaman") for now in ("alan", "hala")},
}
# Finglish "in the end", "finally" as typed, by the word `text.words` folds it to ("akharesh":
# folded, it is "akharin", latest, too; "belakhare" in a Finglish sentence is "belakhar")
_IN_THE_END_TYPED = {
    "akhar": frozenset("akharesh akharesham akharsh".split()),
    **{folded: frozenset(("belakhare", "bellakhare", "balakhare", "belakhareh", "bellakhareh", "balakhareh"))
       for folded in ("belakhar", "bellakhar", "balakhar", "belakhare", "bellakhare", "balakhare")},
}  # fmt: skip


def _in_the_end_typed(question: str, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """Finglish "akharesh", "belakhare" (in the end, finally: "atashfeshan akharesh khamush shod?"),
    read as typed, since `text.words` folds them ("akharesh" as it folds "akharin", latest):
    (start, end) in `tokens`, the word. None in a question that sums up (`sums_up`)."""
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


def _initials(texts: Iterable[str]) -> frozenset[str]:
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


_LATER_WORDS = frozenset(
    (*_AFTER, *_AFTER_FA, "current", *(key[0] for table in (_NOW, _NOW_FA, _IN_THE_END) for key in table))
)


# A time before the sources, in everyday English ("has the island ever had a keeper, like in the
# past"): no word of any one FAQ. `ScopeIndex._earlier` reads them and "before <the FAQ's subject>".
_EARLIER = {
    ("in", "the", "past"): 3,
    ("back", "then"): 2,
    ("in", "the", "old", "days"): 4,
    ("in", "earlier", "years"): 3,
    ("previously",): 1,
    ("historically",): 1,
    ("formerly",): 1,
}
_OTHER_WORDS = frozenset(("other", "else"))
_EARLIER_WORDS = frozenset((*(key[0] for key in _EARLIER), "before"))
_SPAN_WORDS = frozenset("few several couple decade decades".split())
# What says an entry speaks of a time before another ("before the letter", "in previous years")
_EARLIER_SAID = frozenset(stem(w) for w in "before previous previously earlier ago since former formerly".split())
# "before getting re-elected", "before becoming president": the event is the word after
_BECOMING = frozenset(("being", "getting", "becoming"))


def _by_stem(found: Iterable[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word in found:
        out.setdefault(stem(word), set()).add(word)
    return {st: frozenset(ws) for st, ws in out.items()}


def _listed(*texts: Sequence[Sequence[str]]) -> frozenset[str]:
    """Stems of the things an entry's own question or a phrasing asks for a list of ("what
    concerns does the letter raise", "which named organisations signed": "concern",
    "organisation"): a plural after "what" or "which", within its first three words. Asked
    "what other concerns does it raise", such an entry gives them all (`_Covered.others`)."""
    found: set[str] = set()
    for toks in itertools.chain(*texts):
        for i, w in enumerate(toks[:-1]):
            if w not in ("what", "which") or not _opens(toks, i):
                continue
            for x in toks[i + 1 : i + 4]:
                if not _content(x) or x in _AUX:
                    break
                if x.endswith("s") and not x.endswith("ss") and stem(x) != x:
                    found.add(stem(x))
    return frozenset(found)


def _role_asked(clause: str) -> list[str]:
    """The words of the role or thing a clause asks what it does or is ("what does a keeper do",
    "what is a rapporteur", "who is a keeper": "keeper"), up to its first stop word ("what's the
    name of the amnesty official" asks a name). Not "who is (the) X": that asks which person
    holds a post ("who is the amnesty official quoted"), not what one does (`_Covered.roles`)."""
    m = _ROLE_DOES.match(clause) or _DEFINITION.match(clause)
    if m is None or (
        m.re is _DEFINITION and _WHO_IS_ONE.match(clause) is None and clause.lstrip()[:3].lower() == "who"
    ):
        return []
    return list(itertools.takewhile(lambda w: w not in STOP_WORDS, words(m["x"] or m["y"])))


def _alternatives(predicate: predicates.Predicate, question: str) -> list[str]:
    """The comparatives a state question offers beside its own ("better" of "is it getting worse
    or better", of "is it worse, better or the same"): any said answers it."""
    said = [w.lower() for w in words(question[:1000])]
    if predicate.word not in said:
        return []
    at = said.index(predicate.word)
    offered = said[at + 1 : at + 5]  # "worse or better", "worse, better or the same"
    return [w for w in offered if predicates.comparative(w)] if "or" in offered else []


def _says_state(covered: _Covered, word: str, said_only: bool = False) -> bool:
    """Whether the entry says the state `word` (an English adjective or comparative) or one of
    its everyday synonyms, by word: a form of the word itself ("hazards" of "hazard",
    "deteriorated" of "deteriorate"), not a shorter word of the same stem ("law" is not "lawful")
    nor an adverb or a modifier of another word (`_Covered.states`)."""
    states = covered.said_states if said_only else covered.states
    return any(
        len(said) >= len(form) - 1 for form in predicates.synonym_words(word) for said in states.get(stem(form), ())
    )


# Words after an adjective that it does not qualify ("unsafe and closed", "safe for visitors"),
# among them the adverbs that may end a clause after it ("the crater is dangerous today").
_JOINING_WORDS = frozenset(
    "and or but nor for after before than as because since with by enough now again yet if when though "
    "until while so then today tonight nowadays anymore still already here there everywhere anywhere "
    "overnight too indeed overall".split()
)


def _adverb(word: str) -> bool:
    """Whether `word` is an adverb made of an English adjective ("legally", "constructively";
    not "fly", "reply")."""
    return len(word) > 5 and word.endswith("ly") and (is_english(word[:-2]) or is_english(word[:-1] + "e"))


def _modifier(tokens: Sequence[str], i: int) -> bool:
    """Whether word `i` qualifies another: an adverb made of an English adjective ("legally",
    "safely"), or an adjective right before a word it qualifies ("legal force", "safe harbour")."""
    word = tokens[i]
    if _adverb(word):
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        predicates.adjective(word)
        and following.isalpha()
        and following not in STOP_WORDS
        and following not in _JOINING_WORDS
        and not (following.endswith("ly") and is_english(following[:-2]))  # "safe lately"
    )


def _spans(tokens: Sequence[str], table: Mapping[tuple[str, ...], int]) -> list[tuple[int, int]]:
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
        toks[i] in _AFTER and noun in (stem(w) for w in toks[i + 1 : i + 4])
        for toks in said_tokens
        for i in range(len(toks))
    )


# "how old", "how long": an age or a span of time, which an entry gives when it says one (or a
# date, from which either follows), or when its phrasings ask it
_HOW = {("how", "old"): "age", ("how", "long"): "duration"}
_AGE_WORDS = frozenset("age aged old born".split())


# "when did X last / first ...", Persian "آخرین بار کی", Finglish "akharin bar ... kei"
_EXTREMES = frozenset("last first اخرین آخرین اولین اول akhar avalin".split())  # "اولین" reads "اول"
_UNIT_STEMS = frozenset(stem(w) for w in _UNITS)
_WHEN_WORDS = frozenset(("when", "what", "which", WHEN_FA, "کی", "kei"))


def _extreme_times(tokens: Sequence[str], types: frozenset[str]) -> list[int]:
    """Positions of "last" / "first" in a question asking when something last or first
    happened (not "the last 12 months", a time the question gives)."""
    persian_when = "کی" in tokens or "kei" in tokens
    if "when" not in types and not persian_when:
        return []
    return [
        i
        for i, w in enumerate(tokens)
        if w in _EXTREMES
        and not (i + 1 < len(tokens) and (tokens[i + 1] in _UNITS or _number(tokens[i + 1]) is not None))
    ]


def _as_written(question: str, word: str, written: _Written, nth: int = 0) -> str:
    """The clause of `question` that holds `word` (as the user typed it), without its end mark:
    the `nth` such clause when there are more (the second "why" of a message)."""
    typed = written.forms.get(word, word)
    holding = [part for part in _CLAUSE_BREAK.split(question[:4000]) if typed in part]
    if holding:
        return holding[min(nth, len(holding) - 1)].strip(" ?\u061f!.")
    return question[:200].strip(" ?\u061f!.")


def _typed_span(question: str, span: Sequence[str], written: _Written, at: int = 0) -> str:
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


def _how_kinds(tokens: Sequence[str]) -> list[tuple[int, str]]:
    return [(i, _HOW[pair]) for i, pair in enumerate(itertools.pairwise(tokens)) if pair in _HOW]


class ScopeIndex:
    """What each entry covers, built once with the matcher; checked only for the chosen entry."""

    def __init__(
        self,
        entries: Iterable[tuple[str, Sequence[str], Sequence[str]]],
        repair: Callable[[str], str] = lambda w: w,
        max_chars: int = 500,
        topics: Mapping[str, Sequence[str]] | None = None,
        speakers: Mapping[str, Sequence[str]] | None = None,
    ):
        """`entries`: (entry id, what it says: answer, quotes, attributions and question, how
        people ask it: phrasings). `repair` maps a misspelt word to the FAQ word it means.
        `speakers`: entry id -> who speaks in the sources it quotes (keys and descriptions).
        `topics`: entry id -> its own questions (in every language), what the entry is about:
        "what is X" is answered in full only by an entry whose question names X."""
        self._repair = repair
        self._topics = {
            eid: frozenset(stem(w) for text in texts for w in words(text)) for eid, texts in (topics or {}).items()
        }
        # A translation's texts (in Persian script) add only their Persian words to what an entry
        # says and counts (`_persian_said`); names, numbers, dates and kinds of fact are read from
        # the texts in the FAQ's own language, as before translations.
        split = [(eid, *_by_script(said, phrasings)) for eid, said, phrasings in entries]
        said_everywhere: list[str] = [text for _, said_texts, _, _ in split for text in said_texts]
        # Names the FAQ's own texts write as names ("farda", "bahreini": see claims.known_names),
        # and every word of the capitalised runs they stand in ("radio" of "Radio Farda").
        self._names = known_names(said_everywhere)
        self._name_words = frozenset(word for text in said_everywhere for word in _Written.read(text, len(text)).runs)
        # ... and their consonants (persian.skeleton), the same in Persian script: "رادیو فردا"
        # is "radio farda" as a Persian question writes it (one consonant tells too little)
        self._name_skeletons = _skeletons_of(self._names)
        self._name_word_skeletons = _skeletons_of(self._name_words)
        # ... and as a Persian question translates them (data/fa-glossary.txt): "عفو بین الملل"
        # is the FAQ's "Amnesty International", whose consonants are no Persian word's
        self._translated_names = _translated_names(said_everywhere, len(max(said_everywhere, key=len, default="")))
        # ... and what the entries' own questions ask to be described ("Who is Raha Bahreini, and
        # where did she speak?"): "what is X" is answered in full only by an entry whose question
        # asks what X is, not by one that names X in passing ("What does the letter ask the UN
        # General Assembly to do?")
        self._defined = {eid: self._defined_words(texts) for eid, texts in (topics or {}).items()}
        self._max_chars = max_chars
        self._covered: dict[str, _Covered] = {}
        self._vocabulary: set[str] = set()  # every stem the FAQ uses anywhere
        self._numbers: set[int] = set()  # every number it uses
        # (number, stem) of each figure the FAQ states ("34 NGOs"): a figure that names a thing
        # ("the 34 NGOs want ..."), not one a statement gives of another
        self._figures: set[tuple[int, str]] = set()
        # Names most entries write ("Iran", "UN" in a campaign's FAQ on Iran at the UN) are its
        # subject; next to a role ("UN special rapporteurs") they name nobody in it.
        spread = Counter(
            name for _, said_texts, _, _ in split for name in self._names.intersection(words(" ".join(said_texts)))
        )
        self._subject_names = frozenset(name for name, n in spread.items() if n * 3 > len(split))
        # names of people and things the FAQ writes, not of the place it is about ("iran") nor of
        # bodies it names in most entries ("un"): whose age, title or address one may ask
        self._people = frozenset(
            name for name in self._names if name not in PLACES and name not in GROUPS and len(name) > 3
        ) - {name for name in self._subject_names if spread[name] * 2 > len(split)}
        self._own: dict[str, frozenset[str]] = {}  # entry id -> the words of its own questions
        labels: dict[str, list[set[str]]] = {}
        for entry_id, said_texts, phrasings, translated in split:
            labels[entry_id] = self._add_entry(
                entry_id, said_texts, phrasings, (topics or {}).get(entry_id, ()), translated
            )
        self._said_vocabulary = frozenset().union(*(c.said for c in self._covered.values()))
        # entry id -> the stems of whose words it can give: who speaks in its sources, and whom
        # its phrasings ask the words of ("what did the keeper say")
        # (only of the entries `speakers` tells of: without it, whose words they give is unknown)
        self._voices = {
            eid: frozenset(st for text in speakers[eid] for st in _speaker_words(text))
            | frozenset(stem(w) for t in phrasings if (asked := _words_asked(t)) for w in asked[1])
            for eid, _, phrasings, _ in split
            if speakers is not None and eid in speakers
        }
        # entries whose phrasings ask what the asker can do ("how can i sign the petition"), or
        # whose answer and quotes speak to the reader ("you can ...")
        self._advises = frozenset(
            eid
            for eid, said_texts, phrasings, _ in split
            if any(own_action(t) for t in phrasings) or any(re.search(r"\byou\b", t, re.IGNORECASE) for t in said_texts)
        )
        self._initials = _initials(said_everywhere)
        # Words most entries use ("letter", "iran"): the FAQ's subject, asked about in every entry.
        used = Counter(st for c in self._covered.values() for st in c.said | c.asked)
        self._common = frozenset(st for st, n in used.items() if n * 2 > len(self._covered) and n >= 3)
        # ... by their consonants, for Finglish: the Persian ones and the Finglish ones
        self._common_skeletons = frozenset(
            key
            for st in self._common
            if st not in STOP_WORDS and (has_script(st) or (st.isalpha() and not is_english(st)))
            if len(key := skeleton(st)) >= 2
        )
        self._labels = {eid: self._short_labels(texts) for eid, texts in labels.items()}

    def prepare(self) -> None:
        """Make now the consonant tables (persian.skeleton) the first Persian and Finglish
        questions would otherwise make: each entry's (`_Covered.known_skeletons` and the others,
        ~0.5 ms an entry for the shipped FAQ, once) and the FAQ's (`_vocabulary_skeletons`)."""
        for covered in self._covered.values():
            _ = covered.known_skeletons, covered.said_skeletons, covered.counted_skeletons
        _ = self._vocabulary_skeletons

    def _short_labels(self, labels: Iterable[set[str]]) -> frozenset[frozenset[str]]:
        return frozenset(frozenset(label - self._common) for label in labels if len(label - self._common) <= 3)

    def _add_entry(
        self,
        entry_id: str,
        said_texts: Sequence[str],
        phrasings: Sequence[str],
        own_texts: Sequence[str],
        translated: Sequence[str] = (),
    ) -> list[set[str]]:
        """Index one entry against the FAQ-wide names (`_names`, `_subject_names`): its coverage,
        its own words; returns its phrasings' labels (before the FAQ's common words are taken out)."""
        subject_names = self._subject_names
        said_tokens = [[_normal(w) for w in words(t)] for t in said_texts]
        own_tokens = [[_normal(w) for w in words(t)] for t in own_texts if not has_script(t)]
        asked_tokens = [[_normal(w) for w in words(t)] for t in phrasings]
        said = {stem(w) for toks in said_tokens for w in toks}
        asked = {stem(w) for toks in asked_tokens for w in toks}
        counted: set[str] = set()
        gives_cause = False
        for toks in (words(t) for t in translated):
            said |= {stem(w) for w in toks if has_script(w)}
            gives_cause = gives_cause or _gives_cause(toks)
            counted |= {st for st in _counted_after_numbers(toks) if has_script(st)}
        for toks in said_tokens:
            counted |= _counted_after_numbers(toks)
        for toks in asked_tokens:
            if "count" in question_types(toks):
                counted |= {stem(toks[j]) for j, _ in counted_terms(toks)}
            if _COUNT_NOUNS.intersection(toks):  # "death penalty stats": what is counted
                counted |= {stem(w) for w in toks}
        numbers = {n for toks in [*said_tokens, *asked_tokens] for w in toks if (n := _number(w)) is not None}
        figures = frozenset(
            (n, stem(w))
            for toks in said_tokens
            for i, t in enumerate(toks)
            if t[:1].isdigit() and (n := _number(t)) is not None
            for w in toks[i + 1 : i + 4]
        ) | _spelled_figures(said_texts)
        numbers |= {n for n, _ in figures}  # "two thousand flowers" says 2000, as "2,000 flowers" does
        kinds = set(answer_types(" ".join(said_texts)))
        said_words = {w for toks in said_tokens for w in toks}
        if not said_words.isdisjoint(_AGE_WORDS):
            kinds.add("age")  # how old someone or something is (or a date: see `check`)
        if not said_words.isdisjoint(_UNITS):
            kinds.add("duration")  # a span of time: how long
        for toks in asked_tokens:
            kinds |= {_HOW[pair] for pair in itertools.pairwise(toks) if pair in _HOW}
        named: dict[str, set[str]] = {}
        identified = set(said)
        kind_words: dict[str, set[str]] = {}
        count_asked: set[str] = set()
        subjects = {stem(toks[j]) for toks in own_tokens for j in _wh_subjects(toks)}
        for toks in asked_tokens:
            if "count" in question_types(toks):
                count_asked |= {stem(w) for w in toks}
            subjects |= {stem(toks[j]) for j in _wh_subjects(toks)}
            kinds |= question_types(toks)
            for kind in question_types(toks) & {"where", "when"}:  # "on what date": when
                kind_words.setdefault(kind, set()).update(stem(w) for w in toks)
            if any(w == "who" and _opens(toks, i) for i, w in enumerate(toks)):
                kinds.add("who")  # asked who someone is: its answer says who, by name or not
            # "who is the woman quoted", "which show did she speak on": the FAQ's authors say
            # this entry tells who or which that is.
            for j in _who_the(toks):
                named.setdefault(stem(toks[j]), set()).add("")
            identified |= {stem(toks[j]) for j in _asked_what(toks)}
        for toks in said_tokens:
            if any(w in PLACES for w in toks):
                kinds.add("where")
        if any(_URL.search(t) for t in said_texts) or any(_LINK_WORDS.intersection(toks) for toks in asked_tokens):
            kinds.add("link")  # it gives a web address, or its authors say it is asked for one
        if (
            gives_cause
            or any(_gives_cause(toks) for toks in said_tokens)
            or any(_WHY.intersection(words(t)) for t in own_texts)
        ):
            kinds.add("why")  # it says a cause or purpose, or its own question asks why
            kinds.add("cause")  # ... in what it says, not only in how people ask (see `check`)
        if any(_WHY.intersection(toks) for toks in asked_tokens):
            # one of its phrasings asks why: its authors say it answers that, as the held-out
            # sets do ("why can't un experts travel to iran" of the entry saying iran refuses
            # visas, giving no reason, is answered in full there)
            kinds.add("why")
        sentences = [[_normal(w) for w in words(part)] for t in said_texts for part in _SENTENCE.split(t)]
        for toks in sentences:
            if any(toks[i : i + 2] == ["not", "name"] for i in range(len(toks))):
                kinds.add("unnamed")  # "the report does not name them": it answers who they are
            for i, word in enumerate(toks):
                if word in self._names and word not in subject_names:
                    for near in toks[max(0, i - _NEAR) : i + _NEAR + 1]:
                        named.setdefault(stem(near), set()).add(word)
        self._covered[entry_id] = _Covered(
            frozenset(said),
            frozenset(asked),
            frozenset(counted),
            frozenset(numbers),
            frozenset(kinds),
            {st: frozenset(names) for st, names in named.items()},
            frozenset(identified),
            {kind: frozenset(stems) for kind, stems in kind_words.items()},
            frozenset(count_asked),
            frozenset(subjects),
            frozenset(
                stem(w) for toks in said_tokens for i, t in enumerate(toks) if t in _AFTER for w in toks[i + 1 : i + 4]
            ),
            " " + " | ".join(" ".join(toks) for toks in said_tokens) + " ",
            frozenset(
                stem(w)
                for toks in asked_tokens
                if any(w in ("who", "which") and _opens(toks, i) for i, w in enumerate(toks))
                for w in toks
            ),
            _defined_stems(phrasings, asked_tokens, own_texts),
            held=held_spans([*said_texts, *translated], [t for t in phrasings if not has_script(t)]),
            owned=frozenset(
                stem(m["owned"].lower())
                for t in said_texts
                for m in _OWNED.finditer(t)
                if not m["owned"].lower().endswith(_AGENT_ENDINGS) and m["owner"].lower() not in _CONTRACTED
            ),
            **self._doings(said_texts, phrasings, translated, own_texts),
            states=_by_stem(
                w for toks in [*said_tokens, *asked_tokens] for i, w in enumerate(toks) if not _modifier(toks, i)
            ),
            figures=figures,
            said_states=_by_stem(w for toks in said_tokens for i, w in enumerate(toks) if not _modifier(toks, i)),
            others=frozenset(
                stem(toks[i + 1]) if w == "other" else "else"
                for toks in [*said_tokens, *asked_tokens]
                for i, w in enumerate(toks[:-1] if toks else ())
                if w == "other" or (w == "else" and i > 0 and toks[i - 1] in ("what", "who", "where"))
            )
            | frozenset("else" for toks in asked_tokens if toks[-1:] == ["else"] and "what" in toks[-3:])
            | _listed(own_tokens, asked_tokens),
            roles=frozenset(
                stem(_normal(w))
                for t in [*phrasings, *own_texts]
                for clause in _OWN_CLAUSE.split(t[:4000])
                for w in _role_asked(clause)
            ),
        )
        self._vocabulary |= said | asked
        self._numbers |= numbers
        self._figures |= figures
        # Its own question and its short phrasings ("death penalty", "executions in iran"),
        # which name what the entry is about rather than ask something of it.
        own = [[_normal(w) for w in words(t)] for t in own_texts]
        self._own[entry_id] = frozenset(stem(w) for toks in own for w in toks if w not in STOP_WORDS)
        return [{stem(w) for w in toks if w not in STOP_WORDS and w not in FRAME_WORDS} for toks in asked_tokens]

    def _doings(
        self,
        said_texts: Sequence[str],
        phrasings: Sequence[str],
        translated: Sequence[str],
        own_texts: Sequence[str] = (),
    ) -> dict[str, frozenset[str]]:
        """`_Covered.done` and `done_skeletons`: what an entry's texts say was done (a verb, not
        a noun: "the resolution was adopted", not "its adoption"), and what its phrasings and
        its own questions (`own_texts`) ask whether was done ("was the resolution adopted"): a
        phrasing that only names the doing ("what happens if the keeper is fired", "is there a
        ban") says nothing was; a quote that is a question is said, not asked."""
        done: set[str] = set()
        persian_done: set[str] = set()
        finglish_done: set[str] = set()
        for text in said_texts:
            if has_script(text):
                persian_done |= predicates.doings_fa(words(text))
            else:
                done |= predicates.doings(text)
        for text in own_texts:
            if not has_script(text):
                # the entry's own question vouches as a phrasing does ("are the rules binding?")
                done |= predicates.asked_doings(text, self._max_chars)
        for text in translated:
            persian_done |= predicates.doings_fa(words(text))
        for phrasing in phrasings:
            # its verbs ("missed chances to cooperate"), and what it asks whether was done
            language = persian_language(phrasing[: self._max_chars * 2])
            if language == "fa":
                persian_done |= predicates.doings_fa(words(phrasing))
            elif language == "fa-Latn":
                finglish_done |= predicates.doings_finglish(clean(phrasing[: self._max_chars * 2]).split())
            else:
                done |= predicates.asked_doings(phrasing, self._max_chars)
                # a short Finglish phrasing may read as English ("fanoos key automat shod")
                finglish_done |= predicates.doings_finglish(clean(phrasing[: self._max_chars * 2]).split())
                continue
            for predicate in predicates.read(phrasing, language, self._max_chars):
                if predicate.kind != "doing":
                    continue
                if predicate.script == "fa":
                    persian_done.add(predicate.word)
                elif predicate.script == "fa-Latn":
                    finglish_done |= {predicate.word, fold_word(predicate.word)}
                else:
                    word = _normal(predicate.word)
                    done |= {stem(word), *(stem(b) for b in predicates.bases(word))}
        said_done = {stem(w) for text in said_texts if not has_script(text) for w in predicates.doings(text)}
        done |= {stem(w) for w in persian_done} | {stem(w) for w in finglish_done}
        skeletons = {k for w in persian_done for k in _skeletons(w)} | {skeleton(w) for w in finglish_done}
        return {"done": frozenset(done), "done_skeletons": frozenset(skeletons), "said_done": frozenset(said_done)}

    def patched(
        self,
        entries: Iterable[tuple[str, Sequence[str], Sequence[str]]],
        topics: Mapping[str, Sequence[str]],
        repair: Callable[[str], str],
    ) -> ScopeIndex:
        """A copy with `entries` (changed or added, as for the constructor) indexed again against
        this index's FAQ-wide tables (names, subject names, common words), which are kept as they
        are: the interim index served while the exact one is built (engine.Engine.patched)."""
        copy = object.__new__(ScopeIndex)
        copy.__dict__.update(self.__dict__)
        copy._repair = repair
        copy._topics = dict(self._topics)
        copy._defined = dict(self._defined)
        copy._covered = dict(self._covered)
        copy._own = dict(self._own)
        copy._labels = dict(self._labels)
        copy._vocabulary = set(self._vocabulary)
        copy._numbers = set(self._numbers)
        copy._figures = set(self._figures)
        for entry_id, said, phrasings in entries:
            own = topics.get(entry_id, ())
            copy._topics[entry_id] = frozenset(stem(w) for text in own for w in words(text))
            copy._defined[entry_id] = copy._defined_words(own)
            said_texts, _, translated = _by_script(said, phrasings)
            labels = copy._add_entry(entry_id, said_texts, phrasings, own, translated)
            copy._labels[entry_id] = copy._short_labels(labels)
        copy._said_vocabulary = frozenset().union(*(c.said for c in copy._covered.values()))
        return copy

    def _fix(self, word: str) -> str:
        """The FAQ word a misspelt question word means; an English word stays itself ("public"
        is no typo of "republic", whatever the matcher's repair makes of it)."""
        return word if is_english(word) else self._repair(word)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_repair"}  # a bound method: set again on load

    def rebind(self, repair: Callable[[str], str]) -> ScopeIndex:
        self._repair = repair
        return self

    def _unknown_place(self, tokens: Sequence[str], j: int, question: str) -> bool:
        """A word after "in", "under", "at", "from" that neither English nor the FAQ knows, nor
        is a misspelling of one of the FAQ's words: a place or person written in lower case
        ("held in evin prison", "under ahmadinejad"), with or without an article before it ("in
        the hague", as "in hague" or "in The Hague" are read). Not in Finglish, whose "in" is "this"."""
        word = tokens[j]
        lead = j - 2 if j >= 2 and tokens[j - 1] == "the" else j - 1
        if lead < 0 or tokens[lead] not in _PLACE_LEADS or not word.isalpha():
            return False
        if word in capitals()[1]:
            # a capital is a city there ("executed in tehran"): a place, known to English or to the
            # FAQ's phrasings (which may use it for the government) or not (data/en-capitals.txt)
            return persian_language(question) == "en"
        if len(word) < 5:
            return False
        if is_english(word) or stem(word) in self._vocabulary or self._fix(word) != word:
            return False
        return persian_language(question) == "en"

    def _is_name(self, word: str, written: _Written) -> bool:
        """A place or group from the general lists, or a word the user capitalised inside a
        sentence that the FAQ never uses (names the FAQ does use, such as the country it is
        about or the body it addresses, belong to its subject)."""
        if word in GROUPS or word in PLACES:
            return True
        if word in written.acronyms and not self._said_vocabulary.intersection(stem(w) for w in _number_forms(word)):
            # "did iran sign CEDAW": an acronym no entry's sources write, in full or not
            # (phrasings may ask it: how people ask, not what the sources say)
            return word.removesuffix("s") not in self._initials
        if word in written.owners and not is_english(word) and stem(word) not in self._vocabulary:
            return True  # "raisi's government": an owner no dictionary and no entry knows is a name
        return word in written.runs and stem(self._fix(word)) not in self._vocabulary

    def _check_separated(self, question: str, entry_id: str) -> ScopeCheck:
        """`check` of a question with thousands separators: "1,000 people" is one figure, 1000,
        not "1" and "000 people" (`words` splits at the comma); the caveat writes it as typed."""
        typed = {m[0].replace(",", ""): m[0] for m in _THOUSANDS.finditer(question)}
        found = self.check(_THOUSANDS.sub(lambda m: m[0].replace(",", ""), question), entry_id)
        uncovered = tuple(
            dataclasses.replace(u, term=re.sub(r"\d+", lambda m: typed.get(m[0], m[0]), u.term))
            for u in found.uncovered
        )
        return dataclasses.replace(found, uncovered=uncovered)

    def check(self, question: str, entry_id: str) -> ScopeCheck:
        covered = self._covered.get(entry_id)
        if covered is None:
            return FULL
        question = _PERCENT.sub(" percent ", question)  # "what % of the vote": a count, as "percentage"
        if "," in question and _THOUSANDS.search(question):
            return self._check_separated(question, entry_id)
        tokens = [_normal(w) for w in words(question, self._max_chars)]
        written = _Written.read(question, self._max_chars)
        gaps: dict[int, Gap] = {}
        terms: dict[int, str] = {}
        absent: set[int] = set()  # gaps whose subject the entry's sources never mention
        types = question_types(tokens)
        if "count" in types and _VAGUE_COUNT.issuperset(tokens):
            # "how many people?", "چند نفر؟": a count of nothing the question names; whichever
            # entry ranks first, its figure answers a question the asker did not put. Offered
            # as "did you mean" (`ScopeCheck.answers_nothing`), never answered.
            term = question[: self._max_chars * 2].strip(" ?\u061f!.")
            return ScopeCheck(Scope.PARTIAL, (Uncovered(term, Gap.VAGUE, absent=True),))
        counted = counted_terms(tokens) if "count" in types else []
        counted += [(j, True) for j in counted_before(tokens)]
        if counted:
            for j, head in counted:
                word = self._fix(tokens[j])
                st = stem(word)
                if word in FRAME_WORDS:
                    continue
                if head and tokens[j - 1] in _COUNT_LEADS_FINGLISH and _finglish_noun(word) and len(skeleton(word)) < 2:
                    # too few consonants to compare by ("bahai": "b", as "bu" or "ab" would be):
                    # as typed (folded), against the words the entry counts, says, is asked with
                    if word not in covered.counted:
                        gaps[j] = Gap.FIGURE
                        if word not in covered.known:
                            absent.add(j)
                    continue
                if head and tokens[j - 1] in _COUNT_LEADS_FINGLISH and _countable_finglish(word):
                    # Finglish: by its consonants, against every word the entry counts; a word
                    # it never even says or is asked with ("chand ta moallem" of sources that
                    # never say teachers), as in English and Persian: refused, not a caveat
                    if skeleton(word) not in covered.counted_skeletons:
                        gaps[j] = Gap.FIGURE
                        if skeleton(word) not in covered.known_skeletons:
                            absent.add(j)
                    continue
                if not head and tokens[j - 2] in _COUNT_LEADS_FINGLISH and _countable_finglish(word):
                    # after a counter word ("chand nafar zan ..."): a word the entry never says
                    if skeleton(word) not in covered.known_skeletons:
                        gaps[j] = Gap.FIGURE
                        absent.add(j)
                    continue
                if (
                    st not in self._vocabulary
                    and not is_english(word)
                    and not has_script(word)
                    and not self._is_name(word, written)
                ):
                    # A typo or slang word nothing could be counted by; a Persian-script word that
                    # the typo repair left alone is a word ("معلم", teachers), as English ones are.
                    continue
                if st not in covered.counted if head else st not in covered.known:
                    gaps[j] = Gap.FIGURE
                    if st not in covered.known:
                        absent.add(j)  # "how many teachers" of sources that never say "teachers"
        for j in counted_as(tokens) if "count" in types else []:
            # "how many of the executed were women": the entry must at least say "women"
            word = self._fix(tokens[j])
            if j not in gaps and stem(word) not in covered.said and (is_english(word) or has_script(word)):
                gaps[j] = Gap.FIGURE
                if stem(word) not in covered.asked:
                    absent.add(j)
        for j in self._counted_as_finglish(question, tokens) if "count" in types else []:
            # as in Persian: said, or the caveat; never even asked, refused
            if j not in gaps and skeleton(tokens[j]) not in covered.said_skeletons:
                gaps[j] = Gap.FIGURE
                if skeleton(tokens[j]) not in covered.known_skeletons:
                    absent.add(j)
        for run in _counted_for(tokens) if "count" in types else []:
            # "how many were executed for drug offences": a figure for that cause, which the
            # entry's sources must at least name
            missing = [j for j in run if not self._says_word(covered, tokens[j])]
            # (a Finglish word by its consonants, as a word: a typo is told by nothing)
            known = any(is_english(t) or has_script(t) or _countable_finglish(t) for t in (tokens[j] for j in missing))
            if missing and known and not any(j in gaps for j in run):
                gaps[missing[0]] = Gap.FIGURE
                # the cause, up to its last word the entry does not say ("زلزله", not "زلزله فوران")
                shown = run[: run.index(missing[-1]) + 1]
                typed_forms: Mapping[str, str] = written.forms
                if any(tokens[j] not in typed_forms for j in shown):  # Finglish: words folded
                    typed_forms = _typed_forms(question[: self._max_chars * 2])
                terms[missing[0]] = " ".join(typed_forms.get(tokens[j], tokens[j]) for j in shown)
        for doer, j in _counted_doings(tokens) if "count" in types else []:
            # "how many people live in iran" of an entry counting executions: what the people
            # counted do must be what the entry says (or is asked) of them, and the entry must
            # count people at all ("how many people are locked up in evin" of one that counts
            # human rights defenders)
            word = self._fix(tokens[j])
            undone = stem(word) not in covered.said | covered.count_asked and (
                is_english(word) or stem(word) in self._vocabulary
            )
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            if (
                undone
                and after.isalpha()
                and after not in STOP_WORDS
                and after not in FRAME_WORDS
                and tokens[j - 1] not in _AUX | _BEFORE_VERB
            ):
                # "how many ppl did the iranian govt put to death": a subject of two words
                undone = stem(self._fix(tokens[j + 1])) not in covered.said | covered.count_asked
            uncounted = tokens[doer] != "ones" and {"peopl", "person"}.isdisjoint(covered.counted)
            if j not in gaps and (undone or uncounted):
                gaps[j] = Gap.FIGURE
                if undone and stem(word) not in covered.asked:
                    absent.add(j)  # "how many people live in ...": nothing they say people do
                stop = j + 2 if tokens[j + 1 : j + 2] in (["up"], ["out"], ["down"], ["away"]) else j + 1
                terms[j] = " ".join(written.forms.get(t, t) for t in (tokens[doer], *tokens[j:stop]))
        stated = stated_counts(tokens) if "count" not in types else []
        if stated and persian_language(question[: self._max_chars * 2]) != i18n.EN:
            stated = []  # English only: Persian and Finglish nouns follow other rules ("۴ سال اول")
        for i, j in stated:
            # "someone told me 440 teachers were executed", "were 440 women executed?": a figure
            # stated of a group the entry's sources give none for, read as "how many teachers"
            # is (no figure; refused when they never even say the word), and one they give
            # another figure for ("signed by 3 NGOs" of sources that say 34) never confirmed
            word = self._fix(tokens[j])
            st = stem(word)
            if not written.forms.get(tokens[i], tokens[i]).isdigit() and tokens[i] not in _ROUGH_COUNTS:
                continue  # an ordinal as typed ("2nd term"), which words() reads as "2"
            number = int(tokens[i]) if tokens[i].isdigit() else None
            forms = {st, stem(word + "s"), stem(word[:-1]) if word.endswith("s") else st}
            if j in gaps or i in gaps or (number is not None and any((number, f) in self._figures for f in forms)):
                continue  # (a figure the FAQ states names that thing: "the 34 NGOs", "that 34 ngo letter")
            typed = [re.escape(written.forms.get(t, t)) for t in tokens[i : j + 1]]
            if not re.search(r"(?<!\w)(?<!\d[,.])" + r"\s+".join(typed) + r"(?!\w)", question, re.IGNORECASE):
                # not one phrase as typed: "440 or 400? Need to ..." states nothing of "need"; nor
                # the digits after a thousands separator ("2,000 flowers" is no "000 flowers")
                continue
            if not (is_english(word) or st in self._vocabulary or self._is_name(tokens[j], written)):
                continue  # a typo or slang word: nothing to judge by
            if st not in covered.said and st not in covered.counted and word not in _PEOPLE:
                gaps[j] = Gap.FIGURE
                if st not in covered.asked:
                    absent.add(j)
            elif (
                number is not None
                and st in covered.counted
                and number not in covered.numbers
                and any(figured in forms for _, figured in covered.figures)
            ):
                gaps[j] = Gap.DIFFERS
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[i : j + 1])
        # the sentences are counted only for a question `mentioned_terms` reads them for (one
        # asking something to be mentioned, or about something: most have none of its words)
        mention = not _MENTION_LEADS.isdisjoint(tokens)
        mentioned = mentioned_terms(tokens, _sentence_ends(tokens, question, self._max_chars) if mention else ())
        for j in mentioned:
            st = stem(self._fix(tokens[j]))
            if j in gaps or st in covered.said:
                continue
            # "does the letter mention religious minorities" of quotes that say "minorities": a
            # qualifier of a word the sources do say narrows it, whatever phrasings ask
            qualifies = (
                j + 1 in mentioned
                and j + 2 not in mentioned  # right before the noun the run ends with
                and j - 1 not in mentioned  # first in it: "how iran treats women" has a verb there
                and stem(self._fix(tokens[j + 1])) in covered.said
                # "Yes." or "No." to whether the sources mention it (read only for such a run)
                and asks_yes_or_no(question)
            )
            if not covered.said.isdisjoint(stem(w) for w in qualified_by(tokens[j])):
                continue  # "gender discrimination" of sources that say "discrimination against women"
            if qualifies or self._is_name(tokens[j], written) or st not in covered.asked:
                gaps[j] = Gap.MENTION
                if qualifies:
                    terms[j] = " ".join(written.term(t) for t in tokens[j : j + 2])
        for j in said_about(tokens):
            # "what does the letter say about internet censorship": what the entry's sources say,
            # or its phrasings ask about, or nothing of it
            word = self._fix(tokens[j])
            if j not in gaps and stem(word) not in covered.known and is_english(word):
                gaps[j] = Gap.MENTION
        for j, word in enumerate(tokens):
            if j in gaps or word in STOP_WORDS:
                continue
            # (a month is a word of `MONTHS`, a year or a number starts with a digit: most words
            # are neither, and skip their reading)
            digit = word[:1].isdigit()
            month = month_of(tokens, j) if word in MONTHS else None
            if month is not None:
                # A month the entry's sources never write ("how many executions in december"),
                # like a year: the entry's figure is not one for that month. Not one that only
                # marks a year's start ("since jan 2017"), nor one of alternatives ("november or
                # december?") of which the sources write another.
                if {stem(word), stem(month)}.isdisjoint(covered.said) and not (
                    _year_start(tokens, j, month) or _covered_alternative(tokens, j, covered.said)
                ):
                    gaps[j] = Gap.MENTION
                continue
            if (
                digit
                and is_year(word)
                and not is_quantity(tokens, j)
                # "2000 flowers" of sources saying "two thousand flowers": their figure, no year
                and (int(word), stem(self._fix(tokens[j + 1])) if j + 1 < len(tokens) else "") not in covered.figures
            ):
                # A year the entry's sources never write ("which year is the letter from, 2017?"),
                # even one the FAQ uses elsewhere: the question guesses a fact this entry lacks.
                if word not in covered.said and not _covered_alternative(tokens, j, covered.said):
                    gaps[j] = Gap.MENTION
                continue
            number = _number(word) if digit else None
            if number is not None:
                # A number the FAQ uses elsewhere names the subject ("the 34 NGOs' letter"); one it
                # never uses, or small ones ("explain it like I'm 5"), asks something else.
                if (
                    number >= 10
                    and number not in covered.numbers
                    and number not in self._numbers
                    and not _reply_length(tokens, j)  # "in 50 words": how long the reply is
                ):
                    gaps[j] = Gap.MENTION
                continue
            if self._is_name(word, written) or (digit and is_year(word)) or self._unknown_place(tokens, j, question):
                st = stem(self._fix(word))
                # A name must be in what the entry says: a phrasing naming a group the quotes
                # never mention does not make the sources mention it. (Not an acronym offered as
                # an alternative: "sent to the general assembly or the HRC?" asks which.)
                alternative = word in written.acronyms and "or" in (*tokens[j - 2 : j], *tokens[j + 1 : j + 2])
                # An acronym one of the entry's own phrasings asks ("did fidh or chri sign the
                # letter") is one its authors say it answers, as a subject it is asked about.
                vouched = word in written.acronyms and st in covered.asked
                if st not in covered.said and not alternative and not vouched:
                    gaps[j] = Gap.MENTION
        for j in _asked_kinds(tokens, types):
            if j not in gaps and tokens[j] not in covered.kinds:
                gaps[j] = Gap.UNSAID
            elif j not in gaps:
                last = self._asked_of(tokens, j, covered, question)
                if last is not None:
                    gaps[j] = Gap.UNSAID
                    terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j : last + 1])
        for i, run in _by_question_word(_wh_subject_at(tokens) if covered.subjects else []).items():
            # "who wrote the resolution" of an entry on who wrote the letter: the same question of
            # another thing, though the FAQ knows both words; the entry answers it of its own
            fixed = [self._fix(tokens[j]) for j in run]
            forms = {stem(w) for word in fixed for w in _number_forms(word)}
            if i in gaps or any(j in gaps for j in run) or forms & covered.subjects:
                continue
            if not all(is_english(w) or stem(w) in self._vocabulary for w in fixed):
                continue  # a typo or slang word: nothing to judge by
            if any(self._is_name(tokens[j], written) or tokens[j] in self._names for j in run):
                continue  # names are checked as names
            gaps[i] = Gap.UNSAID
            end = _clause_end(tokens, i, question, self._max_chars)
            terms[i] = " ".join([tokens[i], *(written.forms.get(t, t) for t in tokens[i + 1 : end])])
        for j in _extreme_times(tokens, types):
            # "when did a rapporteur last visit iran": a date the entry must give, in a year or a
            # span ("in the last century"); a day and month alone ("dated November 7") do not say
            # which visit or year
            if j not in gaps and not covered.says_a_year_or_unit:
                gaps[j] = Gap.UNSAID
                start = next((i for i in range(j, -1, -1) if tokens[i] in _WHEN_WORDS), j)
                end = _clause_end(tokens, j, question, self._max_chars)
                if all(t in written.forms for t in tokens[start:end]):
                    terms[j] = " ".join(written.forms[t] for t in tokens[start:end])
                else:  # Persian: words folded ("کی" read as "when"), so the question as written
                    terms[j] = _as_written(question, tokens[j], written)
        for j, kind in _how_kinds(tokens):
            dated = kind == "age" and "when" in covered.kinds and self._people.isdisjoint(tokens)
            if j not in gaps and j + 1 not in gaps and kind not in covered.kinds and not dated:
                # (a date tells how old a thing is, "how old is this letter", not a person)
                gaps[j] = Gap.UNSAID
                end = _clause_end(tokens, j, question, self._max_chars)
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j:end])
        who_did = (
            _who_did(tokens, self._clause_starts(tokens, question)) if not gaps and _WHO_WHICH & set(tokens) else []
        )
        for i, v, subject in who_did:
            # "which country is sponsoring the resolution", "who founded this campaign": what
            # was done must be what the entry says, or asks who or which did it (not what the
            # FAQ's own subject does: "which violations does the letter highlight" asks what
            # it says)
            if subject is not None and stem(self._fix(tokens[subject])) in self._common:
                continue
            verb = self._fix(tokens[v])
            if stem(verb) in covered.who_words or not is_english(verb):
                continue
            if stem(verb) in covered.owned:
                continue  # "who's responsible for it" of sources that say "the authorities' responsibility"
            passive = tokens[v - 1] == "being"  # "which groups are being held": what was done to them
            if stem(verb) in covered.said and (subject is not None or "who" in covered.kinds or passive):
                # what the entry says was done ("which flowers do the bees visit"), or who did it
                # when it names who does things; not "who voted for it" of an entry that only
                # says what a vote would do
                continue
            if verb in _SAYING or verb in _LIGHT_VERBS or verb in FRAME_WORDS or tokens[v] in self._names:
                continue
            if not self._own_clause(tokens, i, v, question):
                continue
            gaps[i] = Gap.UNSAID
            if tokens[i] in ("which", "what"):
                # "what promises did <a name> make": the things asked are to be told apart by
                # what was done, which the sources never say, so nothing they say identifies
                # one (as a name asked of sources that name no one)
                absent.add(i)
            end = _clause_end(tokens, v, question, self._max_chars)
            terms[i] = " ".join(written.forms.get(t, t) for t in tokens[i:end])
        for j in _whys(tokens) if "cause" not in covered.kinds else []:
            # "why does iran refuse visas" of an entry that says it refuses, and no cause; a
            # phrasing asking why vouches only for a why whose answer is what the sources say
            # ("why can't experts travel there": iran refuses them visas), not for the cause of
            # what they state ("why does iran refuse them visas": `_why_of_said`)
            if "why" in covered.kinds and not self._why_of_said(tokens, j, question, covered):
                continue
            if j not in gaps and not any(
                k in gaps for k in range(j, _clause_end(tokens, j, question, self._max_chars))
            ):
                gaps[j] = Gap.UNSAID
                # the clause as written: its words once read drop what Finglish folds away
                # ("chera iran 440 nafar ro edam kard", not "chera iran 440 nafar edam")
                terms[j] = _as_written(question, tokens[j], written, tokens[:j].count(tokens[j]))
        for start, end in (
            _for_whats(tokens, question, self._max_chars) if _CAUSE_KINDS.isdisjoint(covered.kinds) else []
        ):
            # "what crimes were the 440 people executed for" of an entry that gives no cause (nor
            # is asked why): the reason asked, as "why" is (what the sources say follows)
            if not any(k in gaps for k in range(start, end)):
                gaps[start] = Gap.UNSAID
                terms[start] = _typed_span(question, tokens[start:end], written, start)
        for j in _links_asked(tokens, question) if "link" not in covered.kinds else []:
            # "is there a link to the full letter", "link e mosahebe ro dari?": a web address the
            # entry's sources never give (what they do say still answers the rest)
            if j not in gaps:
                gaps[j] = Gap.UNSAID
                terms[j] = _as_written(question, tokens[j], written)
        for j in _which_heads(tokens):
            forms = {stem(w) for w in _number_forms(self._fix(tokens[j]))}
            if j not in gaps and not forms & covered.identified:
                gaps[j] = Gap.UNSAID
            elif j not in gaps and (end := _members_asked(tokens, j, covered.text)):
                # "which journalists are in jail" of sources that list journalists among those
                # held and name none: the members of a kind the sources stop at
                gaps[j] = Gap.UNSAID
                absent.add(j)
                # "which specific journalists", "what journalists work ..." (`_what_of_another`)
                which = max((k for k in range(j) if tokens[k] in ("which", "what")), default=j)
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[which:end])
        for found in unheld_types(
            tokens,
            lambda i: _clause_end(tokens, i, question, self._max_chars),
            covered.said,
            covered.held,
            self._judged,
            written.owners,
        ):
            # "how are executions carried out" of an entry that gives no method, "what reforms
            # did he promise" of one that lists none (asked.py): the type of answer asked is not held
            if found.at not in gaps and not any(k in gaps for k in found.of):
                gaps[found.at] = Gap.UNSAID
                terms[found.at] = _typed_span(question, tokens[found.at : found.end], written, found.at)
        for start, clause in self._finglish_lists(question, tokens, covered) if not has_script(question) else []:
            if start not in gaps:
                gaps[start] = Gap.UNSAID
                terms[start] = clause
        # Spoken کی is "when" as well as "who": "تاریخش کیه" asks a date.
        persian_role = _who_the_fa(tokens, question[: self._max_chars * 2]) if "when" not in types else []
        role = _who_the(tokens) or persian_role
        requested = _names_requested(tokens) or _names_requested_fa(tokens, question)
        if requested and ("unnamed" not in covered.kinds or _every_name_fa(tokens, requested, question)):
            # (an entry that says its sources name none answers "what are their names", not a
            # list of every one of them, «اسم همه ۳۴ سازمان», which they cannot give)
            role = requested
        else:
            requested = []
        # an entry that tells who did something still does not name a role it never says ("who
        # is the letter's translator" of the entry on who wrote it)
        unsaid_role = any(
            not (j > role[0] and tokens[j] in _AGENT_SUFFIXES_FA)  # "مصاحبه کننده": the interview's doer
            and not (j < role[-1] and tokens[j] in _ROLE_HEDGES)  # "the intended recipient": the recipient
            and not self._says_word(covered, tokens[j])
            and stem(self._fix(tokens[j])) not in covered.asked
            and (is_english(self._fix(tokens[j])) or has_script(tokens[j]) or _countable_finglish(tokens[j]))
            for j in role
        )
        if role and ("who" not in covered.kinds or requested or unsaid_role) and not any(j in gaps for j in role):
            asked = set(tokens)
            if not any(covered.named.get(stem(self._fix(tokens[j])), frozenset()) - asked for j in role):
                gaps[role[0]] = Gap.NAME
                as_typed: Mapping[str, str] = written.forms
                if any(tokens[j] not in as_typed for j in role):  # Finglish: words folded, or from a glossary
                    as_typed = _typed_forms(question[: self._max_chars * 2])
                typed = [as_typed.get(tokens[j], tokens[j]) for j in role]
                terms[role[0]] = ("" if requested or persian_role else "the ") + " ".join(
                    w for k, w in enumerate(typed) if k == 0 or w != typed[k - 1]
                )
        for j, gap in gaps.items():
            if gap is Gap.UNSAID and j > 0 and j not in terms and tokens[j] not in ("where", "when"):
                terms[j] = " ".join(written.forms.get(t, t) for t in tokens[j - 1 : j + 1] if t not in _KIND_OF)
        for j in _guessed(question[: self._max_chars * 2], tokens):
            # A name guessed ("london?", "evin?"), not a tag ("true?", "anything else?").
            name = (self._is_name(tokens[j], written) or not is_english(tokens[j])) and not _chat(tokens[j])
            if name and j not in gaps and stem(self._fix(tokens[j])) not in covered.known:
                gaps[j] = Gap.MENTION
        also = _also_fa(question[: self._max_chars * 2], tokens)
        if also and not any(j in gaps for j in also) and not all(self._says_word(covered, tokens[j]) for j in also):
            # «کدوم اقلیت‌ها ...؟ بهایی‌ها هم هستن؟»: one more the asker guesses is among them,
            # which the sources never name, or name only in part («گل رز»: roses, of notes that
            # say flowers) (as English "..., baha'is?": `_guessed`)
            gaps[also[0]] = Gap.MENTION
            terms[also[0]] = _typed_span(question, [tokens[j] for j in also], written, also[0])
        relative = _relative_times(tokens)
        dated = bool(relative) and (not covered.said.isdisjoint(stem(w) for w in _UNITS) or covered.dated)
        for start, end in [] if dated else relative:
            # "how many NGOs signed last year's letter": the question dates what it asks about,
            # and the entry gives no time at all (one that gives a year or a month may be it)
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = Gap.MENTION
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        for start, end, term in [
            *self._later_finglish(question, tokens, covered),
            *_in_the_end_typed(question, tokens),
        ]:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = Gap.LATER
                terms[start] = term
        # the clauses are counted only for a question `_later` reads (most have none of its words)
        ends = [] if _LATER_WORDS.isdisjoint(tokens) else _clause_ends(tokens, question, self._max_chars)
        for start, end in self._later(tokens, types, covered, ends, question):
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = Gap.LATER
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        for start, end in self._others_asked(tokens, covered, question) if _OTHER_WORDS & set(tokens) else []:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = Gap.UNSAID
                terms[start] = _typed_span(question, tokens[start:end], written, start)
        for start, end in self._earlier(tokens, covered) if not _EARLIER_WORDS.isdisjoint(tokens) else []:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = Gap.EARLIER
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        for start, end in self._since_unknown(tokens, covered, question) if not _AFTER.isdisjoint(tokens) else []:
            if not any(j in gaps for j in range(start, end)):
                gaps[start] = Gap.MENTION
                terms[start] = " ".join(written.forms.get(t, t) for t in tokens[start:end])
        for j in _checked(question[: self._max_chars * 2], tokens):
            word = self._fix(tokens[j])
            if (
                j not in gaps
                and stem(word) not in covered.said
                and (is_english(word) or stem(word) in self._vocabulary)
            ):
                gaps[j] = Gap.MENTION
        example = _examples(question[: self._max_chars * 2], tokens)
        unsaid_example = [
            j
            for j in example
            if not self._says_word(covered, tokens[j])
            and (is_english(self._fix(tokens[j])) or has_script(tokens[j]) or _countable_finglish(tokens[j]))
        ]  # (a typo or slang word tells nothing)
        if unsaid_example and not any(j in gaps for j in example):
            gaps[example[0]] = Gap.MENTION
            terms[example[0]] = " ".join(written.forms.get(tokens[j], tokens[j]) for j in example)
        defined = _meaning_asked(tokens) if not gaps else None
        if defined and not all(stem(self._fix(tokens[j])) in covered.defines for j in defined):
            # "what does arbitrary detention mean legally" of an entry that says who is detained:
            # a definition its authors never say it gives
            gaps[defined[0]] = Gap.UNSAID
            terms[defined[0]] = _as_written(question, tokens[defined[0]], written)
        described = _like_asked(tokens) if "like" in tokens and not gaps else None
        if described is not None and not any(
            stem(self._fix(tokens[j])) in covered.said for j in range(*described) if _content(tokens[j])
        ):
            # "what are prison conditions like" of sources that never mention prisons nor
            # conditions: what they say describes something else
            gaps[described[0]] = Gap.UNSAID
            absent.add(described[0])
            like_from, like_to = described[0] - 1, described[1] + 1
            terms[described[0]] = _typed_span(question, tokens[like_from:like_to], written, like_from)
        effect = _effect_asked(tokens) if not gaps and not _LEAD_TO.isdisjoint(tokens) else None
        if effect is not None and stem(self._fix(tokens[effect[1] - 1])) not in covered.said:
            # "would a yes vote lead to sanctions" of sources that never mention sanctions: what
            # they say would follow is something else (still said after the caveat)
            gaps[effect[0]] = Gap.UNSAID
            terms[effect[0]] = _typed_span(question, tokens[effect[0] : effect[1]], written, effect[0])
        changed = _WHAT_CHANGED.search(question[:1000]) if not gaps and "what" in tokens else None
        if changed is not None and not _says_state(covered, changed["comparative"].lower(), said_only=True):
            # "what specifically got worse over the past year" of sources saying there was "no
            # improvement": no change for the worse is said, let alone what changed (as the
            # yes/no "did it get worse" reads, `Gap.WHETHER`)
            first = tokens.index("what")
            gaps[first] = Gap.UNSAID
            terms[first] = " ".join(changed.group(0).split())
        alone = _in_person(question) if not gaps and not _IN_PERSON_WORDS.isdisjoint(tokens) else None
        if alone is not None and not all(stem(w) in covered.said | covered.asked for w in alone[1].split()):
            # "who personally drafted the letter" of an entry that says which organisations wrote
            # it: no one person's own doing, which the answer would read as
            first = next((i for i, t in enumerate(tokens) if t in alone[1].split()), 0)
            gaps[first] = Gap.UNSAID
            terms[first] = alone[0]
        action = (
            own_action(question)
            if not gaps and not _ASKERS.isdisjoint(tokens) and not _ACTION_WORDS.isdisjoint(tokens)
            else None
        )
        if action is not None and entry_id not in self._advises:
            # "how can i help free the detained defenders" of an entry that says who is held: the
            # asker's own course of action, which its sources never give (what they say follows)
            first = next((i for i, t in enumerate(tokens) if t in ("how", "where", "what")), 0)
            gaps[first] = Gap.UNSAID
            terms[first] = action
        request = _requested(tokens) if not gaps and not _REQUEST_WORDS.isdisjoint(tokens) else []
        request = request if request and question.isascii() and asks_yes_or_no(question) else []
        if request and stem(self._fix(tokens[request[-1]])) not in covered.said:
            # "are they calling for sanctions on iran too?" of an entry whose asks never mention
            # sanctions: its answer (what they do ask) must not read as "yes"
            gaps[request[0]] = Gap.MENTION
            terms[request[0]] = _typed_span(question, [tokens[j] for j in request], written, request[0])
        consequence = _consequence_asked(question) if not gaps and "if" in tokens and question.isascii() else None
        if consequence is not None and predicates.english_forms(consequence[1]).isdisjoint(
            covered.said_done | covered.done | covered.asked
        ):
            # "what happens to iran if it breaks its treaty obligations" of sources that never
            # speak of breaking them: what they say follows from something else
            first = next((i for i, t in enumerate(tokens) if t == "what"), 0)
            gaps[first] = Gap.UNSAID
            terms[first] = consequence[0]
        voiced = _words_asked(question) if not gaps and not _VOICE_WORDS.isdisjoint(tokens) else None
        voices = self._voices.get(entry_id)
        if voiced is not None and voices is not None and not all(stem(w) in voices for w in voiced[1]):
            # "what did rouhani himself say", "what has the special rapporteur reported": the
            # words of someone the entry's sources never quote (their speakers are others)
            first = next(i for i, t in enumerate(tokens) if t in ("what", "how"))
            gaps[first] = Gap.UNSAID
            terms[first] = " ".join(voiced[0].split())
        attribute = self._attribute_gap(question, covered)
        if attribute is not None and not gaps:
            gaps[attribute[0]] = Gap.UNSAID
            terms[attribute[0]] = attribute[1]
        # (whether the message speaks of someone is read only for a "what ... does it have":
        # repairing each word to compare it with the FAQ's people costs more than finding one)
        has = _what_it_has(tokens) if not gaps else []
        someone = bool(has) and (not _WHO_FA.isdisjoint(tokens) or any(self._fix(t) in self._people for t in tokens))
        for j in has if someone else []:
            # «... کیه؟ چه سابقه‌ای داره؟», "che sabeghe'i dare?" (who is she, what background does
            # she have): a thing of a person's the entry never says nor is asked gives none (as
            # English "her age?"); of a thing, «چه اهمیتی داره» asks what it means, no property
            word = tokens[j]
            if "who" in covered.kinds and skeleton(stem(word)) in _ROLE_SKELETONS_FA:
                continue  # "what role / post / job does she have" asks what "who is she" answers
            if has_script(word):
                unsaid = stem(self._fix(word)) not in covered.known
            else:
                unsaid = len(skeleton(word)) >= 2 and not set(_skeletons(word)) & covered.known_skeletons
                unsaid = unsaid and _countable_finglish(word) and skeleton(word) not in self._common_skeletons
            if unsaid:
                gaps[j] = Gap.UNSAID
                terms[j] = _typed_span(question, tokens[j - 1 : j + 2], written, j - 1)
                break
        if any(gap is Gap.UNSAID for gap in gaps.values()) and self._in_passing(tokens, entry_id):
            # "where is <a name> based" of an entry that names it only in passing: the kind of
            # fact asked is about a thing the sources say nothing else of
            absent.update(j for j, gap in gaps.items() if gap is Gap.UNSAID)
        if not gaps:
            for predicate in self._unsaid_predicates(question, covered):
                # "was raha bahreini arrested" of the entry on who she is: what was done to her
                at = next((i for i, t in enumerate(tokens) if t == predicate.word), max(len(tokens) - 1, 0))
                gaps[at] = Gap.WHETHER
                terms[at] = predicate.statement
        if not gaps:
            unknown = self._unknown_subject(question, tokens, written)
            if unknown is not None:
                # "can the security council force iran to comply" of sources that never mention
                # a security council: whatever they say of the doing is said of others
                gaps[unknown[0]] = Gap.MENTION
                terms[unknown[0]] = unknown[1]
        if not gaps:
            opinion = _opinion_asked(question[: self._max_chars * 2])
            if opinion is not None:
                # "do you think iran will improve", «به نظرت روحانی به وعده‌هاش عمل می‌کنه؟»: the
                # bot's own view, which no source gives; what they do say follows the caveat
                gaps[0] = Gap.UNSAID
                terms[0] = opinion
        if not gaps:
            era = self._other_era(question)
            if era is not None:
                # «نسبت به دوره احمدی نژاد بهتره؟»: compared with a time of someone the FAQ never
                # names (as English "under ahmadinejad", `_unknown_place`)
                gaps[era[0]] = Gap.MENTION
                terms[era[0]] = era[1]
        if not gaps:
            made = self._made_better(question, covered)
            if made is not None:
                # "did rouhani make the economy better", «اقتصاد رو بهتر کرد»: the state of a thing
                # the entry never speaks of (its "no improvement" is of something else)
                gaps[made[0]] = Gap.MENTION
                terms[made[0]] = made[1]
        qualifier = self._qualifier_fa(question, covered) if not gaps else None
        if qualifier is not None:
            # «وعده‌های اقتصادی ... محقق شد؟» of an entry on human-rights reforms: a kind of the
            # noun the sources never speak of (as English "religious minorities", `qualified_by`)
            gaps[qualifier[0]] = Gap.MENTION
            terms[qualifier[0]] = qualifier[1]
        place = self._place_fa(question, covered) if not gaps else None
        if place is not None:
            # «فانوس در تهران هنوز کار میکنه؟», "dar tehran": a place the sources never name (as
            # English "executed in tehran", `_unknown_place`)
            gaps[place[0]] = Gap.MENTION
            terms[place[0]] = place[1]
        definition = self._definition_gap(question, entry_id) or self._role_gap(question, covered)
        if definition is not None:
            return ScopeCheck(
                Scope.PARTIAL, (definition, *self._uncovered(gaps, tokens, written, terms, absent, question))
            )
        if not gaps:
            return FULL
        return ScopeCheck(Scope.PARTIAL, self._uncovered(gaps, tokens, written, terms, absent, question))

    def _why_of_said(self, tokens: Sequence[str], j: int, question: str, covered: _Covered) -> bool:
        """Whether the English "why" at `j` asks the cause of a doing the entry's sources state
        ("why does iran **refuse** them visas" of sources saying "iran still refuses to issue
        visas"): the clause after it read as the yes/no question it would be, whose verb the
        answer or quotes use as a verb (`_Covered.said_done`; phrasings do not count)."""
        if tokens[j] != "why":
            return False
        # the clause of this "why", not the first one ("why can't they travel there, and why
        # does iran refuse them visas": the second asks the cause of the refusal)
        nth = tokens[:j].count("why")
        after = next(itertools.islice(_WHY_CLAUSE.finditer(question[: self._max_chars * 2]), nth, None), None)
        if after is None:
            return False
        verbs = (
            self._fix(predicate.word)
            for predicate in predicates.english(after["clause"], self._max_chars)
            if predicate.kind == "doing"
        )
        # a word of three letters or more that is English (not "re" of "re-election")
        return any(
            len(verb) > 2 and is_english(verb) and not predicates.english_forms(verb).isdisjoint(covered.said_done)
            for verb in verbs
        )

    def _finglish_lists(self, question: str, tokens: Sequence[str], covered: _Covered) -> list[tuple[int, str]]:
        """(position, the clause as typed) of each Finglish question for a list of things the entry names but never
        lists, as asked.py reads Persian: "che <things> hayi / haye" ("che vaade hayi dad?", what
        promises did he make) or "<things> haye ... chi bud(an)" ("vaade haye rouhani chi bud?").
        The things are the entry's own Persian noun of the same consonants (`held.nouns_fa`: among
        one entry's nouns even «وعده», one consonant, is the only one); an entry that lists them,
        is asked for them, or says its sources do not say which answers."""
        lowered = question[: self._max_chars * 2].lower()
        if "ha" not in lowered and "ati" not in lowered:
            return []  # most questions: no Finglish plural (a cheap test before reading the words)
        if LIST in covered.held.declined:
            return []
        found = []
        for match in itertools.chain(_WHAT_THINGS_FINGLISH.finditer(lowered), _THINGS_WERE_FINGLISH.finditer(lowered)):
            k = len(words(lowered[: match.start("things")]))  # its position (as read in the sentence)
            if k >= len(tokens):
                continue
            # (as typed, and as read: "favaran" is read "favar", its -an a plural's)
            forms = {skeleton(match["things"]), skeleton(tokens[k])}
            heads = [n for n in covered.held.nouns_fa if skeleton(n) in forms]
            if not heads or not covered.held.heads.isdisjoint(heads):
                continue  # never said (the name and "which" checks decide), or asked for as a list
            if any(h in sentence for h in heads for sentence in covered.held.listed):
                continue
            start = k - 1 if k and tokens[k - 1] == "che" else k
            typed = question[: self._max_chars * 2] if len(lowered) == len(question[: self._max_chars * 2]) else lowered
            tail = typed[match.start() :]
            end = next((m.start() for m in re.finditer(r"[?!.;\u061f]", tail)), len(tail))
            found.append((start, " ".join(tail[:end].split())))
        return found

    @functools.cached_property
    def _vocabulary_skeletons(self) -> frozenset[str]:
        """The consonants of every Persian-script word the FAQ says or is asked with."""
        return frozenset(k for w in self._vocabulary if has_script(w) for k in _skeletons(w))

    def knows(self, word: str) -> bool:
        """Whether the FAQ says or is asked with a Persian or Finglish word (by its stem, or its
        consonants in Persian script)."""
        return self._known_fa(word)

    def _known_fa(self, word: str) -> bool:
        return stem(word) in self._vocabulary or not set(_skeletons(word)).isdisjoint(self._vocabulary_skeletons)

    def _known_name_fa(self, word: str) -> bool:
        """`_known_fa` for a name: in Persian script, a skeleton of one or two consonants («رضا»,
        rz) is shared by too many words («روز», day) to say the FAQ knows the name, so only its
        stem counts (Finglish spells its vowels: "avval" is the FAQ's «اول» by its skeleton)."""
        if has_script(word) and len(skeleton(word)) < 3:
            return stem(word) in self._vocabulary
        # ... and "its <word>" is a word the FAQ knows: "avalesh" (its first) as "aval"
        base = without_possessive(word) if word.isascii() else None
        return self._known_fa(word) or (base is not None and self._known_fa(base))

    def _other_era(self, question: str) -> tuple[int, str] | None:
        """(position, the words as written) of a Persian or Finglish comparison with the time of
        someone the FAQ never names: "<era word> <name>" («دوره احمدی نژاد», "dore ahmadinejad"),
        compared with («بهتره؟») or only dated by («زمان خاتمی اعدام‌ها چقدر بود؟»): the entry's
        facts are not of that time either way. Not "the previous term" (قبل، پیش، گذشته...) nor a
        word the FAQ uses («دوره اول», «دوره ریاست جمهوری»)."""
        text = question[: self._max_chars * 2]
        if not any(w in text for w in ("دور", "زمان", "dor", "dow", "zaman")):
            return None  # most questions: no era word (a cheap test before reading the words)
        language = persian_language(text)
        if language == "en":
            return None
        typed = _typed_fa(text, language)
        for k in range(len(typed) - 1):
            if typed[k] not in _ERA_WORDS:
                continue
            name = list(
                itertools.takewhile(
                    lambda w: not self._known_name_fa(w) and w not in _NOT_NAMES_FA, typed[k + 1 : k + 3]
                )
            )
            # a name of three letters or more: «شاه», "shah" (whose skeleton, without its vowels
            # ا and ه, is one letter) as «خاتمی»; a stop word or a two-letter word is no name
            if not name or len(name[0]) < 3 or not skeleton(name[0]) or _comparative(name[0]):
                return None
            if name[0] in STOP_WORDS or name[0] in FINGLISH_STOP_WORDS:
                return None
            return min(k + 1, len(words(question, self._max_chars)) - 1), " ".join(name)
        return None

    def _qualifier_fa(self, question: str, covered: _Covered) -> tuple[int, str] | None:
        """(position, the noun and adjective as typed) of a Persian or Finglish adjective of
        data/fa-qualifiers.txt right after a noun («وعده‌های اقتصادی», "vaede haye eqtesadi")
        when the entry's answer, translation and quotes say none of the words that cover it, nor do
        its phrasings ask one (its authors say it answers that kind, as with an acronym)."""
        text = question[: self._max_chars * 2]
        language = persian_language(text)
        if language == "en":
            return None
        table = _qualifiers_fa()
        typed = _typed_fa(text, language)
        for k in range(1, len(typed)):
            covers = table.get(typed[k])
            if covers is None or typed[k - 1] in STOP_WORDS or typed[k - 1] in _NOT_NAMES_FA:
                continue
            if any(stem(w) in covered.said or stem(w) in covered.asked for w in covers):
                continue  # said, or asked by the entry's own phrasings ("ethnic and religious minorities?")
            at = min(k, len(words(question, self._max_chars)) - 1)
            raw = [w.strip("?!.,\u061f\u060c") for w in text.split()]
            found = next((i for i, w in enumerate(raw) if normalize(w).lower() == typed[k]), None)
            if not found:
                return at, f"{typed[k - 1]} {typed[k]}"
            start = found - 1
            while start > 0 and raw[start].lower() in _SUFFIXES_APART:
                start -= 1  # "vaede haye eqtesadi": the noun before its plural typed apart
            return at, " ".join(raw[start : found + 1])
        return None

    def _place_fa(self, question: str, covered: _Covered) -> tuple[int, str] | None:
        """(position, the word as typed) of a place after Persian «در/تو/از» or Finglish
        "dar/too/az" that the entry's answer and quotes never name: a country or people of
        subjects.PLACES_FA / PLACES, a city of subjects.CITIES_FA (Persian script, checked by its
        English name too) or CITIES_LATN, or a capital (data/en-capitals.txt)."""
        text = question[: self._max_chars * 2]
        language = persian_language(text)
        if language == "en":
            return None
        typed = _typed_fa(text, language)
        for k in range(len(typed) - 1):
            if typed[k] not in _PLACE_LEADS_FA:
                continue
            word = typed[k + 1]
            if has_script(word):
                names = (word, CITIES_FA[word]) if word in CITIES_FA else (word,)
                place = word in CITIES_FA or word in persian_places() or stem(word) in persian_places()
            else:
                names = (word,)
                place = word in CITIES_LATN or word in PLACES or word in capitals()[1]
            if place and not any(stem(name) in covered.said for name in names):
                at = min(k + 1, len(words(question, self._max_chars)) - 1)
                return at, next((w.strip("?!.,؟،") for w in text.split() if clean(normalize(w)) == word), word)
        return None

    def _made_better(self, question: str, covered: _Covered) -> tuple[int, str] | None:
        """(position, the thing as written) of what a question asks was made better or worse
        when the entry never says it nor is asked with it: English "make <the thing> better /
        worse", Persian "<thing> رو/را بهتر/بدتر کرد", Finglish "<thing> ro behtar kard". A
        pronoun, a stop word, or a word nothing could be judged by is left alone."""
        text = question[: self._max_chars * 2]
        if (
            "تر" not in text
            and "tar" not in text.lower()
            and "better" not in text.lower()
            and "worse" not in text.lower()
        ):
            return None  # most questions: no comparative (a cheap test before reading the words)
        tokens = [_normal(w) for w in words(question, self._max_chars)]
        language = persian_language(text)
        if language == "en":
            match = _MADE_BETTER.search(text)
            if match is None:
                return None
            thing = [w for w in words(match["thing"]) if w not in STOP_WORDS and w not in FRAME_WORDS]
            fixed = [self._fix(w) for w in thing]
            if not thing or not all(is_english(w) for w in fixed) or any(stem(w) in self._common for w in fixed):
                return None
            if any(stem(w) in covered.known for w in fixed):
                return None
            at = tokens.index(thing[-1]) if thing[-1] in tokens else len(tokens) - 1
            return at, " ".join(match["thing"].split())
        typed = _typed_fa(text, language)
        for k in range(1, len(typed) - 1):
            marker, state = typed[k], typed[k + 1]
            if marker not in _OBJECT_MARKERS or not _comparative(state):
                continue
            word = typed[k - 1]
            if word in STOP_WORDS or len(skeleton(word)) < 2:
                return None
            if stem(word) in covered.known or not set(_skeletons(word)).isdisjoint(covered.known_skeletons):
                return None
            return min(k - 1, len(tokens) - 1), word
        return None

    def _unsaid_predicates(self, question: str, covered: _Covered) -> list[predicates.Predicate]:
        """The predicates of a yes/no question ("was X **arrested**", "did X **release** Y",
        Persian "X **زندانی** شد", Finglish "X **zendani** shod") that the entry never says nor is
        asked with, in any of their forms or everyday synonyms (see predicates.py). A word
        nothing could be judged by (a typo or slang the repair does not place) is left alone."""
        language = persian_language(question[: self._max_chars * 2])
        if language in ("fa", "fa-Latn"):
            # each sentence of a message: "UN be darkhaste NGO ha javab dad? chi goft?" asks
            # whether the UN answered, then what it said (English reads its parts itself)
            text = question[: self._max_chars * 2]
            parts = [p for p in _sentence_parts(text, language == "fa-Latn") if p.strip()]
            if language == "fa":
                alike = _words_alike(parts[0], question) if len(parts) == 1 else None
                found = [p for part in parts or [question] for p in predicates.persian(part, self._max_chars, alike)]
            else:
                found = [p for part in parts or [question] for p in predicates.finglish(part, self._max_chars)]
        else:
            found = list(_english_predicates(question, self._max_chars))
        unsaid = []
        for predicate in found:
            word = predicate.word
            # a doing by what the entry says was done ("was adopted", not "its adoption"); a
            # state or a thing by any word of it ("a hazard" says the volcano is dangerous)
            doing = predicate.kind == "doing"
            known = covered.done if doing else covered.known
            skeletons = covered.done_skeletons if doing else covered.known_skeletons
            if predicate.script == "fa":
                # by its stem, or by its consonants as Persian words' vowels go unwritten
                # ("صادر", issued, of an entry saying "صدور", issuing; "کار" of a phrasing "kar")
                supported = any(stem(w) in known or skeleton(w) in skeletons for w in predicates.persian_forms(word))
            elif predicate.script == "fa-Latn":
                keys = {skeleton(word), skeleton(fold_word(word))}
                if max(len(k) for k in keys) < 2:
                    continue  # too few consonants to tell it by
                supported = not keys.isdisjoint(skeletons) or stem(fold_word(word)) in known
            else:
                fixed = self._fix(word)
                if not is_english(fixed) and stem(fixed) not in self._vocabulary and predicate.kind != "thing":
                    continue  # a typo or slang word: nothing to judge by (a thing had may be a name)
                if predicate.caused:
                    # "has a resolution ever made iran change a law": an effect the entry must
                    # state itself (a word of it or an everyday synonym in its answer, quotes or
                    # question); a phrasing asking "does it change anything" says only that
                    # people ask it
                    supported = not predicates.english_forms(fixed).isdisjoint(covered.said_done) or any(
                        stem(w) in covered.said for w in predicates.synonym_words(fixed)
                    )
                elif predicate.kind == "state":
                    # a change ("did it get worse") by what the entry itself says; asked as one of
                    # two ("worse or better", "better or not"), by either
                    # ("did X make the garden better" is `_made_better`'s: the thing made so)
                    change = predicates.comparative(fixed) and predicates.MAKE.isdisjoint(words(predicate.statement))
                    supported = any(
                        _says_state(covered, self._fix(w), said_only=change)
                        for w in (word, *_alternatives(predicate, question))
                    )
                else:
                    supported = any(
                        not predicates.english_forms(self._fix(w)).isdisjoint(known)
                        for w in (word, *predicate.alternatives)
                    )
                    # "can ordinary people sign the letter" of an entry on who signed it: whether
                    # someone is able or allowed to do it, which a record of who did never says
                    supported = supported and (not predicate.modal or _ABILITY.search(covered.text) is not None)
            if not supported:
                unsaid.append(predicate)
        return unsaid

    def _unknown_subject(self, question: str, tokens: Sequence[str], written: _Written) -> tuple[int, str] | None:
        """(position, the subject as typed) of an English yes/no question of a doing ("can the
        security council force iran to comply", "did the fishing cooperative automate it") whose subject
        is a body or thing no entry's sources mention: an acronym none writes, in full or by its
        initials (`_is_name`), or two or more words none of which any source writes. The doing
        may be one the entry speaks of; asked of someone the sources never mention, a full
        answer would give what they say of others as if it answered. Phrasings do not vouch:
        they say how people ask, not what the sources say. One unknown word beside known ones
        is most often a paraphrase ("things", "UN investigators"), and a typo or slang word the
        repair does not place tells nothing: both left to the other rules."""
        if persian_language(question[: self._max_chars * 2]) != i18n.EN:
            return None
        for predicate in _english_predicates(question, self._max_chars):
            if predicate.kind != "doing" or not predicate.subject:
                continue
            said = [_normal(w) for w in words(predicate.subject, self._max_chars)]
            content = [w for w in said if w not in STOP_WORDS and w not in FRAME_WORDS]
            if (
                not content
                or not all(w.isalpha() and not predicates.is_verb(w) and not predicates.participle(w) for w in content)
                or not _CLAUSE_SUBJECTS.isdisjoint(said[1:])
            ):
                # a verb may be read into it ("will the bees come back": "the bees come"), or a
                # clause is ("any ngos based inside iran"; "the lighthouse everyone keeps talking
                # about": a pronoun after the noun opens a clause of its own)
                continue
            acronym = next((w for w in content if w in written.acronyms and self._is_name(w, written)), None)
            if acronym is not None and acronym in tokens:
                typed = predicate.subject.split()
                while typed and typed[0].lower() in _ARTICLES:
                    typed = typed[1:]
                return tokens.index(acronym), " ".join(typed)
            # two words side by side that no source writes: "security council" (of "a security
            # council resolution"), not one beside known ones ("UN investigators")
            run = next(
                (
                    said[k : k + 2]
                    for k in range(len(said) - 1)
                    if all(w in content and self._never_said(w) for w in said[k : k + 2])
                ),
                None,
            )
            if run is not None and run[0] in tokens:
                return tokens.index(run[0]), " ".join(written.forms.get(w, w) for w in run)
        return None

    def _never_said(self, word: str) -> bool:
        """Whether `word` is an English word no entry's sources write (in any number)."""
        fixed = self._fix(word)
        return is_english(fixed) and not self._said_vocabulary.intersection(stem(w) for w in _number_forms(fixed))

    def _judged(self, word: str) -> str | None:
        """The stem a question word is compared by (asked.uncovered); None for the FAQ's own
        subject ("letter") and for a typo or slang word, which tell nothing."""
        fixed = self._fix(word)
        st = stem(fixed)
        if st in self._common or (st not in self._vocabulary and not is_english(fixed)):
            return None
        return st

    def _says_word(self, covered: _Covered, word: str) -> bool:
        """Whether the entry says `word`: a Finglish word by its consonants (`said_skeletons`)."""
        if _countable_finglish(word):
            return skeleton(word) in covered.said_skeletons
        return stem(self._fix(word)) in covered.said

    def _counted_as_finglish(self, question: str, tokens: Sequence[str]) -> list[int]:
        """`counted_as` in Finglish: the word before the copula that ends the question as typed
        ("chand nafar az edam shodeha zan boodan"), when it is the last of `tokens` (the words
        once folded, the copula dropped)."""
        if not tokens or not _COUNT_LEADS_FINGLISH.intersection(tokens[:-1]) or not tokens[-1].isascii():
            return []
        typed = clean(question[: self._max_chars * 2]).split()
        if len(typed) < 3 or typed[-1] not in _COPULAS_FINGLISH:
            return []
        last = len(tokens) - 1
        if words(typed[-2], finglish=FINGLISH_ALWAYS) != [tokens[last]] or not _countable_finglish(tokens[last]):
            return []
        return [last]

    def _in_passing(self, tokens: Sequence[str], entry_id: str) -> bool:
        """True when the question names one of the FAQ's names that the entry's own question
        does not (it mentions it in passing, as the interviewer of the person it is about), and
        names nothing the entry is about."""
        topic = self._topics.get(entry_id)
        if topic is None:
            return False
        named = [w for w in tokens if w in self._names]
        content = [stem(self._fix(w)) for w in tokens if w not in STOP_WORDS and w not in FRAME_WORDS]
        return (
            bool(named) and all(stem(self._fix(w)) not in topic for w in named) and not any(w in topic for w in content)
        )

    def _later(
        self, tokens: Sequence[str], types: frozenset[str], covered: _Covered, ends: Sequence[int], question: str = ""
    ) -> list[tuple[int, int]]:
        """(start, end) of each time a question asks about that comes after its sources, which
        they cannot tell: "since the letter was sent", "released after the report?" (after the
        FAQ's own subject: one of its most common words, the document every entry draws on),
        "did it pass in the end?", and the asker's present in a question for a figure or a name
        ("how many are in jail right now", "who is the current rapporteur"; "who's getting
        locked up rn" or "is it still bad now" is answered by the sources' own account). An
        entry that says the same ("since the letter", "currently") gives it. `ends`: where the
        question's clauses end (`_clause_ends`)."""
        if _LATER_WORDS.isdisjoint(tokens):
            return []  # most questions: none of the words any of these start with
        found: list[tuple[int, int]] = []
        for i, word in enumerate(tokens if not _AFTER_ANY.isdisjoint(tokens) else ()):
            k = i + 1
            if word in _AFTER_FA and tokens[k : k + 1] == ["از"]:
                k += 1
            elif word not in _AFTER:
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
                and _content(tokens[end])
                and tokens[end] not in _AFTER
                and tokens[end] not in _ASKING_FA  # "بعد از نامه چند نفر ...": the question follows
            ):
                continue  # "after the general assembly votes": another event
            found.append((i, end))
        found += [
            span
            for span in _spans(tokens, _IN_THE_END)
            if not self._says(covered, tokens, span) and not (question and sums_up(question))
        ]
        # a figure as of now ("how many are in jail right now"; not "so far", Persian "تا حالا"),
        # or who holds a post now ("who is the current rapporteur")
        now = _spans(tokens, {**_NOW, **_NOW_FA}) if "count" in types else []
        if "who" in tokens or "which" in tokens:
            now += [(i, i + 1) for i, w in enumerate(tokens) if w == "current"]
        for start, end in now:
            if self._says(covered, tokens, (start, end)) or tokens[start - 1 : start] == ["تا"]:
                continue
            if tokens[start].isascii() and re.search(rf"\bta\s+{re.escape(tokens[start])}\b", question.lower()):
                continue  # Finglish "ta alan" (so far), whose "ta" text.words drops
            found.append((start, end))
        return found

    def _others_asked(self, tokens: Sequence[str], covered: _Covered, question: str) -> list[tuple[int, int]]:
        """(start, end) of each clause asking for others than the sources give: "which other
        interviews has she given", "what other concerns did it raise", "what else has she
        reported on" (a question, not "..., and what else?" nor "anything else?"). An entry
        whose texts or phrasings say "other <thing>" ("which other groups signed besides
        amnesty"), or ask "what else", gives them."""
        found: list[tuple[int, int]] = []
        for i, word in enumerate(tokens[:-2]):
            if word not in ("which", "what") or not _opens(tokens, i):
                continue
            after = tokens[i + 1]
            if after == "other":
                if stem(self._fix(tokens[i + 2])) in covered.others or not _content(tokens[i + 2]):
                    continue
            elif after == "else":
                # "what else did she say": a clause follows; "what else?" ends one (a request)
                if "else" in covered.others or not (tokens[i + 2] in _AUX and i + 3 < len(tokens)):
                    continue
            else:
                continue
            found.append((i, _clause_end(tokens, i, question, self._max_chars)))
        return found

    def _before_a_recent_span(self, tokens: Sequence[str], covered: _Covered) -> tuple[int, int] | None:
        """(start, end) of "before last year", "before this year", "before the past year": a time
        before the recent span an entry dates what it says by ("in the past year"), of an entry
        that gives no year in figures and never speaks of an earlier time ("before", "previous",
        "earlier", "ago", "since"): its sources tell of that span, not of what came before it."""
        for i, word in enumerate(tokens[:-2]):
            if word != "before" or tokens[i + 1] not in ("last", "this", "the"):
                continue
            j = i + 2 + (tokens[i + 1] == "the" and tokens[i + 2] in ("past", "last"))
            if j >= len(tokens) or stem(tokens[j]) not in _UNIT_STEMS:
                continue
            if any(is_year(w) for w in covered.said) or not covered.said.isdisjoint(_EARLIER_SAID):
                return None
            return i, j + 1
        return None

    def _earlier(self, tokens: Sequence[str], covered: _Covered) -> list[tuple[int, int]]:
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
        if not covered.said.isdisjoint(_UNIT_STEMS) or covered.dated:
            return []
        found: list[tuple[int, int]] = []
        for start, end in _spans(tokens, _EARLIER):
            following = tokens[end] if end < len(tokens) else ""
            if following and (following.isdigit() or _number(following) is not None or stem(following) in _UNIT_STEMS):
                continue  # "in the past 12 months", "previously two years ago"
            if following in _SPAN_WORDS:
                continue  # "in the past few years", "in the past decade"
            if (start > 0 and tokens[start - 1] == "as" and predicates.participle(following)) or (
                start > 1 and tokens[start - 2] == "as" and predicates.participle(tokens[start - 1])
            ):
                continue  # "as previously reported", "as mentioned in the past": said before, not a time asked
            if tokens[end - 1] == "past" and self._names_a_past(tokens, end):
                continue  # "in the past election": the last one, which the sources may tell of
            found.append((start, end))
        for i, word in enumerate(tokens):
            if word != "before":
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
                    while k < len(tokens) - 1 and (tokens[k] in _THE or tokens[k] in _ARTICLES):
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
        if not following or not _content(following) or following in self._names or following in _AUX:
            return False
        if following.endswith("ly") or predicates.participle(following) or predicates.progressive(following):
            return False
        after = tokens[end + 1] if end + 1 < len(tokens) else ""
        return not (after in _AUX or after in _PASSIVE or predicates.participle(after) or after in self._names)

    def _since_unknown(self, tokens: Sequence[str], covered: _Covered, question: str) -> list[tuple[int, int]]:
        """(start, end) of each English "since/after <someone> <did something>" whose doer the
        entry never says nor is asked with ("since raisi became president" of an entry that
        never names raisi): an event the sources do not tell of, so nothing they say is of the
        time after it. A pronoun ("after he was re-elected"), the FAQ's own subject (`_later`)
        and a doer the entry names ("after rouhani won") are left alone, and so is a time
        ("since yesterday is the lighthouse working?"): "is", "was" ... count as the event's verb
        only as a passive's ("since the council was elected"), else they open the question."""
        found: list[tuple[int, int]] = []
        for i, word in enumerate(tokens):
            if word not in _AFTER:
                continue
            k = i + 1
            while k < len(tokens) and tokens[k] in _THE:
                k += 1
            verb = next(
                (
                    m
                    for m in range(k + 1, min(k + 4, len(tokens)))
                    if predicates.doings(tokens[m]) or (tokens[m] in _PASSIVE and _passive_of(tokens, m))
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
            found.append((i, _clause_end(tokens, verb, question, self._max_chars)))
        return found

    def _later_finglish(self, question: str, tokens: Sequence[str], covered: _Covered) -> list[tuple[int, int, str]]:
        """`_later`'s "after the <FAQ's own subject>" in Finglish ("ba'd az nameh chand nafar
        edam shodan"): (start, end) in `tokens`, and the words as typed. The noun is one of the
        FAQ's most common words by its consonants, and what follows it is a question word, the
        clause's end or nothing (not "ba'd az nameh sazman melal", another event)."""
        if _AFTER_FINGLISH.isdisjoint(tokens) or not all(w.isascii() for w in tokens):
            return []
        raw = [m.group(0) for m in _RAW_WORD.finditer(question[: self._max_chars * 2])]
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
            if following and following[0] not in _QUESTION_WORDS_LATN and not _clause_end_after(question, typed[n]):
                continue  # "ba'd az nameh sazman melal ...": another event
            start = next((p for p, t in enumerate(tokens) if t == fold_word(typed[i])), None)
            end = next((p for p, t in enumerate(tokens) if t == noun[0]), None)
            if start is not None and end is not None and end >= start:
                found.append((start, end + 1, " ".join(shown[i : n + 1])))
        return found

    @staticmethod
    def _says(covered: _Covered, tokens: Sequence[str], span: tuple[int, int]) -> bool:
        return f" {' '.join(tokens[span[0] : span[1]])} " in covered.text

    def _clause_starts(self, tokens: Sequence[str], question: str) -> list[int]:
        """Where each clause of the question starts (see `_clause_end`)."""
        return [0, *_clause_ends(tokens, question, self._max_chars)]

    def _own_clause(self, tokens: Sequence[str], i: int, v: int, question: str) -> bool:
        """Whether the words at `i` and `v` are in the same clause ("sent to who? sorry ..." not)."""
        return _clause_end(tokens, i, question, self._max_chars) > v

    def _asked_of(self, tokens: Sequence[str], j: int, covered: _Covered, question: str) -> int | None:
        """For "where"/"when" at `j` of an entry that gives a place or a time: the position of what
        the place or time is asked *of*, when the entry does not give it ("where is the radio
        station **based**" of an entry that says where an interview was given; "where was the
        letter **signed**" of one that says where it was sent), else None. That is the last
        content word of the question's clause (up to a comma, "and", "?"), before any phrase
        that only adds a circumstance ("where do bees go **at night**"): in an English where/when
        question that is its verb or complement. It must be in what the entry says or in one of
        its phrasings that ask the same ("where did she give the interview")."""
        end = _clause_end(tokens, j, question, self._max_chars)
        clause = tokens[j + 1 : end]
        if any(w in _NOT_A_PLACE for w in clause):
            return None  # "where does it rank", "where do they stand on it": no place asked
        for p in range(j + 2, end - 1):
            if tokens[p] in _PREPOSITIONS and any(_content(w) for w in tokens[j + 1 : p]):
                end = p  # "where is the headquarters | of radio farda"
                break
        allowed = covered.said | covered.kind_words.get(tokens[j], frozenset())
        if tokens[j + 1 : j + 2] and tokens[j + 1] in _DO:
            # "when did the UN receive the letter": the verb after the subject, which comes
            # first; what the time is asked of, whatever the rest of the clause names
            s = j + 2
            while s < end and tokens[s] in ("the", "a", "an", "its", "their", "this", "that", "her", "his"):
                s += 1
            v = s + 1
            while v < end and (tokens[v] in _ADVERBS or tokens[v].endswith("ly")):
                v += 1
            verb = self._fix(tokens[v]) if v < end else ""
            later_verb = any(w in _SAYING or w in _LIGHT_VERBS for w in tokens[v + 1 : end])
            if (
                not later_verb  # "where did the amnesty lady talk about this": a subject of two words
                and (_content(verb) or verb in _FRAME_VERBS)
                and verb not in _SAYING
                and is_english(verb)
                and stem(verb) not in allowed
                and stem(verb) not in self._common
                and not verb.endswith(("s", "ed"))  # "when did iran's ngos ...": a noun, not the verb
            ):
                return v
        for k in range(end - 1, j, -1):
            word = tokens[k]
            if word in _SAYING or word in _LIGHT_VERBS:
                return None  # "where did she talk about it": where something was said, as asked;
                # "where do the bees go": nothing but the subject, which the entry is about
            if not _content(word):
                continue
            fixed = self._fix(word)
            st = stem(fixed)
            if st in self._common:
                return None  # "when did the ngos put out their letter": the FAQ's subject, no verb
            if st not in self._vocabulary and not is_english(fixed):
                return None  # a typo or slang word: nothing to judge by
            return None if st in allowed else k
        return None

    def topic_entries(self, question: str) -> list[str] | None:
        """The entries a question asking only what the FAQ says about a subject is about: "what
        does the letter say about executions", "and what about the visas?", "anything on
        minorities". None for any other question. An entry is about the subject when every word
        of it is in the entry's own question, or the subject is one of its short phrasings ("death
        penalty", not "capital" for "capital punishment"); the question may
        hold nothing else but the FAQ's most common words ("letter")."""
        tokens = [_normal(w) for w in words(question, self._max_chars)]
        start = _topic_start(tokens)
        if start is None:
            return None
        before = [
            w for w in tokens[: start - 1] if w not in STOP_WORDS and w not in FRAME_WORDS and w not in _TOPIC_LEADS
        ]
        if any(stem(self._fix(w)) not in self._common for w in before):
            return None  # "what are the ngos pushing states to do about iran": more than a subject
        subject = {
            stem(self._fix(w))
            for w in tokens[start:]
            if w not in STOP_WORDS and w not in FRAME_WORDS and w not in _SUBJECT_FILLERS
        } - self._common
        if not subject or not subject <= self._vocabulary:
            return None
        return [eid for eid, own in self._own.items() if subject <= own or subject in self._labels[eid]]

    def lead_words(
        self, question: str, entry_id: str, other: str | None, language: str = i18n.EN
    ) -> frozenset[str] | None:
        """The content words of `question` (stems, the FAQ's common words and frame words left
        out) that `entry_id` says or is asked with and `other` (the runner-up) has not; None when
        the question has a content word `entry_id` never uses, asks a kind of fact it does not
        give ("who said the bridge opens in spring?" of an entry that names no one), or names
        nothing but what that entry's own question is about ("what does a special rapporteur
        actually do?" of "Does Iran let UN special rapporteurs in?": it asks something of the
        subject that no word of it says, and a "did you mean" stays the honest reply). What
        `Engine._by_lead` weighs: the more words only the first entry has, the clearer its lead,
        for any FAQ. `language` the question's ("fa", "fa-Latn"): its words as Persian
        normalisation or Finglish folding reads them (`text.words`), its question words
        (`_LEAD_ASKING`) read as the kind of fact asked rather than as content, and a Finglish
        word the runner-up writes in another spelling (its consonants, `persian.skeleton`) no
        lead of the first entry's."""
        covered = self._covered.get(entry_id)
        if covered is None:
            return None
        tokens = [_normal(t) for t in words(question, self._max_chars)]
        stems = [stem(self._fix(w)) for w in tokens]
        persian = language != i18n.EN
        # a light verb ("take any chances", "put pressure on", "coming in") carries what its
        # object or particle says, nothing of its own to tell two entries apart by
        framing = _FRAMING_FA if persian else _FRAMING_EN
        content = [
            i for i, w in enumerate(tokens) if w not in STOP_WORDS and w not in framing and stems[i] not in self._common
        ]
        mine = covered.known
        stray = None if persian else self._stray_word(question, tokens, stems, content, mine)
        if stray is not None:
            content.remove(stray)  # said by no entry: it tells none apart, nor leads
        asked = {stems[i] for i in content}
        if not asked or not asked <= mine or self._names_own(asked, entry_id, persian):
            return None
        # the kind of fact asked ("who said ...", "when", "how many") must be one the entry gives
        kinds = set(question_types(tokens))
        if any(w == "who" and _opens(tokens, i) for i, w in enumerate(tokens)):
            kinds.add("who")
        if persian:
            # Persian and Finglish question words: "کی"/"ki" is "who" (`text.words` writes the
            # "when" it can also be as WHEN_FA), "چرا"/"chera" "why", "کجا"/"koja" "where"
            kinds.update(kind for w, kind in _LEAD_KINDS.items() if w in tokens)
        if not kinds <= covered.kinds:
            return None
        runner_up = self._covered.get(other) if other is not None else None
        theirs = (runner_up.said | runner_up.asked) if runner_up is not None else frozenset()
        if persian and runner_up is not None:
            # a Finglish word is spelt many ways: the runner-up's by its consonants too
            theirs = theirs | {
                stems[i] for i in content if stems[i].isascii() and skeleton(stems[i]) in runner_up.known_skeletons
            }
        # the words of one name the FAQ writes ("Roya Karimi Majd") are one term of the lead:
        # a name says whom the question is about, once, however many words it has
        terms: list[list[int]] = []
        for i in content:
            if stems[i] in theirs:
                continue
            if terms and terms[-1][-1] == i - 1 and {tokens[i], tokens[i - 1]} <= self._name_words:
                terms[-1].append(i)
            else:
                terms.append([i])
        return frozenset(" ".join(stems[i] for i in term) for term in terms)

    def _stray_word(
        self, question: str, tokens: Sequence[str], stems: Sequence[str], content: Sequence[int], mine: frozenset[str]
    ) -> int | None:
        """The one content word of an English question (its position) that `lead_words` lets
        through although the entry never uses it: a word no entry of the FAQ says or is asked
        with ("a **letdown** for human rights", "fly to iran and check", "what implications does
        the letter **draw**"), which restates what the entry is asked in the asker's words rather
        than names a fact of its own. None when there is no such word or it may name one: more
        than one such word ("the iaea on nuclear inspections"), a word some entry uses (then it
        belongs to that entry's facts), a word that is no ordinary English (a name: "evin
        prison") or is written with a capital inside the sentence, a number, the thing a question
        word asks for ("by what **margin**", "who **funds** it"), a word of what a count counts
        ("how many death sentences were **handed** down"), the head of the noun a question word
        asks for ("what is the keeper's **salary**", "which international **agreements**"), what a
        yes/no question asks something to be ("is the old lamp a **letdown**", "is it **overrated**": the entry's
        verdict would read as the answer), the
        verb the question asks about ("why does iran **torture** them", "why are they
        **tortured**": a doing the sources would have to state), the
        object of a preposition ("take the lamp to the **museum**"), any
        word of a query with no question frame ("lighthouse keeper **salary**": no question
        word, no auxiliary opening a clause, so its words alone say what it asks), what the asker would do ("can i
        **listen** to it"), or a word that picks one instance or asks for precision (`_PICKING`:
        "the **final** count", "which mechanisms **specifically**"). Any FAQ: the test is the
        FAQ's own vocabulary and English grammar."""
        strays = [i for i in content if stems[i] not in mine]
        if len(strays) != 1:
            return None
        i = strays[0]
        word = tokens[i]
        if stems[i] in self._vocabulary or not word.isalpha() or not is_english(word) or word in _PICKING:
            return None
        if i > 0 and (tokens[i - 1] in _ASKING_FOR or tokens[i - 1] in _ASKER):
            return None  # "what margin", "who funds", "can i listen", "how can we help"
        if any(tokens[j] == "how" and tokens[j + 1] in ("many", "much") for j in range(i - 1)):
            return None  # "how many death sentences were handed down": what is counted, all of it
        if _capitalised_inside(question[: self._max_chars * 2], word):
            return None
        text = question[: self._max_chars * 2]
        judged = _said_to_be(tokens, i) or (not _adverb(word) and _in_a_be_question(text, word))
        if judged and _QUESTION_WORDS_EN.isdisjoint(tokens):
            return None  # "is the lamp a **letdown**": the entry's "Yes."/"No." would judge it
        if _main_verb(tokens, i):
            return None  # "why does iran **torture** them", "why are they **tortured**": a doing
        if _after_preposition(tokens, i):
            return None  # "to the **museum**", "in **prison**": a place, a thing, a time
        if i in _asked_heads(tokens) or not _framed(question[: self._max_chars * 2], tokens):
            return None  # "what is the keeper's **salary**", "lighthouse keeper **salary**"
        return i

    def _names_own(self, asked: set[str], entry_id: str, persian: bool) -> bool:
        """Whether `asked` (a question's content stems) names nothing but what the entry's own
        question is about (`lead_words`); a Finglish word by its consonants against the Persian
        words of its own question ("fanus hanuz kar" of «آیا فانوس دریایی هنوز کار می‌کند؟»)."""
        own = self._own.get(entry_id, frozenset())
        if not persian:
            return asked <= own
        sounds = {k for w in own if has_script(w) for k in _skeletons(w)}
        return all(w in own or (w.isascii() and skeleton(w) in sounds) for w in asked)

    def _uncovered(
        self,
        gaps: Mapping[int, Gap],
        tokens: Sequence[str],
        written: _Written,
        terms: Mapping[int, str] | None = None,
        absent: set[int] | frozenset[int] = frozenset(),
        question: str = "",
    ) -> tuple[Uncovered, ...]:
        seen: set[str] = set()
        typed: dict[str, str] = {}
        uncovered = []
        for j in sorted(gaps):
            term = (terms or {}).get(j) or written.term(tokens[j])
            if term == tokens[j] and tokens[j] not in written.forms and question:
                # a Finglish word, folded ("buzurg"): the word typed ("bozorg")
                typed = typed or _typed_forms(question[: self._max_chars * 2])
                term = typed.get(tokens[j], term)
            if term.casefold() not in seen:
                seen.add(term.casefold())
                uncovered.append(Uncovered(term, gaps[j], j in absent))
        return tuple(uncovered)

    def _attribute_gap(self, question: str, covered: _Covered) -> tuple[int, str] | None:
        """ "Raha Bahreini's age?", "what is bahreini's exact job title": a question that is
        nothing but one of the FAQ's names and something of theirs asks for that thing; an entry
        that never says nor is asked it gives none. (The position of the thing, and the words as
        written.) Not the FAQ's subject ("iran's record"), which every entry is about."""
        text = question[: self._max_chars * 2]
        # the first clause alone too: "what's bahreini's exact job title, is she their researcher?"
        # asks the title, and guesses it after the comma
        first = _FIRST_CLAUSE.split(text, maxsplit=1)[0]
        match = _ATTRIBUTE.match(text) or _ATTRIBUTE.match(first)
        # and "what is the exact job title of raha bahreini": the same, with "of"
        of = match is None and (_ATTRIBUTE_OF.match(text) or _ATTRIBUTE_OF.match(first))
        match = match or of or None
        if match is None:
            return None
        owner = words(match["owner"])
        if not owner or not all(w in self._people for w in owner):
            return None  # (most: whose words are read only then)
        thing = [_normal(w) for w in words(match["thing"])]
        if not 0 < len(thing) <= 3 or any(w in STOP_WORDS or (w in FRAME_WORDS and w != "exact") for w in thing):
            return None  # "rouhani's first term as president any good": a question, not a thing
        asked = [w for w in thing if w not in STOP_WORDS and w not in FRAME_WORDS]
        # "her exact job title": what the sources say, not a phrasing asking "her title" of an
        # entry that says only "an official"
        known = covered.said if _EXACT.intersection(thing) else covered.known
        if not asked or all(stem(self._fix(w)) in known for w in asked):
            return None
        tokens = [_normal(w) for w in words(question, self._max_chars)]
        at = next((i for i, w in enumerate(tokens) if w == thing[0]), None)
        if at is None:
            return None
        if of:
            return at, f"the {' '.join(match['thing'].split())} of {match['owner'].strip()}"
        return at, f"{match['owner'].strip()}'s {' '.join(match['thing'].split())}"

    def _definition_gap(self, question: str, entry_id: str) -> Uncovered | None:
        """ "What is Radio Farda?" asks what one of the FAQ's names *is*; an entry whose own
        question does not ask that (who gave the interview; what the letter asks the General
        Assembly to do) names it only in passing, and its answer says no more about it than
        that. The caveat says just so, which stays true when the answer does describe it a
        little ("Radio Farda's Roya Karimi Majd"). Only a question that is nothing but a name
        the FAQ writes counts, in English ("what is X"), Finglish ("X chie", "X yani chi") and
        Persian script ("X چیه")."""
        topic = self._defined.get(entry_id)
        if topic is None:
            return None  # (most entries: their questions ask what no name is; nothing matched)
        text = question[: self._max_chars * 2]
        match = _DEFINITION.match(text) or _DEFINITION_LATN.match(text)
        if match is None and has_script(text):
            match = _DEFINITION_FA.match(normalize(text))
        if topic is None or match is None:
            return None
        term = self._glossary_name(match["x"])
        if term is not None:
            # "مجمع عمومی", "majma omumi", "General Assembly": a name the FAQ writes, as the
            # glossary translates it; described by an entry whose own question asks what it is
            # (in the FAQ's language, or in the asker's)
            asked = [w for w in words(match["x"]) if w not in STOP_WORDS]
            if all(stem(w) in topic for w in term) or all(self._in_topic(w, topic) for w in asked):
                return None
            return Uncovered(" ".join(match["x"].split()), Gap.DESCRIPTION)
        named = self._named(match["x"])
        if not named or all(self._in_topic(w, topic) for w in named):
            return None  # not only a name: "who is X talking to" asks about X, not what X is
        return Uncovered(" ".join(match["x"].split()), Gap.DESCRIPTION)

    def _role_gap(self, question: str, covered: _Covered) -> Uncovered | None:
        """ "What does a special rapporteur (really) do?", "what does a keeper actually do": what
        a role does in general, which an entry that only speaks of one of them (who
        refused whom a visa) does not describe, whether or not the FAQ writes the name. The
        entry's own question or a phrasing asking the same ("what does a keeper do", "what is a
        rapporteur") says it does (`_Covered.roles`). English only; the role is a noun phrase
        after "a" or "an" of one to three words, with no stop word, participle or -ing form in it
        ("what does a vote in favour mean for them to do" asks something else); a noun that is a
        verb too is one ("a judge", "a guard", "an amnesty official")."""
        match = _ROLE_DOES.match(question[: self._max_chars * 2])
        if match is None or not question.isascii():
            return None
        role = match["x"] or match["y"]
        typed = words(role)
        asked = [_normal(w) for w in typed if w not in STOP_WORDS]
        if not asked or len(asked) > 3 or len(asked) < len(typed):
            return None  # "a vote in favour", "a vote in favour mean for them to": no noun phrase
        if any(w in FRAME_WORDS or predicates.participle(w) or predicates.progressive(w) for w in asked):
            return None
        if all(stem(w) in covered.roles for w in asked):
            return None
        return Uncovered(" ".join(role.split()), Gap.DESCRIPTION)

    def _named(self, x: str) -> list[str]:
        """The FAQ's names in `x` when `x` is nothing but a name the FAQ writes, else none. Read
        as `text.words` reads a question (Finglish folded) and, failing that, as typed: a name
        the FAQ writes in Latin letters may look Finglish and fold into another word ("roya
        karimi" read as "ruya karim"), which is then no name of the FAQ."""
        for finglish in (True, False):
            asked = [w for w in words(x, finglish=finglish) if w not in STOP_WORDS]
            if asked and all(self._is_faq_name(w, self._name_words, self._name_word_skeletons) for w in asked):
                return [w for w in asked if self._is_faq_name(w, self._names, self._name_skeletons)]
        return []

    def _glossary_name(self, x: str) -> tuple[str, ...] | None:
        """The English words of the FAQ's name `x` is, as the glossary writes it in English,
        Persian or Finglish (any spelling with the same consonants), or None."""
        asked = tuple(w for w in words(x) if w not in STOP_WORDS)
        found = self._translated_names.get(asked)
        if found is None and x.isascii():
            folded = tuple(w for w in words(x, finglish=FINGLISH_ALWAYS) if w not in STOP_WORDS)
            found = self._translated_names.get(folded) or self._translated_names.get(_skeleton_key(folded))
        return found

    def _defined_words(self, own_texts: Iterable[str]) -> frozenset[str]:
        """The stems of what an entry's own questions ask to be described: X of each clause that
        is "what/who is X" (in Persian script too) where X is one of the FAQ's names."""
        found: set[str] = set()
        for text in own_texts:
            for clause in _OWN_CLAUSE.split(text[:4000]):
                match = _DEFINITION.match(clause)
                if match is None and has_script(clause):
                    match = _DEFINITION_FA.match(normalize(clause))
                if match is None:
                    continue
                term = self._glossary_name(match["x"])
                if term is not None:
                    found.update(stem(w) for w in term)
                if term is not None or self._named(match["x"]):
                    found.update(stem(w) for w in words(match["x"]) if w not in STOP_WORDS)
        return frozenset(found)

    @staticmethod
    def _is_faq_name(word: str, names: frozenset[str], skeletons: frozenset[str]) -> bool:
        """Whether `word` is one of `names`: a Persian-script word by its consonants."""
        return word in names or (has_script(word) and skeleton(word) in skeletons)

    def _in_topic(self, word: str, topic: frozenset[str]) -> bool:
        """Whether the entry's own questions name `word` (a Persian-script name: in Persian, or
        in the FAQ's own language by its consonants)."""
        if stem(self._fix(word)) in topic:
            return True
        return has_script(word) and skeleton(word) in _skeletons_of(topic & self._names)


# Verbs that carry no meaning of their own in "where did it go", "when did it come out".
_LIGHT_VERBS = frozenset("go goes going went gone come comes coming came put puts take takes took taken".split())
# The words that frame a question as a whole (`_definition_gap`), in Persian or Finglish and in
# English, joined once here rather than on every question
_FRAMING_FA = FRAME_WORDS | _LEAD_FRAMES | _LEAD_ASKING
_FRAMING_EN = FRAME_WORDS | _LIGHT_VERBS
# `ScopeIndex._stray_word`: a word right after these is what the question asks for ("what
# margin", "which prisons", "who funds") or what the asker would do ("can i listen", "we sign")
_ASKING_FOR = frozenset("what which who whose whom".split())
_ASKER = frozenset("i we".split())
_QUESTION_WORDS_EN = frozenset("what which who whose whom why how when where".split())
# ... and English words that pick one instance of a thing or ask for precision: never a mere
# rewording ("the final count", "the current rapporteur", "which ones specifically")
_PICKING = frozenset(
    "current currently final finally last latest next previous previously recent recently first second "
    "third original new newest oldest earliest exact exactly specific specifically precise precisely "
    "particular particularly personally official officially".split()
)


_CLAUSES = re.compile(r"[,.;:?!]|\bor\b|\band\b")
_DO_MODALS = frozenset("do does did can could will would should shall may might must".split())
_INTENSIFIERS = frozenset("so very too really quite such".split())
_BE_FORMS = frozenset("is are was were be been being am".split())
_DETERMINERS = frozenset("the a an this that these those his her its their my your our".split())
_FRAME_OPENS = re.compile(r"(?:^|[,.;:?!(]\s*)(?:" + "|".join(sorted(_AUX)) + r")\b", re.IGNORECASE)


def _asked_heads(tokens: Sequence[str]) -> set[int]:
    """The positions of the nouns a question word asks for: after "what"/"which" (and an
    auxiliary, a determiner or an owner's "s"), the last word of the run of content words that
    follows ("what is the lighthouse keeper salary": "salary"; "what is the minimum number of
    people": "number", not "minimum")."""
    heads = set()
    for i, w in enumerate(tokens):
        if w not in ("what", "which"):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j] in _AUX or tokens[j] in _DETERMINERS or tokens[j] == "s"):
            j += 1
        end = j
        while end < len(tokens) and tokens[end] not in STOP_WORDS and tokens[end] not in _AUX:
            end += 1
        if end > j:
            heads.add(end - 1)
    return heads


def _said_to_be(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is what something is said to be: after a form of "be", then
    perhaps a pronoun ("is **it** a letdown"), a determiner and an intensifier ("so", "very")."""
    j = i - 1
    if j >= 0 and tokens[j] in _INTENSIFIERS:
        j -= 1
    if j >= 0 and tokens[j] in _DETERMINERS:
        j -= 1
    if j >= 0 and tokens[j] in ("it", "that", "this", "they", "he", "she"):
        j -= 1
    return j >= 0 and tokens[j] in _BE_FORMS


def _in_a_be_question(text: str, word: str) -> bool:
    """Whether `word` is in a clause of `text` that opens with a form of "be" ("is the old lamp
    a letdown"): what it asks something to be."""
    for clause in _CLAUSES.split(text):
        opening = clause.strip().lower().split(maxsplit=1)
        if opening and opening[0] in _BE_FORMS and re.search(rf"\b{re.escape(word)}\b", clause, re.IGNORECASE):
            return True
    return False


def _main_verb(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the verb of its question: after "do"/"does"/"did" or a modal and
    the subject ("why does iran torture", "can the keeper fly"), or a participle ("-ed") after a
    form of "be" ("why are they tortured"); an adverb ("-ly") is none. Up to six words back."""
    if _adverb(tokens[i]):
        return False
    word = tokens[i]
    for j in range(i - 1, max(i - 7, -1), -1):
        if tokens[j] in _DO_MODALS:
            return True
        if tokens[j] in _BE_FORMS:
            return word.endswith("ed")
    return False


def _after_preposition(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the object of a preposition: right after one ("in prison"; not
    "to", which also opens a verb: "to fly"), or after one and a determiner ("to the museum")."""
    before = tokens[i - 1] if i > 0 else ""
    if before in _PREPOSITIONS and before != "to":
        return True
    return before in _DETERMINERS and i > 1 and tokens[i - 2] in _PREPOSITIONS


def _framed(text: str, tokens: Sequence[str]) -> bool:
    """Whether a message frames a question: a question word, or an auxiliary opening a clause
    ("has iran ...", "..., did he ..."); not a query of words alone ("lighthouse keeper salary")."""
    return any(w in _QUESTION_WORDS_EN for w in tokens) or _FRAME_OPENS.search(text) is not None


def _capitalised_inside(text: str, word: str) -> bool:
    """Whether `word` is written with a capital inside a sentence of `text` (a name: "is it
    held in Evin"), unless the whole text is capitals (shouted)."""
    if text.isupper():
        return False
    for match in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
        before = text[: match.start()].rstrip()
        if match.group()[0].isupper() and before and before[-1] not in ".?!:;\"'(":
            return True
    return False


# Verbs of saying ("where did she say that"): the where/when of a statement, which an entry that
# gives a place or time at all gives for what it quotes.
_SAYING = frozenset("say says said saying tell tells telling told talk talks talking speak speaks spoke".split())
_PREPOSITIONS = frozenset(
    "at in on to from for with by during about into onto under over near of after before since until "
    "within across between among throughout".split()
)
# `_who_did`'s word sets, joined once rather than for each question word
_STOP_OR_PREPOSITIONS = STOP_WORDS | _PREPOSITIONS
_PREPOSITIONS_OR_WANTING = _PREPOSITIONS | _WANTING


# frame words that are verbs of doing ("when did she give the interview"), not of saying
_FRAME_VERBS = frozenset("give gives given show shows raise raises raised include includes included".split())


def _content(word: str) -> bool:
    return not (word in STOP_WORDS or word in FRAME_WORDS or word in _WHEN_NOUNS or word in _LIGHT_VERBS)


# "where does it rank / stand": a position, not a place.
_NOT_A_PLACE = frozenset("rank ranks ranked ranking stand stands standing".split())
_CLAUSE_BREAK = re.compile(r"[,;:?!.()\n\u060c\u061b\u061f]+|\s(?:and|but|or)\s", re.IGNORECASE)


def fold_word(typed: str) -> str:
    """A word as typed, as `text.words` reads it in a Finglish text (itself when it drops it)."""
    folded = words(typed, finglish=FINGLISH_ALWAYS)
    return folded[0] if folded else typed


def _sentence_parts(text: str, marked: bool) -> list[str]:
    """`_SENTENCE_MARKS.split(text)`; `marked`: each part stripped, with the marks that end it
    ("chi goft?" rather than "chi goft"), as the engine's other readings of a message's sentences
    write it, so that a Finglish part is cleaned once for all of them (text.clean keeps the last
    few). The same predicates (predicates.finglish): spaces and a last run of "?", "!", "؟" are
    no word, and its statement strips them; not for Persian script, whose words are read
    differently (text.words reads its spelled numbers from the raw text)."""
    if not marked:
        return _SENTENCE_MARKS.split(text)
    parts, start = [], 0
    for match in _SENTENCE_MARKS.finditer(text):
        part = text[start : match.start()].strip()
        parts.append(part + match.group(0).strip() if part else part)
        start = match.end()
    parts.append(text[start:].strip())
    return parts


def _words_alike(part: str, question: str) -> str | None:
    """`question` when it is `part` followed by nothing but spaces and "?", "!", "؟" (a Persian
    message of one sentence, "X؟", and the sentence `_SENTENCE_MARKS` splits off it, "X"), whose
    words (text.words) are then the same: the message's, read already by the check, rather than
    reading the sentence's again (the costliest part of a Persian check). Not with a number
    written in words, which text.words reads from the raw text, where a mark after it tells."""
    if not question.startswith(part) or question[len(part) :].strip(" \t\n?!\u061f"):
        return None
    return question if PERSIAN_NUMBER_WORDS.isdisjoint(normalize(part).split()) else None


def _clause_end_after(question: str, typed: str) -> bool:
    """Whether a clause ends right after the word `typed` in `question` ("ba'd az nameh, ...")."""
    return re.search(rf"\b{re.escape(typed)}\s*[,;:?!.\u060c\u061b\u061f]", question, re.IGNORECASE) is not None


def _clause_ends(tokens: Sequence[str], question: str, max_chars: int) -> list[int]:
    """The position after the last word of each clause (clauses end at punctuation, "and",
    "but", "or"); only the question's end when the clauses cannot be lined up with its words."""
    ends = _clause_counts(question[: max_chars * 2], max_chars)
    return list(ends) if ends[-1] == len(tokens) else [len(tokens)]


@functools.lru_cache(maxsize=16)
def _clause_counts(text: str, max_chars: int) -> tuple[int, ...]:
    """`_clause_ends` before the check against the tokens; the last few kept, as several rules
    read one question's clauses."""
    ends: list[int] = []
    count = 0
    for part in _CLAUSE_BREAK.split(text):
        count += len(words(part, max_chars, finglish=False))
        ends.append(count)
    return tuple(ends)


# A full stop ends a sentence, not one that ends an abbreviation: a single letter's ("U.S.",
# "e.g.", "J. Smith") or a title's ("Dr. Smith"). Otherwise "does the letter mention the
# detention of U.S. citizens?" would ask to be mentioned only what comes before "U.S.".
_SENTENCE_BREAK = re.compile(
    r"[?!\n\u061f]+|(?<!\b[^\W\d_])(?<!\b(?:mr|ms|dr|st|jr|sr|vs))(?<!\b(?:mrs|rev))(?<!\bprof)\.+(?=\s|$)",
    re.IGNORECASE,
)


def _sentence_ends(tokens: Sequence[str], question: str, max_chars: int) -> list[int]:
    """The position after the last word of each sentence of the message (sentences end at ".",
    "?", "!" or a new line); only the message's end when they cannot be lined up with its words."""
    text = question[: max_chars * 2]
    if _SENTENCE_BREAK.search(text.rstrip(" ?!.\n\u061f")) is None:
        return [len(tokens)]  # one sentence: most questions, read no further
    ends: list[int] = []
    count = 0
    for part in _SENTENCE_BREAK.split(text):
        count += len(words(part, max_chars, finglish=False))
        ends.append(count)
    return ends if ends and ends[-1] == len(tokens) else [len(tokens)]


def _clause_end(tokens: Sequence[str], j: int, question: str, max_chars: int) -> int:
    """The position after the last word of the clause holding the word at `j` (see `_clause_ends`)."""
    return next((e for e in _clause_ends(tokens, question, max_chars) if e > j), len(tokens))


# "raha bahreini's age?", "what's bahreini's exact job title at amnesty": a name's something, and
# nothing else but where ("at amnesty").
_ATTRIBUTE = re.compile(
    r"^\s*(?:(?:what\s+is|what\s+was|what\s+are|what['\u2019]s|whats)\s+)?(?P<owner>[^\W\d_][\w\s]*?)['\u2019]s\s+"
    r"(?P<thing>[^\W\d_][\w\s]*?)(?:\s+(?:at|in|with|for|on)\s+[\w\s]+?)?[\s?!.]*$",
    re.IGNORECASE,
)
_ATTRIBUTE_OF = re.compile(
    r"^\s*(?:what\s+is|what\s+was|what['\u2019]s|whats)\s+(?:the\s+)?(?P<thing>[^\W\d_][\w\s]*?)\s+of\s+"
    r"(?P<owner>[^\W\d_][\w\s]*?)(?:\s+(?:at|in|with|for|on)\s+[\w\s]+?)?[\s?!.]*$",
    re.IGNORECASE,
)
_EXACT = frozenset("exact precise full official".split())
_FIRST_CLAUSE = re.compile(r"[,;?!]")
_RAW_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_DEFINITION = re.compile(
    r"^\s*(?:what|who)\s*(?:'s|s|\s+is|\s+was)\s+(?:a\s+|an\s+|the\s+)?(?P<x>[^?!.,;]+?)[\s?!.]*$", re.IGNORECASE
)
# "who is a keeper": a definition of a role ("who is the keeper" asks which person is one)
_WHO_IS_ONE = re.compile(r"^\s*who\s*(?:'s|s|\s+is|\s+was)\s+(?:a|an)\s", re.IGNORECASE)
# The same in Finglish: "X chie?", "X chi hast?", "X kie?" (the names are the FAQ's, as written).
_DEFINITION_LATN = re.compile(
    r"^\s*(?P<x>[^?!.,;]+?)\s+(?:chi+e+h?|chiye+h?|chi\s+(?:e|hast|hastan|hasteh)|ki+e+h?|kiye+h?|ki\s+(?:e|hast)|"
    r"ya'?a?ni\s+chi+e?)[\s?!.]*$",
    re.IGNORECASE,
)
# ... and in Persian script (after persian.normalize): "X چیه?", "X چیست", "X چی هست", "X یعنی
# چی", "X کیه", "X کیست".
_DEFINITION_FA = re.compile(
    r"^\s*(?P<x>[^?!.,;\u060c\u061b\u061f]+?)\s*(?:چیه|چیست|چی\s+(?:هست|است|هستش)|یعنی\s+(?:چی|چه)|"
    r"کیه|کیست|کی\s+(?:هست|است|هستش))[\s?!.\u061f]*$"
)
# "what does a special rapporteur (really) do?", "what does a keeper actually do": what a role does
# in general ("what does the lighthouse do" asks what one thing does, which its entry may say)
_ROLE_DOES = re.compile(
    r"^\s*(?:"
    r"what\s+(?:does|do|did)\s+(?:a|an)\s+(?P<x>[^?!.,;]+?)\s+"
    r"(?:(?:really|actually|exactly|even|usually|normally)\s+)?do"
    # "wdym special rapporteur, what do they actually do?": the role named first, then asked of
    r"|(?:wdym|what\s+do\s+you\s+mean(?:\s+by)?)\s+(?:(?:a|an)\s+)?(?P<y>[^?!.,;]+?)\s*[,?!.;:-]+\s*"
    r"what\s+(?:does|do|did)\s+(?:they|he|she|one|those|these)\s+"
    r"(?:(?:really|actually|exactly|even|usually|normally)\s+)?do"
    r")(?:[\s,]+(?:exactly|really|actually|then))?[\s?!.]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.?!:;\n\"\u201c(\[]")
# an entry's own question read clause by clause: "Who is Raha Bahreini, and where did she speak?",
# "رها بحرینی کیست و کجا صحبت کرده است؟"
_OWN_CLAUSE = re.compile(r"[,;:?!.()\n\u060c\u061b\u061f]+|\s(?:and|but|or|و)\s", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z]{3,7}s?$")


@functools.lru_cache(maxsize=64)
def _skeletons_of(names: frozenset[str]) -> frozenset[str]:
    """The consonants of each of `names` (persian.skeleton) that has two or more."""
    return frozenset(k for name in names if len(k := skeleton(name)) >= 2)


def _chat(raw: str) -> bool:
    """ "OMG", "BTWs": how people type, not a name (lexicon.CHAT_ABBREVIATIONS)."""
    return raw.lower() in CHAT_ABBREVIATIONS or raw.lower().removesuffix("s") in CHAT_ABBREVIATIONS


_POSSESSIVE = re.compile(r"[^\W\d_]['\u2019]s$", re.IGNORECASE)
_APOSTROPHES = ("'", "\u2019")
_CONNECTORS = frozenset("of for and the de".split())


def _translated_names(texts: list[str], max_chars: int) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names `texts` write (capitalised runs: "Amnesty International", "the United Nations
    General Assembly") that data/fa-glossary.txt translates: a glossary term that is a whole
    name or its last words ("General Assembly"), never a name's first words ("Human Rights" of
    "Human Rights Watch": the rights, not the body). Each as the words an English, a Persian
    and a Finglish question reads (the Finglish also by its consonants: `_skeleton_key`) ->
    the term's English words."""
    runs = {
        tuple(words(name))
        for text in texts
        for name in set(_Written.read(text, max(max_chars, len(text))).runs.values())
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
            out.setdefault(_skeleton_key(folded), term)
    out.pop((), None)
    return out


def _skeleton_key(folded: tuple[str, ...]) -> tuple[str, ...]:
    """Finglish words by their consonants ("omoomi", "omumi"), marked apart from any words; none
    when they have too few consonants to tell a name by."""
    key = tuple(skeleton(w) for w in folded)
    return ("\x00", *key) if len("".join(key)) >= 3 else ()


@dataclass(frozen=True)
class _Written:
    """The question as the user typed it: each cleaned word's first spelling, and the names
    (runs of capitalised words inside a sentence, such as "Human Rights Watch"), so a caveat
    quotes the user's own "Baha'is" or "Justice for Iran" rather than the matcher's tokens."""

    forms: Mapping[str, str]
    runs: Mapping[str, str]  # cleaned word of a capitalised name → the whole name
    owners: frozenset[str] = frozenset()  # cleaned words written with a possessive "'s"
    acronyms: frozenset[str] = frozenset()  # cleaned words written in capitals ("CEDAW"), not English

    @classmethod
    def read(cls, question: str, max_chars: int) -> _Written:
        text = question[: max_chars * 2]
        forms: dict[str, str] = {}
        runs: dict[str, str] = {}
        owners: set[str] = set()
        run: list[tuple[str, tuple[str, ...]]] = []
        previous_end = 0
        # a word in capitals is an acronym only in a message that is not shouted, and capitals
        # start a name only in one that is not written in title case (`_title_cased`)
        matches = list(_RAW_WORD.finditer(text))
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
            cleaned = _cleaned(raw)
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
            if acronyms and upper and _ACRONYM.match(raw) and not is_english(raw.lower()) and not _chat(raw):
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

    def term(self, word: str) -> str:
        return self.runs.get(word) or self.forms.get(word, word)


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
    return _title_cased_words([m.group(0) for m in _RAW_WORD.finditer(text[:4000])])


def _title_cased_words(typed: list[str]) -> bool:
    """`_title_cased` of the text whose words (`_RAW_WORD`) are `typed`."""
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


@word_cache(maxsize=65536)
def _cleaned(raw: str) -> tuple[str, ...]:
    """One word as the user typed it, cleaned as the scope check reads words (a long question
    cleans dozens, once each, however often they recur)."""
    return tuple(_normal(w) for w in clean_once(raw).split())


# What an English yes-or-no question opens with: an auxiliary or modal verb ("Did ...", "Is ...").
_POLAR_OPENERS = frozenset(
    """
    is isn't isnt are aren't arent was wasn't wasnt were weren't werent am do don't dont does doesn't
    doesnt did didn't didnt has hasn't hasnt have haven't havent had hadn't can can't cant cannot
    could couldn't will won't wont would wouldn't should shouldn't shall may might must
    """.split()
)
_LEAD_INS = frozenset("so and but also then ok okay well hey hi hello please pls".split())
_QUESTION_PARTS = re.compile(r"[.!?;:,()\n\u061f\u060c]+|\s[-\u2013\u2014]+\s")


_WH_OPENERS = frozenset("what what's whats who who's whos whom whose when where why how which".split())


@functools.lru_cache(maxsize=16)
def asks_yes_or_no(question: str) -> bool:
    """Whether an English question asks yes or no, and nothing else: of its sentences and clauses,
    exactly one asks (opens, after a lead-in such as "so", "and", "hi", with a question word or an
    auxiliary or modal verb), and that one opens with the verb ("Did Rouhani's first term bring
    reforms?", "hi, is it still working?"). A "Yes."/"No." answers only such a question: to "when
    was it automated" or "what happened during his first term" it reads as an answer to something
    not asked, and under "Did Iran stop executing women? Did the letter mention women?" as the
    answer to the first question."""
    polar = asking = 0
    for part in _QUESTION_PARTS.split(question[:4000]):
        tokens = [w.strip("\"'*_`").lower().replace("\u2019", "'") for w in part.split()]
        tokens = [w for w in tokens if w]
        while tokens and tokens[0] in _LEAD_INS:
            tokens = tokens[1:]
        if tokens and tokens[0] in _POLAR_OPENERS:
            polar += 1
        if tokens and (tokens[0] in _POLAR_OPENERS or tokens[0] in _WH_OPENERS):
            asking += 1
    return polar == 1 and asking == 1


# The words that ask for the bot's own view, in English, Persian and Finglish ("what do you
# think", "in your opinion", "thoughts?", «به نظرت», «نظرت چیه», "be nazaret"): ordinary words of
# asking, as the question words are, no word of any one FAQ.
_VIEW_WORDS = frozenset(
    """
    think thinks thought thoughts opinion opinions view views take feel feelings personally honestly
    honest own
    نظر نظرت نظرتون نظرتان نظرشما فکر میکنی میکنید میکنین
    nazar nazaret nazareton nazaretoon nazaretun fekr mikoni mikonid mikonin
    """.split()
)


# The words that ask something of what is being talked about, without naming it: "what's this
# all about?", "when's it from?", "about?" (the FAQ's own subject, in a chat about it)
_ASKING = frozenset("what whats who whom whose which where when why how about".split())
# Words that only join a message to the one before it ("and when?", "so who?", "ok but where?")
_JOINING = frozenset("and so but ok okay then well".split())


def asks_nothing(question: str) -> bool:
    """Whether `question` asks nothing: it has no content word (every word is a stop word, a
    word that frames a question, `FRAME_WORDS` and their Persian and Finglish kin, or one asking
    the bot's own view, `_VIEW_WORDS`), and either asks the bot's view ("in your opinion?",
    "what do you think about it?", "thoughts?", «به نظرت؟», "be nazaret") or asks no question
    at all ("ok", "lol"). Whatever entry it scores well against, it asks nothing of it, so it is
    never answered in full (engine.py offers that entry instead). Not "what's this all about?"
    nor "when's it from?": without a content word, a question word still asks something of the
    FAQ's own subject. Not "in your opinion, when did the volcano erupt?": "volcano" asks. But a
    question word alone ("when?", "and where?", «کی؟») asks of nothing at all: typed after an
    answer, it asks about that answer ("how many were executed?" then "when?"), which no entry's
    own question need be, so it is never answered in full from whichever entry it happens to rank
    first (the letter's date)."""
    if not isinstance(question, str) or len(question) > 200:
        return False
    said = words(question)
    if not said:
        return False  # nothing but marks or emoji: read by the other rules
    if not all(w in _EMPTY_WORDS for w in said):
        return False
    rest = [w for w in said if w not in _JOINING]
    if len(rest) == 1 and rest[0] in _ASKING_ANY and rest[0] != "about":
        return True  # (not "about?": what is it about, the FAQ's own subject)
    return not _VIEW_WORDS.isdisjoint(said) or _ASKING_ANY.isdisjoint(said)


# `asks_nothing`'s word sets, joined once here: every answered message is read by it, and joining
# them on each call cost more than the rest of it (~25 µs a message).
_EMPTY_WORDS = (
    STOP_WORDS | FRAME_WORDS | FRAME_WORDS_FA | FRAME_WORDS_FINGLISH | _ASKING_FA | _QUESTION_WORDS_LATN | _VIEW_WORDS
)
_ASKING_ANY = _ASKING | _ASKING_FA | _QUESTION_WORDS_LATN
