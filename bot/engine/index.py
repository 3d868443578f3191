"""The index a question is matched against, built once per knowledge base.

A plain structure (arrays and dicts, no behaviour beyond building), in the spirit of bm25s's
index: `build_index` does all the per-entry work, so ranking a question (ranking.py) touches
only the few entries worth re-scoring. How each part earns its place is measured in docs/engine.md,
"How matching works", and ../shared/MATCHING.md.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

from . import learned
from .lexicon import is_english
from .semantic import Encoder, SemanticIndex, load_encoder
from .text import STOP_WORDS, answer_types, question_types, stem, words

if TYPE_CHECKING:
    from .matcher import MatchSettings


def _terms(stems: Sequence[str], bigram_weight: float) -> dict[str, float]:
    """Term frequencies: stems, and adjacent stem pairs at a lower weight."""
    counts: dict[str, float] = dict(Counter(stems))
    if bigram_weight > 0:
        for a, b in itertools.pairwise(stems):
            key = f"{a} {b}"
            counts[key] = counts.get(key, 0.0) + bigram_weight
    return counts


def _sublinear(tf: float) -> float:
    return 1.0 + math.log(tf) if tf >= 1 else tf


class _Postings:
    """Sparse l2-normalised vectors stored term by term: a dot product is one `bincount`."""

    def __init__(self, vectors: Sequence[Mapping[int, float]], n_terms: int):
        self.size = len(vectors)
        terms, docs, weights = [], [], []
        for doc, vec in enumerate(vectors):
            for term, weight in vec.items():
                terms.append(term)
                docs.append(doc)
                weights.append(weight)
        self.n_terms = n_terms
        order = np.argsort(np.asarray(terms, dtype=np.int64), kind="stable")
        self.docs = np.asarray(docs, dtype=np.int32)[order]
        self.weights = np.asarray(weights, dtype=np.float64)[order]
        counts = np.bincount(np.asarray(terms, dtype=np.int64), minlength=n_terms)
        self.ptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)

    def reweighted(self, weights: np.ndarray) -> _Postings:
        """The same vectors' shape with other weights (the arrays of positions are shared)."""
        copy = object.__new__(_Postings)
        copy.__dict__.update(self.__dict__)
        copy.weights = weights
        return copy

    def triples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(vector, term id, weight) for every stored value."""
        return self.docs, np.repeat(np.arange(self.n_terms), np.diff(self.ptr)), self.weights

    def dot(self, query: Mapping[int, float]) -> tuple[np.ndarray, np.ndarray]:
        """(q · v for every vector, share of each vector's squared norm on the query's terms)."""
        if not query:
            zeros = np.zeros(self.size)
            return zeros, zeros
        slices = [slice(self.ptr[t], self.ptr[t + 1]) for t in query]
        docs = np.concatenate([self.docs[sl] for sl in slices])
        w = np.concatenate([self.weights[sl] for sl in slices])
        qw = np.concatenate([np.full(sl.stop - sl.start, query[t]) for t, sl in zip(query, slices)])
        return (
            np.bincount(docs, weights=w * qw, minlength=self.size),
            np.bincount(docs, weights=w * w, minlength=self.size),
        )


def _misspellings(
    counts: Mapping[str, int], entries_of: Mapping[str, set[int]], settings: MatchSettings
) -> dict[str, str]:
    """Misspelt words in the FAQ's own phrasings ("tha leter") → the word they misspell.

    Phrasings are misspelt on purpose, so that misspelt questions match; but a typo kept as a
    word of its own is a rare word, and rarity is what TF-IDF rewards most: "leter", written
    once in who-signed, pulled "when was the leter sent" away from letter-date. Indexed as
    the word it misspells, the phrasing teaches the typo without claiming it.

    Folded: a word used at most twice, that is no English word and sits close (the query-side
    typo rule) to a word used at least three times as often *in every entry that uses it*: a
    typo sits among its entry's correct spellings. That last condition keeps names apart
    ("jones" and "ones", "mandy" and "many" in CLINC150 are in different intents); words used
    more often ("nameh", Persian for letter) are words of their own.
    """
    common = _length_buckets(word for word, count in counts.items() if count >= 3)
    folded: dict[str, str] = {}
    for word, count in counts.items():
        if count > 2 or len(word) < settings.typo_min_length or not word.isalpha() or is_english(word):
            continue
        used_in = entries_of[word]
        choices = [c for c in _similar_length(word, common) if counts[c] >= 3 * count and used_in <= entries_of[c]]
        best = _closest_spelling(word, choices, settings)
        if best is not None:
            folded[word] = best
    return folded


def _length_buckets(words: Iterable[str]) -> dict[int, list[str]]:
    buckets: dict[int, list[str]] = {}
    for word in sorted(words):
        buckets.setdefault(len(word), []).append(word)
    return buckets


def _similar_length(word: str, buckets: Mapping[int, list[str]]) -> list[str]:
    """The candidates a typo of `word` can be: within two letters of its length."""
    return [c for length in range(len(word) - 2, len(word) + 3) for c in buckets.get(length, ())]


def _closest_spelling(word: str, choices: Sequence[str], settings: MatchSettings) -> str | None:
    """The typo rule shared by questions and phrasings: the closest choice by rapidfuzz's ratio,
    if it reaches `typo_min_ratio`."""
    best = (
        process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=settings.typo_min_ratio) if choices else None
    )
    return best[0] if best else None


def _release_freed_memory() -> None:
    """Give the memory the build freed back to the system. Training and the per-phrasing term
    dicts leave hundreds of MB of freed small blocks at 10,000 entries, which glibc keeps for the
    process unless asked: resident memory kept after the build fell from 377 to 148 MB here
    (benchmarks/latency.py measures it). Elsewhere (macOS, musl, Windows) this does nothing."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None)
        if trim is not None:
            trim(0)
    except OSError:
        pass


