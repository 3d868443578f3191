"""A state a yes/no question asks about ("are the rules legal?") is said by a word of that state,
not by another word of its stem: "legally nonbinding" says the rules bind nobody, not that they
are lawful; "legal force" names a kind of force; "law" the noun is not "lawful" (scope/_covered.py
`says_state`, predicates.synonym_words). Tested on a made-up FAQ and on the shipped one."""

from __future__ import annotations

import pytest

from bot.engine.scope import ScopeIndex

# A made-up FAQ of its own words: a harbour's rules, its pier and its tower.
_HARBOUR = {
    "rules": (
        "Are the harbour rules legally binding?",
        "The notes say the harbour rules are legally nonbinding, but skippers follow them.",
        ["do the harbour rules have legal force", "harbour rules", "must skippers follow the rules"],
    ),
    "pier": (
        "Can visitors walk on the old pier?",
        "The notes say the old pier is unsafe and closed to visitors.",
        ["old pier", "is the pier open"],
    ),
    "tower": (
        "Is the signal tower still standing?",
        "The signal tower still stands, dangerously tilted after the storm of 1990.",
        ["signal tower", "does the tower still stand"],
    ),
}


@pytest.fixture(scope="module")
def harbour() -> ScopeIndex:
    return ScopeIndex(
        [(eid, [question, answer], phrasings) for eid, (question, answer, phrasings) in _HARBOUR.items()],
        topics={eid: [question] for eid, (question, _, _) in _HARBOUR.items()},
    )


@pytest.mark.parametrize(
    "question, entry_id, statement",
    [
        # "legally nonbinding" (an adverb) and "legal force" (a modifier) say nothing is legal
        ("are the harbour rules legal?", "rules", "the harbour rules are legal"),
        ("are the harbour rules lawful?", "rules", "the harbour rules are lawful"),
        # "dangerously tilted" says how it is tilted, not that the tower is dangerous
        ("is the signal tower dangerous?", "tower", "the signal tower is dangerous"),
    ],
)
def test_an_adverb_or_modifier_of_the_state_asked_does_not_say_it_on_a_made_up_faq(
    harbour, question, entry_id, statement
):
    check = harbour.check(question, entry_id)
    assert check.scope.value == "partial", (question, check)
    assert check.caveat.startswith(f"The sources do not say whether \u201c{statement}\u201d."), check.caveat


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("are the harbour rules legally binding?", "rules"),  # its own question
        ("is the old pier unsafe?", "pier"),  # said as a state
        ("is the old pier dangerous?", "pier"),  # an everyday synonym of what is said
    ],
)
def test_a_state_said_in_its_own_word_or_a_synonym_stays_full_on_a_made_up_faq(harbour, question, entry_id):
    assert harbour.check(question, entry_id).scope.value == "full", question


@pytest.mark.parametrize("question", ["are the resolutions legal?", "are un resolutions lawful?"])
def test_shipped_faq_does_not_read_legally_nonbinding_as_legal(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.partial, reply.result


@pytest.mark.parametrize("question", ["are the resolutions legally binding?", "are un resolutions binding on iran?"])
def test_shipped_faq_still_answers_whether_resolutions_bind(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "resolutions-binding" and not reply.partial, reply.result


# A made-up FAQ whose answers say a state with an adverb after it, ending the clause.
_CRATER = {
    "crater": (
        "What do the rangers say about the crater?",
        "The rangers say the crater is dangerous today.",
        ["crater"],
    ),
    "cove": ("What about the cove?", "The notes say the cove is safe nowadays.", ["cove"]),
    "pier": ("What about the pier?", "The pier is unsafe overnight.", ["pier"]),
    "gate": ("What about the gate?", "The gate has been safe lately.", ["gate"]),
}


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("is the crater dangerous?", "crater"),
        ("is the cove safe?", "cove"),
        ("is the pier unsafe?", "pier"),
        ("is the gate safe?", "gate"),
    ],
)
def test_a_state_said_with_an_adverb_after_it_is_said_on_a_made_up_faq(question, entry_id):
    # "dangerous today": the adverb ends the clause; the adjective qualifies no word after it
    index = ScopeIndex(
        [(eid, [q, answer], phrasings) for eid, (q, answer, phrasings) in _CRATER.items()],
        topics={eid: [q] for eid, (q, _, _) in _CRATER.items()},
    )
    check = index.check(question, entry_id)
    assert check.scope.value == "full", (question, check.caveat)
