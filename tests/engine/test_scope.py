"""Partial answers: a question narrower than the entry chosen for it gets a caveat first, never a
full answer that reads as an answer to the narrower question."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import madeup
import pytest

from bot.engine import Engine, load_engine
from bot.engine.scope import Gap, ScopeIndex
from bot.engine.verdict import strip_verdict

REPO = Path(__file__).resolve().parents[2]


def assert_partial(engine: Engine, question: str, entry_id: str, caveat: str) -> None:
    """The entry answers `question` only in part, with `caveat` saying what the sources do not."""
    check = engine.scope.check(question, entry_id)
    assert check.scope.value == "partial", (question, check)
    assert caveat in check.caveat, (question, check.caveat)


@pytest.mark.parametrize(
    "question, term",
    [
        ("how many journalists are detained", "journalists"),
        ("How many journalists were arrested?", "journalists"),
    ],
)
def test_a_count_of_a_subgroup_the_sources_mention_gets_what_they_say_after_saying_there_is_no_figure(
    engine, question, term
):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "arbitrary-detention"
    assert reply.scope == "partial"
    assert reply.caveat.startswith(f"The sources give no figure for \u201c{term}\u201d")
    assert term in reply.answer, "what the sources do say about what was asked"


@pytest.mark.parametrize(
    "question",
    ["how many teachers were executed in iran", "How many women were executed?", "how many journalists were executed"],
)
def test_a_count_of_a_subgroup_the_entry_never_mentions_is_refused_with_the_entry_offered(engine, question):
    # The total of all executions, even after a caveat, answers another question: the entry's
    # sources say nothing at all of the group asked about.
    reply = engine.ask(question)
    assert not reply.answered and reply.scope is None
    assert "executions" in reply.result.suggestions


def test_a_named_group_the_quotes_never_mention_is_named_in_the_caveat_as_the_user_wrote_it(engine):
    # No phrasing names a group the quotes do not mention (the claims check refuses them), so the
    # question reaches the entry through what it asks about: discrimination.
    reply = engine.ask("Does the letter mention discrimination against the Baha'is?")
    assert reply.answered and reply.entry.id == "women-minorities" and reply.scope == "partial"
    assert "\u201cBaha'is\u201d" in reply.caveat
    assert not reply.answer.lower().startswith("yes"), "a partial answer never opens with the entry's own Yes."
    bare = engine.ask("Does the letter mention the Baha'is?")
    assert not (bare.answered and bare.scope == "full"), "never a plain Yes about a group no quote mentions"


@pytest.mark.parametrize(
    "question",
    [
        "how many people has iran executed",
        "does the letter mention discrimination against women",
        "who signed the letter",
        "when was the letter sent",
    ],
)
def test_questions_the_entry_was_written_for_are_answered_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "full" and reply.caveat is None


def test_a_number_the_faq_itself_uses_names_the_subject_and_asks_nothing_new(engine):
    reply = engine.ask("what date is on the 34 ngos letter")
    assert reply.answered and reply.entry.id == "letter-date" and reply.scope == "full"


def test_unanswered_questions_have_no_scope(engine):
    reply = engine.ask("what is the weather like in paris")
    assert not reply.answered
    assert reply.scope is None and reply.caveat is None


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        ("how many wasps visit the flowers", "bees", "no figure for \u201cwasps\u201d"),
        ("How many flowers do the honeybees of Tasmania visit?", "bees", "do not mention \u201cTasmania\u201d"),
        ("how many tourists died in the eruptions", "volcano", "no figure for \u201ctourists\u201d"),
        ("does it mention the foghorn", "lighthouse", "do not mention \u201cfoghorn\u201d"),
        ("what is the visitor count at the lighthouse", "lighthouse", "no figure for \u201cvisitor\u201d"),
        ("did the volcano erupt 7000 times", "volcano", "do not mention \u201c7000\u201d"),
    ],
)
def test_the_rules_work_on_another_faq(made_up, question, entry_id, caveat):
    assert_partial(made_up, question, entry_id, caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("how many flowers do bees visit a day", "bees"),
        ("how many eruptions were there last century", "volcano"),
        ("when was the lighthouse automated", "lighthouse"),
        ("did the volcano erupt twice in the last century", "volcano"),
    ],
)
def test_another_faqs_own_questions_stay_full(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        # a year the entry's sources never write, even in a "when" question it does answer
        ("was the lighthouse automated in 1990?", "lighthouse", "do not mention \u201c1990\u201d"),
        ("when did the volcano erupt, 1902?", "volcano", "do not mention \u201c1902\u201d"),
        # "where" of an entry nobody asks "where" of and whose sources name no place
        ("where is the volcano", "volcano", "do not say \u201cwhere\u201d"),
        # "which <thing>" the entry never says
        ("which meadow do the bees visit", "bees", "do not say \u201cwhich meadow\u201d"),
        # "who is the <role>" of an entry that names nobody and is never asked "who"
        ("who is the volcanologist studying the volcano", "volcano", "do not name \u201cthe volcanologist\u201d"),
    ],
)
def test_a_kind_of_fact_the_entry_does_not_give_makes_the_answer_partial_on_another_faq(
    made_up, question, entry_id, caveat
):
    assert_partial(made_up, question, entry_id, caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("was it automated in 1985", "lighthouse"),  # the year it gives
        ("where do honeybees go at night", "bees"),  # asked "where" in its phrasings
        ("which hive do the bees return to", "bees"),  # a thing it says
        ("which flowers do bees visit", "bees"),
        ("who is the keeper of the lighthouse", "lighthouse"),  # asked "who runs the lighthouse"
        ("the lighthouse, which still works, flashes how often", "lighthouse"),  # no "which" question
    ],
)
def test_a_kind_of_fact_the_entry_gives_stays_full_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        # the entry gives a time, but of the automation, not of the building
        ("when was the lighthouse built", "lighthouse", "do not say \u201cwhen was the lighthouse built\u201d"),
        (
            "when was the lighthouse automated, and when was it painted?",
            "lighthouse",
            "\u201cwhen was it painted\u201d",
        ),
        # it gives where the bees go, not where they are sold
        ("where are the honeybees sold", "bees", "do not say \u201cwhere are the honeybees sold\u201d"),
    ],
)
def test_a_place_or_time_of_something_else_than_the_entry_gives_it_for_is_partial_on_another_faq(
    made_up, question, entry_id, caveat
):
    assert_partial(made_up, question, entry_id, caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("when was the lighthouse automated", "lighthouse"),  # what its phrasing asks the time of
        ("so when did the automation of the lighthouse happen?", "lighthouse"),  # what its sources say
        ("where do the bees go", "bees"),  # a verb with no meaning of its own
        ("where do honeybees sleep, in the hive?", "bees"),  # the clause ends at the comma
        ("where do honeybees rank for flower visits", "bees"),  # a position, not a place
    ],
)
def test_a_place_or_time_of_what_the_entry_gives_it_for_stays_full_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id",
    [("where was the letter signed", "who-signed"), ("where is radio farda based", "raha-bahreini")],
)
def test_a_place_the_entry_gives_for_something_else_is_not_given_as_the_place_asked(engine, question, entry_id):
    check = engine.scope.check(question, entry_id)
    assert check.scope.value == "partial" and question in check.caveat


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("which prison holds the detained journalists", "which prison"),
        ("who is the special rapporteur for iran right now", "the special rapporteur"),
    ],
)
def test_shipped_faq_never_answers_another_kind_of_fact_in_full(engine, question, caveat):
    reply = engine.ask(question)
    if reply.answered:  # refusing is fine too; answering as if in full is not
        assert reply.scope == "partial" and caveat in reply.caveat
        assert reply.caveat.index(caveat) < len(reply.caveat)


@pytest.mark.parametrize(
    "question",
    ["who is raha bahreini", "which un body received the letter", "where did bahreini give the interview"],
)
def test_shipped_faq_answers_the_kinds_it_gives_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "full", question


@pytest.mark.parametrize(
    "text",
    [
        "how many <@123> teachers were executed @everyone " + "x " * 3000,
        "\u200fhow many\u200b teachers were executed\u202e?",
        "\u0686\u0646\u062f \u0645\u0639\u0644\u0645 \u0627\u0639\u062f\u0627\u0645 \u0634\u062f\u0646\u062f\u061f",
        "",
    ],
)
def test_odd_input_never_breaks_the_check(engine, text):
    reply = engine.ask(text)
    assert reply.scope in (None, "full", "partial")
    if reply.caveat:
        assert "@everyone" not in reply.caveat and "<@" not in reply.caveat


def test_verdicts_are_stripped_only_at_the_start():
    assert strip_verdict("Yes. The letter says so.") == "The letter says so."
    assert strip_verdict("No, it does not.") == "It does not."
    assert strip_verdict("Nobody recorded it.") == "Nobody recorded it."


def test_ask_json_has_scope_and_caveat():
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "how many journalists are detained", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out)
    assert data["scope"] == "partial" and "journalists" in data["caveat"]
    full = json.loads(
        subprocess.run(
            [sys.executable, "-m", "bot", "ask", "who signed the letter", "--json"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert full["scope"] == "full" and full["caveat"] is None


def test_console_shows_the_caveat_above_the_answer_apart_from_it():
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "how many journalists are detained"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    caveat_at = out.index("no figure for")
    answer_at = out.index("The letter says")
    assert caveat_at < answer_at
    assert "\n\n" in out[caveat_at:answer_at], "the caveat is a paragraph of its own"
    assert "partial answer" in out


def test_what_is_a_name_the_entry_only_mentions_gets_a_caveat_and_its_own_topic_does_not(engine):
    passing = engine.ask("what is radio farda")
    if passing.answered:  # refusing it outright is fine too; answering it in full is not
        assert passing.scope == "partial" and "no description of" in passing.caveat
    own = engine.ask("who is raha bahreini")
    assert own.answered and own.scope == "full"


def test_what_is_a_name_works_on_another_faq(made_up):
    # "lighthouse" is named in the lighthouse entry's own question; the keeper is only mentioned.
    assert made_up.scope.check("what is the lighthouse", "lighthouse").scope.value == "full"


def test_what_is_a_name_only_mentioned_in_passing_on_a_made_up_faq(tmp_path, config):
    """A second FAQ with names of its own: the ferry is named in passing by the harbour entry."""
    engine = madeup.load_faq(tmp_path, madeup.FERRY_SOURCE, [madeup.FERRY], config.matching)
    check = engine.scope.check("what is the Saltmarsh Ferry", "departure")
    assert check.scope.value == "partial" and "no description of \u201cSaltmarsh Ferry\u201d" in check.caveat
    assert engine.scope.check("when does the boat leave the harbour", "departure").scope.value == "full"


# The island's petition, which names two bodies the Persian glossary translates, each alone (made up)
PETITION_SOURCE = madeup.Source(
    "petition",
    "Island petition",
    "petition",
    "The islanders' petition, as reported by the harbour gazette.",
    ("The islanders asked the Security Council to protect the reef, and the United Nations has not answered them.",),
    {"gazette": "The harbour gazette"},
)
PETITION = madeup.Entry(
    "petition",
    "What does the island's petition ask for?",
    (
        "what does the petition ask",
        "what do the islanders want",
        "petition demands",
        "what is the petition about",
        "the islanders request",
        "what did the islanders ask for",
        "reef petition",
        "petition to protect the reef",
        "who did the islanders petition",
        "what does the petition want done",
    ),
    "The islanders asked the Security Council to protect the reef, and the United Nations has not answered them.",
    "The islanders asked the Security Council to protect the reef, and the United Nations has not answered them.",
    speaker="gazette",
    source="petition",
)


@pytest.mark.parametrize(
    "question",
    [
        "شورای امنیت سازمان ملل چیه؟",  # Persian puts the body before what it belongs to
        "shoraye amniat-e sazman-e melal chie?",
        "شورای امنیت چیه؟",  # one name alone, as before
    ],
)
def test_what_is_a_run_of_names_only_mentioned_in_passing_on_a_made_up_faq(tmp_path, config, question):
    """«X Y چیه» where X and Y are each a name the sources write (the Security Council, the
    United Nations): a description of those bodies, which an entry about what the islanders
    asked them does not give. Before, only one name alone was told, and the pair was answered in
    full with what the petition asks for."""
    engine = madeup.load_faq(tmp_path, PETITION_SOURCE, [PETITION], config.matching)
    check = engine.scope.check(question, "petition")
    assert check.scope.value == "partial" and check.answers_nothing, check
    # what the entry is about stays full
    assert engine.scope.check("what did the islanders ask the security council", "petition").scope.value == "full"


def test_what_is_the_general_assembly_of_the_un_is_no_answer_from_what_the_letter_asks_it(engine):
    for question in ("مجمع عمومی سازمان ملل چیه؟", "majma-e omumi-e sazman-e melal chie?"):
        reply = engine.ask(question)
        assert not reply.answered, (question, reply.result)
        assert reply.result.suggestions[:1] == ("what-they-ask",), reply.result
    reply = engine.ask("نامه از مجمع عمومی سازمان ملل چه می\u200cخواهد؟")
    assert reply.answered and reply.entry.id == "what-they-ask" and reply.scope == "full"


def _harbour_faq(tmp_path, config) -> Engine:
    """A made-up FAQ of four entries, two of them about the ferry."""
    return madeup.load_faq(tmp_path, madeup.HARBOUR_SOURCE, madeup.HARBOUR, config.matching)


def test_what_the_faq_says_about_a_subject_one_entry_is_about_is_answered(tmp_path, config):
    harbour = _harbour_faq(tmp_path, config)
    assert harbour.scope.topic_entries("what does the log say about the gulls?") == ["gulls"]
    reply = harbour.ask("and what about the gulls?")
    assert reply.answered and reply.entry.id == "gulls" and reply.scope == "full"
    # Other questions, and subjects no entry is about, are left to the confidence model.
    assert harbour.scope.topic_entries("why are the gulls here") is None
    assert not harbour.scope.topic_entries("what does the log say about the weather")
    assert not harbour.ask("what does the log say about the weather").answered
    # A short phrasing names a subject; one word of it does not.
    assert harbour.scope.topic_entries("anything about the ticket price?") == ["fares"]
    assert harbour.scope.topic_entries("anything about the price?") == []


def test_a_subject_several_entries_are_about_gets_a_did_you_mean_naming_them(tmp_path, config):
    harbour = _harbour_faq(tmp_path, config)
    assert sorted(harbour.scope.topic_entries("what does the log say about the ferry") or []) == [
        "departure",
        "fares",
    ]
    reply = harbour.ask("what does the log say about the ferry")
    if not reply.answered:  # an answer from the best of them would be fine too
        assert set(reply.result.suggestions) >= {"departure", "fares"}


def test_shipped_faq_answers_what_the_letter_says_about_one_entrys_subject(engine):
    for question in ("what does the letter say about executions", "and what about the death penalty?"):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", question
    rouhani = engine.ask("what does the letter say about rouhani")
    assert rouhani.answered or {"rouhani-first-term", "rouhani-reelection"} <= set(rouhani.result.suggestions)


def test_an_english_word_is_never_read_as_a_typo_of_a_faq_word(engine):
    # The matcher may repair "public" to the FAQ's "republic"; the scope check must not, or a
    # count of public executions would get the total as if it were theirs.
    reply = engine.ask("how many public hangings has iran carried out")
    if reply.answered:
        assert reply.scope == "partial" and "\u201cpublic\u201d" in reply.caveat


def test_a_request_for_names_the_sources_do_not_give_is_partial_on_another_faq(tmp_path, config):
    harbour = _harbour_faq(tmp_path, config)
    check = harbour.scope.check("does the log name any of the fishing boats?", "gulls")
    assert check.scope.value == "partial" and "do not name \u201cfishing boats\u201d" in check.caveat
    check = harbour.scope.check("which fishing boats land their catch, names?", "gulls")
    assert check.scope.value == "partial" and "\u201cfishing boats\u201d" in check.caveat
    # The keeper's entry names her next to the log she keeps.
    assert harbour.scope.check("what is the name of the log keeper", "keeper").scope.value == "full"


def test_an_answer_that_says_it_names_nobody_answers_a_request_for_names_in_full(engine):
    # The shipped entry on who wrote the letter says the report does not name the organisations:
    # that is the answer to "name them", not a gap in it.
    reply = engine.ask("can you name the organisations that signed it")
    if reply.answered:
        assert reply.entry.id == "who-signed" and reply.scope == "full"


def test_a_name_guessed_at_the_end_that_the_sources_never_write_is_not_confirmed(made_up):
    check = made_up.scope.check("where do the honeybees sleep, Oslo?", "bees")
    assert check.scope.value == "partial" and "\u201cOslo\u201d" in check.caveat
    # A tag is no guess, and a guess the sources do write is confirmed by them.
    assert (
        made_up.scope.check("did the volcano erupt twice in the last century, true?", "volcano").scope.value == "full"
    )
    assert made_up.scope.check("where do the honeybees sleep, the hive?", "bees").scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("did the volcano erupt twice in july", "volcano"),
        ("how many flowers do bees visit in august", "bees"),
        ("how many flowers do bees visit in may 2020", "bees"),
        ("how many flowers do the bees visit in Sept?", "bees"),
    ],
)
def test_a_month_the_entry_never_writes_makes_the_answer_partial_on_another_faq(made_up, question, entry_id):
    """Like a year: "in july" narrows the question to a time the entry's sources give nothing for."""
    assert_partial(made_up, question, entry_id, "do not mention")


