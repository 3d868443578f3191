"""A question about nothing but another country or its people ("who is the Kenyan?", "Bahraini
کیه؟") is vetoed as off-topic, in Finglish too ("Bahraini kie?"); a person's name that shares its letters is not offered for it."""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def kenyon_island(tmp_path_factory):
    return madeup.island_with_keeper(tmp_path_factory.mktemp("kenyon"), madeup.KEEPER_KENYON)


@pytest.mark.parametrize(
    "question", ["who is the Kenyan?", "who is Kenyan?", "Kenyan کیه؟", "Kenyan kie?", "Kenyan chie?"]
)
def test_a_people_asked_about_offers_no_keeper_of_a_like_name_on_the_island(kenyon_island, question):
    reply = kenyon_island.ask(question)
    assert not reply.answered and reply.result.suggestions == (), reply


def test_the_keepers_own_name_is_still_offered_on_the_island(kenyon_island):
    reply = kenyon_island.ask("who is Kenyon?")
    assert "keeper" in (reply.result.entry_id, *reply.result.suggestions), reply


@pytest.mark.parametrize(
    "question", ["Bahraini کیه؟", "who is the Bahraini?", "who is Bahraini?", "Bahraini kie?", "Bahraini chie?"]
)
def test_a_people_asked_about_offers_no_one_of_a_like_name_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered and reply.result.suggestions == (), reply


@pytest.mark.parametrize("question", ["Bahreini کیه؟", "raha bahreini kie?", "Bahreini kie?"])
def test_the_spokeswomans_name_is_still_answered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "raha-bahreini", reply
