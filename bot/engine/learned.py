"""Entry word weights learned from the phrasings, so words that tell entries apart count more.

TF-IDF weighs a word by how many entries use it, not by whether it separates the entries people
confuse. Fitting each entry's word weights so that its own phrasings score it above every other
entry (a softmax over entries, started from the TF-IDF weights and pulled back towards them)
raised faqbot's top-1 on CLINC150 full from 88.6% to 91.6% (benchmarks/accuracy.py). A linear
SVM (scikit-learn's LinearSVC) over the same features reached 91.4-91.6% when we tried it, but
its dense weights (every word × every entry) would not fit a 10,000-entry FAQ in memory, and it
would have brought scikit-learn and SciPy into the default install.

So the weights live exactly where the TF-IDF entry vectors have a value: a word an entry never
uses cannot gain weight for it, the index keeps its size, and a query still costs one `bincount`.
Training is full-batch and deterministic (no sampling): the same FAQ always gives the same
weights, so a validation result or a calibration stays reproducible.
"""

from __future__ import annotations

import numpy as np

# (phrasing, term, entry) rows the trainer may hold at once, 16 bytes each (plus 5 bytes for
# each phrasing-entry pair), with temporaries bounded by working a block at a time. CLINC150's
# 150 intents × 100 phrasings need 7.4 million; beyond the limit only the rarer words' weights
# are learned (see `train`).
MAX_INCIDENCES = 8_000_000
# Training costs one to two microseconds per row (60 epochs), so beyond the largest FAQ the
# weights were measured on (CLINC150's 15,000 phrasings: 7.4 million rows, ~8 s) the budget
# falls with the square of the number of phrasings: 280,000 rows at 80,000 phrasings (10,000
# entries × 8, ~0.6 s), none below MIN_BUDGET (above about 134,000 phrasings: TF-IDF weights as
# they are). On benchmarks/latency.py's synthetic 10,000-entry FAQ learning gained nothing at
# any budget (top-1 of perturbed phrasings 89.1% untrained, 87.4% with 8 million rows, 88.7%
# with 250,000), while the full budget cost 25 s of a 30 s build.
FULL_BUDGET_PHRASINGS = 15_000
MIN_BUDGET = 100_000
_CHUNK = 1_000_000
SCALE = 10.0  # softmax temperature of the scores (cosines, so mostly within 0..1)


class _Block:
    """A block of whole phrasings: where each weight touches their scores, as flat rows (one per
    phrasing term × entry posting of that term), and the (phrasing, entry) pairs the rows sum
    into, sorted by phrasing. Rows take 16 bytes, pairs 5; everything else is per block."""

    def __init__(
        self,
        entry_ptr: np.ndarray,
        entry_docs: np.ndarray,
        n_entries: int,
        ex: np.ndarray,
        terms: np.ndarray,
        x: np.ndarray,
        lengths: np.ndarray,
        labels: np.ndarray,
    ):
        total = int(lengths.sum())
        owner = np.repeat(np.arange(len(terms)), lengths)
        offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        self.posting = (entry_ptr[terms][owner] + offsets).astype(np.int32)
        del offsets
        self.value = x[owner].astype(np.float64)
        keys = ex[owner].astype(np.int64) * n_entries + entry_docs[self.posting]
        del owner
        pairs, inverse = np.unique(keys, return_inverse=True)
        del keys
        self.pair = inverse.astype(np.int32)
        self.n_pairs = len(pairs)
        example = pairs // n_entries
        self.right = (pairs % n_entries) == labels[example]
        self.starts = np.flatnonzero(np.r_[True, example[1:] != example[:-1]])
        shared = np.diff(np.r_[self.starts, len(pairs)])
        # Entries sharing no word with a phrasing score 0 for it: they still share the softmax.
        self.silent = (n_entries - shared).astype(np.float64)
        self.run = np.repeat(np.arange(len(self.starts), dtype=np.int32), shared)

    def gradient(self, w: np.ndarray, grad: np.ndarray, scale: float, n_examples: int) -> None:
        """Adds this block's share of the softmax cross-entropy gradient onto `grad`."""
        s = scale * np.bincount(self.pair, weights=self.value * w[self.posting], minlength=self.n_pairs)
        top = np.maximum.reduceat(s, self.starts)
        top = np.where(self.silent > 0, np.maximum(top, 0.0), top)
        e = np.exp(s - top[self.run])
        z = np.add.reduceat(e, self.starts) + self.silent * np.exp(-top)
        g = (e / z[self.run] - self.right) * (scale / n_examples)
        grad += np.bincount(self.posting, weights=self.value * g[self.pair], minlength=len(grad))


