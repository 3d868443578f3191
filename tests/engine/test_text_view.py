"""The text view: the whole wording of a question against an entry's phrasings, function words
included, fitted per FAQ by calibration (on where entries differ in their wording around shared
words, off where each entry has words of its own)."""

from __future__ import annotations

import dataclasses
import random

import madeup
import pytest

from bot.engine import Matcher, MatchSettings
from bot.engine.evaluation import Labelled, calibrate, fit_fusion_text

TEMPLATES = [
    "how do i {a} my {b}",
    "what is the {a} {b} {c}",
    "who do i talk to about {a} and {b}",
    "where can i find the {a} for {b}",
    "why is my {a} not {b}",
    "what should i do if my {a} is {b}",
    "can i {a} {b} with my {c}",
    "is there a {a} for {b}",
]


def _templated_faq(n_entries: int = 300, seed: int = 7) -> list[tuple[str, list[str]]]:
    """A made-up FAQ whose entries share a small vocabulary of made-up words and differ mostly in
    which question they ask about them (no word of any real FAQ)."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ne", "pu", "ro", "si", "tu", "va", "ze"]
    vocab = sorted({"".join(rng.choice(syllables) for _ in range(3)) for _ in range(60)})
    entries = []
    for i in range(n_entries):
        keys = rng.sample(vocab, 3)
        texts: list[str] = []
        while len(texts) < 6:
            slots = keys[:]
            rng.shuffle(slots)
            text = rng.choice(TEMPLATES).format(a=slots[0], b=slots[1], c=slots[2])
            if text not in texts:
                texts.append(text)
        entries.append((f"t{i:03d}", texts))
    return entries


def _asked(entries, n: int, seed: str) -> list[Labelled]:
    """Phrasings asked with one of their words left out, as people shorten questions."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        entry_id, texts = rng.choice(entries)
        words = rng.choice(texts).split()
        del words[rng.randrange(len(words))]
        out.append(Labelled(" ".join(words), entry_id))
    return out


def _top1(matcher: Matcher, items: list[Labelled]) -> int:
    return sum(bool(c := matcher.rank(item.question).candidates) and c[0].entry_id == item.entry for item in items)


@pytest.fixture(scope="module")
def templated() -> tuple[list[tuple[str, list[str]]], Matcher]:
    entries = _templated_faq()
    return entries, Matcher(entries, MatchSettings())


def test_calibration_turns_the_text_view_on_where_entries_differ_in_their_wording(templated):
    entries, matcher = templated
    assert matcher.settings.fusion_text == 0.0  # off until calibration says otherwise
    weight = fit_fusion_text(matcher, _asked(entries, 300, "fit"))
    assert weight > 0
    # It ranks questions it was not fitted on better, not only the ones it was chosen on.
    held_out = _asked(entries, 300, "held-out")
    with_view = Matcher((), dataclasses.replace(matcher.settings, fusion_text=weight), index=matcher.index)
    assert _top1(with_view, held_out) > _top1(matcher, held_out)


def test_the_calibration_it_returns_carries_the_weight_into_the_settings(templated):
    entries, matcher = templated
    fitted = calibrate(matcher, _asked(entries, 200, "fit") + [Labelled("what time is the football on", None)])
    assert fitted.fusion_text > 0
    assert fitted.apply(matcher.settings).fusion_text == fitted.fusion_text


def test_with_the_view_on_a_phrasing_asked_as_a_question_still_finds_its_entry(templated):
    entries, matcher = templated
    on = Matcher((), dataclasses.replace(matcher.settings, fusion_text=1.5), index=matcher.index)
    for entry_id, texts in entries[:40]:
        assert on.rank(texts[0]).candidates[0].entry_id == entry_id


