"""Whose words an entry quotes: a question about one speaker's words is not answered in full by an
entry that quotes someone else, though the same source quotes both (docs/answering.md)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the bees entry quotes the notes; the keeper speaks only in the lighthouse entry
        ("what did the keeper say exactly", "bees"),
        ("what did the lighthouse keeper say about the bees", "bees"),
    ],
)
def test_the_words_of_a_speaker_another_entry_quotes_are_only_offered_on_a_made_up_faq(made_up, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL and check.answers_nothing


def test_the_words_of_the_speaker_an_entry_quotes_are_answered_on_a_made_up_faq(made_up):
    assert made_up.scope.check("what did the keeper say about the lighthouse", "lighthouse").scope is Scope.FULL
    assert made_up.scope.check("did the keeper say the lamp was automated", "lighthouse").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        "did the keeper say the bees visit two thousand flowers",
        "has the harbour master said the bees go back to the hive",
    ],
)
def test_a_yes_no_of_who_said_it_names_the_speaker_in_its_caveat_on_a_made_up_faq(made_up, question):
    check = made_up.scope.check(question, "bees")
    assert check.scope is Scope.PARTIAL
    assert [u.gap for u in check.uncovered] == [Gap.SPEAKER]
    assert check.caveat is not None and "said this" in check.caveat


def test_a_yes_no_of_the_entrys_own_speaker_is_answered_on_a_made_up_faq(made_up):
    assert made_up.scope.check("did the notes say the bees visit two thousand flowers", "bees").scope is Scope.FULL
    # someone unnamed asks nothing of a speaker
    assert made_up.scope.check("did they say the bees visit two thousand flowers", "bees").scope is Scope.FULL


def test_what_a_speaker_said_is_not_answered_with_who_she_is_on_the_shipped_faq(engine):
    reply = engine.ask("what did bahreini say exactly")
    assert reply.kind != "answer" or reply.entry is None or reply.entry.id != "raha-bahreini"


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("did bahreini say iran is among the top executioners", "bahreini"),
        ("did amnesty say 440 people were executed", "amnesty"),
        ("did the un say iran has no improvement", "the un"),
    ],
)
def test_a_yes_no_of_who_said_it_is_caveated_on_the_shipped_faq(engine, question, who):
    reply = engine.ask(question)
    assert reply.scope != "full"
    if reply.kind == "answer":
        assert f"“{who}” said this" in (reply.caveat or "")


@pytest.mark.parametrize(
    "question",
    ["did bahreini say there was no improvement", "did the letter say iran is among the top executioners"],
)
def test_a_yes_no_of_the_speaker_quoted_is_answered_on_the_shipped_faq(engine, question):
    assert engine.ask(question).scope == "full"


def test_a_definition_of_one_of_a_kind_is_not_answered_with_a_fact_on_a_made_up_faq(made_up):
    # the lighthouse entry tells of the keeper; it never says what a keeper is
    check = made_up.scope.check("what is a lighthouse keeper", "lighthouse")
    assert check.scope is Scope.PARTIAL


def test_a_definition_of_one_of_a_kind_is_not_answered_with_a_fact_on_the_shipped_faq(engine):
    reply = engine.ask("what is a special rapporteur")
    assert reply.scope != "full"


def test_a_yes_no_of_what_someone_thinks_is_no_claim_of_theirs_on_the_shipped_faq(engine):
    assert engine.ask("do the signatories think passing the resolution is necessary").scope == "full"


CLUB = madeup.Source(
    "club",
    "Rowing club minutes",
    "minutes",
    "Minutes of the rowing club.",
    ("The minutes record that the coach insists the boathouse needs a new roof.", "The regatta is held in June."),
    {"minutes": "The rowing club's minutes", "treasurer": "Per Holm, the club treasurer"},
)
ROOF = madeup.Entry(
    "roof",
    "Does the boathouse need repairs?",
    tuple(
        "boathouse roof|new roof|boathouse repairs|is the boathouse leaking|roof of the boathouse"
        "|does the roof need fixing|boathouse condition|repairs needed|leaky roof|boathouse upkeep".split("|")
    ),
    "The minutes say the coach insists the boathouse needs a new roof.",
    "The minutes record that the coach insists the boathouse needs a new roof.",
    speaker="minutes",
    source="club",
)
REGATTA = madeup.REGATTA


@pytest.fixture(scope="module")
def club(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("club"), CLUB, [ROOF, REGATTA], config.matching)


def test_someone_the_entry_says_said_it_is_answered_on_a_made_up_faq(club):
    # the quote is the minutes'; the answer says the coach insists: the coach's words, reported
    assert club.scope.check("did the coach say the boathouse needs a new roof", "roof").scope is Scope.FULL


def test_a_speaker_of_the_source_who_did_not_say_it_gets_a_caveat_on_a_made_up_faq(club):
    check = club.scope.check("did the treasurer say the boathouse needs a new roof", "roof")
    assert [u.gap for u in check.uncovered] == [Gap.SPEAKER]


def test_what_the_report_says_the_letter_said_is_the_letters_on_the_shipped_faq(engine):
    question = "Does the letter report any improvement in the situation over the past twelve months?"
    assert engine.ask(question).scope == "full"
