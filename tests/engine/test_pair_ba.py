"""Questions of pair BA (eval121, eval122, eval-fa118, eval-fa119, written at 23:40 UTC on
2026-12-07, measured once at a7fec924), checked on made-up FAQs and on the shipped one.

- "who is roya karimi majd, whats her background" (eval121, near-topic) was answered in full by
  the entry that names her only in passing: a comma ends a "who is X" question as a question
  mark does (`_subject_gaps._ASKED_APART`), so the caveat that the entry does not describe her
  is read ("who is roya karimi majd?" alone had it).
- "what abuses does the letter specifically mention, i didnt read it tbh" (eval121) got "The
  sources do not mention “read” or “tbh”": what a verb of mentioning takes never opens with the
  asker ("i", "we", "you": `_subjects_en._ASKER_OPENS`), whose own clause follows it there.
- "roughly how many rights defenders is the islamic republic holding, does the letter say"
  (eval121) was offered: a closing ", does the letter say" asks where the answer is to come from,
  as ", what does the letter say" and "according to the letter" do (`rewordings.plain`).
- "what human rights issues r highlighted in the joint letter tbh i havent read it" (eval121) was
  refused: the reading of the document by its name ("the joint letter") drops chat filler too,
  as the reading without a named figure does.
"""

from __future__ import annotations

import pytest

from bot.engine.rewordings import plain
from bot.engine.scope import Gap, Scope, ScopeIndex


@pytest.fixture(scope="module")
def keeper():
    """A made-up keeper's log: the keeper told Noa Brander of Harbour Radio about the lamp; the
    entry is about the keeper, Mira Holt."""
    said = ["The keeper, Mira Holt, told Noa Brander of Harbour Radio that the lamp still flashes."]
    return ScopeIndex(
        [("keeper", said, ["who keeps the log", "is the lamp still flashing"])],
        topics={"keeper": ["Who is Mira Holt?"]},
    )


@pytest.mark.parametrize(
    "question",
    [
        "who is noa brander, whats her background",
        "who is Noa Brander, what does she do?",
    ],
)
def test_who_a_name_named_in_passing_is_followed_by_a_comma_gets_the_caveat_on_a_made_up_faq(keeper, question):
    check = keeper.check(question, "keeper")
    assert [u.gap for u in check.uncovered] == [Gap.DESCRIPTION], check


def test_who_the_entry_is_about_followed_by_a_comma_stays_answered_on_a_made_up_faq(keeper):
    assert keeper.check("who is mira holt, whats her background", "keeper").scope is Scope.FULL


@pytest.fixture(scope="module")
def notes():
    return ScopeIndex(
        [
            ("bees", ["The notes say honeybees visit about two thousand flowers a day."], ["how many flowers"]),
            ("volcano", ["The notes say the volcano erupted twice in the last century."], ["how often"]),
        ],
        topics={"bees": ["How many flowers do the honeybees visit?"], "volcano": ["How often did it erupt?"]},
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many flowers a day do the notes mention, i havent read them tbh",
        "how many flowers do the notes mention, we never read them",
    ],
)
def test_the_askers_own_clause_after_a_verb_of_mentioning_is_nothing_asked_on_a_made_up_faq(notes, question):
    assert notes.check(question, "bees").scope is Scope.FULL


def test_what_a_verb_of_mentioning_takes_is_still_read_on_a_made_up_faq(notes):
    check = notes.check("do the notes mention wasps?", "bees")
    assert [(u.term, u.gap) for u in check.uncovered] == [("wasps", Gap.MENTION)], check


def test_who_the_interviewer_is_and_her_background_is_no_full_answer_on_the_shipped_faq(engine):
    reply = engine.ask("who is roya karimi majd, whats her background")
    assert not (reply.result.answered and reply.scope == "full"), reply.result


def test_the_abuses_the_letter_mentions_after_the_askers_aside_are_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("what abuses does the letter specifically mention, i didnt read it tbh")
    assert (reply.result.entry_id, reply.scope) == ("concerns-listed", "full"), (reply.result, reply.caveat)


@pytest.mark.parametrize(
    ("question", "reading"),
    [
        ("how often did the volcano erupt, do the notes say", "how often did the volcano erupt"),
        ("how often did the volcano erupt, do the notes say so?", "how often did the volcano erupt?"),
        ("how often did the volcano erupt, did the guide mention it", "how often did the volcano erupt"),
        ("does the guide say the volcano erupted?", None),  # what it says is what is asked
    ],
)
def test_a_closing_does_the_source_say_is_read_away(question, reading):
    assert plain(question) == reading


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "roughly how many rights defenders is the islamic republic holding, does the letter say",
            "arbitrary-detention",
        ),
        ("what human rights issues r highlighted in the joint letter tbh i havent read it", "concerns-listed"),
    ],
)
def test_a_source_asked_after_the_question_or_chat_after_the_letters_name_is_answered_on_the_shipped_faq(
    engine, question, entry
):
    reply = engine.ask(question)
    assert (reply.result.entry_id, reply.scope) == (entry, "full"), (reply.result, reply.caveat)
