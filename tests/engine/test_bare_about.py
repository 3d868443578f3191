""" "What about protests" asks what the sources say of protests: an entry whose phrasings say
"protest" in passing ("is this one of those protest things") does not answer it in full; its own
texts must say it (docs/answering.md)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope

NOTES = madeup.Source(
    "club",
    "Rowing club minutes",
    "minutes",
    "Minutes of the rowing club.",
    ("The club asks the council to keep the river path open to rowers.", "The regatta is held in June."),
    {"minutes": "The rowing club's minutes themselves"},
)
OVERVIEW = madeup.Entry(
    "overview",
    "What is this about?",
    tuple(
        "what is this|what's this about|is this one of those strike things, what's it about|what are these minutes"
        "|tell me about this|what is the club asking|summary|what's going on|overview|what is the point".split("|")
    ),
    "The minutes say the club asks the council to keep the river path open to rowers.",
    "The club asks the council to keep the river path open to rowers.",
    speaker="minutes",
    source="club",
)
REGATTA = madeup.REGATTA


@pytest.fixture(scope="module")
def club(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("club"), NOTES, [OVERVIEW, REGATTA], config.matching)


def test_what_about_a_word_only_a_phrasing_says_is_partial_on_a_made_up_faq(club):
    check = club.scope.check("what about strikes", "overview")
    assert check.scope is Scope.PARTIAL
    assert [u.gap for u in check.uncovered] == [Gap.MENTION]


@pytest.mark.parametrize(
    ("question", "entry_id"), [("what about the regatta", "regatta"), ("what about rowers", "overview")]
)
def test_what_about_a_word_the_entry_says_is_answered_on_a_made_up_faq(club, question, entry_id):
    assert club.scope.check(question, entry_id).scope is Scope.FULL


def test_what_about_protests_is_not_answered_in_full_on_the_shipped_faq(engine):
    assert engine.ask("what about protests").scope != "full"
    assert engine.ask("what about women").scope == "full"
