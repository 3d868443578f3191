"""The index a question is matched against, built once per knowledge base.

A plain structure (arrays and dicts, no behaviour beyond building), in the spirit of bm25s's
index: `build_index` does all the per-entry work, so ranking a question (ranking.py) touches
only the few entries worth re-scoring. How each part earns its place is measured in docs/engine.md,
"How matching works", and ../shared/MATCHING.md.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

import numpy as np

from . import learned
from .lexicon import is_english
from .semantic import Encoder, SemanticIndex, load_encoder
from .spelling import closest_spelling, grown_buckets, length_buckets, similar_length
from .text import STOP_WORDS, answer_types, question_types, stem, words, words_once

if TYPE_CHECKING:
    from .matcher import MatchSettings


def term_frequencies(stems: Sequence[str], bigram_weight: float) -> dict[str, float]:
    """Term frequencies: stems, and adjacent stem pairs at a lower weight."""
    counts: dict[str, float] = dict(Counter(stems))
    if bigram_weight > 0:
        for a, b in itertools.pairwise(stems):
            key = f"{a} {b}"
            counts[key] = counts.get(key, 0.0) + bigram_weight
    return counts


def sublinear_tf(tf: float) -> float:
    return 1.0 + math.log(tf) if tf >= 1 else tf


Rows = tuple[np.ndarray, np.ndarray, np.ndarray]  # (document, term id, value), by document


def _summed(doc: np.ndarray, term: np.ndarray, value: np.ndarray, n_terms: int) -> Rows:
    """One row per (document, term), values summed in row order; rows by document, and within a
    document by first use (the order a dict filled row by row would have)."""
    if not len(doc):
        return doc.astype(np.int64), term.astype(np.int64), value.astype(np.float64)
    _, first, group = np.unique(doc * n_terms + term, return_index=True, return_inverse=True)
    sums = np.bincount(group, weights=value)
    order = np.argsort(first, kind="stable")
    rows = first[order]
    return doc[rows], term[rows], sums[order]


def _term_counts(
    occurrences: Sequence[int], n_stems: Sequence[int], n_pairs: Sequence[int], pair_weight: float, n_terms: int
) -> Rows:
    """Each phrasing's term frequencies as rows (what `term_frequencies` gives, phrasing by phrasing): a
    stem counts 1 per use, a word pair `pair_weight`."""
    stems = np.asarray(n_stems, dtype=np.int64)
    lengths = stems + np.asarray(n_pairs, dtype=np.int64)
    doc = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    position = np.arange(len(doc), dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    value = np.where(position < np.repeat(stems, lengths), 1.0, pair_weight)
    return _summed(doc, np.asarray(occurrences, dtype=np.int64), value, n_terms)


def _normalised(doc: np.ndarray, term: np.ndarray, tf: np.ndarray, idf: np.ndarray, size: int) -> Rows:
    """Rows of l2-normalised TF-IDF vectors: sublinear tf times idf, over each document's norm
    (`sublinear_tf` itself on each distinct count, so every value is the one it gives)."""
    counts, which = np.unique(tf, return_inverse=True)
    weights = np.array([sublinear_tf(float(c)) for c in counts], dtype=np.float64)[which] * idf[term]
    norms = np.sqrt(np.bincount(doc, weights=weights * weights, minlength=size))
    norms[norms == 0] = 1.0
    return doc, term, weights / norms[doc]


def gather(ptr: np.ndarray, query: Mapping[int, float]) -> tuple[np.ndarray, np.ndarray]:
    """(positions of the stored values on the query's terms in compressed rows `ptr`, term by
    term in the query's order; the query's weight at each): shared by `_Postings.gather` and
    ranking's joint entry-and-phrasing table, so both sum the same products in the same order."""
    # (the arrays' own methods and the ufunc `.sum()` calls: the same values as np.repeat,
    # np.cumsum and .sum() without their Python wrappers, a fixed cost per call on few terms)
    n = len(query)
    terms = np.fromiter(query, dtype=np.int64, count=n)
    ends = ptr[terms + 1]
    lengths = ends - ptr[terms]
    total = int(np.add.reduce(lengths))
    positions = np.arange(total, dtype=np.int64) + (ends - lengths.cumsum()).repeat(lengths)
    return positions, np.fromiter(query.values(), dtype=np.float64, count=n).repeat(lengths)


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

    @classmethod
    def from_rows(cls, doc: np.ndarray, term: np.ndarray, weight: np.ndarray, size: int, n_terms: int) -> _Postings:
        """The vectors given as rows (document, term id, weight), ordered by document."""
        postings = object.__new__(cls)
        postings.size = size
        postings.n_terms = n_terms
        order = np.argsort(term, kind="stable")
        postings.docs = doc[order].astype(np.int32)
        postings.weights = weight[order].astype(np.float64)
        counts = np.bincount(term, minlength=n_terms)
        postings.ptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        return postings

    def reweighted(self, weights: np.ndarray) -> _Postings:
        """The same vectors' shape with other weights (the arrays of positions are shared)."""
        copy = object.__new__(_Postings)
        copy.__dict__.update(self.__dict__)
        copy.weights = weights
        return copy

    def triples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(vector, term id, weight) for every stored value."""
        return self.docs, np.repeat(np.arange(self.n_terms), np.diff(self.ptr)), self.weights

    def gather(self, query: Mapping[int, float]) -> tuple[np.ndarray, np.ndarray]:
        """(positions of the stored values on the query's terms, term by term in the query's
        order; the query's weight at each). Vectors that share these positions (`reweighted`)
        can share this too: see `scores`. One pass over the query's terms instead of one slice
        per term; the products are summed in the same order, so `dot` gives the same floats."""
        return gather(self.ptr, query)

    def dot(self, query: Mapping[int, float]) -> tuple[np.ndarray, np.ndarray]:
        """(q · v for every vector, share of each vector's squared norm on the query's terms)."""
        if not query:
            zeros = np.zeros(self.size)
            return zeros, zeros
        positions, qw = self.gather(query)
        docs = self.docs[positions]
        w = self.weights[positions]
        return (
            np.bincount(docs, weights=w * qw, minlength=self.size),
            np.bincount(docs, weights=w * w, minlength=self.size),
        )

    def scores(self, query: Mapping[int, float], gathered: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        """q · v for every vector (what `dot` gives first). `gathered`: `gather(query)` of vectors
        with the same positions, if already made."""
        if not query:
            return np.zeros(self.size)
        positions, qw = gathered if gathered is not None else self.gather(query)
        return np.bincount(self.docs[positions], weights=self.weights[positions] * qw, minlength=self.size)

    def shares_positions(self, other: _Postings) -> bool:
        """Whether `other` stores its values at the same positions (one is `reweighted` from the other)."""
        return self.ptr is other.ptr and self.docs is other.docs


def _misspellings(
    counts: Mapping[str, int],
    entries_of: Mapping[str, set[int]],
    settings: MatchSettings,
    words_of: Sequence[set[str]] | None = None,
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

    `words_of[i]`: the words entry i uses, if known: the candidates are then looked for among
    one entry's words instead of the whole vocabulary (the same ones, in the same order).
    """
    common = length_buckets(word for word, count in counts.items() if count >= 3)
    folded: dict[str, str] = {}
    for word, count in counts.items():
        if count > 2 or len(word) < settings.typo_min_length or not word.isalpha() or is_english(word):
            continue
        used_in = entries_of[word]
        if words_of is not None:
            near = sorted(
                (c for c in words_of[min(used_in)] if abs(len(c) - len(word)) <= 2 and counts[c] >= 3),
                key=lambda c: (len(c), c),
            )
        else:
            near = similar_length(word, common)
        choices = [c for c in near if counts[c] >= 3 * count and used_in <= entries_of[c]]
        best = closest_spelling(word, choices, settings)
        if best is not None:
            folded[word] = best
    return folded


def _release_freed_memory() -> None:
    """Give the memory the build freed back to the system. The build's temporaries leave freed
    small blocks behind, which glibc keeps for the process unless asked: resident memory kept
    after a 10,000-entry build fell from 377 to 148 MB with this when the vectors were still built
    as dicts (benchmarks/latency.py measures it). Elsewhere (macOS, musl, Windows) this does
    nothing."""
    import ctypes
    import ctypes.util

    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None)
        if trim is not None:
            trim(0)
    except OSError:
        pass


