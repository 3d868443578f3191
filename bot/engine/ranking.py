"""Ranking: a question's candidate entries, best first, with the signals the decision uses.

1. Retrieval: TF-IDF over stemmed words and word pairs, each entry's question and phrasings
   forming one document (index.py). Words the FAQ never uses keep full weight in the question's
   norm, so a question about "Saudi Arabia" scores low against an FAQ about Iran: words that
   change the subject count against a match instead of being ignored.
2. Re-ranking of the best few entries with a per-phrasing TF-IDF cosine and rapidfuzz's
   token_sort_ratio on stop-word-free text (never WRatio or partial scores, which reward any
   shared word). The fusion weights are settings (`MatchSettings.fusion_*`).

Why a decision is cheap (`Ranker.decided`): the string similarity (rapidfuzz over every phrasing
of an entry: on the shipped FAQ some 90 phrasings an entry) is most of a ranking's time, and a
decision reads only the first few candidates. So it is worked out exactly for the few leaders by
the other views, then, for the others, only where a perfect score could still let the entry
reach what is read, and within such an entry only for the phrasings whose length allows the
score it needs (`_fuzzy_reaching`); every other gets a lower score, which leaves it out of what
is read. Each entry's best phrasing is found by one `extractOne` (`_fuzzy_each`, `_fuzzy_reaching`),
which passes over a phrasing whose length keeps it under the best found so far: the same ratio
of the same pair as a `cdist` over all of them, and, for the few entries scored, less time.
A new signal that lifts an entry's fused score must be added to `low` in
`_fuzzy_of_leaders` and bounded in `may_answer`, or these bounds drop entries that could count.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from . import learned, persian, synonyms
from .index import Index, gather, sublinear_tf, term_frequencies
from .lexicon import is_english
from .memo import MAX_CACHED_WORD
from .spelling import MANY_CHOICES, closest_spelling, length_buckets, similar_length
from .subjects import subject_words
from .text import STOP_WORDS, content_words, question_types, stem, words
from .whereabouts import whereabouts

if TYPE_CHECKING:
    from .matcher import MatchSettings

FEATURES = (
    "best",
    "margin",
    "entry_cos",
    "phrase_cos",
    "fuzzy",
    "coverage",
    "agree",
    "type_ok",
    "phrase_recall",
    "rel_margin",
    "coverage_en",
    "learned_prob",
    "learned_margin",
    "answer_fits",
    "sem_best",
    "sem_margin",
)


@dataclass(frozen=True)
class Ranked:
    """One entry's scores for one question (what calibration and evaluation look at)."""

    entry_id: str
    fused: float
    entry_cos: float
    phrase_cos: float
    fuzzy: float
    phrase_recall: float  # share of the closest phrasing's weight that the question covers
    type_ok: bool  # the question's answer type (who/when/why/...) is one people ask this entry
    answer_fits: bool = True  # the entry's answer holds the kind of fact asked for (a date, a number)
    semantic: float = 0.0  # cosine with the closest phrasing by meaning (0 when the view is off)
    learned: float = 0.0  # score with the learned entry weights (entry_cos when there are none)


_RANKED_FIELDS = tuple(f.name for f in fields(Ranked))
_new_object, _set_attribute = object.__new__, object.__setattr__
_BY_FUSED, _BY_ENTRY_ID = attrgetter("fused"), attrgetter("entry_id")
_BY_ENTRY_COS, _BY_PHRASE_COS = attrgetter("entry_cos"), attrgetter("phrase_cos")


def _ranked(
    entry_id: str,
    fused: float,
    entry_cos: float,
    phrase_cos: float,
    fuzzy: float,
    phrase_recall: float,
    type_ok: bool,
    answer_fits: bool,
    semantic: float,
    learned: float,
) -> Ranked:
    """`Ranked(...)` with every field given, made as a frozen dataclass's `__init__` would make
    it but without its one `object.__setattr__` call per field: `_finish` makes one per
    candidate, per question. Its attribute dict is written whole, in the fields' order (a third
    of the time that filling an empty one from `zip(_RANKED_FIELDS, values)` took)."""
    ranked = _new_object(Ranked)
    _set_attribute(
        ranked,
        "__dict__",
        {
            "entry_id": entry_id,
            "fused": fused,
            "entry_cos": entry_cos,
            "phrase_cos": phrase_cos,
            "fuzzy": fuzzy,
            "phrase_recall": phrase_recall,
            "type_ok": type_ok,
            "answer_fits": answer_fits,
            "semantic": semantic,
            "learned": learned,
        },
    )
    return ranked


if _ranked.__code__.co_varnames[: len(_RANKED_FIELDS)] != _RANKED_FIELDS:  # a field added to Ranked
    raise AssertionError("ranking._ranked must take Ranked's fields, in their order")


@dataclass(frozen=True)
class Ranking:
    """Candidates for one question, best first, with question-level signals."""

    candidates: tuple[Ranked, ...]
    coverage: float  # share of the question's word weight that the FAQ's vocabulary knows
    coverage_en: float  # the same, counting only unknown words that are ordinary English
    off_topic: tuple[str, ...]  # places or years the FAQ never mentions (see subjects.py)
    types: frozenset[str] = frozenset()  # answer types the question asks for
    sem_margin: float = 0.0  # best minus second-best entry by meaning alone
    # Every entry's learned score (TF-IDF's where nothing was learned), for the softmax share;
    # an array, so left out of == and repr.
    learned_scores: np.ndarray | None = field(default=None, compare=False, repr=False)


# The signals Ranker.may_answer bounds; a model weighing any other gets no bound (ranked in full).
_UNBOUNDED = tuple(
    name
    for name in FEATURES
    if name
    not in (
        "best margin entry_cos phrase_cos fuzzy coverage agree type_ok phrase_recall rel_margin coverage_en "
        "learned_prob learned_margin answer_fits sem_best sem_margin"
    ).split()
)

_CHECKED_TYPES = frozenset({"when", "count"})  # the kinds of fact `answer_types` can spot


_PARTITION_FROM = 1000  # entries from which `_learned_share` partitions instead of sorting


def _learned_share(ranking: Ranking, first: Ranked) -> tuple[float, float]:
    """The best entry's softmax share among all entries by learned score (the trainer's own
    measure of certainty), and the best learned score of any other entry."""
    scores = ranking.learned_scores
    if scores is None or not len(scores):
        return 0.0, 0.0
    # The ufuncs `.max()` and `.sum()` call, and a sort of a copy for `np.partition`'s two
    # largest values: the same floats without the Python wrappers, which on the few entries of
    # a small FAQ cost more than the arithmetic.
    top = np.maximum.reduce(scores)
    scaled = learned.SCALE * (scores - top)
    total = float(np.add.reduce(np.exp(scaled)))
    share = math.exp(learned.SCALE * (first.learned - float(top))) / total
    if len(scores) < 2:
        return share, 0.0
    if len(scores) > _PARTITION_FROM:
        # a large FAQ: the two largest without sorting all (the same two values)
        ordered = np.partition(scores, len(scores) - 2)
    else:
        ordered = scores.copy()
        ordered.sort()
    second, best = float(ordered[-2]), float(ordered[-1])
    return share, second if first.learned >= best else best


_UNKNOWN_CODE = 0x10FFFF  # question words no phrasing uses: codes from here down (_coded)
_FIRST_CODE = 0x100


def _word_code(i: int) -> str:
    """The character standing for the i-th word of an index's wording: above Latin-1, past the
    surrogates, and below the codes of unknown question words (beyond a million distinct words
    they wrap around, which only makes two rare words read alike)."""
    code = _FIRST_CODE + i % (0x10F000 - _FIRST_CODE - 0x800)
    return chr(code + 0x800 if code >= 0xD800 else code)


class Started(NamedTuple):
    """What `Ranker._start` hands `Ranker._finish` (and `Ranker.may_answer`)."""

    question: str
    coverage: tuple[float, float]
    plain: str
    off_topic: tuple[str, ...]
    types: frozenset[str]
    semantic: bool
    entry_scores: np.ndarray
    phrase_scores: np.ndarray
    phrase_recall: np.ndarray
    learned_scores: np.ndarray
    use_learned: bool
    skipped: int | None


def _letter_bits(word: str) -> int:
    """The set of `word`'s letters as the bits of an int: bit `ord(letter) % 64` for each letter
    (two letters may share a bit: see Ranker._closest_near)."""
    bits = 0
    for letter in word:
        bits |= 1 << (ord(letter) % 64)
    return bits


