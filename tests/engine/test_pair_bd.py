"""Questions of pair BD (eval127, eval128, eval-fa124, eval-fa125, written at 00:56 UTC on
2026-12-08, measured once at 8f5dff21), each rule checked on a made-up FAQ and on the shipped one.

- "explain the letter in simple terms" was refused: "the letter" named one thing of the world, as
  "the un" does, though a kind of document that the whole FAQ is about names the thing at hand
  (`Engine._documents_at_hand`).
- "what's the main point of what these organisations are doing re iran" was refused: "doing" asks
  what they do, as "trying to do" does, and a noun asking the gist lets the overview's own words
  name the whole when no entry ranks well.
- "wats the point of voting for this resolution tbh" was refused: "wats" is chat for "what's".
- Two questions of someone's own story ("i voted for rouhani back then hoping for change... did
  the letter say his first term brought any reforms?") had the caveat that the sources do not go
  back to "back then": a time in a clause in which the asker tells of themselves is asked nothing
  of (`_time_gaps.told_by_asker`).
- "what's the date of that letter amnesty's raha bahreini was talking about" was answered with
  the entry on Raha Bahreini: the reading that drops the words naming the letter ("the ngo
  letter") dropped "date of that" too (`fallback_rereadings._NOT_MODIFIERS`).
- "when did the 34 orgs write this thing" had the caveat that the sources do not say it: "orgs"
  is "organizations" clipped (`_check._clipped`).
"""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine import Reason, persian
from bot.engine.attributions import told_who
from bot.engine.scope import Gap

_OVERVIEW_FACT = "The coast news reports a petition from fishing cooperatives to the harbour board."
_DATE_FACT = "The cooperatives sent their petition to the board on 3 March."
_RULES_FACT = "The cooperatives' petition says the dredging must be in line with the harbour's safety rules."
_SOURCE = dataclasses.replace(
    madeup.PETITION_SOURCE, paragraphs=(*madeup.PETITION_SOURCE.paragraphs, _OVERVIEW_FACT, _DATE_FACT, _RULES_FACT)
)
OVERVIEW = madeup.Entry(
    "overview",
    "What is this about?",
    (
        "what is this faq about",
        "what is the petition about",
        "whats the petition all about",
        "summary of the petition",
        "what is this campaign",
        "tell me about this",
        "what is this for",
        "what's going on here",
        "what is this all about",
        "overview please",
    ),
    "According to the news, the fishing cooperatives petitioned the harbour board to dredge the harbour.",
    _OVERVIEW_FACT,
    source="petition",
)
SENT = madeup.Entry(
    "sent",
    "When was the petition sent?",
    (
        "when did the cooperatives send it",
        "date of the petition",
        "what day was it sent",
        "when was it handed in",
        "when did the board get the petition",
        "which month was it sent",
        "is the petition recent",
        "when is the petition from",
        "what date is on the petition",
        "when did they send the petition",
    ),
    "According to the news, the cooperatives sent their petition to the board on 3 March.",
    _DATE_FACT,
    source="petition",
)
RULES = madeup.Entry(
    "rules",
    "What should the dredging be in line with?",
    (
        "which rules apply to the dredging",
        "in line with what",
        "what standard must the dredging meet",
        "dredging rules",
        "safety rules for the dredging",
        "what rules must they follow",
        "is the dredging bound by rules",
        "which safety rules",
        "what must the dredging respect",
        "rules the dredging has to follow",
    ),
    "According to the news, the cooperatives' petition says the dredging must be in line with the harbour's safety rules.",
    _RULES_FACT,
    source="petition",
)
# (the cooperatives named by five of its eight entries: a word of the whole FAQ's subject)
PETITION = (
    *(
        dataclasses.replace(
            e, source="petition", phrasings=(*e.phrasings, "is the catch any better for the cooperatives")
        )
        if e.id == "catch"
        else dataclasses.replace(e, source="petition")
        for e in madeup.PETITION
    ),
    SENT,
    RULES,
)


@pytest.fixture(scope="module")
def petition(tmp_path_factory, config):
    """The dredging petition (news of a petition from 12 fishing cooperatives) with an overview."""
    return madeup.load_faq(tmp_path_factory.mktemp("petition"), _SOURCE, (*PETITION, OVERVIEW), config.matching)