@pytest.mark.parametrize(
    "question",
    ["How many executions in December 2017?", "how many people were executed in march?"],
)
def test_a_month_the_faq_uses_elsewhere_is_still_not_covered_by_an_entry_that_never_writes_it(engine, question):
    # "December" is in another entry's phrasings; the executions entry gives a total since 2017,
    # which shown as is reads as a figure for that month.
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full")


def test_may_and_march_as_words_are_no_months(made_up):
    """ "may" and "march" are months only beside a time word or a number."""
    for question in ("may bees visit flowers?", "how many flowers may a bee visit"):
        assert made_up.scope.check(question, "bees").scope.value == "full", question


def test_a_month_marking_a_years_start_or_an_alternative_the_entry_gives_leaves_it_full(tmp_path, config):
    """ "since jan 2020" is "since the start of 2020"; "in june or july?" of an entry that says
    July is answered by it; another month is not. On a made-up FAQ with months of its own."""
    engine = madeup.load_faq(tmp_path, madeup.FESTIVAL_SOURCE, [madeup.FESTIVAL], config.matching)
    scope = engine.scope
    assert scope.check("is the festival in june or july?", "festival").scope.value == "full"
    assert scope.check("how many visitors has the festival had since jan 2020", "festival").scope.value == "full"
    assert scope.check("is the festival in june or august?", "festival").scope.value == "partial"
    assert scope.check("how many visitors came in march 2020", "festival").scope.value == "partial"
    # The same for years, through the same check.
    assert scope.check("visitors since 2019 or 2020?", "festival").scope.value == "full"
    assert scope.check("visitors since 2018 or 2019?", "festival").scope.value == "partial"


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        # asked to name one of them, in the imperative or as "the name of a ..."
        ("name one scientist who studied the volcano", "volcano", "do not name \u201cscientist\u201d"),
        ("please name a keeper of the lighthouse", "lighthouse", "do not name \u201ckeeper\u201d"),
        ("what's the name of a scientist studying the volcano", "volcano", "do not name \u201cscientist\u201d"),
        # an owner written in lower case that no dictionary and no entry knows is someone's name
        ("how many flowers do okonkwo's honeybees visit", "bees", "do not mention \u201cokonkwo\u201d"),
    ],
)
def test_names_asked_for_and_unknown_owners_make_the_answer_partial_on_another_faq(made_up, question, entry_id, caveat):
    assert_partial(made_up, question, entry_id, caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("how many flowers do the keeper's honeybees visit", "bees"),  # an English owner: no name
        ("what is the lighthouse's lamp like", "lighthouse"),  # an owner the FAQ knows
    ],
)
def test_owners_the_faq_or_english_knows_are_not_names_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        ("how many people live on the island", "volcano", "no figure for \u201cpeople live\u201d"),
        ("how many people died in the eruptions", "volcano", "no figure for \u201cpeople died\u201d"),
        ("how many people visit the lighthouse", "lighthouse", "no figure for \u201cpeople visit\u201d"),
        # what they do is said, but the entry counts flowers, not people
        ("how many people visit flowers every day", "bees", "no figure for \u201cpeople visit\u201d"),
    ],
)
def test_a_count_of_people_doing_what_the_entry_does_not_say_is_partial_on_another_faq(
    made_up, question, entry_id, caveat
):
    assert_partial(made_up, question, entry_id, caveat)


def test_a_count_of_people_doing_what_the_entry_says_stays_full(engine):
    assert engine.scope.check("how many people were executed in iran", "executions").scope.value == "full"
    assert engine.scope.check("how many people live in iran", "executions").scope.value == "partial"
    locked = engine.scope.check("how many people are locked up in evin prison", "arbitrary-detention")
    assert locked.scope.value == "partial" and "\u201cpeople locked up\u201d" in locked.caveat


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        ("how many flowers do honeybees visit in kerikeri", "bees", "do not mention \u201ckerikeri\u201d"),
        ("was the lighthouse automated under brekkestad", "lighthouse", "do not mention \u201cbrekkestad\u201d"),
    ],
)
def test_a_lower_case_place_or_person_nobody_knows_is_a_name_on_another_faq(made_up, question, entry_id, caveat):
    assert_partial(made_up, question, entry_id, caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("how many flowers do bees visit in a day", "bees"),  # English
        ("how many flowers do bees vist in the evning", "bees"),  # misspelt words of the FAQ
    ],
)
def test_english_and_misspelt_words_after_in_are_no_names_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


@pytest.fixture(scope="module")
def with_a_gardener(config, tmp_path_factory) -> Engine:
    """The made-up FAQ plus an entry about a named person (the island's gardener)."""
    root = tmp_path_factory.mktemp("gardener")
    return madeup.island_with(root, f"\n{madeup.GARDENER.quote}\n", [madeup.GARDENER], config.matching)


@pytest.mark.parametrize(
    "question, partial",
    [
        ("ingrid solberg's age?", True),  # a thing of hers no entry text says or is asked
        ("what is Solberg's salary", True),
        ("what is solberg's job", False),  # asked in a phrasing
        ("what exactly is solberg's job", True),  # exactly that: said, not only asked
        ("Ingrid Solberg's garden?", False),  # said
        ("what is solberg's garden like in spring and summer", False),  # a question, not a thing
        # someone of hers, asked "who": another person, whom no entry text names
        ("who is ingrid solberg's sister", True),
        ("whos solbergs boss", True),
    ],
)
def test_something_of_a_named_person_the_entry_never_gives_is_partial_on_another_faq(
    with_a_gardener, question, partial
):
    check = with_a_gardener.scope.check(question, "gardener")
    assert (check.scope.value == "partial") is partial
    if partial:
        assert "do not say" in check.caveat


@pytest.mark.parametrize("question", ["when was the lighthouse automated", "who runs the lighthouse"])
def test_a_yes_is_only_said_to_a_yes_or_no_question_on_another_faq(made_up, question):
    """The lighthouse entry's answer opens "Yes." for its own question ("Is the lighthouse still
    working?"); its phrasings "when was ..." and "who runs ..." got that "Yes." too."""
    reply = made_up.ask(question)
    assert reply.answered and reply.entry.id == "lighthouse" and reply.scope == "full"
    assert not reply.answer.lower().startswith("yes")
    assert reply.answer.startswith("It was automated in 1985")
    asked = made_up.ask("Hi there, is the lighthouse still working?")
    assert asked.answered and asked.answer.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    ["who is raha bahreini's boss", "who is raha bahreini's sister", "what exactly is bahreini's job title at amnesty"],
)
def test_someone_of_bahreini_s_is_not_answered_with_who_she_is(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result
    assert engine.ask("who is raha bahreini's employer").scope == "full"  # Amnesty, which it says


def test_a_no_is_only_said_to_a_yes_or_no_question(engine):
    reply = engine.ask("what happened to human rights during rouhani's first term")
    assert reply.answered and reply.entry.id == "rouhani-first-term"
    assert not reply.answer.lower().startswith("no")
    assert engine.ask("Did Hassan Rouhani's first term bring human rights reforms?").answer.startswith("No,")


@pytest.mark.parametrize(
    "message",
    [
        "Is the bakery open? Is the lighthouse still working?",
        "Who owns the lighthouse? Is it still working?",
        "Who owns the lighthouse, and is the lighthouse still working?",
    ],
)
def test_a_yes_is_not_said_under_two_questions_on_another_faq(made_up, message):
    """Under two questions a "Yes." reads as the answer to the first, which the entry never answers."""
    reply = made_up.ask(message)
    assert reply.answered and reply.entry.id == "lighthouse"
    assert not reply.answer.lower().startswith("yes")


def test_a_yes_is_not_said_under_two_questions(engine):
    reply = engine.ask("Did Iran stop executing women? Did the letter mention women?")
    assert reply.answered and reply.entry.id == "women-minorities"
    assert not reply.answer.lower().startswith("yes")
    assert engine.ask("Does the letter mention women, and minorities?").answer.startswith("Yes.")


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("Who wrote the resolution?", "who-signed", "who wrote the resolution"),
        ("when was the report published", "letter-date", "when was the report published"),
        ("when was the article written", "letter-date", "when was the article written"),
    ],
)
def test_the_same_question_of_another_thing_is_not_answered_in_full(engine, question, entry_id, term):
    check = engine.scope.check(question, entry_id)
    assert check.scope.value == "partial" and f"\u201c{term}\u201d" in check.caveat
    assert engine.scope.check("who wrote the letter", "who-signed").scope.value == "full"
    assert engine.scope.check("when was the letter sent", "letter-date").scope.value == "full"


@pytest.mark.parametrize(
    "question, full",
    [
        ("when was the keeper's cottage automated", False),  # another thing, though automated
        ("when was the lighthouse automated", True),
        ("when did the automation of the lighthouse happen", True),
    ],
)
def test_another_thing_of_the_same_question_on_another_faq(made_up, question, full):
    assert (made_up.scope.check(question, "lighthouse").scope.value == "full") is full


def test_a_qualifier_the_quotes_lack_makes_a_yes_about_a_mention_partial(engine, made_up):
    for question in ("does the letter mention religious minorities", "does the letter mention ethnic minorities"):
        reply = engine.ask(question)
        assert reply.scope != "full" and not (reply.answer or "").lower().startswith("yes")
    assert (
        "\u201creligious minorities\u201d"
        in engine.scope.check("does the letter mention religious minorities", "women-minorities").caveat
    )
    assert made_up.scope.check("do the notes mention small eruptions", "volcano").scope.value == "full"
    assert made_up.scope.check("do the notes mention lava eruptions", "volcano").scope.value == "partial"


def test_a_count_of_a_doing_a_phrasing_only_talks_about_is_no_count_the_entry_gives(engine):
    # a phrasing asks "is iran killing a lot of ppl with the death penalty": how people ask, not a
    # figure of all killings
    check = engine.scope.check("how many people were killed in iran", "executions")
    assert check.scope.value == "partial" and "people killed" in check.caveat
    assert engine.scope.check("how many people were hanged in iran", "executions").scope.value == "full"


def test_the_caveat_of_a_two_question_message_concerns_the_question_not_answered(engine, made_up):
    reply = engine.ask("Who signed the letter? And how many Baha'is were executed?")
    assert reply.answered and reply.entry.id == "who-signed" and reply.scope == "partial"
    assert "figure" not in reply.caveat, "no caveat that reads as one about the signatories"
    assert "\u201cAnd how many Baha'is were executed\u201d" in reply.caveat
    bees = made_up.ask("How many flowers do the honeybees visit? And how many wasps visit them?")
    assert bees.answered and bees.entry.id == "bees" and bees.scope == "partial"
    assert bees.caveat.startswith("Of your questions") and "\u201cAnd how many wasps visit them\u201d" in bees.caveat
    # a guess after the question keeps its own caveat
    guess = engine.ask("Which year was this written? 2017?")
    assert not guess.answered or "\u201c2017\u201d" in guess.caveat


