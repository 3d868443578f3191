"""Questions of pair AZ (eval119, eval120, eval-fa116, eval-fa117, written at 23:19 UTC on
2026-12-07, measured once at e85c0873), checked on the made-up island FAQ and on the shipped one.

- "how can i become a un special rapporteur" (eval119, out of scope) was answered, with a caveat,
  by the entry on the rapporteurs' visits. The asker's own course of action of a doing the
  sources never say is only offered (`_shapes_en.own_action`, `_action_unsaid`); the rule was
  not read when the "how" was already a gap (the manner asked, which the entry does not give).
- "is discrimination against women part of what the ngos are complaining about" (eval119) got
  the caveat "The sources do not say whether “discrimination against women part of what the
  ngos are is complaining about”": a verb inside a clause a question word opens after the
  subject ("what the ngos are complaining about") was read as the question's predicate
  (`predicates._be_predicate`).
- "salam everyone, new here 👋 saw ppl talking about some letter to the UN about iran, what's the
  gist?" (eval120) was only offered: a last clause after a comma is read alone as one after
  "but" is (`fallback_rereadings._after_but`, the gist by the overview), when it names
  something of its own or asks on its own ("..., what's causing it" refers to the clause before).
- "concerns in teh letter?" (eval120): "teh" is "the" (`text.CHAT_ABBREVIATIONS`).
- «ایران از کی همکاری با سازمان ملل رو قطع کرده؟» (since when has Iran cut off cooperation with
  the UN?, eval-fa116, near-topic) was answered in full by the entry on Iran's cooperation, whose
  sources give a time but never say it was cut off: "since when" (`_persian.since_when`) takes
  the statement for granted, whose predicate the sources must say (as English "when did iran
  stop cooperating").
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine.fallback_rereadings import _after_but
from bot.engine.scope import Gap, Scope
from bot.engine.text import words


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how can i become a lighthouse keeper", "lighthouse"),
        ("how do i become a beekeeper", "bees"),
    ],
)
def test_how_to_do_what_the_notes_never_say_is_only_offered_on_a_made_up_faq(made_up, question, entry_id):
    check = made_up.scope.check(question, entry_id)
    assert check.answers_nothing, check
    assert [u.gap for u in check.uncovered] == [Gap.UNSAID], check


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("is honey part of what the bees are collecting", "bees"),
        ("are flowers among what the bees are collecting?", "bees"),
        ("is the lamp part of what the keepers are repairing?", "lighthouse"),
    ],
)
def test_a_verb_in_a_clause_a_question_word_opens_is_no_predicate_on_a_made_up_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope is Scope.FULL


def test_the_question_s_own_predicate_is_still_read_on_a_made_up_faq(made_up):
    check = made_up.scope.check("are the bees collecting honey?", "bees")
    assert [(u.term, u.gap) for u in check.uncovered] == [("the bees are collecting honey", Gap.WHETHER)], check


def test_how_to_become_a_rapporteur_is_no_answer_on_the_shipped_faq(engine):
    reply = engine.ask("how can i become a un special rapporteur")
    assert not reply.result.answered, (reply.result, reply.caveat)


def test_discrimination_among_the_ngos_complaints_is_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("is discrimination against women part of what the ngos are complaining about")
    assert (reply.result.entry_id, reply.scope) == ("women-minorities", "full"), (reply.result, reply.caveat)


@pytest.mark.parametrize(
    ("message", "clause"),
    [
        ("we hiked past the bees all day, how often did the volcano erupt?", "how often did the volcano erupt?"),
        ("saw people talking about the island notes, what's the gist?", "what's the gist?"),
        # a clause that only refers back to the one before it is no question alone
        ("why hasn't the volcano erupted again, what's causing it", None),
        # nothing before it
        ("how often did the volcano erupt?", None),
    ],
)
def test_a_last_clause_after_a_comma_is_read_alone_when_it_asks_on_its_own(message, clause):
    assert _after_but(message, "en") == clause


def test_teh_is_read_as_the():
    assert words("how often did teh volcano erupt") == words("how often did the volcano erupt")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "salam everyone, new here 👋 saw ppl talking about some letter to the UN about iran, what's the gist?",
            "campaign-overview",
        ),
        (
            "im writing a school essay on iran and the un, who actually sent this letter and who did it go to?",
            "who-signed",
        ),
        ("concerns in teh letter?", "concerns-listed"),
    ],
)
def test_a_question_after_some_context_or_a_typo_is_answered_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert (reply.result.entry_id, reply.scope) == (entry, "full"), (reply.result, reply.caveat)


def test_a_clause_that_refers_back_is_not_answered_alone_on_the_shipped_faq(engine):
    reply = engine.ask("why hasn't the situation in iran improved, what's causing it")
    assert reply.result.entry_id != "campaign-overview", reply.result


# the harbour notes with a time: the boats sank in the storm of 2019
BOATS = {
    **madeup.BOATS_AND_FISHERS,
    "boats": (
        [
            "When did the boats sink?",
            "The notes say 35 boats sank in the storm of 2019.",
            "یادداشت‌ها می‌گویند ۳۵ قایق در طوفان سال ۲۰۱۹ غرق شد.",
        ],
        ["boats sunk", "storm boats", "when did they sink"],
    ),
}


@pytest.fixture(scope="module")
def boats():
    """Made-up notes in English and Persian: 35 boats sank in 2019 (a time); fishers were detained."""
    return madeup.notes_scope(BOATS)


@pytest.mark.parametrize(
    "question",
    ["قایق‌ها از کی تعمیر شدن؟", "قایق‌ها از چه زمانی توقیف شدن؟", "ghayegh ha az kei tamir shodan?"],
)
def test_since_when_of_what_the_notes_never_say_was_done_gets_a_caveat_on_a_made_up_faq(boats, question):
    check = boats.check(question, "boats")
    assert [(u.term, u.gap) for u in check.uncovered] == [(question.rstrip("?؟"), Gap.UNSAID)], check


@pytest.mark.parametrize("question", ["قایق‌ها از کی غرق شدن؟", "قایق‌ها کی غرق شدن؟"])
def test_since_when_or_when_of_what_the_notes_say_stays_answered_on_a_made_up_faq(boats, question):
    assert boats.check(question, "boats").uncovered == ()


def test_since_when_iran_cut_off_cooperation_is_no_full_answer_on_the_shipped_faq(engine):
    reply = engine.ask("ایران از کی همکاری با سازمان ملل رو قطع کرده؟")
    assert reply.scope != "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    ("question", "reading", "language"),
    [
        # Persian: a classifier («تا») and a noun typed in Latin letters, after a determiner
        ("این ۳۴ تا NGO از چی نگرانن؟", "این NGO از چی نگرانن؟", "fa"),
        ("نامه‌ی ۳۴ تا NGO به مجمع عمومی چه روزی نوشته شده بود؟", "نامه‌ی به مجمع عمومی چه روزی نوشته شده بود؟", "fa"),
        # Finglish, after a determiner
        ("in 34 ta NGO az chi kheili negaran hastan?", "in NGO az chi kheili negaran hastan?", "fa-Latn"),
        # a figure the FAQ never gives names nothing
        ("in 12 ta NGO az chi negaran hastan?", None, "fa-Latn"),
    ],
)
def test_a_figure_the_faq_gives_names_its_thing_in_persian_and_finglish_too(engine, question, reading, language):
    assert engine._without_named_figures(question, language) == reading


def test_a_finglish_question_naming_the_34_ngos_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("in 34 ta NGO az chi kheili negaran hastan?")
    assert (reply.result.entry_id, reply.scope) == ("concerns-listed", "full"), (reply.result, reply.caveat)


@pytest.fixture(scope="module")
def crews(tmp_path_factory, config):
    """The harbour crews: 12 crews ask the council for something (tests/madeup.py)."""
    return madeup.load_faq(tmp_path_factory.mktemp("crews"), madeup.CREWS_SOURCE, madeup.CREWS, config.matching)


@pytest.mark.parametrize(
    ("question", "reading", "language"),
    [
        ("این ۱۲ تا crew چی میخوان؟", "این crew چی میخوان؟", "fa"),
        ("in 12 ta crew chi mikhan?", "in crew chi mikhan?", "fa-Latn"),
        ("in 12 ta boat chi mikhan?", None, "fa-Latn"),  # the FAQ counts no 12 boats
    ],
)
def test_a_figure_naming_the_crews_after_a_determiner_is_read_without_it_on_a_made_up_faq(
    crews, question, reading, language
):
    assert crews._without_named_figures(question, language) == reading
