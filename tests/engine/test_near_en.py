"""English near-topic shapes (issue #11) read from what the entry says: a party's own reason, a
prediction, a later term, a time before a name, another party's act, a connection, and what "the
<role>" does. Each on the made-up island FAQ (tests/madeup.py) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

_HARBOUR = madeup.Entry(
    "harbour",
    "What did the mayor promise for the harbour?",
    (
        "harbour promises",
        "mayor and the harbour",
        "was the mayor re-elected",
        "what does the mayor's re-election mean for the harbour",
        "harbour repairs",
        "who must repair the pier",
        "mayor second term harbour",
        "pier repairs promised",
        "the council's duty",
        "what did she promise",
    ),
    "The notes say the mayor's re-election reinforces the council's duty to repair the pier, as she promised.",
    "The mayor's re-election reinforces the council's duty to repair the pier, as she promised.",
)


@pytest.fixture
def harbour(tmp_path, config):
    notes = "\nThe mayor's re-election reinforces the council's duty to repair the pier, as she promised.\n"
    return madeup.island_with(tmp_path, notes, [_HARBOUR], config.matching)


@pytest.mark.parametrize(
    ("question", "entry_id", "term", "gap"),
    [
        # a party's own reason, of notes that give none
        (
            "what reason does the keeper give for automating the lighthouse",
            "lighthouse",
            "what reason does the keeper give",
            Gap.UNSAID,
        ),
        # the charge stated by the authorities, of notes that state none
        (
            "what is the keeper officially accused of",
            "lighthouse",
            "what is the keeper officially accused of",
            Gap.UNSAID,
        ),
        # a prediction of what the notes never say will be
        ("will the volcano actually erupt again", "volcano", "the volcano will erupt again", Gap.WHETHER),
        ("what will the keeper do if the lamp breaks", "lighthouse", "what will the keeper do", Gap.UNSAID),
        ("is the volcano likely to erupt again", "volcano", "the volcano will erupt again", Gap.WHETHER),
        # the reason in the party's own words
        (
            "why does the keeper say he automated the lighthouse",
            "lighthouse",
            "why does the keeper say he automated the lighthouse",
            Gap.UNSAID,
        ),
        ("how does the keeper explain automating it", "lighthouse", "how does the keeper explain", Gap.UNSAID),
        # a time before someone the notes never name
        ("did the lamp flash more often before mcallister?", "lighthouse", "before mcallister", Gap.EARLIER),
        # a connection with something the notes never speak of
        ("can you link the eruptions to the bees?", "volcano", "the bees", Gap.MENTION),
        # what "the <role>" does, of notes that speak of no one such
        ("what does the volcanologist do", "volcano", "volcanologist", Gap.DESCRIPTION),
    ],
)
def test_a_near_topic_shape_gets_its_caveat_on_a_made_up_faq(made_up, question, entry_id, term, gap):
    check = made_up.scope.check(question, entry_id)
    assert [(u.term, u.gap) for u in check.uncovered] == [(term, gap)], question
    assert made_up.ask(question).scope != "full"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # "still flashes its lamp": what is still so is what the notes can say of what will be
        ("will the lighthouse keep flashing", "lighthouse"),
        # both things linked are in the notes; "link" is no web address either
        ("can you link the lamp to the keeper's notes?", "lighthouse"),
        # "the lighthouse" is one thing the notes tell of, not a role
        ("what does the lighthouse do", "lighthouse"),
        # a party the notes say
        ("did any eruptions destroy the village", "volcano"),
    ],
)
def test_what_the_notes_do_say_stays_in_full_on_a_made_up_faq(made_up, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert not any(u.gap in (Gap.UNSAID, Gap.EARLIER, Gap.DESCRIPTION) for u in check.uncovered), question
    if question.startswith(("will", "can", "what")):
        assert check.scope is Scope.FULL, question


def test_a_later_term_and_another_party_are_read_from_the_entry(harbour):
    check = harbour.scope.check("did the mayor repair the pier in her second term?", "harbour")
    assert [(u.term, u.gap) for u in check.uncovered] == [("in her second term", Gap.LATER)]
    check = harbour.scope.check("did the mayor repair the pier after she was re-elected?", "harbour")
    assert [(u.term, u.gap) for u in check.uncovered] == [("after she was re-elected", Gap.LATER)]
    check = harbour.scope.check("did any fishermen repair the pier", "harbour")
    assert [(u.term, u.gap) for u in check.uncovered] == [("any fishermen", Gap.MENTION)]
    # a duty is no prediction: the notes say what should be done, not that she will
    check = harbour.scope.check("will the mayor really repair the pier", "harbour")
    assert [(u.term, u.gap) for u in check.uncovered] == [("the mayor will repair the pier", Gap.WHETHER)]
    # what the notes do say: the re-election and the promise
    assert harbour.scope.check("what does the mayor's re-election mean for the harbour", "harbour").scope is Scope.FULL


def _council_vote(tmp_path, config):
    """The island with notes that say what the council will do: "will vote on the breakwater"."""
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
    notes = "\nThe council will vote on the breakwater in May.\n"
    return madeup.island_with(tmp_path, notes, [entry], config.matching)


def test_a_future_the_notes_state_answers_what_will_be(tmp_path, config):
    engine = _council_vote(tmp_path, config)
    assert engine.scope.check("what will the council do about the breakwater", "council-vote").scope is Scope.FULL
    check = engine.scope.check("what will the harbour master do about the breakwater", "council-vote")
    assert check.scope is Scope.PARTIAL


def test_an_outcome_the_notes_predict_answers_whether_the_event_brings_it(tmp_path, config):
    entry = madeup.Entry(
        "clear-message",
        "What will the plan's vote do?",
        (
            "plan vote",
            "vote on the plan",
            "council and the plan",
            "message to the fishermen",
            "what does the vote mean",
            "what message would the vote send",
            "why vote for the plan",
            "council plan decision",
            "fishermen and the plan",
            "does a yes vote send a clear message",
        ),
        "The notes say that by voting for the plan, the council will send a clear message to the fishermen.",
        "By voting for the plan, the council will send a clear message to the fishermen.",
    )
    notes = "\nBy voting for the plan, the council will send a clear message to the fishermen.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    # the event the notes say brings the outcome about, named as its subject
    for question in (
        "will the plan send a clear message to the fishermen",
        "will the vote send a clear message",
        "will a yes vote send a clear message to the fishermen",  # "vote" a noun before "send"
    ):
        assert engine.scope.check(question, "clear-message").scope is Scope.FULL, question
    # the message's receiver as its sender; an outcome the notes never predict
    for question, term in (
        ("will the fishermen send a clear message", "the fishermen will send a clear message"),
        ("will a yes vote change anything", "a yes vote will change anything"),
    ):
        check = engine.scope.check(question, "clear-message")
        assert [(u.term, u.gap) for u in check.uncovered] == [(term, Gap.WHETHER)], question


@pytest.mark.parametrize(
    "question",
    [
        "will iran send a strong signal",  # the signal's receiver, not what sends it
        "did any governments co-sign or endorse the ngos letter",
        "did any governments sign it too, or just ngos",
        "what reason does iran give for refusing the visas",
        "was iran cooperating better with the un before rouhani",
        "will rouhani actually keep his promises in his second term",
        "did rouhani keep his promises in his second term?",
        "what will iran do if the resolution passes",
        "what does the special rapporteur do?",
        "what are the detained activists officially charged with",
        "can you link the executions to rouhani's second term?",
        # the reason in the party's own words, a prediction asked with "going/likely to", and
        # the term a re-election opens
        "why does iran say it refuses the visas",
        "how does tehran explain refusing the visas",
        "is rouhani likely to keep his promises",
        "did rouhani keep his promises after he was re-elected",
    ],
)
def test_the_shipped_faq_gives_no_full_answer_to_a_near_topic_shape(engine, question):
    assert engine.ask(question).scope != "full", question


@pytest.mark.parametrize(
    "question",
    [
        # "iran still refuses to issue visas": its course now answers what it will do
        "will iran issue a visa to the special rapporteur",
        "will tehran hand out visas to un investigators",
        "what does the letter say about rouhani's second term",
        # "by voting in favor of this resolution, the UN General Assembly will send a strong signal"
        "will the resolution send a strong signal to iran",
        "will the vote send a strong signal",
        "will a yes vote send a strong signal to iran",
    ],
)
def test_the_shipped_faq_still_answers_what_its_sources_say(engine, question):
    assert engine.ask(question).scope == "full", question


def test_a_future_the_notes_state_answers_whether_it_will_be(tmp_path, config):
    """ "Will the council vote on the breakwater" of notes saying "the council will vote on the
    breakwater": no "whether" caveat; a doing the notes never say will be keeps it."""
    engine = _council_vote(tmp_path, config)
    assert engine.scope.check("will the council vote on the breakwater", "council-vote").scope is Scope.FULL
    check = engine.scope.check("will the council ban the breakwater", "council-vote")
    assert check.scope is Scope.PARTIAL