class _Computed(Sequence[frozenset[str]]):
    """A sequence of entry types whose items a subclass works out (`_item`); slices and negative
    indexes read as a list's would."""

    _size: int

    def __len__(self) -> int:
        return self._size

    def _item(self, ei: int) -> frozenset[str]:
        raise NotImplementedError

    @overload
    def __getitem__(self, ei: int) -> frozenset[str]: ...
    @overload
    def __getitem__(self, ei: slice) -> Sequence[frozenset[str]]: ...
    def __getitem__(self, ei: int | slice) -> frozenset[str] | Sequence[frozenset[str]]:
        if isinstance(ei, slice):
            return [self._item(i) for i in range(self._size)[ei]]
        return self._item(range(self._size)[ei])


class EntryTypes(_Computed):
    """Each entry's answer types (the union of `question_types` over its phrasings' words), made
    for an entry the first time it is read. A question reads those of the few entries it
    re-ranks, while reading every phrasing's at build time took about a tenth of the build at
    10,000 entries (benchmarks/latency.py). The words are the index's `texts` split again, or
    kept (`unsplit`) for a phrasing whose words would not split back (a word with a space)."""

    def __init__(self, texts: Sequence[str], starts: Sequence[int], unsplit: Mapping[int, list[str]]):
        self._texts, self._starts, self._unsplit = texts, starts, unsplit
        self._size = len(starts) - 1
        self._made: list[frozenset[str] | None] = [None] * self._size

    def _item(self, ei: int) -> frozenset[str]:
        made = self._made[ei]
        if made is None:
            unsplit, texts = self._unsplit, self._texts
            types: set[str] = set()
            for row in range(self._starts[ei], self._starts[ei + 1]):
                types |= question_types(unsplit[row] if row in unsplit else texts[row].split())
            made = self._made[ei] = frozenset(types)
        return made