def _blocks(
    entry_ptr: np.ndarray,
    entry_docs: np.ndarray,
    n_entries: int,
    ex: np.ndarray,
    terms: np.ndarray,
    x: np.ndarray,
    labels: np.ndarray,
) -> list[_Block]:
    """Blocks of whole phrasings of about _CHUNK rows each."""
    order = np.argsort(ex, kind="stable")
    ex, terms, x = ex[order], terms[order], x[order]
    lengths = np.diff(entry_ptr)[terms]
    ends = np.cumsum(lengths)
    blocks = []
    lo = 0
    while lo < len(terms):
        hi = max(lo + 1, int(np.searchsorted(ends, ends[lo] - lengths[lo] + _CHUNK, side="right")))
        if hi < len(terms):
            hi = int(np.searchsorted(ex, ex[hi - 1], side="right"))  # never split a phrasing
        blocks.append(
            _Block(entry_ptr, entry_docs, n_entries, ex[lo:hi], terms[lo:hi], x[lo:hi], lengths[lo:hi], labels)
        )
        lo = hi
    return blocks


def budget(n_phrasings: int) -> int:
    """The rows the trainer may use for an FAQ of `n_phrasings` phrasings: MAX_INCIDENCES up to
    FULL_BUDGET_PHRASINGS, then falling with the square of the size (see the constants)."""
    if n_phrasings <= FULL_BUDGET_PHRASINGS:
        return MAX_INCIDENCES
    rows = int(MAX_INCIDENCES * (FULL_BUDGET_PHRASINGS / n_phrasings) ** 2)
    return rows if rows >= MIN_BUDGET else 0


def _fitting(lengths: np.ndarray, limit: int = MAX_INCIDENCES) -> np.ndarray:
    """Which phrasing terms to learn from when all would need more than `limit` rows: the
    rarer words, as many as fit; the commonest (shared by most entries, so they separate least)
    keep their TF-IDF weights."""
    if limit <= 0:
        return np.zeros(len(lengths), dtype=bool)
    if int(lengths.sum()) <= limit:
        return np.ones(len(lengths), dtype=bool)
    ordered = np.sort(lengths)
    fits = int(np.searchsorted(np.cumsum(ordered), limit, side="right"))
    return lengths < ordered[fits]


def train(
    entry_ptr: np.ndarray,
    entry_docs: np.ndarray,
    entry_weights: np.ndarray,
    n_entries: int,
    examples: tuple[np.ndarray, np.ndarray, np.ndarray],
    labels: np.ndarray,
    *,
    epochs: int = 60,
    scale: float = SCALE,
    l2: float = 1e-3,
    rate: float = 0.03,
) -> np.ndarray | None:
    """Learned weights, one per entry posting (same order as `entry_weights`), or None when the
    knowledge base is too small to learn from (one entry).

    `examples`: (example, term id, weight) triples of the l2-normalised phrasing vectors;
    `labels[example]`: the entry index each phrasing belongs to. Softmax cross-entropy over
    entries, L2 pull towards the TF-IDF weights, full-batch Adam.
    """
    if n_entries < 2 or len(entry_weights) == 0:
        return None
    ex, terms, x = examples
    keep = _fitting(np.diff(entry_ptr)[terms], budget(len(labels)))
    if not keep.any():
        return None
    blocks = _blocks(entry_ptr, entry_docs, n_entries, ex[keep], terms[keep], x[keep], labels)
    n_examples = sum(len(b.starts) for b in blocks)

    # Only the postings some block touches can move (elsewhere the gradient is the L2 pull
    # towards w0, which is 0 at w0): Adam runs on those alone, value for value the same.
    touched = np.unique(np.concatenate([np.unique(b.posting) for b in blocks]))
    for block in blocks:
        block.posting = np.searchsorted(touched, block.posting).astype(np.int32)
    w0 = entry_weights.astype(np.float64)
    fitted = w0.copy()
    w0 = w0[touched]
    w = w0.copy()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, epochs + 1):
        grad = l2 * (w - w0)
        for block in blocks:
            block.gradient(w, grad, scale, n_examples)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    fitted[touched] = w
    return fitted