def test_a_second_question_naming_one_thing_is_a_question_of_its_own_on_a_made_up_faq(made_up):
    """ "How many flowers do the honeybees visit? How many eruptions?": the second names one thing
    only, and no "it" refers it back; the caveat names it as a question the bees' entry leaves
    open (before, the message was refused). "How often did it erupt?" asked of the first is the
    rule for "it"."""
    from bot.engine.sentences import asks_on_its_own

    assert asks_on_its_own("how many eruptions?") and asks_on_its_own("how many were executed?")
    assert not asks_on_its_own("when was it sent?") and not asks_on_its_own("why?")
    reply = made_up.ask("How many flowers do the honeybees visit? How many eruptions?")
    assert reply.answered and reply.entry.id == "bees" and reply.scope == "partial", reply.result
    assert "\u201cHow many eruptions\u201d" in reply.caveat


def test_a_second_question_naming_one_thing_on_the_shipped_faq(engine):
    reply = engine.ask("who signed the letter? how many were executed?")
    assert reply.answered and reply.entry.id == "who-signed" and reply.scope == "partial", reply.result
    assert "\u201chow many were executed\u201d" in reply.caveat


def test_an_answer_offered_after_a_question_is_no_question_of_its_own_on_a_made_up_faq(made_up):
    """ "How many flowers do the honeybees visit? Just the clover flowers?": the second sentence
    offers an answer to the first, which the entry's answer settles; no caveat names it as a
    question the sources leave unanswered. A second question is still named."""
    from bot.engine.sentences import offers_an_answer

    assert offers_an_answer("Just the clover flowers?") and offers_an_answer("or only the honeybees?")
    assert offers_an_answer("\u0641\u0642\u0637 \u0632\u0646\u0628\u0648\u0631\u0647\u0627\u061f")  # «فقط زنبورها؟»
    assert not offers_an_answer("Just did the volcano erupt?") and not offers_an_answer("Only how many wasps?")
    assert not offers_an_answer("the clover flowers?")
    for question in ("How many flowers do the honeybees visit? Just the clover flowers?",):
        reply = made_up.ask(question)
        assert reply.answered and reply.entry.id == "bees" and reply.scope == "full", (question, reply.caveat)


def test_an_answer_offered_after_a_question_on_the_shipped_faq(engine):
    for question in (
        "what do they want from the UN exactly? just a vote on the resolution?",
        "سلام، اینا از سازمان ملل دقیقا چی میخوان؟ فقط رای به قطعنامه؟",
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "what-they-ask" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, entry_id, full",
    [
        ("where do honeybees sleep, is it the hive?", "bees", True),
        ("where do honeybees sleep, is it a tree?", "bees", False),  # a fact to confirm the notes lack
        ("how often did the volcano erupt, is that right?", "volcano", True),  # a tag, not a fact
        ("what % of the time does the lamp flash", "lighthouse", False),  # "%" counts, as "percent of"
    ],
)
def test_a_fact_to_confirm_and_a_percentage_on_another_faq(made_up, question, entry_id, full):
    assert (made_up.scope.check(question, entry_id).scope.value == "full") is full


def test_a_fact_to_confirm_must_be_in_the_sources_not_only_in_a_phrasing(engine):
    check = engine.scope.check("how are executions carried out in iran, is it hanging?", "executions")
    assert check.scope.value == "partial" and "\u201changing\u201d" in check.caveat
    reply = engine.ask("what % of the vote did rouhani win when he was re-elected?")
    assert not (reply.answered and reply.scope == "full")


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("how many flowers did the bees visit last week", "bees", "last week"),
        ("did the volcano erupt in the last century", "volcano", None),  # the notes give that time
        ("I'll visit next week, how many flowers do the bees visit?", "bees", None),  # the asker's plans
    ],
)
def test_a_time_said_relative_to_now_needs_an_entry_that_gives_a_time(made_up, engine, question, entry_id, term):
    check = made_up.scope.check(question, entry_id)
    assert check.scope.value == ("partial" if term else "full")
    if term:
        assert f"\u201c{term}\u201d" in check.caveat
    assert engine.scope.check("how many NGOs signed last year's letter on iran?", "who-signed").scope.value == "partial"
    assert engine.scope.check("did things improve over the last 12 months", "no-improvement").scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("has it flashed since the notes were written?", "lighthouse", "since the notes were written"),
        ("did the volcano erupt again after the notes?", "volcano", "after the notes"),
        ("did the volcano erupt again in the end?", "volcano", "in the end"),
        ("how many flowers do the bees visit right now", "bees", "right now"),
        ("how many eruptions are there currently", "volcano", "currently"),
    ],
)
def test_a_time_after_the_sources_is_said_first_on_another_faq(made_up, question, entry_id, term):
    """The sources cannot tell what happened after them ("since the notes were written": the
    notes are the FAQ's own subject, a word most entries use), how a question left open ended
    ("in the end"), nor a figure as of the asker's present."""
    assert_partial(made_up, question, entry_id, f"The sources end before the time you ask about (\u201c{term}\u201d)")


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("is the lighthouse still working now", "lighthouse"),  # the state the sources describe
        ("how many eruptions were there after the last century", "volcano"),  # not the sources' own end
        ("how many flowers have the bees visited so far", "bees"),
    ],
)
def test_the_present_or_a_date_the_sources_may_describe_stays_full_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


def test_a_time_after_the_sources_on_the_shipped_faq_in_english_and_persian(engine):
    assert_partial(
        engine, "has the situation improved since the letter was sent?", "no-improvement", "since the letter was sent"
    )
    assert_partial(
        engine, "which of the current rapporteurs were refused visas?", "un-rapporteurs", "\u201ccurrent\u201d"
    )
    assert_partial(engine, "did the resolution pass in the end?", "strong-signal", "\u201cin the end\u201d")
    fa = engine.scope.check("آخرش قطعنامه تصویب شد؟", "strong-signal")
    assert fa.scope.value == "partial" and "\u00abآخرش\u00bb" in fa.caveat_in("fa"), fa.caveat_in("fa")
    assert engine.scope.check("الان چند نفر تو ایران زندانی هستن؟", "arbitrary-detention").scope.value == "partial"
    # "after the letter" in Persian: the rest of the question follows the noun (چند, a comma),
    # which is no other event ("بعد از انتشار نامه" would be one)
    for question, term in [
        ("بعد از نامه چند نفر اعدام شدند؟", "بعد از نامه"),
        ("پس از این نامه، ایران چند نفر را اعدام کرد؟", "پس از این نامه"),
    ]:
        fa = engine.scope.check(question, "executions")
        assert fa.scope.value == "partial" and f"\u00ab{term}\u00bb" in fa.caveat_in("fa"), (question, fa)
    for question, entry_id in [
        ("ایران تا حالا چند نفرو اعدام کرده؟", "executions"),  # "so far": up to the sources' own time
        ("now that rouhani won again, what does the letter expect from him?", "rouhani-reelection"),
        ("after the reelection, what are the iranian authorities supposed to do?", "rouhani-reelection"),
        ("any progress on human rights in iran lately?", "no-improvement"),
    ]:
        assert engine.scope.check(question, entry_id).scope.value == "full", question


def test_how_old_or_how_long_of_an_entry_that_gives_no_age_or_span_is_partial(made_up, tmp_path, config, engine):
    """An age or a span of time is given by an entry that says one (or asks it in a phrasing);
    a date tells how old a thing is ("how old is the lighthouse": automated in 1985), never a
    person named in the FAQ."""
    assert_partial(made_up, "how long do honeybees live?", "bees", "do not say \u201chow long do honeybees live\u201d")
    assert made_up.scope.check("how old is the lighthouse", "lighthouse").scope.value == "full"
    assert made_up.scope.check("how long ago did the volcano erupt", "volcano").scope.value == "full"  # a century
    harbour = _harbour_faq(tmp_path, config)
    assert_partial(harbour, "how old is mira holt?", "keeper", "do not say \u201chow old is mira holt\u201d")
    assert_partial(engine, "how old is raha bahreini?", "raha-bahreini", "how old")
    assert engine.scope.check("how old is this letter", "letter-date").scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("what do the notes say about the foghorn", "lighthouse", "foghorn"),
        ("do the notes talk about lava flows?", "volcano", "lava"),
    ],
)
def test_what_the_sources_say_about_a_subject_they_never_mention_is_partial_on_another_faq(
    made_up, question, entry_id, term
):
    assert_partial(made_up, question, entry_id, f"do not mention \u201c{term}\u201d")


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("what do the notes say about the eruptions", "volcano"),  # what it says
        ("what do the notes say about how the bees find flowers", "bees"),  # a clause, not a subject
        ("do the notes talk about honeybee flower visits", "bees"),
    ],
)
def test_what_the_sources_say_about_their_own_subject_stays_full_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


def test_what_the_letter_says_about_a_subject_it_never_mentions_is_partial(engine):
    assert_partial(engine, "what does the letter say about internet censorship", "concerns-listed", "censorship")
    assert (
        engine.scope.check("does the letter talk about how the regime treats women", "women-minorities").scope.value
        == "full"
    )


def test_an_acronym_no_source_writes_in_full_or_not_is_a_name_the_caveat_names(made_up, engine):
    """ "CEDAW", "RNLI": a name, though written in capitals (the capitalised-name rule reads one
    capital only); "HRDs" is "human rights defenders", which the sources write; a shouted
    message has no acronyms; one offered as an alternative asks which."""
    assert_partial(made_up, "is the lighthouse run by the RNLI?", "lighthouse", "do not mention \u201cRNLI\u201d")
    assert made_up.scope.check("HOW OFTEN DOES THE LIGHTHOUSE FLASH", "lighthouse").scope.value == "full"
    assert made_up.scope.check("is the lighthouse run by the RNLI or the keeper?", "lighthouse").scope.value == "full"
    assert_partial(engine, "did iran sign CEDAW", "treaty-obligations", "\u201cCEDAW\u201d")
    fa = engine.scope.check("ایران کنوانسیون رفع تبعیض علیه زنان (CEDAW) رو امضا کرده؟", "treaty-obligations")
    assert fa.scope.value == "partial" and "CEDAW" in fa.caveat_in("fa")
    assert engine.scope.check("are HRDs being imprisoned for free speech", "arbitrary-detention").scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("OMG how often did the volcano erupt", "volcano"),
        ("TLDR how often did the volcano erupt", "volcano"),
        ("how often did the volcano erupt, BTW?", "volcano"),
        ("how often did the volcano erupt, btw?", "volcano"),  # no name guessed ("evin?")
        ("FYI I need this: is the lighthouse still working?", "lighthouse"),
        ("IMHO the bees are amazing, how many flowers do they visit?", "bees"),
    ],
)
def test_chat_abbreviations_in_capitals_are_no_names_the_sources_must_mention(made_up, question, entry_id):
    """ "OMG", "BTW", "TLDR" are how people type, not a body or a treaty: no caveat saying the
    sources do not mention them."""
    check = made_up.scope.check(question, entry_id)
    assert check.scope.value == "full", check


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("how many of the eruptions were deadly?", "volcano", "deadly"),
        ("how many of the flowers are roses", "bees", "roses"),
    ],
)
def test_what_the_counted_are_said_to_be_must_be_said_on_another_faq(made_up, question, entry_id, term):
    assert_partial(made_up, question, entry_id, f"no figure for \u201c{term}\u201d")
    assert made_up.scope.check("how many of the eruptions were small?", "volcano").scope.value == "full"


def test_what_the_counted_are_said_to_be_in_english_and_persian(engine):
    assert_partial(engine, "how many of those executed were women?", "executions", "\u201cwomen\u201d")
    fa = engine.scope.check("چند نفر از اعدام\u200cشده\u200cها زن بودن؟", "executions")
    assert fa.scope.value == "partial" and "\u00abزن\u00bb" in fa.caveat_in("fa"), fa.caveat_in("fa")
    assert engine.scope.check("چند تا NGO بودن؟", "who-signed").scope.value == "full"
    assert engine.scope.check("چند نفر اعدام شدن؟", "executions").scope.value == "full"


def test_when_something_last_or_first_happened_needs_a_year_or_span_the_entry_gives(made_up, engine):
    """ "When did X last/first ..." asks which time: a year or a span ("in the last century")
    says it, a day and month alone do not (the shipped sources' letter is dated "November 7")."""
    assert_partial(
        made_up,
        "when did the bees first visit these flowers?",
        "bees",
        "do not say \u201cwhen did the bees first visit these flowers\u201d",
    )
    assert made_up.scope.check("when did the volcano last erupt", "volcano").scope.value == "full"
    assert made_up.scope.check("when was the lighthouse first automated", "lighthouse").scope.value == "full"
    assert_partial(engine, "when did a UN special rapporteur last visit iran?", "un-rapporteurs", "last visit iran")
    fa = engine.scope.check("آخرین قطعنامه حقوق بشری سازمان ملل درباره ایران کی تصویب شد؟", "resolutions-binding")
    assert fa.scope.value == "partial" and "کی تصویب شد" in fa.caveat_in("fa"), fa.caveat_in("fa")
    assert engine.scope.check("how many executions in the last 12 months", "executions").scope.value == "full"


@pytest.mark.parametrize(
    "question, full",
    [
        ("how many people did iran arrest in 2017?", False),  # the subject, then what it did to them
        ("how many ppl did the iranian govt put to death", True),  # a subject of two words
        ("how many people did the regime execute", True),
        ("how many people has iran executed", True),
        ("how many people have been executed", True),
    ],
)
def test_a_count_of_people_reads_the_verb_after_the_subject(engine, question, full):
    check = engine.scope.check(question, "executions")
    assert (check.scope.value == "full") is full, (question, check.caveat)