def test_which_things_do_it_is_not_vouched_by_a_phrasing_asking_what_another_does(tmp_path, config):
    """A phrasing "which petition do the fishermen back" says the entry tells which petition,
    not which others back it: "which families are backing the petition" is not answered in full."""
    entry = madeup.Entry(
        "petition",
        "What does the fishermen's petition ask for?",
        (
            "which petition do the fishermen back",
            "what petition are the fishermen backing",
            "petition demands",
            "what do the fishermen want",
            "the fishermen's petition",
            "new pier petition",
            "what is the petition about",
            "what do they urge the council to do",
            "pier petition",
            "fishermen and the council",
        ),
        "The notes say the fishermen urged the council to support a petition for a new pier.",
        "The fishermen urged the council to support a petition for a new pier.",
    )
    notes = "\nThe fishermen urged the council to support a petition for a new pier.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    assert engine.scope.check("which families are backing the petition", "petition").scope is not Scope.FULL
    assert engine.scope.check("which petition do the fishermen back", "petition").scope is Scope.FULL


def test_the_shipped_faq_reads_which_countries_back_it_and_what_will_be(engine):
    # the NGOs urged states to back it; no source names a country backing it
    assert engine.ask("which countries are backing the resolution").scope != "full"
    assert engine.ask("which resolution do the ngos back").scope == "full"
    # "the UN General Assembly will send a strong signal": a future the sources state
    assert engine.ask("will the general assembly send a strong signal to iran").scope == "full"


