"""A figure is never applied to a period, group, thing or rank its sources do not count it of.

"At least 440 people since the start of 2017" read as an answer to "how many last month", "are
hundreds of journalists detained", "how many death sentences" or "is iran the worst" says what the
sources do not: such a question gets the figure after a caveat naming what it does not cover.
Each rule is checked on made-up FAQs (the harbour festival and clinic) and on the shipped one.
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Engine


@pytest.fixture(scope="module")
def festival(tmp_path_factory, config) -> Engine:
    root = tmp_path_factory.mktemp("festival")
    return madeup.load_faq(root, madeup.FESTIVAL_SOURCE, [madeup.FESTIVAL], config.matching)


@pytest.fixture(scope="module")
def clinic(tmp_path_factory, config) -> Engine:
    root = tmp_path_factory.mktemp("clinic")
    return madeup.load_faq(root, madeup.CLINIC_SOURCE, [madeup.CLINIC], config.matching)


def _caveat(engine: Engine, question: str, entry_id: str) -> str | None:
    check = engine.scope.check(question, entry_id)
    return check.caveat if check.scope.value == "partial" else None


@pytest.mark.parametrize(
    "question, term",
    [
        ("how many visitors does the festival get per year", "per year"),
        ("how many visitors came to the festival last month", "last month"),
        ("how many people visit the festival every week", "every week"),
        ("did thousands of people visit the festival in one year?", "in one year"),
        ("how many visitors annually", "annually"),
    ],
)
def test_a_figure_asked_over_a_period_the_sources_do_not_count_in_is_caveated(festival, question, term):
    """ "5,000 visitors since the start of 2020" is of no year, month or week."""
    caveat = _caveat(festival, question, "festival")
    assert caveat is not None and f"\u201c{term}\u201d" in caveat, (question, caveat)


@pytest.mark.parametrize(
    "question",
    [
        "how many visitors does the festival get",
        "how many visitors has the festival had since jan 2020",
        # the sources' own figure, with or without its thousands separator (both "5,000" read whole)
        # (before, "5,000" of the sources was read as 5 and 0: "the sources differ")
        "has the festival drawn 5,000 visitors?",
        "has the festival drawn 5000 visitors?",
        "were there 5,000 visitors?",
    ],
)
def test_a_figure_asked_over_the_sources_own_span_stays_full(festival, question):
    assert festival.scope.check(question, "festival").scope.value == "full", question


@pytest.mark.parametrize(
    "question, term",
    [
        ("has the clinic treated hundreds of ferry crews?", "hundreds of ferry crews"),
        ("how many of them were treated?", "them"),
        ("how many patient visits", "patient visits"),
        ("is the clinic the biggest on the coast?", "the biggest"),
    ],
)
def test_a_figure_of_another_group_thing_or_rank_is_caveated_on_another_faq(clinic, question, term):
    """Hundreds of fishermen, not of the ferry crews named after them; a count of "them", whoever
    was named before; visits its phrasings count only as recorded; a rank it never gives."""
    caveat = _caveat(clinic, question, "clinic")
    assert caveat is not None and f"\u201c{term}\u201d" in caveat, (question, caveat)


@pytest.mark.parametrize(
    "question",
    [
        "has the clinic treated hundreds of fishermen?",
        "how many patient visits were recorded",
        "is the clinic one of the busiest on the coast?",
    ],
)
def test_the_figure_the_sources_give_of_what_they_count_stays_full(clinic, question):
    assert clinic.scope.check(question, "clinic").scope.value == "full", question


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("how many ppl executed this week", "executions", "\u201cthis week\u201d"),
        ("how many people does iran execute every year", "executions", "\u201cevery year\u201d"),
        ("how many were executed in the past year", "executions", "\u201cthe past year\u201d"),
        ("did iran execute 440 ppl last month", "executions", "\u201clast month\u201d"),
        ("ایران ماه گذشته چند نفر را اعدام کرد؟", "executions", "«ماه گذشته»"),
        ("هر هفته چند نفر اعدام میشن؟", "executions", "«هر هفته»"),
        ("har sal chand nafar edam mishan", "executions", "«har sal»"),
        ("are hundreds of journalists detained", "arbitrary-detention", "\u201chundreds of journalists\u201d"),
        ("صدها روزنامه نگار بازداشت شدن؟", "arbitrary-detention", "«صدها روزنامه نگار»"),
        ("how many death sentences", "executions", "\u201cdeath sentences\u201d"),
        ("how many people were sentenced to death", "executions", "\u201csentenced\u201d"),
        ("چند حکم اعدام صادر شده؟", "executions", "«حکم»"),
        ("چند سازمان ایرانی امضا کردن؟", "who-signed", "«ایرانی»"),
        ("chand ta sazman irani emza kardan", "who-signed", "«irani»"),
        ("is iran the worst executioner in the world", "executions", "\u201cthe worst\u201d"),
        ("آیا ایران بدترین اعدام کننده دنیاست؟", "executions", "«بدترین»"),
        ("how many of them were executed?", "executions", "\u201cthem\u201d"),
        ("چند نفرشون اعدام شدن؟", "executions", "«نفرشون»"),
    ],
)
def test_the_shipped_figures_are_not_applied_to_what_they_do_not_count(engine, question, entry_id, term):
    reply = engine.ask(question)
    assert reply.answered and reply.entry is not None and reply.entry.id == entry_id, question
    assert reply.scope_check.scope.value == "partial", question
    assert term in (reply.scope_check.caveat_in(reply.lang) or ""), question


@pytest.mark.parametrize(
    "question",
    [
        "how many executions",
        "how many ppl did iran execute in 2017?",
        "how many death sentences carried out in iran since jan 2017",
        "is iran one of the worst countries for the death penalty",
        "are hundreds of human rights defenders detained",
        "how many ngos signed the letter",
    ],
)
def test_the_shipped_figures_still_answer_what_they_count_in_full(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope_check.scope.value == "full", (question, reply.scope_check.caveat)


@pytest.mark.parametrize(
    "question",
    [
        "how many visitors has the festival had this year",
        "did 5000 people visit the festival this year?",  # the sources' own figure, stated of now
    ],
)
def test_this_year_is_the_askers_year_not_the_sources_on_another_faq(festival, question):
    """ "This year" is read when it is asked, years after the sources: their figure "since the
    start of 2020" is not this year's, so the caveat comes first."""
    caveat = _caveat(festival, question, "festival")
    assert caveat is not None and "\u201cthis year\u201d" in caveat, (question, caveat)