def test_an_exact_attribute_must_be_said_not_only_asked_in_a_phrasing(engine, tmp_path, config):
    """ "bahreini's title" is asked in a phrasing of the entry that calls her "an Amnesty
    International official"; "her exact job title" asks more than that says."""
    assert engine.scope.check("ms bahreini's title?", "raha-bahreini").scope.value == "full"
    assert_partial(
        engine, "what's bahreini's exact job title at amnesty?", "raha-bahreini", "bahreini's exact job title"
    )
    harbour = _harbour_faq(tmp_path, config)
    assert_partial(harbour, "what is mira holt's exact job title?", "keeper", "holt's exact job title")


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("how many flowers are visited for nectar?", "bees", "nectar"),
        ("how many eruptions happened because of earthquakes", "volcano", "earthquakes"),
    ],
)
def test_a_count_for_a_cause_the_sources_never_name_is_partial_on_another_faq(made_up, question, entry_id, term):
    assert_partial(made_up, question, entry_id, f"no figure for \u201c{term}\u201d")


def test_a_count_for_a_cause_in_english_and_persian(engine):
    assert_partial(engine, "how many ppl were executed for drug offences", "executions", "\u201cdrug offences\u201d")
    fa = engine.scope.check("چند نفر به خاطر مواد مخدر اعدام شدن؟", "executions")
    assert fa.scope.value == "partial" and "\u00abمواد مخدر\u00bb" in fa.caveat_in("fa"), fa.caveat_in("fa")
    # a cause the sources give: "for exercising their rights"
    assert (
        engine.scope.check(
            "how many human rights defenders were detained for exercising their rights", "arbitrary-detention"
        ).scope.value
        == "full"
    )


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("who painted the lighthouse?", "lighthouse", "who painted the lighthouse"),
        ("which bees sting the most?", "bees", "which bees sting the most"),
        ("who did the volcano destroy", "volcano", "who did the volcano destroy"),
        # done, as the entry says, but by whom it never says (it names no one who does anything)
        ("who erupted the volcano?", "volcano", "who erupted the volcano"),
        ("which islanders visited the flowers?", "bees", "which islanders visited the flowers"),
    ],
)
def test_who_or_which_did_what_the_entry_never_says_is_partial_on_another_faq(made_up, question, entry_id, term):
    """The entry on the lighthouse says who runs it, not who painted it: a question about
    another deed of the same things, which no qualifier or kind of fact tells apart."""
    assert_partial(made_up, question, entry_id, f"do not say \u201c{term}\u201d")


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("who runs the lighthouse", "lighthouse"),  # a phrasing asks it
        ("which flowers do the bees visit", "bees"),  # what it says
        ("who is the keeper of the lighthouse", "lighthouse"),  # a person asked: the role rule's
        ("so which hive do the bees return to?", "bees"),
    ],
)
def test_who_or_which_did_what_the_entry_says_or_is_asked_stays_full_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


def test_who_or_which_did_on_the_shipped_faq_and_the_harbour(engine, tmp_path, config):
    # what a vote would do is no answer to who voted
    assert_partial(engine, "which countries voted for the resolution", "strong-signal", "which countries voted")
    assert_partial(engine, "who voted for the resolution?", "strong-signal", "who voted for the resolution")
    assert_partial(engine, "which country is sponsoring the resolution?", "what-they-ask", "sponsoring")
    assert_partial(engine, "who founded this campaign", "campaign-overview", "who founded this campaign")
    for question, entry_id in [
        ("which violations does the letter highlight", "concerns-listed"),  # what the letter says
        ("Which human rights abuses are highlighted in the letter?", "concerns-listed"),
        ("which resolution do they want the GA to back?", "what-they-ask"),  # what they want done
        ("is it true iran wont give visas to un ppl who check human rights", "un-rapporteurs"),  # a relative clause
        ("who wrote the letter", "who-signed"),
    ]:
        assert engine.scope.check(question, entry_id).scope.value == "full", question
    harbour = _harbour_faq(tmp_path, config)
    assert_partial(harbour, "who cleans the harbour log?", "keeper", "who cleans the harbour log")
    assert harbour.scope.check("who writes the log?", "keeper").scope.value == "full"


def test_when_did_someone_do_what_the_entry_gives_no_time_for_is_partial(made_up, engine):
    """ "When did the keeper paint the lighthouse": the verb after the subject is what the time
    is asked of, though the clause ends with the entry's own subject."""
    assert_partial(made_up, "when did the keeper paint the lighthouse", "lighthouse", "when did the keeper paint")
    assert made_up.scope.check("when did they automate the lighthouse", "lighthouse").scope.value == "full"
    assert made_up.scope.check("when did the volcano erupt", "volcano").scope.value == "full"
    assert_partial(engine, "when did the UN receive the letter", "letter-date", "receive")
    assert engine.scope.check("when did the ngos send it", "letter-date").scope.value == "full"
    assert engine.scope.check("where did the amnesty lady talk about this", "raha-bahreini").scope.value == "full"


def test_when_did_someone_give_it_reads_give_as_the_verb(engine, made_up):
    # The shipped entry says neither when she gave it nor asks "when" in any phrasing (its Persian
    # «مسئول عفو بین‌الملل که نقل قول شده کیه» asks who was quoted, not when), so its caveat names
    # "when" first; the made-up FAQ's names the verb.
    assert_partial(engine, "when did bahreini give the radio farda interview", "raha-bahreini", "when")
    assert_partial(made_up, "when did the keeper show the lamp to visitors", "lighthouse", "show")


# -- a partial answer gives what the sources say about what was asked, or none is given ----------


@pytest.mark.parametrize(
    "question, entry_id",
    [("how many wasps visit flowers", "bees"), ("how many storms did the island have", "volcano")],
)
def test_a_count_of_something_the_entry_never_mentions_answers_nothing_on_another_faq(made_up, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert check.scope.value == "partial" and check.answers_nothing, check
    reply = made_up.ask(question)
    assert not (reply.answered and reply.entry.id == entry_id), "the entry's figure is not one for this"


def test_a_count_the_entry_mentions_without_a_figure_is_still_a_partial_answer_on_another_faq(made_up):
    # "hive" is in the notes ("the same hive"): what they say about it is worth giving
    check = made_up.scope.check("how many hives do the bees have", "bees")
    assert check.scope.value == "partial" and not check.answers_nothing
    assert not made_up.scope.check("how many flowers do bees visit", "bees").uncovered


def test_a_question_only_for_a_name_or_a_definition_the_sources_lack_is_refused(engine):
    for question in ("what's the name of the special rapporteur", "what is radio farda", "where is radio farda based"):
        reply = engine.ask(question)
        assert not reply.answered, question
    # what the entry does give about a name is answered as before
    assert engine.ask("who is raha bahreini").scope == "full"


def test_what_things_someone_did_that_the_sources_never_tell_apart_answers_nothing_on_another_faq(made_up):
    # "what <things> did <someone> <verb>": the sources never say what was done, so nothing in
    # them identifies one of the things, as a name asked of sources that name no one
    check = made_up.scope.check("what lamps did the keeper replace in the lighthouse", "lighthouse")
    assert check.scope.value == "partial" and check.answers_nothing, check
    # what was done is said: answered as before
    assert made_up.scope.check("what flowers do the honeybees visit", "bees").scope.value == "full"
    # a longer subject than one word is not read as a verb ("the keeper's logbook show")
    assert not made_up.scope.check("what lamp does the keeper's logbook show", "lighthouse").answers_nothing


@pytest.fixture(scope="module")
def fa_made_up() -> Engine:
    """The made-up FAQ with Persian translations and Finglish phrasings (tests/data/persian)."""
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question, entry_id, term, refused",
    [
        # a counter word (نفر, nafar) and then what the counted are: a word the entry never says
        ("چند نفر ماهیگیر به گل‌ها سر زدند؟", "bees", "ماهیگیر", True),
        ("chand nafar mahigir gol mibinan", "bees", "mahigir", True),
        # what the counted are said to be, before the copula that ends the question
        ("chand ta az favaranha bozorg budan?", "volcano", "bozorg", False),  # asked, never said
        ("chand ta az favaranha khatarnak budan?", "volcano", "khatarnak", False),
        # a cause the entry never names, by its consonants ("zelzele": زلزله)
        ("atashfeshan chand bar be khatere zelzele favaran kard", "volcano", "zelzele", False),
    ],
)
def test_finglish_and_persian_counts_are_read_against_what_the_entry_says_on_another_faq(
    fa_made_up, question, entry_id, term, refused
):
    """Finglish words are read against the entry's Persian and Finglish words by their consonants
    (persian.skeleton), so the subgroup, "what they were" and cause rules apply to Finglish too;
    the caveat quotes the word as typed, not as folded."""
    check = fa_made_up.scope.check(question, entry_id)
    assert check.scope.value == "partial", (question, check)
    assert f"\u00ab{term}\u00bb" in check.caveat_in("fa"), check.caveat_in("fa")
    assert check.answers_nothing is refused


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("zanbur ha chand ta gol mibinan", "bees"),
        ("atashfeshan chand bar favaran kard", "volcano"),
        ("chand ta az favaranha koochak budan?", "volcano"),  # "small": what the notes say (کوچک)
        ("چند تا از فوران‌ها کوچک بودند؟", "volcano"),
        ("چند بار آتشفشان فوران کرد؟", "volcano"),
    ],
)
def test_finglish_and_persian_counts_of_what_the_entry_says_stay_full_on_another_faq(fa_made_up, question, entry_id):
    assert fa_made_up.scope.check(question, entry_id).scope.value == "full", question


def test_after_the_sources_in_finglish_on_another_faq(fa_made_up):
    """ "ba'd az yaddasht-ha": after the notes every entry draws on, as "بعد از یادداشت‌ها"."""
    check = fa_made_up.scope.check("ba'd az yaddasht-ha chand bar favaran kard?", "volcano")
    assert check.scope.value == "partial" and "ba'd az yaddasht" in check.caveat_in("fa"), check
    fa = fa_made_up.scope.check("بعد از یادداشت‌ها چند بار فوران کرد؟", "volcano")
    assert fa.scope.value == "partial", fa
    # another event after the noun: not the sources' time
    assert fa_made_up.scope.check("ba'd az yaddashtha atashfeshan chand bar favaran kard?", "volcano").scope.value == (
        "full"
    )


@pytest.mark.parametrize(
    "question",
    [
        "چند نفر زن اعدام شدند؟",
        "chand nafar zan edam shodan?",
        "chand nafar az edam shodeha zan boodan?",
        "chand nafar be khatere mavad mokhader edam shodan?",
    ],
)
def test_a_subgroup_or_cause_of_executions_in_persian_and_finglish_is_never_answered_in_full(engine, question):
    """Each would read as "the bot says 440 women were executed"."""
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), (question, reply.caveat)
    check = engine.scope.check(question, "executions")
    assert check.scope.value == "partial", check


def test_after_the_letter_in_finglish_is_partial(engine):
    reply = engine.ask("ba'd az name chand nafar edam shodan?")
    assert not (reply.answered and reply.scope == "full")
    check = engine.scope.check("ba'd az name chand nafar edam shodan?", "executions")
    assert check.scope.value == "partial" and "ba'd az name" in check.caveat_in("fa"), check
    for question in ("chand nafar edam shodan?", "iran chand nafar ro edam karde", "چند نفر اعدام شدن؟"):
        assert engine.scope.check(question, "executions").scope.value == "full", question


def test_why_of_an_entry_that_gives_no_cause_is_partial_on_another_faq(made_up, fa_made_up, tmp_path, config):
    """ "why" asks a cause: an entry that says none ("because", "the reason", "in order to",
    Persian چون, دلیل ...), whose own question does not ask why and none of whose phrasings asks
    why, answers what happened, not why; in English, Persian and Finglish."""
    assert_partial(made_up, "why do the bees return to the same hive?", "bees", "why do the bees return")
    for question, term in [
        ("چرا آتشفشان فوران کرد؟", "چرا آتشفشان فوران کرد"),
        ("chera atashfeshan favaran kard?", "chera atashfeshan favaran kard"),
    ]:
        check = fa_made_up.scope.check(question, "volcano")
        assert check.scope.value == "partial" and f"\u00ab{term}\u00bb" in check.caveat_in("fa"), check
    harbour = _harbour_faq(tmp_path, config)
    assert harbour.scope.check("why do gulls gather in the harbour?", "gulls").scope.value == "full"  # "because"
    assert made_up.scope.check("how often does the lamp flash", "lighthouse").scope.value == "full"


def test_why_of_an_entry_whose_phrasings_ask_why_stays_full(engine):
    """The FAQ's authors say the entry answers a why whose answer is what the sources say ("why
    can't un experts travel to iran": iran refuses them visas), as the held-out sets count it; of
    an entry nobody asks why, it is partial."""
    assert engine.scope.check("why can't un experts travel to iran", "un-rapporteurs").scope.value == "full"
    assert engine.scope.check("why cant the un rapporteur get into the country", "un-rapporteurs").scope.value == (
        "full"
    )
    assert_partial(engine, "why did iran execute 440 people?", "executions", "why did iran execute 440 people")