def _answered(engine, question):
    reply = engine.ask(question)
    return (reply.entry.id if reply.answered else None), reply.caveat


@pytest.mark.parametrize(
    "question",
    [
        "explain the petition in simple terms",
        "can you explain the petition like im 5",
        "what are these cooperatives doing",
    ],
)
def test_the_document_the_faq_is_about_named_alone_gets_the_overview_on_a_made_up_faq(petition, question):
    reply = petition.ask(question)
    assert reply.answered and reply.entry.id == "overview" and not reply.partial, reply.result
    assert reply.result.reason is Reason.OVERVIEW


@pytest.mark.parametrize(
    "question",
    [
        "explain the harbour in simple terms",  # a thing of the world, not the document at hand
        "explain the council in simple terms",
        "what is the harbour board doing about trawlers",  # a thing of its own asked
    ],
)
def test_anything_else_named_alone_is_no_overview_question_on_a_made_up_faq(petition, question):
    reply = petition.ask(question)
    assert reply.result.reason is not Reason.OVERVIEW
    assert not (reply.answered and reply.entry.id == "overview")


@pytest.mark.parametrize(
    "question",
    [
        "explain the letter in simple terms",
        "explain the letter like im 5",
        "what's the main point of what these organisations are doing re iran",
        "what are these organisations doing",
    ],
)
def test_the_shipped_faq_answers_the_letter_explained_with_its_overview(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "question", ["explain the un in simple terms", "what is iran doing", "what's the main point of the resolution"]
)
def test_the_shipped_faq_does_not_give_its_overview_for_another_thing(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.entry.id == "campaign-overview"), reply.result


def test_wats_is_whats_on_a_made_up_faq_and_the_shipped_one(petition, engine):
    assert _answered(petition, "wats the catch like this season") == _answered(
        petition, "whats the catch like this season"
    )
    reply = engine.ask("wats the point of voting for this resolution tbh")
    assert reply.answered and reply.entry.id == "strong-signal" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "i fished here back then, has the catch improved over the past season?",
        "my dad fished here back then... has the catch improved over the past season?",
    ],
)
def test_a_time_in_the_askers_own_story_gets_no_caveat_on_a_made_up_faq(petition, question):
    assert _answered(petition, question) == ("catch", None)


@pytest.mark.parametrize("question", ["back then, was the catch better?"])
def test_a_time_asked_still_gets_its_caveat_on_a_made_up_faq(petition, question):
    entry, caveat = _answered(petition, question)
    assert entry == "catch" and caveat is not None and "back then" in caveat


@pytest.mark.parametrize(
    "question",
    [
        "ok so everyone in my family hyped rouhani as a reformer back then, did his first term actually bring any "
        "reform on human rights or was it all talk",
        "i voted for rouhani back then hoping for change... did the letter say his first term brought any reforms?",
    ],
)
def test_the_shipped_faq_answers_a_question_after_the_askers_story_in_full(engine, question):
    assert _answered(engine, question) == ("rouhani-first-term", None)


def test_the_shipped_faq_keeps_the_caveat_of_a_time_asked(engine):
    entry, caveat = _answered(engine, "did rouhani bring reforms back then?")
    assert entry == "rouhani-first-term" and caveat is not None and "back then" in caveat


def test_a_thing_of_the_document_is_not_its_name_on_a_made_up_faq(petition):
    # (a control: the made-up FAQ's entries say "of" and "that" too seldom for the old reading to
    # have taken them for words naming the petition; the shipped FAQ's test below fails without it)
    assert petition._without_document_names("what's the date of that petition") == "what's the date of that petition"
    entry, _ = _answered(petition, "what's the date of that petition the guild's lena ostrova was talking about")
    assert entry != "ostrova"


def test_the_shipped_faq_does_not_answer_the_date_of_the_letter_with_who_spoke_of_it(engine):
    entry, _ = _answered(engine, "what's the date of that letter amnesty's raha bahreini was talking about")
    assert entry != "raha-bahreini"
    assert _answered(engine, "what number does the ngo letter give for executions") == ("executions", None)


def test_a_clipped_word_for_the_subject_is_the_subject_on_a_made_up_faq(petition):
    # the entry on when it was sent names the "cooperatives"; "coops" is that word clipped, "boats" is not
    assert petition.scope.check("when did the coops send the petition", "sent").uncovered == ()
    assert petition.scope.check("when did the boats send the petition", "sent").uncovered != ()


