"""The type of answer a question asks for (a method, a list) against the spans an entry holds: a
question asking how something is done, or which things, of an entry that gives no manner and
lists none is answered with a caveat, never as if in full (bot/engine/asked.py)."""

from __future__ import annotations

import pytest

from bot.engine.asked import LIST, METHOD, asked_types
from bot.engine.scope import ScopeIndex
from bot.engine.text import words

# A made-up FAQ of its own words: a lighthouse's building, lamp, storm damage, rooms and wrecks.
_LIGHTHOUSE = {
    "built": (
        "When was the lighthouse built?",
        "According to the notes, the lighthouse was built in 1872 from granite blocks.",
        ["lighthouse construction", "when was it built", "age of the tower"],
    ),
    "lamp": (
        "How was the lamp kept burning?",
        "The keepers lit the lamp by hand every evening, using paraffin oil.",
        ["lamp", "who lit the lamp"],
    ),
    "repairs": (
        "Was the lighthouse damaged?",
        "A storm in 1953 damaged the lighthouse, and the harbour board paid for repairs.",
        ["storm damage", "was it damaged"],
    ),
    "rooms": (
        "What can visitors see?",
        "Visitors can see the lamp room, the keepers' kitchen and the old fog horn.",
        ["visiting the lighthouse", "what is there to see"],
    ),
    "wrecks": (
        "Did ships wreck nearby?",
        "The notes say ships were wrecked on the reef before the light was built. They do not say which ships.",
        ["shipwrecks"],
    ),
}


@pytest.fixture(scope="module")
def lighthouse() -> ScopeIndex:
    return ScopeIndex(
        [(eid, [question, answer], phrasings) for eid, (question, answer, phrasings) in _LIGHTHOUSE.items()],
        topics={eid: [question] for eid, (question, _, _) in _LIGHTHOUSE.items()},
    )


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        # a method, of an entry that gives a year and a material and no manner
        ("how was the lighthouse built?", "built", "do not say \u201chow was the lighthouse built\u201d"),
        ("how did the storm damage the lighthouse", "repairs", "\u201chow did the storm damage the lighthouse\u201d"),
        # a list of things the entry names without listing any
        (
            "what repairs did the harbour board pay for?",
            "repairs",
            "do not say \u201cwhat repairs did the harbour board pay for\u201d",
        ),
        ("what are the repairs the board paid for", "repairs", "what are the repairs the board paid for"),
        # the same things asked by their verb: "what did the board repair" is "what repairs"
        (
            "what exactly did the harbour board repair after the storm?",
            "repairs",
            "do not say \u201cwhat exactly did the harbour board repair\u201d",
        ),
    ],
)
def test_a_type_of_answer_the_entry_holds_no_span_of_is_partial_on_a_made_up_faq(
    lighthouse, question, entry_id, caveat
):
    check = lighthouse.check(question, entry_id)
    assert check.scope.value == "partial", check
    assert caveat in check.caveat
    assert not check.answers_nothing  # what the sources do say of it is shown, after the caveat


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("when was the lighthouse built?", "built"),  # a time, which it gives
        ("how was the lamp lit?", "lamp"),  # "by hand", "using paraffin oil": a manner
        ("how did the keepers light the lamp", "lamp"),
        ("what rooms can visitors see?", "rooms"),  # "the lamp room, the keepers' kitchen and ...": a list
        ("what are the rooms visitors can see", "rooms"),
        ("what ships were wrecked on the reef?", "wrecks"),  # it says the notes do not say which
        ("what does the harbour board want?", "repairs"),  # what, of no things to list
        ("what did the notes say about the reef", "wrecks"),  # what was said: no things to list
        ("what can visitors see in the lamp room", "rooms"),  # listed ("a modal": not read as a doing)
        ("how is the lighthouse doing", "built"),  # a state, not a method
        ("how has the lighthouse developed since it was built", "built"),  # a change over time
    ],
)
def test_a_type_of_answer_the_entry_holds_stays_full_on_a_made_up_faq(lighthouse, question, entry_id):
    assert lighthouse.check(question, entry_id).scope.value == "full"


def test_the_volcano_and_bees_faq_gets_the_same_check(made_up):
    check = made_up.scope.check("how did the volcano erupt", "volcano")
    assert check.scope.value == "partial" and "\u201chow did the volcano erupt\u201d" in check.caveat
    check = made_up.scope.check("how did they develop the lamp?", "lighthouse")  # a method: the lamp is its object
    assert check.scope.value == "partial" and "\u201chow did they develop the lamp\u201d" in check.caveat
    assert made_up.scope.check("how often does the lamp flash", "lighthouse").scope.value == "full"
    assert made_up.scope.check("when was the lighthouse automated", "lighthouse").scope.value == "full"


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("how are the trains run", [METHOD]),
        ("how does the council pick its members", [METHOD]),
        ("what promises did the mayor make", [LIST]),
        ("what did the mayor promise", [LIST]),  # the same things, asked by their verb
        ("what exactly did the mayor promise during the campaign", [LIST]),
        ("what did the mayor say", []),  # what was said, asked or done: no list
        ("what does the council want", []),
        ("what did they do", []),  # no subject of its own before the verb
        ("what exactly are the main rules", [LIST]),
        ("how is the weather", []),  # a state: nothing is done
        ("how has the town developed since 1990", []),  # a change over time: a state then and now
        ("how did the council evolve", []),
        ("how was the new bridge developed", [METHOD]),  # a passive: how it was done
        ("how did the engineers develop the new bridge", [METHOD]),  # with an object: how they did it
        ("how did the town evolve over the years", []),
        ("how did the team do", []),
        ("how does the town compare with others", []),
        ("how does the report describe the council", []),  # what a text says
        ("how many trains run", []),  # a count, checked by the count rules
        ("what does the council ask for", []),  # no things to list
        ("what are human rights", []),  # a definition
        ("which groups signed", []),  # "which": identified by the "which" rule
    ],
)
def test_the_type_asked_is_read_from_the_questions_shape(question, kinds):
    tokens = words(question)
    assert [a.kind for a in asked_types(tokens, lambda i: len(tokens))] == kinds


