"""A message that reports a claim and asks to check it ("someone told me X, is that true?") is
read a second time as the claim alone (Engine._by_claim, Reason.CLAIM): answered when that
reading is answered with confidence by the entry the whole message ranks first. Never with an
entry whose answer opens with "Yes."/"No." (it would read as the verdict on the claim); a message
that asks no check, or a claim about something the FAQ does not cover, is matched as before.

A claim, or a yes/no statement, that states a figure of a group the entry's sources give none for
("someone told me 440 teachers were executed", "were 440 women executed?") is read as "how many
teachers were executed" is (scope.stated_counts): refused with the entry offered when the entry
never says the group, even when other entries do; one that states another figure than the
sources give for the same thing ("signed by 3 NGOs" of sources that say 34) is never confirmed:
it gets the answer after the caveat "The sources give a different figure than “3 NGOs”."."""

from __future__ import annotations

import madeup
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
        # "said", "claims" with no "that", right after who says it
        ("my cousin said the volcano erupted twice, is that true?", "the volcano erupted twice"),
        ("some guy claims bees sleep in the hive, is that right?", "bees sleep in the hive"),
        ("i said the volcano erupted twice, is that true?", None),  # the asker is no source
        ("the notes said bees, is that true?", None),
        # no request to check, no claim, or a claim of one word: no second reading
        ("my cousin told me the volcano erupted twice", None),
        ("is that true?", None),
        ("someone said that bees, is that true?", None),
        # heard or read with no "that"; a statement with a tag asking to confirm it, no one said
        ("i heard the volcano erupted twice, true?", "the volcano erupted twice"),
        ("the volcano erupted twice right?", "the volcano erupted twice"),
        ("ok so bees sleep in the hive, correct?", "bees sleep in the hive"),
        ("did the volcano erupt twice, right?", None),  # a question of its own, not a claim
        # "say" after who says it, and "does the X agree" closing the message: a check too
        ("my parents say the volcano erupted twice, does the guide agree", "the volcano erupted twice"),
        ("my cousin says bees sleep in the hive. do the notes agree??", "bees sleep in the hive"),
        ("what do people say about the volcano, does the guide agree?", None),  # asks what they say
        ("my parents say the volcano erupted twice, does the guide agree with the keeper", None),
        ("when did the volcano erupt, right?", None),
        # a figure seen or read, with no "that" ("i saw 440 executions somewhere")
        ("i saw 300 deaths somewhere, is that right?", "300 deaths somewhere"),
        ("i read over 300 people died in the eruption, true?", "over 300 people died in the eruption"),
        ("i saw it somewhere, is that right?", None),
    ],
)
def test_the_claim_is_what_follows_told_me_or_said_that(message, claim):
    assert claim_of(message, "en") == claim


def test_a_claim_checked_is_answered_from_the_claim_on_a_made_up_faq(made_up):
    message = "someone at the harbour told me the volcano erupted twice in the last century, is that true?"
    assert not made_up.match(message).answered  # the whole message alone is refused
    reply = made_up.ask(message)
    assert reply.answered and reply.entry.id == "volcano" and reply.result.reason is Reason.CLAIM
    assert reply.to_json()["reason"] == "claim"  # `faqbot ask --json` says which rule answered it
    # the same story without a request to check it is not read as a claim
    assert not made_up.ask(message.replace(", is that true?", "")).answered


def test_a_claim_said_without_that_is_answered_from_the_claim_on_a_made_up_faq(made_up):
    message = "my cousin said the volcano erupted twice in the last century, is that true?"
    assert not made_up.match(message).answered
    reply = made_up.ask(message)
    assert reply.answered and reply.entry.id == "volcano" and reply.result.reason is Reason.CLAIM


def test_a_claim_the_source_is_asked_to_agree_with_is_answered_on_a_made_up_faq(made_up):
    message = "my parents say the volcano erupted twice in the last century, does the guide agree?"
    assert not made_up.match(message).answered
    reply = made_up.ask(message)
    assert reply.answered and reply.entry.id == "volcano" and reply.result.reason is Reason.CLAIM


def test_the_shipped_faq_checks_a_claim_it_is_asked_to_agree_with(engine):
    message = "my parents say things in iran are better now, does the letter agree"
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "no-improvement" and not reply.partial, reply.result


def test_a_claim_about_something_not_covered_is_not_answered(made_up):
    assert not made_up.ask("my cousin told me the museum had ten thousand visitors, is that true?").answered