def test_why_of_what_the_sources_state_is_partial_whatever_the_phrasings(engine, made_up, tmp_path, config):
    """ "why does iran refuse them visas" asks the cause of what the sources state (iran refuses
    visas), which they never give: a phrasing asking why vouches only for a why the stated fact
    answers. On the made-up FAQ given a why phrasing too, and on the shipped one."""
    for question in ("why does iran refuse to give the rapporteurs visas?", "why does iran refuse to give them visas"):
        assert_partial(engine, question, "un-rapporteurs", "why does iran refuse to give")
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope == "full"), question
    root = tmp_path / "faq"
    shutil.copytree(REPO / "tests/data/moderation", root)
    lighthouse = root / "knowledge/lighthouse.yaml"
    lighthouse.write_text(
        lighthouse.read_text(encoding="utf-8").replace(
            "  - who runs the lighthouse", "  - why is nobody living in the lighthouse\n  - who runs the lighthouse"
        ),
        encoding="utf-8",
    )
    faq = load_engine(root / "knowledge", root / "seeds", config.matching)
    assert faq.scope.check("why is nobody living in the lighthouse anymore", "lighthouse").scope.value == "full"
    assert_partial(faq, "why was the lighthouse automated?", "lighthouse", "why was the lighthouse automated")
    assert_partial(made_up, "why was the lighthouse automated?", "lighthouse", "why was the lighthouse automated")
    # a cause the sources give answers it ("because the fishing boats land their catch there")
    harbour = _harbour_faq(tmp_path, config)
    assert harbour.scope.check("why do gulls gather in the harbour?", "gulls").scope.value == "full"


def test_this_year_in_a_persian_or_finglish_count_is_after_the_sources(engine, fa_made_up):
    for question in ("emsal chand nafar edam shodan?", "امسال چند نفر اعدام شدند؟"):
        check = engine.scope.check(question, "executions")
        assert check.scope.value == "partial" and check.uncovered[0].gap.value == "later", (question, check)
    check = fa_made_up.scope.check("امسال زنبورها به چند گل سر زدند؟", "bees")
    assert check.scope.value == "partial" and "\u00abامسال\u00bb" in check.caveat_in("fa"), check


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("which flowers do the bees visit, like roses?", "bees", "\u201croses\u201d"),
        ("what does the keeper look after, such as the foghorn?", "lighthouse", "\u201cfoghorn\u201d"),
    ],
)
def test_an_example_offered_at_the_end_must_be_said_on_another_faq(made_up, question, entry_id, term):
    """ "..., like X?" guesses at the answer: an entry that never says X does not confirm it."""
    assert_partial(made_up, question, entry_id, f"do not mention {term}")


def test_an_example_the_entry_says_stays_full_and_persian_examples_are_read(made_up, fa_made_up):
    assert made_up.scope.check("how often did the volcano erupt, like twice?", "volcano").scope.value == "full"
    assert made_up.scope.check("where do the bees go at night, like the hive?", "bees").scope.value == "full"
    fa = fa_made_up.scope.check("زنبورها به چه گل‌هایی سر میزنن، مثل رز؟", "bees")
    assert fa.scope.value == "partial" and "\u00abرز\u00bb" in fa.caveat_in("fa"), fa
    assert fa_made_up.scope.check("زنبورها شب کجا میرن، مثل کندو؟", "bees").scope.value == "full"


def test_an_example_the_letter_does_not_give_is_partial(engine):
    assert_partial(
        engine,
        "what do the ngos want the eu to do bilaterally, like sanctions?",
        "what-they-ask",
        "\u201csanctions\u201d",
    )


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("what does automated mean legally", "lighthouse", "what does automated mean legally"),
        ("define eruption", "volcano", "define eruption"),
        ("what is the definition of a hive?", "bees", "what is the definition of a hive"),
    ],
)
def test_a_definition_the_entry_never_says_it_gives_is_partial_on_another_faq(made_up, question, entry_id, term):
    """ "What does X mean" asks a definition: an entry that uses X, and whose own question and
    phrasings never ask what something means, gives none."""
    assert_partial(made_up, question, entry_id, f"do not say \u201c{term}\u201d")


def test_a_definition_a_phrasing_asks_or_what_something_means_for_stays_full(made_up, fa_made_up, engine):
    assert made_up.scope.check("what does the lighthouse mean for the island?", "lighthouse").scope.value == "full"
    assert engine.scope.check("what does 440 mean", "executions").scope.value == "full"  # a phrasing asks it
    assert_partial(engine, "what does arbitrary detention mean legally", "arbitrary-detention", "mean legally")
    fa = fa_made_up.scope.check("تعریف فوران چیه؟", "volcano")
    assert fa.scope.value == "partial", fa


def test_a_link_asked_of_sources_that_give_no_web_address_is_partial_in_every_language():
    from bot.engine.scope import Gap, Scope

    scope = ScopeIndex(
        [
            (
                "lighthouse",
                ["The keeper said the lamp still flashes every ten seconds."],
                ["is the lighthouse working"],
            ),
            ("notes", ["The keeper's notes are online at https://example.org/notes."], ["where are the notes"]),
        ],
        topics={"lighthouse": ["Is the lighthouse still working?"], "notes": ["Where can I read the notes?"]},
    )
    for question in (
        "is there a link where i can read about the lighthouse?",
        "can you send me the url of the lighthouse notes",
        "can u link the lighthouse notes",  # "link" asked for as a verb
        "pls link the keeper's notes",
        "can you share the lighthouse notes link",  # the address of a thing, last
        "pls link me to the keeper's notes",
        "لینک یادداشت‌های فانوس رو داری؟",
        "link e yaddasht haye fanus ro dari?",
    ):
        check = scope.check(question, "lighthouse")
        assert check.scope is Scope.PARTIAL and check.uncovered[0].gap is Gap.UNSAID, question
        # an entry whose sources give a web address answers it
        assert scope.check(question, "notes").scope is Scope.FULL, question
    # a connection, or a verb, is no web address asked for
    for question in (
        "is there a link between the lamp and the keeper?",
        "the keeper links the lamp to the tide",
        "can you link the lamp to the keeper's notes?",  # connect one to the other
    ):
        assert scope.check(question, "lighthouse").scope is Scope.FULL, question


def test_a_link_to_an_interview_the_shipped_sources_do_not_give_is_not_answered_in_full(engine):
    for question in (
        "do you have a link to the radio farda interview?",
        "can u link the radio farda interview",
        "can you share the radio farda interview link",
        "لینک مصاحبه رادیو فردا رو داری؟",
    ):
        assert engine.ask(question).scope != "full", question
    # "link X to Y": a connection asked, no address; one the entry cannot make, as it never speaks
    # of the executions, is said so (tests/engine/test_near_en.py)
    check = engine.scope.check("can you link the executions to rouhani's second term?", "rouhani-reelection")
    assert [u.term for u in check.uncovered] == ["the executions"]


@pytest.mark.parametrize(
    "question, entry_id",
    [
        # where the asker saw it, said of what was asked before ("about that"): not asked about
        ("how often did the volcano erupt? saw something about that on tiktok", "volcano"),
        # a statement that the notes mention something asks nothing mentioned of the next sentence
        ("The notes mention the lighthouse. Is it still working, or was it abandoned?", "lighthouse"),
        # a measure of a thing the sources say ("the extent of the eruptions") asks about the thing
        ("what do the notes say about the extent of the eruptions", "volcano"),
        # "like what year?" asks the year; no example offered
        ("when was the lighthouse automated, like what year?", "lighthouse"),
    ],
)
def test_words_that_only_frame_the_question_leave_it_in_full_on_another_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        ("is there anything about the foghorn?", "lighthouse", "do not mention \u201cfoghorn\u201d"),
        ("what about that foghorn?", "lighthouse", "do not mention \u201cfoghorn\u201d"),
        ("what do the notes say about the extent of the lava flows", "volcano", "do not mention \u201clava\u201d"),
        ("does it mention the level of the lava", "volcano", "do not mention \u201clava\u201d"),
        ("how many flowers do bees visit, like roses?", "bees", "do not mention \u201croses\u201d"),
    ],
)
def test_what_is_asked_about_past_those_words_is_still_checked_on_another_faq(made_up, question, entry_id, caveat):
    assert_partial(made_up, question, entry_id, caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("are trade unionists being detained in iran? I read something about it on reddit", "arbitrary-detention"),
        ("The letter mentions arbitrary detention. Who is detained, and on what grounds?", "arbitrary-detention"),
        (
            "what does the letter say about the degree of Iran's cooperation with UN human rights mechanisms?",
            "un-cooperation",
        ),
        ("where did the amnesty official give the interview, like which outlet?", "raha-bahreini"),
    ],
)
def test_shipped_faq_answers_in_full_past_words_that_only_frame_the_question(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id
    assert reply.scope == "full" and reply.caveat is None


def _club_faq(tmp_path, config) -> Engine:
    """A made-up FAQ of two entries about a rowing club's rulebook."""
    return madeup.load_faq(tmp_path, madeup.CLUB_SOURCE, madeup.CLUB, config.matching)


def test_an_adjective_standing_for_what_the_sources_say_does_not_narrow_the_question(tmp_path, config):
    # "gender discrimination" of sources that say "discrimination against women": what was asked
    club = _club_faq(tmp_path, config)
    assert club.scope.check("do the minutes mention gender discrimination", "complaints").scope.value == "full"
    # an adjective whose nouns the sources never say still narrows it, named as the user wrote it
    assert_partial(
        club, "do the minutes mention racial discrimination", "complaints", "\u201cracial discrimination\u201d"
    )
    assert_partial(club, "do the minutes mention religious discrimination", "complaints", "religious discrimination")


def test_shipped_faq_reads_gender_discrimination_as_discrimination_against_women(engine):
    reply = engine.ask("does the letter mention gender discrimination?")
    assert reply.answered and reply.entry.id == "women-minorities" and reply.scope == "full"
    # "religious minorities": the entry's sources say "minorities", never a religion
    reply = engine.ask("does the letter mention religious minorities?")
    assert reply.scope == "partial" and "religious minorities" in reply.caveat


def _interview_faq(tmp_path, config) -> Engine:
    """A made-up FAQ of two entries, with Persian translations: a mayor's radio interview."""
    return madeup.load_faq(tmp_path, madeup.TOWN_SOURCE, madeup.TOWN, config.matching)


def test_a_persian_agent_suffix_names_the_doer_of_what_the_sources_say(tmp_path, config):
    # "مصاحبه‌کننده کی بود" (who was the interviewer) of an entry that names who the mayor spoke
    # to in an interview: "کننده" (-er) is no role of its own the sources must say
    town = _interview_faq(tmp_path, config)
    assert town.scope.check("مصاحبه‌کننده کی بود؟", "interview").scope.value == "full"
    # a role the sources never say is still one they do not name
    assert_partial(town, "مترجم کی بود؟", "interview", "مترجم")


def test_who_bears_what_the_sources_say_is_someones_is_answered_in_full(tmp_path, config):
    # "who is responsible for choosing captains" of sources saying "the board's responsibility":
    # they say whose it is; of sources saying "a responsibility nobody takes on", they do not
    club = _club_faq(tmp_path, config)
    assert club.scope.check("who is responsible for choosing the captains?", "complaints").scope.value == "full"
    assert_partial(club, "who is responsible for paying the youth coaches?", "coaches", "who is responsible")


def test_shipped_faq_says_whose_responsibility_the_reforms_are(engine):
    # "the Iranian authorities' responsibility to deliver on his electoral promises"
    check = engine.scope.check("who is responsible for delivering the reforms rouhani promised?", "rouhani-reelection")
    assert check.scope.value == "full"
    # the executions entry says whose responsibility nothing is
    assert_partial(engine, "who is responsible for the executions?", "executions", "who is responsible")


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("explain the volcano eruptions in 2 sentences", "volcano"),
        ("is the lighthouse still working? answer in 10 words please", "lighthouse"),
        # a length no figure of the FAQ happens to have ("20" is not "a number it never uses")
        ("how often did the volcano erupt, in under 20 words?", "volcano"),
    ],
)
def test_the_length_asked_of_the_reply_is_no_figure_on_a_made_up_faq(made_up, question, entry_id):
    """ "in 2 sentences" asks how long the reply should be, not a figure the sources must give."""
    assert made_up.scope.check(question, entry_id).scope.value == "full"
    # a figure stated of something the sources never count still is one
    assert made_up.scope.check("did the volcano erupt in 2 villages", "volcano").scope.value == "partial"


def test_the_shipped_faq_answers_a_summary_asked_in_two_sentences_in_full(engine):
    assert engine.scope.check("sum up the campaign in 3 sentences", "campaign-overview").scope.value == "full"
    assert engine.scope.check("in 50 words, what does the campaign want?", "campaign-overview").scope.value == "full"
    # a number no entry uses, stated of something, still asks something else
    assert engine.scope.check("did 50 people sign the letter?", "who-signed").scope.value == "partial"


@pytest.mark.parametrize(
    "question, scope",
    [
        ("who is the actual keeper of the lighthouse", "full"),  # the keeper, as "who runs the lighthouse" asks
        ("who is the intended keeper of the lighthouse", "full"),
        ("who is the deputy keeper of the lighthouse", "partial"),  # another role, which they never name
        ("who is the main keeper of the lighthouse", "partial"),  # one of several
    ],
)
def test_an_adjective_that_names_no_other_role_is_no_role_unsaid_on_a_made_up_faq(made_up, question, scope):
    assert made_up.scope.check(question, "lighthouse").scope.value == scope


def test_the_shipped_faq_answers_who_the_intended_recipient_was_in_full(engine):
    assert engine.scope.check("who was the intended recipient of the ngo letter", "who-signed").scope.value == "full"


@pytest.mark.parametrize(
    "question, caveat",
    [
        # the full stop of "U.S." or "Dr." ends no sentence: what follows is still asked to be mentioned
        ("do the notes mention the honeybees of U.S. beekeepers?", "\u201cbeekeepers\u201d"),
        ("do the notes mention Dr. Smith's honeybees?", "\u201cSmith\u201d"),
        ("do the notes mention flowers i.e. roses?", "\u201croses\u201d"),
    ],
)
def test_an_abbreviation_in_what_is_asked_to_be_mentioned_ends_no_sentence_on_another_faq(made_up, question, caveat):
    assert_partial(made_up, question, "bees", caveat)


def test_shipped_faq_checks_what_follows_an_abbreviation_in_a_mention_question(engine):
    check = engine.scope.check("Does the letter mention arbitrary detention of U.S. citizens?", "arbitrary-detention")
    assert check.scope.value == "partial" and "\u201ccitizens\u201d" in check.caveat


