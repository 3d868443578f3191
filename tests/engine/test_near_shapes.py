"""Near-topic shapes a full answer must not be given to (issue #11): the question asks something
the entry's sources do not give, though its words score well against it. Each rule is tested on
the made-up island FAQ (tests/madeup.py) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import predicates
from bot.engine.scope import Gap, Scope, _counts, _shapes_en

# -- a causative: "has X ever made Y do Z", "can X make Y <state>" --------------------------------


@pytest.mark.parametrize(
    ("question", "word", "subject"),
    [
        ("has a resolution ever actually made iran change a law", "change", "a resolution"),
        ("can the council make these rules binding", "binding", "the council"),
        ("did the storm make the keeper leave", "leave", "the storm"),
    ],
)
def test_a_causative_is_read_as_what_its_object_was_made_to_do(question, word, subject):
    [predicate] = predicates.english(question)
    assert (predicate.word, predicate.subject, predicate.caused) == (word, subject, True)


@pytest.mark.parametrize(
    "question",
    [
        "does it make sense",
        "did iran make meaningful use of the chances",
        "did the government make any reforms first time round",
        "did the letter make the island worse",  # a state of its object: read as one, not a causative
    ],
)
def test_making_that_is_no_causative_is_not_read_as_one(question):
    assert not any(p.caused for p in predicates.english(question))


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("has the automation ever made the keeper change the lamp", "lighthouse"),
        ("can the council make the volcano safe", "volcano"),
    ],
)
def test_an_effect_the_notes_never_state_is_no_full_answer_on_a_made_up_faq(made_up, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL
    [gap] = check.uncovered
    assert gap.gap is Gap.WHETHER
    assert {"made", "make"} & set(gap.term.split()), gap.term  # the causative as the asker wrote it


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("did the automation make the lamp flash", "lighthouse"),
        ("do the flowers make the honeybees return every evening", "bees"),
    ],
)
def test_an_effect_the_notes_state_is_answered_in_full_on_a_made_up_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope is Scope.FULL


def test_a_phrasing_asking_about_the_doing_does_not_vouch_for_a_causative(tmp_path, config):
    """A phrasing says how people ask ("does the automation change anything"), not that the
    notes say the automation made anyone change anything."""
    entry = madeup.Entry(
        "automation",
        "What did the automation do?",
        (
            "does the automation change anything",
            "did automating it change things",
            "what year was the automation",
            "automation of the lighthouse",
            "is the lamp automatic",
            "who automated the lamp",
            "automation changes",
            "lighthouse automation year",
            "since when is it automatic",
            "does the lamp still flash after the automation",
        ),
        "The notes say the lighthouse was automated in 1985 and still flashes its lamp.",
        "The old lighthouse was automated in 1985 and still flashes its lamp every ten seconds.",
    )
    engine = madeup.island_with(tmp_path, "", [entry], config.matching)
    assert engine.scope.check("does the automation change anything", "automation").scope is Scope.FULL
    check = engine.scope.check("has the automation ever made the keeper change the lamp", "automation")
    assert check.scope is Scope.PARTIAL


def test_the_shipped_faq_gives_no_full_answer_to_an_effect_its_sources_never_state(engine):
    question = "has a UN resolution ever really made iran change one of its laws?"
    reply = engine.ask(question)
    assert reply.entry is None or reply.scope_check.scope is Scope.PARTIAL, reply.result
    # Refused today (below the answer threshold), which says nothing of the rule: the entry it
    # ranks first, answering it, would answer it only in part, with a caveat on the causative.
    # (Without the rule that entry's phrasings, which ask whether a resolution changes anything,
    # would vouch for it: a full answer.)
    assert reply.result.best is not None
    check = engine.scope.check(question, reply.result.best)
    assert check.scope is Scope.PARTIAL
    [gap] = check.uncovered
    assert gap.gap is Gap.WHETHER and "made iran change" in gap.term, gap


# -- a time before the sources: "like in the past", "back then", "before <the FAQ's subject>" ------


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("do honeybees return to the same hive, like in the past", "in the past"),
        ("did honeybees visit as many flowers back then", "back then"),
        ("did honeybees previously visit more flowers", "previously"),
    ],
)
def test_a_time_before_undated_notes_gets_a_caveat_on_a_made_up_faq(made_up, question, term):
    check = made_up.scope.check(question, "bees")
    assert check.scope is Scope.PARTIAL
    assert [(u.term, u.gap) for u in check.uncovered] == [(term, Gap.EARLIER)]
    assert check.caveat.startswith("The sources do not go back to the time you ask about")
    assert term in check.caveat and not check.answers_nothing  # what the notes say follows


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # notes that date what they say (1985, "the last century") may tell of that past
        ("did the volcano erupt in the past", "volcano"),
        ("did the lighthouse flash its lamp, like in the past", "lighthouse"),
        ("do honeybees visit flowers", "bees"),
    ],
)
def test_a_past_the_notes_may_tell_of_is_left_alone_on_a_made_up_faq(made_up, question, entry_id):
    assert not any(u.gap is Gap.EARLIER for u in made_up.scope.check(question, entry_id).uncovered)


def test_a_span_up_to_now_is_no_time_before_the_sources(made_up):
    for question in (
        "did honeybees visit flowers in the past 10 years",
        "did honeybees visit more flowers in the past few years",
    ):
        assert not any(u.gap is Gap.EARLIER for u in made_up.scope.check(question, "bees").uncovered)


def test_the_shipped_faq_says_its_sources_do_not_go_back_to_the_past_asked_about(engine):
    reply = engine.ask("has iran let a special rapporteur visit, like in the past?")
    assert reply.answered, reply.result
    assert reply.scope_check.scope is Scope.PARTIAL
    assert "in the past" in reply.scope_check.caveat
    full = engine.ask("has iran let a special rapporteur visit?")
    assert not any(u.gap is Gap.EARLIER for u in full.scope_check.uncovered)


# -- others than the sources give: "which other <things>", "what else <clause>" ------------------


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("which other islands have a volcano", "volcano"),
        ("what other insects visit the flowers", "bees"),
        ("what else does the lighthouse flash", "lighthouse"),
    ],
)
def test_asking_for_others_than_the_notes_give_is_no_full_answer_on_a_made_up_faq(made_up, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL
    assert [(u.term, u.gap) for u in check.uncovered] == [(question, Gap.UNSAID)]
    assert made_up.ask(question).scope != "full"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("the lighthouse flashes its lamp, what else?", "lighthouse"),  # a request to go on, no clause
        ("what flowers do honeybees visit", "bees"),
    ],
)
def test_no_other_asked_is_left_alone_on_a_made_up_faq(made_up, question, entry_id):
    assert not any(u.gap is Gap.UNSAID for u in made_up.scope.check(question, entry_id).uncovered)


def test_an_entry_whose_phrasings_ask_which_other_gives_them(tmp_path, config):
    entry = madeup.Entry(
        "trains",
        "How often do the trains run?",
        (
            "which other towns do the trains serve",
            "what else runs on the coastal line",
            "train timetable",
            "how often is there a train",
            "coastal line trains",
            "train to the market town",
            "is there a train from the harbour",
            "hourly trains",
            "railway on the island",
            "when is the next train",
        ),
        "The notes say trains on the coastal line run every hour between the harbour and the market town.",
        "Trains on the coastal line run every hour between the harbour and the market town.",
    )
    engine = madeup.island_with(tmp_path, "", [entry], config.matching)
    for question in ("which other towns do the trains stop at", "what else runs on the line"):
        assert not any(u.gap is Gap.UNSAID for u in engine.scope.check(question, "trains").uncovered), question
    assert engine.scope.check("which other harbours do the trains reach", "trains").scope is Scope.PARTIAL


def test_the_shipped_faq_gives_no_full_answer_to_which_other_interviews(engine):
    for question in (
        "which other interviews has roya karimi majd given?",
        "who is raha bahreini and what else has she written about?",
    ):
        assert engine.ask(question).scope != "full", question
    assert engine.ask("which groups signed besides amnesty").scope == "full"


# -- what a role does: "what does a <role> (really) do" ----------------------------------------


@pytest.mark.parametrize(
    ("question", "entry_id", "term"),
    [
        # a phrasing names the keeper ("lighthouse keeper"); the notes never say what one does
        ("what does a lighthouse keeper really do", "lighthouse", "lighthouse keeper"),
        ("what does a beekeeper actually do?", "bees", "beekeeper"),
        # the adverb after the verb, and the role named first, then asked of by a pronoun
        ("what does a lighthouse keeper do exactly", "lighthouse", "lighthouse keeper"),
        ("wdym beekeeper, what do they actually do?", "bees", "beekeeper"),
        ("what do you mean by a lighthouse keeper? what does one do", "lighthouse", "lighthouse keeper"),
        # the plural without an article, and a role's job, duties or mandate
        ("what do lighthouse keepers do exactly", "lighthouse", "lighthouse keepers"),
        ("what's a lighthouse keeper's job", "lighthouse", "lighthouse keeper"),
        ("what is the role of a beekeeper?", "bees", "beekeeper"),
        ("what are the duties of lighthouse keepers", "lighthouse", "lighthouse keepers"),
        ("what are beekeepers' responsibilities", "bees", "beekeepers"),
        # as typed on a phone: a curly apostrophe, an emoji, a zero-width space, a right-to-left
        # mark; a lead-in, a possessive without its apostrophe, where they serve after the role
        ("what\u2019s a lighthouse keeper\u2019s job?", "lighthouse", "lighthouse keeper"),
        ("what do lighthouse keepers do? \U0001f914", "lighthouse", "lighthouse keepers"),
        ("what does a lighthouse\u200b keeper do?", "lighthouse", "lighthouse keeper"),
        ("\u200fwhat does a beekeeper do?", "bees", "beekeeper"),
        ("so what does a beekeeper do?", "bees", "beekeeper"),
        ("whats a lighthouse keepers job", "lighthouse", "lighthouse keeper"),
        ("what is the role of lighthouse keepers at the lighthouse", "lighthouse", "lighthouse keepers"),
    ],
)
def test_what_a_role_does_is_not_answered_by_an_entry_that_only_names_it_on_a_made_up_faq(
    made_up, question, entry_id, term
):
    check = made_up.scope.check(question, entry_id)
    assert [(u.term, u.gap) for u in check.uncovered] == [(term, Gap.DESCRIPTION)]
    assert check.answers_nothing  # refused, the entry offered as "did you mean"
    assert made_up.ask(question).scope != "full"


def test_an_entry_asked_what_the_role_does_describes_it(tmp_path, config):
    entry = madeup.Entry(
        "drivers",
        "What does a train driver do?",
        (
            "train driver duties",
            "who drives the coastal trains",
            "is there a driver on the train",
            "the driver's job",
            "coastal line staff",
            "train crew",
            "who runs the trains",
            "driver of the hourly train",
            "railway workers",
            "what is a train driver",
        ),
        "According to the notes, the drivers run the coastal trains every hour.",
        "Trains on the coastal line run every hour between the harbour and the market town.",
    )
    engine = madeup.island_with(tmp_path, "", [entry], config.matching)
    assert engine.scope.check("what does a train driver really do", "drivers").scope is Scope.FULL
    assert engine.scope.check("what do train drivers do", "drivers").scope is Scope.FULL
    assert engine.scope.check("what's a train driver's job", "drivers").scope is Scope.FULL
    # "the lighthouse" is one thing, not a role: its entry may say what it does
    assert engine.scope.check("what does the lighthouse do", "lighthouse").scope is Scope.FULL
    # a plural, then its verb: what they want others to do, a clause and no role
    assert engine.scope.check("what do drivers want passengers do", "drivers").scope is Scope.FULL
    assert engine.scope.check("what do visitors expect drivers do", "drivers").scope is Scope.FULL


def test_the_shipped_faq_does_not_answer_what_a_rapporteur_does_in_full(engine):
    for question in (
        "what does a special rapporteur really do",
        "what does a UN special rapporteur do?",
        "what does a special rapporteur do, exactly?",
        "wdym special rapporteur, what do they actually do?",  # its last clause alone ranks another entry
        "what do special rapporteurs do exactly",
        "what's a special rapporteur's job",
        "what is the role of a special rapporteur?",
        "what\u2019s a special rapporteur\u2019s job?",
        "what do special rapporteurs do? \U0001f914",
        "what does a special\u200b rapporteur do?",
        "\u200fwhat does a special rapporteur do?",
        "so what does a special rapporteur do?",
        "whats a special rapporteurs job",
        "what is the role of special rapporteurs at the un",
    ):
        assert engine.ask(question).scope != "full", question


def test_the_shipped_faq_answers_what_the_ngos_want_governments_to_do(engine):
    # a plural, then its verb ("ngos want governments do") is what they ask, no role
    for question in (
        "what do ngos want governments do",
        "what do ngos expect states do",
        "what do ngos urge states do",
    ):
        reply = engine.ask(question)
        assert reply.entry is not None and reply.entry.id == "what-they-ask" and reply.scope == "full", question


# -- a change ("did it get worse") is said by the sources, not vouched for by a phrasing ----------


def test_a_change_after_get_is_read_whatever_the_subject_holds():
    [predicate] = predicates.english("did the situation on the island get worse over the past year?")
    assert (predicate.word, predicate.kind) == ("worse", "state")
    assert not any(
        p.word == "worse" and p.kind == "state" for p in predicates.english("did the notes say it got worse")
    )


def test_a_change_only_a_phrasing_asks_is_no_full_answer_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_rephrased(
        tmp_path, "volcano", "were the eruptions big", "did the eruptions get bigger", config.matching
    )
    check = engine.scope.check("did the eruptions on the island get bigger", "volcano")
    assert check.scope is Scope.PARTIAL
    assert [u.gap for u in check.uncovered] == [Gap.WHETHER]
    # a state the phrasings ask (not a change) still counts, as does a state the notes say
    assert engine.scope.check("is the volcano dangerous", "volcano").scope is Scope.FULL
    assert engine.scope.check("were the eruptions small", "volcano").scope is Scope.FULL


def test_the_shipped_faq_says_no_improvement_is_not_that_it_got_worse(engine):
    reply = engine.ask("did the situation in iran get worse?")
    assert reply.scope != "full", reply.result
    # asked as one of two, "no improvement" answers it
    assert engine.ask("is it getting better or worse in iran").scope == "full"


def test_a_time_before_an_event_the_notes_never_tell_of_gets_a_caveat_on_a_made_up_faq(made_up):
    check = made_up.scope.check("what did the honeybees do before finding the hive", "bees")
    assert [(u.term, u.gap) for u in check.uncovered] == [("before finding the hive", Gap.EARLIER)]
    # an event the notes do tell of ("return to the same hive"): they may say what came before it
    check = made_up.scope.check("do the honeybees visit flowers before returning to the hive", "bees")
    assert not any(u.gap is Gap.EARLIER for u in check.uncovered)


# -- review (revnear2): false caveats of the rules above ----------------------------------------


@pytest.mark.parametrize(
    ("question", "earlier"),
    [
        # "the past <noun>" is the last one, a time the notes may tell of, as "the past year" is
        ("did the honeybees return to the same hive in the past season", False),
        ("how many flowers did honeybees visit in the past summer?", False),
        # "in the past" still ends there when a clause follows it
        ("in the past honeybees visited more flowers", True),
        ("in the past were honeybees returning to the same hive", True),
    ],
)
def test_the_past_of_a_noun_is_no_time_before_the_sources_on_a_made_up_faq(made_up, question, earlier):
    check = made_up.scope.check(question, "bees")
    assert any(u.gap is Gap.EARLIER for u in check.uncovered) is earlier, check.uncovered


_COUNCIL = madeup.Entry(
    "council",
    "Who chairs the island council?",
    (
        "island council chair",
        "who leads the council",
        "council chairwoman",
        "who is mara",
        "head of the island council",
        "council leader",
        "who runs the council",
        "mara the chair",
        "council elections",
        "island council",
    ),
    "The notes say Mara was re-elected as chair of the island council.",
    "Mara was re-elected as chair of the island council.",
)


def test_before_being_or_getting_reads_the_event_that_follows_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, f"\n{_COUNCIL.quote}\n", [_COUNCIL], config.matching)
    # "re-elected" is an event the notes tell of: they may say what came before it
    check = engine.scope.check("what did mara promise before getting re-elected", "council")
    assert not any(u.gap is Gap.EARLIER for u in check.uncovered), check.uncovered
    # "hired" is not: before it is a time the notes do not go back to
    check = engine.scope.check("what did mara do before being hired by the council", "council")
    assert [(u.term, u.gap) for u in check.uncovered if u.gap is Gap.EARLIER] == [("before being hired", Gap.EARLIER)]


_BIRDS = madeup.Entry(
    "birds",
    "Which birds nest on the cliffs?",
    (
        "birds on the cliffs",
        "cliff nesting birds",
        "do puffins nest here",
        "are there gulls on the island",
        "seabirds of the island",
        "where do the puffins nest",
        "nesting season on the cliffs",
        "puffins and gulls",
        "bird colony",
        "cliff birds",
    ),
    "The notes say puffins and gulls nest on the cliffs.",
    "Puffins and gulls nest on the cliffs.",
)


def test_an_entry_asked_for_a_list_gives_the_others_on_a_made_up_faq(tmp_path, config):
    """An entry asked "which birds nest on the cliffs" lists them: "which other birds nest there"
    asks for the rest of that list, which it gives; other islands it does not."""
    engine = madeup.island_with(tmp_path, f"\n{_BIRDS.quote}\n", [_BIRDS], config.matching)
    check = engine.scope.check("which other birds nest on the cliffs", "birds")
    assert not any(u.gap is Gap.UNSAID for u in check.uncovered), check.uncovered
    assert engine.scope.check("which other islands have puffins", "birds").scope is Scope.PARTIAL
    # an entry asked for no list of them ("how often did the volcano erupt") still does not
    assert engine.scope.check("which other islands have a volcano", "volcano").scope is Scope.PARTIAL


def test_the_shipped_faq_answers_the_review_s_in_scope_questions_in_full(engine):
    reply = engine.ask("what other concerns does the letter raise")  # its entry asks "what concerns": all of them
    assert reply.scope == "full", reply.result
    for question in (
        "what did rouhani promise in the past election",
        "what did rouhani promise before getting re-elected",
    ):
        # the past election is the one the sources speak of: no caveat of an earlier time; what
        # he promised, which they never list, is the only thing the caveat may name
        reply = engine.ask(question)
        assert reply.answered and reply.entry is not None and reply.entry.id == "rouhani-reelection", reply.result
        assert [u.gap for u in reply.scope_check.uncovered] in ([], [Gap.UNSAID]), reply.scope_check.uncovered
        assert all(u.term.startswith("what did rouhani promise") for u in reply.scope_check.uncovered)
    assert engine.ask("which other interviews has roya karimi majd given?").scope != "full"


_HARBOUR = madeup.Entry(
    "harbour",
    "Who guards the harbour?",
    (
        "who is the harbour guard",
        "who is the night guard at the harbour",
        "what's the name of the harbour guard",
        "harbour guard",
        "is the harbour guarded",
        "who watches the boats",
        "harbour security",
        "guard on the quay",
        "who is jon",
        "night watch at the harbour",
    ),
    "The notes say Jon is the harbour guard.",
    "Jon is the harbour guard.",
)


def test_asking_who_holds_a_post_does_not_describe_what_one_does_on_a_made_up_faq(tmp_path, config):
    """ "Who is the harbour guard" asks which person holds the post, not what a guard does; "a
    guard" (a verb too) is a role as "a keeper" is."""
    engine = madeup.island_with(tmp_path, f"\n{_HARBOUR.quote}\n", [_HARBOUR], config.matching)
    check = engine.scope.check("what does a harbour guard really do", "harbour")
    assert [(u.term, u.gap) for u in check.uncovered] == [("harbour guard", Gap.DESCRIPTION)]
    assert engine.ask("what does a harbour guard really do").scope != "full"
    assert engine.scope.check("who is the harbour guard", "harbour").scope is Scope.FULL


