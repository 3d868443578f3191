"""An entry added is checked like an edit (bot.engine: `_changed_since`, `collisions(engine,
changed)`): on the interim engine the editor serves (`Engine.patched`: the new entry indexed against
the word weights already there), only the new entry's texts and the texts it might now win are
asked. That is sound there because every other entry's vector is the one served before: the only
collisions the add can make are those. These property tests compare that cheap check with asking
every text of the interim engine, on the made-up FAQ and on a synthetic one (benchmarks/reload.py's
generator, with more entries than the ranking's `rerank_candidates`, so that the new entry also
competes for the candidate places), and on one case built so that only the candidate places
catch it (an added entry that pushes a phrasing's own entry out of the ranked ones, a third one
then answering it; the property tests never drew such a case)."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import madeup
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.config import load_config
from bot.engine import Memo, collisions, validate

REPO = Path(__file__).resolve().parents[2]
MATCHING = load_config(REPO / "config.yaml").matching

spec = importlib.util.spec_from_file_location("bench_reload", REPO / "benchmarks" / "reload.py")
reload_bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reload_bench)


class Faq:
    """A FAQ folder validated once under a memo (as the editor keeps it), with its collisions."""

    def __init__(self, knowledge: Path, seeds: Path, quote: dict, matching=MATCHING):
        self.knowledge, self.seeds, self.quote, self.matching = knowledge, seeds, quote, matching
        self.memo = Memo()
        with self.memo.active():
            self.engine, problems = validate(knowledge, seeds, matching, check_collisions=False)
        assert self.engine is not None, problems[:3]
        self.before = {(p.entry, p.message) for p in collisions(self.engine)}
        self.words = sorted({w for e in self.engine.kb.entries.values() for t in e.phrasings for w in t.split()})

    def entry(self, entry_id: str, texts: list[str]) -> madeup.Entry:
        """An entry asked with `texts` (its question first) whose answer is the FAQ's quote."""
        quote = self.quote
        return madeup.Entry(
            entry_id, texts[0], tuple(texts[1:]), quote["text"], quote["text"], quote["speaker"], quote["source"]
        )

    def interim(self, phrasings: list[str]):
        """The interim engine the editor serves with one entry of these phrasings added ("zz-added"),
        or None with the problems when the add is refused before any collision check."""
        overlay = {"zz-added.yaml": self.entry("zz-added", phrasings).yaml().encode()}
        with self.memo.active():
            return validate(
                self.knowledge,
                self.seeds,
                self.matching,
                overlay=overlay,
                previous=self.engine,
                interim=True,
                check_collisions=False,
            )

    def checked(self, interim) -> tuple[set, set, set]:
        """(collisions the add made, the cheap check's, the full check's) on `interim`."""
        assert not interim.exact  # the new entry patched in, every other vector as it was
        cheap = {(p.entry, p.message) for p in collisions(interim, ["zz-added"])}
        full = {(p.entry, p.message) for p in collisions(interim)}
        return full - self.before, cheap, full

    def add(self, phrasings: list[str]) -> bool:
        """The interim engine with one entry of these phrasings added; the cheap check's collisions
        include every collision the add made (those not there before it)."""
        interim, problems = self.interim(phrasings)
        if interim is None:  # e.g. a phrasing another entry has word for word: refused before any collision
            assert problems
            event("refused before the collision check")
            return False
        made, cheap, full = self.checked(interim)
        event(f"the add made {'no' if not made else 'a'} collision")
        if any(entry != "zz-added" for entry, _ in made):
            event("a phrasing of another entry now goes to the added one")
        assert made <= cheap
        assert cheap <= full  # and it reports nothing the full check would not
        return bool(made)


def phrasing_lists(words: list[str]):
    phrasing = st.lists(st.sampled_from(words), min_size=1, max_size=6).map(" ".join)
    return st.lists(phrasing, min_size=11, max_size=11, unique_by=lambda t: " ".join(sorted(set(t.split()))))


def made_up_copy(tmp_path_factory, name: str, matching=MATCHING) -> Faq:
    """A writable copy of the made-up FAQ, whose added entries quote its field notes."""
    knowledge, seeds = madeup.copy_island(tmp_path_factory.mktemp(name))
    quote = {
        "source": "field-notes",
        "speaker": "notes",
        "text": "Trains on the coastal line run every hour between the harbour and the market town.",
    }
    return Faq(knowledge, seeds, quote, matching)


@pytest.fixture(scope="module")
def made_up(tmp_path_factory) -> Faq:
    return made_up_copy(tmp_path_factory, "made-up")


