"""A word the entry's sources write is said however it is typed or read: an example offered at the
end ("..., like the trawlermen?") that no English lexicon lists and could be read as Finglish
(`ScopeIndex._says_word`), and a word written with a hyphen typed without it ("rebuilding" of
"re-building", `ScopeIndex._add_entry`)."""

from __future__ import annotations

import pytest

from tests import madeup


@pytest.fixture
def harbour(tmp_path, config):
    return madeup.island_with(
        tmp_path, madeup.FERRY_WINTER_NOTES, [madeup.FERRY_TIMES, madeup.WINTER_ICE], config.matching
    )


def test_an_example_the_sources_write_is_no_caveat_on_another_faq(harbour):
    reply = harbour.ask("what happens to the harbour in winter, like the trawlermen?")
    assert reply.answered and reply.entry.id == "winter-ice" and reply.scope == "full"


def test_an_example_the_sources_never_write_still_gets_the_caveat_on_another_faq(harbour):
    reply = harbour.ask("what happens to the harbour in winter, like the ferrymen?")
    assert reply.entry.id == "winter-ice" and reply.scope == "partial"
    assert "\u201cferrymen\u201d" in reply.caveat


def test_trade_unionists_offered_as_an_example_are_said_by_the_shipped_faq(engine):
    reply = engine.ask("what kinds of people are in detention, like trade unionists?")
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full"


def test_a_word_written_with_a_hyphen_is_said_typed_without_it_on_another_faq(tmp_path, config):
    engine = madeup.island_with(tmp_path, madeup.SEA_WALL_NOTES, [madeup.SEA_WALL], config.matching)
    reply = engine.ask("when was the sea wall rebuilt, and what about the rebuilding?")
    assert reply.answered and reply.entry.id == "sea-wall" and reply.scope == "full"


def test_the_reelection_typed_without_a_hyphen_is_said_by_the_shipped_faq(engine):
    reply = engine.ask("how does the letter connect the reelection with his promises")
    assert reply.answered and reply.entry.id == "rouhani-reelection" and reply.scope == "full"