def test_the_shipped_faq_does_not_say_what_an_amnesty_official_does(engine):
    # its entry says who the official quoted is ("who is the amnesty official quoted")
    assert engine.ask("what does an amnesty official do").scope != "full"
    assert engine.ask("what does a yes vote do").scope == "full"  # a phrasing asks it


def test_the_shipped_faq_gives_a_caveat_to_a_causative_it_answers(engine):
    """The shipped test above passes without the causative rule too (that question is refused
    either way); this one was answered in full before it."""
    reply = engine.ask("can a resolution make iran comply")
    assert reply.answered and reply.scope_check.scope is Scope.PARTIAL, reply.result
    assert "comply" in reply.scope_check.caveat


@pytest.mark.parametrize(
    "question",
    [
        "do honeybees return to the same hive, as previously reported?",
        "do honeybees return to the same hive, as mentioned in the past",
    ],
)
def test_as_said_before_is_no_time_before_the_sources_on_a_made_up_faq(made_up, question):
    check = made_up.scope.check(question, "bees")
    assert not any(u.gap is Gap.EARLIER for u in check.uncovered), check.uncovered


# -- being able or allowed to do what the sources say others did: "can <someone> <verb>" ----------

TOWER_NOTES = madeup.HARBOUR_BOARD_NOTES + "\nVisitors can climb the tower on Sundays.\n"
TOWER = madeup.Entry(
    "tower",
    "Can visitors climb the tower?",
    (
        "tower visits",
        "climbing the tower",
        "is the tower open",
        "when can i go up the tower",
        "sunday visits",
        "visitors and the tower",
        "tower on sundays",
        "going up the lighthouse",
        "tower open days",
        "climb the lighthouse",
    ),
    "The notes say visitors can climb the tower on Sundays.",
    "Visitors can climb the tower on Sundays.",
)