def test_the_shipped_faq_reads_orgs_as_organizations(engine):
    assert _answered(engine, "when did the 34 orgs write this thing") == ("letter-date", None)


@pytest.mark.parametrize(
    "question", ["what should the dredging be consistent with", "what should the dredging be in keeping with"]
)
def test_consistent_with_is_in_line_with_on_a_made_up_faq(petition, question):
    assert _answered(petition, question) == ("rules", None)


@pytest.mark.parametrize(
    "question", ["what should the improvements be aligned with", "what should iran's improvements be in keeping with"]
)
def test_the_shipped_faq_reads_consistent_with_as_in_line_with(engine, question):
    assert _answered(engine, question) == ("treaty-obligations", None)


# -- "since when", in English, Persian and Finglish, of notes that give no start -------------------

NOTES = {
    "catch": (
        [
            "Has the catch improved?",
            "The notes say the catch has not improved in the past season.",
            "یادداشت‌ها می‌گویند صید در فصل گذشته بهتر نشده است.",
        ],
        [
            "is the catch better",
            "did fishing improve",
            "catch this season",
            "sayd behtar shode?",
            "when did the catch drop",
        ],
    ),
    "wall": (
        [
            "When did the council approve the wall?",
            "The notes say the council approved the wall on 3 March 2010, and it has stood since then.",
            "یادداشت‌ها می‌گویند شورا دیوار را در ۳ مارس ۲۰۱۰ تصویب کرد و از آن زمان پابرجاست.",
        ],
        ["when was the wall approved", "date of the wall vote", "wall approval"],
    ),
    "worries": (
        [
            "What worries the fishers?",
            "The notes say the fishers worry about the silt in the harbour and the price of fuel.",
            "یادداشت‌ها می‌گویند ماهیگیران نگران گل‌ولای بندر و قیمت سوخت هستند.",
        ],
        ["fishers' worries", "what concerns do the fishers have", "what are they worried about"],
    ),
}


@pytest.fixture(scope="module")
def notes():
    return madeup.notes_scope(NOTES)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("since when has the catch not improved", "since when"),
        ("since what year has the catch been bad", "since what year"),
        ("صید از کی بهتر نشده؟", "از کی"),
        ("صید از چه سالی بهتر نشده؟", "از چه سالی"),
        ("sayd az che sali behtar nashode?", "az che sali"),
    ],
)
def test_since_when_of_notes_that_give_no_start_gets_a_caveat_on_a_made_up_faq(notes, question, term):
    assert (term, Gap.UNSAID) in [(u.term, u.gap) for u in notes.check(question, "catch").uncovered]


@pytest.mark.parametrize("question", ["since when has the wall stood", "از کی دیوار پابرجاست؟"])
def test_since_when_of_notes_that_date_it_gets_none_on_a_made_up_faq(notes, question):
    assert not any(u.term in ("since when", "از کی") for u in notes.check(question, "wall").uncovered)


@pytest.mark.parametrize(
    "question",
    [
        "since when has iran not cooperated with the un",
        "ایران از چه سالی با سازمان ملل همکاری نمیکنه؟",
        "ایران از کی با سازمان ملل همکاری نمیکنه؟",
    ],
)
def test_the_shipped_faq_does_not_answer_since_when_in_full(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and not reply.partial), reply.result


# -- "about X too?" in Persian: what is asked to be mentioned -------------------------------------


def test_about_a_place_the_notes_never_name_gets_a_caveat_on_a_made_up_faq(notes):
    uncovered = notes.check("یادداشت‌ها درباره بندر کیش هم نگرانی مطرح کرده؟", "worries").uncovered
    assert [u.gap for u in uncovered] == [Gap.MENTION] and "کیش" in uncovered[0].term


@pytest.mark.parametrize(
    "question",
    ["یادداشت‌ها درباره قیمت سوخت هم نگرانی مطرح کرده؟", "یادداشت‌ها در مورد قیمت سوخت هم نگرانی مطرح کرده؟"],
)
def test_about_what_the_notes_say_stays_answered_on_a_made_up_faq(notes, question):
    assert notes.check(question, "worries").uncovered == ()


