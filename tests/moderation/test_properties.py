"""Property tests: whatever moderators do, in whatever order, the FAQ on disk always validates,
and undoing every change gives back the original files byte for byte.

Each example works on a fresh copy of the tiny test FAQ (tests/data/moderation), which validates in
milliseconds, so a few dozen sequences of edits run in seconds.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import madeup
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.config import load_config
from bot.engine import Engine, validate
from bot.engine.knowledge import load_knowledge_collecting
from bot.moderation import AuditLog, Draft, DraftQuote, Editor, EditRefused, NothingToUndo
from bot.moderation.errors import Invalid

REPO = Path(__file__).resolve().parents[2]
MATCHING = load_config(REPO / "config.yaml").matching

# Words from every topic (and some from none): added phrasings sometimes collide, sometimes repeat
# another entry's phrasing, sometimes are fine; every outcome must leave a valid FAQ.
WORDS = [
    "bees",
    "honey",
    "flowers",
    "hive",
    "volcano",
    "eruption",
    "lava",
    "lighthouse",
    "lamp",
    "beacon",
    "trains",
    "railway",
    "museum",
    "visitors",
    "harbour",
    "how",
    "many",
    "when",
    "is",
    "the",
    "often",
    "?",
]

TOPICS = {  # new entries moderators may add: (question, phrasing stem, answer, quote)
    "trains": (
        "When do the trains run?",
        "train",
        "Trains on the coastal line run every hour.",
        "Trains on the coastal line run every hour between the harbour and the market town.",
    ),
    "museum": (
        "How many people visited the museum?",
        "museum",
        "Nobody recorded the museum's visitors before.",
        "Nobody recorded how many visitors the museum had before the new building opened.",
    ),
}
PHRASING_TAILS = [
    "timetable",
    "schedule",
    "question",
    "info",
    "facts",
    "details",
    "numbers",
    "history",
    "times",
    "today",
    "please",
    "now",
]

entry_pick = st.integers(min_value=0, max_value=20)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(sorted(TOPICS)), st.booleans()),  # bool: a quote not in the source
        st.tuples(st.just("edit"), entry_pick, st.sampled_from(["answer", "question", "drop-phrasing", "quote"])),
        st.tuples(st.just("phrasing"), entry_pick, st.lists(st.sampled_from(WORDS), min_size=1, max_size=5)),
        st.tuples(st.just("remove"), entry_pick),
        st.tuples(
            st.just("undo"),
        ),
    ),
    min_size=1,
    max_size=8,
)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def topic_draft(name: str, bad_quote: bool) -> Draft:
    question, stem, answer, quote = TOPICS[name]
    if bad_quote:
        quote = quote.replace("every", "each")
    return Draft(
        question,
        tuple(f"{stem} {tail}" for tail in PHRASING_TAILS[:10]),
        answer,
        (DraftQuote("field-notes", "notes", quote),),
    )


def edited(draft: Draft, how: str) -> Draft:
    if how == "answer":
        return Draft(draft.question, draft.phrasings, draft.answer + " (Checked again.)", draft.quotes)
    if how == "question":
        return Draft(draft.question.rstrip("?") + ", really?", draft.phrasings, draft.answer, draft.quotes)
    if how == "drop-phrasing":  # may fall below the minimum of 10: then refused
        return Draft(draft.question, draft.phrasings[:-1], draft.answer, draft.quotes)
    q = draft.quotes[0]
    return Draft(draft.question, draft.phrasings, draft.answer, (DraftQuote(q.source, q.speaker, q.text[:-12]),))


def apply(editor: Editor, op: tuple):
    ids = sorted(p.stem for p in editor.knowledge_dir.glob("*.yaml"))
    pick = (lambda n: ids[n % len(ids)]) if ids else (lambda n: "nothing")
    kind = op[0]
    if kind == "add":
        return editor.add_entry(topic_draft(op[1], op[2]), who="mod (1)", entry_id=op[1])
    if kind == "edit":
        opened = editor.open(pick(op[1]))
        return editor.edit_entry(opened.entry_id, edited(opened.draft, op[2]), who="mod (2)", revision=opened.revision)
    if kind == "phrasing":
        return editor.add_phrasing(pick(op[1]), " ".join(op[2]), who="mod (3)")
    if kind == "remove":
        entry_id = pick(op[1])
        return editor.remove_entry(entry_id, who="mod (4)", revision=editor.revision(entry_id))
    return editor.undo(who="mod (5)")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_any_sequence_of_edits_keeps_the_faq_valid_and_undo_all_restores_it(ops):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        knowledge, seeds = madeup.copy_island(root / "kb")
        editor = Editor(knowledge, seeds, MATCHING, AuditLog(root / "audit.sqlite3"))
        original = files(knowledge)

        for op in ops:
            before = files(knowledge)
            try:
                result = apply(editor, op)
            except EditRefused as exc:
                event(f"{op[0]} refused: {type(exc).__name__}")
                assert files(knowledge) == before  # a refused edit changes nothing
                continue
            event(f"{op[0]} applied")
            # What was validated is exactly what is on disk (the version hashes every file's bytes).
            kb, problems = load_knowledge_collecting(knowledge, seeds)
            assert problems == [] and kb.version == result.engine.kb.version
        # The files load: every check passes, but for collisions between phrasings an accepted
        # edit did not touch, which the word weights it moved can make (the test below); a load
        # serves the FAQ with those reported (validate's `serve_collisions`).
        engine, problems = validate(knowledge, seeds, MATCHING, serve_collisions=True)
        assert engine is not None and all(p.message.startswith("collision") for p in problems)

        while True:
            try:
                editor.undo(who="mod (6)")
            except NothingToUndo:
                break
        assert files(knowledge) == original
        assert not [p for p in root.iterdir() if p.name.startswith("faqbot-stage")]


def test_an_added_entry_that_makes_an_untouched_phrasing_collide_is_served_and_reported(tmp_path):
    """Found by the property test above: an entry added changes every word's weight, so a
    phrasing of another entry can come to be answered by a third (here a volcano phrasing by the
    bees, once a museum entry is added). Checking for that means asking every text (minutes at
    10,000 entries), so the add is checked, like an edit, for the collisions it can make itself,
    served at once on an interim engine, and the drifted collision is left to the full check:
    `faqbot validate` reports it (file and line), and the next start and reload serve the FAQ
    anyway (they must not refuse files an accepted edit wrote), the phrasing asked word for word
    still answered with its own entry."""
    knowledge, seeds = madeup.copy_island(tmp_path / "kb")
    editor = Editor(knowledge, seeds, MATCHING, AuditLog(tmp_path / "audit.sqlite3"))
    editor.add_phrasing("volcano", "bees bees honey many", who="mod (1)")
    added = editor.add_entry(topic_draft("museum", False), who="mod (1)", entry_id="museum")
    assert not added.engine.exact  # served at once; the exact engine follows from the worker
    assert added.engine.match("museum facts").entry_id == "museum"
    exact = editor.settle()
    assert exact is not None and exact.exact and "museum" in exact.kb.entries

    engine, problems = validate(knowledge, seeds, MATCHING)
    assert engine is None
    assert [(p.path.name, p.entry, "bees bees honey many" in p.message) for p in problems] == [
        ("volcano.yaml", "volcano", True)
    ]
    assert problems[0].line == next(
        i
        for i, line in enumerate((knowledge / "volcano.yaml").read_text().splitlines(), 1)
        if "bees bees honey" in line
    )
    reported: list = []
    started = Engine.load(knowledge, seeds, MATCHING, on_collisions=reported.extend)  # what the bot's start runs
    assert reported == problems and "museum" in started.kb.entries
    assert started.match("bees bees honey many").entry_id == "volcano"
    again = Editor(knowledge, seeds, MATCHING, AuditLog(tmp_path / "audit.sqlite3"))
    served, refused, _ = again.load()  # another process following the store's version
    assert served is not None and refused == [] and served.kb.version == started.kb.version
    # ...and its editor still accepts an edit that makes no collision of its own.
    assert again.add_phrasing("museum", "museum visitors history", who="mod (2)").engine is not None
    with pytest.raises(Invalid) as refused:  # and refuses one that does
        again.add_phrasing("museum", "how many flowers do the bees visit", who="mod (2)")
    assert any(p.entry == "museum" and "collision" in p.message for p in refused.value.problems)


@pytest.mark.xfail(strict=True, raises=Invalid, reason="undo of a removal refused: its restored phrasing now collides")
def test_undo_all_restores_the_faq_after_an_entry_added_in_between(tmp_path):
    """Found by the property test above (Hypothesis seed 270344816356713583729833740484715331819,
    at c398260 too): a phrasing added to the lighthouse entry ("volcano railway railway"), an
    entry added (trains), then the lighthouse removed. Undoing the removal restores the lighthouse
    as it was, but the trains entry has moved the word weights since, and its phrasing would now be
    answered with the volcano entry: the undo is refused (a clear message, nothing changed), and
    every later "undo" tries the same change, so undoing everything is stuck until a moderator
    undoes the trains entry by its change number or rewords the phrasing. Whether an undo should
    serve such a drifted collision, as a start or a reload does, is a decision left open."""
    ops = [("remove", 0), ("phrasing", 0, ["volcano", "railway", "railway"]), ("add", "trains", False), ("remove", 0)]
    knowledge, seeds = madeup.copy_island(tmp_path / "kb")
    editor = Editor(knowledge, seeds, MATCHING, AuditLog(tmp_path / "audit.sqlite3"))
    original = files(knowledge)
    for op in ops:
        apply(editor, op)
    while True:
        try:
            editor.undo(who="mod (6)")
        except NothingToUndo:
            break
    assert files(knowledge) == original