@pytest.mark.parametrize(
    "answer", ["The rangers say it's closing in May.", "The rangers say that\u2019s closing in May."]
)
def test_a_contraction_is_no_owner_of_what_follows_on_a_made_up_faq(answer):
    # "it's closing" says nothing of who closes it, as "the council's closing" would
    faq = {
        "park": ("Is the park open?", answer, ["park open", "park"]),
        "lake": ("How deep is the lake?", "The lake is ten metres deep.", ["lake"]),
    }
    index = madeup.scope_index(faq)
    check = index.check("who is closing the park?", "park")
    assert check.scope.value == "partial" and "\u201cwho is closing the park\u201d" in check.caveat, check
    owned = "The rangers say the council's closing of the park comes in May."
    faq["park"] = ("Is the park open?", owned, ["park open", "park"])
    index = madeup.scope_index(faq)
    assert index.check("who is closing the park?", "park").scope.value == "full"


def test_a_noun_of_another_sense_does_not_stand_for_an_adjective_on_a_made_up_faq():
    # a boat race is no race of people; "in good faith" and "in the belief that" are no religion
    faq = {
        "regatta": (
            "Why was the regatta cancelled?",
            "The notes say the boat race was cancelled after complaints of discrimination by the club.",
            ["regatta cancelled", "boat race"],
        ),
        "keeper": (
            "What does the keeper think?",
            "The keeper acted in good faith, in the belief that the discrimination was over.",
            ["keeper", "keeper views"],
        ),
        "lake": ("How deep is the lake?", "The lake is ten metres deep.", ["lake"]),
    }
    index = madeup.scope_index(faq)
    for question, entry_id, term in [
        ("do the notes mention racial discrimination?", "regatta", "\u201cracial discrimination\u201d"),
        ("do the notes mention religious discrimination?", "keeper", "\u201creligious discrimination\u201d"),
    ]:
        check = index.check(question, entry_id)
        assert check.scope.value == "partial" and term in check.caveat, (question, check)


def test_since_an_event_the_entry_never_tells_of_is_partial(engine, made_up):
    """ "since raisi became president": an event whose doer the entry never names, so nothing
    it says is of the time after it; the caveat quotes the words as written. A pronoun ("after
    he was re-elected") or a doer the entry names ("after rouhani won") is its own account."""
    assert_partial(
        engine,
        "has the situation gotten better since raisi became president",
        "no-improvement",
        "“since raisi became president”",
    )
    reply = engine.ask("has the situation gotten better since Raisi became president")
    assert not (reply.answered and reply.scope == "full")
    for question in (
        "after rouhani won second term what should authorities do",
        "so after he got voted back in is he supposed to keep his campaign promises or what",
    ):
        assert engine.scope.check(question, "rouhani-reelection").scope.value == "full", question
    assert engine.scope.check("how many executions since jan 2017?", "executions").scope.value == "full"
    assert_partial(
        made_up, "did the volcano erupt since the mayor took office?", "volcano", "“since the mayor took office”"
    )
    assert_partial(
        made_up, "how many flowers do bees visit since the keeper retired", "bees", "since the keeper retired"
    )
    assert made_up.scope.check("did the volcano erupt since it was last measured?", "volcano").scope.value == "full"
    assert made_up.scope.check("did the volcano erupt since the island was settled?", "volcano").scope.value == "full"


def test_since_a_time_before_the_question_is_no_event(engine, made_up):
    """ "since yesterday is the lighthouse working?": a time, then the question itself; its "is"
    opens the question, it is no passive of an event ("since the council was elected"), so the
    whole question is not quoted back as something the sources never mention."""
    for question, entry_id in [
        ("since yesterday is the lighthouse working?", "lighthouse"),
        ("after sunset is the lamp lit?", "lighthouse"),
        ("since dawn were the bees visiting flowers?", "bees"),
    ]:
        assert made_up.scope.check(question, entry_id).scope.value == "full", question
    for question, entry_id in [
        ("since yesterday is iran cooperating with the UN?", "un-cooperation"),
        ("since then is the human rights situation improving?", "no-improvement"),
    ]:
        assert engine.scope.check(question, entry_id).scope.value == "full", question
    assert_partial(
        made_up,
        "since the council was elected, is the lighthouse still working?",
        "lighthouse",
        "“since the council was elected”",
    )


def test_made_better_of_a_thing_the_entry_never_speaks_of_is_partial(engine, tmp_path, config):
    """ "did rouhani make the economy better": the entry's "no improvement" is of something else;
    the thing whose state is asked must be what it speaks of. English, Persian and Finglish, on a
    made-up FAQ whose bees entry is asked whether they do better, and on the shipped one."""
    from bot.engine import MatchSettings

    root = tmp_path / "faq"
    shutil.copytree(REPO / "tests/data/persian", root / "persian")
    bees = root / "persian/knowledge/bees.yaml"
    bees.write_text(
        bees.read_text(encoding="utf-8")
        .replace("  - how busy are the honeybees\n", "  - how busy are the honeybees\n  - are the bees doing better\n")
        .replace(
            "      - zanbur ha chand ta gol ro mibinan\n",
            "      - zanbur ha chand ta gol ro mibinan\n      - زنبورها بهتر شدن؟\n      - zanbur ha behtar shodan?\n",
        ),
        encoding="utf-8",
    )
    faq = load_engine(root / "persian/knowledge", REPO / "tests/data/moderation/seeds", MatchSettings())
    assert_partial(faq, "did the bees make the garden better?", "bees", "“the garden”")
    assert faq.scope.check("did the bees make the hive better?", "bees").scope.value == "full"
    for question, term in [("زنبورها باغ رو بهتر کردن؟", "باغ"), ("zanbur ha bagh ro behtar kardan?", "bagh")]:
        check = faq.scope.check(question, "bees")
        assert check.scope.value == "partial" and f"«{term}»" in check.caveat_in("fa"), (question, check)
    assert faq.scope.check("زنبورها کندو رو بهتر کردن؟", "bees").scope.value == "full"
    assert_partial(
        engine, "did rouhani make the economy better in his first term?", "rouhani-first-term", "“the economy”"
    )
    check = engine.scope.check("روحانی تو دور اولش اقتصاد رو بهتر کرد یا بدتر؟", "rouhani-first-term")
    assert check.scope.value == "partial" and "«اقتصاد»" in check.caveat_in("fa"), check
    assert engine.scope.check("روحانی تو دوره اولش حقوق بشر رو بهتر کرد؟", "rouhani-first-term").scope.value == "full"


def test_compared_with_the_time_of_someone_the_faq_never_names_is_partial(engine, tmp_path):
    """Persian «نسبت به دوره احمدی نژاد بهتره؟», Finglish "dore ahmadinejad behtare?": a
    comparison with the time of someone no entry names (as English "under ahmadinejad"). Not the
    previous time («دوره قبل») nor a time the FAQ's words name («دوره اول»)."""
    for question, term in [
        ("وضع حقوق بشر ایران الان نسبت به دوره احمدی نژاد بهتره یا بدتر؟", "احمدی نژاد"),
        ("vaz e hoghoogh bashar nesbat be dore ahmadinejad behtare?", "ahmadinejad"),
    ]:
        check = engine.scope.check(question, "no-improvement")
        assert check.scope.value == "partial" and f"«{term}»" in check.caveat_in("fa"), (question, check)
    for question, entry_id in [
        ("وضع حقوق بشر نسبت به دوره قبل بهتر شده؟", "no-improvement"),
        ("روحانی تو دوره اولش حقوق بشر رو بهتر کرد؟", "rouhani-first-term"),
        ("dore aval rouhani hoghoogh bashar behtar shod?", "rouhani-first-term"),
    ]:
        assert engine.scope.check(question, entry_id).scope.value == "full", question
    # the made-up FAQ, its volcano entry asked whether it got worse: it never names a governor
    from bot.engine import MatchSettings

    shutil.copytree(REPO / "tests/data/persian", tmp_path / "persian")
    volcano = tmp_path / "persian/knowledge/volcano.yaml"
    text = volcano.read_text(encoding="utf-8")
    at = text.index("    phrasings:\n", text.index("translations:")) + len("    phrasings:\n")
    volcano.write_text(
        text[:at] + "      - آتشفشان بدتر شده؟\n      - atashfeshan badtar shode?\n" + text[at:], encoding="utf-8"
    )
    fa_made_up = load_engine(tmp_path / "persian/knowledge", REPO / "tests/data/moderation/seeds", MatchSettings())
    assert fa_made_up.scope.check("آتشفشان نسبت به دوره قبل بدتر شده؟", "volcano").scope.value == "full"
    for question, term in [
        ("آتشفشان زمان فرماندار کریمی بدتر بود؟", "فرماندار کریمی"),
        ("atashfeshan zaman karimzadeh badtar bood?", "karimzadeh"),
    ]:
        check = fa_made_up.scope.check(question, "volcano")
        assert check.scope.value == "partial" and f"«{term}»" in check.caveat_in("fa"), (question, check)


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("do you think the volcano will erupt again?", "volcano", "the volcano will erupt again"),
        ("in your opinion, will the bees come back next year?", "bees", "will the bees come back next year"),
        ("به نظرت آتشفشان دوباره فوران می‌کنه؟", "volcano", "آتشفشان دوباره فوران می‌کنه"),
        ("be nazaret atashfeshan dobare favaran mikone?", "volcano", "atashfeshan dobare favaran mikone"),
    ],
)
def test_the_bots_view_of_what_will_be_is_partial_on_another_faq(fa_made_up, question, entry_id, term):
    """ "do you think X will ...", «به نظرت ... می‌کنه؟»: a view of what will be, which no source
    gives; what they say follows a caveat quoting the statement as written."""
    check = fa_made_up.scope.check(question, entry_id)
    assert check.scope.value == "partial" and term in check.caveat_in("en"), (question, check)


def test_going_somewhere_is_no_view_of_what_will_be(engine, fa_made_up):
    """ "do you think the bees are going back to the hive?": "going" is a movement, not "going to
    <verb>", a future; the frame asks what the sources say ("return to the same hive")."""
    for question, entry_id in [
        ("do you think the bees are going back to the hive?", "bees"),
        ("do you think bees are going to the same hive?", "bees"),
    ]:
        assert fa_made_up.scope.check(question, entry_id).scope.value == "full", question
    check = fa_made_up.scope.check("do you think the volcano is going to erupt?", "volcano")
    assert check.scope.value == "partial" and "the volcano is going to erupt" in check.caveat_in("en")
    for question, entry_id in [
        ("do you think the rapporteurs are going to iran?", "un-rapporteurs"),
        ("do you think iran is going in the right direction?", "no-improvement"),
    ]:
        assert engine.scope.check(question, entry_id).scope.value == "full", question


def test_an_opinion_frame_around_what_the_sources_say_stays_full(engine, fa_made_up):
    """A wh-question after the frame, or a yes/no of the present, asks what the sources say."""
    assert fa_made_up.scope.check("what do you think the volcano did?", "volcano").scope.value == "full"
    assert fa_made_up.scope.check("in your opinion, is the volcano dangerous?", "volcano").scope.value == "full"
    assert (
        engine.scope.check("in your opinion, are the resolutions binding?", "resolutions-binding").scope.value == "full"
    )
    assert engine.scope.check("به نظرت قطعنامه‌ها الزام‌آورن؟", "resolutions-binding").scope.value == "full"
    check = engine.scope.check("به نظرت روحانی تو دور دوم به وعده‌هاش عمل می‌کنه؟", "rouhani-reelection")
    assert check.scope.value == "partial" and "«روحانی تو دور دوم به وعده‌هاش عمل می‌کنه»" in check.caveat_in("fa")


@pytest.mark.parametrize(
    "faq, question, entry_id",
    [
        ("engine", "which particular treaties should Iran respect?", "treaty-obligations"),
        ("engine", "which specific NGOs signed the letter?", "who-signed"),
        ("made_up", "which particular eruptions were small?", "volcano"),
    ],
)
def test_which_particular_asks_which_as_plain_which(request, faq, question, entry_id):
    """ "which particular treaties" asks which treaties: "particular" is no thing the sources must
    name (the matcher drops it as filler already)."""
    assert request.getfixturevalue(faq).scope.check(question, entry_id).scope.value == "full"


def test_which_particular_of_a_thing_the_sources_never_name_stays_partial(made_up):
    check = made_up.scope.check("which particular villages were hit?", "volcano")
    assert check.scope.value == "partial" and "villages" in check.caveat


def test_each_why_of_a_message_is_read_in_its_own_clause(engine):
    """ "why can't they travel there, and why does iran refuse them visas": the second "why" asks
    the cause of the refusal the sources state, whatever the first asks; the caveat quotes it."""
    faq = {
        "ferry": (
            "Can visitors reach the island by ferry?",
            "No. The harbour board stopped the ferry service in 2019.",
            ["why can't visitors take the ferry", "ferry service", "is there a ferry"],
        ),
        "lake": ("How deep is the lake?", "The lake is ten metres deep.", ["lake"]),
    }
    index = madeup.scope_index(faq)
    assert index.check("why can't visitors take the ferry?", "ferry").scope.value == "full"
    for question in (
        "why did the harbour board stop the ferry service?",
        "why can't visitors take the ferry, and why did the harbour board stop the ferry service?",
    ):
        check = index.check(question, "ferry")
        assert check.scope.value == "partial", (question, check)
        assert "“why did the harbour board stop the ferry service”" in check.caveat, (question, check.caveat)
    check = engine.scope.check(
        "why can't experts travel to iran, and why does iran refuse them visas?", "un-rapporteurs"
    )
    assert check.scope.value == "partial" and "“why does iran refuse them visas”" in check.caveat, check.caveat