def test_whether_someone_may_do_what_others_did_is_no_full_answer_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, TOWER_NOTES, [madeup.NEW_LAMP, TOWER], config.matching)
    # the notes say who approved the lamp, never who is able or allowed to
    check = engine.scope.check("can ordinary fishermen approve the new lamp", "new-lamp")
    assert check.scope is Scope.PARTIAL
    [gap] = check.uncovered
    assert (gap.gap, gap.term) == (Gap.WHETHER, "ordinary fishermen can approve the new lamp")
    assert engine.scope.check("did the harbour board approve the new lamp", "new-lamp").scope is Scope.FULL
    # notes that say what may be done answer it
    assert engine.scope.check("can visitors climb the tower", "tower").scope is Scope.FULL


@pytest.mark.parametrize(
    ("question", "modal"),
    [
        ("can ordinary people sign the letter", "can"),
        ("could my club approve the lamp", "could"),
        ("will the board approve the lamp", ""),  # a future, not an ability
        ("did the board approve the lamp", ""),
    ],
)
def test_the_modal_of_an_ability_question_is_read(question, modal):
    [predicate] = predicates.english(question)
    assert predicate.modal == modal


def test_the_shipped_faq_gives_no_full_answer_to_who_may_sign_from_who_signed(engine):
    reply = engine.ask("can ordinary iranians sign the letter")
    assert reply.entry is None or reply.scope_check.scope is Scope.PARTIAL, reply.result
    if reply.answered:
        assert "ordinary iranians can sign the letter" in reply.scope_check.caveat
    assert engine.ask("who signed the letter").scope_check.scope is Scope.FULL