@dataclass
class Index:
    """Everything a question is scored against; see `build_index`."""

    entry_ids: list[str]
    entry_types: list[frozenset[str]]  # answer types people ask each entry for (who/when/...)
    answer_types: list[frozenset[str] | None]  # kinds of fact each answer holds; None = unknown
    starts: list[int]  # entry i's phrasings are rows starts[i]:starts[i+1] of the per-phrasing views
    plain: list[str]  # each phrasing's content words
    sorted_plain: list[str]  # the same, sorted (for token_sort-style fuzzy matching)
    canonical: dict[str, str]  # misspellings written into phrasings -> the word they misspell
    vocabulary: set[str]  # surface words the FAQ uses (misspellings excluded)
    by_length: dict[int, list[str]]  # the same, by length, for typo repair
    term_ids: dict[str, int]
    idf: np.ndarray
    idf_unknown: float
    stems: set[str]
    entries: _Postings  # one TF-IDF vector per entry (its question and phrasings together)
    phrasings: _Postings  # one per phrasing
    learned: _Postings | None  # entry vectors with learned weights (learned.py), if trained
    semantic: SemanticIndex | None
    index_of: dict[str, int]
    finglish: bool | str = True  # Finglish texts folded with persian.py's rules (False: the English index)

    def __len__(self) -> int:
        return len(self.entry_ids)


