"""Questions of pair AY (eval117, eval118, eval-fa114, eval-fa115, written at 22:59 UTC on
2026-12-07, measured once at ea980dbc), checked on a made-up FAQ and on the shipped one.

«نامه به اعدام نوجوانان هم اشاره کرده؟ چند تا بودن؟» (does the letter mention the executions of
juveniles too? how many were they?, eval-fa115) was answered in full with the entry giving the
total of executions: a reply that reads as "440 juveniles were executed". English "does the
letter mention juvenile executions" had its rule (the words asked to be mentioned must be said);
Persian and Finglish have it now (`_persian.mentioned_fa`, `ScopeIndex._knows_fa`): a word
between «به/از» and «اشاره» ("be ... eshare") that the entry neither says nor is asked with is
named in the caveat, with what was asked up to it.

"what do the signatories say a vote for the resolution would tell the iranian authorities"
(eval117, and three development questions alike) got the caveat "The sources do not say “what do
the signatories say”" over the entry quoting what the letter says: the authors of a text speak in
it (`_words.AUTHORS`, `_words.DOCUMENTS`), so an entry whose sources quote a letter or a report
gives its signatories' words.
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope


@pytest.fixture(scope="module")
def harbour():
    """Made-up notes in English and Persian: 35 boats sank; fishers and sailors were detained."""
    return madeup.notes_scope(madeup.BOATS_AND_FISHERS)


@pytest.mark.parametrize(
    "question, entry, term",
    [
        ("یادداشت‌ها به غرق کشتی‌های جنگی هم اشاره کرده؟", "boats", "غرق کشتی‌های جنگی"),
        ("به بازداشت کاپیتان‌ها اشاره شده؟", "fishers", "بازداشت کاپیتان‌ها"),
        # talking of it is mentioning it; a second question after it asks of the same
        ("از بازداشت کاپیتان‌ها حرفی زده؟ چند نفر بودن؟", "fishers", "بازداشت کاپیتان‌ها"),
        # Finglish, the words as typed (not as folded)
        ("be bazdasht kapitanan eshare shode?", "fishers", "bazdasht kapitanan"),
    ],
)
def test_a_persian_mention_of_what_the_entry_never_says_gets_a_caveat_on_a_made_up_faq(harbour, question, entry, term):
    check = harbour.check(question, entry)
    assert [(u.term, u.gap.value) for u in check.uncovered] == [(term, "mention")], check


@pytest.mark.parametrize(
    "question, entry",
    [
        ("یادداشت‌ها به غرق قایق‌ها اشاره کرده؟", "boats"),
        ("به بازداشت ماهیگیرا اشاره شده؟", "fishers"),  # the spoken plural «ماهیگیرا»
        ("be bazdasht mahigiran eshare shode?", "fishers"),
        ("به کدوم قایق‌ها اشاره کرده؟", "boats"),  # which ones: asked, not guessed
        ("خانمی که به کشتی‌ها اشاره کرد کیه؟", "boats"),  # a relative clause names a speaker
    ],
)
def test_a_persian_mention_of_what_the_entry_says_stays_answered_on_a_made_up_faq(harbour, question, entry):
    assert harbour.check(question, entry).uncovered == ()


@pytest.mark.parametrize(
    "question, term",
    [
        ("نامه به اعدام نوجوانان هم اشاره کرده؟ چند تا بودن؟", "«اعدام نوجوانان»"),
        ("name be edam nojavanan eshare karde? chand ta budan?", "«edam nojavanan»"),
    ],
)
def test_juvenile_executions_in_persian_are_no_full_answer_on_the_shipped_faq(engine, question, term):
    reply = engine.ask(question)
    assert reply.scope != "full", (reply.result, reply.caveat)
    if reply.result.answered:
        assert term in reply.caveat, reply.caveat


def test_persian_mentions_the_entries_make_stay_answered_on_the_shipped_faq(engine):
    for question, entry in [
        ("به تبعیض علیه زنا اشاره شده؟", "women-minorities"),
        ("نامه به اعدام‌ها اشاره کرده؟", "executions"),
        ("آیا نامه به تبعیض عtلیه زنان و اقلیت‌ها اشاره می‌کند؟", "women-minorities"),  # a slip of script
    ]:
        reply = engine.ask(question)
        assert (reply.result.entry_id, reply.scope) == (entry, "full"), (question, reply.result, reply.caveat)


FERRY_FACTS = {
    "ferry": "The petition says the town should reopen the ferry to the island.",
    "boats": "The harbour counted 120 boats last summer.",
}
FERRY_SOURCE = madeup.Source(
    "news",
    "Harbour news",
    "news",
    "Harbour news.",
    tuple(FERRY_FACTS.values()),
    {"notes": "the news", "petition": "The residents' petition"},
)
FERRY_QUESTIONS = {
    "ferry": (
        "What does the petition ask the town to do?",
        "petition demands|what do residents want|reopen the ferry|ferry to the island|what is the petition for"
        "|the ask of the petition|ferry service|town and the ferry|petition goal|island ferry",
    ),
    "boats": (
        "How many boats did the harbour count last summer?",
        "boats last summer|how many boats came|summer boat count|number of boats|how busy was the summer"
        "|boats counted|summer traffic|how many boats visited|boat numbers last year|busy harbour",
    ),
}


@pytest.fixture(scope="module")
def ferry(tmp_path_factory, config):
    """Made-up news quoting a residents' petition (the ferry) and the harbour's count (the news)."""
    entries = madeup._quoting(FERRY_SOURCE, FERRY_FACTS, FERRY_QUESTIONS, speakers={"ferry": "petition"})
    return madeup.load_faq(tmp_path_factory.mktemp("ferry"), FERRY_SOURCE, entries, config.matching)


@pytest.mark.parametrize(
    "question",
    ["what do the signatories say the town should do?", "what did the authors say the town should do"],
)
def test_the_signatories_of_a_quoted_petition_speak_in_it_on_a_made_up_faq(ferry, question):
    assert ferry.scope.check(question, "ferry").scope is Scope.FULL


def test_someone_else_or_the_signatories_of_no_document_quoted_stay_a_gap_on_a_made_up_faq(ferry):
    # the mayor speaks in no source; the harbour's count is the news's, no document's authors'
    mayor = ferry.scope.check("what did the mayor say the town should do?", "ferry")
    assert [(u.term, u.gap) for u in mayor.uncovered] == [("what did the mayor say", Gap.UNSAID)], mayor
    signed = ferry.scope.check("what do the signatories say about the boats last summer?", "boats")
    assert signed.scope is Scope.PARTIAL, signed


def test_what_the_signatories_say_a_vote_would_tell_is_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("what do the signatories say a vote for the resolution would tell the iranian authorities")
    assert (reply.result.entry_id, reply.scope) == ("strong-signal", "full"), (reply.result, reply.caveat)


PETITION_FACTS = {
    "ferry": "The residents' petition asks the town to reopen the ferry to the island.",
    "signed": "The residents' petition was signed by 400 islanders.",
    "date": "The residents' petition was handed to the mayor on 3 May.",
    "why": "The residents' petition says the island has had no ferry since the storm.",
}
PETITION_SOURCE = madeup.Source(
    "news", "Island news", "news", "Island news.", tuple(PETITION_FACTS.values()), {"notes": "the news"}
)
PETITION_QUESTIONS = {
    "ferry": (
        "What does the residents' petition ask the town to do?",
        "petition demands|what do residents want|reopen the ferry|ferry to the island|what is the petition for"
        "|the ask of the petition|ferry service|town and the ferry|petition goal|island ferry",
    ),
    "signed": (
        "How many islanders signed the residents' petition?",
        "how many signed|number of signatures|who signed the petition|signatures|how many islanders|signers"
        "|petition support|400 islanders|how many names|count of signers",
    ),
    "date": (
        "When was the residents' petition handed over?",
        "petition date|when was it delivered|handed to the mayor|date of the petition|when did the mayor get it"
        "|3 may|delivery day|petition handover|when was it given|what day",
    ),
    "why": (
        "Why do the residents want the ferry back?",
        "reason for the petition|why the ferry|no ferry since the storm|storm and ferry|why now"
        "|what happened to the ferry|ferry stopped|reasons|island cut off|since the storm",
    ),
}


@pytest.fixture(scope="module")
def petition(tmp_path_factory, config):
    """Made-up news of a residents' petition, which every entry names ("residents", "island" and
    "petition" are words most entries say)."""
    entries = madeup._quoting(PETITION_SOURCE, PETITION_FACTS, PETITION_QUESTIONS)
    return madeup.load_faq(tmp_path_factory.mktemp("petition"), PETITION_SOURCE, entries, config.matching)


@pytest.mark.parametrize(
    "question, reading",
    [
        # the document named by words most entries say: read as "the petition"
        ("when was the island residents petition handed over", "when was the petition handed over"),
        ("what day was that islanders' petition given to the mayor", "what day was that petition given to the mayor"),
        # a word that names another document stays (the mayor is named by one entry only)
        ("when was the mayor's petition handed over", None),
        # the gist asked: the words name the whole the overview is about
        ("whats the main point of the island residents petition", None),
        # and without chat filler, once the name is read
        ("when was the island residents petition handed over tbh", "when was the petition handed over"),
    ],
)
def test_a_document_named_by_the_faqs_common_words_is_read_as_the_document_on_a_made_up_faq(
    petition, question, reading
):
    assert petition._without_subject_tail(question, "en") == reading


@pytest.mark.parametrize(
    "question, entry",
    [
        ("Which kinds of activists does the NGO letter say are being held arbitrarily in Iran?", "arbitrary-detention"),
        ("what number does the ngo letter give for executions?", "executions"),
        ("yo does anyone know the date of that joint letter to the UN about iran", "letter-date"),
    ],
)
def test_questions_naming_the_letter_by_its_signatories_are_answered_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert (reply.result.entry_id, reply.scope) == (entry, "full"), (reply.result, reply.caveat)


def test_the_main_point_of_the_ngo_letter_stays_the_overview_on_the_shipped_faq(engine):
    reply = engine.ask("whats the main point of the ngo letter on iran")
    assert reply.result.entry_id == "campaign-overview", reply.result