def test_a_noun_sharing_a_verbs_stem_does_not_vouch_for_who_did_it(tmp_path, config):
    """ "Which organizations signed the petition" and "the fishermen's organizations" say who
    signed it, not who organized it: "who organized the petition" gets a caveat."""
    entry = madeup.Entry(
        "petition-signers",
        "Who signed the pier petition?",
        (
            "which organizations signed the petition",
            "who signed the petition",
            "petition signatories",
            "who is behind the petition",
            "how many organizations signed",
            "signers of the pier petition",
            "who put their name to the petition",
            "the petition's signers",
            "which groups signed it",
            "list of petition signers",
        ),
        "The notes say two fishermen's organizations signed the pier petition.",
        "Two fishermen's organizations signed the pier petition.",
    )
    notes = "\nTwo fishermen's organizations signed the pier petition.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    assert engine.scope.check("who organized the petition", "petition-signers").scope is not Scope.FULL
    assert engine.scope.check("who signed the petition", "petition-signers").scope is Scope.FULL


def test_the_shipped_faq_does_not_read_organizations_as_who_organized(engine):
    assert engine.ask("who organised the coalition of ngos, who took the lead").scope != "full"
    assert engine.ask("which organisations signed the letter").scope == "full"


def test_a_party_the_entry_counts_answers_whether_any_of_them_did(tmp_path, config):
    entry = madeup.Entry(
        "pier-repair",
        "Who repaired the pier?",
        (
            "pier repair",
            "how many groups repaired the pier",
            "who fixed the pier",
            "pier volunteers",
            "number of organizations on the pier",
            "when was the pier repaired",
            "pier work",
            "repairs to the pier",
            "was the pier fixed",
            "who worked on the pier",
        ),
        "The notes say 12 volunteer organizations repaired the pier.",
        "Twelve volunteer organizations repaired the pier in 2003.",
    )
    notes = "\nTwelve volunteer organizations repaired the pier in 2003.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    # counted by the entry in its own spelling, or by a phrasing asking how many
    for question in ("did any organisations repair the pier", "did any groups repair the pier"):
        assert engine.scope.check(question, "pier-repair").scope is Scope.FULL, question
    check = engine.scope.check("did any fishermen repair the pier", "pier-repair")
    assert [(u.term, u.gap) for u in check.uncovered] == [("any fishermen", Gap.MENTION)]