def build_index(
    entries: Iterable[tuple[str, Sequence[str]]],
    settings: MatchSettings,
    encoder: Encoder | None = None,
    answers: Mapping[str, str] | None = None,
    finglish: bool | str = True,
) -> Index:
    """`entries`: (entry id, texts that should match it), in a stable order; `answers`: entry id
    -> the text shown as its answer, to know which kinds of fact it holds (see ranking.py);
    `finglish`: whether texts detected as Finglish are folded (text.words; persian.ALWAYS: every
    Latin-script text)."""
    entry_ids: list[str] = []
    entry_types: list[frozenset[str]] = []
    semantic_texts: list[str] = []
    starts = [0]
    bw = settings.bigram_weight
    texts_cw: list[list[str]] = []
    word_counts: Counter[str] = Counter()
    entries_of: dict[str, set[int]] = {}  # word -> the entries using it
    for entry_id, texts in entries:
        entry_ids.append(entry_id)
        types: set[str] = set()
        for text in texts:
            all_words = words(text, finglish=finglish)  # normalised once; every view below derives from it
            types |= question_types(all_words)
            semantic_texts.append(" ".join(all_words))
            cw = [w for w in all_words if w not in STOP_WORDS]
            texts_cw.append(cw)
            word_counts.update(cw)
            for w in cw:
                entries_of.setdefault(w, set()).add(len(entry_ids) - 1)
        entry_types.append(frozenset(types))
        starts.append(len(texts_cw))
    canonical = _misspellings(word_counts, entries_of, settings)
    del entries_of
    vocabulary = set(word_counts) - canonical.keys()
    phrasing_stems: list[list[str]] = []
    plain: list[str] = []
    sorted_plain: list[str] = []
    for cw in texts_cw:
        cw = [canonical.get(w, w) for w in cw]
        phrasing_stems.append([stem(w) for w in cw])
        plain.append(" ".join(cw))
        sorted_plain.append(" ".join(sorted(cw)))
    del texts_cw
    n = len(entry_ids)
    kinds = [answer_types(answers.get(eid, "")) if answers is not None else None for eid in entry_ids]

    phrasing_tf = [_terms(stems, bw) for stems in phrasing_stems]
    entry_tf: list[dict[str, float]] = []
    df: Counter[str] = Counter()
    for ei in range(n):
        tf: dict[str, float] = {}
        for counts in phrasing_tf[starts[ei] : starts[ei + 1]]:
            for term, count in counts.items():
                tf[term] = tf.get(term, 0.0) + count
        entry_tf.append(tf)
        df.update(tf.keys())
    # One dict from term to id; everything else about a term lives in arrays by id (a dict per
    # attribute cost tens of MB at 10,000 entries, mostly for word pairs).
    term_ids = {term: i for i, term in enumerate(df)}
    df_counts = np.fromiter(df.values(), dtype=np.float64, count=len(df))
    idf = np.log((1 + n) / (1 + df_counts)) + 1.0
    stems = {t for t in df if " " not in t}
    del df

    def vector(tf: Mapping[str, float]) -> dict[int, float]:
        weights = {term_ids[t]: _sublinear(c) * float(idf[term_ids[t]]) for t, c in tf.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    entry_vectors = _Postings([vector(tf) for tf in entry_tf], len(term_ids))
    phrasing_vectors = _Postings([vector(tf) for tf in phrasing_tf], len(term_ids))
    learned_vectors: _Postings | None = None
    if settings.learned_epochs > 0:
        owners = np.repeat(np.arange(n), np.diff(np.asarray(starts)))
        fitted = learned.train(
            entry_vectors.ptr,
            entry_vectors.docs,
            entry_vectors.weights,
            n,
            phrasing_vectors.triples(),
            owners,
            epochs=settings.learned_epochs,
        )
        if fitted is not None:
            learned_vectors = entry_vectors.reweighted(fitted)

    if encoder is None and settings.semantic_model:
        encoder = load_encoder(settings.semantic_model)
    semantic = SemanticIndex(encoder, semantic_texts, starts) if encoder else None
    del entry_tf, phrasing_tf, phrasing_stems
    if len(plain) > 10_000:  # a few ms: worth it only where there is much to give back
        _release_freed_memory()
    return Index(
        entry_ids=entry_ids,
        entry_types=entry_types,
        answer_types=kinds,
        starts=starts,
        plain=plain,
        sorted_plain=sorted_plain,
        canonical=canonical,
        vocabulary=vocabulary,
        by_length=_length_buckets(vocabulary),
        term_ids=term_ids,
        idf=idf,
        idf_unknown=math.log(1 + n) + 1.0,
        stems=stems,
        entries=entry_vectors,
        phrasings=phrasing_vectors,
        learned=learned_vectors,
        semantic=semantic,
        index_of={eid: i for i, eid in enumerate(entry_ids)},
        finglish=finglish,
    )
