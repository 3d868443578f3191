"""A Persian or Finglish "why" («چرا», "chera", "baraye chi", "vase chi") of what the entry itself
says was done asks its cause, which the sources do not give: a caveat, never the answer in full,
whatever "why" its phrasings ask (the twin of English "why did the ngos write the letter")."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Engine


@pytest.fixture(scope="module")
def builders(tmp_path_factory) -> Engine:
    """The Persian island FAQ with an entry saying who built the stone pier (madeup.BUILDERS_FA)."""
    root = tmp_path_factory.mktemp("builders")
    entry = madeup.BUILDERS_FA
    knowledge, seeds = madeup.copy_island(root, f"\\n{entry.quote}\\n", [entry], knowledge=madeup.PERSIAN_KNOWLEDGE)
    return madeup.load_engine(knowledge, seeds, madeup.MatchSettings())


@pytest.mark.parametrize(
    "question, term",
    [
        ("ماهیگیرا چرا اسکله رو ساختن؟", "چرا اسکله رو ساختن"),
        ("ماهیگیران برای چی اسکله را ساختند؟", "برای چی اسکله را ساختند"),
        ("mahigira chera eskele ro sakhtan?", "chera eskele ro sakhtan"),
        ("vase chi eskele ro sakhtan?", "vase chi eskele ro sakhtan"),
        ("mahigira baraye chi eskele ro sakhtan?", "baraye chi eskele ro sakhtan"),
    ],
)
def test_why_they_did_what_the_entry_says_they_did_is_a_caveat_on_the_island(builders, question, term):
    check = builders.scope.check(question, "builders")
    assert check.scope.value == "partial", check
    assert term in (check.caveat_in("fa") or ""), check.caveat_in("fa")
    reply = builders.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply


@pytest.mark.parametrize("question", ["اسکله برای چیه؟", "eskele vase chi hast?", "چرا اسکله سنگیه؟"])
def test_a_why_of_no_doing_the_entry_states_is_left_to_its_phrasings(builders, question):
    """ "What is it for", or a why of a state: no doing the entry states is asked the cause of."""
    assert builders.scope.check(question, "builders").scope.value == "full", question


@pytest.mark.parametrize(
    "question",
    [
        "chera in name ro neveshtan?",
        "vase chi in name ro neveshtan?",
        "NGO ha baraye chi name neveshtan?",
        "NGOها چرا نامه نوشتن؟",
        "in name baraye chi neveshte shode?",
    ],
)
def test_the_shipped_faq_never_answers_why_the_letter_was_written_as_who_signed_it_or_when(engine, question):
    for entry_id in ("who-signed", "letter-date"):
        assert engine.scope.check(question, entry_id).scope.value == "partial", (question, entry_id)
    reply = engine.ask(question)
    assert not (
        reply.answered and reply.scope == "full" and reply.entry is not None and reply.entry.id != "campaign-overview"
    ), reply


@pytest.mark.parametrize("question", ["in kaarzar vase chi hast?", "in kampein baraye chie?"])
def test_the_shipped_faq_still_answers_what_the_campaign_is_for(engine, question):
    reply = engine.ask(question)
    assert (
        reply.answered and reply.entry is not None and reply.entry.id == "campaign-overview" and reply.scope == "full"
    ), reply