@pytest.mark.parametrize(
    "question",
    ["did any organisations sign the letter", "did any groups sign the letter", "did any orgs sign the letter"],
)
def test_the_shipped_faq_answers_whether_any_of_the_groups_it_counts_signed(engine, question):
    # the 34 signatories are organisations: "how many groups wrote the letter" is a phrasing
    assert engine.ask(question).scope == "full", question


def test_which_thing_the_one_asked_requested_is_not_what_it_was_asked(tmp_path, config):
    """ "Which repair did the council request" of notes where the keeper urged the council: the
    council is the one asked, so what the keeper urged is no answer to what it requested."""
    entry = madeup.Entry(
        "keeper-asks",
        "What does the keeper ask the council to do?",
        (
            "keeper's request",
            "what the keeper wants",
            "keeper and the council",
            "what did the keeper urge",
            "pier repair request",
            "what does the keeper ask for",
            "keeper demands",
            "repair the pier request",
            "what should the council do",
            "keeper's appeal",
        ),
        "The notes say the keeper urged the council to repair the pier before winter.",
        "The keeper urged the council to repair the pier before winter.",
    )
    engine = madeup.island_with(tmp_path, "\n" + entry.quote + "\n", [entry], config.matching)
    assert engine.scope.check("which repair did the council request", "keeper-asks").scope is not Scope.FULL
    assert engine.scope.check("which repair did the keeper request", "keeper-asks").scope is Scope.FULL


def test_the_shipped_faq_does_not_answer_what_the_one_asked_requested(engine):
    assert engine.ask("which action did the un request from iran").scope != "full"
    assert engine.ask("which action did the signatories request from un member states?").scope == "full"


def test_a_named_party_the_notes_never_say_is_no_party_they_tell_of(tmp_path, config):
    """ "Did harbour rescue watch repair the pier": a party named in the notes' own words but its
    last, which a phrasing asking it does not make the notes say, nor does their saying they name
    no group; the groups they do speak of stay in full."""
    entry = madeup.Entry(
        "pier-rescue",
        "Who repaired the pier?",
        (
            "pier repair",
            "who fixed the pier",
            "did harbour rescue watch repair it",
            "pier volunteers",
            "when was the pier repaired",
            "pier work",
            "repairs to the pier",
            "was the pier fixed",
            "who worked on the pier",
            "names of the groups",
        ),
        "The notes say harbour rescue groups repaired the pier. They do not name the groups.",
        "Harbour rescue groups repaired the pier in 2003.",
    )
    notes = "\nHarbour rescue groups repaired the pier in 2003.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    check = engine.scope.check("did harbour rescue watch repair the pier", "pier-rescue")
    assert [(u.term, u.gap) for u in check.uncovered] == [("harbour rescue watch", Gap.MENTION)]
    for question in ("did the harbour rescue groups repair the pier", "did harbour rescue groups fix the pier"):
        check = engine.scope.check(question, "pier-rescue")
        assert not any(u.gap is Gap.MENTION for u in check.uncovered), question
    # ... reworded: a participle after "has", a greeting first, a name typed
    # in capitals with "without" in it
    for question, term in (
        ("has harbour rescue watch repaired the pier", "harbour rescue watch"),
        ("so did harbour rescue watch repair the pier", "harbour rescue watch"),
        ("did harbour rescue watch co-repair the pier", "harbour rescue watch"),
        ("did Divers Without Boats repair the pier", "Divers Without Boats"),
    ):
        check = engine.scope.check(question, "pier-rescue")
        assert [(u.term, u.gap) for u in check.uncovered] == [(term, Gap.MENTION)], question
    # ... while words describing whom it asks of are no name ("volunteers" is no body's name)
    for question in ("did the harbour rescue volunteers repair the pier", "did harbour rescue divers fix it"):
        check = engine.scope.check(question, "pier-rescue")
        assert not any(u.gap is Gap.MENTION for u in check.uncovered), question