def test_the_shipped_faq_gives_the_caveat_of_a_prison_it_never_names(engine):
    reply = engine.ask("نامه درباره وضعیت زندان اوین هم نگرانی مطرح کرده؟")
    assert not reply.answered or (reply.partial and "اوین" in reply.caveat), reply.result
    assert engine.ask("نامه درباره بازداشت خودسرانه هم نگرانی مطرح کرده؟").caveat is None


def test_the_shipped_faq_reads_a_finglish_count_of_its_ngos_in_the_english_reading(engine):
    reply = engine.ask("darkhaste 34 ta sazman az General Assembly chie?")
    assert reply.answered and reply.entry.id == "what-they-ask" and not reply.partial, reply.result


# -- who the asker's relative is, after a greeting to all, with where they are ------------------


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "salam everyone, my cousin in tehran is a fisherman and im worried sick. does the news say anything about people like him?",
            "does the news say anything about fishermen?",
        ),
        (
            "hey all, my uncle is a lighthouse keeper back home and im honestly worried sick... is the lamp still lit?",
            "is the lamp still lit?",
        ),
        ("hi guys, my sister from bandar is a nurse, what did the council decide?", "what did the council decide?"),
    ],
)
def test_the_question_after_who_the_askers_relative_is_is_read_alone(message, asked):
    assert told_who(message) == asked


def test_a_relative_who_does_something_is_no_kind_of_person():
    # (told, not who they are: the message is read whole, as before)
    assert told_who("hey all, my cousin keeps saying the catch is bad. is it?") is None


@pytest.mark.parametrize(
    "question",
    [
        "hey all, my cousin is a trade unionist in tehran and im worried. does the letter say anything about who the "
        "authorities are arbitrarily detaining and for what reason?",
        "hey all, my cousin is a trade unionist back home and im honestly worried sick... does the letter say anything "
        "about what kinds of activists are getting detained and for what reason?",
        "salam everyone, my cousin in tehran is an environmental activist and im worried. does the NGO letter say "
        "anything about who gets arbitrarily detained and why?",
    ],
)
def test_the_shipped_faq_answers_the_question_after_the_askers_relative(engine, question):
    assert _answered(engine, question) == ("arbitrary-detention", None)


# -- "calling out": criticizing ---------------------------------------------------------------------

_CRITICIZED_FACT = "The cooperatives criticize the harbour board for letting silt close the channel."
CRITICIZED = madeup.Entry(
    "criticized",
    "What do the cooperatives criticize?",
    (
        "what do the cooperatives criticize the board for",
        "what are the cooperatives' complaints",
        "what is wrong according to the cooperatives",
        "criticism of the board",
        "what does the petition criticize",
        "what do they blame the board for",
        "complaints about the harbour board",
        "what failures does the petition point to",
        "why are the cooperatives unhappy with the board",
        "what did the board do wrong",
    ),
    "According to the news, the cooperatives criticize the harbour board for letting silt close the channel.",
    _CRITICIZED_FACT,
    source="petition",
)


@pytest.fixture(scope="module")
def criticized(tmp_path_factory, config):
    """The petition with an entry on what the cooperatives criticize."""
    source = dataclasses.replace(_SOURCE, paragraphs=(*_SOURCE.paragraphs, _CRITICIZED_FACT))
    return madeup.load_faq(tmp_path_factory.mktemp("criticized"), source, (*PETITION, CRITICIZED), config.matching)


@pytest.mark.parametrize(
    "question", ["what are the cooperatives calling out tbh", "what do they call out the board for"]
)
def test_calling_out_is_criticizing_on_a_made_up_faq(criticized, question):
    assert _answered(criticized, question) == ("criticized", None)


def test_calling_alone_is_not_criticizing_on_a_made_up_faq(criticized):
    assert _answered(criticized, "who are the cooperatives calling")[0] != "criticized"


def test_the_shipped_faq_reads_calling_out_as_criticizing(engine):
    assert _answered(engine, "what abuses are they calling out tbh") == ("concerns-listed", None)


# -- "kie" (who is it): Finglish -------------------------------------------------------------------


@pytest.mark.parametrize("question", ["name khetab be kie?", "in ghayegh male kie", "kie in adam?"])
def test_kie_marks_finglish(question):
    assert persian.language(question) == "fa-Latn"


