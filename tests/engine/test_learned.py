"""Learned entry word weights: they keep every phrasing on its own entry, give the same answers
on every load, and a knowledge base too large to train in full learns what fits."""

from __future__ import annotations

import dataclasses

import numpy as np

from bot.engine import Matcher, MatchSettings, Outcome, learned


def faq_texts(engine) -> list[tuple[str, list[str]]]:
    return [
        (e.id, [t for t in e.all_phrasings() if engine.matcher_of(e, t) is engine.matcher])
        for e in engine.kb.entries.values()
    ]


def test_every_shipped_phrasing_scores_its_own_entry_highest_with_the_learned_weights(engine):
    assert engine.matcher.learned
    wrong = []
    for entry in engine.kb.entries.values():
        entry_id = entry.id
        for text in entry.all_phrasings():
            matcher = engine.matcher_of(entry, text)  # Persian phrasings have indexes of their own
            best = max(matcher.rank(text).candidates, key=lambda r: r.learned)
            if best.entry_id != entry_id:
                wrong.append((text, entry_id, best.entry_id))
    assert wrong == []


def test_learning_makes_an_entrys_own_words_count_more_than_before(engine):
    """Training moves weights towards telling entries apart: asked as questions, phrasings lead
    the runner-up entry by a wider learned margin than by plain TF-IDF."""
    texts = faq_texts(engine)
    plain = Matcher(texts, dataclasses.replace(engine.matcher.settings, learned_epochs=0))
    lead_plain, lead_learned = [], []
    for entry_id, phrasings in texts:
        for text in phrasings[::5]:
            for matcher, leads in ((plain, lead_plain), (engine.matcher, lead_learned)):
                ranked = sorted(matcher.rank(text).candidates, key=lambda r: -r.learned)
                own = next(r.learned for r in ranked if r.entry_id == entry_id)
                other = max((r.learned for r in ranked if r.entry_id != entry_id), default=0.0)
                leads.append(own - other)
    assert np.median(lead_learned) > np.median(lead_plain) + 0.1


def test_the_same_faq_gives_the_same_weights_and_answers_on_every_load(engine):
    texts = faq_texts(engine)
    again = Matcher(texts, engine.matcher.settings, finglish=engine.matcher.index.finglish)
    assert np.array_equal(again.index.learned.weights, engine.matcher.index.learned.weights)
    for question in ("how many people did iran execute", "who is raha bahreini", "is it binding"):
        assert again.match(question) == engine.matcher.match(question)


def test_a_knowledge_base_too_large_to_train_fully_learns_its_rarer_words_and_keeps_answering(engine, monkeypatch):
    texts = faq_texts(engine)
    plain = Matcher(texts, dataclasses.replace(engine.matcher.settings, learned_epochs=0))
    monkeypatch.setattr(learned, "MAX_INCIDENCES", 20_000)  # of ~55,000
    matcher = Matcher(texts, engine.matcher.settings)
    assert matcher.learned
    moved = matcher.index.learned.weights != plain.index.entries.weights
    assert 0 < moved.sum() < len(moved)  # some weights learned, the commonest words' kept
    common = matcher.index.term_ids["iran"]
    span = slice(matcher.index.entries.ptr[common], matcher.index.entries.ptr[common + 1])
    assert not moved[span].any()
    result = matcher.match("how many people has iran executed since 2017")
    assert result.outcome is Outcome.ANSWER and result.entry_id == "executions"


def test_one_entry_or_learning_switched_off_means_no_learned_weights():
    only = Matcher([("hours", ["when are you open", "opening hours"])], MatchSettings())
    assert not only.learned
    assert only.rank("opening hours").candidates[0].entry_id == "hours"
    off = Matcher([("hours", ["opening hours"]), ("price", ["how much is it"])], MatchSettings(learned_epochs=0))
    assert not off.learned


def test_the_training_budget_is_full_up_to_clinc150s_size_then_falls_and_ends():
    sizes = [1_000, learned.FULL_BUDGET_PHRASINGS, 20_000, 40_000, 80_000, 200_000, 1_000_000]
    budgets = [learned.budget(n) for n in sizes]
    assert budgets[:2] == [learned.MAX_INCIDENCES] * 2
    assert budgets[1] > budgets[2] > budgets[3] > budgets[4] > 0
    assert budgets[-2:] == [0, 0]


def volcano_faq(n_entries: int) -> list[tuple[str, list[str]]]:
    """A made-up FAQ with words shared across entries (so that rows add up) and words of its own."""
    places = ["volcano", "lighthouse", "beehive", "harbour", "glacier", "meadow", "quarry", "orchard"]
    return [
        (
            f"e{i}",
            [
                f"when does the {places[i % 8]} {w} open",
                f"is the {places[i % 8]} {w} safe for visitors",
                f"who looks after the {w} near the {places[(i + 1) % 8]}",
            ],
        )
        for i, w in enumerate(f"word{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(n_entries))
    ]


def test_a_large_faq_learns_within_a_smaller_budget_and_a_huge_one_not_at_all(monkeypatch):
    texts = volcano_faq(40)  # 120 phrasings
    full = Matcher(texts, MatchSettings())
    plain = Matcher(texts, MatchSettings(learned_epochs=0))
    moved_full = int((full.index.learned.weights != plain.index.entries.weights).sum())

    monkeypatch.setattr(learned, "FULL_BUDGET_PHRASINGS", 60)  # this FAQ is twice that
    monkeypatch.setattr(learned, "MIN_BUDGET", 1)
    monkeypatch.setattr(learned, "MAX_INCIDENCES", 2_000)
    smaller = Matcher(texts, MatchSettings())
    assert smaller.learned
    moved = int((smaller.index.learned.weights != plain.index.entries.weights).sum())
    assert 0 < moved < moved_full

    monkeypatch.setattr(learned, "MIN_BUDGET", learned.budget(120) + 1)
    huge = Matcher(texts, MatchSettings())
    assert not huge.learned  # TF-IDF weights as they are
    for matcher in (full, smaller, huge):
        assert matcher.rank("is the volcano wordab safe").candidates[0].entry_id == "e1"