@pytest.mark.parametrize(
    "question", ["did human rights watch sign the letter", "did human rights watch co-sign the ngos letter?"]
)
def test_the_shipped_faq_does_not_answer_in_full_whether_a_group_it_never_names_signed(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full" and "human rights watch" in (reply.caveat or "").casefold(), reply.caveat
    assert "watched" not in reply.caveat, reply.caveat  # ("co-sign" is no "watch" done)
    # ... a group it does name is answered, saying whether it is among the signatories
    assert engine.ask("did amnesty international sign the letter").scope == "full"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("has human rights watch signed the letter", "human rights watch"),
        ("did Reporters Without Borders sign the letter", "Reporters Without Borders"),
    ],
)
def test_the_shipped_faq_reads_a_reworded_question_of_a_group_it_never_names(engine, question, term):
    reply = engine.ask(question)
    assert reply.scope != "full" and term in (reply.caveat or ""), reply.caveat


@pytest.mark.parametrize(
    "question",
    [
        "did the un human rights investigators visit iran",
        "did the un human rights envoys visit iran",
        "did the human rights advocates sign the letter",
    ],
)
def test_the_shipped_faq_answers_a_question_describing_whom_it_tells_of(engine, question):
    assert engine.ask(question).scope == "full", question


def test_every_one_of_a_count_the_notes_name_none_of_is_not_answered(tmp_path, config):
    """ "List all 12 groups", "which 12 groups repaired it": every one of them, which notes that
    say they name none cannot give; "names of the 12 groups" and "can you list the groups" are
    answered with that they name none."""
    entry = madeup.Entry(
        "pier-groups",
        "Who repaired the pier?",
        (
            "pier repair",
            "who fixed the pier",
            "which groups repaired the pier",
            "names of the groups",
            "how many groups repaired the pier",
            "pier work",
            "repairs to the pier",
            "was the pier fixed",
            "who worked on the pier",
            "list of the groups",
        ),
        "The notes say 12 groups repaired the pier in 2003. They do not name the groups.",
        "Twelve groups repaired the pier in 2003.",
    )
    notes = "\nTwelve groups repaired the pier in 2003.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    for question in ("list all 12 groups that repaired the pier", "which 12 groups repaired the pier"):
        check = engine.scope.check(question, "pier-groups")
        assert check.scope is Scope.PARTIAL and check.answers_nothing, question
    for question in ("names of the 12 groups", "can you list the groups that repaired the pier"):
        assert engine.scope.check(question, "pier-groups").scope is Scope.FULL, question


def test_list_all_of_an_entry_that_gives_the_whole_list_is_answered(tmp_path, config):
    """ "List all the repairs": the whole list, which an entry that gives it answers; only one
    saying its notes name none cannot give every one."""
    entry = madeup.Entry(
        "pier-repairs",
        "What repairs does the council plan?",
        (
            "planned repairs",
            "council repair plans",
            "what will the council repair",
            "repairs to the pier and the quay",
            "which repairs are planned",
            "what needs fixing",
            "deck repairs",
            "quay wall repairs",
            "is the quay to be mended",
            "repair list",
        ),
        "The notes say the council plans two repairs: the pier's deck and the quay wall.",
        "The council plans two repairs: the pier's deck and the quay wall.",
    )
    notes = "\nThe council plans two repairs: the pier's deck and the quay wall.\n"
    engine = madeup.island_with(tmp_path, notes, [entry], config.matching)
    for question in ("list all the repairs the council plans", "list every repair planned", "which two repairs"):
        assert engine.scope.check(question, "pier-repairs").scope is Scope.FULL, question


