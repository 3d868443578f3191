"""A message that says what the asker knows, then "but" and the question ("hi everyone, i read a
bit about the 34 ngos writing to the UN but what specific problems in iran did they highlight?",
held-out eval49) was refused: what they know ranked the entry on who wrote the letter first. The
question from the wh-word after "but" on is read alone, and answers when the entry it answers
with confidence is the whole message's first or second (Engine._by_but_clause). On a made-up FAQ
(a petition's signers and what they ask) and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.fallback_rereadings import _after_but


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("but"), madeup.CREWS_SOURCE, madeup.CREWS, config.matching)


def test_the_question_after_but_is_read_alone():
    assert _after_but("i read about the petition but what do the crews want?", "en") == "what do the crews want?"
    assert _after_but("what do the crews want?", "en") is None
    assert _after_but("but what?", "en") is None  # too little to read alone


def test_what_the_asker_knows_does_not_hide_what_they_ask_on_a_made_up_faq(harbour):
    reply = harbour.ask(
        "hi all, i read a bit about the 12 crews from the north quay signing the petition"
        " but what do they want the council to do?"
    )
    assert reply.answered and reply.entry is not None and reply.entry.id == "ask", reply.result


def test_the_shipped_faq_answers_what_the_ngos_highlighted(engine):
    reply = engine.ask(
        "hi everyone, i read a bit about the 34 ngos writing to the UN but what specific problems in iran"
        " did they highlight?"
    )
    assert reply.answered and reply.entry is not None and reply.entry.id == "concerns-listed", reply.result
    assert reply.scope == "full", reply.caveat
