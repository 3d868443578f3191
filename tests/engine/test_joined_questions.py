"""Two questions joined by "and" ("is the resolution binding and did it pass"): the second is not
dropped; when the entry answers only the first, the caveat names the second as typed
(docs/answering.md, `Engine._other_questions`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "unanswered"),
    [
        ("is the lighthouse still working and who built it", "who built it"),
        ("how often did the volcano erupt and who named it", "who named it"),
    ],
)
def test_the_second_of_two_joined_questions_is_named_in_the_caveat_on_a_made_up_faq(made_up, question, unanswered):
    reply = made_up.ask(question)
    assert reply.scope == "partial"
    assert f"“{unanswered}”" in (reply.caveat or "")


def test_two_joined_questions_the_entry_answers_stay_full_on_a_made_up_faq(made_up):
    assert made_up.ask("is the lighthouse automated and does it still flash").scope == "full"


@pytest.mark.parametrize(
    ("question", "unanswered"),
    [
        # "it" is the resolution: "did the resolution pass" is what the sources do not say
        ("is the resolution binding and did it pass", "did it pass"),
        # not "The sources do not mention executions": her own words do, in another entry
        ("who is bahreini and what did she say about executions", "what did she say about executions"),
    ],
)
def test_the_second_of_two_joined_questions_is_named_in_the_caveat_on_the_shipped_faq(engine, question, unanswered):
    reply = engine.ask(question)
    assert reply.scope == "partial"
    assert f"“{unanswered}”" in (reply.caveat or "")


def test_a_first_question_the_entry_does_not_answer_keeps_the_whole_message_caveat_on_the_shipped_faq(engine):
    # "where is she from" is not answered either: the caveat quotes the whole question, as before
    reply = engine.ask("how old is raha bahreini and where is she from")
    assert reply.scope == "partial"
    assert "“how old is raha bahreini and where is she from”" in (reply.caveat or "")