def test_calibration_keeps_the_view_off_on_a_faq_whose_entries_have_words_of_their_own(config):
    """The made-up FAQ (bees, a volcano, a lighthouse): every entry has its own words, so the
    wording around them adds nothing, and the ranking stays as it was."""
    engine = madeup.island(config.matching)
    items = [
        Labelled(q, e)
        for q, e in [
            ("how many flowers does a bee visit", "bees"),
            ("where do the bees sleep at night", "bees"),
            ("how far do bees fly", "bees"),
            ("did the volcano erupt recently", "volcano"),
            ("is the volcano still active", "volcano"),
            ("how big were the eruptions", "volcano"),
        ]
    ]
    items += [Labelled(text, e.id) for e in engine.kb.entries.values() for text in list(e.phrasings)[:4]]
    assert fit_fusion_text(engine.matcher, items) == 0.0
    assert calibrate(engine.matcher, items).fusion_text == 0.0


def _edit_check_finds_every_phrasing_won(settings: MatchSettings) -> None:
    """The edit's collision check keeps every phrasing an entry wins (engine._may_win), with `settings`."""
    entries = _templated_faq(n_entries=120, seed=3)
    madeup.assert_edit_check_keeps_what_is_won(Matcher(entries, settings), entries)


def test_the_edit_check_still_finds_every_phrasing_an_edited_entry_would_take_with_the_view_on():
    # the text view adds to every score
    _edit_check_finds_every_phrasing_won(MatchSettings(fusion_text=2.0))


def test_the_edit_check_still_finds_every_phrasing_an_edited_entry_would_take_with_a_negative_fuzzy_weight():
    # config accepts a negative `fusion_fuzzy` (string similarity counts against an entry): the
    # bound takes each entry's similarity itself, whatever the weight's sign
    _edit_check_finds_every_phrasing_won(MatchSettings(fusion_fuzzy=-0.3))


def test_without_a_fitted_model_the_text_view_does_not_answer_a_question_of_function_words(templated):
    """Set by hand without calibrating, the view's weight adds to the fused score; the default
    confidence (the fused score itself) is taken over its most, so a question that is only
    function words, which reads like many phrasings, is not answered because the view is on."""
    _, matcher = templated
    on = Matcher((), dataclasses.replace(matcher.settings, fusion_text=2.0), index=matcher.index)
    for question in ["how do i", "what is the", "can i"]:
        assert not on.match(question).answered
        assert on.match(question).score <= 100.0


def test_by_words_a_misspelt_word_counts_as_the_word_typo_repair_reads(made_up):
    """The text view's word ratio reads a misspelt question word as the FAQ word the typo repair
    gives, as the other views do: on the made-up FAQ, with the view on by words alone, a question
    with a misspelt word scores every entry exactly as the question spelt right; by letters alone
    the misspelling costs its entry."""
    by_words = dataclasses.replace(made_up.matcher.settings, fusion_text=2.0, text_words=1.0)
    words_only = Matcher((), by_words, index=made_up.matcher.index)
    letters_only = Matcher((), dataclasses.replace(by_words, text_words=0.0), index=made_up.matcher.index)
    for right, misspelt, entry in [
        ("when did the volcano last erupt", "when did the volcanno last erupt", "volcano"),
        ("who runs the lighthouse", "who runs the ligthhouse", "lighthouse"),
        ("how far do honeybees travel for flowers", "how far do honeybes travel for flowers", "bees"),
    ]:
        spelt = {r.entry_id: r.fused for r in words_only.rank(right).candidates}
        assert {r.entry_id: r.fused for r in words_only.rank(misspelt).candidates} == pytest.approx(spelt)
        assert words_only.rank(misspelt).candidates[0].entry_id == entry
        by_letters = {r.entry_id: r.fused for r in letters_only.rank(misspelt).candidates}
        assert by_letters[entry] < {r.entry_id: r.fused for r in letters_only.rank(right).candidates}[entry]


def test_by_words_a_dropped_word_costs_the_same_whatever_its_length():
    """By letters, leaving out a long word moves a question further from its phrasing than
    another short word in its place; by words, each word is one unit. Two made-up entries: a
    question that dropped the long word of the first reads closer to the second by letters, and
    to the first by words (every word of it is the first's, in order). The text view alone (the
    other views' weights 0)."""
    entries = [
        ("long", ["so how do i renew my glorbinaxitrope permit again"]),
        ("short", ["so how do i renew the permit again"]),
    ]
    alone = MatchSettings(fusion_learned=0.0, fusion_phrase=0.0, fusion_fuzzy=0.0, fusion_text=1.0, learned_epochs=0)
    first = {}
    for share in (0.0, 1.0):
        matcher = Matcher(entries, dataclasses.replace(alone, text_words=share))
        first[share] = matcher.rank("so how do i renew my permit again").candidates[0].entry_id
    assert first == {0.0: "short", 1.0: "long"}