def _letter_bits_of(words: Sequence[str]) -> np.ndarray:
    """`_letter_bits` of each word, as one array (computed for all the words at once)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32)
    bits = np.left_shift(np.uint64(1), (codes % 64).astype(np.uint64))
    starts = np.cumsum([0, *(len(w) for w in words[:-1])])
    return np.bitwise_or.reduceat(bits, starts)


# How many bits of each byte are set: `_bit_count` where numpy (before 2.0) has no bitwise_count.
_BITS_SET = np.array([bin(b).count("1") for b in range(256)], dtype=np.uint8)


def _bit_count(values: np.ndarray) -> np.ndarray:
    """How many bits are set in each of `values` (uint64)."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(values)
    return _BITS_SET[values.view(np.uint8)].reshape(len(values), 8).sum(axis=1)


_JOINT_MAX = 100_000  # stored values (entry and phrasing vectors together) up to which `_Joint` is made


class _Joint(NamedTuple):
    """An index's entry and phrasing vectors stored together, term by term: each term's entry
    values, then its phrasing values (vector numbers past the entries'), with the learned entry
    weights and the squares of the phrasing weights beside them (0.0 elsewhere).

    Why: `Ranker._start` needs, for every question, the entry cosines, the learned ones, and the
    phrasing cosines and recall. Stored apart, that is two gathers of the question's terms and
    four `bincount`s; together it is one gather and three. On a small FAQ (the shipped one holds
    4,500 to 22,000 values per index) numpy's fixed cost per call is most of that time, paid for
    every question and every sentence of a message in each index it is read in: `_start` took
    about a quarter less time on the shipped FAQ's indexes.

    The scores are the same floats: `bincount` adds each vector's products in the order of the
    positions, and in both layouts that order is the question's terms in turn (a vector holds at
    most one value per term), each product the same weight times the same query weight."""

    ptr: np.ndarray  # term t's values are [ptr[t], ptr[t + 1])
    docs: np.ndarray  # the vector of each value: an entry's index, or n_entries + a phrasing's row
    weights: np.ndarray
    learned: np.ndarray | None  # the learned weight of each entry value (None without learned weights)
    squares: np.ndarray  # each phrasing value's weight squared
    n_entries: int
    n_phrasings: int

    @classmethod
    def of(cls, index: Index) -> _Joint | None:
        """The joint vectors of `index`, or None where `Ranker._joint_table` does not use them."""
        entries, phrasings, learned_index = index.entries, index.phrasings, index.learned
        n_values = len(entries.docs) + len(phrasings.docs)
        if n_values > _JOINT_MAX or len(entries.ptr) != len(phrasings.ptr):
            return None
        if learned_index is not None and not learned_index.shares_positions(entries):
            return None
        # term t's values start after every earlier term's, of both kinds
        entry_at = np.arange(len(entries.docs)) + np.repeat(phrasings.ptr[:-1], np.diff(entries.ptr))
        phrasing_at = np.arange(len(phrasings.docs)) + np.repeat(entries.ptr[1:], np.diff(phrasings.ptr))
        docs = np.empty(n_values, dtype=np.int64)
        docs[entry_at] = entries.docs
        docs[phrasing_at] = phrasings.docs.astype(np.int64) + entries.size
        weights = np.empty(n_values, dtype=np.float64)
        weights[entry_at] = entries.weights
        weights[phrasing_at] = phrasings.weights
        learned_weights = None
        if learned_index is not None:
            learned_weights = np.zeros(n_values, dtype=np.float64)
            learned_weights[entry_at] = learned_index.weights
        squares = np.zeros(n_values, dtype=np.float64)
        squares[phrasing_at] = phrasings.weights * phrasings.weights
        return cls(entries.ptr + phrasings.ptr, docs, weights, learned_weights, squares, entries.size, phrasings.size)

    def scores(
        self, query: Mapping[int, float], use_learned: bool
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(entry cosines, phrasing cosines, phrasing recall, learned entry scores) of a non-empty
        `query`, as `entries.scores`, `phrasings.dot` and `learned.scores` give them (the entry
        cosines again as the learned scores when not `use_learned` or without learned weights)."""
        positions, qw = gather(self.ptr, query)
        docs = self.docs[positions]
        size, split = self.n_entries + self.n_phrasings, self.n_entries
        cosines = np.bincount(docs, weights=self.weights[positions] * qw, minlength=size)
        recall = np.bincount(docs, weights=self.squares[positions], minlength=size)
        entry_scores = cosines[:split]
        learned_scores = entry_scores
        if use_learned and self.learned is not None:
            learned_scores = np.bincount(docs, weights=self.learned[positions] * qw, minlength=size)[:split]
        return entry_scores, cosines[split:], recall[split:], learned_scores


class Ranker:
    """Scores questions against one index; keeps a cache of repaired words."""

    def __init__(self, index: Index, settings: MatchSettings):
        self.index = index
        self.settings = settings
        self._repair_cache: dict[str, str] = {}
        # a question word -> (the word `repair` gives, its stem, whether that is an English word),
        # what `_query` reads of each word: one look-up for a word seen before (see `_read_word`)
        self._word_reads: dict[str, tuple[str, str, bool]] = {}
        self._last_rows: tuple[np.ndarray, list[int], np.ndarray] | None = None  # see `_best_rows`
        self._idf: tuple[np.ndarray, list[float]] | None = None  # the index's idf, as floats (`_idf_list`)
        self._starts = np.asarray(index.starts, dtype=np.int64)  # to find a phrasing's entry
        self._persian_stems: tuple[dict[str, str], dict[int, list[str]], dict[str, str | None]] | None = None
        self._segments: tuple[list[int], np.ndarray, np.ndarray] | None = None  # see _every_entry
        self._rows_by_plain: dict[int, dict[str, list[int]]] = {}  # see _leave_out
        self._weights: tuple[Mapping[str, float], dict[str, float]] | None = None  # see `_model_weights`
        self._near_cache: dict[int, tuple[list[str], list[str]]] = {}  # see _near
        self._near_letters: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # see _letters_near
        self._length_letters: dict[int, np.ndarray] = {}  # see _letters_of
        self._prepared = False
        # Latin-script questions read as English (not the Finglish index's): everyday synonyms
        # and idioms towards the FAQ's own words (synonyms.py)
        self._english = index.finglish != persian.ALWAYS
        self._idioms: tuple[tuple[int, int], frozenset[tuple[str, ...]]] | None = None
        self._spellings: tuple[tuple[int, int], tuple[Mapping[str, str], Mapping[tuple[str, str], str]]] | None = (
            None  # see `_script_spellings`
        )
        self._joint: _Joint | None = None  # see `_joint_table`
        self._joint_made = False
        self._lengths: tuple[list[str], list[list[int]], list[list[str]]] | None = None  # see _by_length

    def _joint_table(self) -> _Joint | None:
        """This index's `_Joint` (made once), or None where it is not used: a FAQ of more than
        `_JOINT_MAX` stored values (the copies would cost memory where numpy's fixed cost per call
        is a small part of a question's time), or learned weights stored elsewhere than the entry
        vectors' positions."""
        if not self._joint_made:
            self._joint, self._joint_made = _Joint.of(self.index), True
        return self._joint

    def _knows(self, word: str) -> bool:
        return stem(word) in self.index.stems

    def _script_spellings(self) -> tuple[Mapping[str, str], Mapping[tuple[str, str], str]]:
        """persian.script_spellings of this index's vocabulary and persian.script_pairs of its
        texts, once per vocabulary (a patched index grows its own)."""
        key = (id(self.index.vocabulary), len(self.index.vocabulary))
        if self._spellings is None or self._spellings[0] != key:
            idf, term_ids = self.index.idf, self.index.term_ids
            rarity = lambda w: float(idf[term_ids[stem(w)]]) if stem(w) in term_ids else math.inf
            spellings = persian.script_spellings(self.index.vocabulary, rarity)
            self._spellings = (key, (spellings, persian.script_pairs(self.index.texts)))
        return self._spellings[1]

    def _own_idioms(self) -> frozenset[tuple[str, ...]]:
        """The idioms of synonyms.py that the FAQ's own texts use (read as typed), once per index."""
        key = (id(self.index), len(self.index.texts))
        if self._idioms is None or self._idioms[0] != key:
            self._idioms = (key, synonyms.english().used_in(self.index.texts))
        return self._idioms[1]

    def prepare(self) -> None:
        """Make now the tables the first questions would otherwise make (`_every_entry`'s
        segments, the candidate lists of typo repair, the Persian stems of the vocabulary and
        the Persian spellings of names typed in Latin letters)."""
        if self._prepared:
            return
        self._segment_table()
        self._idf_list()
        for length in range(1, max(self.index.by_length, default=0) + 3):
            self._near(length)
            self._letters_near(length)
        if any(persian.has_script(w) for w in self.index.vocabulary):
            self._repair_persian_stem("")
            self._script_spellings()
        if self.settings.fusion_text > 0:
            self._sorted_texts()
            if self.settings.text_words > 0:
                self._sorted_codes()
        if self._english:
            self._own_idioms()
        self._joint_table()
        if len(self.index.entry_ids) <= self.settings.rerank_candidates:
            self._by_length()  # (a larger FAQ's candidate cut never reads it: `_finish`)
        self._prepared = True

    def repair(self, word: str) -> str:
        """The FAQ word a misspelt question word most likely meant, or the word itself. A function
        of the word and this ranker's index and settings only (as `_read_word` relies on), so kept
        per word: the scope check repairs a question's words again, clause by clause, and a word
        the FAQ knows costs its look-ups each time otherwise."""
        repaired = self._repair_cache.get(word)
        if repaired is None:
            repaired = self._repaired(word)
            if len(word) <= MAX_CACHED_WORD:  # a longer "word" is no word: not kept (memo.word_cache)
                if len(self._repair_cache) > 50_000:
                    self._repair_cache.clear()
                self._repair_cache[word] = repaired
        return repaired

    def _repaired(self, word: str) -> str:
        """`repair(word)`, worked out."""
        canonical = self.index.canonical.get(word)
        if canonical is not None:
            return canonical
        if word in self.index.vocabulary or stem(word) in self.index.stems:
            return word
        # Finglish spoken plural -a on a short word ("faala", "faalaye": فعالا، فعالای), which
        # folding leaves on (persian._FINGLISH_LONG_PLURALS keeps four letters, or "raha" would
        # be "rah"): the singular, where only it is a word of the FAQ
        if (
            self.index.finglish == persian.ALWAYS
            and word.endswith("a")
            and len(word) > 3
            and word.isascii()
            and word[:-1] in self.index.vocabulary
        ):
            return word[:-1]
        base = persian.indefinite_base(word)
        if base is not None and stem(base) in self.index.stems:
            # "خبرنگاری" (journalism, or "a journalist") where the FAQ knows only "خبرنگار": the
            # journalist, with the indefinite ی
            return base
        s = self.settings
        min_length = persian.TYPO_MIN_LENGTH if persian.has_script(word) else s.typo_min_length
        if self._english and word.isascii():
            # a word the FAQ never uses, of one meaning with one it does ("journos": "journalist")
            same = synonyms.english().word_for(word, self._knows)
            if same is not None:
                return same
        if len(word) < min_length or not word.isalpha() or persian.is_homophone(word):
            return word  # a word spelt right that sounds like another is no typo of it
        choices, one_apart = self._near(len(word))
        best = self._closest_near(word, choices)
        if best is None and one_apart and not is_english(word):
            # One wrong letter in a short word ("behing") scores under the ratio cut-off (83 for
            # six letters); a word that is no English word is a typo, so one edit is enough, as
            # long as exactly one FAQ word is that close (one edit changes the length by at most
            # one: the others need not be looked at; nor those whose letters differ too much,
            # `_one_edit_near`).
            near = self._one_edit_near(word, one_apart)
            close = process.extract(word, near, scorer=OSA.distance, score_cutoff=1, limit=2)
            if len(close) == 1:
                best = close[0][0]
        if best is None and persian.has_script(word):
            best = self._repair_persian_stem(word)
        if best is not None and (self.index.finglish == persian.ALWAYS or persian.has_script(word)):
            # Persian and Finglish short words: only the edits people make typing Persian
            best = best if persian.plausible_typo(word, best) else None
        return best or word

    def _read_word(self, word: str) -> tuple[str, str, bool]:
        """(`repair(word)`, its stem, whether it is an English word): each a function of the word
        and this ranker's index and settings only, so kept per word (bounded as `_repair_cache`),
        which saves a question's every word its three look-ups in each index it is read in."""
        read = self._word_reads.get(word)
        if read is None:
            repaired = self.repair(word)
            read = (repaired, stem(repaired), is_english(repaired))
            if len(word) <= MAX_CACHED_WORD:  # a longer "word" is no word: not kept (memo.word_cache)
                if len(self._word_reads) > 50_000:
                    self._word_reads.clear()
                self._word_reads[word] = read
        return read

    def _idf_list(self) -> list[float]:
        """The index's idf as Python floats (the same values): indexing a list is cheaper than
        taking a float out of the array, term by term."""
        if self._idf is None or self._idf[0] is not self.index.idf:
            self._idf = (self.index.idf, self.index.idf.tolist())
        return self._idf[1]

    def _near(self, length: int) -> tuple[list[str], list[str]]:
        """The FAQ words a misspelt word of `length` letters may stand for, and those within one
        letter of its length, in the same order; made once per length, as every new word of that
        length looks them up. The first: `similar_length`'s (within two letters), less the
        lengths whose ratio with `length` letters cannot reach `typo_min_ratio` even if one word
        held the other (200 * shorter / both lengths), which `closest_spelling` would reject."""
        near = self._near_cache.get(length)
        if near is None:
            by_length = self.index.by_length
            near = (
                [c for n in self._reachable(length) for c in by_length.get(n, ())],
                [c for n in range(length - 1, length + 2) for c in by_length.get(n, ())],
            )
            if near[0] or near[1] or length <= MAX_CACHED_WORD:  # not one per length a user sends
                self._near_cache[length] = near
        return near

    def _reachable(self, length: int) -> list[int]:
        """The lengths of the words of `_near(length)[0]`, in order."""
        cutoff = self.settings.typo_min_ratio
        return [
            n for n in range(length - 2, length + 3) if n > 0 and 200.0 * min(n, length) / (n + length) >= cutoff - 1e-6
        ]

    def _closest_near(self, word: str, choices: list[str]) -> str | None:
        """`closest_spelling(word, choices)` for `choices` = `_near(len(word))[0]`, scoring only the
        choices that can reach the cut-off: a first-time typo is scored against hundreds of FAQ
        words (the most of the time a typo costs, and each new question brings new ones), most of
        which share too few letters with it. A letter that one of two words has and the other
        lacks costs at least one edit, so the letters in one word only (`_letter_bits`: a set as
        the bits of an int; letters that share a bit count once, which only lowers the count)
        bound the Indel distance that `fuzz.ratio` is made of from below; a choice whose bound
        rules out the cut-off at its length scores under it, so the closest choice is among the
        others, in the same order, and scored as before."""
        if len(choices) < MANY_CHOICES:
            return closest_spelling(word, choices, self.settings)
        letters = self._letters_near(len(word))[0]
        # ratio = 100 * (1 - distance / (len(word) + len(choice))), choices at most 2 letters longer;
        # one edit more than the cut-off allows, so that no rounding of the ratio can matter
        most = math.floor((1 - self.settings.typo_min_ratio / 100) * (2 * len(word) + 2)) + 1
        apart = _bit_count(letters ^ np.uint64(_letter_bits(word)))
        kept = np.flatnonzero(apart <= most).tolist()
        if len(kept) == len(choices):
            return closest_spelling(word, choices, self.settings)
        return closest_spelling(word, [choices[i] for i in kept], self.settings)

    def _one_edit_near(self, word: str, one_apart: list[str]) -> list[str]:
        """Those of `one_apart` = `_near(len(word))[1]` that may be one edit (OSA) from `word`, in
        order: all of them but those with more than two letters that the other word lacks (as
        `_closest_near` counts them), which one insertion, deletion, substitution or swap of
        neighbours cannot make. A first-time typo no FAQ word is close to by ratio is looked for
        among them (scoring each of the hundreds costs a few microseconds)."""
        if len(one_apart) < MANY_CHOICES:
            return one_apart
        apart = _bit_count(self._letters_near(len(word))[1] ^ np.uint64(_letter_bits(word)))
        return [one_apart[i] for i in np.flatnonzero(apart <= 2).tolist()]

    def _letters_near(self, length: int) -> tuple[np.ndarray, np.ndarray]:
        """`_letter_bits` of each word of the two lists of `_near(length)`, made once per length,
        as `_near` is."""
        letters = self._near_letters.get(length)
        if letters is None:
            letters = (self._letters_of(self._reachable(length)), self._letters_of(range(length - 1, length + 2)))
            if length <= MAX_CACHED_WORD:  # not one per length a user sends (as `_near`)
                self._near_letters[length] = letters
        return letters

    def _letters_of(self, lengths: Iterable[int]) -> np.ndarray:
        """`_letter_bits` of the FAQ words of these lengths, in the order of `_near`'s lists; each
        length's made once (a length is in up to five lists of each kind)."""
        parts = []
        for n in lengths:
            bits = self._length_letters.get(n)
            if bits is None:
                bits = _letter_bits_of(self.index.by_length.get(n, ()))
                if n in self.index.by_length:
                    self._length_letters[n] = bits
            parts.append(bits)
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)

    def _repair_persian_stem(self, word: str) -> str | None:
        """A misspelt Persian word with an affix ("گذارشگرهای") repaired by its stem: the FAQ
        word whose stem is closest to the word's, if the typo rule accepts them."""
        if self._persian_stems is None:
            surface: dict[str, str] = {}
            for w in sorted(self.index.vocabulary):
                if persian.has_script(w):
                    surface.setdefault(stem(w), w)
            # and each stem by its letters that sound alike folded (persian.sound_fold), when
            # no other stem folds to the same form
            by_sound: dict[str, str | None] = {}
            for s_, w in surface.items():
                key = persian.sound_fold(s_)
                by_sound[key] = w if key not in by_sound else None
            self._persian_stems = (surface, length_buckets(surface), by_sound)
        surface, buckets, by_sound = self._persian_stems
        s = stem(word)
        if len(s) < persian.TYPO_MIN_LENGTH:
            return None
        heard = by_sound.get(persian.sound_fold(s))
        if heard is not None:
            return heard  # "اغلیتها": "اقلیت" spelt by ear
        best = closest_spelling(s, similar_length(s, buckets), self.settings)
        return surface[best] if best is not None else None

    def question_words(self, question: str) -> list[str]:
        """The question's words as this index reads them (text.words). An index that detects
        Finglish text by text (`finglish` True) folds a question that looks like Persian in Latin
        letters, i.e. mostly no English words; but the FAQ's own made-up or foreign names are no
        English words either ("soroy but losteashi rimoum??", one typo away from a phrasing). The
        question is read as typed when that reading has more words this index knows than the
        folded one: words the FAQ uses are no evidence that the question is in another language."""
        max_chars = self.settings.max_question_chars
        read = words(question, max_chars, self.index.finglish)
        if self.index.finglish is True and question.isascii():
            typed = words(question, max_chars, False)
            if typed != read and self._known(typed) > self._known(read):
                return typed
        return read

    def _known(self, question_words: list[str]) -> int:
        """How many of these words (function words aside) this index has, as they are or by stem."""
        vocabulary, stems = self.index.vocabulary, self.index.stems
        return sum(1 for w in question_words if w not in STOP_WORDS and (w in vocabulary or stem(w) in stems))

    def _query(
        self, question: str, signals: bool = True
    ) -> tuple[dict[str, float], tuple[float, float], str, tuple[str, ...], frozenset[str]]:
        """Query vector over known terms, its vocabulary coverage (all unknown words, English
        unknown words), plain text, off-topic words and answer types."""
        all_words = self.question_words(question)
        types = question_types(all_words) if signals else frozenset()
        if self._english and not persian.has_script(question):
            # everyday idioms as the FAQ's word for them ("put to death": "executed"; synonyms.py)
            all_words = synonyms.english().read(all_words, self._knows, self._own_idioms())
            all_words = synonyms.capitals_read(all_words, self._knows)  # "send to Tehran": Iran
        raw = [w for w in all_words if w not in STOP_WORDS]
        if not question.isascii():
            raw = persian.join_compounds(raw, self.index.stems)  # "قطع نامه" = "قطعنامه"
        if self.index.finglish or not question.isascii():
            # ... and the other way: "فانوسدریایی", "emzakonande" for "فانوس دریایی", "emza konande"
            raw = persian.split_compounds(raw, self.index.stems, self.index.vocabulary)
        if not question.isascii() and persian.has_script(question):
            # a name typed in Latin letters inside Persian script: the Persian word of its consonants
            raw = persian.latin_in_script(raw, *self._script_spellings())
        off_topic = subject_words(all_words, self.index.vocabulary) if signals else ()
        if off_topic and (told := whereabouts(question)):
            # "im an iranian woman living in canada, does it mention us?": where the asker lives,
            # told, is no other place asked about
            off_topic = tuple(w for w in off_topic if w not in told)
        read = [self._read_word(w) for w in raw]
        cw = [r[0] for r in read]
        stems = [r[1] for r in read]
        english_stems = {r[1] for r in read if r[2]}
        idf = self._idf_list()
        weights: dict[str, float] = {}
        known_mass = total_mass = english_unknown = 0.0
        unknown_sq = 0.0
        term_ids, idf_unknown, log = self.index.term_ids, self.index.idf_unknown, math.log
        for term, count in term_frequencies(stems, self.settings.bigram_weight).items():
            tid = term_ids.get(term)
            if tid is None:
                if " " in term:
                    continue  # an unseen pair of known words says little; don't penalise it
                w = sublinear_tf(count) * idf_unknown
                unknown_sq += w * w
                total_mass += w
                if term in english_stems:
                    english_unknown += w
                continue
            # sublinear_tf(count), inline: one call fewer per term
            w = (1.0 + log(count) if count >= 1 else count) * idf[tid]
            weights[term] = w
            if " " not in term:
                known_mass += w
                total_mass += w
        norm = math.sqrt(sum(w * w for w in weights.values()) + unknown_sq) or 1.0
        vector = {t: w / norm for t, w in weights.items()}
        coverage = known_mass / total_mass if total_mass else 0.0
        coverage_en = 1.0 - english_unknown / total_mass if total_mass else 0.0
        return vector, (coverage, coverage_en), " ".join(cw), off_topic, types

    def rank(self, question: str, exclude: tuple[str, str] | None = None) -> Ranking:
        """Candidates for `question`, best first.

        `exclude` = (entry id, text) leaves that one phrasing out of the per-phrasing views, so a
        phrasing can be tested the way a new question would be (used by the collision check).
        """
        started = self._start(question, exclude)
        return started if isinstance(started, Ranking) else self._finish(started)

    def decided(self, started: Ranking | Started) -> Ranking:
        """`_finish(started)` as far as a decision reads it (decision.decide, the features): its
        first two candidates and the "did you mean" ones, exact; the others may come later and
        with lower scores than `rank` gives them (see `_finish`)."""
        if isinstance(started, Ranking):
            return started
        return self._finish(started, max(2, self.settings.max_suggestions))

    def _start(self, question: str, exclude: tuple[str, str] | None = None) -> Ranking | Started:
        """`rank`'s first half: the question's vector and every entry's and phrasing's cosine (a
        Ranking already when there is nothing to rank); `_finish` ranks them."""
        vector, coverage, plain, off_topic, types = self._query(question)
        semantic = self.index.semantic is not None and bool(plain)
        if not (vector or semantic) or not self.index.entry_ids:
            return Ranking((), *coverage, off_topic, types)
        term_ids = self.index.term_ids
        query = {term_ids[t]: w for t, w in vector.items()}
        # The learned weights have seen every phrasing, so a phrasing asked as a new question
        # (`exclude`) is scored without them.
        learned_index = self.index.learned if exclude is None else None
        use_learned = learned_index is not None
        joint = self._joint_table() if query else None
        if joint is not None:
            entry_scores, phrase_scores, phrase_recall, learned_scores = joint.scores(query, use_learned)
        else:
            gathered = self.index.entries.gather(query) if query else None
            entry_scores = self.index.entries.scores(query, gathered)
            phrase_scores, phrase_recall = self.index.phrasings.dot(query)
            if learned_index is not None:
                shared = gathered if learned_index.shares_positions(self.index.entries) else None
                learned_scores = learned_index.scores(query, shared)
            else:
                learned_scores = entry_scores
        skipped = self._leave_out(phrase_scores, exclude)
        return Started(
            question,
            coverage,
            plain,
            off_topic,
            types,
            semantic,
            entry_scores,
            phrase_scores,
            phrase_recall,
            learned_scores,
            use_learned,
            skipped,
        )

    def _finish(self, started: Started, exact: int | None = None) -> Ranking:
        """`rank`'s second half: the candidates re-scored (string similarity, fusion) and sorted.

        `exact`: only the first `exact` candidates need their scores and order (a decision reads
        no further: `decided`); an entry that cannot reach them whatever its string similarity
        gets none (0.0), which leaves it below them. The string similarity is most of this time,
        and most of a question's candidates share a word with it but are far behind."""
        question, coverage, plain, off_topic, types, semantic = started[:6]
        entry_scores, phrase_scores, phrase_recall, learned_scores, use_learned, skipped = started[6:]
        n = len(entry_scores)
        k = min(self.settings.rerank_candidates, n)
        top: np.ndarray | None = None  # None: every entry (no array made for them)
        if k < n:
            top = np.argpartition(-entry_scores, k - 1)[:k]
            if use_learned:
                top = np.union1d(top, np.argpartition(-learned_scores, k - 1)[:k])
        sem_margin = 0.0
        if semantic and self.index.semantic is not None:
            sem = self.index.semantic.scores(" ".join(self.question_words(question)), skipped)
            by_meaning = np.argsort(-sem)
            sem_margin = float(sem[by_meaning[0]] - (sem[by_meaning[1]] if len(sem) > 1 else 0.0))
            top = np.unique(np.concatenate([np.arange(n) if top is None else top, by_meaning[:3]]))
            sem_list = sem.tolist()
        else:
            sem_list = [0.0] * n  # what np.zeros(n).tolist() gives, without the array
        s = self.settings
        text_view = s.fusion_text > 0
        if text_view and s.text_candidates > 0 and k < n:
            # The text view's own candidates: the entries of the phrasings closest to the question
            # (per-phrasing cosine). An entry whose key word the question dropped or misspelt can
            # still own the phrasing the rest of the question reads like.
            m = min(s.text_candidates, len(phrase_scores))
            rows = np.argpartition(-phrase_scores, m - 1)[:m]
            rows = rows[phrase_scores[rows] > 0]
            top = np.union1d(np.arange(n) if top is None else top, self._owner(rows))
        sorted_query = " ".join(sorted(plain.split()))
        # Every entry re-scored (an FAQ of up to `rerank_candidates` entries, such as the shipped
        # one): each entry's best phrasing and fuzzy score in a few array operations instead of
        # two calls per entry; the same values (see `_every_entry`).
        all_entries = skipped is None and (top is None or len(top) == n)
        entry_list: Sequence[float] | dict[int, float]
        learned_list: Sequence[float] | dict[int, float]
        if top is None or all_entries:
            entry_list, learned_list = entry_scores.tolist(), learned_scores.tolist()
        else:
            # A large FAQ's candidate cut: only the candidates' scores as floats (the same floats
            # `tolist` gives), not every entry's, which cost more than the candidates' scoring
            # at 10,000 entries.
            chosen = top.tolist()
            entry_list = dict(zip(chosen, entry_scores[top].tolist(), strict=True))
            learned_list = dict(zip(chosen, learned_scores[top].tolist(), strict=True))
        # each entry's best phrasing's cosine and recall as floats, taken out of the arrays at once
        if all_entries and len(phrase_scores):
            at = self._best_rows_array(phrase_scores)
            best_cos, best_recall = phrase_scores[at].tolist(), phrase_recall[at].tolist()
        else:
            best_cos = best_recall = None  # (none: no entry has phrasings)
        every: list[float] | None = None
        if all_entries:
            ranked_ = [c > 0 or m > 0 for c, m in zip(entry_list, sem_list)]
            if exact is not None and best_cos is not None and not text_view and s.fusion_fuzzy >= 0:
                leading = learned_list if isinstance(learned_list, list) else list(learned_list)
                every = self._fuzzy_of_leaders(sorted_query, ranked_, leading, best_cos, sem_list, exact)
            else:
                at_once = self._every_entry(phrase_scores, sorted_query, ranked_)
                every = at_once[1] if at_once is not None else None  # (None: a test's entry-by-entry scoring)
        index = self.index
        starts = index.starts
        text_sims = (
            self._text_view(self.question_words(question), np.arange(n) if top is None else top, skipped)
            if text_view
            else {}
        )
        entry_ids, entry_types, answer_types = index.entry_ids, index.entry_types, index.answer_types
        checked = types & _CHECKED_TYPES
        w_learned, w_phrase, w_fuzzy, w_sem, w_text = (
            s.fusion_learned,
            s.fusion_phrase,
            s.fusion_fuzzy,
            s.semantic_weight,
            s.fusion_text,
        )
        ranked = []
        for ei in range(n) if top is None else top.tolist():
            entry_cos = entry_list[ei]
            if entry_cos <= 0 and sem_list[ei] <= 0:
                continue
            lo, hi = starts[ei], starts[ei + 1]
            if hi == lo:
                continue
            if every is not None:
                fuzzy, phrase_cos, recall = every[ei], best_cos[ei], best_recall[ei]  # type: ignore[index]
            else:
                best = lo + int(np.argmax(phrase_scores[lo:hi]))
                fuzzy = self._closest(sorted_query, index.sorted_plain, lo, hi, skipped)
                phrase_cos, recall = float(phrase_scores[best]), float(phrase_recall[best])
            phrase_cos = max(0.0, phrase_cos)
            recall = recall if phrase_cos > 0 else 0.0
            text_sim = text_sims.get(ei, 0.0)
            learned_cos = learned_list[ei]
            # Weights chosen on CLINC150's validation split and this FAQ's calibration sets
            # (top-1, and the calibration objective on out-of-fold confidences; both agreed):
            # once the entry weights are learned, the per-phrasing cosine adds little to the
            # ranking (it stays a signal for the confidence model). Dropping it entirely ranked
            # slightly better still, but left short phrasings ("sexism in iran") to string
            # similarity alone, and six of them collided.
            fused = (
                w_learned * learned_cos
                + w_phrase * phrase_cos
                + w_fuzzy * fuzzy
                + w_sem * sem_list[ei]
                + w_text * text_sim
            )
            type_ok = not types or bool(types & entry_types[ei])
            gives = answer_types[ei]
            fits = gives is None or checked <= gives
            ranked.append(
                _ranked(
                    entry_ids[ei],
                    fused,
                    entry_cos,
                    phrase_cos,
                    fuzzy,
                    recall,
                    type_ok,
                    fits,
                    sem_list[ei],
                    learned_cos,
                )
            )
        # by fused score, highest first, and equal ones by entry id (as the key (-fused, entry id)
        # orders them; the sort is stable, also reversed): attribute getters, not a lambda each
        ranked.sort(key=_BY_ENTRY_ID)
        ranked.sort(key=_BY_FUSED, reverse=True)
        return Ranking(tuple(ranked), *coverage, off_topic, types, sem_margin, learned_scores)

    def may_answer(
        self, started: Ranking | Started, settings: MatchSettings, besides: str | None = None, only: str | None = None
    ) -> bool:
        """Whether `_finish(started)` might be decided an answer with `settings` (its thresholds
        and model): False only when no string similarity could make it one (`besides`: an answer
        with another entry than that one; `only`: an answer with that entry). An upper bound of
        the confidence, over every entry that could come first: the signals string similarity
        does not move are exact (the entry's cosines, the coverage, the learned share...), and
        those it moves (the fused score, its margin, the fuzzy score itself, whether the views
        agree) are taken at their most favourable values. Cheaper than the string similarity
        itself (most of a ranking's time), which a question another index answers can then do
        without (Engine._match: an answer there wins over anything but an answer here). True
        whenever the bound is not worked out (a semantic or text view, a large FAQ's candidate
        cut, an uncalibrated model, a signal whose weight has a sign the bound does not cover: a positive
        `rel_margin` weight, a negative `fusion_fuzzy`, under which string similarity lowers the
        fused score and every bound below would be the wrong way round)."""
        if isinstance(started, Ranking):
            # none: never an answer
            return any(c.entry_id != besides and only in (None, c.entry_id) for c in started.candidates)
        if started.off_topic:
            return False  # a veto whatever the confidence (decision.veto)
        weights = settings.model_weights
        entry_scores = started.entry_scores
        if (
            weights is None
            or started.semantic
            or started.skipped is not None
            or self.settings.fusion_text > 0
            or self.settings.fusion_fuzzy < 0
            or settings.min_margin > 0
            or settings.rerank_candidates < len(entry_scores)
            or weights.get("rel_margin", 0.0) > 0
            or any(weights.get(name) for name in _UNBOUNDED)
        ):
            return True
        s = self.settings
        w = self._model_weights(weights)
        entry_list, learned_list = entry_scores.tolist(), started.learned_scores.tolist()
        phrase_scores, phrase_recall = started.phrase_scores, started.phrase_recall
        at = self._best_rows_array(phrase_scores)
        phrase_list, recall_list = phrase_scores[at].tolist(), phrase_recall[at].tolist()
        # the fused score without the string similarity (the semantic and text views are off),
        # of each entry `_finish` ranks (one with phrasings that shares a term with the question),
        # by entry index as `enumerate(entry_list)` gives them (`used`: the entries with phrasings)
        fusion_learned, fusion_phrase = s.fusion_learned, s.fusion_phrase
        low = {
            ei: fusion_learned * learned_list[ei] + fusion_phrase * max(0.0, phrase_list[ei])
            for ei in self._segment_table()[0]
            if entry_list[ei] > 0
        }
        if not low:
            return False
        ordered = sorted(low.values(), reverse=True)
        first_low = ordered[0]
        second_low = ordered[1] if len(ordered) > 1 else None
        top = max(learned_list)
        scale = learned.SCALE
        total = sum(math.exp(scale * (v - top)) for v in learned_list)
        by_learned = sorted(learned_list)
        second, most = (by_learned[-2], by_learned[-1]) if len(by_learned) >= 2 else (0.0, 0.0)
        coverage, coverage_en = started.coverage
        types = started.types
        checked = types & _CHECKED_TYPES
        # what every entry shares, and the signals string similarity moves, at their most
        # favourable (rel_margin: at least 0, and its weight is not positive, above)
        shared = (
            settings.model_bias
            + w["coverage"] * coverage
            + w["coverage_en"] * coverage_en
            + max(0.0, w["fuzzy"])
            + max(0.0, w["agree"])
        )
        w_best, w_margin, w_entry, w_phrase = w["best"], w["margin"], w["entry_cos"], w["phrase_cos"]
        w_type, w_recall, w_prob, w_lmargin, w_fits = (
            w["type_ok"],
            w["phrase_recall"],
            w["learned_prob"],
            w["learned_margin"],
            w["answer_fits"],
        )
        fuzzy_most = s.fusion_fuzzy * 1.0  # not negative (above)
        entry_types, answer_types = self.index.entry_types, self.index.answer_types
        z_most = -math.inf
        entry_ids = self.index.entry_ids
        for ei, low_ei in low.items():
            if (besides is not None and entry_ids[ei] == besides) or (only is not None and entry_ids[ei] != only):
                continue  # its answer is not asked about (it still sets the others' margins)
            high = low_ei + fuzzy_most
            # the highest of the other entries' scores without string similarity
            other = None if second_low is None else (second_low if low_ei == first_low else first_low)
            if other is not None and high < other - 1e-9:
                continue  # another entry scores more whatever the string similarity: never first
            margin_high = high - other if other is not None else high
            margin_low = 0.0 if other is not None else low_ei
            phrase_cos = max(0.0, phrase_list[ei])
            recall = recall_list[ei] if phrase_cos > 0 else 0.0
            gives = answer_types[ei]
            learned_ei = learned_list[ei]
            runner_up = (second if learned_ei >= most else most) if len(learned_list) >= 2 else 0.0
            z = (
                shared
                + max(w_best * low_ei, w_best * high)
                + max(w_margin * margin_low, w_margin * margin_high)
                + w_entry * entry_list[ei]
                + w_phrase * phrase_cos
                + w_type * (1.0 if not types or types & entry_types[ei] else 0.0)
                + w_recall * recall
                + w_prob * (math.exp(scale * (learned_ei - top)) / total)
                + w_lmargin * (learned_ei - runner_up)
                + w_fits * (1.0 if gives is None or checked <= gives else 0.0)
                # sem_best, sem_margin: 0 without the semantic view
            )
            z_most = max(z_most, z)
        if z_most == -math.inf:
            return False  # no entry (but `besides`) can come first
        # a little slack for the rounding of sums added in another order
        most_confident = 100.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z_most + 1e-6))))
        return round(most_confident, 1) >= settings.answer_threshold

    def _model_weights(self, weights: Mapping[str, float]) -> dict[str, float]:
        """Every feature's weight in `weights` (0.0 when not weighed), made once per weights:
        `may_answer` reads them all on each call, and the settings (and so their weights) of an
        index and a language are made once (Matcher.settings_for, Engine._may_beat)."""
        kept = self._weights
        if kept is None or kept[0] is not weights:
            kept = self._weights = (weights, {name: weights.get(name, 0.0) for name in FEATURES})
        return kept[1]

    def _text_view(self, question_words: list[str], entries: np.ndarray, skipped: int | None) -> dict[int, float]:
        """The text view (0-1) of each of `entries` (entry indexes) with phrasings: the question's
        whole wording, function words included, against the closest of the entry's phrasings (but
        the one left out): rapidfuzz's ratio of the letters, mixed with the ratio of the words by
        `text_words`, each taken in the words' order or sorted, whichever is higher
        (`_either_order`). Every candidate's phrasings in two `cdist`s per ratio."""
        starts = self.index.starts
        used = [ei for ei in entries.tolist() if starts[ei + 1] > starts[ei]]
        if not used:
            return {}
        rows = [row for ei in used for row in range(starts[ei], starts[ei + 1])]
        firsts = np.cumsum([0] + [starts[ei + 1] - starts[ei] for ei in used[:-1]])
        texts, sorted_texts = self.index.texts, self._sorted_texts()
        sims = _either_order(
            " ".join(question_words),
            " ".join(sorted(question_words)),
            [texts[r] for r in rows],
            [sorted_texts[r] for r in rows],
        )
        share = self.settings.text_words
        if share > 0:
            coded, sorted_codes = self._word_codes()[1], self._sorted_codes()
            question = self._coded(question_words)
            by_word = _either_order(
                question, "".join(sorted(question)), [coded[r] for r in rows], [sorted_codes[r] for r in rows]
            )
            sims = (1.0 - share) * sims + share * by_word
        if skipped is not None and skipped in rows:
            sims[rows.index(skipped)] = -1.0  # never its own phrasing (an entry left with none: 0)
        best = np.maximum.reduceat(sims, firsts) / 100.0
        return {ei: max(0.0, b) for ei, b in zip(used, best.tolist(), strict=True)}

    def _word_codes(self) -> tuple[dict[str, str], list[str]]:
        """Every word of the phrasings' wording as one character, and each phrasing so written (in
        `Index.word_codes`: made once per index), so that rapidfuzz's ratio of two such strings is
        the ratio of their words."""
        if self.index.word_codes is None:
            codes: dict[str, str] = {}
            coded = [
                "".join([codes.get(w) or codes.setdefault(w, _word_code(len(codes))) for w in text.split()])
                for text in self.index.texts
            ]
            self.index.word_codes = (codes, coded)
        return self.index.word_codes

    def _sorted_texts(self) -> list[str]:
        """Each phrasing's wording (`Index.texts`) with its words sorted (in `Index.sorted_texts`:
        made once per index)."""
        if self.index.sorted_texts is None:
            self.index.sorted_texts = [" ".join(sorted(text.split())) for text in self.index.texts]
        return self.index.sorted_texts

    def _sorted_codes(self) -> list[str]:
        """Each phrasing's word codes (`_word_codes`) sorted (in `Index.sorted_codes`: made once
        per index)."""
        if self.index.sorted_codes is None:
            self.index.sorted_codes = ["".join(sorted(coded)) for coded in self._word_codes()[1]]
        return self.index.sorted_codes

    def _coded(self, question_words: list[str]) -> str:
        """The question's words written as `_word_codes` writes the phrasings': a word the
        phrasings do not use is read as the FAQ word typo repair gives, if any; other unknown
        words get characters no phrasing word has (one per distinct word)."""
        codes = self._word_codes()[0]
        unknown: dict[str, str] = {}
        out = []
        for w in question_words:
            code = codes.get(w)
            if code is None and w not in STOP_WORDS:
                code = codes.get(self.repair(w))
            if code is None:
                code = unknown.setdefault(w, chr(_UNKNOWN_CODE - len(unknown)))
            out.append(code)
        return "".join(out)

    def _every_entry(
        self, phrase_scores: np.ndarray, sorted_query: str, ranked: Sequence[bool] | None = None
    ) -> tuple[list[int], list[float]]:
        """For every entry, by entry index: its best phrasing's row by `phrase_scores` (the first
        of equal ones, as `np.argmax` over the entry's rows gives) and its fuzzy score (the best
        `fuzz.ratio` of `sorted_query` with one of its phrasings, over 100, as `extractOne` over
        them gives). Entries without phrasings get 0 and 0.0 (the caller skips them). One
        `cdist` over every phrasing and a few array operations, instead of two calls per entry.

        `ranked[ei]`: whether entry ei is ranked at all (`rank` skips an entry that shares no
        term with the question): the string similarity, most of this time, is computed only for
        the phrasings of those (the others get 0.0, which nothing reads); the same floats for them."""
        used = self._segment_table()[0]
        n = len(self.index.starts) - 1
        rows, fuzzy = self._best_rows(phrase_scores), [0.0] * n
        if not used:
            return rows, fuzzy
        wanted = used if ranked is None else [ei for ei in used if ranked[ei]]
        if not wanted:
            return rows, fuzzy
        for ei, value in zip(wanted, self._fuzzy_of(sorted_query, wanted, len(wanted) == len(used)), strict=True):
            fuzzy[ei] = value
        return rows, fuzzy

    def _fuzzy_of_leaders(
        self,
        sorted_query: str,
        ranked: Sequence[bool],
        learned_list: Sequence[float],
        best_cos: Sequence[float],
        sem_list: Sequence[float],
        exact: int,
    ) -> list[float]:
        """`_every_entry`'s fuzzy scores where they can change what a decision reads of the
        first `exact` (at least 2) candidates of `_finish` (without the text view), 0.0 elsewhere:
        first those of the `exact` entries of highest fused score without string similarity,
        then those of the others whose fused score with a perfect string similarity could
        change it; any other one gets 0.0, which keeps it out of what is read."""
        s = self.settings
        w_learned, w_phrase, w_fuzzy, w_sem = s.fusion_learned, s.fusion_phrase, s.fusion_fuzzy, s.semantic_weight
        fuzzy = [0.0] * (len(self.index.starts) - 1)
        low = {
            ei: w_learned * learned_list[ei] + w_phrase * max(0.0, best_cos[ei]) + w_sem * sem_list[ei]
            for ei in self._segment_table()[0]
            if ranked[ei]
        }
        order = sorted(low, key=low.__getitem__, reverse=True)
        leaders, rest = order[:exact], order[exact:]
        for ei, value in zip(leaders, self._fuzzy_each(sorted_query, leaders), strict=True):
            fuzzy[ei] = value
        if rest:
            # Another entry counts if it could come first or second (the features), or among the
            # first `exact` with a score the "did you mean" floor lets in (decision.decide): one
            # under that floor in their place leaves the same entries offered.
            fused = sorted((low[ei] + w_fuzzy * fuzzy[ei] for ei in leaders), reverse=True)
            reach = min(fused[1], max(fused[-1], s.suggest_floor * fused[0])) - 1e-9  # the rounding of sums
            rest = [ei for ei in rest if low[ei] + w_fuzzy >= reach]
            if rest:
                rest.sort()
                if w_fuzzy > 0 and sorted_query:
                    needed = [(reach - low[ei]) / w_fuzzy for ei in rest]
                    for ei, value in self._fuzzy_reaching(sorted_query, rest, needed):
                        fuzzy[ei] = value
                else:
                    for ei, value in zip(rest, self._fuzzy_of(sorted_query, rest), strict=True):
                        fuzzy[ei] = value
        return fuzzy

    def _fuzzy_reaching(self, sorted_query: str, wanted: list[int], needed: list[float]) -> list[tuple[int, float]]:
        """The fuzzy score of each of `wanted` (entry indexes with phrasings) whose score may reach
        `needed` (one share a wanted entry), as `_fuzzy_of` gives it where it does reach it; the
        others may be left out or get a lower one (a value under `needed`, which `_fuzzy_of_leaders`
        reads as out of reach either way).

        Why: the entries far behind the leaders need a near-perfect string similarity to count,
        and `fuzz.ratio` is at most `1 - |a - b| / (a + b)` for texts of a and b letters (the
        Indel distance is at least the difference of the lengths). Each entry's phrasings sorted
        by length (`_by_length`), those that could reach `needed` are one slice, found by two
        bisections; a few dozen phrasings are then scored instead of every phrasing of a dozen
        entries (on the shipped FAQ, over a thousand), each slice by one `extractOne` (a quarter
        less time than one `cdist` over all the slices and `reduceat`, on the slowest asks). A
        phrasing that does reach `needed` is in its slice, so an entry's best of its slice is its
        best where that reaches `needed`."""
        lengths, texts = self._by_length()
        n_query = len(sorted_query)
        reaching: list[tuple[int, float]] = []
        for ei, least in zip(wanted, needed, strict=True):
            # ratio >= least  =>  |a - b| <= slack * (a + b): b within [a (1-slack)/(1+slack),
            # a (1+slack)/(1-slack)] (a little wider, for the rounding of both sides)
            slack = 1.0 - least + 1e-6
            of_entry = lengths[ei]
            lo = bisect_left(of_entry, n_query * (1.0 - slack) / (1.0 + slack) - 1e-6)
            longest = n_query * (1.0 + slack) / (1.0 - slack) + 1e-6 if slack < 1.0 else math.inf
            hi = bisect_right(of_entry, longest)
            if lo < hi:
                # its slice's best, as `_fuzzy_each` finds it (one `extractOne`: no ratio of a
                # phrasing whose length keeps it under the best so far); the same ratio as `cdist`
                found = process.extractOne(sorted_query, texts[ei][lo:hi], scorer=fuzz.ratio, processor=None)
                reaching.append((ei, found[1] / 100.0 if found is not None else 0.0))
        return reaching

    def _fuzzy_each(self, sorted_query: str, wanted: list[int]) -> list[float]:
        """`_fuzzy_of(sorted_query, wanted)`, the same floats, for a few entries (the leaders of
        `_fuzzy_of_leaders`): each entry's best phrasing by one `extractOne`, not one `cdist` over
        every phrasing of all of them. Why: `extractOne` raises its cut-off to the best ratio found
        so far, and a phrasing whose length alone keeps it under that cut-off (most of an entry's
        some 90 on the shipped FAQ) is passed over unscored; the best is scored in full, the same
        ratio of the same pair (and 0.0 whatever the cut-off when none scores above 0). About a third
        less time for the leaders on the shipped FAQ's three indexes. An empty question (every
        ratio 0, but 100 with an empty phrasing) keeps `_fuzzy_of`."""
        if not sorted_query:
            return self._fuzzy_of(sorted_query, wanted)
        sorted_plain, starts = self.index.sorted_plain, self.index.starts
        best = []
        for ei in wanted:
            found = process.extractOne(
                sorted_query, sorted_plain[starts[ei] : starts[ei + 1]], scorer=fuzz.ratio, processor=None
            )
            best.append(found[1] / 100.0 if found is not None else 0.0)
        return best

    def _by_length(self) -> tuple[list[list[int]], list[list[str]]]:
        """For each entry (by index), the lengths of its phrasings' fuzzy texts (`Index.sorted_plain`)
        in increasing order, and those texts in that order (made once per index's texts)."""
        sorted_plain = self.index.sorted_plain
        if self._lengths is None or self._lengths[0] is not sorted_plain:
            starts = self.index.starts
            lengths: list[list[int]] = []
            texts: list[list[str]] = []
            for ei in range(len(starts) - 1):
                by_length = sorted(range(starts[ei], starts[ei + 1]), key=lambda row: len(sorted_plain[row]))
                texts.append([sorted_plain[row] for row in by_length])
                lengths.append([len(sorted_plain[row]) for row in by_length])
            self._lengths = (sorted_plain, lengths, texts)
        return self._lengths[1], self._lengths[2]

    def _fuzzy_of(self, sorted_query: str, wanted: list[int], every: bool = False) -> list[float]:
        """The fuzzy score of each of `wanted` (entry indexes with phrasings, in order; `every`:
        all of them), as `_every_entry` gives it: one `cdist` over their phrasings."""
        _, firsts, _ = self._segment_table()
        sorted_plain = self.index.sorted_plain
        starts_of: np.ndarray | list[int]
        if every:
            choices, starts_of = sorted_plain, firsts
        else:
            starts = self.index.starts
            choices = []
            for ei in wanted:
                choices += sorted_plain[starts[ei] : starts[ei + 1]]
            starts_of = [0, *itertools.accumulate(starts[ei + 1] - starts[ei] for ei in wanted[:-1])]
        ratios = process.cdist([sorted_query], choices, scorer=fuzz.ratio, dtype=np.float64, workers=1)
        return (np.maximum.reduceat(ratios[0], starts_of) / 100.0).tolist()  # type: ignore[no-any-return]

    def _best_rows(self, phrase_scores: np.ndarray) -> list[int]:
        """Each entry's best phrasing's row by `phrase_scores` (the first of equal ones, as
        `np.argmax` over the entry's rows gives), by entry index; 0 for an entry without phrasings.
        Those of the last scores asked are kept: `may_answer` and `_finish` of one `_start` both
        ask (`phrase_scores` is only written in `_start`, before either; the list is not written)."""
        return self._best_rows_and_array(phrase_scores)[0]

    def _best_rows_array(self, phrase_scores: np.ndarray) -> np.ndarray:
        """`_best_rows(phrase_scores)` as an array, to index arrays with (made once per scores)."""
        return self._best_rows_and_array(phrase_scores)[1]

    def _best_rows_and_array(self, phrase_scores: np.ndarray) -> tuple[list[int], np.ndarray]:
        last = self._last_rows
        if last is not None and last[0] is phrase_scores:
            return last[1], last[2]
        used, firsts, segment = self._segment_table()
        rows = [0] * (len(self.index.starts) - 1)
        if used:
            highest = np.maximum.reduceat(phrase_scores, firsts)
            # (np.flatnonzero and np.searchsorted, as the array methods they call: no Python wrapper)
            at_highest = (phrase_scores == highest[segment]).nonzero()[0]
            for ei, row in zip(used, at_highest[at_highest.searchsorted(firsts)].tolist(), strict=True):
                rows[ei] = row
        array = np.asarray(rows, dtype=np.intp)
        self._last_rows = (phrase_scores, rows, array)
        return rows, array

    def _segment_table(self) -> tuple[list[int], np.ndarray, np.ndarray]:
        """(the entries that have phrasings, the first row of each, each row's place in that list)."""
        if self._segments is None:
            starts = self.index.starts
            used = [ei for ei in range(len(starts) - 1) if starts[ei + 1] > starts[ei]]
            firsts = np.asarray([starts[ei] for ei in used], dtype=np.int64)
            lengths = np.asarray([starts[ei + 1] - starts[ei] for ei in used], dtype=np.int64)
            self._segments = (used, firsts, np.repeat(np.arange(len(used)), lengths))
        return self._segments

    def _leave_out(self, phrase_scores: np.ndarray, exclude: tuple[str, str] | None) -> int | None:
        """The row of `exclude` (entry id, one of its phrasings), scored -1 in `phrase_scores` so
        that it cannot match itself (the collision check asks each phrasing of the others)."""
        skipped = None
        if exclude is not None and exclude[0] in self.index.index_of:
            ei = self.index.index_of[exclude[0]]
            skip = " ".join(content_words(exclude[1], finglish=self.index.finglish))
            for pi in self._rows_of_plain(ei).get(skip, ()):
                phrase_scores[pi] = -1.0
                skipped = pi
        return skipped

    def _rows_of_plain(self, ei: int) -> dict[str, list[int]]:
        """Entry `ei`'s rows by their plain text, in order: the check asks each of an entry's
        phrasings, and looking each up among all of the entry's rows cost time in the square of
        their number."""
        rows = self._rows_by_plain.get(ei)
        if rows is None:
            rows = {}
            for pi in range(self.index.starts[ei], self.index.starts[ei + 1]):
                rows.setdefault(self.index.plain[pi], []).append(pi)
            self._rows_by_plain[ei] = rows
        return rows

    @staticmethod
    def _closest(query: str, texts: list[str], lo: int, hi: int, skipped: int | None) -> float:
        """rapidfuzz's ratio (0-1) of `query` with the closest of texts[lo:hi] (one entry's
        phrasings, but the one left out): the fuzzy view (content words, sorted:
        `Index.sorted_plain`). extractOne stops scoring a phrasing as soon as it cannot beat the
        best so far, which makes it cheaper than scoring them all at once."""
        choices = texts[lo:hi]
        if skipped is not None and lo <= skipped < hi:
            choices = [c for i, c in enumerate(choices, lo) if i != skipped]
        match = process.extractOne(query, choices, scorer=fuzz.ratio) if choices else None
        return match[1] / 100.0 if match else 0.0

    def _owner(self, rows: np.ndarray) -> np.ndarray:
        return np.searchsorted(self._starts, rows, side="right") - 1

    def first(self, question: str, exclude: tuple[str, str]) -> str | None:
        """The entry `rank(question, exclude)` puts first (None without candidates), for the
        collision check: the same scores, but an entry's string similarity (rapidfuzz over its
        phrasings, most of a ranking's time) is computed only while the entry could still come
        first, i.e. while its score with a perfect similarity reaches the best so far."""
        if self.index.semantic is not None or self.settings.fusion_text > 0:
            # the meaning and text views add candidates and terms this bound does not know
            ranked = self.rank(question, exclude).candidates
            return ranked[0].entry_id if ranked else None
        vector, _, plain, _, _ = self._query(question, signals=False)
        if not vector or not self.index.entry_ids:
            return None
        query = {self.index.term_ids[t]: w for t, w in vector.items()}
        entry_scores = self.index.entries.scores(query)
        phrase_scores = self.index.phrasings.scores(query)
        skipped = self._leave_out(phrase_scores, exclude)
        k = min(self.settings.rerank_candidates, len(entry_scores))
        top = np.argpartition(-entry_scores, k - 1)[:k] if k < len(entry_scores) else np.arange(len(entry_scores))
        s = self.settings
        # Each ranked entry's bound, for all of them at once (one query of the check per
        # phrasing of the FAQ: a Python loop over the entries cost a fifth of the check): the
        # same floats as one entry at a time, as the same operations in the same order give.
        used, firsts, _ = self._segment_table()
        if not used:
            return None  # no entry has a phrasing: none is ranked
        has_rows = np.zeros(len(entry_scores), dtype=bool)
        has_rows[used] = True
        top = top[(entry_scores[top] > 0) & has_rows[top]]
        place = np.zeros(len(entry_scores), dtype=np.int64)
        place[used] = np.arange(len(used))
        entry_cos_of = entry_scores[top]
        phrase_cos_of = np.maximum(np.maximum.reduceat(phrase_scores, firsts)[place[top]], 0.0)
        # with a perfect string similarity, or none when its weight is negative
        perfect = max(0.0, s.fusion_fuzzy) * 1.0
        uppers = s.fusion_learned * entry_cos_of + s.fusion_phrase * phrase_cos_of + perfect + 0.0
        order = np.argsort(-uppers, kind="stable")
        bounded = zip(
            uppers[order].tolist(),
            top[order].tolist(),
            entry_cos_of[order].tolist(),
            phrase_cos_of[order].tolist(),
            strict=True,
        )
        sorted_query = " ".join(sorted(plain.split()))
        best: tuple[float, str] | None = None
        for upper, ei, entry_cos, phrase_cos in bounded:
            if best is not None and upper < best[0]:
                break  # this entry, and every one after it, scores below the best even with fuzzy 1
            lo, hi = self.index.starts[ei], self.index.starts[ei + 1]
            fuzzy = self._closest(sorted_query, self.index.sorted_plain, lo, hi, skipped)
            # As `rank` adds them (its semantic term is 0.0 here).
            fused = s.fusion_learned * entry_cos + s.fusion_phrase * phrase_cos + s.fusion_fuzzy * fuzzy + 0.0
            entry_id = self.index.entry_ids[ei]
            if best is None or (-fused, entry_id) < (-best[0], best[1]):
                best = (fused, entry_id)
        return best[1] if best is not None else None

    @staticmethod
    def features(ranking: Ranking) -> dict[str, float]:
        ranked, coverage = ranking.candidates, ranking.coverage
        if not ranked:
            return dict.fromkeys(FEATURES, 0.0)
        first = ranked[0]
        second = ranked[1].fused if len(ranked) > 1 else 0.0
        by_entry = max(ranked, key=_BY_ENTRY_COS).entry_id
        by_phrase = max(ranked, key=_BY_PHRASE_COS).entry_id
        learned_prob, runner_up = _learned_share(ranking, first)
        return {
            "best": first.fused,
            "margin": first.fused - second,
            "entry_cos": first.entry_cos,
            "phrase_cos": first.phrase_cos,
            "fuzzy": first.fuzzy,
            "coverage": coverage,
            "agree": 1.0 if by_entry == by_phrase == first.entry_id else 0.0,
            "type_ok": 1.0 if first.type_ok else 0.0,
            "phrase_recall": first.phrase_recall,
            # Long, wordy questions dilute every score alike; the relative lead does not shrink.
            "rel_margin": (first.fused - second) / first.fused if first.fused > 0 else 0.0,
            "coverage_en": ranking.coverage_en,
            "answer_fits": 1.0 if first.answer_fits else 0.0,
            "learned_prob": learned_prob,
            "learned_margin": first.learned - runner_up,
            "sem_best": first.semantic,
            "sem_margin": ranking.sem_margin,
        }


def _either_order(question: str, sorted_question: str, choices: list[str], sorted_choices: list[str]) -> np.ndarray:
    """rapidfuzz's ratio (0-100) of `question` with each of `choices`, or of the two with their
    words sorted (`sorted_question`, `sorted_choices`: by words apart by spaces, rapidfuzz's
    token_sort_ratio, or by word codes, one character a word) when that is higher. The text view
    so does not depend on word order, as the plain WRatio scan's token ratios do not: "nesoun?
    butri" reads as the phrasing "butri nesoun?", and a phrasing that differs from the question
    only by two words swapped scores as high as one asked word for word. A word-for-word phrasing
    scores 100 either way."""
    direct = process.cdist([question], choices, scorer=fuzz.ratio, dtype=np.float64, workers=1)[0]
    reordered = process.cdist([sorted_question], sorted_choices, scorer=fuzz.ratio, dtype=np.float64, workers=1)[0]
    return np.maximum(direct, reordered)
