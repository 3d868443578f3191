""" "What religion are the detained people" asks a trait of people: an entry that names religion
only as a right ("freedom of religion") gives no one's, and answers it in part (docs/answering.md)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Scope

NOTES = madeup.Source(
    "harbour",
    "Harbour notes",
    "notes",
    "Notes kept at the harbour.",
    (
        "The council defends the freedom of religion of the fishermen who were detained last spring.",
        "The divers, all of Norse faith, keep the old shrine by the harbour.",
    ),
    {"notes": "Harbour notes"},
)
DETAINED = madeup.Entry(
    "detained",
    "Why were the fishermen detained?",
    tuple(
        "detained fishermen|fishermen arrested|who was detained|fishermen in custody|arrests at the harbour"
        "|are the fishermen held|why were they arrested|detentions last spring|fishermen jailed|council and the fishermen".split(
            "|"
        )
    ),
    "The notes say the council defends the freedom of religion of the fishermen who were detained last spring.",
    "The council defends the freedom of religion of the fishermen who were detained last spring.",
    source="harbour",
)
DIVERS = madeup.Entry(
    "divers",
    "Who keeps the harbour shrine?",
    tuple(
        "harbour shrine|old shrine|who looks after the shrine|divers shrine|shrine keepers"
        "|who are the divers|divers of the harbour|shrine by the harbour|the divers' old shrine|who tends the shrine".split(
            "|"
        )
    ),
    "The notes say the divers, all of Norse faith, keep the old shrine by the harbour.",
    "The divers, all of Norse faith, keep the old shrine by the harbour.",
    source="harbour",
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("harbour"), NOTES, [DETAINED, DIVERS], config.matching)


def test_a_trait_named_only_as_a_right_is_not_given_on_a_made_up_faq(harbour):
    assert harbour.scope.check("what religion are the detained fishermen", "detained").scope is Scope.PARTIAL


def test_a_trait_the_sources_give_is_answered_on_a_made_up_faq(harbour):
    assert harbour.scope.check("what faith are the divers", "divers").scope is Scope.FULL


@pytest.mark.parametrize(
    "question", ["what religion are the detained people", "which religion are the people in prison"]
)
def test_a_trait_of_the_detained_is_not_answered_in_full_on_the_shipped_faq(engine, question):
    assert engine.ask(question).scope != "full"