class _ChangedTypes(_Computed):
    """A patched index's entry types: the changed entries' own, every other entry's read from
    the index patched (so that an edit does not make the types of every entry: see EntryTypes)."""

    def __init__(self, base: Sequence[frozenset[str]], changed: Mapping[int, frozenset[str]], size: int):
        self._base, self._changed, self._size = base, changed, size

    def _item(self, ei: int) -> frozenset[str]:
        return self._changed[ei] if ei in self._changed else self._base[ei]


@dataclass
class Index:
    """Everything a question is scored against; see `build_index`."""

    entry_ids: list[str]
    entry_types: Sequence[frozenset[str]]  # answer types people ask each entry for (who/when/...): EntryTypes
    answer_types: list[frozenset[str] | None]  # kinds of fact each answer holds; None = unknown
    starts: list[int]  # entry i's phrasings are rows starts[i]:starts[i+1] of the per-phrasing views
    plain: list[str]  # each phrasing's content words
    texts: list[str]  # each phrasing's words, stop words included (the text view, ranking.py)
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
    # Each word of `texts` as one character, and each phrasing's words so written: made on first
    # use by the text view's word ratio (ranking.py), only on a FAQ where calibration turned that
    # view on; kept here so that every matcher sharing this index shares them.
    word_codes: tuple[dict[str, str], list[str]] | None = None
    # `texts` with each phrasing's words sorted, and the word codes of `word_codes` so sorted: the
    # text view's ratios taken without word order (ranking.py); made like `word_codes`.
    sorted_texts: list[str] | None = None
    sorted_codes: list[str] | None = None

    def __len__(self) -> int:
        return len(self.entry_ids)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a build, on again after (if it was on). A build makes
    hundreds of thousands of lists, sets and tuples and frees few of them until it ends, so every
    collection the allocations trigger walks a growing heap for nothing: a tenth of the build at
    10,000 entries. The build's own garbage is freed by reference counting as before; cycles made
    meanwhile (by any thread) wait for the next collection. Only the time changes, not the index."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def build_index(
    entries: Iterable[tuple[str, Sequence[str]]],
    settings: MatchSettings,
    encoder: Encoder | None = None,
    answers: Mapping[str, str] | None = None,
    finglish: bool | str = True,
) -> Index:
    """`_build_index`, with the garbage collector paused (`collector_paused`)."""
    with collector_paused():
        return _build_index(entries, settings, encoder, answers, finglish)