@pytest.fixture(scope="module")
def made_up_few_ranked(tmp_path_factory) -> Faq:
    """The made-up FAQ with only 2 of its entries ranked per question (`rerank_candidates`): an
    added entry often pushes a phrasing's own entry out of them, and a third entry comes first."""
    return made_up_copy(tmp_path_factory, "made-up-few", dataclasses.replace(MATCHING, rerank_candidates=2))


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Faq:
    knowledge, seeds = reload_bench.write_synthetic(tmp_path_factory.mktemp("synthetic"), 60)
    quote = {"source": "synthetic", "speaker": "author", "text": reload_bench.SOURCE}
    return Faq(knowledge, seeds, quote)


def test_the_synthetic_faq_has_more_entries_than_the_ranking_re_ranks(synthetic):
    assert len(synthetic.engine.kb.entries) > MATCHING.rerank_candidates


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_an_added_entrys_collisions_on_the_made_up_faq_are_all_found_by_the_cheap_check(made_up, data):
    made_up.add(data.draw(phrasing_lists([*made_up.words, "museum", "trains", "tourists"])))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_an_added_entry_pushing_the_own_entry_out_of_the_ranked_ones_is_found_by_the_cheap_check(
    made_up_few_ranked, data
):
    made_up_few_ranked.add(data.draw(phrasing_lists([*made_up_few_ranked.words, "museum", "trains"])))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_an_added_entrys_collisions_on_a_synthetic_faq_are_all_found_by_the_cheap_check(synthetic, data):
    synthetic.add(data.draw(phrasing_lists(synthetic.words)))


# The case the candidate places alone catch (engine._may_win: "a changed entry at least as close
# as the phrasing's own entry can push it out of them"). Two ferry entries join the made-up FAQ:
# the hours, whose long phrasings make its vector wide, and a list of the hours' key words, closer
# by entry cosine to the question below but behind it once phrasings are compared. With only 2
# entries ranked, an added entry that is closer still by cosine, yet far behind the hours on every
# bound of its own score, pushes the hours out: the key-word list then answers the hours' question.
FERRY_QUESTION = "when is the harbour ferry ticket office open"
FERRY_HOURS = [
    FERRY_QUESTION,
    "when is the harbour ferry ticket desk open",
    "can i bring a bicycle aboard the evening crossing",
    "are dogs allowed on deck during the crossing",
    "is there a discount for students and pensioners travelling",
    "how rough is the sea in winter",
    "does the boat carry cars",
    "where do foot passengers queue",
    "is breakfast served on the morning sailing",
    "what happens if the sailing is cancelled by storms",
    "can wheelchairs reach the upper lounge",
    "is there a cafe selling hot drinks and sandwiches",
    "may children travel alone without an adult guardian",
    "are lifejackets stored under every passenger seat",
    "do timetables change during the summer festival weeks",
    "can fishermen carry rods and tackle boxes",
]
FERRY_WORDS = [
    "ferry",
    "ticket",
    "harbour",
    "office",
    "ferry ticket",
    "harbour office",
    "gannet colony",
    "puffin nests",
    "seal pups",
    "tide pools",
    "kelp forest",
]
PUSHING = [  # the added entry: two of the question's words, and words of no ferry entry
    "open ferry",
    "office open",
    "gannet",
    "puffin",
    "seal",
    "tide",
    "rock",
    "kelp",
    "caves",
    "shipwreck",
    "dive",
]


@pytest.fixture(scope="module")
def ferry(tmp_path_factory) -> Faq:
    """The made-up FAQ with the two ferry entries, 2 entries ranked per question and plain TF-IDF
    entry vectors (learned weights would fit each entry to its own phrasings)."""
    faq = made_up_copy(tmp_path_factory, "ferry")
    for entry_id, texts in (("ferry-hours", FERRY_HOURS), ("ferry-words", FERRY_WORDS)):
        faq.entry(entry_id, texts).write(faq.knowledge)
    return Faq(
        faq.knowledge, faq.seeds, faq.quote, dataclasses.replace(MATCHING, rerank_candidates=2, learned_epochs=0)
    )


def test_an_added_entry_that_only_pushes_the_own_entry_out_of_the_ranked_ones_is_found_by_the_cheap_check(ferry):
    asked = ("ferry-hours", FERRY_QUESTION)  # the hours' question, asked as a new question would be
    assert ferry.engine.matcher.first(FERRY_QUESTION, exclude=asked) == "ferry-hours"
    interim, problems = ferry.interim(PUSHING)
    assert interim is not None, problems[:3]
    # The case described: neither the hours nor the added entry, but the key-word list now answers it.
    assert interim.matcher.first(FERRY_QUESTION, exclude=asked) == "ferry-words"
    made, cheap, full = ferry.checked(interim)
    assert any(entry == "ferry-hours" and FERRY_QUESTION in message for entry, message in made)
    assert made <= cheap
    assert cheap <= full
