"""Finglish with English content words in it ("<English term> haye <Persian word> ... chie?"):
read as Finglish by its grammar words, so it reaches the Finglish index and gets a Persian reply,
while English questions stay English. Tested on the made-up island FAQ (tests/data/persian) and
on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question",
    [
        # the English terms outnumber the Persian words; the grammar is Persian
        "flower count e honeybee dar rooz?",  # ezafe, "dar" (in)
        "honeybee ha flower haye ziadi visit mikonan?",  # plurals typed apart, a verb
        "hive e bees kojast?",  # ezafe and a question word, no other Persian word
        "lighthouse keeper ha kian?",  # a spoken question word ("who are they")
        "eruption haye volcano tu last century chand ta bud?",
        "volcano activity e island behtar shod?",  # "shod" alone, half the other words Persian
    ],
)
def test_finglish_grammar_around_english_terms_is_finglish(question):
    assert persian.language(question) == "fa-Latn"


@pytest.mark.parametrize(
    "question",
    [
        "ha ha the volcano is dangerous",  # English grammar words
        "vitamin e for bees?",
        "is the lighthouse keeper shod?",
        "lighthouse keeper shod",  # one word both languages have, no Persian word
        "ha ha lol",
        "Hassan Rouhani too?",
        "key facts lighthouse?",
        "bud light lighthouse",
        "volcano e e e",  # the ezafe over and over, nothing else Persian
        # a word typed twice running is chat (a laugh), not Finglish grammar, beside a lowercase
        # name that reads as a Persian word
        "ha ha, rouhani re-elected?",
        "ye ye ngo letter signatories?",
        "ha ha bahreini",
        "lighthouse keeper ha ha",
        "na na na",
    ],
)
def test_english_with_words_finglish_has_too_stays_english(question):
    assert persian.language(question) == "en"


def test_a_mixed_finglish_question_is_replied_to_in_persian_on_the_island(island):
    reply = island.ask("hive e bees kojast?")
    assert reply.question_language == "fa-Latn"
    assert reply.asked_in == "fa"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("date e letter chie?", "letter-date"),
        ("treaty obligation haye iran chian?", "treaty-obligations"),
    ],
)
def test_a_mixed_finglish_question_reaches_its_entry_in_persian_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert reply.result.entry_id == entry
    assert reply.scope == "full"
    assert reply.asked_in == "fa"


@pytest.mark.parametrize(
    ("question", "reading"),
    [
        ("hive e bees kojast?", ["hive", "bees", "where"]),
        ("lighthouse keeper ha kian?", ["lighthouse", "keeper", "who"]),
        ("eruption haye volcano chand ta bud?", ["eruption", "volcano", "how", "many"]),
        # "about", a preposition, in English too: not a name the sources never give
        ("gozaresh darbare lighthouse keeper chi mige?", ["gozaresh", "about", "lighthouse", "keeper", "what"]),
    ],
)
def test_english_terms_in_finglish_are_read_with_english_question_words(question, reading):
    from bot.engine.text import clean

    assert persian.english_reading(clean(question).split()) == reading


@pytest.mark.parametrize(
    "question",
    [
        "atashfeshan khatarnak e volcano?",  # mostly Persian words: read as typed
        "hive ham hast?",  # one English word would be a question of one word
        "zanbur ha koja mikhaban?",  # no English word
    ],
)
def test_a_finglish_question_mostly_in_persian_words_has_no_english_reading(question):
    from bot.engine.text import clean

    assert persian.english_reading(clean(question).split()) is None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("hive e bees kojast?", "bees"),
        ("lighthouse keeper ha kian?", "lighthouse"),
        ("eruption haye volcano tu last century chand ta bud?", "volcano"),
    ],
)
def test_a_finglish_question_in_english_terms_is_answered_on_the_island(island, question, entry):
    reply = island.ask(question)
    assert reply.result.entry_id == entry
    assert reply.scope == "full"
    assert reply.asked_in == "fa"


@pytest.mark.parametrize(
    "question",
    [
        "honeybee ha chand sal zendegi mikonan?",  # how long bees live: the notes never say
        "volcano eruption ha kodum shahr ro kharab kardan?",  # which town they destroyed
        "lighthouse keeper e sal e pish ki bud?",  # last year's keeper, by name
        "bitcoin price e emruz chande?",
    ],
)
def test_near_and_off_topic_mixed_questions_are_not_answered_in_full_on_the_island(island, question):
    reply = island.ask(question)
    assert not (reply.answered and reply.scope == "full")


def test_a_mixed_finglish_question_ranks_its_english_terms_on_the_shipped_faq(engine):
    # "human rights defenders: why are they arrested?", English terms in Finglish grammar
    reply = engine.ask("human rights defender ha chera arrest mishan?")
    assert reply.result.entry_id == "arbitrary-detention"
    assert reply.scope == "full"
    assert reply.asked_in == "fa"


@pytest.mark.parametrize("question", ["bitcoin price e emruz chande?", "best VPN baraye iran kodume?"])
def test_off_topic_mixed_questions_are_refused_on_the_shipped_faq(engine, question):
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("mixed", "written"),
    [
        ("این خانم Ingrid Solberg چند ساله باغبانه؟", "این خانم اینگرید سولبرگ چند ساله باغبانه؟"),
        ("باغ جزیره رو Ingrid Solberg نگه میداره؟", "باغ جزیره رو اینگرید سولبرگ نگه میداره؟"),
        ("این Ingrid Solberg که تو یادداشت‌ها اسمش اومده کیه؟", "این اینگرید سولبرگ که تو یادداشت‌ها اسمش اومده کیه؟"),
    ],
)
def test_a_name_in_latin_letters_inside_persian_ranks_as_written_in_persian(garden, mixed, written):
    # the name matched the English question alone before (scores 1.6 to 15, nothing offered)
    reply, twin = garden.ask(mixed), garden.ask(written)
    assert reply.question_language == "fa"
    assert (reply.result.outcome, reply.result.best, reply.result.score) == (
        twin.result.outcome,
        twin.result.best,
        twin.result.score,
    )
    assert reply.result.best == "gardener"


def test_a_name_in_latin_letters_inside_persian_is_answered_on_the_island(garden):
    reply = garden.ask("این خانم Ingrid Solberg چند ساله باغبانه؟")
    assert reply.result.entry_id == "gardener"
    assert reply.asked_in == "fa"


def test_a_name_in_latin_letters_inside_persian_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("سلام، Raha Bahreini که باهاش مصاحبه شده کیه؟")
    assert reply.result.entry_id == "raha-bahreini"
    assert reply.asked_in == "fa"


def test_names_read_by_their_consonants_and_a_short_one_by_its_neighbour():
    spellings = persian.script_spellings(["اینگرید", "سولبرگ", "باغ"], lambda w: 1.0)
    pairs = persian.script_pairs(["رها بحرینی کیه"])
    spellings |= persian.script_spellings(["بحرینی"], lambda w: 1.0)
    assert persian.latin_in_script(["ingrid", "solberg", "garden"], spellings) == ["اینگرید", "سولبرگ", "garden"]
    # "raha" has one consonant: read only beside "bahreini", as the texts write the two
    assert persian.latin_in_script(["raha", "bahreini"], spellings, pairs) == ["رها", "بحرینی"]
    assert persian.latin_in_script(["raha"], spellings, pairs) == ["raha"]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "how many journalists were arrested?": the English twin gets "no figure for journalists"
        ("journalist ha chand nafar arrest shodan?", "arbitrary-detention"),
        # "how many countries are the letter's signatories?": the twin gets "no figure for countries"
        ("signatory haye letter chand ta country an?", "who-signed"),
    ],
)
def test_a_mixed_question_its_english_reading_leaves_uncovered_is_never_answered_in_full(engine, question, entry):
    """Ranked by its English reading, checked by it too: an English term the entry does not
    cover keeps the entry a suggestion, as the check of the words as typed cannot weigh it."""
    reply = engine.ask(question)
    assert not reply.answered
    assert reply.result.suggestions[:1] == (entry,)


def test_a_mixed_question_its_english_reading_covers_is_still_answered_in_full(engine):
    reply = engine.ask("concern haye asli tu letter chiast?")  # "what are the letter's main concerns?"
    assert reply.result.entry_id == "concerns-listed"
    assert reply.scope == "full"


def test_what_the_letter_says_about_an_english_term_is_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("name darbare re-election e rouhani chi mige?")
    assert reply.answered and reply.entry.id == "rouhani-reelection" and reply.scope == "full", reply.result
