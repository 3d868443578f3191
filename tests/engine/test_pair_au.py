"""Off-topic questions of pair AU (eval109, eval110, eval-fa106, eval-fa107, written at 20:34 UTC
on 2026-12-07, measured once at a0b32ff0; development data since), each checked on a made-up FAQ
and on the shipped one.

Where a thing the sources name is ("Radio Farda male koja hast?", «مقر مجمع عمومی سازمان ملل
کجاست؟», eval-fa106, eval-fa107) was answered with the entry that names it: the one saying an
interview was given to Radio Farda, the one saying what the letter asks of the General Assembly.
Naming a thing does not say where it is: only phrasings that ask where of it, or sources that say
where something is based, do (`_persian_near.where_is_fa`, `SubjectGaps._asked_of`), in English,
Persian and Finglish. The entry is then only offered.

A near-topic question answered in full: "has iran ever changed a law bc of a UN resolution"
(eval109) got the entry saying resolutions are not binding, where "because of" gets a caveat (a
doing asked with its cause, `predicates._cause_after`): chat shorthand for "because" ("bc",
"cuz", "coz") reads as the word.

An off-topic question answered with a caveat: "vaziat-e hoghoogh bashar too Irak chetore?" (how
are human rights in Iraq, eval-fa107) got Iran's entry after "the sources do not mention «Irak»",
where «عراق», "aragh" and "iraq" name a country the FAQ never mentions, and the entry is only
offered. Iraq's other Latin spellings ("irak", "eragh", "eraq", "araq") and a few more countries'
are in the Finglish places (`subjects.PLACES_FA`): data, not a rule.

An in-scope question refused: "hey quick q, what's the date on the joint letter the 34 groups
wrote" (eval110). The reading without the figure that names the NGOs (`_by_named_figure`) kept
the chat filler ("quick q"), and the reading without the filler (`_by_plain`) kept the figure:
each one of the two, neither answered. The reading without a named figure is now of the question
without its filler too (`rewordings.plain`), in English.

Another: "how many executions did the NGOs count in their letter" (eval109) scored 39: who gives
the figure and where ("the NGOs", "their letter") pulled up the entry on who wrote the letter. A
count asked, then only who counts it and where ("how many X did <someone> count / mention /
report / cite / list / record (in <something>)"), asks the figure: `plain` reads it "how many X".

And "can someone explain the 34 NGOs letter thing in simple words?" (eval110, 4.7) asks the gist
as "in simple terms" does: "words", "plain", "easy", "layman('s)", "language" are words of the
register asked for (`overview._OVERVIEW_WORDS`).

And "hi, my parents asked me what exactly the letter criticizes iran for, anyone got the list?"
(eval110, 27): whose question it is ("my parents asked me", "a friend wants to know") before an
indirect question is chat filler (`rewordings._FILLER`): what follows asks.

And from "did iran take any chances to work with the UN to fix these problems" (eval110's has "in
the past year" after it, which no reading drops: still refused): a question whose reading without
its filler is below the answer threshold, but has a clear lead of the entry the whole question
ranks first (`_by_lead`), was refused. The plain reading's lead now answers (`_plain_lead`, in
English), as a lead typed so would; the scope check still reads the whole question. One message
it answered got a false caveat over its own question ("people in my
family think things got better. what does raha bahreini say?": "Of your questions, the sources do
not answer “what does raha bahreini say”"): "what does X say?" with nothing after the verb, after
another sentence, asks what X says of that, not a question of its own (`sentences.says_of_it`).
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import predicates
from bot.engine.rewordings import plain
from bot.engine.scope import Gap
from bot.engine.sentences import says_of_it
from bot.engine.subjects import subject_words

ARCHIVIST = (
    "Who is Mina Hall, and where did she speak?",
    "Mina Hall is the town's archivist. She spoke to Harbour FM's Jon Lee in an interview.",
    [
        "where did she speak",
        "who is mina hall",
        "mina hall koja harf zad",
        "where was the interview",
        "harbour fm interview",
    ],
)
FERRY = ("When does the ferry leave?", "The ferry leaves at noon.", ["ferry time", "when is the boat", "noon ferry"])


@pytest.fixture(scope="module")
def town():
    return madeup.scope_index({"archivist": ARCHIVIST, "ferry": FERRY})


@pytest.fixture(scope="module")
def town_based():
    """The same, but its sources say where the station is based: that answers where it is."""
    question, answer, phrasings = ARCHIVIST
    based = (question, answer.replace("Harbour FM's", "Harbour FM, based in Port Ellen, and its"), phrasings)
    return madeup.scope_index({"archivist": based, "ferry": FERRY})


@pytest.mark.parametrize(
    "question",
    ["where is harbour fm?", "where is harbour fm from?", "harbour fm kojast?", "Harbour FM male koja hast?"],
)
def test_where_a_named_thing_is_is_not_told_by_naming_it_on_a_made_up_faq(town, town_based, question):
    check = town.check(question, "archivist")
    assert [u.gap.value for u in check.uncovered] == ["unsaid"], check
    based = town_based.check(question, "archivist")
    assert based.uncovered == (), based


@pytest.mark.parametrize(
    "question", ["where is mina hall?", "where did she speak?", "mina hall kojast?", "where was the interview?"]
)
def test_where_its_phrasings_ask_of_stays_answered_on_a_made_up_faq(town, question):
    assert town.check(question, "archivist").uncovered == ()


@pytest.mark.parametrize(
    "question",
    [
        "Radio Farda male koja hast?",
        "radio farda kojast?",
        "رادیو فردا کجاست؟",
        "where is radio farda?",
        "مقر مجمع عمومی سازمان ملل کجاست؟",
        "majma-e omumi kojast?",
    ],
)
def test_where_a_named_thing_is_is_not_answered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered, (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question", ["where did raha bahreini speak?", "bahreini kojast?", "رها بحرینی کجا صحبت کرده؟", "مصاحبه کجا بود؟"]
)
def test_where_the_entry_tells_stays_answered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "raha-bahreini" and reply.caveat is None, (reply.result, reply.caveat)


@pytest.mark.parametrize("cause", ["because", "bc", "cuz"])
def test_a_cause_in_chat_shorthand_is_read_as_one(cause):
    [predicate] = predicates.english(f"has iran ever changed a law {cause} of these resolutions?")
    assert (predicate.word, predicate.caused) == ("changed", True)


def test_a_doing_with_its_cause_in_shorthand_is_no_full_answer_on_a_made_up_faq(tmp_path, config):
    engine = madeup.island_rephrased(
        tmp_path, "lighthouse", "- lighthouse lamp", "- did the lamp ever stop", config.matching
    )
    check = engine.scope.check("has the lamp ever stopped bc of the storms?", "lighthouse")
    assert [u.gap for u in check.uncovered] == [Gap.WHETHER]


@pytest.mark.parametrize("cause", ["bc", "cuz"])
def test_a_law_changed_bc_of_a_resolution_is_no_full_answer_on_the_shipped_faq(engine, cause):
    reply = engine.ask(f"has iran ever changed a law {cause} of a UN resolution")
    assert reply.scope != "full", (reply.result, reply.caveat)


@pytest.mark.parametrize("place", ["irak", "eragh", "eraq", "araq", "aragh"])
def test_iraq_as_finglish_spells_it_is_a_place(place):
    assert subject_words(["vaziat", "hoghoogh", "bashar", "too", place], set()) == (place,)


def test_human_rights_in_iraq_in_finglish_is_not_answered_on_the_shipped_faq(engine):
    reply = engine.ask("vaziat-e hoghoogh bashar too Irak chetore?")
    assert not reply.answered and reply.result.suggestions == ("no-improvement",), reply.result


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    """The harbour crews (madeup.CREWS): "the 12 crews" names the crews, by the FAQ's figure."""
    return madeup.load_faq(tmp_path_factory.mktemp("crews"), madeup.CREWS_SOURCE, madeup.CREWS, config.matching)


