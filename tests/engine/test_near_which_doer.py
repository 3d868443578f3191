"""Near-topic questions that were answered as if in full (issue #11): a doer asked as "which
person did it", someone's words asked with "what exactly did X ask", a count asked as "the exact
number of X", a name after "under" that the typo repair read as an English word, and a people's
adjective ("iranian") read as Finglish. Each is checked on a made-up FAQ (tests/madeup.py, the
dredging petition) and on the shipped FAQ; what the entry does answer stays full."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Engine
from bot.engine.persian import language
from bot.engine.scope import Gap, Scope


@pytest.fixture(scope="module")
def petition(tmp_path_factory, config) -> Engine:
    root = tmp_path_factory.mktemp("petition")
    return madeup.load_faq(root, madeup.PETITION_SOURCE, madeup.PETITION, config.matching)


@pytest.mark.parametrize(
    ("question", "entry_id", "gap"),
    [
        ("which person actually drafted the petition", "signers", Gap.NAME),
        ("what exactly did the harbour board ask the cooperatives", "signers", Gap.UNSAID),
        ("exact number of foreign trawlers refused permits?", "permits", Gap.FIGURE),
        ("is the catch better now under councilo", "catch", Gap.MENTION),
    ],
)
def test_a_narrower_question_gets_its_caveat_on_a_made_up_faq(petition, question, entry_id, gap):
    check = petition.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL, question
    assert gap in {u.gap for u in check.uncovered}, check.uncovered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("who wrote the petition", "signers"),  # an act the entry says ("which person wrote it":
        # one of the 12 cooperatives' people, tests/engine/test_near_other_way.py)
        ("the exact number of cooperatives that signed?", "signers"),  # a figure it gives
        ("is the catch better under ostrova", "catch"),  # a name it says
    ],
)
def test_what_the_entry_answers_stays_full_on_a_made_up_faq(petition, question, entry_id):
    assert petition.scope.check(question, entry_id).scope is Scope.FULL, question


@pytest.mark.parametrize(
    "question",
    [
        "which person actually drafted the letter for the coalition",
        "what exactly did roya karimi majd ask bahreini in the interview",
        "exact number of trade unionists in prison?",
        "is the situation better now under raisi",
    ],
)
def test_the_shipped_faq_gives_no_full_answer_to_a_narrower_question(engine, question):
    reply = engine.ask(question)
    assert reply.entry is None or reply.scope_check.scope is Scope.PARTIAL, reply.result


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what is the total number of executions", "executions"),
        (
            "440?? is that the real number of people iran killed by death sentence, what does the letter say",
            "executions",
        ),
        ("who wrote the letter", "who-signed"),
    ],
)
def test_the_shipped_faq_still_checks_in_full_what_its_entry_answers(engine, question, entry_id):
    assert engine.scope.check(question, entry_id).scope is Scope.FULL, question


@pytest.mark.parametrize(
    "question", ["is raha bahreini iranian", "Is Raha Bahreini Iranian?", "is lena ostrova syrian", "are they turkish"]
)
def test_a_peoples_adjective_is_english(question):
    assert language(question) == "en"


@pytest.mark.parametrize("question", ["raha bahreini irani hast?", "iranian ha chi goftan", "bahreini irani e?"])
def test_finglish_with_a_peoples_word_stays_finglish(question):
    assert language(question) == "fa-Latn"


def test_an_english_asker_of_a_trait_gets_an_english_caveat_on_the_shipped_faq(engine):
    reply = engine.ask("is raha bahreini iranian")
    assert reply.question_language == "en"
    assert reply.scope_check.scope is Scope.PARTIAL


@pytest.mark.parametrize("question", ["how did the council end up voting on the dredging", "how did the vote go"])
def test_how_a_vote_went_is_refused_by_an_entry_telling_no_outcome_on_a_made_up_faq(petition, question):
    check = petition.scope.check(question, "signers")
    assert check.scope is Scope.PARTIAL and check.answers_nothing, check.uncovered


@pytest.mark.parametrize(
    "question",
    [
        "How did the General Assembly end up voting on the resolution?",
        "how does voting in the general assembly work, like in general",
    ],
)
def test_the_shipped_faq_answers_nothing_of_a_vote_it_tells_no_outcome_of(engine, question):
    reply = engine.ask(question)
    assert reply.entry is None, reply.result


def test_a_figure_the_entrys_count_phrasings_vouch_for_names_the_same_group_on_a_made_up_faq(petition):
    """ "how many groups wrote it" of the entry whose texts say 12 cooperatives: "these 12 groups"
    names them (no caveat "no figure for groups"), and "5 groups" is another figure."""
    assert petition.scope.check("what are these 12 groups asking the council", "binding").scope is Scope.FULL
    check = petition.scope.check("did 5 groups sign the petition", "signers")
    assert [u.gap for u in check.uncovered] == [Gap.DIFFERS]
    assert petition.scope.check("did 12 groups sign the petition", "signers").scope is Scope.FULL


def test_the_34_groups_are_the_34_ngos_on_the_shipped_faq(engine):
    check = engine.scope.check("whats the story with these 34 groups writing to the un", "campaign-overview")
    assert check.scope is Scope.FULL, check.uncovered
    assert [u.gap for u in engine.scope.check("did 3 groups sign it", "who-signed").uncovered] == [Gap.DIFFERS]


def test_what_kind_of_thing_with_a_word_before_it_asks_which_on_a_made_up_faq(petition):
    """ "what coastal projects were the cooperatives working on": which projects, as "what projects
    were they working on" asks, of sources that name none."""
    check = petition.scope.check("what coastal projects were the cooperatives working on", "signers")
    assert check.scope is Scope.PARTIAL
    assert [(u.gap, u.term) for u in check.uncovered] == [(Gap.UNSAID, "coastal projects")]


def test_the_shipped_faq_gives_no_full_answer_to_which_causes_the_detained_worked_on(engine):
    check = engine.scope.check(
        "what environmental causes were those detained activists working on", "arbitrary-detention"
    )
    assert check.scope is Scope.PARTIAL