@pytest.mark.parametrize(
    "question",
    [
        "list all the concerns in the letter",
        "list every violation mentioned",
        "can u list all the problems the letter raises",
        "which two concerns does the letter list",
    ],
)
def test_the_shipped_faq_lists_all_of_a_list_it_gives(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "full" and reply.entry.id == "concerns-listed", question


@pytest.mark.parametrize(
    "question", ["can u list all 34 organizations that signed", "which 34 ngos signed the letter", "list all 34 ngos"]
)
def test_the_shipped_faq_does_not_list_every_one_of_the_34_as_if_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full" and not reply.answered, question
    assert "who-signed" in reply.result.suggestions, reply.result.suggestions
    # ... while "names of the 34 orgs" is answered with that the report names none
    assert engine.ask("names of the 34 orgs pls").scope == "full"


def _pier(reason: str) -> madeup.Entry:
    said = f"The harbour board has failed to repair the pier {reason}."
    return madeup.Entry(
        "pier",
        "Does the harbour board repair the pier?",
        (
            "pier repairs",
            "is the pier being repaired",
            "has the board repaired the pier",
            "board and the pier",
            "why is the board called negligent",
            "pier upkeep",
            "the pier in winter",
            "is the pier fixed",
            "pier maintenance",
            "what about the pier",
        ),
        f"The notes say the harbour board has failed to repair the pier {reason}.",
        said,
    )


@pytest.mark.parametrize(
    ("reason", "refused"),
    [
        # a purpose of the doing: why one would repair it, not why the board does not
        ("in order to protect the boats", True),
        # a cause said: why it does not is told
        ("because the budget ran out", False),
    ],
)
def test_why_a_party_refuses_a_doing_needs_a_reason_on_a_made_up_faq(tmp_path, config, reason, refused):
    faq = madeup.island_with(
        tmp_path, f"\nThe harbour board has failed to repair the pier {reason}.\n", [_pier(reason)], config.matching
    )
    for question in ("why does the harbour board refuse to repair the pier", "why won't the board repair the pier"):
        terms = [u.term for u in faq.scope.check(question, "pier").uncovered]
        assert any(t.startswith("why") for t in terms) is refused, (question, terms)
        if refused:
            assert faq.ask(question).scope != "full", question


@pytest.mark.parametrize(
    "question",
    ["why does iran refuse to cooperate", "why won't iran cooperate with the un", "why doesn't iran cooperate"],
)
def test_the_shipped_faq_does_not_answer_why_iran_refuses_as_if_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == "un-cooperation" and reply.scope == "partial", question


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("why are the ngos calling iran non-cooperative", "un-cooperation"),
        # no party's cause asked: what is missing, which the entry tells
        ("if these 34 groups are legit why doesnt anyone name them? which ones are they?", "who-signed"),
    ],
)
def test_the_shipped_faq_still_answers_a_why_of_no_refusal_in_full(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == entry_id and reply.scope == "full"


@pytest.mark.parametrize(
    ("said", "caveat"),
    [
        # a time told only relative to the notes: no date of it
        ("The mayor's recent re-election reinforces the council's duty to repair the pier.", True),
        # the year said: the date asked is given
        ("The mayor's recent re-election in 2019 reinforces the council's duty to repair the pier.", False),
    ],
)
def test_when_of_what_the_notes_call_recent_needs_a_date_on_a_made_up_faq(tmp_path, config, said, caveat):
    entry = madeup.Entry(
        "mayor",
        "What does the mayor's re-election mean for the pier?",
        (
            "mayor re-election",
            "mayor and the pier",
            "what does the re-election mean",
            "the council's duty",
            "pier and the mayor",
            "mayor second term",
            "re-elected mayor",
            "council duty pier",
            "mayor pier promise",
            "the mayor's new term",
        ),
        f"The notes say: {said}",
        said,
    )
    faq = madeup.island_with(tmp_path, f"\n{said}\n", [entry], config.matching)
    for question in ("when exactly was the mayor re-elected", "on what date was the mayor reelected"):
        terms = [u.term for u in faq.scope.check(question, "mayor").uncovered]
        assert any("when" in t or "date" in t for t in terms) is caveat, (question, terms)


def test_the_shipped_faq_gives_no_date_of_a_recent_re_election_as_if_in_full(engine):
    reply = engine.ask("when exactly was rouhani re-elected")
    assert reply.scope != "full" or reply.entry is None
    assert engine.ask("when was the letter sent").scope == "full"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("will the lighthouse keep flashing next year", "lighthouse"),
        ("will the lighthouse still flash its lamp in the coming years?", "lighthouse"),
    ],
)
def test_what_will_be_at_a_time_after_the_notes_is_not_answered_in_full_on_a_made_up_faq(made_up, question, entry_id):
    """ "Still flashes its lamp" tells what will be, not what will be next year: a time after the
    notes, which they do not reach."""
    check = made_up.scope.check(question, entry_id)
    assert Gap.LATER in [u.gap for u in check.uncovered], question
    assert made_up.ask(question).scope != "full", question