@pytest.fixture(scope="module")
def near_topic(tmp_path_factory, config):
    """A made-up FAQ with a near topic: an entry that counts the dead of an eruption, and another
    that speaks of farmers. A claim of how many farmers died is about the first entry's subject,
    with a group only the second one says."""
    kb = tmp_path_factory.mktemp("deaths") / "kb"
    return madeup.island_with(kb, madeup.DEATHS_NOTES, [madeup.DEATHS, madeup.FARMING], config.matching)


def test_a_true_claim_of_the_near_topic_faq_is_answered_in_full(near_topic):
    reply = near_topic.ask("someone told me the eruption of 1902 killed 300 people, is that true?")
    assert reply.answered and reply.entry.id == "volcano-deaths" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "message",
    [
        "my cousin told me the 1902 eruption killed 300 farmers, is that true?",
        "someone told me the volcano killed hundreds of farmers, is that true?",
        "someone said the volcano killed hundreds of farmers, true?",
        "did the eruption kill 300 farmers?",
        "is it true that the eruption killed 300 farmers?",
        "how many farmers died in the eruption?",  # the count question reads the same
    ],
)
def test_a_figure_of_a_group_the_entry_never_says_is_not_confirmed(near_topic, message):
    assert "farmer" in near_topic.kb.entries["farming"].answer  # another entry says the group
    reply = near_topic.ask(message)
    assert not (reply.answered and reply.entry.id == "volcano-deaths" and not reply.partial), reply.result
    assert not reply.answered or "farmers" in (reply.caveat or ""), reply.result


def test_another_figure_than_the_sources_give_gets_a_caveat_on_a_made_up_faq(near_topic):
    reply = near_topic.ask("someone told me the eruption of 1902 killed 3 people, is that true?")
    assert reply.answered and reply.entry.id == "volcano-deaths" and reply.partial, reply.result
    assert reply.caveat.startswith("The sources give a different figure than “3 people”.")


def test_an_answer_opening_with_a_verdict_is_never_given_to_a_claim(made_up, monkeypatch):
    message = "a guy at the market said that the old lighthouse still flashes every ten seconds, is that right?"
    assert made_up.kb.entries["lighthouse"].answer.startswith("Yes.")
    assert not made_up.ask(message).answered
    monkeypatch.setattr(type(made_up), "_no_verdict", lambda self, entry_id: True)
    assert made_up.ask(message).result.reason is Reason.CLAIM  # the verdict is what bars it


def test_the_shipped_faq_checks_a_claim_said_without_that(engine):
    message = "my neighbour says iran puts more people to death than almost any country, is that right?"
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "executions" and not reply.partial, reply.result


def test_the_shipped_faq_checks_a_claim(engine):
    message = "my uncle read on a forum that iran executes more people than almost any other country, is that correct?"
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "executions" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "message",
    [
        "someone told me 440 teachers were executed, is that true?",
        "someone told me 440 women were executed, is that true?",
        "someone told me 440 journalists were executed, is that true?",
        "someone told me 440 kurds were executed, is that true?",
        "were 440 women executed?",
        "is it true that 440 women were executed?",
    ],
)
def test_the_shipped_faq_never_confirms_a_figure_of_a_group_it_gives_none_for(engine, message):
    reply = engine.ask(message)
    assert not reply.answered, reply.result  # as "how many women were executed?" is
    assert "executions" in reply.result.suggestions  # the entry is still offered
    assert engine.ask("someone told me 440 people were executed, is that true?").answered


def test_the_shipped_faq_never_confirms_another_figure(engine):
    reply = engine.ask("my friend told me that the letter was signed by 3 NGOs, is that true?")
    assert reply.answered and reply.partial, reply.result
    assert reply.caveat.startswith("The sources give a different figure than “3 NGOs”.")
    assert "34" in reply.entry.answer  # what follows the caveat gives the sources' figure
    right = engine.ask("my friend told me that the letter was signed by 34 NGOs, is that true?")
    assert right.answered and not right.partial, right.result


def test_the_different_figure_caveat_is_in_the_reply_language():
    from bot.engine.persian import has_script
    from bot.engine.scope import Gap, Scope, ScopeCheck, Uncovered

    check = ScopeCheck(Scope.PARTIAL, (Uncovered("3 NGOs", Gap.DIFFERS),))
    assert "3 NGOs" in check.caveat_in("fa") and has_script(check.caveat_in("fa"))
    assert not check.answers_nothing  # what the sources do say follows it