@pytest.mark.parametrize(
    "question",
    ["how many executions in iran this year", "was it 440 executions this year", "ایران امسال ۴۴۰ نفر رو اعدام کرد؟"],
)
def test_this_year_gets_the_caveat_on_the_shipped_faq_in_english_as_in_persian(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry is not None and reply.entry.id == "executions", question
    assert reply.scope_check.scope.value == "partial", question


def test_what_a_number_counts_is_no_verb_in_a_caveat(festival, engine):
    """ "did 5,000 people visit": "people" is a verb too ("peopled"), but after a number it is
    what is counted; the caveat said “5,000 peopled visit the festival”."""
    caveat = _caveat(festival, "did 5,000 people visit the festival?", "festival")
    assert caveat is not None and "\u201c5,000 people visited the festival\u201d" in caveat, caveat
    reply = engine.ask("did 34 people sign the letter?")
    assert "peopled" not in (reply.scope_check.caveat or ""), reply.scope_check.caveat


@pytest.mark.parametrize(
    "question",
    ["is the clinic one of the places on the coast that treat the most people?", "is it among the biggest?"],
)
def test_a_rank_among_others_is_no_superlative_verdict_on_another_faq(clinic, question):
    """ "One of the places that treat the most" is a rank among others, which "among the
    busiest" answers, however far "one of" stands from "the most"."""
    caveat = _caveat(clinic, question, "clinic") or ""
    assert "the most" not in caveat and "the biggest" not in caveat, (question, caveat)


def test_one_of_the_countries_that_execute_the_most_is_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("is iran one of the countries that executes the most people?")
    assert reply.answered and reply.entry is not None and reply.entry.id == "executions"
    assert reply.scope_check.scope.value == "full", reply.scope_check.caveat


@pytest.mark.parametrize(
    "question, term",
    [
        # a count guessed by its order of size: the figure the entry gives confirms it or not
        ("how many visitors does the festival get, like thousands?", None),
        ("how many visitors does the festival get, like hundreds?", "hundreds"),
        ("how many visitors does the festival get, like millions?", "millions"),
        # answers offered as alternatives: one of them given is enough
        ("how many visitors does the festival get, like hundreds or thousands?", None),
        ("how many visitors does the festival get, like dozens or hundreds?", "dozens hundreds"),
    ],
)
def test_a_count_guessed_by_its_order_of_size_is_checked_against_the_figure_on_a_made_up_faq(festival, question, term):
    caveat = _caveat(festival, question, "festival")
    assert (caveat is None) if term is None else (caveat is not None and f"\u201c{term}\u201d" in caveat), caveat


def test_a_guess_whose_one_alternative_the_entry_says_is_confirmed_on_a_made_up_faq(clinic):
    # the clinic's log says "hundreds of fishermen", in words
    assert _caveat(clinic, "how many fishermen has the clinic treated, like dozens or hundreds?", "clinic") is None
    assert "\u201cdozens\u201d" in (
        _caveat(clinic, "how many fishermen has the clinic treated, like dozens?", "clinic") or ""
    )


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("how many rights defenders are being detained, like dozens or hundreds?", "arbitrary-detention"),
        ("how many people were executed, like hundreds?", "executions"),
        ("ایران چند نفر رو اعدام کرده، مثل صدها؟", "executions"),
    ],
)
def test_a_count_guessed_by_its_order_of_size_is_answered_in_full_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result
    # a year is no count: "2017" does not make "thousands" right
    assert engine.ask("how many people were executed, like thousands?").scope == "partial"


