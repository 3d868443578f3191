"""False caveats of pair AS (eval105, eval106, eval-fa102, eval-fa103, written at 19:32 UTC on
2026-12-07, measured once at 4e174f97; development data since), each checked on a made-up FAQ and
on the shipped one. In-scope questions were answered with a caveat whose statement misread the
question (`predicates._do_predicate`):

- "so did hassan rouhani's first term actually change anything for human rights" (eval106):
  "term" was read as the verb ("The sources do not say whether “hassan rouhani's first termed
  actually change ...”"): after an owner ("rouhani's") and "first", as after "his first", a
  noun stands;
- "did the reforms people expected from rouhani's first government ever happen?" (eval105):
  "people" was read as the verb ("the reforms peopled expected ..."): a noun right before a
  participle, in a subject that opens with "the", begins a clause of the subject's ("the
  reforms people expected"), not its verb.
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def wall(tmp_path_factory, config):
    """Town news: the mayor's re-election, and the sea wall it puts pressure on (madeup.town_wall)."""
    return madeup.town_wall(tmp_path_factory.mktemp("wall"), config.matching)


@pytest.mark.parametrize(
    "question, statement",
    [
        (
            "so did anna berg's first term actually change anything for the harbour",
            "anna berg's first term actually changed anything for the harbour",
        ),
        ("did the repairs people expected from the mayor ever happen?", None),
    ],
)
def test_a_noun_is_no_verb_asked_on_a_made_up_faq(wall, question, statement):
    check = wall.scope.check(question, "wall")
    expected = [] if statement is None else [(statement, "whether")]
    assert [(u.term, u.gap.value) for u in check.uncovered] == expected, check


@pytest.mark.parametrize(
    "question",
    [
        "so did hassan rouhani's first term actually change anything for human rights",
        "did the reforms people expected from rouhani ever happen",
    ],
)
def test_a_noun_is_no_verb_asked_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "rouhani-first-term", reply.result
    assert "termed" not in (reply.caveat or "") and "peopled" not in (reply.caveat or ""), reply.caveat