# -- "which <things> are being <done>": what was done to them, read as "which <things> <did>" -----


def test_which_things_are_being_done_asks_what_was_done_on_a_made_up_faq(tmp_path, config):
    """The notes say who approved the lamp and who dismissed the crew: which crews are being
    dismissed is not asked of the lamp's entry, however the question is put."""
    engine = madeup.island_with(
        tmp_path, madeup.HARBOUR_BOARD_NOTES, [madeup.NEW_LAMP, madeup.SIGNAL_CREW], config.matching
    )
    for question in (
        "which crews are being dismissed by the coastguard",
        "which crews the notes say are being dismissed",
        "could you tell me which crews the notes say are being dismissed?",
    ):
        check = engine.scope.check(question, "new-lamp")
        assert check.scope is Scope.PARTIAL, (question, check)
        assert "dismissed" in check.uncovered[0].term
        assert engine.scope.check(question, "signal-crew").scope is Scope.FULL, question
    assert engine.scope.check("could you tell me which lamp the board approved", "new-lamp").scope is Scope.FULL


def test_the_shipped_faq_does_not_answer_who_is_held_from_who_signed(engine):
    question = "Could you tell me which groups the letter says are being held by the authorities?"
    check = engine.scope.check(question, "who-signed")
    assert check.scope is Scope.PARTIAL and check.answers_nothing
    assert engine.scope.check(question, "arbitrary-detention").scope is Scope.FULL
    reply = engine.ask(question)
    assert not (reply.answered and reply.entry is not None and reply.entry.id == "who-signed"), reply.result


# -- "which <kind>" of a kind the sources only name as a kind: the members are asked ------------

VISITOR_NOTES = """
Every summer the island welcomes hundreds of visitors, including bird watchers, coastal painters and amateur geologists, as well as fishermen and students.
"""
VISITORS = madeup.Entry(
    "visitors",
    "Who visits the island?",
    (
        "island visitors",
        "which visitors come to the island",
        "are there tourists in summer",
        "do painters come to the island",
        "summer visitors",
        "who comes to the island in summer",
        "visiting the island",
        "are fishermen welcome on the island",
        "island guests",
        "guests of the island in summer",
    ),
    "The notes say the island welcomes hundreds of visitors every summer, including bird watchers,"
    " coastal painters and amateur geologists, as well as fishermen and students.",
    "Every summer the island welcomes hundreds of visitors, including bird watchers, coastal painters"
    " and amateur geologists, as well as fishermen and students.",
)


def _partial_on(engine, entry: str, *asked: tuple[str, str], answers_nothing: bool = False) -> None:
    """Each (question, term) is partial on `entry`, its first gap the `term` as the question wrote
    it (and, with `answers_nothing`, the entry answers nothing of it)."""
    for question, term in asked:
        check = engine.scope.check(question, entry)
        assert check.scope is Scope.PARTIAL, (question, check)
        assert check.answers_nothing or not answers_nothing, (question, check)
        assert check.uncovered[0].term == term


def test_which_members_of_a_kind_the_notes_stop_at_are_not_answered_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, VISITOR_NOTES, [VISITORS], config.matching)
    _partial_on(
        engine,
        "visitors",
        ("which fishermen come to the island", "which fishermen"),
        ("which specific students visit the island", "which specific students"),
        ("which coastal painters came last summer", "which coastal painters"),
        ("what fishermen come to the island", "what fishermen"),  # "what <kind> <verb>" too
        # an adverb or a perfect's auxiliary after the kind ends it
        ("which fishermen exactly come to the island", "which fishermen"),
        ("which fishermen specifically come to the island", "which fishermen"),
        ("which fishermen now come to the island", "which fishermen"),
        ("which coastal painters have come to the island", "which coastal painters"),
        answers_nothing=True,
    )
    # the notes name kinds of visitors, and go on to name them after "including": both answered
    assert engine.scope.check("which visitors come in summer", "visitors").scope is Scope.FULL
    assert engine.scope.check("which painters visit the island", "visitors").scope is Scope.FULL


