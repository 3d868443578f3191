"""The index build: TF-IDF vectors exactly as defined (sublinear counts of stems and word pairs,
times idf, l2-normalised per document), however they are computed, on a made-up FAQ."""

from __future__ import annotations

import itertools
import math
from collections import Counter

import numpy as np
import pytest

from bot.engine import Matcher, MatchSettings
from bot.engine.text import STOP_WORDS, stem, words

VOLCANO_FAQ = [
    ("eruption", ["when did the volcano last erupt", "last eruption of the volcano", "volcano erupt erupt when"]),
    ("lighthouse", ["who keeps the lighthouse", "lighthouse keeper name", "is the lighthouse open to visitors"]),
    ("bees", ["do the bees sting", "bee sting what to do", "are the bees near the lighthouse dangerous"]),
    ("empty", ["the a of"]),  # stop words only: an empty vector
]


def term_frequencies(texts: list[list[str]], pair_weight: float) -> list[dict[str, float]]:
    """Term frequencies per phrasing the plain way (dicts), for comparison."""
    tfs = []
    for stems in texts:
        counts: dict[str, float] = dict(Counter(stems))
        for a, b in itertools.pairwise(stems):
            counts[f"{a} {b}"] = counts.get(f"{a} {b}", 0.0) + pair_weight
        tfs.append(counts)
    return tfs


