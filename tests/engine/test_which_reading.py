"""Readings of "which <things>" questions that ask what an entry does say: a verb of saying after
the things ("which concerns does the letter raise"), a request's content ("which action did they
request"), the kind of a thing the entry is asked "which" of ("which media outlet"), an
abbreviation of the FAQ's own term ("HRDs"), and a runner-up that answers what the first entry
says nothing of ("which groups the letter says are being held")."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import MatchSettings, Reason
from bot.engine.initials import Initials
from bot.engine.scope import Scope

# Every question the ranking does not veto is in the "did you mean" band: the rules alone decide.
BAND = MatchSettings(answer_threshold=99.9, suggest_threshold=0.1)

VISITOR_NOTES = """
Every summer the island welcomes hundreds of visitors, including bird watchers, coastal painters and amateur geologists, as well as fishermen and students.
"""
VISITORS = madeup.Entry(
    "visitors",
    "What visitors do the notes mention?",
    (
        "island visitors",
        "who comes to the island in summer",
        "summer visitors",
        "are fishermen welcome",
        "are there tourists in summer",
        "do painters come to the island",
        "visiting the island",
        "island guests",
        "guests of the island in summer",
        "who visits the island",
    ),
    "The notes say the island welcomes hundreds of visitors every summer, including bird watchers,"
    " coastal painters and amateur geologists, as well as fishermen and students.",
    "Every summer the island welcomes hundreds of visitors, including bird watchers, coastal painters"
    " and amateur geologists, as well as fishermen and students.",
)

REQUEST_NOTES = """
The harbour board urged the council to repair the breakwater before winter.