def _never_in_full(engine, *questions: str) -> None:
    """Each question is refused, suggested or answered with a caveat: never answered as if in full."""
    for question in questions:
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope_check.scope is Scope.FULL), (question, reply.result)


@pytest.mark.parametrize(
    ("word", "is_adverb"),
    [
        ("specifically", True),
        ("possibly", True),
        ("legally", True),
        ("assembly", False),  # a noun, not "assemble" done some way
        ("elderly", False),
        ("supply", False),
    ],
)
def test_an_adverb_is_told_from_a_noun_or_adjective_in_ly(word, is_adverb):
    assert _shapes_en.adverb(word) is is_adverb


def test_the_shipped_faq_names_no_journalist_it_says_is_held(engine):
    _never_in_full(
        engine,
        "which specific journalists are held in iran",
        "which environmental activists were arrested",
        "which journalists exactly are detained in iran right now",
        "which journalists specifically are detained",
        "which journalists now are detained",
        "which UN mechanisms has iran refused to engage with specifically",
    )
    for question in ("which activists are behind bars in iran", "which human rights defenders are detained"):
        check = engine.scope.check(question, "arbitrary-detention")
        assert check.scope is Scope.FULL, question


# -- "what <things> are <subject> <verb>": which things, asked as "which" asks them ---------------


def test_what_things_a_subject_does_something_with_are_asked_as_which_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, VISITOR_NOTES, [VISITORS], config.matching)
    _partial_on(
        engine,
        "visitors",
        ("what hotels are the visitors staying in", "what hotels"),
        ("what boats are they coming on", "what boats"),
    )
    # a "what" with no subject of its own after "are", or one the notes say, asks what they say
    for question in ("what visitors are there in summer", "what visitors are welcomed on the island"):
        assert engine.scope.check(question, "visitors").scope is Scope.FULL, question


def test_the_shipped_faq_names_no_prison_or_sentence_of_those_it_says_are_held(engine):
    _never_in_full(engine, "what prisons are they held in", "what sentences are the detained activists getting")
    # a reason asked with "on what grounds" is what the entry says: not read as "which grounds"
    question = "on what grounds are the human rights defenders held"
    assert engine.scope.check(question, "arbitrary-detention").scope is Scope.FULL


# -- "which <things> are expected to <verb>": who will do it, asked by its verb ----------------

VOTE_NOTES = """
By voting for the new breakwater, the island council will protect the harbour from winter storms.
"""
BREAKWATER = madeup.Entry(
    "breakwater-vote",
    "What would a vote for the breakwater do?",
    (
        "breakwater vote",
        "why vote for the breakwater",
        "what does the breakwater vote achieve",
        "should the council vote for the breakwater",
        "why should councillors vote yes",
        "effect of the breakwater vote",
        "what happens if the council votes for it",
        "breakwater and the storms",
        "does the vote protect the harbour",
        "point of the breakwater vote",
    ),
    "The notes say that by voting for the new breakwater, the island council will protect the harbour"
    " from winter storms.",
    "By voting for the new breakwater, the island council will protect the harbour from winter storms.",
)


def test_which_things_are_expected_to_do_something_asks_who_will_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, VOTE_NOTES, [BREAKWATER], config.matching)
    for question in (
        "which councillors are expected to vote for the breakwater",
        "which members are likely to vote for the breakwater",
    ):
        check = engine.scope.check(question, "breakwater-vote")
        assert check.scope is Scope.PARTIAL, (question, check)
        assert "vote" in check.uncovered[0].term
    assert engine.scope.check("why should councillors vote for the breakwater", "breakwater-vote").scope is Scope.FULL


def test_the_shipped_faq_does_not_say_which_countries_will_vote_for_the_resolution(engine):
    _never_in_full(
        engine,
        "which countries are expected to vote for the resolution",
        "which states are likely to vote against the resolution",
    )


# -- "what is X like": a description of X, which sources that never mention X do not give -----


def test_what_a_thing_the_notes_never_mention_is_like_is_not_answered_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, VISITOR_NOTES, [VISITORS], config.matching)
    check = engine.scope.check("what are the hotel rooms like for the visitors", "visitors")
    assert check.scope is Scope.PARTIAL and check.answers_nothing, check
    assert "hotel rooms" in check.uncovered[0].term
    # a thing the notes speak of is described by them; "like" before another question is filler
    for question in ("what are the island visitors like", "who visits the island, like what kind of people"):
        assert engine.scope.check(question, "visitors").scope is Scope.FULL, question


def test_the_shipped_faq_does_not_describe_prison_conditions(engine):
    _never_in_full(engine, "what are prison conditions like for the detained activists")
    question = "what's the human rights situation like in iran"
    assert engine.ask(question).answered, question


# -- "lead to X" / "result in X": an effect, which sources that never mention X do not give ----


def test_an_effect_the_notes_never_mention_gets_a_caveat_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, VOTE_NOTES, [BREAKWATER], config.matching)
    _partial_on(
        engine,
        "breakwater-vote",
        ("would a vote for the breakwater lead to higher taxes", "lead to higher taxes"),
        ("would the breakwater vote result in new jobs", "result in new jobs"),
    )
    # an effect the notes state is answered
    question = "would the breakwater vote lead to a protected harbour"
    assert engine.scope.check(question, "breakwater-vote").scope is Scope.FULL


def test_the_shipped_faq_does_not_say_a_vote_leads_to_sanctions(engine):
    _never_in_full(engine, "would a yes vote lead to sanctions on iran")
    assert engine.scope.check("would voting for it lead to a strong signal", "strong-signal").scope is Scope.FULL


# -- someone's own words: "what did X say", "how has X responded" ---------------------------------


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("what did rouhani himself say about human rights", ["rouhani"]),
        ("what has the special rapporteur on iran reported", ["special", "rapporteur"]),
        ("so how has the harbour master responded to the complaints?", ["harbour", "master"]),
        ("ok, and what did the keeper tell the visitors", ["keeper"]),
    ],
)
def test_someones_words_are_read_by_the_shape_of_the_question(question, who):
    asked = _shapes_en.words_asked(question)
    assert asked is not None and asked[1] == who


@pytest.mark.parametrize(
    "question",
    [
        "what did they say about it",  # nobody named
        "what does it tell us",
        "what does voting for the breakwater tell the council",  # a doing, not someone
        "what does the letter want from un member states",  # "states": no verb after "does"
        "how did she say it",  # a manner of saying, not an answer to something
    ],
)
def test_questions_that_ask_no_ones_words_are_not_read_so(question):
    assert _shapes_en.words_asked(question) is None


def test_who_speaks_is_read_from_a_speakers_description_not_whom_they_spoke_to():
    words_ = _shapes_en.speaker_words("Jane Doe, the harbour master, in an interview with Radio Gull's Tom Fisk")
    assert {"jane", "doe", "harbour", "master"} <= words_ and not {"tom", "fisk", "gull"} & words_