def test_a_count_of_an_entry_never_asked_for_one_is_offered_not_answered_on_a_made_up_faq(made_up):
    """The lighthouse's entry is never asked "how many" by its phrasings and says no figure: "how
    many keepers has the lighthouse had?" would get its answer about the lamp after "no figure for
    keepers", an answer to another question. It is offered as "did you mean" instead; an entry
    its authors ask counts of keeps its caveat."""
    check = made_up.scope.check("how many keepers has the lighthouse had?", "lighthouse")
    assert check.scope.value == "partial" and check.answers_nothing, check
    reply = made_up.ask("how many keepers has the lighthouse had?")
    assert not reply.answered
    check = made_up.scope.check("how many wasps do the bees meet?", "bees")
    assert check.scope.value == "partial"


def test_the_general_assemblys_members_are_no_count_of_what_the_letter_asks_on_the_shipped_faq(engine):
    # «مجمع عمومی سازمان ملل چند تا کشور عضو داره؟» (eval-fa50, out of scope)
    question = (
        "\u0645\u062c\u0645\u0639 \u0639\u0645\u0648\u0645\u06cc \u0633\u0627\u0632\u0645\u0627\u0646 \u0645\u0644\u0644 "
        "\u0686\u0646\u062f \u062a\u0627 \u06a9\u0634\u0648\u0631 \u0639\u0636\u0648 \u062f\u0627\u0631\u0647\u061f"
    )
    reply = engine.ask(question)
    assert not reply.answered, reply.result


def test_a_figure_people_repeat_is_no_figure_of_what_follows_it_on_a_made_up_faq(festival):
    """ "i keep seeing 5000 thrown around, is that the visitor count?": "thrown" is what is done
    with the figure, not a thing it counts."""
    assert _caveat(festival, "i keep seeing 5000 thrown around, is that the visitor count?", "festival") is None
    assert _caveat(festival, "did 5000 fishermen visit the festival?", "festival") is not None


def test_a_figure_people_repeat_on_the_shipped_faq(engine):
    reply = engine.ask("ive seen 440 thrown around, is that the execution count? since when")
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", reply.result
