""" "Who refused the visas" of an entry saying "Iran still refuses to issue visas": the doer is
named right before the verb, so the entry answers who did it, though it names no people (no
false caveat "The sources do not say who refused the visas"; docs/answering.md)."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Scope

NOTES = madeup.Source(
    "port",
    "Port notes",
    "notes",
    "Notes kept at the port.",
    (
        "Ostrova still refuses to open the slipway to foreign boats.",
        "The slipway was repaired after the winter storm.",
    ),
    {"notes": "Port notes"},
)
SLIPWAY = madeup.Entry(
    "slipway",
    "Can foreign boats use the slipway?",
    tuple(
        "foreign boats slipway|is the slipway open to visitors|slipway access|can i launch my boat"
        "|slipway for foreign boats|is the slipway closed|slipway opening days|slipway rules"
        "|boats from abroad|visiting boats".split("|")
    ),
    "No. The notes say Ostrova still refuses to open the slipway to foreign boats.",
    "Ostrova still refuses to open the slipway to foreign boats.",
    source="port",
)
REPAIR = madeup.Entry(
    "repair",
    "Was the slipway repaired?",
    tuple(
        "slipway repair|was the slipway fixed|storm damage|slipway after the storm|is the slipway fixed"
        "|winter storm|repairs|slipway damage|fixing the slipway|slipway works".split("|")
    ),
    "Yes. The notes say the slipway was repaired after the winter storm.",
    "The slipway was repaired after the winter storm.",
    source="port",
)


@pytest.fixture(scope="module")
def port(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("port"), NOTES, [SLIPWAY, REPAIR], config.matching)


def test_who_did_what_the_entry_names_the_doer_of_is_answered_on_a_made_up_faq(port):
    assert port.scope.check("who refused to open the slipway", "slipway").scope is Scope.FULL


def test_who_did_what_the_entry_tells_without_a_doer_is_not_answered_in_full_on_a_made_up_faq(port):
    # "was repaired": no one named
    assert port.scope.check("who repaired the slipway", "repair").scope is Scope.PARTIAL


def test_who_refused_the_visas_is_answered_without_a_false_caveat_on_the_shipped_faq(engine):
    reply = engine.ask("who refused the visas")
    assert reply.entry is not None and reply.entry.id == "un-rapporteurs"
    assert reply.scope == "full"