@pytest.mark.parametrize(
    "question",
    ["what did the harbour master say about the lighthouse", "how has the mayor reacted to the lighthouse automation"],
)
def test_the_words_of_someone_the_sources_never_quote_are_not_answered_in_full_on_a_made_up_faq(made_up, question):
    check = made_up.scope.check(question, "lighthouse")
    assert [u.gap for u in check.uncovered] == [Gap.UNSAID]
    assert check.uncovered[0].term.split()[0] in ("what", "how")
    assert made_up.ask(question).scope != "full"


def test_the_words_of_someone_the_sources_quote_are_answered_on_a_made_up_faq(made_up):
    # the notes quote the keeper (field-notes.yaml: speakers)
    assert made_up.scope.check("what did the keeper say about the lighthouse", "lighthouse").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        "what did rouhani himself say about human rights during his first term",
        "how has rouhani responded to criticism of his first term",
        "what has the special rapporteur on iran reported",
        "what did roya karimi majd ask her in the rest of the interview",  # she asked; the source quotes Bahreini
    ],
)
def test_the_shipped_faq_does_not_give_words_its_sources_never_quote_in_full(engine, question):
    assert engine.ask(question).scope != "full", question


def test_the_shipped_faq_still_answers_what_its_speakers_said(engine):
    # the letter is one of the source's speakers (seeds/iran-un-letter-report.yaml)
    assert engine.ask("what did the letter say about women").scope == "full"


# -- a consequence: "what happens (to X) if <something is done>" ----------------------------------


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("what happens to iran if it breaks its treaty obligations", "break"),
        ("what happens if member states vote in favour", "vote"),  # "states" is no verb here
        ("what would happen if the lighthouse keeper left", "leave"),
        ("what happens if the harbour board keeps ignoring the storms, do they flood?", "ignore"),
        ("what happens if the lamp stops flashing", "stop"),
    ],
)
def test_a_consequence_is_read_with_the_verb_of_its_condition(question, verb):
    asked = _shapes_en.consequence_asked(question)
    assert asked is not None and asked[1] == verb


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what would happen if the lighthouse keeper left", "lighthouse"),
        ("what happens if the lamp stops flashing", "lighthouse"),
        ("what happens to the island if the bees die", "bees"),
    ],
)
def test_a_consequence_of_what_the_sources_never_speak_of_is_partial_on_a_made_up_faq(made_up, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert [(u.term, u.gap) for u in check.uncovered] == [(question, Gap.UNSAID)]
    assert made_up.ask(question).scope != "full"


def test_a_consequence_of_what_the_sources_speak_of_is_answered_on_a_made_up_faq(made_up):
    assert made_up.scope.check("what happens if the volcano erupts again", "volcano").scope is Scope.FULL


def test_the_shipped_faq_answers_what_a_vote_does_and_not_what_a_breach_does(engine):
    for question in ("what happens if the GA votes yes", "what happens if the ga passes it"):
        assert engine.ask(question).scope == "full", question
    for question in (
        "what happens to iran if it breaks its treaty obligations",
        "what happens legally if iran breaks its treaty obligations",
        "what happens to iran if it breaks its treaty obligations 🤔",
    ):
        reply = engine.ask(question)
        assert reply.scope != "full" and (reply.caveat is None or "breaks" in reply.caveat), question


# -- what the counted are, after "how many of <whoever>": "how many of the people executed were X" -----


def test_what_the_counted_are_is_read_after_any_partitive_count():
    from bot.engine.text import words

    tokens = words("how many of the people stung were children")
    assert _counts.counted_as(tokens) == [len(tokens) - 1]


@pytest.mark.parametrize(
    "question",
    [
        "of the 440 stung, how many were children?",  # the partitive before "how many"
        "how many of the stings were of children?",  # what they were of
    ],
)
def test_what_the_counted_are_is_read_after_a_partitive_before_how_many_or_an_of(question):
    from bot.engine.text import words

    tokens = words(question)
    assert _counts.counted_as(tokens) == [len(tokens) - 1]


def test_a_subset_of_a_total_the_sources_give_is_never_answered_with_the_total(engine):
    # "the bot says 440 teachers were executed": the total is no answer to a count of a subgroup
    for question in ("of the 440 executed, how many were teachers?", "how many of the executions were of teachers?"):
        reply = engine.ask(question)
        assert not (reply.answered and reply.scope == "full"), question


def test_a_count_of_what_the_sources_never_say_the_counted_were_is_refused_on_a_made_up_faq(made_up):
    check = made_up.scope.check("how many of the flowers visited were roses", "bees")
    assert [(u.term, u.gap) for u in check.uncovered] == [("roses", Gap.FIGURE)]
    assert check.answers_nothing


def test_a_word_the_notes_say_only_in_a_name_is_no_part_of_the_counted_on_a_made_up_faq(tmp_path, config):
    entry = madeup.Entry(
        "clubs",
        "Which clubs signed the petition?",
        (
            "clubs that signed",
            "how many clubs signed",
            "petition signatories",
            "who signed the petition",
            "number of clubs",
            "signing clubs",
            "did the rowing club sign",
            "list of clubs",
            "club petition",
            "who backs the petition",
        ),
        "According to the notes, 12 clubs signed the petition, among them the Harbour Rowing Club and the Island"
        " Coastal Society; some of them are small.",
        "12 clubs signed the petition, among them the Harbour Rowing Club and the Island Coastal Society.",
    )
    engine = madeup.island_with(tmp_path, "\n" + entry.quote + "\n", [entry], config.matching)
    check = engine.scope.check("how many of the clubs are coastal", "clubs")
    assert [(u.term, u.gap) for u in check.uncovered] == [("coastal", Gap.FIGURE)]
    # a word said of them outside a name is left to the figure rules as before
    assert engine.scope.check("how many of the clubs are small", "clubs").scope is Scope.FULL
    # a word that qualifies the kind counted again: the part asked of, which the kind hides
    check = engine.scope.check("how many of the clubs are coastal fishing clubs", "clubs")
    assert [(u.term, u.gap) for u in check.uncovered] == [("coastal", Gap.FIGURE), ("fishing", Gap.FIGURE)]
    assert engine.scope.check("how many of the clubs are small clubs", "clubs").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        "how many of the ppl executed were juveniles",
        # a group the entry counts (34 NGOs), a word no lexicon holds: no breakdown given
        "how many of the ngos were iranian?",
        # said only inside a name ("Amnesty International"): of no part of the 34
        "how many of the ngos are international",
        # a kind counted again, qualified by what the sources never say of them
        "how many of the signatories are iranian diaspora groups",
    ],
)
def test_the_shipped_faq_gives_no_figure_for_what_the_counted_were_said_to_be(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full"


# -- whether someone asks for something: "are they calling for X (too)?" ---------------------------


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("are they calling for a museum at the lighthouse?", "museum"),
        ("so do the notes want a new ferry too", "ferry"),
        # an emoji or a zero-width space is no other script: the English rule still reads it
        ("are they calling for a museum at the lighthouse? 🙂", "museum"),
        ("are they calling for a museum at the lighthouse?\u200b", "museum"),
        # a claim to check that they ask for it: read as "do the notes call for a museum?"
        ("someone said the notes call for a museum, is that right?", "museum"),
        ("a journalist said the keeper wants a new ferry, is that true?", "ferry"),
        # ... however the check is put: ", true?", a past tense, no "that", no one who said it
        ("i read that the notes call for a museum, true?", "museum"),
        ("someone said the notes called for a museum, is that right?", "museum"),
        ("i heard the keeper is calling for a new ferry, true?", "ferry"),
        ("the notes want a museum right?", "museum"),
        ("ok so the keeper demands a new ferry, correct?", "ferry"),
    ],
)
def test_a_request_the_sources_never_mention_is_partial_on_a_made_up_faq(made_up, question, term):
    check = made_up.scope.check(question, "lighthouse")
    assert [(u.term, u.gap) for u in check.uncovered] == [(term, Gap.MENTION)]


