"""An entry added is checked like an edit (bot.engine: `_changed_since`, `collisions(engine,
changed)`): on the interim engine the editor serves (`Engine.patched`: the new entry indexed against
the word weights already there), only the new entry's texts and the texts it might now win are
asked. That is sound there because every other entry's vector is the one served before: the only
collisions the add can make are those. These property tests compare that cheap check with asking
every text of the interim engine, on the made-up FAQ and on a synthetic one (benchmarks/reload.py's
generator, with more entries than the ranking's `rerank_candidates`, so that the new entry also
competes for the candidate places)."""

from __future__ import annotations

import dataclasses
import importlib.util
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.config import load_config
from bot.engine import Memo, collisions, validate

REPO = Path(__file__).resolve().parents[2]
SMALL = REPO / "tests" / "data" / "moderation"
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

    def add(self, phrasings: list[str]) -> bool:
        """The interim engine with one entry of these phrasings added; the cheap check's collisions
        include every collision the add made (those not there before it)."""
        data = {
            "id": "zz-added",
            "question": phrasings[0],
            "phrasings": phrasings[1:],
            "answer": self.quote["text"],
            "quotes": [self.quote],
        }
        overlay = {"zz-added.yaml": yaml.safe_dump(data, sort_keys=False).encode()}
        with self.memo.active():
            interim, problems = validate(
                self.knowledge,
                self.seeds,
                self.matching,
                overlay=overlay,
                previous=self.engine,
                interim=True,
                check_collisions=False,
            )
        if interim is None:  # e.g. a phrasing another entry has word for word: refused before any collision
            assert problems
            event("refused before the collision check")
            return False
        assert not interim.exact  # the new entry patched in, every other vector as it was
        cheap = {(p.entry, p.message) for p in collisions(interim, ["zz-added"])}
        full = {(p.entry, p.message) for p in collisions(interim)}
        made = full - self.before
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
    root = tmp_path_factory.mktemp(name)
    shutil.copytree(SMALL, root / "kb")
    quote = {
        "source": "field-notes",
        "speaker": "notes",
        "text": "Trains on the coastal line run every hour between the harbour and the market town.",
    }
    return Faq(root / "kb" / "knowledge", root / "kb" / "seeds", quote, matching)


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
