"""A labelled question added as a phrasing (tools/add_phrasings.py) is matched like any phrasing,
but the scope check does not read it as the FAQ's authors vouching what the entry answers: one
person's words often carry a qualifier the sources never say."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings, load_engine

TRAINED = "was the keeper trained by the harbour board"
MARK = "# asked in asked.yaml (tools/add_phrasings.py)"


def _keeper(root, imported: bool):
    knowledge, seeds = madeup.copy_island(root, f"\n{madeup.KEEPER_IN_PASSING.quote}\n", [madeup.KEEPER_IN_PASSING])
    lighthouse = knowledge / "lighthouse.yaml"  # as madeup.island_with_keeper leaves it
    text = lighthouse.read_text(encoding="utf-8").replace("- lighthouse keeper", "- is the lighthouse in service")
    lighthouse.write_text(text.replace("- who runs the lighthouse", "- is the old light still used"), encoding="utf-8")
    path = knowledge / "keeper.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if TRAINED in line)
    item = lines.pop(at)
    end = next(i for i, line in enumerate(lines) if line.startswith("answer:"))
    lines[end:end] = [f"  {MARK}\n", item] if imported else [item]
    path.write_text("".join(lines), encoding="utf-8")
    return load_engine(knowledge, seeds, MatchSettings())


@pytest.mark.parametrize("imported", [False, True])
def test_an_imported_phrasing_does_not_vouch_for_a_doing_the_sources_never_say(tmp_path, imported):
    engine = _keeper(tmp_path, imported)
    # written by the FAQ's authors, the phrasing says the entry answers whether he was trained;
    # added from a labelled set, it is how one person asked, and the quotes never say so
    full = engine.scope.check("was tomas berg trained?", "keeper").scope.value == "full"
    assert full is not imported
    # ... and it is matched as any phrasing is: asked, it ranks its entry first
    assert engine.ask(TRAINED).entry.id == "keeper"
    assert engine.ask("who looks after the lighthouse").scope == "full"


def test_only_the_items_under_the_mark_are_imported(tmp_path):
    engine = _keeper(tmp_path, True)
    keeper = engine.kb.entries["keeper"]
    assert TRAINED in keeper.phrasings
    assert TRAINED not in keeper.vouched_phrasings()
    assert "who is tomas berg" in keeper.vouched_phrasings()


@pytest.mark.parametrize("question", ["zaman shah chand nafar edam shodan?"])
def test_the_shipped_faq_reads_no_imported_phrasing_as_its_authors(engine, question):
    """An idiom of an imported Persian question («همون آش و همون کاسه») is no word the sources
    say: the Shah's era stays a caveat, imported phrasings or not."""
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "partial", reply
