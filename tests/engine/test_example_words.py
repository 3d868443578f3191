"""An example offered at the end ("..., like the trawlermen?") that the entry's sources write is
said, even when no English lexicon lists the word and it could be read as Finglish
(`ScopeIndex._says_word`)."""

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
