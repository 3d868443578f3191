"""A message that reports a claim and asks to check it ("someone told me X, is that true?") is
read a second time as the claim alone (Engine._by_claim, Reason.CLAIM): answered when that
reading is answered with confidence by the entry the whole message ranks first. Never with an
entry whose answer opens with "Yes."/"No." (it would read as the verdict on the claim); a message
that asks no check, or a claim about something the FAQ does not cover, is matched as before."""

from __future__ import annotations

import pytest

from bot.engine import Reason
from bot.engine.engine import claim_of


@pytest.mark.parametrize(
    "message, claim",
    [
        ("my cousin told me the volcano erupted twice, is that true?", "the volcano erupted twice"),
        ("someone posted on reddit that bees sleep in the hive. is that right?", "bees sleep in the hive"),
        (
            "a friend said that the lamp flashes every ten seconds and i wanna double check",
            "the lamp flashes every ten seconds",
        ),
        # no request to check, no claim, or a claim of one word: no second reading
        ("my cousin told me the volcano erupted twice", None),
        ("is that true?", None),
        ("someone said that bees, is that true?", None),
    ],
)
def test_the_claim_is_what_follows_told_me_or_said_that(message, claim):
    assert claim_of(message, "en") == claim


def test_a_claim_checked_is_answered_from_the_claim_on_a_made_up_faq(made_up):
    message = "someone at the harbour told me the volcano erupted twice in the last century, is that true?"
    assert not made_up.match(message).answered  # the whole message alone is refused
    reply = made_up.ask(message)
    assert reply.answered and reply.entry.id == "volcano" and reply.result.reason is Reason.CLAIM
    # the same story without a request to check it is not read as a claim
    assert not made_up.ask(message.replace(", is that true?", "")).answered


def test_a_claim_about_something_not_covered_is_not_answered(made_up):
    assert not made_up.ask("my cousin told me the museum had ten thousand visitors, is that true?").answered


def test_an_answer_opening_with_a_verdict_is_never_given_to_a_claim(made_up, monkeypatch):
    message = "a guy at the market said that the old lighthouse still flashes every ten seconds, is that right?"
    assert made_up.kb.entries["lighthouse"].answer.startswith("Yes.")
    assert not made_up.ask(message).answered
    monkeypatch.setattr(type(made_up), "_no_verdict", lambda self, entry_id: True)
    assert made_up.ask(message).result.reason is Reason.CLAIM  # the verdict is what bars it


def test_the_shipped_faq_checks_a_claim(engine):
    message = "my uncle read on a forum that iran executes more people than almost any other country, is that correct?"
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "executions" and not reply.partial, reply.result
