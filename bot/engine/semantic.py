"""Optional sentence-embedding view: an entry's score is its closest phrasing by meaning.

Lexical matching cannot tell that "how many were put to death" and "how many executions" ask the
same thing unless a phrasing says so; a sentence-embedding model can. On CLINC150 full, fusing
MiniLM's per-entry cosine into the lexical score (with learned word weights) raised top-1 from
91.8% to 93.6%, and in-scope accuracy from 89.7% to 91.0% with 76.7% out-of-scope recall
(benchmarks/accuracy.py --semantic, wrong-answer cost 1). It costs about 0.7 GB of resident
memory (torch and the model) and tens of milliseconds per question, so it is an optional extra
(`pip install 'faqbot[semantic]'`), off unless `matching.semantic_model` names a model. Nothing
here downloads anything: the model must be a local folder or an installed package.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence

import numpy as np

from ..errors import FaqbotError

Encoder = Callable[[list[str]], np.ndarray]  # texts -> one l2-normalised row per text


class SemanticUnavailable(FaqbotError, RuntimeError):
    """The configured model cannot be loaded; the message says what to install or fix."""


@functools.lru_cache(maxsize=4)
def load_encoder(model: str) -> Encoder:
    """A sentence-transformers model from a local folder, or from an installed model package.

    Cached: a reload of the FAQ re-embeds its phrasings but never reloads the model.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach the internet for a model
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise SemanticUnavailable(
            f"matching.semantic_model is '{model}', but sentence-transformers is not installed: "
            "pip install 'faqbot[semantic]' (or set semantic_model to \"\" to match without it)"
        ) from None
    path = model
    if not os.path.isdir(path):
        try:
            package = __import__(model.replace("-", "_"))
            path = package.get_model_path()
        except (ImportError, AttributeError):
            raise SemanticUnavailable(
                f"matching.semantic_model '{model}' is neither a model folder nor an installed model package"
            ) from None
    try:
        encoder = SentenceTransformer(str(path), device="cpu")
    except Exception as exc:  # the library raises many kinds; all mean "this model does not load"
        raise SemanticUnavailable(f"cannot load the sentence model at {path}: {exc}") from None

    cache: dict[str, np.ndarray] = {}  # phrasings are re-embedded on every reload and calibration

    def encode(texts: list[str]) -> np.ndarray:
        if len(texts) == 1 and texts[0] not in cache:
            # One text is a question (SemanticIndex.scores): what users send is never kept, or a
            # flood of distinct messages would fill the cache with texts of up to 4,000 characters.
            return encoder.encode(
                texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )
        if len(cache) + len(texts) > 200_000:
            cache.clear()  # bounded; cleared before this call's texts are added, never during
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
        if missing:
            rows = encoder.encode(
                missing, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )
            cache.update(zip(missing, rows))
        return np.stack([cache[t] for t in texts])

    return encode


class SemanticIndex:
    """Every phrasing's embedding, grouped by entry as the lexical index groups them."""

    def __init__(self, encode: Encoder, texts: Sequence[str], starts: Sequence[int]):
        self._encode = encode
        self._starts = np.asarray(starts[:-1], dtype=np.int64)
        self._empty = np.asarray(starts[1:], dtype=np.int64) == self._starts
        self._matrix = np.asarray(encode(list(texts)), dtype=np.float32) if texts else np.zeros((0, 1), np.float32)

    def scores(self, question: str, exclude: int | None = None) -> np.ndarray:
        """Per entry, the cosine of the question with its closest phrasing (0 for none)."""
        if not len(self._matrix):
            return np.zeros(len(self._starts))
        query = np.asarray(self._encode([question]), dtype=np.float32)[0]
        sims = self._matrix @ query
        if exclude is not None:
            sims[exclude] = -1.0
        best = np.maximum.reduceat(sims, np.minimum(self._starts, len(sims) - 1)) if len(self._starts) else sims[:0]
        best = np.where(self._empty, 0.0, best)
        return np.clip(best, 0.0, 1.0).astype(np.float64)