The keeper spoke about the storm to Radio Nord.
"""
REQUEST = madeup.Entry(
    "board-request",
    "What did the harbour board ask the council to do?",
    (
        "board request",
        "what does the harbour board want",
        "breakwater repair request",
        "board and council",
        "what did the board urge",
        "the board's request to the council",
        "repair before winter",
        "did the board ask for repairs",
        "breakwater and the board",
        "harbour board urges council",
    ),
    "The notes say the harbour board urged the council to repair the breakwater before winter.",
    "The harbour board urged the council to repair the breakwater before winter.",
)
INTERVIEW = madeup.Entry(
    "storm-interview",
    "Who did the keeper talk to about the storm?",
    (
        "which outlet did the keeper talk to",
        "keeper on the radio",
        "did the keeper talk to the media",
        "storm interview",
        "radio nord",
        "who interviewed the keeper",
        "keeper and the storm",
        "did the keeper give an interview",
        "what station did the keeper speak on",
        "keeper's radio interview",
    ),
    "The notes say the keeper spoke about the storm to Radio Nord.",
    "The keeper spoke about the storm to Radio Nord.",
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    root = tmp_path_factory.mktemp("harbour")
    return madeup.island_with(root, REQUEST_NOTES, [REQUEST, INTERVIEW], config.matching)


def test_which_things_a_source_says_are_what_it_says_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, VISITOR_NOTES, [VISITORS], config.matching)
    for question in ("which fishermen do the notes mention", "which students do the notes talk about"):
        assert engine.scope.check(question, "visitors").scope is Scope.FULL, question
    # a doing of the island's own still asks which members, and "does" is no kind of visitor
    check = engine.scope.check("which coastal painters does the island welcome", "visitors")
    assert check.scope is Scope.PARTIAL and check.uncovered[0].term == "which coastal painters", check


def test_the_shipped_faq_answers_which_concerns_and_pledges_the_letter_means(engine):
    for question, entry in (
        ("Which specific concerns does the letter raise?", "concerns-listed"),
        ("which pledges does the letter mean exactly?", "treaty-obligations"),
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == entry and not reply.partial, (question, reply.result)
    # a "which" of the members the letter never names is still not answered in full
    reply = engine.ask("which journalists are detained")
    assert not (reply.answered and not reply.partial), reply.result


def test_which_thing_was_requested_is_what_an_entry_on_the_request_says_on_a_made_up_faq(harbour):
    for question in ("which repair did the board request", "which repair did they demand"):
        assert harbour.scope.check(question, "board-request").scope is Scope.FULL, question
    # a doing the notes never say is still no answer
    check = harbour.scope.check("which repair did the board pay for", "board-request")
    assert check.scope is Scope.PARTIAL, check


def test_the_shipped_faq_answers_which_action_the_ngos_requested(engine):
    for question in (
        "Which action did the signatories request from UN member states?",
        "What specific action did the organizations call on UN member states to take?",
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "what-they-ask" and not reply.partial, (question, reply.result)


def test_a_kind_of_the_thing_asked_which_of_is_answered_on_a_made_up_faq(harbour):
    # "outlet" is asked "which" of, "media" a word the entry is asked with
    assert harbour.scope.check("which media outlet did the keeper speak to", "storm-interview").scope is Scope.FULL
    # a word the entry never uses narrows the outlet to a kind it does not tell
    check = harbour.scope.check("which foreign outlet did the keeper speak to", "storm-interview")
    assert check.scope is Scope.PARTIAL, check


def test_the_shipped_faq_names_the_media_outlet_bahreini_spoke_to(engine):
    reply = engine.ask("Which media outlet did the Amnesty official speak to?")
    assert reply.answered and reply.entry.id == "raha-bahreini" and not reply.partial, reply.result
    # a verb after "which <thing>" is no head of it: still "which country", unsaid
    reply = engine.ask("which country executes the most people in the world")
    assert not (reply.answered and not reply.partial), reply.result


def test_an_abbreviation_of_a_term_the_faq_writes_reads_as_the_term():
    initials = Initials(
        ["The old signal crew left.", "Who was the old signal crew?", "the old signal crew in 1995"], ["osc", "crew"]
    )
    assert initials.spell_out("what happened to the OSC?") == "what happened to the old signal crew?"
    assert initials.spell_out("where did the OSCs go") == "where did the old signal crew go"
    # lower case and singular may be chat or a word: left as typed; so is an English word
    assert initials.spell_out("what about the osc") == "what about the osc"
    assert initials.term("OLD") is None
    # a term the FAQ writes fewer than three times is no term of its
    assert Initials(["the new lamp frame", "a new lamp frame"], []).term("NLF") is None
    # an apostrophe "s", a zero-width character or full-width letters hide no abbreviation
    for typed in ("the OSC's boat", "the O\u200bSCs boat", "the \uff2f\uff33\uff23s boat"):
        assert initials.spell_out(typed) == "the old signal crew boat", typed
    # nor is a name's words, a piece of a longer run, or a run only its phrasings write
    assert (
        Initials(["The Harbour Board Office.", "the Harbour Board Office", "the Harbour Board Office"]).term("HBO")
        is None
    )
    pieces = Initials(["the old signal crew hut", "an old signal crew hut", "by the old signal crew hut"])
    assert pieces.term("OSC") is None and pieces.term("OSCH") == "old signal crew hut"
    assert (
        Initials(["The crew left."], ["the old signal crew", "old signal crew", "old signal crew?"]).term("OSC") is None
    )


def test_an_abbreviation_is_answered_as_its_term_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, madeup.HARBOUR_BOARD_NOTES, [madeup.SIGNAL_CREW], config.matching)
    spelt = engine.ask("what happened to the old signal crew")
    reply = engine.ask("what happened to the OSC")
    assert reply.answered and reply.entry.id == "signal-crew", reply.result
    assert reply.partial == spelt.partial


def test_the_shipped_faq_reads_hrds_as_human_rights_defenders(engine):
    for question in (
        "how many hrds r detained",
        "how many HRDs are detained",
        "how many HRD's are detained",
        "how many H\u200bRDs are detained",
        "how many \uff28\uff32\uff24\uff53 are detained",
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "arbitrary-detention" and not reply.partial, reply.result


def test_the_shipped_faq_reads_no_name_or_piece_of_a_phrase_as_an_abbreviated_term(engine):
    # "General Assembly member states", "key human rights (experts)", "UN human rights mechanisms",
    # "Amnesty International official": no term anyone shortens, so no entry answers these
    for question in ("what is KHR", "what is GAMS", "what about HRM", "who is the AIO"):
        reply = engine.ask(question)
        assert not (reply.answered and not reply.partial), (question, reply.result)


def test_the_runner_up_answers_what_the_first_entry_says_nothing_of_on_the_shipped_faq(engine):
    question = "Could you tell me which groups the letter says are being arbitrarily held by Iranian authorities?"
    assert engine.match(question).best == "who-signed"  # the ranking's first: "groups", "letter"
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and not reply.partial, reply.result
    assert reply.result.reason is Reason.LEAD


PETITION_NOTES = """
Twelve fishing groups signed the petition to the harbour board in March.

