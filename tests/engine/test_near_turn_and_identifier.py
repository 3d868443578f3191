"""Two near-topic shapes (issues #11, #13): whether a party will do a thing again, at last or ever,
of an entry that tells only of a course that has gone on; and the number or code that names a
thing, of an entry that states none. Each on the made-up island FAQ (tests/madeup.py) and on
the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope


@pytest.fixture(scope="module")
def persian_island():
    return madeup.persian_island()


def test_a_turn_of_an_ongoing_course_is_not_answered_by_the_course_on_a_made_up_faq(made_up):
    """The notes say the lighthouse "still flashes its lamp": what it will go on doing, not
    whether it will do so again or stop."""
    check = made_up.scope.check("will the lighthouse flash its lamp again", "lighthouse")
    assert [(u.term, u.gap) for u in check.uncovered] == [("the lighthouse will flash its lamp again", Gap.WHETHER)]
    assert made_up.scope.check("will the lighthouse flash its lamp every ten seconds", "lighthouse").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    ["آتشفشان دوباره فوران میکنه؟", "atashfeshan dobare foran mikone?"],
)
def test_a_persian_turn_to_come_gets_a_caveat_on_the_island(persian_island, question):
    check = persian_island.scope.check(question, "volcano")
    assert check.scope is Scope.PARTIAL
    assert ("dobare" if question.isascii() else "دوباره") in check.caveat


@pytest.mark.parametrize(
    "question",
    [
        "فانوس هنوز کار میکنه؟",  # still: what the notes say
        "فانوس هر ده ثانیه چشمک میزنه؟",
    ],
)
def test_a_persian_question_of_the_course_itself_stays_full_on_the_island(persian_island, question):
    assert persian_island.scope.check(question, "lighthouse").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        "will iran cooperate with the un again?",
        "will iran ever let the rapporteur in",
        "ایران دوباره با سازمان ملل همکاری میکنه؟",
        "iran dobare ba UN hamkari mikone?",
    ],
)
def test_the_shipped_faq_does_not_answer_a_turn_to_come_in_full(engine, question):
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("will iran issue a visa to the special rapporteur", "un-rapporteurs"),
        # «دوباره» of a noun (the re-election), before the name it is of
        ("آیا انتخاب دوباره روحانی باعث اصلاحات حقوق بشری میشه؟", "rouhani-reelection"),
    ],
)
def test_the_shipped_faq_still_answers_a_course_or_a_re_election_in_full(engine, question, entry_id):
    assert engine.scope.check(question, entry_id).scope is Scope.FULL, question


_BYLAW = madeup.Entry(
    "harbour-fees",
    "Who sets the harbour fees?",
    (
        "harbour fees",
        "who decides the mooring fees",
        "fees for boats",
        "council and the harbour fees",
        "how are fees set",
        "mooring charges",
        "harbour bylaw",
        "what rule sets the fees",
        "fees law",
        "who charges for mooring",
    ),
    "The notes say the council sets the harbour fees by bylaw 42.",
    "The council sets the harbour fees by bylaw 42.",
)


def test_an_identifier_the_notes_never_give_is_not_answered_in_full_on_a_made_up_faq(made_up, tmp_path, config):
    check = made_up.scope.check("what's the registration number of the lighthouse", "lighthouse")
    assert [(u.term, u.gap) for u in check.uncovered] == [("number of the lighthouse", Gap.UNSAID)]
    # one the notes give: a number right after the thing's word
    engine = madeup.island_with(
        tmp_path, "\nThe council sets the harbour fees by bylaw 42.\n", [_BYLAW], config.matching
    )
    assert engine.scope.check("what is the bylaw number for the fees", "harbour-fees").scope is Scope.FULL
    assert engine.scope.check("what is the case number of the fees dispute", "harbour-fees").scope is Scope.PARTIAL


@pytest.mark.parametrize(
    "question",
    [
        "what's the official UN document number of the resolution",
        "whats the resolution number",
    ],
)
def test_the_shipped_faq_gives_no_identifier_in_full(engine, question):
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("whats the execution number in the letter", "executions"),  # a figure of what it counts
        ("number of signatories", "who-signed"),
        ("is iran number one for executions", "executions"),
    ],
)
def test_the_shipped_faq_reads_a_figure_as_no_identifier(engine, question, entry_id):
    assert not any(u.gap is Gap.UNSAID for u in engine.scope.check(question, entry_id).uncovered), question


def test_a_plan_a_comparison_with_others_and_when_exactly_on_a_made_up_faq(made_up):
    """ "Does X plan to" asks what X will do; "compared to other <kind>" asks of others the
    notes never speak of; "when exactly did X last" asks a date as "when did X last" does."""
    check = made_up.scope.check("does the keeper plan to leave the island", "lighthouse")
    assert [(u.term, u.gap) for u in check.uncovered] == [("the keeper will leave the island", Gap.WHETHER)]
    check = made_up.scope.check("how does the volcano compare to other volcanoes", "volcano")
    assert [(u.term, u.gap) for u in check.uncovered] == [("other volcanoes", Gap.MENTION)]
    assert made_up.scope.check("when exactly did the bees last return to the hive", "bees").scope is Scope.PARTIAL


@pytest.mark.parametrize(
    "question",
    [
        "will iran cooperate with the un?",  # "has continued to deny monitoring" is of something else
        "does iran plan to cooperate with the un",
        "how does iran compare to other countries on cooperation with the un",
        "when exactly did iran last allow a special rapporteur in",
    ],
)
def test_the_shipped_faq_does_not_answer_a_plan_others_or_an_exact_date_in_full(engine, question):
    assert engine.ask(question).scope != "full", question


def test_the_shipped_faq_still_compares_with_the_others_it_names(engine):
    # the executions entry speaks of "other countries" itself
    assert engine.ask("Does Iran execute a large number of people compared with other countries?").scope == "full"


def test_a_party_with_its_phrase_and_a_future_of_another_doing_on_a_made_up_faq(tmp_path, config, made_up):
    """ "Will the lamp of the lighthouse break": the party read with "of the ..."; "the council will
    vote on the breakwater" says whether it will vote, not whether it will ban it."""
    check = made_up.scope.check("will the lamp of the lighthouse break", "lighthouse")
    assert [(u.term, u.gap) for u in check.uncovered] == [("the lamp of the lighthouse will break", Gap.WHETHER)]
    entry = madeup.Entry(
        "council-vote",
        "When will the council vote on the breakwater?",
        (
            "breakwater vote",
            "council vote date",
            "when is the breakwater vote",
            "council and the breakwater",
            "vote on the breakwater",
            "breakwater council decision",
            "is there a vote in may",
            "what happens in may",
            "breakwater decision month",
            "who decides on the breakwater",
        ),
        "The notes say the council will vote on the breakwater in May.",
        "The council will vote on the breakwater in May.",
    )
    engine = madeup.island_with(
        tmp_path, "\nThe council will vote on the breakwater in May.\n", [entry], config.matching
    )
    assert engine.scope.check("will the council vote on the breakwater", "council-vote").scope is Scope.FULL
    check = engine.scope.check("will the council approve the breakwater", "council-vote")
    assert [(u.term, u.gap) for u in check.uncovered] == [("the council will approve the breakwater", Gap.WHETHER)]


@pytest.mark.parametrize(
    "question",
    ["will the situation in iran improve?", "will the un general assembly vote yes"],
)
def test_the_shipped_faq_does_not_answer_whether_a_party_will_do_another_thing_in_full(engine, question):
    assert engine.ask(question).scope != "full", question
