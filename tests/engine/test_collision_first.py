"""The collision check asks `Matcher.first` which entry a phrasing would get, instead of ranking
every candidate in full: it must name exactly the entry `rank` puts first, for every text of the
shipped FAQ and of the made-up one (with each text left out of its own entry's views, as the
check asks it), and for texts that are no phrasing at all."""

from __future__ import annotations

import dataclasses

from bot.engine import Engine, validate


def _every_text_agrees(engine: Engine) -> int:
    checked = 0
    for entry in engine.kb.entries.values():
        for text in entry.all_phrasings():
            for exclude in [(entry.id, text), ("no-such-entry", text)]:
                matcher = engine.matcher_of(entry, text)
                ranked = matcher.rank(text, exclude=exclude).candidates
                assert matcher.first(text, exclude) == (ranked[0].entry_id if ranked else None), (entry.id, text)
                checked += 1
    return checked


def test_first_is_the_ranking_s_first_on_the_shipped_faq(engine):
    assert _every_text_agrees(engine) > 1000
    for question in ["", "?", "who wrote the letter", "zzzz qqqq", "نامه", "what about the volcano"]:
        ranked = engine.matcher.rank(question, exclude=("x", question)).candidates
        assert engine.matcher.first(question, ("x", question)) == (ranked[0].entry_id if ranked else None)


def test_first_is_the_ranking_s_first_on_the_made_up_faq(small_kb, config):
    knowledge, seeds = small_kb
    engine, problems = validate(knowledge, seeds, config.matching, check_collisions=False)
    assert engine is not None, problems
    assert _every_text_agrees(engine) > 20


def test_first_is_the_ranking_s_first_with_a_negative_string_similarity_weight(config):
    """config accepts a negative `fusion_fuzzy` (string similarity then counts against an entry):
    `first` must not take a perfect similarity for the most an entry can score then."""
    settings = dataclasses.replace(config.matching, fusion_fuzzy=-0.3)
    engine, problems = validate(config.paths.knowledge, config.paths.seeds, settings, check_collisions=False)
    assert engine is not None, problems
    assert _every_text_agrees(engine) > 1000