@pytest.mark.parametrize(
    "question, entry_id, caveat",
    [
        ("how does iran carry out its executions?", "executions", "do not say \u201chow does iran carry out"),
        ("how did the NGOs develop the letter?", "who-signed", "\u201chow did the NGOs develop the letter\u201d"),
        ("what reforms did rouhani's government enact?", "rouhani-first-term", "what reforms did rouhani's"),
        ("what opportunities did tehran let slip?", "un-cooperation", "what opportunities did tehran let slip"),
        (
            "what exactly did rouhani promise during his election campaign",
            "rouhani-reelection",
            "\u201cwhat exactly did rouhani promise during his election campaign\u201d",
        ),
        ("what's raha bahreini's exact job title, is she a researcher?", "raha-bahreini", "exact job title"),
        (
            "what is the exact job title of raha bahreini?",
            "raha-bahreini",
            "\u201cthe exact job title of raha bahreini\u201d",
        ),
    ],
)
def test_shipped_faq_gives_a_caveat_for_a_method_list_or_title_it_does_not_hold(engine, question, entry_id, caveat):
    check = engine.scope.check(question, entry_id)
    assert check.scope.value == "partial", check
    assert caveat in check.caveat


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("when was the letter sent", "letter-date"),  # a date it gives
        ("what does the letter ask for", "what-they-ask"),  # no list asked
        ("what problems does the letter point out?", "concerns-listed"),  # it lists them
        ("what obligations does the letter cite", "treaty-obligations"),  # it says which are not given
        ("how has iran engaged with un bodies", "un-cooperation"),  # conduct, described
        ("how has the human rights situation developed over the preceding year", "no-improvement"),  # a change
        ("how would a vote in favour send a signal", "strong-signal"),  # "by voting in favor": a manner
        ("what is the job of raha bahreini", "raha-bahreini"),  # a phrasing asks "bahreini's job" (not exact)
    ],
)
def test_shipped_faq_answers_the_types_it_holds_in_full(engine, question, entry_id):
    assert engine.scope.check(question, entry_id).scope.value == "full"


def test_a_persian_list_the_entry_does_not_give_gets_a_persian_caveat(engine):
    reply = engine.ask("روحانی چه اصلاحاتی انجام داد؟")
    assert reply.entry is not None and reply.scope_check.scope.value == "partial"
    assert "چه اصلاحاتی انجام داد" in reply.scope_check.caveat_in("fa")
    listed = engine.ask("نامه به چه مشکلاتی اشاره میکنه")  # the concerns, listed in the translation
    assert listed.entry is not None and listed.scope_check.scope.value == "full"


def test_ask_json_shows_the_caveat_of_a_method_not_given(engine):
    reply = engine.ask("how does iran carry out its executions?")
    assert reply.entry is not None and reply.entry.id == "executions"
    assert reply.scope_check.caveat.startswith("The sources do not say \u201chow does iran carry out")


def test_odd_input_gives_a_short_clean_caveat(engine):
    marks = engine.scope.check("how\u200b are executions\u202e carried out @everyone?", "executions")
    assert marks.scope.value == "partial"
    assert "\u200b" not in marks.caveat and "\u202e" not in marks.caveat
    long = engine.scope.check("how are executions carried out " * 130, "executions")
    assert long.scope.value == "partial" and len(long.caveat) < 300


def test_each_clause_asked_is_quoted_as_typed(lighthouse):
    check = lighthouse.check("how was the tower painted? and how was the lighthouse built?", "built")
    assert check.scope.value == "partial"
    assert "\u201chow was the tower painted\u201d or \u201chow was the lighthouse built\u201d" in check.caveat


def _with_phrasing(extra: str) -> ScopeIndex:
    """The lighthouse FAQ, its entry on the building asked with one more phrasing."""
    entries = {**_LIGHTHOUSE, "built": (*_LIGHTHOUSE["built"][:2], [*_LIGHTHOUSE["built"][2], extra])}
    return ScopeIndex(
        [(eid, [question, answer], phrasings) for eid, (question, answer, phrasings) in entries.items()],
        topics={eid: [question] for eid, (question, _, _) in entries.items()},
    )


def test_a_phrasing_asking_a_state_vouches_for_no_method_on_a_made_up_faq():
    """ "how does the lighthouse compare with others" asks a judgement: its authors do not say the
    entry tells how the lighthouse was built; one that asks a method itself does."""
    asked = "how was the lighthouse built"
    compared = _with_phrasing("how does the lighthouse compare with other towers built then")
    assert compared.check(asked, "built").scope.value == "partial"
    vouched = _with_phrasing("how was the lighthouse built by the masons")
    assert vouched.check(asked, "built").scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        # its phrasings ask how iran compares or is ranked, not how it executes
        ("how does iran execute people?", "executions"),
        ("how is iran executing people?", "executions"),
        ("how does iran execute prisoners?", "executions"),
        # "how are women treated" asks how they fare; the letter names the discrimination only
        ("how are women discriminated against?", "women-minorities"),
    ],
)
def test_shipped_faq_method_not_vouched_by_a_phrasing_asking_a_state(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == entry_id and reply.partial, reply.result