def test_a_hedge_after_why_leaves_the_cause_asked(engine):
    """ "why exactly did the harbour board stop the ferry service?": "exactly" after "why" is no
    part of the clause whose doing the sources state (pair V's "why exactly does iran refuse
    visas to the special rapporteurs", answered in full before)."""
    faq = {
        "ferry": (
            "Can visitors reach the island by ferry?",
            "No. The harbour board stopped the ferry service in 2019.",
            ["why can't visitors take the ferry", "ferry service", "is there a ferry"],
        ),
        "lake": ("How deep is the lake?", "The lake is ten metres deep.", ["lake"]),
    }
    index = madeup.scope_index(faq)
    for question in (
        "why exactly did the harbour board stop the ferry service?",
        "why really did the harbour board stop the ferry service?",
    ):
        assert index.check(question, "ferry").scope.value == "partial", question
    check = engine.scope.check("why exactly does iran refuse visas to the special rapporteurs", "un-rapporteurs")
    assert check.scope.value == "partial", check


@pytest.mark.parametrize(
    "faq, question, entry_id, statement",
    [
        ("made_up", "did the eruptions make the island worse?", "volcano", "the eruptions made the island worse"),
        ("engine", "did the vote make iran safer?", "strong-signal", "the vote made iran safer"),
    ],
)
def test_made_worse_is_quoted_as_a_sentence(request, faq, question, entry_id, statement):
    """ "did X make Y worse": the caveat quotes "X made Y worse", not "X make Y did worse" (the
    state word read as the verb to put in the past)."""
    check = request.getfixturevalue(faq).scope.check(question, entry_id)
    assert check.scope.value == "partial" and f"“{statement}”" in check.caveat, check.caveat


def _caveat_of(engine: Engine, question: str) -> str | None:
    reply = engine.ask(question)
    assert reply.answered, reply.result
    return reply.caveat


@pytest.mark.parametrize(
    "question",
    [
        "Since Spring Began, how many flowers do bees visit a day?",
        "Since Spring Began, How Many Flowers Do Bees Visit A Day?",
    ],
)
def test_title_case_is_no_sign_of_a_name_on_a_made_up_faq(made_up, question):
    # each capitalised word is not a name: the caveat reads as the same question in lower case does
    caveat = _caveat_of(made_up, question)
    assert caveat and caveat.casefold() == (_caveat_of(made_up, question.lower()) or "").casefold()
    assert "“Spring Began”" not in caveat


@pytest.mark.parametrize(
    "question", ["Since RAISI Became President, has it improved?", "Since Raisi Became President, Has It Improved?"]
)
def test_title_case_is_no_sign_of_a_name_on_the_shipped_faq(engine, question):
    caveat = _caveat_of(engine, question)
    assert caveat and caveat.casefold() == (_caveat_of(engine, question.lower()) or "").casefold()
    assert "“RAISI”" not in caveat and "“Became President”" not in caveat


def test_capitals_still_name_in_an_ordinary_sentence(made_up):
    assert "“Tasmania”" in _caveat_of(made_up, "How many flowers do the honeybees of Tasmania visit?")


@pytest.mark.parametrize(
    "question", ["Is The Lighthouse Automated Now", "Ok But What's The Lighthouse For, Concretely"]
)
def test_a_headline_with_the_is_read_as_in_lower_case_on_a_made_up_faq(made_up, question):
    # "The" before a capitalised word, and no long word in lower case: a headline, not a name
    # ("The Lighthouse Automated Now" was a name the sources never mention)
    headline, lower = made_up.scope.check(question, "lighthouse"), made_up.scope.check(question.lower(), "lighthouse")
    assert headline.scope.value == lower.scope.value == "full", (question, headline.caveat)


def test_a_headline_with_the_is_read_as_in_lower_case_on_the_shipped_faq(engine):
    question = "Ok But What's The Ask, Concretely"
    headline, lower = engine.ask(question), engine.ask(question.lower())
    assert headline.answered and headline.result.entry_id == lower.result.entry_id
    assert (headline.scope_check.scope, headline.caveat) == (lower.scope_check.scope, lower.caveat), headline.caveat


@pytest.mark.parametrize(
    "question, term",
    [
        ("is the lighthouse in The Hague still working?", "The Hague"),  # "The" is the name's own
        ("is the lighthouse in the hague still working?", "hague"),  # the article before the place
        ("is the lighthouse in hague still working?", "hague"),
    ],
)
def test_a_place_with_the_is_a_place_on_a_made_up_faq(made_up, question, term):
    check = made_up.scope.check(question, "lighthouse")
    assert check.scope.value == "partial" and f"“{term}”" in check.caveat, check.caveat
    # ... and "the" before a word English knows is no place
    assert made_up.scope.check("is the lighthouse in the north still working?", "lighthouse").scope.value == "full"


def test_a_short_place_name_before_the_kind_of_place_is_a_place_on_a_made_up_faq(made_up):
    check = made_up.scope.check("is the lighthouse in kep village still working?", "lighthouse")
    assert check.scope.value == "partial" and "“kep”" in check.caveat, check.caveat
    # ... not a short word alone, which may be a typo or chat
    assert made_up.scope.check("is the lighthouse in kep still working?", "lighthouse").scope.value == "full"
    assert made_up.scope.check("is the lighthouse still working in smth", "lighthouse").scope.value == "full"
    # ... but a kind two words on, or the question's end, makes it a place
    for question in ("is the lighthouse in kep harbour district still working?", "is the lighthouse working in kep?"):
        check = made_up.scope.check(question, "lighthouse")
        assert check.scope.value == "partial" and "“kep”" in check.caveat, (question, check.caveat)


@pytest.mark.parametrize(
    "question",
    [
        "how many HRDs are in evin prison",
        "are activists detained in evin?",
        "are activists detained in the evin",
        "are activists detained in evin detention center",
    ],
)
def test_a_short_place_name_before_the_kind_of_place_is_a_place_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope_check.scope.value == "partial", reply.caveat
    assert "evin" in reply.caveat.casefold()


@pytest.mark.parametrize(
    "question", ["how many people were executed in the hague?", "how many people were executed in The Hague?"]
)
def test_a_place_with_the_is_a_place_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope_check.scope.value == "partial", reply.caveat
    assert "hague" in reply.caveat.casefold()


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("did the volcano erupt 7000 times, i.e. often?", "7000"),
        ("did the volcano erupt 7000 times, e.g. yearly?", "7000"),
    ],
)
def test_dotted_abbreviations_are_no_terms_of_a_caveat_on_a_made_up_faq(made_up, question, term):
    caveat = _caveat_of(made_up, question)
    assert f"“{term}”" in caveat
    assert not any(f"“{letter}”" in caveat for letter in "egi"), caveat


def test_the_us_written_with_dots_reads_as_the_us_on_the_shipped_faq(engine):
    dotted, plain = engine.ask("did the U.S. sign the letter?"), engine.ask("did the US sign the letter?")
    assert (dotted.answered, dotted.result.suggestions, dotted.caveat) == (
        plain.answered,
        plain.result.suggestions,
        plain.caveat,
    )


def test_who_is_a_name_that_looks_finglish_is_still_a_name_the_entry_only_mentions(tmp_path, config, engine):
    """A name the FAQ writes in Latin letters may fold as Finglish ("oona vell" read as "una
    vel", "roya karimi" as "ruya karim"): still the FAQ's name, only mentioned by the entry, so
    no full answer describes it."""
    ferry = madeup.load_faq(tmp_path, madeup.FERRY_SOURCE, [madeup.FERRY], config.matching)
    check = ferry.scope.check("who is oona vell", "departure")
    assert check.scope.value == "partial" and "no description of \u201coona vell\u201d" in check.caveat
    interviewer = engine.ask("who is roya karimi majd")
    assert not (interviewer.answered and interviewer.scope == "full"), interviewer.result


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is the lighthouse still working?", True),  # the entry's own question
        ("hey, is the lighthouse still working?", True),  # a greeting asks nothing more
        # another judgement: "Yes." would say it works badly, which the notes never say
        ("is the lighthouse still working badly?", False),
    ],
)
def test_a_verdict_is_only_said_to_the_yes_or_no_question_it_was_written_for_on_another_faq(made_up, question, verdict):
    reply = made_up.ask(question)
    assert reply.answered and reply.entry.id == "lighthouse" and reply.scope == "full"
    assert reply.answer.startswith("Yes.") is verdict, reply.answer


def test_the_shipped_faq_never_says_no_to_another_judgement_than_its_own(engine):
    """'Did the first term bring reforms?' is answered "No, according to the letter": under "was
    his first term a disaster?" that "No" would say the opposite of the letter."""
    reply = engine.ask("was rouhani's first term a disaster for human rights?")
    assert reply.answered and not reply.answer.lower().startswith("no")
    own = engine.ask("did rouhani's first term bring human rights reforms?")
    assert own.answer.startswith("No")


def test_a_verdict_on_a_doing_is_not_said_of_the_one_who_would_do_it_on_another_faq(tmp_path, config):
    """ "Is the island a honey exporter?" asks what the island is; "Yes." was written for whether
    it exports honey (the stemmer reads both as "export"): the answer is shown without it."""
    fact = "The island exports honey to the mainland every autumn."
    entry = madeup.Entry(
        "honey",
        "Does the island export honey?",
        (
            "honey exports",
            "does the island sell honey abroad",
            "island honey trade",
            "where does the island's honey go",
            "is honey exported",
            "honey shipped to the mainland",
            "does honey leave the island",
            "island honey sales",
            "export of honey",
            "honey to the mainland",
        ),
        "Yes. According to the notes, the island exports honey to the mainland every autumn.",
        fact,
    )
    engine = madeup.island_with(tmp_path, f"\n{fact}\n", [entry], config.matching)
    own = engine.ask("does the island export honey?")
    assert own.answered and own.entry.id == "honey" and own.answer.startswith("Yes.")
    other = engine.ask("is the island a honey exporter?")
    assert other.answered and other.entry.id == "honey", other.result
    assert not other.answer.startswith("Yes"), other.answer


@pytest.mark.parametrize(
    "question",
    [
        "is rouhani a reformer",
        "is rouhani a reformist",
        "was rouhani a moderate",
        "was rouhani a reform president",
        # what he is now, which "No." to what his first term brought does not answer
        "is rouhani still president",
        "is rouhani the president",
    ],
)
def test_the_shipped_faq_does_not_say_rouhani_was_no_reformer(engine, question):
    """The letter says reforms "had not yet materialized", not who Rouhani is."""
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "rouhani-first-term", reply.result
    assert not reply.answer.lower().startswith("no"), reply.answer
    assert engine.ask("did rouhani's first term bring reforms?").answer.startswith("No")


def test_a_verdict_is_not_said_of_who_someone_is_unless_the_entry_asks_it(tmp_path, config):
    """ "Is the board a reformist?", "was the board a moderate": what the board is, which "No."
    to whether it reformed the ferry does not answer, though the entry's phrasings use the words;
    a phrasing asking that very thing ("is the board a reform body") vouches for it."""
    fact = "The promised ferry reforms had not come by 2005."
    entry = madeup.Entry(
        "ferry-reform",
        "Did the harbour board reform the ferry service?",
        (
            "ferry reforms",
            "did the board reform the ferry",
            "reformist board delivered nothing?",
            "the moderate board and the ferry",
            "is the board a reform body",
            "ferry service changes",
            "were the ferry reforms made",
            "board ferry record",
            "did the ferry get better",
            "ferry promises",
        ),
        "No. According to the notes, the promised ferry reforms had not come by 2005.",
        fact,
    )
    engine = madeup.island_with(tmp_path, f"\n{fact}\n", [entry], config.matching)
    for question in (
        "is the board a reformist?",
        "was the board a moderate?",
        "was the board a reform board?",
        "is the board still moderate?",
        "is the board the reformist?",
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "ferry-reform", (question, reply.result)
        assert not reply.answer.startswith("No"), (question, reply.answer)
    for question in ("did the board reform the ferry?", "is the board a reform body?"):
        assert engine.ask(question).answer.startswith("No"), question


def test_what_the_counted_are_said_to_be_is_read_when_no_lexicon_holds_the_word(tmp_path, config):
    # "norvikian": the FAQ's own word (a phrasing asks it), said of no one the notes count
    entry = madeup.Entry(
        "passengers",
        "How many passengers did the ferry carry?",
        (
            "ferry passengers",
            "how many people took the ferry",
            "were the passengers norvikian",
            "ferry numbers last summer",
            "passenger count",
            "how busy was the ferry",
            "number of ferry travellers",
            "ferry use",
            "who rides the ferry",
            "ferry traffic",
        ),
        "According to the notes, the ferry carried 120 passengers last summer.",
        "The ferry carried 120 passengers last summer.",
    )
    notes = "\nThe ferry carried 120 passengers last summer.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    check = engine.scope.check("how many of the passengers were norvikian?", "passengers")
    assert [(u.term, u.gap) for u in check.uncovered] == [("norvikian", Gap.FIGURE)]


def test_a_phrasing_vouches_for_an_acronym_only_as_it_asks_of_it(tmp_path, config):
    """ "Rnli duties of the keeper": its authors say the entry answers that of a name its notes
    never write ("they do not say which bodies"); "is the keeper a member of the rnli"
    asks another thing of it, which no phrasing vouches for, in capitals or not."""
    entry = madeup.Entry(
        "keeper-bodies",
        "Which bodies must the keeper answer to?",
        (
            "keeper bodies",
            "who does the keeper answer to",
            "does the report mention the rnli",
            "rnli duties of the keeper",
            "keeper oversight",
            "which bodies oversee the keeper",
            "keeper rules",
            "keeper obligations",
            "who supervises the keeper",
            "what rules bind the keeper",
        ),
        "The notes say the keeper answers to maritime safety bodies. They do not say which bodies.",
        "The keeper answers to maritime safety bodies.",
    )
    notes = "\nThe keeper answers to maritime safety bodies.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    for question, term in (
        ("is the keeper a member of the rnli", "rnli"),
        ("is the keeper a member of the RNLI", "RNLI"),
        # ... asked after a lead-in, as a statement with a tag, or after the asker's doubt
        ("so is the keeper a member of the rnli", "rnli"),
        ("hey, is the keeper a member of the rnli", "rnli"),
        ("the keeper is a member of the rnli, right?", "rnli"),
        ("im not sure whether the keeper is a member of the rnli", "rnli"),
        ("i wonder if the keeper joined the rnli", "rnli"),
        # ... and initials no phrasing uses, in lower case: no vowel, no word of the notes
        ("does the keeper answer to the hmcg", "hmcg"),
    ):
        check = engine.scope.check(question, "keeper-bodies")
        assert check.scope.value == "partial" and f"\u201c{term}\u201d" in check.caveat, check.caveat
    for question in ("what are the rnli duties of the keeper", "what are the RNLI duties of the keeper"):
        assert engine.scope.check(question, "keeper-bodies").scope.value == "full", question
    # ... nor does an adverb beside what a phrasing asks ("really", "just", "merely") ask another thing
    for question in ("are the keeper's duties really rnli duties", "are the keeper's duties merely rnli duties"):
        assert engine.scope.check(question, "keeper-bodies").scope.value == "full", question
    assert (
        engine.scope.check("are the rnli duties of the keeper merely advisory", "keeper-bodies").scope.value
        == "partial"
    )