def test_the_reading_without_a_named_figure_is_without_chat_filler_on_a_made_up_faq(harbour):
    assert harbour._without_named_figures("quick q, what are the 12 crews asking for", "en") == (
        "what are the crews asking for"
    )
    assert harbour._without_named_figures("quick q, what are the 12 boats asking for", "en") is None


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("hey quick q, what's the date on the joint letter the 34 groups wrote", "letter-date"),
        ("hey quick q, when's the 34 NGOs letter from?", "letter-date"),
        ("so what exactly do these 34 orgs demand from the un", "what-they-ask"),
    ],
)
def test_a_figure_naming_the_ngos_and_chat_filler_together_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, read",
    [
        ("how many flowers did the field notes count in their report", "how many flowers"),
        ("hey, how many eruptions do the notes mention?", "how many eruptions?"),
        ("how many honey bees did the keeper record", "how many honey bees"),
        # not a frame: what was done is asked, or a clause follows the verb
        ("how many hives did the storm destroy", None),
        ("how many flowers did the notes say were visited", None),
    ],
)
def test_who_gives_a_count_and_where_is_read_as_the_count(question, read):
    assert plain(question) == read


def test_a_count_with_who_gives_it_is_answered_on_a_made_up_faq(config):
    engine = madeup.island(config.matching)
    reply = engine.ask("how many flowers did the field notes count in their report")
    assert reply.answered and reply.entry.id == "bees" and reply.scope == "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question",
    [
        "how many executions did the NGOs count in their letter",
        "how many executions did the NGOs mention in their letter",
    ],
)
def test_a_count_with_who_gives_it_is_answered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", (reply.result, reply.caveat)


