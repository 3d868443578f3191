"""A message whose last sentence asks of "him" or "her", whom only an earlier sentence names
("wasnt rouhani supposed to be the moderate guy? did things get better under him"), is read
with the pronoun as that name (`engine.named_before`, `Engine._by_named_before`)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.engine import named_before

PEOPLE = frozenset({"tomas", "rouhani"})


@pytest.mark.parametrize(
    "message, reading",
    [
        ("someone mentioned tomas in town. who is he?", "who is tomas?"),
        ("wasnt rouhani the moderate guy? did things get better under him", "did things get better under rouhani"),
        ("i heard of tomas. is he still there? what's his job?", "what's tomas's job?"),
        # one sentence, no one named before, two people named, or the name said again: not read
        ("who is he?", None),
        ("tomas and rouhani, who are they? is he the keeper?", None),
        ("someone told me. who is he?", None),
        ("tomas is here. is tomas the keeper?", None),
    ],
)
def test_the_pronoun_is_the_one_person_named_before(message, reading):
    assert named_before(message, PEOPLE) == reading


@pytest.fixture(scope="module")
def keeper(tmp_path_factory):
    return madeup.island_with_keeper(tmp_path_factory.mktemp("keeper"), madeup.KEEPER)


def test_a_question_of_someone_named_before_is_answered_on_a_made_up_faq(keeper):
    message = "someone mentioned tomas in town. who is he?"
    assert not keeper.match(message).answered
    reply = keeper.ask(message)
    assert reply.answered and reply.entry.id == "keeper" and reply.scope == "full"


def test_a_question_of_someone_named_before_is_answered_on_the_shipped_faq(engine):
    message = "wasnt rouhani supposed to be the moderate guy? did things get better under him"
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "rouhani-first-term" and reply.scope == "full"