def _build_index(
    entries: Iterable[tuple[str, Sequence[str]]],
    settings: MatchSettings,
    encoder: Encoder | None = None,
    answers: Mapping[str, str] | None = None,
    finglish: bool | str = True,
) -> Index:
    """`entries`: (entry id, texts that should match it), in a stable order; `answers`: entry id
    -> the text shown as its answer, to know which kinds of fact it holds (see ranking.py);
    `finglish`: whether texts detected as Finglish are folded (text.words; persian.ALWAYS: every
    Latin-script text).

    Python touches each phrasing twice (its words, then its terms as ids); the TF-IDF vectors
    are then made with numpy from flat (phrasing, term, count) rows, with no object per phrasing
    term: at 10,000 entries the dicts and lists of floats this replaces took most of the build
    outside training and left ~100 MB of freed, fragmented memory behind. The vectors are the
    ones `term_frequencies`, `sublinear_tf` and an l2 norm per document give, bit for bit (same sums in the
    same order), so answers do not change.
    """
    entry_ids: list[str] = []
    full_texts: list[str] = []  # each phrasing's words, stop words included (the text view)
    starts = [0]
    texts_cw: list[str] = []  # each phrasing's content words, joined (kept as `plain` if unchanged)
    word_counts: Counter[str] = Counter()
    entries_of: dict[str, set[int]] = {}  # word -> the entries using it
    words_of: list[set[str]] = []  # entry -> the words it uses
    unsplit: dict[int, list[str]] = {}  # phrasings whose words `texts[row].split()` would not give back
    for entry_id, texts in entries:
        entry_ids.append(entry_id)
        used: set[str] = set()
        for text in texts:
            all_words = words_once(text, finglish=finglish)  # normalised once; every view below derives from it
            full_text = " ".join(all_words)
            if len(full_text.split()) != len(all_words):
                unsplit[len(full_texts)] = all_words
            full_texts.append(full_text)
            cw = [w for w in all_words if w not in STOP_WORDS]
            texts_cw.append(" ".join(cw))
            word_counts.update(cw)
            used.update(cw)
        ei = len(entry_ids) - 1
        for w in used:
            entries_of.setdefault(w, set()).add(ei)
        words_of.append(used)
        starts.append(len(texts_cw))
    canonical = _misspellings(word_counts, entries_of, settings, words_of)
    del entries_of, words_of
    vocabulary = set(word_counts) - canonical.keys()
    plain: list[str] = []
    sorted_plain: list[str] = []
    # Terms get ids in order of first use (phrasing by phrasing: its stems, then its word pairs),
    # the order the TF-IDF dicts had; `uses` lists every term use, `n_stems` and `n_pairs` per
    # phrasing how many of its uses are stems and how many word pairs. The ids are given once
    # all uses are listed (`dict.fromkeys` keeps first use), and each word is stemmed once: a
    # lookup per term in C instead of a Python call, a third of this loop's time at 10,000 entries.
    uses: list[str] = []
    n_stems: list[int] = []
    n_pairs: list[int] = []
    use_pairs = settings.bigram_weight > 0
    stem_of = {w: stem(w) for w in vocabulary}  # every word left once misspellings are folded
    for joined in texts_cw:
        cw = joined.split()
        if canonical and not canonical.keys().isdisjoint(cw):
            cw = [canonical.get(w, w) for w in cw]
            joined = " ".join(cw)
        plain.append(joined)
        sorted_plain.append(" ".join(sorted(cw)))
        stems = list(map(stem_of.__getitem__, cw))
        uses += stems
        n_stems.append(len(stems))
        if use_pairs and len(stems) > 1:
            uses += map(" ".join, itertools.pairwise(stems))
            n_pairs.append(len(stems) - 1)
        else:
            n_pairs.append(0)
    del texts_cw, stem_of
    term_ids = dict(zip(dict.fromkeys(uses), itertools.count()))
    occurrences = list(map(term_ids.__getitem__, uses))
    del uses
    n = len(entry_ids)
    kinds = [answer_types(answers.get(eid, "")) if answers is not None else None for eid in entry_ids]

    n_terms = len(term_ids)
    phrasing_rows = _term_counts(occurrences, n_stems, n_pairs, settings.bigram_weight, n_terms)
    del occurrences
    owners = np.repeat(np.arange(n, dtype=np.int64), np.diff(np.asarray(starts)))
    entry_rows = _summed(owners[phrasing_rows[0]], phrasing_rows[1], phrasing_rows[2], n_terms)
    df_counts = np.bincount(entry_rows[1], minlength=n_terms).astype(np.float64)
    idf = np.log((1 + n) / (1 + df_counts)) + 1.0
    stems_known = {t for t in term_ids if " " not in t}

    entry_vectors = _Postings.from_rows(*_normalised(*entry_rows, idf, n), n, n_terms)
    phrasing_vectors = _Postings.from_rows(*_normalised(*phrasing_rows, idf, len(plain)), len(plain), n_terms)
    del entry_rows, phrasing_rows
    learned_vectors: _Postings | None = None
    if settings.learned_epochs > 0:
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
    semantic_index = SemanticIndex(encoder, full_texts, starts) if encoder else None
    if len(plain) > 10_000:  # a few ms: worth it only where there is much to give back
        _release_freed_memory()
    return Index(
        entry_ids=entry_ids,
        entry_types=EntryTypes(full_texts, starts, unsplit),
        answer_types=kinds,
        starts=starts,
        plain=plain,
        texts=full_texts,
        sorted_plain=sorted_plain,
        canonical=canonical,
        vocabulary=vocabulary,
        by_length=length_buckets(vocabulary),
        term_ids=term_ids,
        idf=idf,
        idf_unknown=math.log(1 + n) + 1.0,
        stems=stems_known,
        entries=entry_vectors,
        phrasings=phrasing_vectors,
        learned=learned_vectors,
        semantic=semantic_index,
        index_of={eid: i for i, eid in enumerate(entry_ids)},
        finglish=finglish,
    )