@pytest.fixture(scope="module")
def harbour_log(tmp_path_factory, config):
    """A made-up FAQ with an overview entry: the harbour log (madeup.HARBOUR_WITH_OVERVIEW)."""
    return madeup.harbour_log(tmp_path_factory.mktemp("harbour-log"), config.matching)


@pytest.mark.parametrize(
    "question",
    [
        "can someone explain the harbour log thing in simple words?",
        "explain this log in plain language",
        "what's this log about, in layman's terms",
    ],
)
def test_the_gist_in_simple_words_gets_the_overview_on_a_made_up_faq(harbour_log, question):
    reply = harbour_log.ask(question)
    assert reply.answered and reply.entry.id == "about-the-log" and not reply.partial, reply.result


def test_the_gist_in_simple_words_gets_the_overview_on_the_shipped_faq(engine):
    reply = engine.ask("can someone explain the 34 NGOs letter thing in simple words?")
    assert reply.answered and reply.entry.id == "campaign-overview" and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, read",
    [
        ("my parents asked me what the volcano did in 1990", "what the volcano did in 1990"),
        ("a friend wants to know how many flowers bees visit", "how many flowers bees visit"),
        ("my little brother keeps asking why the lamp stopped", "why the lamp stopped"),
        # whose question it is only before a question word: "my parents asked me to ..." asks nothing
        ("my parents asked me to read the notes", None),
    ],
)
def test_whose_question_it_is_is_chat_filler(question, read):
    assert plain(question) == read


def test_whose_question_it_is_before_it_on_a_made_up_faq(config):
    engine = madeup.island(config.matching)
    reply = engine.ask("hi, my parents asked me how many flowers the honeybees visit, anyone know?")
    assert reply.answered and reply.entry.id == "bees" and reply.scope == "full", (reply.result, reply.caveat)


def test_whose_question_it_is_before_it_on_the_shipped_faq(engine):
    reply = engine.ask("hi, my parents asked me what exactly the letter criticizes iran for, anyone got the list?")
    assert reply.answered and reply.entry.id == "concerns-listed" and reply.scope == "full", (
        reply.result,
        reply.caveat,
    )


@pytest.fixture(scope="module")
def strict_island(config):
    """The island FAQ with an answer threshold (99.95) above what its readings score, so that only
    a clear lead answers (as `_by_lead`)."""
    import dataclasses

    return madeup.island(dataclasses.replace(config.matching, answer_threshold=99.95))


@pytest.mark.parametrize(
    "question",
    [
        "how far do honeybees travel for flowers to deal with these problems",
        "do the honeybees go back to their hive to deal with these issues",
    ],
)
def test_the_plain_readings_lead_answers_on_a_made_up_faq(strict_island, question):
    reply = strict_island.ask(question)
    assert reply.answered and reply.entry.id == "bees" and reply.scope == "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        (
            "honestly why does tehran lobby the UN so hard to say everything is fine and nothing to worry about",
            "resolutions-binding",
        ),
        ("does the president's recent re-election change anything according to the ngos", "rouhani-reelection"),
    ],
)
def test_the_plain_readings_lead_answers_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "sentence, of_it",
    [
        ("what does raha bahreini say?", True),
        ("so what do the notes think?", True),
        ("what does the keeper have to say", True),
        ("what does the keeper say about the storms?", False),  # it names what it asks of
        ("who says so?", False),
    ],
)
def test_what_someone_says_with_nothing_after_asks_of_what_came_before(sentence, of_it):
    assert says_of_it(sentence) is of_it


def test_what_someone_says_after_a_story_is_no_other_question_on_the_shipped_faq(engine):
    question = (
        "hey guys, quick q. people in my family think things got better back home this past year. "
        "what does raha bahreini say?"
    )
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "no-improvement" and reply.scope == "full", (reply.result, reply.caveat)