@pytest.mark.parametrize(
    "question",
    [
        "are they calling for a brighter lamp?",  # the notes speak of the lamp
        "are they asking for a museum, a lamp, or something else?",  # alternatives: one is said
        "someone said the notes call for a brighter lamp, is that right?",  # a claim of what they speak of
        "the notes call for a brighter lamp, right?",
        "i read that the notes call for a museum, true? and what else do they want?",  # asks more
    ],
)
def test_a_request_the_sources_speak_of_or_not_a_yes_no_is_not_read_on_a_made_up_faq(made_up, question):
    check = made_up.scope.check(question, "lighthouse")
    assert not [u for u in check.uncovered if u.gap is Gap.MENTION], question


@pytest.mark.parametrize(
    "question",
    [
        "are they calling for sanctions on iran too?",
        "are they calling for sanctions too? 🙂",
        "a journalist said the letter calls for sanctions, is that right?",
        "i read that the ngos want sanctions, true?",
        "my professor said the letter called for sanctions, is that right?",
        "i heard the ngos are calling for sanctions, true?",
        "the ngos want sanctions right?",
        "ok so the letter demands sanctions, correct?",
    ],
)
def test_the_shipped_faq_does_not_answer_whether_the_ngos_want_sanctions_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full" and (reply.caveat is None or "sanctions" in reply.caveat)


# -- what the asker can do: "how can i help free them", "how do i get in touch" ---------------------


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("how can i help the bees survive the winter?", "how can i help the bees survive the winter"),
        ("ok so how do i get in touch w the keeper", "how do i get in touch w the keeper"),
        ("what can we do to help, anything?", "what can we do to help"),
        # those the asker speaks for or among
        ("how can my organisation sign the petition", "how can my organisation sign the petition"),
        ("how can people visit the lighthouse?", "how can people visit the lighthouse"),
    ],
)
def test_the_askers_own_course_of_action_is_read_as_asked(question, clause):
    assert _shapes_en.own_action(question) == clause


@pytest.mark.parametrize(
    ("clause", "verb"),
    [
        ("how can i personally visit the lighthouse", "visit"),  # an adverb is no doing
        ("how can my group sign the petition", "sign"),
        ("what can we do to help", "help"),
        ("how can i apply for a tour", "apply"),  # "-ly", but a verb
    ],
)
def test_the_doing_asked_is_the_verb_after_the_subject(clause, verb):
    assert _shapes_en.own_action_verb(clause) == verb


@pytest.mark.parametrize(
    "question",
    [
        "how do i know this is true",
        "how can i tell if the lamp is lit",
        "how do bees find flowers",
        "is the keeper on the list? how do i check which ones are",
    ],
)
def test_what_the_asker_can_learn_or_what_others_do_is_not_a_course_of_action(question):
    assert _shapes_en.own_action(question) is None


def test_a_course_of_action_is_not_answered_in_full_by_an_entry_that_gives_none_on_a_made_up_faq(made_up):
    check = made_up.scope.check("how can i help the bees survive the winter", "bees")
    assert [(u.term, u.gap) for u in check.uncovered] == [("how can i help the bees survive the winter", Gap.UNSAID)]


def test_an_entry_that_tells_the_reader_what_to_do_answers_it(tmp_path, config):
    entry = madeup.Entry(
        "visits",
        "Can I visit the lighthouse?",
        (
            "lighthouse visits",
            "how can i visit the lighthouse",
            "opening hours of the lighthouse",
            "is the lighthouse open to visitors",
            "lighthouse tours",
            "can tourists go up the lighthouse",
            "lighthouse entry",
            "guided tour of the lighthouse",
            "visiting the old light",
            "lighthouse tickets",
        ),
        "According to the notes, visitors may climb the lighthouse on Sundays.",
        "Visitors may climb the lighthouse on Sundays.",
    )
    engine = madeup.island_with(tmp_path, "\nVisitors may climb the lighthouse on Sundays.\n", [entry], config.matching)
    assert not [
        u for u in engine.scope.check("how do i visit the lighthouse", "visits").uncovered if u.gap is Gap.UNSAID
    ]
    # ... but not another doing about the same thing, which its notes never give
    check = engine.scope.check("how can i book a tour of the lighthouse?", "visits")
    assert [(u.term, u.gap) for u in check.uncovered] == [("how can i book a tour of the lighthouse", Gap.UNSAID)]
    # ... whoever the asker speaks for
    check = engine.scope.check("how can my school book a tour of the lighthouse?", "visits")
    assert [(u.term, u.gap) for u in check.uncovered] == [
        ("how can my school book a tour of the lighthouse", Gap.UNSAID)
    ]


