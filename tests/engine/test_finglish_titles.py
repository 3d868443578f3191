""" "khanoom" and "agha" (Mrs, Mr: خانم, آقا) are Persian words English never types: a Latin-script
question calling someone by one is Finglish, however many of its other words English spells too
("in khanoom X male amnesty e?": is this lady X with Amnesty?). It was read as English (by "in",
"male", "amnesty") and matched nothing."""

from __future__ import annotations

import pytest

from bot.engine import persian


@pytest.mark.parametrize(
    "question",
    [
        "in khanoom vell male harbour e?",  # is this lady Vell the harbour's?
        "in khanoom kie?",
        "agha berg keeper e?",
        "khanum vell kojast?",
    ],
)
def test_a_title_persian_gives_makes_a_question_finglish_on_made_up_names(question):
    assert persian.language(question, frozenset({"vell", "berg"})) == "fa-Latn"


@pytest.mark.parametrize(
    "question", ["is vell in london?", "who is the lady in the harbour?", "in the harbour, is berg the keeper?"]
)
def test_english_with_in_and_a_name_stays_english(question):
    assert persian.language(question, frozenset({"vell", "berg"})) == "en"


def test_a_lady_called_by_her_title_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("in khanoom bahreini male amnesty e? ba radio farda mosahebe karde?")
    assert reply.answered and reply.entry.id == "raha-bahreini" and reply.scope == "full", reply.result