@pytest.mark.parametrize(
    "message, entry_id",
    [
        # the same figure the sources spell out ("about two thousand flowers", "twice"): no other figure
        ("someone told me honeybees visit 2,000 flowers a day, is that true?", "bees"),
        ("do honeybees visit 2,000 flowers a day?", "bees"),
        ("were there 2 eruptions in the last century?", "volcano"),
    ],
)
def test_a_figure_the_sources_spell_out_is_never_called_a_different_one_on_a_made_up_faq(made_up, message, entry_id):
    check = made_up.scope.check(message, entry_id)
    assert all(u.gap.value != "differs" for u in check.uncovered), check.caveat
    assert "000" not in (check.caveat or ""), check.caveat  # never the digits after a separator


def test_the_digits_after_a_thousands_separator_are_no_figure_of_their_own_on_a_made_up_faq(near_topic):
    # "3,000 people" is not "000 people": a caveat never names that figure
    check = near_topic.scope.check("someone told me the eruption of 1902 killed 3,000 people, true?", "volcano-deaths")
    assert "000 people" not in (check.caveat or "").replace("3,000", ""), check.caveat


def test_a_figure_the_sources_spell_out_is_read_as_that_number_on_a_made_up_faq(made_up):
    """ "two thousand flowers" is 2000 flowers: "2000 flowers" is that figure (no year, no number
    the sources never give), and "300 flowers" another one, as it would be of "2,000 flowers"."""
    assert made_up.scope.check("do bees visit 2000 flowers a day?", "bees").scope.value == "full"
    check = made_up.scope.check("do bees visit 300 flowers a day?", "bees")
    assert any(u.gap.value == "differs" and u.term == "300 flowers" for u in check.uncovered), check.caveat
    # a year is still a year the sources never write
    assert made_up.scope.check("did bees visit flowers in 2000?", "bees").scope.value == "partial"


def test_a_figure_in_digits_is_judged_as_before_on_the_shipped_faq(engine):
    """The shipped FAQ writes its figures in digits: spelled-out ones change nothing there."""
    assert engine.scope.check("did 34 NGOs sign the letter?", "who-signed").scope.value == "full"
    check = engine.scope.check("did 35 NGOs sign the letter?", "who-signed")
    assert any(u.gap.value == "differs" for u in check.uncovered), check.caveat


@pytest.mark.parametrize(
    "faq, question, entry_id, term",
    [
        ("made_up", "do bees visit 3,000 flowers a day?", "bees", "3,000 flowers"),
        ("engine", "were 1,000 people executed in iran?", "executions", "1,000 people"),
        ("engine", "did 1,200 NGOs sign the letter?", "who-signed", "1,200 NGOs"),
    ],
)
def test_a_figure_with_thousands_separators_is_one_figure(request, faq, question, entry_id, term):
    """ "3,000 flowers" is 3000 flowers, another figure than the sources' (not "000 flowers", nor
    no figure at all, which answered it in full); the caveat writes it as typed."""
    check = request.getfixturevalue(faq).scope.check(question, entry_id)
    assert any(u.gap.value == "differs" and u.term == term for u in check.uncovered), check.caveat


@pytest.mark.parametrize(
    "message", ["did the eruption of 1902 kill 35 people?", "did 35 people die in the 1902 eruption"]
)
def test_another_figure_is_said_once_in_the_caveat_on_a_made_up_faq(near_topic, message):
    reply = near_topic.ask(message)
    assert reply.answered and reply.partial, reply.result
    assert reply.caveat == "The sources give a different figure than “35 people”. What they do say:"


def test_the_shipped_faq_says_another_figure_once(engine):
    reply = engine.ask("did 35 NGOs sign the letter?")
    assert reply.answered and reply.partial, reply.result
    assert reply.caveat == "The sources give a different figure than “35 NGOs”. What they do say:"


def test_a_figure_seen_somewhere_is_checked_on_a_made_up_faq(near_topic):
    message = "i read 300 people died in the eruption, true?"
    assert not near_topic.match(message).answered
    reply = near_topic.ask(message)
    assert reply.answered and reply.entry.id == "volcano-deaths" and reply.result.reason is Reason.CLAIM
    assert not reply.partial, reply.result


def test_the_shipped_faq_checks_a_figure_seen_somewhere(engine):
    message = "i saw 440 executions somewhere, is that right?"
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "executions" and not reply.partial, reply.result
    # a figure of a group the sources give none for is still no answer in full
    reply = engine.ask("i saw 440 teachers were executed, is that right?")
    assert not (reply.answered and not reply.partial), reply.result
