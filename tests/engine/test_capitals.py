"""A capital city named for its country's government ("what would a vote tell Oslo", "does
Tehran cooperate") is read as the country the FAQ names (data/en-capitals.txt), but never where
it names the city as a place ("the weather in Oslo")."""

from __future__ import annotations

import pytest
from madeup import QUOTA, QUOTA_SOURCE, load_faq

from bot.engine import synonyms


@pytest.fixture(scope="module")
def quota_faq(tmp_path_factory, config):
    return load_faq(tmp_path_factory.mktemp("capitals"), QUOTA_SOURCE, QUOTA, config.matching)


def knows(*countries):
    return lambda word: word in countries


@pytest.mark.parametrize(
    "tokens, expected",
    [
        ("what message would a vote send to oslo", "what message would a vote send to norway"),
        ("is moscow cooperating", "is russia cooperating"),
        ("what did new delhi say", "what did india say"),  # a capital of two words
        # the city as a place: as typed
        ("whats the weather in oslo", "whats the weather in oslo"),
        ("flights from oslo to bergen", "flights from oslo to bergen"),
        ("the mayor of oslo", "the mayor of oslo"),
        # a country the FAQ never names: as typed
        ("what did paris say", "what did paris say"),
    ],
)
def test_a_capital_reads_as_its_country_where_it_is_no_place(tokens, expected):
    known = knows("norway", "russia", "india")
    assert " ".join(synonyms.capitals_read(tokens.split(), known)) == expected


def test_a_capital_the_faq_names_itself_keeps_its_word_and_gains_the_country():
    known = knows("iran", "tehran")
    assert synonyms.capitals_read("does tehran cooperate".split(), known) == ["does", "tehran", "iran", "cooperate"]


def test_every_capital_line_names_one_word_countries():
    caps, names, _ = synonyms.capitals()
    assert names["tehran"] == ("iran",) and names["kyiv"] == names["kiev"] == ("ukraine",)
    assert caps.idioms[("new", "delhi")] == ("india",)
    assert all(" " not in w for group in names.values() for w in group)


@pytest.mark.parametrize("question", ["did oslo refuse", "is oslo cutting it"])
def test_a_question_naming_the_capital_is_answered_on_another_faq(quota_faq, question):
    # without the reading, "oslo" is a word the FAQ never uses, and nothing else names the entry
    reply = quota_faq.ask(question)
    assert reply.answered and reply.entry.id == "quota"


@pytest.mark.parametrize("question", ["whats the weather in oslo today", "what time is it in oslo"])
def test_the_capital_as_a_place_is_not_the_country_on_another_faq(quota_faq, question):
    assert not quota_faq.ask(question).answered


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("does tehran play ball with the un human rights system", "un-cooperation"),
        ("what signal would passing the resolution send to tehran", "strong-signal"),
    ],
)
def test_a_question_naming_the_capital_is_answered_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"


@pytest.mark.parametrize("question", ["whats the weather in tehran this weekend", "best restaurants in tehran"])
def test_the_capital_as_a_place_is_not_answered_on_the_shipped_faq(engine, question):
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question", ["did norway refuse the quota cut in oslo", "was the quota cut at the talks in oslo"]
)
def test_the_capital_as_a_place_the_sources_never_name_gets_a_caveat_on_another_faq(quota_faq, question):
    # the notes say where the talks were nowhere: "in oslo" is a place the answer would seem to vouch for
    check = quota_faq.scope.check(question, "quota")
    assert check.scope.value == "partial" and "\u201coslo\u201d" in check.caveat, check


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("how many people were executed in tehran", "executions"),  # the sources count Iran's, not the city's
        ("were people arrested in tehran", "arbitrary-detention"),
    ],
)
def test_the_capital_as_a_place_gets_a_caveat_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply
    check = engine.scope.check(question, entry_id)
    assert check.scope.value == "partial" and "\u201ctehran\u201d" in check.caveat, check
    # the capital for the government stays a full answer (its phrasings use it so)
    assert (
        engine.scope.check("does tehran lock people up for speaking out", "arbitrary-detention").scope.value == "full"
    )


@pytest.mark.parametrize(
    "tokens, expected",
    [
        # other names news English gives a government (data/en-capitals.txt)
        ("how many has the islamic republic executed", "how many has the iran executed"),
        ("what does the kremlin say", "what does the russia say"),
        # ... and the initials of a state's own name
        ("how many has the iri executed", "how many has the iran executed"),
        # a full name names its country itself: as typed
        ("what did the islamic republic of pakistan say", "what did the islamic republic of pakistan say"),
    ],
)
def test_another_name_for_a_government_reads_as_its_country(tokens, expected):
    known = knows("iran", "russia", "pakistan")
    assert " ".join(synonyms.capitals_read(tokens.split(), known)) == expected


def test_a_capital_stands_for_its_countrys_government_only_where_it_is_no_place():
    assert synonyms.government_of("does moscow cooperate".split(), 1) == ("russia",)
    assert synonyms.government_of("executed in moscow".split(), 2) == ()
    assert synonyms.government_of("does the council cooperate".split(), 2) == ()


@pytest.mark.parametrize(
    "question",
    [
        "did moscow refuse to lower its quota",
        "did the kremlin refuse to lower its quota",
        "did the PRC refuse to lower its quota",
    ],
)
def test_another_countrys_government_is_not_answered_in_full_on_another_faq(quota_faq, question):
    """The entry says Norway refused: asked of Moscow (Russia's government), a full answer would
    say Russia did."""
    reply = quota_faq.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result
    assert quota_faq.ask("did oslo refuse to lower its quota").scope == "full"


@pytest.mark.parametrize("question", ["does moscow cooperate with the un", "does the kremlin cooperate with the un"])
def test_another_countrys_government_is_not_answered_in_full_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope == "partial", reply.result


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("hey, does the islamic republic still block the UN rapporteurs from coming in?", "un-rapporteurs"),
        ("how many has the islamic republic executed so far, like a real number pls", "executions"),
    ],
)
def test_the_islamic_republic_is_iran_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("is the IRI being non-cooperative with the un?", "un-cooperation"),
        (
            "roughly how many human rights defenders has the IRI detained, according to the letter?",
            "arbitrary-detention",
        ),
    ],
)
def test_the_iri_is_iran_on_the_shipped_faq(engine, question, entry_id):
    """eval75: "IRI" had the caveat "The sources do not mention “IRI”" over a full answer."""
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.caveat