def test_the_shipped_faq_answers_kie_in_finglish(engine):
    reply = engine.ask("name khetab be kie?")
    assert reply.answered and reply.entry.id == "who-signed" and not reply.partial, reply.result


# -- «طبق»: "in line with" before "which", "according to" before a source --------------------------

_QUAY_FACT = "The notes say the new quay must be built in line with the port's safety code."
QUAY_FA = madeup.Entry(
    "quay-rules",
    "What must the new quay be in line with?",
    (
        "which rules apply to the quay",
        "quay safety code",
        "in line with what must the quay be built",
        "what code must the quay follow",
        "rules for building the quay",
        "what standard must the quay meet",
        "is the quay bound by the safety code",
        "what must the builders respect",
        "quay building rules",
        "safety code of the port",
    ),
    "The notes say the new quay must be built in line with the port's safety code.",
    _QUAY_FACT,
    fa=madeup.Translation(
        "اسکله جدید باید مطابق چه چیزی ساخته شود؟",
        "طبق یادداشت‌ها، اسکله جدید باید مطابق مقررات ایمنی بندر ساخته شود.",
        (
            "اسکله جدید باید با چه قوانینی منطبق باشه",
            "مقررات ساخت اسکله",
            "اسکله رو باید مطابق چی بسازن",
            "قوانین ایمنی اسکله جدید",
            "ساخت اسکله باید با چه مقرراتی همخوانی داشته باشه",
        ),
    ),
)


_BUILT_FACT = "The notes say the council will build the new quay next spring."
QUAY_BUILT_FA = madeup.Entry(
    "quay-built",
    "When will the new quay be built?",
    (
        "when is the quay built",
        "new quay date",
        "when does building start",
        "is the quay being built",
        "when will they build the quay",
        "quay construction",
        "who builds the new quay",
        "is the new quay coming",
        "quay next spring",
        "building the new quay",
    ),
    "The notes say the council will build the new quay next spring.",
    _BUILT_FACT,
    fa=madeup.Translation(
        "اسکله جدید کی ساخته می‌شود؟",
        "طبق یادداشت‌ها، شورا اسکله جدید را بهار آینده می‌سازد.",
        (
            "اسکله جدید کی ساخته میشه",
            "ساخت اسکله جدید",
            "اسکله جدید رو کی میسازن",
            "اسکله جدید قراره ساخته بشه؟",
            "ساخته شدن اسکله جدید",
        ),
    ),
)


@pytest.fixture(scope="module")
def quay(tmp_path_factory):
    facts = f"\n{_QUAY_FACT}\n{_BUILT_FACT}\n{madeup.HARBOUR_BOATS_FACT}\n"
    return madeup.persian_island_with(
        tmp_path_factory.mktemp("quay"), facts, [QUAY_FA, QUAY_BUILT_FA, madeup.HARBOUR_BOATS]
    )


@pytest.mark.parametrize(
    "question", ["اسکله جدید طبق کدوم مقررات باید ساخته بشه؟", "اسکله جدید باید طبق چی ساخته بشه؟"]
)
def test_by_which_is_in_line_with_which_on_a_made_up_faq(quay, question):
    reply = quay.ask(question)
    assert reply.answered and reply.entry.id == "quay-rules" and not reply.partial, reply.result


def test_according_to_a_report_names_no_group_counted_on_a_made_up_faq(quay):
    # «طبق گزارش شورا»: who gives the count, not whose boats are counted
    check = quay.scope.check("تعداد قایق‌های بندر طبق گزارش شورا چنده؟", "boats")
    assert Gap.FIGURE not in [u.gap for u in check.uncovered], check


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ایران طبق کدوم تعهدات باید وضع حقوق بشر رو بهتر کنه؟", "treaty-obligations"),
        ("ایران طبق چه تعهداتی باید وضعیت حقوق بشر رو بهتر کنه؟", "treaty-obligations"),
        ("ایران طبق نامه به چی متعهده", "treaty-obligations"),
        ("آمار اعدام ایران طبق گزارش عفو بین‌الملل چنده؟", "executions"),
    ],
)
def test_the_shipped_faq_reads_tebgh_before_which_and_before_a_source(engine, question, entry):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry and not reply.partial, reply.result
