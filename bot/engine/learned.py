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

# (phrasing, term, entry) triples the trainer may hold at once, 16 bytes each, plus temporaries
# bounded by working in chunks. CLINC150's 150 intents × 100 phrasings need 7.4 million; beyond
# the limit only the rarer words' weights are learned (see `train`).
MAX_INCIDENCES = 8_000_000
_CHUNK = 1_000_000
SCALE = 10.0  # softmax temperature of the scores (cosines, so mostly within 0..1)


class _Incidences:
    """Where each weight touches each phrasing's score, as flat arrays (one row per phrasing
    term × entry posting of that term), and the (phrasing, entry) pairs they sum into."""

    def __init__(self, entry_ptr: np.ndarray, entry_docs: np.ndarray, n_entries: int,
                 ex: np.ndarray, terms: np.ndarray, x: np.ndarray, labels: np.ndarray):
        lengths = np.diff(entry_ptr)[terms]
        total = int(lengths.sum())
        owner = np.repeat(np.arange(len(terms)), lengths)
        offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        self.posting = (entry_ptr[terms][owner] + offsets).astype(np.int32)
        del offsets
        self.value = x[owner]
        keys = ex[owner].astype(np.int64) * n_entries + entry_docs[self.posting]
        del owner
        pairs, pair = np.unique(keys, return_inverse=True)
        del keys
        self.pair = pair.astype(np.int32)
        example = pairs // n_entries
        self.n_pairs = len(pairs)
        self.right = ((pairs % n_entries) == labels[example]).astype(np.float64)
        # Pairs are sorted by phrasing: each phrasing's pairs form one run starting here.
        self.starts = np.flatnonzero(np.r_[True, example[1:] != example[:-1]])
        shared = np.diff(np.r_[self.starts, len(pairs)])
        self.n_examples = len(self.starts)
        # Entries sharing no word with a phrasing score 0 for it: they still share the softmax.
        self.silent = (n_entries - shared).astype(np.float64)
        self.run = np.repeat(np.arange(self.n_examples), shared)
        self.chunks = [slice(a, a + _CHUNK) for a in range(0, total, _CHUNK)]

    def scores(self, w: np.ndarray) -> np.ndarray:
        s = np.zeros(self.n_pairs)
        for c in self.chunks:
            s += np.bincount(self.pair[c], weights=self.value[c] * w[self.posting[c]], minlength=self.n_pairs)
        return s

    def spread(self, g: np.ndarray, grad: np.ndarray) -> None:
        """Adds per-pair gradients `g` onto the weights' gradient `grad`."""
        for c in self.chunks:
            grad += np.bincount(self.posting[c], weights=self.value[c] * g[self.pair[c]], minlength=len(grad))


def _fitting(lengths: np.ndarray) -> np.ndarray:
    """Which phrasing terms to learn from when all would need more than MAX_INCIDENCES: the
    rarer words, as many as fit; the commonest (shared by most entries, so they separate least)
    keep their TF-IDF weights."""
    if int(lengths.sum()) <= MAX_INCIDENCES:
        return np.ones(len(lengths), dtype=bool)
    ordered = np.sort(lengths)
    fits = int(np.searchsorted(np.cumsum(ordered), MAX_INCIDENCES, side="right"))
    return lengths < ordered[fits]


def train(
    entry_ptr: np.ndarray, entry_docs: np.ndarray, entry_weights: np.ndarray, n_entries: int,
    examples: tuple[np.ndarray, np.ndarray, np.ndarray], labels: np.ndarray, *,
    epochs: int = 60, scale: float = SCALE, l2: float = 1e-3, rate: float = 0.03,
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
    keep = _fitting(np.diff(entry_ptr)[terms])
    if not keep.any():
        return None
    inc = _Incidences(entry_ptr, entry_docs, n_entries, ex[keep], terms[keep], x[keep], labels)

    w0 = entry_weights.astype(np.float64)
    w = w0.copy()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, epochs + 1):
        s = scale * inc.scores(w)
        top = np.maximum.reduceat(s, inc.starts)
        top = np.where(inc.silent > 0, np.maximum(top, 0.0), top)
        e = np.exp(s - top[inc.run])
        z = np.add.reduceat(e, inc.starts) + inc.silent * np.exp(-top)
        g = (e / z[inc.run] - inc.right) * (scale / inc.n_examples)
        grad = l2 * (w - w0)
        inc.spread(g, grad)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w