def test_vectors_are_sublinear_tf_idf_over_stems_and_word_pairs_l2_normalised():
    settings = MatchSettings(learned_epochs=0)
    index = Matcher(VOLCANO_FAQ, settings).index
    phrasing_stems = [[stem(w) for w in words(t) if w not in STOP_WORDS] for _, texts in VOLCANO_FAQ for t in texts]
    phrasing_tf = term_frequencies(phrasing_stems, settings.bigram_weight)
    entry_tf: list[dict[str, float]] = []
    for i in range(len(VOLCANO_FAQ)):
        tf: dict[str, float] = {}
        for counts in phrasing_tf[index.starts[i] : index.starts[i + 1]]:
            for term, count in counts.items():
                tf[term] = tf.get(term, 0.0) + count
        entry_tf.append(tf)
    df = Counter(term for tf in entry_tf for term in tf)
    n = len(VOLCANO_FAQ)
    assert set(index.term_ids) == set(df)
    for term, tid in index.term_ids.items():
        assert index.idf[tid] == math.log((1 + n) / (1 + df[term])) + 1.0

    def expected(tf: dict[str, float]) -> dict[int, float]:
        weights = {
            index.term_ids[t]: (1.0 + math.log(c) if c >= 1 else c) * index.idf[index.term_ids[t]]
            for t, c in tf.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    for postings, tfs in ((index.entries, entry_tf), (index.phrasings, phrasing_tf)):
        assert postings.size == len(tfs)
        got: list[dict[int, float]] = [{} for _ in tfs]
        for term in range(postings.n_terms):
            for k in range(postings.ptr[term], postings.ptr[term + 1]):
                got[postings.docs[k]][term] = postings.weights[k]
            assert list(postings.docs[postings.ptr[term] : postings.ptr[term + 1]]) == sorted(
                postings.docs[postings.ptr[term] : postings.ptr[term + 1]]
            )
        assert got == [expected(tf) for tf in tfs]  # exactly: the same sums in the same order
    assert got[-1] == {}  # the stop-word-only phrasing


def test_an_faq_of_stop_words_only_builds_and_answers_nothing():
    matcher = Matcher([("a", ["the a of"]), ("b", ["is it"])], MatchSettings())
    assert matcher.index.entries.weights.size == 0
    assert matcher.rank("volcano").candidates == ()


def test_the_built_index_answers_the_made_up_faq():
    matcher = Matcher(VOLCANO_FAQ, MatchSettings())
    assert matcher.rank("when was the last eruption").candidates[0].entry_id == "eruption"
    assert matcher.rank("do bees sting people").candidates[0].entry_id == "bees"
    assert np.all(np.diff(matcher.index.entries.ptr) >= 0)


QUESTIONS = [
    "when did the volcano last erupt",  # a phrasing word for word
    "volcano erupt",  # the same words in two phrasings of one entry: equal phrasing scores
    "lighthouse bees",  # two entries alike
    "is the lighthouse keeper near the bees",
    "volcanoe eruptoin",  # typos
    "the a of",  # stop words only
    "pizza recipe",  # nothing the FAQ knows
    "bees " * 40,  # long
]


def test_dot_products_are_the_sums_of_the_query_terms_products_in_query_order():
    index = Matcher(VOLCANO_FAQ, MatchSettings()).index
    assert index.learned is not None and index.learned.shares_positions(index.entries)
    assert not index.phrasings.shares_positions(index.entries)
    for question in QUESTIONS:
        # the question's terms (by their first word), with made-up weights
        query = {index.term_ids[t]: 0.5 + i / 7 for i, t in enumerate(index.term_ids) if t.split()[0] in question}
        for postings in (index.entries, index.phrasings, index.learned):
            expected, recall = np.zeros(postings.size), np.zeros(postings.size)
            for term, weight in query.items():
                for k in range(postings.ptr[term], postings.ptr[term + 1]):
                    expected[postings.docs[k]] += postings.weights[k] * weight
                    recall[postings.docs[k]] += postings.weights[k] ** 2
            got, got_recall = postings.dot(query)
            assert got.tolist() == expected.tolist() and got_recall.tolist() == recall.tolist()
            assert postings.scores(query).tolist() == expected.tolist()
        shared = index.entries.gather(query)
        assert index.learned.scores(query, shared).tolist() == index.learned.dot(query)[0].tolist()


def test_ranking_every_entry_at_once_gives_what_scoring_entry_by_entry_gives(monkeypatch):
    """An FAQ of at most `rerank_candidates` entries is re-scored all at once (one fuzzy call over
    every phrasing); the rankings are the ones the per-entry scoring gives, to the last bit."""
    faqs = [VOLCANO_FAQ, [*VOLCANO_FAQ, ("twin", ["do the bees sting", "when did the volcano last erupt"])]]
    for faq in faqs:
        matcher = Matcher(faq, MatchSettings())
        at_once = [matcher.rank(q) for q in QUESTIONS]
        assert matcher._ranker._segments is not None  # the all-at-once scoring ran
        monkeypatch.setattr(type(matcher._ranker), "_every_entry", lambda *args: None)
        one_by_one = [Matcher(faq, MatchSettings()).rank(q) for q in QUESTIONS]
        monkeypatch.undo()
        assert at_once == one_by_one
        assert any(len(r.candidates) >= 2 for r in at_once)


def test_a_prepared_matcher_answers_as_an_unprepared_one():
    """Ranker.prepare makes at once the tables typo repair and ranking would make on first use;
    nothing a question gets changes (typos of every length, words the FAQ lacks)."""
    questions = [*QUESTIONS, "lighthuose", "volcanno kepeer", "beez", "erupshun of the volkano", "stingg"]
    lazy, prepared = Matcher(VOLCANO_FAQ, MatchSettings()), Matcher(VOLCANO_FAQ, MatchSettings())
    prepared.prepare()
    prepared.prepare()  # twice: nothing more
    assert [prepared.match(q) for q in questions] == [lazy.match(q) for q in questions]
    assert prepared.repair("lighthuose") == "lighthouse"


@pytest.mark.parametrize("ratio", [60.0, 85.0, 95.0])
def test_typo_repair_looks_at_fewer_words_and_repairs_as_a_search_of_every_similar_length_would(ratio):
    """Typo repair skips the FAQ words whose length rules them out (for the ratio cut-off, or
    for one edit); what it repairs a word to is what a search of every word within two letters
    of its length gives."""
    import random

    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from bot.engine.lexicon import is_english
    from bot.engine.spelling import closest_spelling, similar_length

    settings = MatchSettings(typo_min_ratio=ratio, learned_epochs=0)
    matcher = Matcher(VOLCANO_FAQ, settings)
    index = matcher.index

    def searched(word: str) -> str:  # the search over every similar length, as it was written
        if word in index.vocabulary or stem(word) in index.stems:
            return word
        if len(word) < settings.typo_min_length or not word.isalpha():
            return word
        choices = similar_length(word, index.by_length)
        best = closest_spelling(word, choices, settings)
        if best is None and choices and not is_english(word):
            close = process.extract(word, choices, scorer=OSA.distance, score_cutoff=1, limit=2)
            if len(close) == 1:
                best = close[0][0]
        return best or word

    rng = random.Random(4)
    words_tried = []
    for word in sorted(index.vocabulary):
        for _ in range(6):
            chars = list(word)
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(chars) + 1)
                kind = rng.randrange(3)
                if kind == 0:
                    chars.insert(i, rng.choice("aeiorstxz"))
                elif kind == 1 and len(chars) > 1:
                    del chars[min(i, len(chars) - 1)]
                else:
                    chars[min(i, len(chars) - 1)] = rng.choice("aeiorstxz")
            words_tried.append("".join(chars))
        for i in range(len(word)):  # two letters more or fewer: the lengths the cut-off decides
            words_tried += [word[:i] + "xe" + word[i:], word[:i] + word[i + 2 :]]
    repaired = [matcher.repair(w) for w in words_tried]
    assert repaired == [searched(w) for w in words_tried]
    assert sum(r != w for r, w in zip(repaired, words_tried)) > 20  # many were repaired