@pytest.mark.parametrize("question", ["is iran a party to the ICCPR", "is iran a party to the iccpr"])
def test_the_shipped_faq_does_not_answer_in_full_whether_iran_is_party_to_a_treaty_it_never_names(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "partial" and "iccpr" in reply.caveat.casefold(), reply.caveat
    # ... while its phrasings' own question of it, and a plural clipped from a word the sources
    # say ("orgs"), stay in full
    assert engine.scope.check("iccpr obligations of iran", "treaty-obligations").scope.value == "full"
    assert engine.scope.check("is it one group or a bunch of orgs that wrote it", "who-signed").scope.value == "full"


def test_the_shipped_faq_reads_initials_in_lower_case_as_a_name(engine):
    reply = engine.ask("did hrw sign the letter")
    assert reply.answered and reply.scope == "partial" and "“hrw”" in (reply.caveat or ""), reply.caveat
    assert engine.ask("did the ngos sign the letter").scope == "full"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("so is iran a party to the iccpr", "iccpr"),
        ("hey is iran a party to the iccpr", "iccpr"),
        ("iran is a party to the iccpr right?", "iccpr"),
        ("im not sure whether the general assembly adopted a resolution", "the general assembly adopted"),
        ("i wonder whether the general assembly adopted a resolution", "the general assembly adopted"),
        ("im not sure if human rights watch signed the letter", "human rights watch"),
    ],
)
def test_the_shipped_faq_reads_a_yes_no_question_typed_another_way(engine, question, term):
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "partial" and term in (reply.caveat or ""), reply.caveat


@pytest.mark.parametrize(
    "question",
    [
        "is the resolution just hortatory or binding",
        "is the resolution really hortatory or binding",
        "is the resolution merely hortatory",
        "is the resolution hortatory then",
    ],
)
def test_the_shipped_faq_answers_its_own_question_with_an_adverb_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "resolutions-binding" and reply.scope == "full", reply.caveat


FORT_FACT = "The old fort stands on the northern point of the island."
FORT = madeup.Entry(
    "fort",
    "Where is the old fort?",
    (
        "where is the fort",
        "fort location",
        "where does the fort stand",
        "old fort",
        "fort on the island",
        "is there a fort",
        "how do i find the fort",
        "where's the old fort",
        "fort site",
        "the fort's place",
    ),
    FORT_FACT,
    FORT_FACT,
)


def test_what_the_sources_mention_ends_before_a_question_after_a_comma_on_a_made_up_faq(tmp_path, config):
    """ "The notes mention X, what's the point they make": X is said to be mentioned; the question
    after the comma asks what they make of it, whose words ("point", "make", which another entry
    says) are no subject the sources must mention."""
    engine = madeup.island_with(tmp_path, f"\n{FORT_FACT}\n", [FORT], config.matching)
    check = engine.scope.check("the notes mention the volcano eruptions, whats the point they make", "volcano")
    assert check.scope.value == "full", check
    # a subject asked to be mentioned is still checked
    check = engine.scope.check("do the notes mention the volcano eruptions and the fort", "volcano")
    assert check.scope.value == "partial" and "fort" in (check.caveat or ""), check


def test_what_the_sources_mention_ends_before_a_question_after_a_comma_on_the_shipped_faq(engine):
    reply = engine.ask("the letter mentions rouhanis reelection n his electoral promises, whats the point they make")
    assert reply.answered and reply.entry.id == "rouhani-reelection" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, partial",
    [
        ("my cousin in paris says the volcano erupted, is that in the notes?", False),
        ("my friends who live in paris say the volcano erupted twice, how many eruptions were there?", False),
        ("did the volcano erupt in paris?", True),  # a place asked about
        ("how many eruptions were there in paris, my cousin asks", True),
    ],
)
def test_where_someone_the_asker_knows_is_asks_no_place_on_a_made_up_faq(made_up, question, partial):
    check = made_up.scope.check(question, "volcano")
    assert (check.scope.value == "partial") is partial, check
    if partial:
        assert "paris" in (check.caveat or "")


# The reef's letter, whose speakers are "Three island NGOs" (made up): the stemmer keeps the
# acronym's plural whole ("ngos"), so "the ngo letter" must be read as theirs
REEF_FACT = "Three island NGOs wrote in a joint letter that the reef is dying."
REEF_SOURCE = madeup.Source(
    "reef", "Reef letter", "letter", "A joint letter of three island NGOs.", (REEF_FACT,), {"ngos": "Three island NGOs"}
)
REEF = madeup.Entry(
    "reef",
    "What does the reef letter say?",
    (
        "what does the letter say",
        "reef letter",
        "is the reef dying",
        "reef health",
        "what did the ngos write",
        "letter about the reef",
        "the joint letter",
        "reef warning",
        "what's wrong with the reef",
        "is the reef ok",
    ),
    REEF_FACT,
    REEF_FACT,
    speaker="ngos",
    source="reef",
)


def test_the_singular_of_a_speaker_as_a_modifier_is_that_speaker_on_a_made_up_faq(tmp_path, config):
    engine = madeup.load_faq(tmp_path, REEF_SOURCE, [REEF], config.matching)
    for question in ("what does the ngo letter say about the reef", "what does the letter say about the reef"):
        assert engine.scope.check(question, "reef").scope.value == "full", question
    assert engine.scope.check("what does the mayor's letter say about the reef", "reef").scope.value == "partial"


def test_a_relative_in_a_city_and_the_ngo_letter_on_the_shipped_faq(engine):
    question = (
        "hey all, my cousin in tehran keeps saying ppl get jailed just for speaking up... what does the ngo "
        "letter say about who gets arrested and for what?"
    )
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full", reply.result
    assert engine.ask("how many people were executed in tehran").scope == "partial"


@pytest.mark.parametrize(
    "question, partial",
    [
        # "the last time", «آخرین بار», "akharin bar": one occasion, a time the entry never gives
        (
            "\u0622\u062e\u0631\u06cc\u0646 \u0628\u0627\u0631 \u06a9\u062f\u0648\u0645 \u0646\u0627\u062e\u062f\u0627 "
            "\u06a9\u0634\u062a\u06cc \u0631\u0648 \u0627\u0632 \u0628\u0646\u062f\u0631 \u0628\u0631\u062f\u061f",
            True,
        ),
        ("akharin bar kodoom nakhoda keshti ro az bandar bord?", True),
        ("what time does the boat leave, the same as last time?", True),
        ("when does the boat leave the harbour?", False),
    ],
)
def test_the_last_time_asks_an_occasion_the_sources_never_date_on_a_made_up_faq(tmp_path, config, question, partial):
    engine = madeup.load_faq(tmp_path, madeup.FERRY_SOURCE, [madeup.FERRY], config.matching)
    assert (engine.scope.check(question, "departure").scope.value == "partial") is partial


def test_the_last_time_a_rapporteur_went_to_iran_is_not_answered_in_full_on_the_shipped_faq(engine):
    for question in (
        "\u0622\u062e\u0631\u06cc\u0646 \u0628\u0627\u0631 \u06a9\u062f\u0648\u0645 \u06af\u0632\u0627\u0631\u0634\u06af\u0631 "
        "\u0648\u06cc\u0698\u0647 \u0631\u0641\u062a \u0627\u06cc\u0631\u0627\u0646\u061f",  # «آخرین بار کدوم گزارشگر ویژه رفت ایران؟»
        "akharin bar kodoom gozareshgar-e vizhe raft iran?",
    ):
        reply = engine.ask(question)
        assert not reply.answered or reply.scope == "partial", (question, reply.result)
    # "the first time round" is a first term, no occasion
    reply = engine.ask("did his govt deliver reforms first time around")
    assert reply.answered and reply.entry.id == "rouhani-first-term" and reply.scope == "full"


def test_which_things_by_name_asks_their_names_on_a_made_up_faq(tmp_path):
    engine = madeup.island_with_keeper(tmp_path, madeup.KEEPER_IN_PASSING)
    # the lighthouse's entry speaks of its keeper and names none
    check = engine.scope.check("which keepers has the lighthouse had, by name", "lighthouse")
    assert check.scope.value == "partial" and "name \u201ckeepers\u201d" in check.caveat, check
    assert engine.scope.check("which keepers has the lighthouse had", "lighthouse").scope.value == "full"


def test_which_experts_by_name_is_not_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("which UN human rights experts has iran refused to cooperate with, by name")
    assert not reply.answered or reply.scope == "partial", reply.result


def test_an_auxiliary_of_an_earlier_sentence_opens_no_passive_on_a_made_up_faq(made_up):
    """ "My cousin is a beekeeper back home and I'm worried. Do the notes mention honeybees visiting
    flowers?": the "is" of the first sentence is no auxiliary of a "mentioned" in the second, so
    "beekeeper", "home" and "worried" are not what is asked to be mentioned."""
    question = "my cousin is a beekeeper back home and im worried. do the notes mention honeybees visiting flowers?"
    assert made_up.scope.check(question, "bees").scope.value == "full"
    check = made_up.scope.check("are beekeepers mentioned in the notes?", "bees")
    assert check.scope.value == "partial" and "beekeepers" in check.caveat


def test_the_singular_of_a_speaker_says_what_its_plural_says_on_a_made_up_faq(tmp_path, config):
    engine = madeup.load_faq(tmp_path, REEF_SOURCE, [REEF], config.matching)
    assert engine.scope.check("did the ngo letter say the reef is dying?", "reef").scope.value == "full"
    assert engine.scope.check("did the mayor say the reef is dying?", "reef").scope.value == "partial"


def test_count_as_the_verb_of_the_source_counts_nothing_of_it_on_a_made_up_faq(tmp_path, config):
    engine = madeup.load_faq(tmp_path, madeup.FESTIVAL_SOURCE, [madeup.FESTIVAL], config.matching)
    assert engine.scope.check("how many visitors does the log count", "festival").scope.value == "full"
    check = engine.scope.check("what's the ticket count", "festival")  # the noun: a count of tickets
    assert check.scope.value == "partial" and "ticket" in check.caveat


def test_a_figure_the_faq_gives_of_another_thing_stated_of_this_one_on_a_made_up_faq(tmp_path, config):
    """The festival's 5,000 visitors stated of the clinic's fishermen ("has the clinic treated 5000
    fishermen?"): the clinic's log says "hundreds of fishermen", no such figure. The number is one
    the FAQ uses, but of another thing."""
    source = dataclasses.replace(madeup.FESTIVAL_SOURCE, paragraphs=(madeup.FESTIVAL_FACT, madeup.CLINIC_FACT))
    engine = madeup.load_faq(tmp_path, source, [madeup.FESTIVAL, madeup.CLINIC], config.matching)
    check = engine.scope.check("has the clinic treated 5000 fishermen?", "clinic")
    assert check.scope.value == "partial" and "no figure for \u201cfishermen\u201d" in check.caveat, check
    assert engine.scope.check("did the festival draw 5000 visitors?", "festival").scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id, full",
    [
        (
            "hey all, my cousin is an environmental activist back home and im worried sick. does the NGO letter "
            "mention environmental activists being jailed?",
            "arbitrary-detention",
            True,
        ),
        ("how many executions does the letter count", "executions", True),
        ("were 440 human rights defenders detained?", "arbitrary-detention", False),
    ],
)
def test_pair_t_shapes_on_the_shipped_faq(engine, question, entry_id, full):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id, reply.result
    assert (reply.scope == "full") is full, reply.caveat


@pytest.mark.parametrize(
    "question, entry_id, partial",
    [
        # who the asker is ("as a kurd, ...") is no group asked about; a group asked about still is
        ("as a kurd i'm curious, how many flowers do the honeybees visit?", "bees", False),
        ("as a baha'i myself, how often did the volcano erupt?", "volcano", False),
        ("how often did the volcano erupt near the baha'i shrine?", "volcano", True),
        # what the asker was sent or told about ("forwarded me something about X") is a story
        ("my aunt sent me something about volcanic ash clouds. how often did the volcano erupt?", "volcano", False),
        ("is there anything about ash clouds?", "volcano", True),
    ],
)
def test_who_the_asker_is_and_what_they_were_told_ask_nothing_on_a_made_up_faq(made_up, question, entry_id, partial):
    check = made_up.scope.check(question, entry_id)
    assert (check.scope.value == "partial") is partial, check


def test_chat_contractions_without_an_apostrophe_are_read_as_typed_with_one():
    from bot.engine.text import words

    assert words("now that hes been reelected")[:4] == ["now", "that", "he", "is"]
    assert words("shes the keeper") == ["she", "is", "the", "keeper"]
    assert words("its keeper") == ["its", "keeper"]  # "its": a word of its own


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("what about his electoral promises now that hes been re-elected", "rouhani-reelection"),
        (
            "as a baha'i i'm curious, does the letter talk about minorities being discriminated against at all",
            "women-minorities",
        ),
        (
            "Salam! My aunt forwarded me something about NGOs writing to the UN about Iran. What's the story there?",
            "campaign-overview",
        ),
    ],
)
def test_pair_t_askers_and_stories_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result
