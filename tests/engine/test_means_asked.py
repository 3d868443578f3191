"""A means asked as a doing after "by" ("are executions carried out by hanging", "how many were
executed by hanging") is a thing the sources must say: an entry that tells only that it was done
answers it in part, though a phrasing uses the word ("how many ppl has iran hanged" is a
phrasing of the shipped executions entry, whose sources never say how) (scope._shapes_en.means_asked)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Scope, _shapes_en
from bot.engine.text import words

FACT = "The old ferry was repainted blue in May."
REPAINT = madeup.Entry(
    "repaint",
    "When was the ferry repainted?",
    (
        "ferry paint",
        "was the ferry repainted",
        "ferry repainted blue",
        "new paint on the ferry",
        "when did the ferry get painted",
        "ferry spraying",
        "what colour is the ferry now",
        "did they spray the ferry",
        "old ferry paint job",
        "blue ferry",
    ),
    "The notes say the old ferry was repainted blue in May.",
    FACT,
)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory, config):
    return madeup.island_with(tmp_path_factory.mktemp("ferry"), f"\n{FACT}\n", [REPAINT], config.matching)


@pytest.mark.parametrize(
    ("question", "means"),
    [
        ("was the ferry repainted by spraying?", "by spraying"),
        ("was the ferry painted by brushing in may", "by brushing"),
    ],
)
def test_a_means_the_sources_never_say_is_answered_in_part(ferry, question, means):
    check = ferry.scope.check(question, "repaint")
    assert check.scope is Scope.PARTIAL, check
    assert means in check.caveat


def test_the_asked_means_is_read_only_where_it_is_asked():
    assert _shapes_en.means_asked(words("was the ferry repainted by spraying")) == [5]
    assert _shapes_en.means_asked(words("was the ferry repainted by the crew")) == []  # a doer
    assert _shapes_en.means_asked(words("what would be achieved by adopting it")) == []  # a premise
    assert _shapes_en.means_asked(words("which treaties is iran bound by according to the letter")) == []


@pytest.mark.parametrize("question", ["are executions in iran done by hanging", "how many were executed by hanging"])
def test_the_shipped_faq_does_not_say_the_executions_were_hangings(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result