def test_the_asker_s_own_plan_for_next_week_is_no_time_asked_on_a_made_up_faq(made_up):
    question = "I will explain the lighthouse to my class next week, does it still flash its lamp?"
    check = made_up.scope.check(question, "lighthouse")
    assert Gap.LATER not in [u.gap for u in check.uncovered]


@pytest.mark.parametrize(
    "question",
    [
        "will the human rights situation in iran get better next year?",
        "will iran start cooperating with the un in the near future",
    ],
)
def test_the_shipped_faq_does_not_answer_what_will_be_next_year_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.scope != "full", question


_PETITION_ASKS = madeup.Entry(
    "petition-asks",
    "What does the fishers' petition ask the council for?",
    (
        "what do the fishers want",
        "what is the petition asking for",
        "do they want a tax on tourists",
        "are they asking for a tax or a repair",
        "what does the petition demand",
        "what do the fishers ask the council to do",
        "does the petition call for a tax on tourists",
        "what is the point of the petition",
        "which repairs do they ask for",
        "what are they asking the council",
    ),
    "The notes say the fishers' petition asks the council to repair the pier before the winter storms.",
    "The fishers' petition asks the council to repair the pier before the winter storms.",
)


@pytest.fixture
def petition_asks(tmp_path, config):
    notes = "\nThe fishers' petition asks the council to repair the pier before the winter storms.\n"
    return madeup.island_with(tmp_path, notes, [_PETITION_ASKS], config.matching)


def test_which_things_of_a_kind_the_notes_never_say_there_are_is_not_answered(petition_asks):
    """ "What taxes are on tourists": phrasings asking whether they want a tax say only that
    people ask it; the notes tell of no tax, so the entry is offered, not given as the answer."""
    check = petition_asks.scope.check("what taxes are on tourists", "petition-asks")
    assert [(u.term, u.gap) for u in check.uncovered] == [("taxes", Gap.MENTION)]
    assert petition_asks.ask("what taxes are on tourists").scope is None
    # one the notes say, or one a phrasing asks which of, is what the entry tells
    for question in ("what repairs are on the pier", "what storms are on the way"):
        check = petition_asks.scope.check(question, "petition-asks")
        assert Gap.MENTION not in [u.gap for u in check.uncovered], question


def test_the_shipped_faq_does_not_answer_which_sanctions_there_are(engine):
    reply = engine.ask("what sanctions are on iran")
    assert reply.scope is None
    groups = engine.ask("what groups are on the letter besides amnesty")
    assert groups.entry is not None and groups.entry.id == "who-signed" and groups.scope == "full"
