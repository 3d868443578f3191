"""A question that is word for word one of the FAQ's phrasings is never answered with another
entry (Engine._own_entry, Reason.PHRASING). `faqbot validate` refuses a phrasing that, asked
without itself, ranks another entry first (a collision); but a start serves the FAQ with the
collisions an accepted edit's word weights made between untouched entries (validate's
`serve_collisions`), and such a phrasing, asked word for word, can rank the other entry first
(here with plain TF-IDF weights, `learned_epochs: 0`: the learned weights, trained on the
phrasing itself, happen to rank its entry first on this small FAQ; on a synthetic FAQ of 300
entries three phrasings went to another entry with them)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import madeup

from bot.engine import Engine, Reason

# A volcano phrasing that reads as the bees' own: the bees rank first when it is asked.
BORROWED = "how many flowers do honeybees visit"


def served_with_a_collision(tmp_path: Path, config) -> tuple[Engine, list]:
    knowledge, _ = madeup.copy_island(tmp_path / "kb")
    path = knowledge / "volcano.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("phrasings:\n", f"phrasings:\n  - {BORROWED}\n", 1), encoding="utf-8")
    reported: list = []
    settings = dataclasses.replace(config.matching, learned_epochs=0)
    engine = Engine.load(knowledge, tmp_path / "kb" / "seeds", settings, on_collisions=reported.extend)
    return engine, reported


def test_a_phrasing_asked_word_for_word_is_answered_with_its_own_entry(tmp_path, config):
    engine, reported = served_with_a_collision(tmp_path, config)
    assert [(p.entry, BORROWED in p.message, "'bees'" in p.message) for p in reported] == [("volcano", True, True)]
    assert engine._match(BORROWED).entry_id == "bees"  # what the ranking alone answers
    for asked in (BORROWED, BORROWED.upper() + "?", f"  {BORROWED}!! "):
        result = engine.match(asked)
        assert (result.entry_id, result.reason) == ("volcano", Reason.PHRASING)
        assert engine.ask(asked).entry.id == "volcano"
    # Anything else is matched as before: the bees' own phrasing, and a question near the borrowed one.
    assert engine.match("how many flowers do bees visit").entry_id == "bees"
    near = engine.match("how many flowers do the honeybees visit a day")
    assert near.reason is not Reason.PHRASING and near.entry_id == "bees"


def test_the_interim_engine_of_an_edit_keeps_the_rule_for_the_edited_phrasings(tmp_path, config):
    """An interim engine (Engine.patched, what an edit is served on) carries the table of
    phrasings, updated for the edited entry: a phrasing it dropped no longer counts, one it added does."""
    engine, _ = served_with_a_collision(tmp_path, config)
    engine.prepare()  # the table built, as a served engine has it
    volcano = engine.kb.entries["volcano"]
    added = "how many flowers do bees visit a day"
    assert engine.match(added).entry_id == "bees"
    edited = dataclasses.replace(volcano, phrasings=(*(p for p in volcano.phrasings if p != BORROWED), added))
    kb = dataclasses.replace(engine.kb, entries={**engine.kb.entries, "volcano": edited})
    patched = Engine.patched(engine, kb, ["volcano"])
    assert patched is not None and not patched.exact
    dropped = patched.match(BORROWED)
    assert dropped.entry_id == "bees" and dropped.reason is not Reason.PHRASING
    now = patched.match(added)
    assert (now.entry_id, now.reason) == ("volcano", Reason.PHRASING)