def test_word_order_does_not_count_against_a_phrasing():
    """The text view reads a question that is a phrasing with its words moved (people reorder
    questions: "so loud why does my kettle whistle") as that phrasing, as the plain WRatio scan's
    token ratios do: two made-up entries, the text view alone, by letters, by words and half and
    half. In order, "so loud why does my" is the other entry's opening, which an order-bound ratio
    counted as much as (by words) or nearly as much as (by letters) the phrasing that has every
    word of the question."""
    entries = [
        ("kettle", ["why does my kettle whistle so loud", "how do i descale the kettle"]),
        ("dog", ["so loud why does my dog bark", "where is the dog lead"]),
    ]
    alone = MatchSettings(fusion_learned=0.0, fusion_phrase=0.0, fusion_fuzzy=0.0, fusion_text=1.0, learned_epochs=0)
    for share in (0.0, 0.5, 1.0):
        matcher = Matcher(entries, dataclasses.replace(alone, text_words=share))
        in_order = {r.entry_id: r.fused for r in matcher.rank("why does my kettle whistle so loud").candidates}
        moved = matcher.rank("so loud why does my kettle whistle").candidates
        assert moved[0].entry_id == "kettle"
        assert moved[0].fused == pytest.approx(in_order["kettle"]) == pytest.approx(1.0)
        assert moved[1].fused < moved[0].fused - 0.2


class _Ranked:
    def __init__(self, entry_id: str):
        self.entry_id = entry_id


class _Ranking:
    def __init__(self, order: list[str]):
        self.candidates = tuple(_Ranked(e) for e in order)


def _fit_with_orders(monkeypatch, orders: dict[float, dict[str, list[str]]]) -> float:
    """fit_fusion_text over a made-up FAQ (a kettle, a lantern, a compass) whose ranking, for each
    text view weight tried, is the table's: question -> entries best first."""
    from bot.engine import evaluation

    class TableMatcher:
        def __init__(self, entries, settings, answers=None, index=None):
            self.settings, self.answers, self.index = settings, answers, index

        def rank(self, question):
            return _Ranking(orders[self.settings.fusion_text][question])

    monkeypatch.setattr(evaluation, "Matcher", TableMatcher)
    items = [
        Labelled("how do i descale the kettle", "kettle"),
        Labelled("why does the lantern flicker", "lantern"),
        Labelled("the needle spins", "compass"),
    ]
    start = TableMatcher((), MatchSettings(), index=object())
    return fit_fusion_text(start, items, weights=tuple(orders))


def test_weights_that_rank_equally_many_first_are_told_apart_by_how_high_they_rank_the_rest(monkeypatch):
    """On a large FAQ two text view weights often rank exactly as many calibration questions
    first; the one that ranks the right entry of the others higher wins (not the smaller one)."""
    off = {
        "how do i descale the kettle": ["lantern", "kettle", "compass"],
        "why does the lantern flicker": ["kettle", "lantern", "compass"],
        "the needle spins": ["kettle", "lantern", "compass"],
    }
    near = {
        "how do i descale the kettle": ["kettle", "lantern", "compass"],
        "why does the lantern flicker": ["lantern", "kettle", "compass"],
        "the needle spins": ["kettle", "compass", "lantern"],  # right entry second
    }
    far = {**near, "the needle spins": ["kettle", "lantern", "compass"]}  # right entry third
    assert _fit_with_orders(monkeypatch, {0.0: off, 1.0: far, 3.0: near}) == 3.0
    assert _fit_with_orders(monkeypatch, {0.0: off, 1.0: near, 3.0: far}) == 1.0
    # equal on both counts: the smaller weight, as before
    assert _fit_with_orders(monkeypatch, {0.0: off, 1.0: near, 3.0: near}) == 1.0
