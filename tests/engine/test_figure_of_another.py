"""A figure the sources give of one thing, stated of another thing they also say ("did 34 states
sign the letter" of sources saying "34 NGOs" wrote to the "member states"): never confirmed, in
English, Persian («۳۴ کشور نامه رو امضا کردن؟») and Finglish ("34 ta keshvar ..."). The word is
said, so the old rule (a figure of a word the sources never say) let it through as if in full.
On a made-up FAQ (the town bulletin: "signed by 9 residents' groups", a letter "to the council")
and the shipped one; the thing the figure counts stays full."""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine.scope import Gap, Scope

FACT = madeup.HARBOUR_BOATS_FACT
# the harbour's boats, its Persian answer putting the harbour before the figure («بندر هر روز ۱۲
# قایق دارد»: "harbour" said, not counted) and no count phrasing of the harbour
BOATS = dataclasses.replace(
    madeup.HARBOUR_BOATS,
    fa=madeup.Translation(
        "چند قایق از بندر استفاده می‌کنند؟",
        "طبق یادداشت‌ها بندر هر روز ۱۲ قایق دارد.",
        ("چند تا قایق تو بندره؟", "قایق‌های بندر", "chand ta ghayegh?", "ghayegh haye bandar"),
    ),
)


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory, config):
    root = tmp_path_factory.mktemp("bulletin")
    return madeup.load_faq(root, madeup.BULLETIN_SOURCE, madeup.BULLETIN, config.matching)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return madeup.persian_island_with(tmp_path_factory.mktemp("boats"), f"\n{FACT}\n", [BOATS])


def test_a_figure_stated_of_another_thing_the_sources_say_gets_a_caveat(bulletin):
    check = bulletin.scope.check("did 9 councils sign the letter?", "groups")
    assert check.scope is Scope.PARTIAL, check
    assert [u.gap for u in check.uncovered] == [Gap.FIGURE]
    for question in ("did 9 groups sign the letter?", "did 9 residents' groups sign it?"):
        assert bulletin.scope.check(question, "groups").scope is Scope.FULL, question


@pytest.mark.parametrize("question", ["۱۲ بندر هر روز قایق دارن؟", "12 ta bandar har ruz ghayegh daran?"])
def test_the_same_in_persian_and_finglish(harbour, question):
    check = harbour.scope.check(question, "boats")
    assert check.scope is Scope.PARTIAL, check
    assert Gap.FIGURE in [u.gap for u in check.uncovered], check


@pytest.mark.parametrize("question", ["۱۲ قایق هر روز از بندر استفاده میکنن؟", "12 ta ghayegh tu bandar hast?"])
def test_the_thing_the_figure_counts_is_no_gap(harbour, question):
    check = harbour.scope.check(question, "boats")
    assert all(u.gap is not Gap.FIGURE for u in check.uncovered), check


@pytest.mark.parametrize(
    "question", ["did 34 states sign the letter", "۳۴ کشور نامه رو امضا کردن؟", "34 ta keshvar in name ro neveshtan?"]
)
def test_the_shipped_faq_never_says_34_countries_signed(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result


@pytest.mark.parametrize(
    "question", ["did 34 ngos sign the letter", "۳۴ سازمان نامه رو امضا کردن؟", "34 ta sazman in name ro neveshtan?"]
)
def test_the_shipped_faq_confirms_34_organisations(engine, question):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == "who-signed", reply.result
    assert reply.scope == "full", reply.caveat
