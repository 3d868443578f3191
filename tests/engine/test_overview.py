"""A question that asks only what all this is about, in other words than "what is this about?"
("what's the gist of all this?", "so what's the premise, in a nutshell?"), is answered with the entry
the FAQ answers "what is this about?" with, when it does so with confidence (Engine._by_overview,
Reason.OVERVIEW); a FAQ without such an entry refuses it as before, and a question that names
anything else ("the point of the lighthouse") is matched as any other."""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine import Reason

ASKING_THE_GIST = [
    "what's the gist of all this?",
    "so what's the point, then?",
    "whats the premise here",
    "what's the deal?",
    "whats the main goal",
]


@pytest.fixture(scope="module")
def with_overview(tmp_path_factory, config):
    """The made-up island FAQ with an entry that answers "what is this about?"."""
    return madeup.island_with(tmp_path_factory.mktemp("island") / "kb", "", [madeup.OVERVIEW], config.matching)


@pytest.mark.parametrize("question", ASKING_THE_GIST)
def test_asking_for_the_gist_gets_the_faq_s_own_overview(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.answered and reply.entry.id == "island-notes" and not reply.partial, reply.result
    assert with_overview.match(question).outcome.value != "answer"  # the ranking alone does not answer it


@pytest.mark.parametrize("question", ASKING_THE_GIST)
def test_a_faq_without_an_overview_entry_refuses_it_as_before(made_up, question):
    assert not made_up.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "what's the point of the lighthouse?",
        "what's the deal with the volcano",
        "what's the gist of the museum report",
        "the main point is clear",  # no question
    ],
)
def test_a_question_about_anything_else_is_no_overview_question(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.result.reason is not Reason.OVERVIEW
    assert not (reply.answered and reply.entry.id == "island-notes")


@pytest.mark.parametrize("question", ["what's the overall idea of all this?", "so what's the premise, in a nutshell?"])
def test_the_shipped_faq_answers_the_gist_with_its_overview(engine, question):
    assert not engine.match(question).answered  # the ranking alone does not answer it
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result


NOT_ASKING_THE_GIST = [
    "is there a point?",  # yes/no openers: whether there is one, not what it is
    "was that the main goal?",
    "does it have a goal?",
    "did it have a point?",
    "why is that the goal?",  # why, how, who, when, where: another fact of it
    "how is the goal?",
    "who is it about?",
    "when is the deal?",
    "where is the point?",
    "what's even the point",  # a doubt, not a request for the gist
]


@pytest.mark.parametrize("question", NOT_ASKING_THE_GIST)
def test_a_question_that_is_no_what_question_gets_no_overview(with_overview, engine, question):
    # (the made-up FAQ's overview entry may still be ranked for one: "who wrote the field notes")
    assert with_overview.ask(question).result.reason is not Reason.OVERVIEW
    reply = engine.ask(question)
    assert reply.result.reason is not Reason.OVERVIEW, reply.result
    assert not (reply.answered and reply.entry.id == "campaign-overview"), reply.result


@pytest.mark.parametrize("question", ["tldr?", "what is the gist?"])
def test_a_what_question_or_none_still_gets_the_overview(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result


def test_the_gist_of_the_faq_s_own_subject_by_name_gets_the_overview(with_overview, engine):
    """A gist question may name what the whole FAQ is about (words most entries and the overview
    entry say), never one entry's own subject."""
    subject = with_overview._faq_subject
    assert "note" in subject  # the notes: said by most entries and the overview
    assert "volcano" not in subject and "lighthouse" not in subject  # one entry's subject each
    reply = with_overview.ask("so whats the deal w these notes")
    assert reply.answered and reply.entry.id == "island-notes", reply.result
    assert with_overview.ask("what's the gist of the volcano notes").result.reason is not Reason.OVERVIEW
    reply = engine.ask("whats the gist of this iran letter thing")
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result
    assert engine.ask("so whats the deal w this human rights letter").entry.id == "campaign-overview"
    # the gist of one entry's subject is matched as any other question
    assert engine.ask("whats the gist of the executions thing").result.reason is not Reason.OVERVIEW
    assert engine.ask("whats the deal with raha bahreini").result.reason is not Reason.OVERVIEW


REQUESTING_THE_GIST = [
    "tldr pls",  # a request for the gist needs no question mark nor question word
    "summary please",
    "can you give me the gist",  # a request to be told is no yes/no question
    "could someone explain what this is all about in simple terms",
]


@pytest.mark.parametrize("question", REQUESTING_THE_GIST)
def test_a_request_for_the_gist_gets_the_overview(with_overview, made_up, question):
    reply = with_overview.ask(question)
    assert reply.answered and reply.entry.id == "island-notes" and not reply.partial, reply.result
    assert not made_up.ask(question).answered  # no overview entry: refused as before


@pytest.mark.parametrize(
    "question",
    [
        "summary of the volcano pls",  # the gist of one entry's subject
        "can you explain why the volcano erupted",  # what follows the request asks why
        "can you give me the gist of the lighthouse",
        "no summary pls",  # refused, or already given: no request
        "i dont need a recap",
        "ok thanks for the tldr",
    ],
)
def test_a_request_about_anything_else_is_no_overview_request(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.result.reason is not Reason.OVERVIEW
    assert not (reply.answered and reply.entry.id == "island-notes")


@pytest.mark.parametrize("question", ["tldr pls", "can u give me the tldr", "tldr of the letter pls"])
def test_the_shipped_faq_answers_a_request_for_the_gist(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result
    assert engine.ask("can you explain why the vote matters").result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize("question", ["no summary pls", "ok thanks for the tldr", "dont need a tldr"])
def test_the_shipped_faq_does_not_give_the_gist_refused_or_thanked_for(engine, question):
    reply = engine.ask(question)
    assert reply.result.reason is not Reason.OVERVIEW and not reply.answered, reply.result


@pytest.mark.parametrize("question", ["tldr of the notes tbh", "tldr of the notes pls lol"])
def test_a_request_for_the_gist_keeps_its_tldr_when_filler_is_dropped(with_overview, question):
    # "tldr" is chat shorthand, but here it is what is asked: read without it, "of the notes"
    # would be matched alone, and another entry could take a request for the gist
    reply = with_overview.ask(question)
    assert not reply.answered or reply.entry.id == "island-notes", reply.result


def test_the_shipped_faq_gives_no_other_entry_for_the_gist_of_the_letter(engine):
    reply = engine.ask("tldr of the ngo letter pls")
    assert not reply.answered or reply.entry.id == "campaign-overview", reply.result


# -- naming the whole without a word for the gist ------------------------------------------------


@pytest.fixture(scope="module")
def harbour_log(tmp_path_factory, config):
    """A second made-up FAQ with an overview entry: the harbour log, whose words of the whole are
    "harbour" and "log" (the island's are "notes")."""
    return madeup.harbour_log(tmp_path_factory.mktemp("harbour-log"), config.matching)


@pytest.mark.parametrize(
    "question",
    [
        "the log - what is it",  # "what is it" of a word most entries use
        "explain this log like im 5 pls",  # a request to explain it
        "Explain this log like I'm five",  # ... in the register asked for, in words
        "can someone explain the log in like 2 sentences",  # ... and the length of the reply asked for
        "what is the log trying to do",  # what they are after
        "so what happened with this log? im lost",  # what it was, as a whole; the asker's state
        "what's going on with the harbour log",
        "what are these pages trying to do",  # a word only the overview is asked with, ranked first
        "tldr of the log pls",
    ],
)
def test_naming_the_whole_and_asking_what_it_is_gets_the_overview(harbour_log, question):
    reply = harbour_log.ask(question)
    assert reply.answered and reply.entry.id == "about-the-log" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "harbour gulls - what are they",  # names one entry's subject
        "explain the ferry fares",
        "what is the ferry",
        "explain the gulls",
        "what's the gist of the ferry",  # the ferry: two entries' word, it chooses between them
        "what is the log trying to say about the gulls",
        "is the log trying to do something?",  # a yes/no question
        "what happened to the ferry",  # what happened names one entry's subject
        "what happened in the harbour",  # one thing of the world: what happened there, not the log
    ],
)
def test_naming_a_part_is_no_overview_question(harbour_log, question):
    reply = harbour_log.ask(question)
    assert reply.result.reason is not Reason.OVERVIEW, reply.result
    assert not (reply.answered and reply.entry.id == "about-the-log"), reply.result


def test_the_island_overview_names_its_parts_but_they_are_not_the_whole(with_overview):
    # the overview's answer names the volcano and the museum: parts, not the whole
    for question in ("explain the volcano", "what is the museum trying to do", "the volcano - what is it"):
        assert with_overview.ask(question).result.reason is not Reason.OVERVIEW, question


@pytest.mark.parametrize(
    "question",
    [
        "iran un letter - what is it",
        "what are these 34 groups trying to do",  # a number the overview gives of the whole
        "explain the iran human rights letter thing like im 5 pls",
        "can someone explain the ngo letter to the un in like 2 sentences",
        "What is the purpose of the joint NGO letter regarding Iran?",
        "tldr of the ngo letter pls",  # "ngo": most entries say "ngos"
        "can someone explain the ngo letter to the UN in simple terms, im lost",  # the asker's state
        "so what happened, some groups wrote to the un about iran or smth?",  # writing to: the letter
        "im new here, whats the story with these 34 groups writing to the un",
    ],
)
def test_the_shipped_faq_answers_what_the_letter_is_with_its_overview(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result


def test_the_shipped_faq_still_matches_a_question_on_one_part_of_the_letter(engine):
    assert engine.ask("what does the letter say about executions").entry.id == "executions"
    assert not engine.ask("what's the letter's title").answered  # near-topic: refused
    for question in ("explain the executions", "what is the letter trying to say about executions"):
        assert engine.ask(question).result.reason is not Reason.OVERVIEW, question
    # "what happened" of one thing of the world, or of what the letter says, is no overview question
    for question in ("what happened at the un", "what happened to the resolution", "so what happened to the executed"):
        assert engine.ask(question).result.reason is not Reason.OVERVIEW, question


def test_point_as_a_verb_asks_what_is_named_not_the_gist(with_overview, engine):
    # "what did the notes point to": what they name, one entry's subject; "the point to all this"
    # is still the noun
    for question in ("what did the notes point to", "what do the notes point out"):
        assert with_overview.ask(question).result.reason is not Reason.OVERVIEW, question
    assert with_overview.ask("whats the point to all this").entry.id == "island-notes"
    reply = engine.ask("what did the letter point to")
    assert reply.result.reason is not Reason.OVERVIEW and not (reply.answered and reply.entry.id == "campaign-overview")
    assert engine.ask("whats the point to all this").entry.id == "campaign-overview"


@pytest.mark.parametrize(
    "question",
    ["explain the harbour"],  # a thing of the world the log is about
)
def test_one_thing_of_the_world_named_alone_is_no_overview_question(harbour_log, question):
    # without a word for the gist, "explain the harbour" asks what the harbour is, which the
    # overview of the log does not answer: one thing named, no demonstrative, no document's kind
    reply = harbour_log.ask(question)
    assert not (reply.answered and reply.entry.id == "about-the-log"), reply.result


@pytest.mark.parametrize(
    "question",
    ["explain the un", "iran - what is it", "human rights - what is it", "explain ngos", "what are ngos trying to do"],
)
def test_the_shipped_overview_does_not_answer_what_the_un_or_iran_is(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.entry.id == "campaign-overview"), reply.result


@pytest.mark.parametrize(
    "question",
    ["iran un letter - what is it", "what are these 34 groups trying to do", "the report - what is it"],
)
def test_the_shipped_overview_answers_the_document_named(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result


# Persian and Finglish: "what is the main subject of this report?" is the gist too (engine._asks_overview_fa)
GIST_FA = [
    "موضوع اصلی این گزارش چیست؟",
    "موضوع اصلي اين گزارش چيست؟",
    "mozoo asli in gozaresh chiye?",
    "خلاصه ماجرا چیه؟",
]
# ... but not one that names anything else, nor asks why or who
NO_GIST_FA = [
    "موضوع اصلی آتشفشان چیست؟",
    "هدف اصلی نانوایی چیه؟",
    "چرا این گزارش نوشته شد؟",
    "موضوع اصلی گزارش رو کی نوشته؟",
    "hadaf asli zanbur ha chie?",
]


@pytest.mark.parametrize("question", GIST_FA)
def test_asking_for_the_gist_in_persian_gets_the_faq_s_own_overview(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.answered and reply.result.entry_id == "island-notes", reply.result


@pytest.mark.parametrize("question", NO_GIST_FA)
def test_a_persian_question_about_anything_else_is_no_overview_question(with_overview, engine, question):
    assert with_overview.ask(question).result.reason is not Reason.OVERVIEW
    assert engine.ask(question).result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize("question", GIST_FA[:3])
def test_the_shipped_faq_answers_the_gist_in_persian_with_its_overview(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "campaign-overview", reply.result


# The document whose gist is asked, described by what the FAQ is about: a relative clause ("this
# report that they wrote on the island") or its complement ("this letter of the NGOs to the UN")
# names it as "this report" does (engine._without_describer) ...
DESCRIBED_GIST_FA = [
    "mozoo in gozareshi ke az island neveshtan chie?",
    "ye kholase bede in gozareshe island sare chi bood",
]
# ... and one described by anything else (the volcano) asks of that
DESCRIBED_OTHER_FA = [
    "mozoo in gozareshi ke az volcano neveshtan chie?",
    "ye kholase bede in gozareshe volcano sare chi bood",
]


@pytest.mark.parametrize("question", DESCRIBED_GIST_FA)
def test_the_gist_of_a_document_described_by_the_faq_s_subject_gets_the_overview(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.answered and reply.result.entry_id == "island-notes", reply.result


@pytest.mark.parametrize("question", DESCRIBED_OTHER_FA)
def test_the_gist_of_a_document_described_by_anything_else_is_no_overview(with_overview, question):
    assert with_overview.ask(question).result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize(
    "question",
    [
        # the letter that 34 NGOs wrote: who wrote it names the letter, its subject is asked
        "موضوع این نامه‌ای که ۳۴ تا NGO نوشتن چیه؟",
        "ye kholase bede in nameye NGO ha be UN sare chi bood",
        "ye tozih koli bede in name be UN sare chi bood",
    ],
)
def test_the_shipped_faq_answers_the_gist_of_its_letter_described(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "campaign-overview", reply.result


@pytest.mark.parametrize(
    "question",
    [
        "نامه رو کی نوشته",  # who wrote it, asked: the clause's own question
        "موضوع نامه‌ای که دبیرکل نوشت چیه؟",  # a letter the Secretary-General wrote
        "موضوع نامه‌ای که ایران به سازمان ملل نوشت چیه؟",  # one Iran wrote: any entry names Iran
    ],
)
def test_the_shipped_faq_keeps_a_letter_described_otherwise_from_its_overview(engine, question):
    assert engine.ask(question).result.reason is not Reason.OVERVIEW


# A gist asked in other words: what the document was written for beside a word for the gist
# («خلاصه بگو ... برای چی نوشته شده»), briefly ("kootah", «مختصر»), or "... that everyone's
# saying" closing it (chat filler): engine._asks_overview_fa
GIST_IN_OTHER_WORDS_FA = [
    "خلاصه بگو این report برای چی نوشته شده",
    "ye tozih kootah bede in gozaresh chi bood",
    "این ماجرای گزارش چیه که همه میگن؟",
]
# ... the same words of anything else (why the volcano erupted, its story) ask of that
NO_GIST_IN_OTHER_WORDS_FA = [
    "خلاصه بگو آتشفشان برای چی فوران کرد",
    "ye tozih kootah bede volcano chi bood",
    "این ماجرای آتشفشان چیه که همه میگن؟",
]


@pytest.mark.parametrize("question", GIST_IN_OTHER_WORDS_FA)
def test_the_gist_asked_in_other_words_gets_the_overview(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.answered and reply.result.entry_id == "island-notes", reply.result


@pytest.mark.parametrize("question", NO_GIST_IN_OTHER_WORDS_FA)
def test_the_same_words_of_anything_else_are_no_overview(with_overview, engine, question):
    assert with_overview.ask(question).result.reason is not Reason.OVERVIEW
    assert engine.ask(question).result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize(
    "question",
    [
        "خلاصه بگو این letter برای چی نوشته شده",
        "این ماجرای نامه ۳۴ تا NGO چیه که همه میگن؟",
        "ye tozih kootah bede in name be UN chi bood",
    ],
)
def test_the_shipped_faq_answers_the_gist_asked_in_other_words(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "campaign-overview" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "question",
    [
        "خلاصه بگو نامه رو کی نوشته",  # who wrote it
        "این ماجرای اعدام‌ها چیه که همه میگن؟",  # the executions' story: another entry's subject
        "خلاصه بگو نامه کی نوشته شده",  # when it was written
    ],
)
def test_the_shipped_faq_keeps_other_questions_in_those_words_from_its_overview(engine, question):
    assert engine.ask(question).result.reason is not Reason.OVERVIEW


# The gist's document named in more ways: its ezafe typed apart («این گزارش‌ی island»), "the story"
# («داستان»), the action named generically («این حرکت», this move): engine._asks_overview_fa
MORE_GIST_FA = [
    "داستان این گزارش چیه؟",
    "موضوع این گزارش‌ی island چیه؟",
    "میشه خلاصه بگی این حرکت برای چیه؟",
]
NO_MORE_GIST_FA = [
    "داستان آتشفشان چیه؟",
    "موضوع این گزارش‌ی volcano چیه؟",
    "هدف این حرکت زنبورها چیه؟",
]


@pytest.mark.parametrize("question", MORE_GIST_FA)
def test_the_gist_s_document_named_in_more_ways_gets_the_overview(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.answered and reply.result.entry_id == "island-notes", reply.result


# What the document was written or sent for («برای چی», "baraye chi", "vase chi"): its purpose,
# which its overview gives (engine._as_purpose_fa); not when it names anything else (the volcano)
PURPOSE_FA = [
    "این گزارش برای چی نوشته شده؟",
    "in gozaresh baraye chi neveshte shode?",
    "vase chi in gozaresh ro neveshtan?",
]
NO_PURPOSE_FA = [
    "این گزارش آتشفشان برای چی نوشته شده؟",
    "zanbur ha baraye chi in gozaresh ro neveshtan?",
]


@pytest.mark.parametrize("question", PURPOSE_FA)
def test_what_the_document_was_written_for_gets_the_overview(with_overview, question):
    reply = with_overview.ask(question)
    assert reply.answered and reply.result.entry_id == "island-notes", reply.result


@pytest.mark.parametrize("question", NO_PURPOSE_FA)
def test_what_anything_else_was_written_for_is_no_overview(with_overview, question):
    assert with_overview.ask(question).result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize(
    "question", ["in name baraye chi neveshte shode?", "این نامه برای چی نوشته شده؟", "vase chi in name ro neveshtan?"]
)
def test_the_shipped_faq_answers_what_the_letter_was_written_for_with_its_overview(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "campaign-overview" and not reply.partial, reply.result


@pytest.mark.parametrize("question", NO_MORE_GIST_FA)
def test_those_ways_naming_anything_else_are_no_overview(with_overview, question):
    assert with_overview.ask(question).result.reason is not Reason.OVERVIEW


@pytest.fixture(scope="module")
def counted_overview(tmp_path_factory, config):
    """The made-up island FAQ whose overview says, in English and Persian, who wrote the notes
    and how many they were (5 researchers, «۵ پژوهشگر»)."""
    from madeup import Translation

    note = "These field notes were written by 5 researchers on the island."
    entry = dataclasses.replace(
        madeup.OVERVIEW,
        quote=note,
        answer="They are short field notes that 5 researchers wrote on an island: its honeybees, its volcano,"
        " its old lighthouse, the coastal trains and the museum.",
        fa=Translation(
            "این یادداشت‌ها درباره چیست؟",
            "این‌ها یادداشت‌های کوتاهی است که ۵ پژوهشگر در جزیره‌ای نوشته‌اند، درباره زنبورها، آتشفشان، فانوس"
            " دریایی قدیمی، قطارها و موزه.",
        ),
    )
    return madeup.island_with(tmp_path_factory.mktemp("counted") / "kb", f"\n{note}\n", [entry], config.matching)


def test_a_document_described_by_what_the_overview_s_figure_counts_gets_it(counted_overview):
    reply = counted_overview.ask("موضوع این گزارش‌ی ۵ تا پژوهشگر چیه؟")
    assert reply.answered and reply.result.entry_id == "island-notes", reply.result


def test_the_same_figure_of_anyone_else_is_another_document(counted_overview):
    assert counted_overview.ask("موضوع این گزارش‌ی ۵ تا کشاورز چیه؟").result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize(
    "question",
    [
        "سلام، این نامه‌ی ۳۴ تا سازمان اصلا موضوعش چیه؟",
        "داستان این نامه ۳۴ تا NGO چیه اصلا؟؟",
        "میشه خلاصه بگی این حرکت NGOها برای چیه؟",
        "kholase begi in harekat baraye chie?",
    ],
)
def test_the_shipped_faq_answers_its_document_named_in_more_ways(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "campaign-overview" and not reply.partial, reply.result


@pytest.mark.parametrize(
    "question", ["موضوع این نامه‌ی ۳۴ تا کشور چیه؟", "داستان اعدام‌ها چیه؟", "هدف این اقدام ایران چیه؟"]
)
def test_the_shipped_faq_keeps_other_documents_and_stories_from_its_overview(engine, question):
    assert engine.ask(question).result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize("question", ["what's this log?", "what is this log", "whats this log"])
def test_what_this_whole_is_gets_the_overview_on_the_harbour_log(harbour_log, question):
    # "what is <this whole>" and nothing more asked of it: what it is, as a whole
    reply = harbour_log.ask(question)
    assert reply.answered and reply.entry.id == "about-the-log" and not reply.partial, reply.result


@pytest.mark.parametrize("question", ["این گزارش چیه؟", "gozaresh chie?"])
def test_what_the_document_is_gets_the_overview_in_persian_on_the_island(counted_overview, question):
    # the document named generically and asked what it is («این گزارش چیه؟»); not its text
    assert counted_overview.ask(question).result.entry_id == "island-notes"
    assert counted_overview.ask("متن گزارش چیه؟").result.reason is not Reason.OVERVIEW


@pytest.mark.parametrize("question", ["نامه چیه؟", "این نامه چیه؟", "in name chiye?", "what's this letter?"])
def test_what_the_letter_is_gets_the_overview_not_one_entry_on_the_shipped_faq(engine, question):
    # it had been concerns-listed in full (the entry that ranks for "letter"), or a did-you-mean
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview", reply.result
    assert engine.ask("what is the un?").result.entry_id != "campaign-overview"
