"""Collisions: phrasings the built matcher would answer with another entry than their own, checked
in full or, after an edit, only where the edited entries can have changed the ranking (_may_win).
Not named collisions.py: a submodule of that name would hide the function `bot.engine.collisions`."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

from .index import Index
from .matcher import Matcher, MatchSettings
from .memo import memoized, one_build
from .problems import Problem
from .script_indexes import FINGLISH, LATIN, PERSIAN, index_texts

if TYPE_CHECKING:
    from .engine import Engine


@one_build
def collisions(
    engine: Engine, changed: Collection[str] | None = None, unchanged: Collection[Matcher] = ()
) -> list[Problem]:
    """Phrasings the matcher would answer with another entry than their own.

    `changed`: check only what an edit of these entries can have changed (after one edit,
    instead of every phrasing): every text of these entries, and every other entry's text that
    one of them might now win (`_may_win`); an entry added is one of `changed`. A removed entry
    wins nothing. Collisions between two entries the edit did not touch, which only the edit's
    effect on the word weights could cause, are left to the full check (`faqbot validate`, which
    reports them, and every start, which reports them and serves the FAQ: `validate`'s
    `serve_collisions`). `unchanged`: matchers the
    engine before the edit had too (the very objects, memo.py), so every text they rank ranks as it
    did then, without a collision (an English edit leaves the Persian index as it was).
    """
    if changed is None:
        texts = [(entry, text) for entry in engine.kb.entries.values() for text in entry.all_phrasings()]
    else:
        near = _near(engine, [eid for eid in changed if eid in engine.kb.entries], unchanged)
        pairs = [(engine.kb.entries[eid], text) for text, eids in near.items() for eid in sorted(eids)]
        texts = [
            (entry, text) for entry, text in pairs if not any(engine.matcher_of(entry, text) is m for m in unchanged)
        ]
    problems = []
    for entry, text in texts:
        other = engine.matcher_of(entry, text).first(text, exclude=(entry.id, text))
        if other is not None and other != entry.id:
            problems.append(
                Problem(
                    entry.path,
                    entry.line_of_phrasing(text),
                    entry.id,
                    f"collision: \"{text}\" would be answered with entry '{other}' "
                    f"({engine.kb.entries[other].path.name}); reword it or move it",
                )
            )
    return problems


def _near(engine: Engine, changed: Sequence[str], unchanged: Collection[Matcher] = ()) -> dict[str, set[str]]:
    """text -> the entries whose text it is, for the texts an edit of `changed` can make collide:
    theirs, and those of other entries that one of them might now win (`_may_win`)."""
    near: dict[str, set[str]] = {}
    for eid in changed:
        for text in engine.kb.entries[eid].all_phrasings():
            near.setdefault(text, set()).add(eid)
    for matcher, which in ((engine.matcher, LATIN), (engine.persian, PERSIAN), (engine.finglish, FINGLISH)):
        if matcher is None or any(matcher is m for m in unchanged):
            continue  # ranks every text as before the edit: nothing it ranks can collide now
        index = matcher.index
        rows = _may_win(index, matcher.settings, [index.index_of[eid] for eid in changed if eid in index.index_of])
        texts: dict[int, list[str]] = {}
        starts = np.asarray(index.starts)
        for row in rows:
            owner = int(np.searchsorted(starts, row, side="right")) - 1
            if owner not in texts:
                entry = engine.kb.entries[index.entry_ids[owner]]
                texts[owner] = index_texts(entry, which)
            text = texts[owner][row - index.starts[owner]]
            if text in engine.kb.entries[index.entry_ids[owner]].all_phrasings():  # not a transliteration
                near.setdefault(text, set()).add(index.entry_ids[owner])
    return near


def _may_win(index: Index, settings: MatchSettings, changed: Sequence[int]) -> list[int]:
    """Rows (phrasings) of unchanged entries for which a `changed` entry might rank first when the
    phrasing is asked as a question (engine.collisions). Sound, not exact: an entry is a candidate
    only if it shares a term with the phrasing (its TF-IDF cosine is then above 0, ranking.py), and
    it can rank first only if its fused score, at most learned × its cosine + phrase × its closest
    phrasing's cosine + fuzzy × its closest phrasing's string similarity (+ text × 1 with the text
    view on), reaches the phrasing's own
    entry's, at least learned × that entry's cosine + fuzzy × the string similarity of the entry's
    closest *other* phrasing. A query's vector is the phrasing's own indexed vector (its words are
    all in the index, and repair maps them exactly as the index did), so these bounds use the index.
    With more entries than `rerank_candidates`, a row is also kept when a changed entry's cosine
    reaches its own entry's: the changed entry can then push the own entry out of the entries
    ranked, and a third one come first. (With the text view on, its `text_candidates` phrasings
    are not bounded this way.) With a negative `fusion_fuzzy` (string similarity counts against
    an entry) the similarities are taken at their most favourable instead: none for the changed
    entry, a perfect one for the own entry. With the sentence-embedding view on, an entry can win
    a phrasing it shares no word with (by meaning alone, `Ranker._finish`), and its cosine by
    meaning (0 to 1) is bounded like the text view's: every row is a candidate, `semantic_weight`
    × 1 is added to the changed entry's bound (× 0 to the own entry's, the weight taken at its
    least favourable sign); with more entries than `rerank_candidates` every row is kept (the
    three entries closest by meaning join those ranked, and a changed entry among them can push
    out an own entry ranked by meaning alone)."""
    if not changed:
        return []
    n_rows = len(index.plain)
    starts = np.asarray(index.starts)
    owner = np.repeat(np.arange(len(index.entry_ids)), np.diff(starts))
    semantic = index.semantic is not None
    if semantic and len(index.entry_ids) > settings.rerank_candidates:
        return np.flatnonzero(~np.isin(owner, changed)).tolist()
    meaning = settings.semantic_weight if semantic else 0.0
    row_docs, row_terms, row_weights = index.phrasings.triples()
    entry_docs, entry_terms, entry_weights = index.entries.triples()
    n_entries = len(index.entry_ids)
    # Entry postings by (term, entry): in that order already unless an index was patched.
    entry_key = entry_terms.astype(np.int64) * n_entries + entry_docs
    if len(entry_key) > 1 and not bool(np.all(entry_key[1:] >= entry_key[:-1])):
        order = np.argsort(entry_key, kind="stable")
        entry_key, entry_weights_by_key = entry_key[order], entry_weights[order]
    else:
        entry_weights_by_key = entry_weights

    def own_cos_of(rows: np.ndarray) -> np.ndarray:
        """The cosine of each phrasing in `rows` with its own entry's vector (an array
        over every row, 0 elsewhere): its postings summed in the index's order, as a whole-index
        `bincount` would."""
        picked = np.zeros(n_rows, dtype=bool)
        picked[rows] = True
        at_rows = picked[row_docs]
        docs, terms, weights = row_docs[at_rows], row_terms[at_rows], row_weights[at_rows]
        wanted = terms.astype(np.int64) * n_entries + owner[docs]
        at = np.minimum(np.searchsorted(entry_key, wanted), len(entry_key) - 1)
        found = entry_key[at] == wanted
        return np.bincount(docs, weights=np.where(found, weights * entry_weights_by_key[at], 0.0), minlength=n_rows)

    fuzzy = settings.fusion_fuzzy
    unchanged = ~np.isin(owner, changed)
    rows_of_term = index.phrasings
    result: set[int] = set()
    own_fuzzy: dict[int, np.ndarray] = {}
    for ei in changed:
        mask = entry_docs == ei
        cos = np.zeros(n_rows)
        for term, weight in zip(entry_terms[mask], entry_weights[mask], strict=True):
            lo, hi = rows_of_term.ptr[term], rows_of_term.ptr[term + 1]
            cos[rows_of_term.docs[lo:hi]] += weight * rows_of_term.weights[lo:hi]
        # (by meaning, an entry may win a phrasing it shares no word with)
        candidates = np.flatnonzero(((cos > 0) | semantic) & unchanged)
        if not len(candidates):
            continue
        own_cos = own_cos_of(candidates)
        lower = settings.fusion_learned * own_cos + min(0.0, fuzzy) + min(0.0, meaning)
        if n_entries > settings.rerank_candidates:
            # Only the `rerank_candidates` entries of highest cosine are ranked (Ranker.first): a
            # changed entry at least as close as the phrasing's own entry can push it out of them,
            # and a third entry then comes first.
            result.update(candidates[cos[candidates] + 1e-9 >= own_cos[candidates]].tolist())
        own_rows = range(starts[ei], starts[ei + 1])
        # The changed entry's phrasing postings, row by row (in the index's order within a row).
        own_postings = np.flatnonzero((row_docs >= starts[ei]) & (row_docs < starts[ei + 1]))
        own_postings = own_postings[np.argsort(row_docs[own_postings], kind="stable")]
        own_ptr = np.searchsorted(row_docs[own_postings], np.arange(starts[ei], starts[ei + 1] + 1))
        phrase = np.zeros(n_rows)
        for i in range(len(own_rows)):
            q_slice = own_postings[own_ptr[i] : own_ptr[i + 1]]
            score = np.zeros(n_rows)
            for term, weight in zip(row_terms[q_slice], row_weights[q_slice], strict=True):
                lo, hi = rows_of_term.ptr[term], rows_of_term.ptr[term + 1]
                score[rows_of_term.docs[lo:hi]] += weight * rows_of_term.weights[lo:hi]
            np.maximum(phrase, score, out=phrase)
        similar = process.cdist(
            [index.sorted_plain[r] for r in candidates], [index.sorted_plain[q] for q in own_rows], scorer=fuzz.ratio
        ).max(axis=1)
        upper = (
            settings.fusion_learned * cos[candidates]
            + settings.fusion_phrase * phrase[candidates]
            + max(0.0, fuzzy) * similar / 100.0
            + settings.fusion_text  # the text view's similarity is at most 1
            + max(0.0, meaning)  # and the cosine by meaning too
        )
        reaches = upper + 1e-9 >= lower[candidates]
        for row, bound in zip(candidates[reaches].tolist(), upper[reaches].tolist(), strict=True):
            own = lower[row]
            if fuzzy > 0:
                y = int(owner[row])  # the own entry's fuzzy view, without the phrasing itself
                if y not in own_fuzzy:
                    own_fuzzy[y] = _closest_other(index, y)
                best = own_fuzzy[y][row - starts[y]]
                own += fuzzy * best / 100.0 if best >= 0 else 0.0
            if bound + 1e-9 >= own:
                result.add(row)
    return sorted(result)


def _closest_other(index: Index, y: int) -> np.ndarray:
    """For each phrasing of entry `y`: the string similarity (fuzz.ratio, as the ranking's fuzzy
    view) of the entry's closest other phrasing, one whose words differ; -1 when it has none.
    Depends on that entry's phrasings only, so kept while a memo is active."""
    lo, hi = index.starts[y], index.starts[y + 1]
    plain, sorted_plain = tuple(index.plain[lo:hi]), tuple(index.sorted_plain[lo:hi])

    def compute() -> np.ndarray:
        scores = process.cdist(sorted_plain, sorted_plain, scorer=fuzz.ratio, dtype=np.float64)
        same = np.array([[a == b for b in plain] for a in plain], dtype=bool).reshape(len(plain), len(plain))
        scores[same] = -1.0
        return scores.max(axis=1) if len(plain) else np.zeros(0)

    return memoized(("closest-other", plain, sorted_plain), compute)