def test_an_entry_asked_how_to_do_a_thing_answers_it_though_its_notes_never_use_the_word(tmp_path, config):
    entry = madeup.Entry(
        "log",
        "How do I cite the keeper's log?",
        (
            "keeper's log",
            "how should i cite the keeper's log",
            "citing the log",
            "who wrote the log",
            "log entries",
            "the lighthouse log",
            "what is in the log",
            "log of the keeper",
            "keeper's notes",
            "quoting the log",
        ),
        "According to the notes, the log is kept by the keeper and was published in 1990.",
        "The log is kept by the keeper and was published in 1990.",
    )
    engine = madeup.island_with(
        tmp_path, "\nThe log is kept by the keeper and was published in 1990.\n", [entry], config.matching
    )
    for question in ("how do i cite the keeper's log", "how can i personally cite the log"):
        assert engine.scope.check(question, "log").scope is Scope.FULL, question
    # ... not another doing: "copy" is neither said nor asked
    assert engine.scope.check("how can i copy the keeper's log", "log").scope is not Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        "how can i help free the detained human rights defenders",
        # an entry one phrasing of which asks how to contact the signatories: not how to sign
        "how can i sign the letter?",
        "how do i get in touch w the orgs that signed",
        "how can my organisation sign the letter",
        "how can my group sign the letter",
        "how can i personally sign the letter",
    ],
)
def test_the_shipped_faq_does_not_answer_the_askers_own_course_of_action_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the FAQ's own phrasings, and rewordings of them: the entry is asked how to do it
        ("how do i attribute the bahreini quotes", "raha-bahreini"),
        ("how should i attribute bahreini's quotes", "raha-bahreini"),
        ("how can i contact the signing groups, what are they called", "who-signed"),
        ("how can i personally contact the signatories", "who-signed"),
    ],
)
def test_the_shipped_faq_answers_a_course_of_action_an_entry_is_asked(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == entry_id and reply.scope == "full"


# -- a time before the recent span the sources tell of: "before last year" -------------------------


def test_a_time_before_the_span_an_entry_tells_of_is_partial_on_a_made_up_faq(made_up):
    # the notes tell of "the last century", and of nothing before it
    check = made_up.scope.check("did the volcano erupt before the last century", "volcano")
    assert [(u.term, u.gap) for u in check.uncovered] == [("before the last century", Gap.EARLIER)]
    assert made_up.scope.check("did the volcano erupt in the last century", "volcano").scope is Scope.FULL


def test_an_entry_that_gives_a_year_may_tell_of_the_time_before_last_year_on_a_made_up_faq(made_up):
    # the lighthouse was automated in 1985: a year the question's time may include
    assert not made_up.scope.check("was the lamp flashing before last year", "lighthouse").uncovered


def test_the_shipped_faq_does_not_tell_of_cooperation_before_the_past_year_in_full(engine):
    reply = engine.ask("did iran ever cooperate with the un on human rights before last year")
    assert reply.scope != "full"
    assert engine.ask("has iran cooperated with the un in the past year").scope == "full"


# -- one person's own doing: "who personally ...", "... personally?" ------------------------------


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("who personally repaired the lamp", "who personally repaired the lamp"),
        ("who fixed it, like was it the mayor personally?", "was it the mayor personally"),
    ],
)
def test_a_doing_of_ones_own_is_read_as_asked(question, clause):
    assert _shapes_en.in_person(question) == (clause, "personally")


@pytest.mark.parametrize(
    "question", ["do you personally think the lamp is bright", "how can i personally help the bees"]
)
def test_the_askers_or_the_bots_own_is_not_read_so(question):
    assert _shapes_en.in_person(question) is None


def test_one_persons_own_doing_is_partial_of_an_entry_that_names_no_one_on_a_made_up_faq(made_up):
    check = made_up.scope.check("who personally automated the lighthouse", "lighthouse")
    assert [(u.term, u.gap) for u in check.uncovered] == [("who personally automated the lighthouse", Gap.UNSAID)]


def test_the_shipped_faq_does_not_say_who_personally_drafted_the_letter(engine):
    assert engine.ask("who personally drafted the letter").scope != "full"
    # a phrasing asks the organisations "named individually": its authors say it answers that
    assert engine.ask("can you list the signatories individually").scope == "full"


# -- "what <things> <do something>": which of them, as "which <things>" asks ------------------------


def test_what_things_do_something_asks_which_ones_on_a_made_up_faq(made_up):
    check = made_up.scope.check("what birds nest at the lighthouse?", "lighthouse")
    assert [(u.term, u.gap) for u in check.uncovered] == [("what birds", Gap.UNSAID)]
    check = made_up.scope.check("what birds on the island nest at the lighthouse?", "lighthouse")
    assert [u.term for u in check.uncovered] == ["what birds"]
    # the notes say the flowers: what they say of them answers it
    assert made_up.scope.check("what flowers attract the bees", "bees").scope is Scope.FULL


def test_the_shipped_faq_does_not_name_the_laws_that_discriminate_against_women(engine):
    reply = engine.ask("what laws in iran discriminate against women?")
    assert reply.scope != "full" and "laws" in (reply.caveat or "laws")


# -- what changed, asked of a comparative: "what specifically got worse" ----------------------------


def test_what_got_worse_is_partial_of_sources_that_say_no_change_for_the_worse_on_a_made_up_faq(made_up):
    check = made_up.scope.check("what specifically got worse on the island after the eruptions?", "volcano")
    assert [(u.term, u.gap) for u in check.uncovered] == [
        ("what specifically got worse on the island after the eruptions", Gap.UNSAID)
    ]


def test_the_shipped_faq_does_not_say_what_got_worse(engine):
    assert engine.ask("what specifically got worse over the past year").scope != "full"


# -- who will do something, asked in the present or with "will": "which countries vote for it" -----


@pytest.mark.parametrize("question", ["which keepers will light the lamp", "which keepers light the lamp"])
def test_which_things_do_or_will_do_something_is_read_by_its_verb_on_a_made_up_faq(made_up, question):
    check = made_up.scope.check(question, "lighthouse")
    assert [u.term for u in check.uncovered] == [question]


@pytest.mark.parametrize("question", ["which countries vote for it", "which countries will vote for it"])
def test_the_shipped_faq_does_not_say_which_countries_vote_for_the_resolution(engine, question):
    assert engine.ask(question).scope != "full"


# -- a doing asked with its cause: "has X changed anything because of Y" --------------------------


def test_a_doing_with_its_cause_is_read_as_a_causative():
    [predicate] = predicates.english("has iran ever actually changed anything because of these resolutions?")
    assert (predicate.word, predicate.caused) == ("changed", True)
    [predicate] = predicates.english("has iran ever changed anything?")
    assert not predicate.caused


def test_a_doing_with_its_cause_only_a_phrasing_asks_is_no_full_answer_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_rephrased(
        tmp_path, "lighthouse", "- lighthouse lamp", "- did the lamp ever stop", config.matching
    )
    # the phrasing says people ask whether it stopped; the notes never say it did, let alone why
    assert engine.scope.check("did the lamp ever stop?", "lighthouse").scope is Scope.FULL
    check = engine.scope.check("has the lamp ever stopped because of the storms?", "lighthouse")
    assert [u.gap for u in check.uncovered] == [Gap.WHETHER]
    # "after" the storms: whether they were followed by it, which the notes never say either
    check = engine.scope.check("has the lamp ever stopped after one of the storms?", "lighthouse")
    assert [u.gap for u in check.uncovered] == [Gap.WHETHER]
    # an effect the notes state is answered, whatever its cause
    assert engine.scope.check("was the lighthouse automated because of the storms?", "lighthouse").scope is Scope.FULL


def test_the_shipped_faq_does_not_say_iran_changed_anything_because_of_a_resolution(engine):
    reply = engine.ask("has iran ever actually changed anything because of one of these resolutions?")
    assert reply.scope != "full"
    reply = engine.ask("has iran ever changed anything after one of these non-binding resolutions")
    assert reply.scope != "full"
