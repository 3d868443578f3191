"""The scope index: what every entry covers, built once per FAQ, and the lookups the checks share.

The gap mixins and the check itself all read these; nothing here judges a question.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Self

from .. import i18n, predicates, synonyms
from ..asked import spans as held_spans
from ..claims import known_names
from ..lexicon import is_english
from ..persian import ALWAYS as FINGLISH_ALWAYS
from ..persian import WHEN as WHEN_FA
from ..persian import WHO as WHO_FA
from ..persian import has_script, normalize, skeleton, without_possessive
from ..persian import language as persian_language
from ..subjects import GROUPS, PLACES
from ..text import STOP_WORDS, answer_types, clean, question_types, stem, words
from . import _counts, _covered, _figure_scope, _shapes_en, _subjects_en, _words, _written

_NEAR = 4  # words either side of a name that it names ("Amnesty International official Raha Bahreini")


_URL = re.compile(r"https?://|www\.", re.IGNORECASE)


# Persian and Finglish words `ScopeIndex.lead_words` reads as no content: counter and frame words
# ("چند نفر", "chand ta") and question words, whose kind of fact (`_LEAD_KINDS`, and
# `text.question_types`' "when" and "count") the entry must give instead, as English ones are
# stop words there.
_LEAD_FRAMES = (
    _words.FRAME_WORDS_FA
    | _words.FRAME_WORDS_FINGLISH
    | _words.CLASSIFIERS_FA
    | _words.COUNT_LEADS_FA
    | _words.COUNT_LEADS_FINGLISH
)


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


_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


# "the Iranian authorities' responsibility", "Iran's refusal": a possessive, then what is owned.
_OWNED = re.compile(r"(?<![^\W\d_])(?P<owner>[^\W\d_]+)(?:['\u2019]s|s['\u2019])\s+(?P<owned>[^\W\d_]{4,})")


# "it's closing", "that's the refusal": a contraction of "is" or "has", no owner of what follows
_CONTRACTED = frozenset("it that there here what who where when why how he she this which let".split())


# A role or doer ("the campaign's leader", "the letter's author"): the owner is not who it is.
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ee", "ees")


_AGE_WORDS = frozenset("age aged old born".split())


# The words that frame a question as a whole (`_definition_gap`), in Persian or Finglish and in
# English, joined once here rather than on every question
_FRAMING_FA = _words.FRAME_WORDS | _LEAD_FRAMES | _LEAD_ASKING


# ... and the words of how the asker came to ask ("**heard** iran blocks them, true?", "im
# **worried**. is the letter saying ...", "**curious** which problems it focuses on"): the asker's
# own state, which no entry's sources speak of, and which tells no entry apart (ordinary English)
ASKER_STATE = frozenset("heard hear hearing worried curious confused wondering".split())
_FRAMING_EN = _words.FRAME_WORDS | _words.LIGHT_VERBS | ASKER_STATE


# `_add_entry`: a hyphen inside a word ("re-election", "non-cooperation")
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


# `IndexBase._stray_word`: a word right after these is what the question asks for ("what
# margin", "which prisons", "who funds") or what the asker would do ("can i listen", "we sign")
_ASKING_FOR = frozenset("what which who whose whom".split())


# ... and English words that pick one instance of a thing or ask for precision: never a mere
# rewording ("the final count", "the current rapporteur", "which ones specifically")
_PICKING = frozenset(
    "current currently final finally last latest next previous previously recent recently first second "
    "third original new newest oldest earliest exact exactly specific specifically precise precisely "
    "particular particularly personally official officially".split()
)


# an entry's own question read clause by clause: "Who is Raha Bahreini, and where did she speak?",
# "رها بحرینی کیست و کجا صحبت کرده است؟"
_OWN_CLAUSE = re.compile(r"[,;:?!.()\n\u060c\u061b\u061f]+|\s(?:and|but|or|و)\s", re.IGNORECASE)


# a word first in its sentence (group 1), or any other (group 2)
_SENTENCE_WORD = re.compile(
    r"(?:^|(?<=[.!?:;\"\u201c]\s)|(?<=[.!?:;]))\s*([A-Za-z][\w'\u2019-]*)|\b([A-Za-z][\w'\u2019-]*)"
)


def _in_names_only(texts: Iterable[str]) -> frozenset[str]:
    """The stems of words written only with a capital, and never first in a sentence: those of
    names ("International" of "Amnesty International", "Watch" of "Human Rights Watch")."""
    capital: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for found in _SENTENCE_WORD.finditer(text):
            if found[1]:
                continue  # first in its sentence: a capital tells nothing
            word = found[2]
            (capital if word[0].isupper() else lower).add(stem(word.lower()))
    return frozenset(capital - lower)


# endings of nouns made from verbs, whose stems are the verbs' ("organizations", "organized")
NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments")
# ... in the plural: things, not someone's act ("the fishermen's organizations" says who
# they belong to, not who organized anything; "the council's decision" says who decided)
_THINGS_ENDINGS = ("tions", "sions", "ments")


# people as counted ("how many people", «چند نفر», "chand nafar"), as `Covered.counted` holds them
_PEOPLE_STEMS = frozenset(("peopl", "person", "نفر", "nafar"))


class IndexBase:
    """The scope index: what every entry covers, built once per FAQ, and the lookups the checks share."""

    def __init__(
        self,
        entries: Iterable[tuple[str, Sequence[str], Sequence[str]]],
        repair: Callable[[str], str] = lambda w: w,
        max_chars: int = 500,
        topics: Mapping[str, Sequence[str]] | None = None,
        speakers: Mapping[str, Sequence[str]] | None = None,
        quoted: Mapping[str, Sequence[str]] | None = None,
    ):
        """`entries`: (entry id, what it says: answer, quotes, attributions and question, how
        people ask it: phrasings). `repair` maps a misspelt word to the FAQ word it means.
        `speakers`: entry id -> who speaks in the sources it quotes (keys and descriptions).
        `quoted`: entry id -> whose words its own quotes are (their keys and descriptions).
        `topics`: entry id -> its own questions (in every language), what the entry is about:
        "what is X" is answered in full only by an entry whose question names X."""
        self._repair = repair
        self._topics = {
            eid: frozenset(stem(w) for text in texts for w in words(text)) for eid, texts in (topics or {}).items()
        }
        # A translation's texts (in Persian script) add only their Persian words to what an entry
        # says and counts (`_persian_said`); names, numbers, dates and kinds of fact are read from
        # the texts in the FAQ's own language, as before translations.
        split = [(eid, *_words.by_script(said, phrasings)) for eid, said, phrasings in entries]
        said_everywhere: list[str] = [text for _, said_texts, _, _ in split for text in said_texts]
        # Names the FAQ's own texts write as names ("farda", "bahreini": see claims.known_names),
        # and every word of the capitalised runs they stand in ("radio" of "Radio Farda").
        self._names = known_names(said_everywhere)
        written_runs = [_written.Written.read(text, len(text)).runs for text in said_everywhere]
        self._name_words = frozenset(word for runs in written_runs for word in runs)
        # ... and each run of two or more of a name's words by their consonants, as a Persian
        # question writes them: «رویا کریمی مجد» is "Roya Karimi Majd", though «رویا» alone has
        # too few consonants to tell
        self._name_runs = _words.run_skeletons({name for runs in written_runs for name in runs.values()})
        # ... and their consonants (persian.skeleton), the same in Persian script: "رادیو فردا"
        # is "radio farda" as a Persian question writes it (one consonant tells too little)
        self._name_skeletons = _words.skeletons_of(self._names)
        self._name_word_skeletons = _words.skeletons_of(self._name_words)
        # ... and as a Persian question translates them (data/fa-glossary.txt): "عفو بین الملل"
        # is the FAQ's "Amnesty International", whose consonants are no Persian word's
        self._translated_names = _written.translated_names(
            said_everywhere, len(max(said_everywhere, key=len, default=""))
        )
        # ... and what the entries' own questions ask to be described ("Who is Raha Bahreini, and
        # where did she speak?"): "what is X" is answered in full only by an entry whose question
        # asks what X is, not by one that names X in passing ("What does the letter ask the UN
        # General Assembly to do?")
        self._defined = {eid: self._defined_words(texts) for eid, texts in (topics or {}).items()}
        self._max_chars = max_chars
        self._covered: dict[str, _covered.Covered] = {}
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
            eid: frozenset(st for text in speakers[eid] for st in _shapes_en.speaker_words(text))
            | frozenset(stem(w) for t in phrasings if (asked := _shapes_en.words_asked(t)) for w in asked[1])
            for eid, _, phrasings, _ in split
            if speakers is not None and eid in speakers
        }
        # entry id -> the stems of whose words its own quotes are, and whom its phrasings ask the
        # words of: a source may quote someone in another entry ("what did bahreini say" of the
        # entry telling who she is, which quotes only the report)
        self._quoted = {
            eid: frozenset(st for text in quoted[eid] for st in _shapes_en.speaker_words(text))
            | frozenset(stem(w) for t in phrasings if (asked := _shapes_en.words_asked(t)) for w in asked[1])
            | frozenset(stem(w) for t in phrasings if (said := _shapes_en.said_by(t)) for w in said[1])
            | _shapes_en.sayers(said_texts)
            for eid, said_texts, phrasings, _ in split
            if quoted is not None and eid in quoted
        }
        # entries whose phrasings ask what the asker can do ("how can i sign the petition"), or
        # whose answer and quotes speak to the reader ("you can ...")
        self._advises = frozenset(
            eid
            for eid, said_texts, phrasings, _ in split
            if any(_shapes_en.own_action(t) for t in phrasings)
            or any(re.search(r"\byou\b", t, re.IGNORECASE) for t in said_texts)
        )
        # entry id -> the stems its answer and quotes write only capitalised inside a sentence:
        # part of a name ("Amnesty International"), never said of anything else
        self._in_names_only: dict[str, frozenset[str]] = {eid: _in_names_only(said) for eid, said, _, _ in split}
        # ... and the doings its own question or phrasings ask how to do ("attribute" of "how do i
        # attribute the quotes"): what it answers, whether or not its sources use the word
        self._advised: dict[str, frozenset[str]] = {
            eid: frozenset(
                stem(verb)
                for t in phrasings
                if (action := _shapes_en.own_action(t)) is not None
                and (verb := _shapes_en.own_action_verb(action)) is not None
            )
            for eid, _, phrasings, _ in split
        }
        self._initials = _covered.initials(said_everywhere)
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

    def is_common(self, word: str) -> bool:
        """Whether `word` is a content word most entries say or are asked with ("iran", "letter"):
        the FAQ's own subject (`_common`), which tells no entry apart."""
        return word not in STOP_WORDS and word not in _words.QUESTION_WORDS_EN and stem(self._fix(word)) in self._common

    def prepare(self) -> None:
        """Make now the consonant tables (persian.skeleton) the first Persian and Finglish
        questions would otherwise make: each entry's (`_covered.Covered.known_skeletons` and the others,
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
        said_tokens = [[_words.normal(w) for w in words(t)] for t in said_texts]
        own_tokens = [[_words.normal(w) for w in words(t)] for t in own_texts if not has_script(t)]
        asked_tokens = [[_words.normal(w) for w in words(t)] for t in phrasings]
        # each phrasing's kinds of answer asked, read once (four readings of each cost a tenth of
        # building the index once an FAQ has thousands of phrasings)
        asked_types = [question_types(toks) for toks in asked_tokens]
        # a Persian phrasing's «کی» may ask "who" («کی اتاق رو باز میکنه؟» of an entry asked "who
        # holds the key"): of an entry whose own question asks who, "when" only when it is spelt
        # as one («چه زمانی»), or the entry would count as giving a time it never gives («آتشفشان
        # کی فوران کرد» of one asked how often it erupted asks when, as its authors wrote it)
        if any(w == "who" and _words.opens(toks, i) for toks in own_tokens for i, w in enumerate(toks)):
            asked_types = [
                types - {"when"}
                if "when" in types and not _words.WHEN_WORDS_FA.isdisjoint(toks) and not _words.asks_when_fa(toks, text)
                else types
                for toks, types, text in zip(asked_tokens, asked_types, phrasings, strict=True)
            ]
        said = {stem(w) for toks in said_tokens for w in toks}
        # a word the entry writes with a hyphen is said joined too ("re-election": "reelection",
        # as it is often typed), which `words` reads as two
        said |= {stem(_words.normal(w)) for t in said_texts if "-" in t for w in words(_HYPHEN.sub("", t))}
        asked = {stem(w) for toks in asked_tokens for w in toks}
        counted: set[str] = set()
        gives_cause = False
        for toks in (words(t) for t in translated):
            said |= {stem(w) for w in toks if has_script(w)}
            gives_cause = gives_cause or _shapes_en.gives_cause(toks)
            counted |= {st for st in _counts.counted_after_numbers(toks) if has_script(st)}
        for toks in said_tokens:
            counted |= _counts.counted_after_numbers(toks)
        for toks, types in zip(asked_tokens, asked_types, strict=True):
            if "count" in types:
                counted |= {stem(toks[j]) for j, _ in _counts.counted_terms(toks)}
            if _words.COUNT_NOUNS.intersection(toks):  # "death penalty stats": what is counted
                counted |= {stem(w) for w in toks}
        numbers = {n for toks in [*said_tokens, *asked_tokens] for w in toks if (n := _words.number(w)) is not None}
        figures = frozenset(
            (n, stem(w))
            for toks in said_tokens
            for i, t in enumerate(toks)
            if t[:1].isdigit() and (n := _words.number(t)) is not None
            for w in toks[i + 1 : i + 4]
        ) | _counts.spelled_figures(said_texts)
        # ... and "5,000 visitors": `words` splits the number at its comma
        figures |= {
            (int(m[0].replace(",", "")), stem(w))
            for t in said_texts
            for m in _words.THOUSANDS.finditer(t)
            for w in words(t[m.end() : m.end() + 60])[:3]
        }
        figures |= _figure_scope.vouched_figures(figures, asked_tokens)  # "how many groups": "34 groups"
        numbers |= {n for n, _ in figures}  # "two thousand flowers" says 2000, as "2,000 flowers" does
        # and "5,000 visitors" says 5000, which `words` splits at the comma (a question's figure
        # is read whole: `ScopeIndex._check_separated`)
        numbers |= {int(m[0].replace(",", "")) for t in (*said_texts, *phrasings) for m in _words.THOUSANDS.finditer(t)}
        kinds = set(answer_types(" ".join(said_texts)))
        said_words = {w for toks in said_tokens for w in toks}
        if not said_words.isdisjoint(_AGE_WORDS):
            kinds.add("age")  # how old someone or something is (or a date: see `check`)
        if not said_words.isdisjoint(_words.UNITS):
            kinds.add("duration")  # a span of time: how long
        for toks in asked_tokens:
            kinds |= {_words.HOW[pair] for pair in itertools.pairwise(toks) if pair in _words.HOW}
        named: dict[str, set[str]] = {}
        identified = set(said)
        kind_words: dict[str, set[str]] = {}
        count_asked: set[str] = set()
        subjects = {stem(toks[j]) for toks in own_tokens for j in _subjects_en.wh_subjects(toks)}
        for toks, types in zip(asked_tokens, asked_types, strict=True):
            if "count" in types:
                count_asked |= {stem(w) for w in toks}
            subjects |= {stem(toks[j]) for j in _subjects_en.wh_subjects(toks)}
            kinds |= types
            for kind in types & {"where", "when"}:  # "on what date": when
                kind_words.setdefault(kind, set()).update(stem(w) for w in toks)
            if any(w == "who" and _words.opens(toks, i) for i, w in enumerate(toks)):
                kinds.add("who")  # asked who someone is: its answer says who, by name or not
            # "who is the woman quoted", "which show did she speak on": the FAQ's authors say
            # this entry tells who or which that is.
            for j in _subjects_en.who_the(toks):
                named.setdefault(stem(toks[j]), set()).add("")
            identified |= {stem(toks[j]) for j in _shapes_en.asked_what(toks)}
            identified |= {stem(toks[j]) for j in _shapes_en.listed_heads(toks)}  # "what are the main complaints"
        for toks in said_tokens:
            if any(w in PLACES for w in toks):
                kinds.add("where")
        if any(_URL.search(t) for t in said_texts) or any(
            _words.LINK_WORDS.intersection(toks) for toks in asked_tokens
        ):
            kinds.add("link")  # it gives a web address, or its authors say it is asked for one
        if (
            gives_cause
            or any(_shapes_en.gives_cause(toks) for toks in said_tokens)
            or any(_words.WHY.intersection(words(t)) for t in own_texts)
        ):
            kinds.add("why")  # it says a cause or purpose, or its own question asks why
            kinds.add("cause")  # ... in what it says, not only in how people ask (see `check`)
        if any(_words.WHY.intersection(toks) for toks in asked_tokens):
            # one of its phrasings asks why: its authors say it answers that, as the held-out
            # sets do ("why can't un experts travel to iran" of the entry saying iran refuses
            # visas, giving no reason, is answered in full there)
            kinds.add("why")
        sentences = [[_words.normal(w) for w in words(part)] for t in said_texts for part in _SENTENCE.split(t)]
        for toks in sentences:
            if any(toks[i : i + 2] == ["not", "name"] for i in range(len(toks))):
                kinds.add("unnamed")  # "the report does not name them": it answers who they are
            for i, word in enumerate(toks):
                if word in self._names and word not in subject_names:
                    for near in toks[max(0, i - _NEAR) : i + _NEAR + 1]:
                        named.setdefault(stem(near), set()).add(word)
        self._covered[entry_id] = _covered.Covered(
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
                stem(w)
                for toks in said_tokens
                for i, t in enumerate(toks)
                if t in _words.AFTER
                for w in toks[i + 1 : i + 4]
            ),
            " " + " | ".join(" ".join(toks) for toks in said_tokens) + " ",
            frozenset(
                stem(w)
                for toks in asked_tokens
                if any(w in ("who", "which") and _words.opens(toks, i) for i, w in enumerate(toks))
                for w in toks
                # a noun by its ending says no doing: "which organizations signed" vouches for
                # no "who organized it" (the two share a stem)
                if not w.endswith(NOUN_ENDINGS)
            ),
            _shapes_en.defined_stems(phrasings, asked_tokens, own_texts),
            who_of_others=_shapes_en.asked_of_others(asked_tokens),
            where_words=frozenset(
                stem(w)
                for toks, types in zip(asked_tokens, asked_types, strict=True)
                if "where" in types or not _words.WHERE_FA.isdisjoint(toks)
                for w in toks
            ),
            asked_with=_asked_with(asked_tokens, said),
            held=held_spans([*said_texts, *translated], [t for t in phrasings if not has_script(t)]),
            owned=frozenset(
                stem(m["owned"].lower())
                for t in said_texts
                for m in _OWNED.finditer(t)
                if not m["owned"].lower().endswith(_AGENT_ENDINGS + _THINGS_ENDINGS)
                and m["owner"].lower() not in _CONTRACTED
            ),
            **self._doings(said_texts, phrasings, translated, own_texts),
            states=_covered.by_stem(
                w
                for toks in [*said_tokens, *asked_tokens]
                for i, w in enumerate(toks)
                if not _shapes_en.modifier(toks, i)
            ),
            figures=figures,
            count_qualified=_figure_scope.count_qualifiers(asked_tokens, said),
            said_states=_covered.by_stem(
                w for toks in said_tokens for i, w in enumerate(toks) if not _shapes_en.modifier(toks, i)
            ),
            others=frozenset(
                stem(toks[i + 1]) if w == "other" else "else"
                for toks in [*said_tokens, *asked_tokens]
                for i, w in enumerate(toks[:-1] if toks else ())
                if w == "other" or (w == "else" and i > 0 and toks[i - 1] in ("what", "who", "where"))
            )
            | frozenset("else" for toks in asked_tokens if toks[-1:] == ["else"] and "what" in toks[-3:])
            | _shapes_en.listed(own_tokens, asked_tokens),
            roles=frozenset(
                stem(_words.normal(w))
                for t in [*phrasings, *own_texts]
                for clause in _OWN_CLAUSE.split(t[:4000])
                for w in _shapes_en.role_asked(clause)
            ),
            called=frozenset(
                called
                for t in [*phrasings, *own_texts]
                if (called := _shapes_en.called_stems(t, self._fix, asked | said))
            ),
        )
        self._vocabulary |= said | asked
        self._numbers |= numbers
        self._figures |= figures
        # Its own question and its short phrasings ("death penalty", "executions in iran"),
        # which name what the entry is about rather than ask something of it.
        own = [[_words.normal(w) for w in words(t)] for t in own_texts]
        self._own[entry_id] = frozenset(stem(w) for toks in own for w in toks if w not in STOP_WORDS)
        return [{stem(w) for w in toks if w not in STOP_WORDS and w not in _words.FRAME_WORDS} for toks in asked_tokens]

    def _doings(
        self,
        said_texts: Sequence[str],
        phrasings: Sequence[str],
        translated: Sequence[str],
        own_texts: Sequence[str] = (),
    ) -> dict[str, frozenset[str]]:
        """`_covered.Covered.done` and `done_skeletons`: what an entry's texts say was done (a verb, not
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
                    finglish_done |= {predicate.word, _words.fold_word(predicate.word)}
                else:
                    word = _words.normal(predicate.word)
                    done |= {stem(word), *(stem(b) for b in predicates.bases(word))}
        said_done = {stem(w) for text in said_texts if not has_script(text) for w in predicates.doings(text)}
        done |= {stem(w) for w in persian_done} | {stem(w) for w in finglish_done}
        skeletons = {k for w in persian_done for k in _words.skeletons(w)} | {skeleton(w) for w in finglish_done}
        return {"done": frozenset(done), "done_skeletons": frozenset(skeletons), "said_done": frozenset(said_done)}

    def patched(
        self,
        entries: Iterable[tuple[str, Sequence[str], Sequence[str]]],
        topics: Mapping[str, Sequence[str]],
        repair: Callable[[str], str],
    ) -> Self:
        """A copy with `entries` (changed or added, as for the constructor) indexed again against
        this index's FAQ-wide tables (names, subject names, common words), which are kept as they
        are: the interim index served while the exact one is built (engine.Engine.patched)."""
        copy = object.__new__(type(self))
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
            said_texts, _, translated = _words.by_script(said, phrasings)
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

    def rebind(self, repair: Callable[[str], str]) -> Self:
        self._repair = repair
        return self

    def names_figure(self, number: int, word: str) -> bool:
        """Whether the FAQ gives `number` as a figure of what the English `word` names ("34
        orgs": "34 NGOs", which a phrasing counts as "how many orgs"), in either number."""
        return any((number, stem(self._fix(form))) in self._figures for form in _counts.number_forms(word.lower()))

    def _figure_named(self, number: int, word: str) -> bool:
        """Whether the FAQ states `number` of what the Finglish `word` counts, by its consonants
        ("34 ta sazman": "34 NGOs", which a Finglish phrasing counts as "chand ta sazman")."""
        if self.names_figure(number, word):
            return True  # ("in 34 ta NGO ...": an English word typed in a Finglish question)
        key = skeleton(word)
        return len(key) >= 2 and any(n == number and skeleton(f) == key for n, f in self._figures)

    def _is_name(self, word: str, written: _written.Written) -> bool:
        """A place or group from the general lists, or a word the user capitalised inside a
        sentence that the FAQ never uses (names the FAQ does use, such as the country it is
        about or the body it addresses, belong to its subject)."""
        if word in GROUPS or word in PLACES:
            return True
        if word in written.acronyms and not self._said_vocabulary.intersection(
            stem(w) for w in _counts.number_forms(word)
        ):
            # "did iran sign CEDAW": an acronym no entry's sources write, in full or not
            # (phrasings may ask it: how people ask, not what the sources say)
            return word.removesuffix("s") not in self._initials
        if word in written.owners and not is_english(word) and stem(word) not in self._vocabulary:
            return True  # "raisi's government": an owner no dictionary and no entry knows is a name
        return word in written.runs and stem(self._fix(word)) not in self._vocabulary

    @functools.cached_property
    def _vocabulary_skeletons(self) -> frozenset[str]:
        """The consonants of every Persian-script word the FAQ says or is asked with."""
        return frozenset(k for w in self._vocabulary if has_script(w) for k in _words.skeletons(w))

    @functools.cached_property
    def _latin_skeletons(self) -> frozenset[str]:
        """The consonants of every Latin-script word the FAQ says or is asked with (Finglish as
        folded), as `_vocabulary_skeletons` are of its Persian-script words."""
        return frozenset(skeleton(w) for w in self._vocabulary if w.isascii())

    def gives_cause(self, entry_id: str) -> bool:
        """Whether the entry's answer or quotes say a cause or purpose (not only a phrasing asking
        why): what "what's the point of <doing>" needs of an entry that is not asked it."""
        covered = self._covered.get(entry_id)
        return covered is not None and "cause" in covered.kinds

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """The names the FAQ's own texts write ("bahreini", "karimi": claims.known_names), no
        evidence of a question's language (persian.language); not one of two letters ("un"),
        spelt as a Finglish word is ("un": that)."""
        return frozenset(name for name in self._names if len(name) > 2)

    @functools.cached_property
    def people(self) -> frozenset[str]:
        """The names of people and things the FAQ writes ("rouhani", "bahreini"), not of the place
        it is about nor of bodies most entries name: whom "he" or "she" may stand for."""
        return self._people

    def knows(self, word: str) -> bool:
        """Whether the FAQ says or is asked with a Persian or Finglish word (by its stem, or its
        consonants in Persian script)."""
        return self._known_fa(word)

    def _known_fa(self, word: str) -> bool:
        return stem(word) in self._vocabulary or not set(_words.skeletons(word)).isdisjoint(self._vocabulary_skeletons)

    def counts_people(self, entry_id: str) -> bool:
        """Whether the entry gives a count of people (its phrasings ask "how many people", or
        what it says counts them: "440 people"), which a bare «چند نفر؟» ("how many people?")
        after a question about its subject asks."""
        covered = self._covered.get(entry_id)
        return covered is not None and not _PEOPLE_STEMS.isdisjoint(covered.counted)

    def knows_name(self, word: str) -> bool:
        """Whether the FAQ says or is asked with a Persian or Finglish word, a short one by its
        stem only (`_known_name_fa`)."""
        return self._known_name_fa(word)

    def _known_name_fa(self, word: str) -> bool:
        """`_known_fa` for a name: in Persian script, a skeleton of one or two consonants («رضا»,
        rz) is shared by too many words («روز», day) to say the FAQ knows the name, so only its
        stem counts (Finglish spells its vowels: "avval" is the FAQ's «اول» by its skeleton)."""
        if has_script(word) and len(skeleton(word)) < 3:
            return stem(word) in self._vocabulary
        # ... and "its <word>" is a word the FAQ knows: "avalesh" (its first) as "aval"
        base = without_possessive(word, self._known_fa) if word.isascii() else None
        return self._known_fa(word) or (base is not None and self._known_fa(base))

    def _never_said(self, word: str) -> bool:
        """Whether `word` is an English word no entry's sources write (in any number)."""
        fixed = self._fix(word)
        return is_english(fixed) and not self._said_vocabulary.intersection(
            stem(w) for w in _counts.number_forms(fixed)
        )

    def _judged(self, word: str) -> str | None:
        """The stem a question word is compared by (asked.uncovered); None for the FAQ's own
        subject ("letter") and for a typo or slang word, which tell nothing."""
        fixed = self._fix(word)
        st = stem(fixed)
        if st in self._common or (st not in self._vocabulary and not is_english(fixed)):
            return None
        return st

    def _knows_fa(self, covered: _covered.Covered, word: str) -> bool:
        """Whether the entry says or is asked with a Persian or Finglish `word`: a Persian one by
        its stem (its spoken plural «زنا» read as «زن»), a Finglish one by its consonants. A
        Finglish word that may be no noun ("kard") tells nothing, and is known."""
        if has_script(word) and any(c.isascii() for c in word):
            return True  # letters of both scripts in one word («عtلیه»): a slip, nothing to judge by
        if has_script(word):
            fixed = self._fix(word)
            forms = {fixed, fixed[:-1]} if fixed.endswith("ا") and len(fixed) >= 3 else {fixed}
            return any(stem(form) in covered.known for form in forms)
        if not _counts.countable_finglish(word):
            return True
        return skeleton(word) in covered.known_skeletons or stem(word) in covered.known

    def _says_word(self, covered: _covered.Covered, word: str) -> bool:
        """Whether the entry says `word`: as written (its stem), or a Finglish word by its
        consonants (`said_skeletons`). An English word no lexicon lists ("unionists") reads as
        Finglish too, and its consonants may not be those the entry's Persian writes: the word
        the entry writes itself is said whichever way it is read."""
        if stem(self._fix(word)) in covered.said:
            return True
        return _counts.countable_finglish(word) and skeleton(word) in covered.said_skeletons

    def _in_passing(self, tokens: Sequence[str], entry_id: str) -> bool:
        """True when the question names one of the FAQ's names that the entry's own question
        does not (it mentions it in passing, as the interviewer of the person it is about), and
        names nothing the entry is about."""
        topic = self._topics.get(entry_id)
        if topic is None:
            return False
        named = [w for w in tokens if w in self._names]
        content = [stem(self._fix(w)) for w in tokens if w not in STOP_WORDS and w not in _words.FRAME_WORDS]
        return (
            bool(named) and all(stem(self._fix(w)) not in topic for w in named) and not any(w in topic for w in content)
        )

    @staticmethod
    def _says(covered: _covered.Covered, tokens: Sequence[str], span: tuple[int, int]) -> bool:
        return f" {' '.join(tokens[span[0] : span[1]])} " in covered.text

    def topic_entries(self, question: str) -> list[str] | None:
        """The entries a question asking only what the FAQ says about a subject is about: "what
        does the letter say about executions", "and what about the visas?", "anything on
        minorities". None for any other question. An entry is about the subject when every word
        of it is in the entry's own question, or the subject is one of its short phrasings ("death
        penalty", not "capital" for "capital punishment"); the question may
        hold nothing else but the FAQ's most common words ("letter")."""
        tokens = [_words.normal(w) for w in words(question, self._max_chars)]
        start = _subjects_en.topic_start(tokens)
        if start is None:
            return None
        before = [
            w
            for w in tokens[: start - 1]
            if w not in STOP_WORDS and w not in _words.FRAME_WORDS and w not in _words.TOPIC_LEADS
        ]
        if any(stem(self._fix(w)) not in self._common for w in before):
            return None  # "what are the ngos pushing states to do about iran": more than a subject
        subject = {
            stem(self._fix(w))
            for w in tokens[start:]
            if w not in STOP_WORDS and w not in _words.FRAME_WORDS and w not in _words.SUBJECT_FILLERS
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
        tokens = [_words.normal(t) for t in words(question, self._max_chars)]
        persian = language != i18n.EN
        if not persian:
            tokens = self._as_ranked(tokens, covered.known)
        stems = [stem(self._fix(w)) for w in tokens]
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
        if any(w == "who" and _words.opens(tokens, i) for i, w in enumerate(tokens)):
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

    def _as_ranked(self, tokens: list[str], mine: frozenset[str]) -> list[str]:
        """An English question's words as the ranking reads them (data/en-synonyms.txt): an idiom
        as the FAQ's own word ("without good reason" as "arbitrarily", "the un human rights
        system" as "mechanisms"), and a one-word variant ("journos") as the entry's word when the FAQ
        never uses the variant itself. What ranked the entry first is then no word it "never uses"
        that stops its lead."""
        listed = synonyms.english()
        knows = lambda w: stem(w) in self._vocabulary
        if not listed.firsts.isdisjoint(tokens):
            tokens = listed.read(tokens, knows)
        out = []
        for w in tokens:
            if stem(self._fix(w)) not in mine and not knows(w):
                same = listed.word_for(w, lambda v: stem(v) in mine)
                w = same if same is not None else w
            out.append(w)
        return out

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
        if i > 0 and (tokens[i - 1] in _ASKING_FOR or tokens[i - 1] in _words.ASKERS):
            return None  # "what margin", "who funds", "can i listen", "how can we help"
        if any(tokens[j] == "how" and tokens[j + 1] in ("many", "much") for j in range(i - 1)):
            return None  # "how many death sentences were handed down": what is counted, all of it
        if _shapes_en.capitalised_inside(question[: self._max_chars * 2], word):
            return None
        text = question[: self._max_chars * 2]
        judged = _shapes_en.said_to_be(tokens, i) or (
            not _shapes_en.adverb(word) and _shapes_en.in_a_be_question(text, word)
        )
        if judged and _words.QUESTION_WORDS_EN.isdisjoint(tokens):
            return None  # "is the lamp a **letdown**": the entry's "Yes."/"No." would judge it
        if _shapes_en.main_verb(tokens, i):
            return None  # "why does iran **torture** them", "why are they **tortured**": a doing
        if _shapes_en.after_preposition(tokens, i):
            return None  # "to the **museum**", "in **prison**": a place, a thing, a time
        if i in _shapes_en.asked_heads(tokens) or not _shapes_en.framed(question[: self._max_chars * 2], tokens):
            return None  # "what is the keeper's **salary**", "lighthouse keeper **salary**"
        return i

    def _names_own(self, asked: set[str], entry_id: str, persian: bool) -> bool:
        """Whether `asked` (a question's content stems) names nothing but what the entry's own
        question is about (`lead_words`); a Finglish word by its consonants against the Persian
        words of its own question ("fanus hanuz kar" of «آیا فانوس دریایی هنوز کار می‌کند؟»)."""
        own = self._own.get(entry_id, frozenset())
        if not persian:
            return asked <= own
        sounds = {k for w in own if has_script(w) for k in _words.skeletons(w)}
        return all(w in own or (w.isascii() and skeleton(w) in sounds) for w in asked)

    def _named(self, x: str, *, runs: bool = False) -> list[str]:
        """The FAQ's names in `x` when `x` is nothing but a name the FAQ writes, else none. Read
        as `text.words` reads a question (Finglish folded) and, failing that, as typed: a name
        the FAQ writes in Latin letters may look Finglish and fold into another word ("roya
        karimi" read as "ruya karim"), which is then no name of the FAQ. `runs`: a Persian-script
        `x` may also be a run of a name's words by their consonants (`_name_runs`)."""
        for finglish in (True, False):
            asked = [w for w in words(x, finglish=finglish) if w not in STOP_WORDS]
            if asked and all(self._is_faq_name(w, self._name_words, self._name_word_skeletons) for w in asked):
                return [w for w in asked if self._is_faq_name(w, self._names, self._name_skeletons)]
            if runs and asked and has_script(x) and tuple(skeleton(w) for w in asked) in self._name_runs:
                # «رویا کریمی مجد», «نوآ براندر»: a run of the FAQ's name, its words of enough
                # consonants to tell (as `_in_topic` tells them)
                return [w for w in asked if len(skeleton(w)) >= 2]
        return []

    def _glossary_name(self, x: str) -> tuple[str, ...] | None:
        """The English words of the FAQ's name `x` is, as the glossary writes it in English,
        Persian or Finglish (any spelling with the same consonants), or None."""
        asked = tuple(w for w in words(x) if w not in STOP_WORDS)
        found = self._translated_names.get(asked) or self._names_run(asked, folded=False)
        if found is None and x.isascii():
            folded = tuple(w for w in words(x, finglish=FINGLISH_ALWAYS) if w not in STOP_WORDS)
            found = (
                self._translated_names.get(folded)
                or self._translated_names.get(_written.skeleton_key(folded))
                or self._names_run(folded, folded=True)
            )
        return found

    def _names_run(self, asked: tuple[str, ...], *, folded: bool) -> tuple[str, ...] | None:
        """The English words of names that follow one another and make up all of `asked`:
        «مجمع عمومی سازمان ملل», "majma-e omumi-e sazman-e melal" (the General Assembly of the
        United Nations, as Persian puts the body before what it belongs to), or None. Each name
        as `_glossary_name` reads a whole one; the longest first."""
        if len(asked) < 2 or len(asked) > 8:
            return None
        names = self._translated_names

        def name(run: tuple[str, ...]) -> tuple[str, ...] | None:
            return names.get(run) or (names.get(_written.skeleton_key(run)) if folded else None)

        def split(start: int) -> tuple[str, ...] | None:
            if start == len(asked):
                return ()
            for end in range(len(asked), start, -1):
                if start == 0 and end == len(asked):
                    continue  # the whole of it: not a run of names
                term = name(asked[start:end])
                rest = split(end) if term is not None else None
                if term is not None and rest is not None:
                    return (*term, *rest)
            return None

        return split(0)

    def _defined_words(self, own_texts: Iterable[str]) -> frozenset[str]:
        """The stems of what an entry's own questions ask to be described: X of each clause that
        is "what/who is X" (in Persian script too) where X is one of the FAQ's names."""
        found: set[str] = set()
        for text in own_texts:
            for clause in _OWN_CLAUSE.split(text[:4000]):
                match = _words.DEFINITION.match(clause)
                if match is None and has_script(clause):
                    match = _words.DEFINITION_FA.match(normalize(clause))
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
        return has_script(word) and skeleton(word) in _words.skeletons_of(topic & self._names)


def _asked_with(asked_tokens: Sequence[Sequence[str]], said: set[str]) -> dict[str, tuple[frozenset[str], ...]]:
    """`_covered.Covered.asked_with`: each word no dictionary knows and the entry never says, by
    the phrasings that use it (their stems)."""
    out: dict[str, list[frozenset[str]]] = {}
    for toks in asked_tokens:
        stems = frozenset(stem(w) for w in toks)
        for w in toks:
            if w.isalpha() and w.isascii() and stem(w) not in said and not is_english(w):
                out.setdefault(stem(w), []).append(stems)
    return {k: tuple(v) for k, v in out.items()}