def patched(
    index: Index,
    changes: Mapping[str, Sequence[str]],
    settings: MatchSettings,
    answers: Mapping[str, str] | None = None,
) -> Index | None:
    """An interim index: `index` with the entries of `changes` (entry id -> its texts now; ids the
    index lacks are added at the end) indexed again, against `index`'s FAQ-wide statistics as they
    are: the word weights (idf; a term the index lacks gets the weight of a word one entry uses),
    the folded misspellings, the vocabulary only grown. Every other entry's vectors are `index`'s,
    unchanged. The learned weights of a changed entry are its TF-IDF weights times the ratio its
    old learned weight had to its old TF-IDF weight for the same word (1 for a new word); no
    training. Numpy work over the whole index, Python work over the changed entries' texts only.

    This is not what `build_index` gives for the new texts (that needs every weight again and the
    learned weights trained over all entries at once): it is what the editor serves and checks an
    edit's collisions against until the exact index is built in the background (engine.py,
    `Engine.patched`). None when it cannot be patched (a sentence-embedding view, an entry left
    with no text).
    """
    if index.semantic is not None or settings.semantic_model or not changes:
        return None
    if any(not texts for texts in changes.values()):
        return None
    finglish = index.finglish
    entry_ids = list(index.entry_ids)
    index_of = dict(index.index_of)
    for eid in changes:
        if eid not in index_of:
            index_of[eid] = len(entry_ids)
            entry_ids.append(eid)
    n = len(entry_ids)
    changed = np.array(sorted(index_of[eid] for eid in changes), dtype=np.int64)
    old_starts = np.asarray(index.starts, dtype=np.int64)
    old_counts = np.diff(old_starts)
    counts = np.zeros(n, dtype=np.int64)
    counts[: len(old_counts)] = old_counts
    for eid, texts in changes.items():
        counts[index_of[eid]] = len(texts)
    starts = np.concatenate(([0], np.cumsum(counts)))

    # The changed entries' texts, as build_index reads them (with the misspellings known).
    canonical = index.canonical
    term_ids = dict(index.term_ids)
    vocabulary = set(index.vocabulary)
    stems_known = set(index.stems)
    changed_types: dict[int, frozenset[str]] = {}
    answer_types_ = list(index.answer_types) + [None] * (n - len(index.entry_ids))
    new_plain: dict[int, list[str]] = {}
    new_sorted: dict[int, list[str]] = {}
    new_full: dict[int, list[str]] = {}
    occurrences: list[int] = []
    n_stems: list[int] = []
    n_pairs: list[int] = []
    row_entry: list[int] = []
    use_pairs = settings.bigram_weight > 0
    for ei in changed.tolist():
        eid = entry_ids[ei]
        types: set[str] = set()
        plains, sorts, fulls = [], [], []
        for text in changes[eid]:
            all_words = words(text, finglish=finglish)
            types |= question_types(all_words)
            fulls.append(" ".join(all_words))
            cw = [w for w in all_words if w not in STOP_WORDS]
            vocabulary.update(w for w in cw if w not in canonical)
            cw = [canonical.get(w, w) for w in cw]
            plains.append(" ".join(cw))
            sorts.append(" ".join(sorted(cw)))
            stems = [stem(w) for w in cw]
            pairs = [f"{a} {b}" for a, b in itertools.pairwise(stems)] if use_pairs else []
            stems_known.update(stems)
            occurrences.extend([term_ids.setdefault(t, len(term_ids)) for t in stems])
            occurrences.extend([term_ids.setdefault(t, len(term_ids)) for t in pairs])
            n_stems.append(len(stems))
            n_pairs.append(len(pairs))
            row_entry.append(ei)
        new_plain[ei], new_sorted[ei], new_full[ei] = plains, sorts, fulls
        changed_types[ei] = frozenset(types)
        if answers is not None:
            answer_types_[ei] = answer_types(answers.get(eid, ""))
    n_terms = len(term_ids)
    idf = np.empty(n_terms)
    idf[: len(index.idf)] = index.idf
    idf[len(index.idf) :] = math.log((1 + n) / 2) + 1.0  # a word only the changed entry uses

    # The changed entries' rows: phrasing rows numbered from their entry's new start.
    local = _term_counts(occurrences, n_stems, n_pairs, settings.bigram_weight, n_terms)
    owner_of_row = np.asarray(row_entry, dtype=np.int64)
    first_row = np.concatenate(([0], np.cumsum(np.bincount(owner_of_row, minlength=n)[changed])))[:-1]
    row_offset = np.zeros(n, dtype=np.int64)
    row_offset[changed] = first_row
    local_row = local[0]
    new_phr_doc = starts[owner_of_row[local_row]] + (local_row - row_offset[owner_of_row[local_row]])
    phr_doc, phr_term, phr_weight = _normalised(new_phr_doc, local[1], local[2], idf, int(starts[-1]))
    ent_rows = _summed(owner_of_row[local_row], local[1], local[2], n_terms)
    ent_doc, ent_term, ent_weight = _normalised(*ent_rows, idf, n)

    # Every other entry's rows as they were, phrasing rows moved to their entry's new place.
    keep_entry = np.ones(n, dtype=bool)
    keep_entry[changed] = False
    p_docs, p_terms, p_weights = index.phrasings.triples()
    p_owner = np.repeat(np.arange(len(old_counts)), old_counts)[p_docs]
    keep = keep_entry[p_owner]
    shift = starts[: len(old_counts)] - old_starts[:-1]
    phrasings = _merged(
        (p_docs[keep] + shift[p_owner[keep]], p_terms[keep], p_weights[keep]),
        (phr_doc, phr_term, phr_weight),
        int(starts[-1]),
        n_terms,
    )
    e_docs, e_terms, e_weights = index.entries.triples()
    keep = keep_entry[e_docs]
    learned_weights = None
    if index.learned is not None:
        old_learned = index.learned.weights
        ratio: dict[tuple[int, int], float] = {}
        for ei in changed.tolist():
            if ei < len(old_counts):
                at = np.flatnonzero(e_docs == ei)
                for t, w0, w in zip(
                    e_terms[at].tolist(), e_weights[at].tolist(), old_learned[at].tolist(), strict=True
                ):
                    ratio[(ei, t)] = w / w0 if w0 else 1.0
        new_learned = ent_weight * np.array(
            [ratio.get((d, t), 1.0) for d, t in zip(ent_doc.tolist(), ent_term.tolist(), strict=True)]
        )
        learned_weights = np.concatenate((old_learned[keep], new_learned))
    entries, order = _merged(
        (e_docs[keep], e_terms[keep], e_weights[keep]), (ent_doc, ent_term, ent_weight), n, n_terms, with_order=True
    )
    learned_vectors = entries.reweighted(learned_weights[order]) if learned_weights is not None else None

    plain: list[str] = []
    sorted_plain: list[str] = []
    full_texts: list[str] = []
    for ei in range(n):
        if ei in new_plain:
            plain += new_plain[ei]
            sorted_plain += new_sorted[ei]
            full_texts += new_full[ei]
        else:
            lo, hi = index.starts[ei], index.starts[ei + 1]
            plain += index.plain[lo:hi]
            sorted_plain += index.sorted_plain[lo:hi]
            full_texts += index.texts[lo:hi]
    return Index(
        entry_ids=entry_ids,
        entry_types=_ChangedTypes(index.entry_types, changed_types, n),
        answer_types=answer_types_,
        starts=starts.tolist(),
        plain=plain,
        sorted_plain=sorted_plain,
        texts=full_texts,
        canonical=canonical,
        vocabulary=vocabulary,
        by_length=grown_buckets(index.by_length, vocabulary - index.vocabulary),
        term_ids=term_ids,
        idf=idf,
        idf_unknown=math.log(1 + n) + 1.0,
        stems=stems_known,
        entries=entries,
        phrasings=phrasings,
        learned=learned_vectors,
        semantic=None,
        index_of=index_of,
        finglish=finglish,
    )


def _merged(kept: Rows, added: Rows, size: int, n_terms: int, *, with_order: bool = False):
    """Postings of `kept` rows (in term order, as `triples` gives them) and `added` ones."""
    docs = np.concatenate((kept[0], added[0])).astype(np.int64)
    terms = np.concatenate((kept[1], added[1])).astype(np.int64)
    weights = np.concatenate((kept[2], added[2])).astype(np.float64)
    # By term, then document, as `from_rows` orders them (kept rows are in order: nearly linear).
    order = np.argsort(terms * size + docs, kind="stable")
    postings = object.__new__(_Postings)
    postings.size = size
    postings.n_terms = n_terms
    postings.docs = docs[order].astype(np.int32)
    postings.weights = weights[order]
    postings.ptr = np.concatenate(([0], np.cumsum(np.bincount(terms, minlength=n_terms)))).astype(np.int64)
    return (postings, order) if with_order else postings