The harbour police have held two groups of striking dockers in the old fort since the storm.
"""
PETITION = madeup.Entry(
    "petition",
    "Who signed the petition?",
    tuple(
        "which groups signed the petition|petition signers|how many groups signed|fishing groups and the petition"
        "|who wrote the petition|groups behind the petition|petition to the harbour board|list of signers"
        "|which groups are behind the petition|petition groups".split("|")
    ),
    "The notes say twelve fishing groups signed the petition to the harbour board in March.",
    "Twelve fishing groups signed the petition to the harbour board in March.",
)
FORT = madeup.Entry(
    "fort",
    "Who is held in the old fort?",
    tuple(
        "who is in the old fort|striking dockers in the fort|are the dockers held|fort since the storm"
        "|which dockers are held|harbour police and the dockers|dockers kept in the fort"
        "|what happened to the striking dockers|old fort prisoners|dockers after the storm".split("|")
    ),
    "The notes say the harbour police have held two groups of striking dockers in the old fort since the storm.",
    "The harbour police have held two groups of striking dockers in the old fort since the storm.",
)


def test_the_runner_up_answers_what_the_first_entry_says_nothing_of_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, PETITION_NOTES, [PETITION, FORT], BAND)
    for question in (
        "which groups are being held by the police",
        "could you tell me which groups the notes say are being held by the police",
    ):
        assert engine.match(question).best == "petition", question  # its "groups" rank it first
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == "fort" and not reply.partial, (question, reply.result)
        assert reply.result.reason is Reason.LEAD
    # a word of the first entry's ("march") is no lead of the runner-up's
    assert not engine.ask("which groups are being held since march").answered


def test_a_verb_of_saying_in_the_middle_does_not_hide_the_doing_asked(tmp_path, config):
    """ "which groups do the notes say the police are holding": what was done is "holding", not
    "say"; the entry on who signed says nothing of it, the runner-up does."""
    engine = madeup.island_with(tmp_path, PETITION_NOTES, [PETITION, FORT], BAND)
    question = "which groups do the notes say the harbour police are holding"
    assert engine.scope.check(question, "petition").scope is not Scope.FULL
    assert engine.scope.check(question, "fort").scope is Scope.FULL


def test_a_verb_of_saying_in_the_middle_on_the_shipped_faq(engine):
    question = "Which groups does the letter say the Iranian authorities are imprisoning, and on what grounds?"
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and not reply.partial, reply.result


def test_how_much_a_source_says_is_no_doing_to_check_on_a_made_up_faq():
    engine = madeup.island()
    for question in (
        "do the notes go into any detail about the bees",
        "do the notes go into more detail on how the bees make honey",
        "do the notes specify how the bees make honey",
    ):
        assert engine.scope.check(question, "bees").scope is Scope.FULL, question
    # "go into" a place is still a doing the notes must say
    assert engine.scope.check("do the bees go into the volcano", "bees").scope is Scope.PARTIAL


def test_the_shipped_faq_answers_whether_the_report_goes_into_detail(engine):
    for question, entry in (
        ("does the report go into more detail on how women are discriminated against", "women-minorities"),
        (
            "Does the letter specify which international agreements and voluntary commitments Iran should honour?",
            "treaty-obligations",
        ),
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == entry and not reply.partial, (question, reply.result)


def test_a_reason_or_an_aspect_verb_is_nothing_asked_to_be_mentioned_on_a_made_up_faq():
    engine = madeup.island()
    for question, entry in (
        ("what is this hive they keep mentioning", "bees"),  # "keep": how often, nothing asked
        ("do the notes say anything about the volcano because i am going there", "volcano"),
    ):
        assert engine.scope.check(question, entry).scope is Scope.FULL, question
    assert engine.scope.check("are wasps mentioned", "bees").scope is Scope.PARTIAL  # a passive still asks
    # "cause" and "though" are nouns or fillers too: "the cause of X" is still asked to be mentioned
    assert engine.scope.check("do the notes say anything about the cause of the volcano", "volcano").scope is (
        Scope.PARTIAL
    )


def test_the_shipped_faq_does_not_read_the_noun_cause_as_a_reason_given(engine):
    reply = engine.ask("does the letter say anything about the cause of discrimination against women")
    assert reply.entry is None or reply.partial or not reply.answered, reply.result


def test_the_shipped_faq_answers_the_pledges_they_keep_mentioning(engine):
    for question, entry in (
        ("what are these voluntary pledges they keep mentioning", "treaty-obligations"),
        ("the un cant do anything about iran bc its resolutions arent enforceable, why bother?", "resolutions-binding"),
    ):
        reply = engine.ask(question)
        assert reply.answered and reply.entry.id == entry and not reply.partial, (question, reply.result)
