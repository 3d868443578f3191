"""Verify a quote (bot/engine/verify.py): verbatim with its place and speaker, altered with every
difference marked, or not in our sources; on the shipped FAQ and on made-up ones."""

from __future__ import annotations

import string
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "discord"))

from simworld import make_entry, make_kb, make_source, quote_of

from bot.engine import i18n, load_knowledge
from bot.engine.sources import fold, load_sources
from bot.engine.verify import Verdict, verify_quote

REPO = Path(__file__).resolve().parents[2]
MADE_UP = REPO / "tests" / "data" / "moderation"


@pytest.fixture(scope="module")
def shipped():
    return load_knowledge(REPO / "knowledge", REPO / "seeds")


@pytest.fixture(scope="module")
def island():
    return load_knowledge(MADE_UP / "knowledge", MADE_UP / "seeds")


def test_every_faq_quote_is_verbatim_with_its_place(shipped):
    for entry in shipped.entries.values():
        for quote in entry.quotes:
            result = verify_quote(quote.text, shipped)
            assert result.verdict is Verdict.VERBATIM, (entry.id, quote.text)
            assert fold(result.passage) == fold(quote.text)
            assert result.speaker in quote.source.speakers and result.quoted_in
            everywhere = [(result.place.source.id, result.place.start)] + [
                (p.source.id, p.start) for p in result.also_in
            ]
            assert (quote.source.id, quote.start) in everywhere  # the FAQ's own place is named


def test_quote_marks_spacing_invisible_characters_and_surrounding_quotes_do_not_matter(island):
    text = "Honeybees visit about two thousand flowers a day"
    pasted = "\u201c  Honeybees \u200bvisit about\n two thousand\u2067 flowers a day\u2026\u201d"
    plain, messy = verify_quote(text, island), verify_quote(pasted, island)
    assert plain.verdict is messy.verdict is Verdict.VERBATIM
    assert messy.place == plain.place and messy.place.paragraph == 2
    assert messy.speaker == "notes" and messy.quoted_in == ("bees",)


def test_the_speaker_is_the_innermost_faq_quote_or_the_only_speaker_or_unknown():
    source = make_source(
        paragraphs=['The reporter wrote that she said, "We will stay until the vote." Then it rained.'],
        speakers={"r": "The reporter", "s": "Jane Doe"},
    )
    text = source.paragraphs[0].text
    inner = text.index("We will")
    whole = make_entry(
        "whole", "What did the report say?", "It said so.", [quote_of(source, 1, 0, text.index(" Then"), "r")]
    )
    said = make_entry(
        "said", "What did she say?", "She said so.", [quote_of(source, 1, inner, text.index('."') + 1, "s")]
    )
    kb = make_kb([whole, said], [source])
    assert verify_quote("We will stay until the vote.", kb).speaker == "s"
    assert verify_quote("The reporter wrote that she said", kb).speaker == "r"
    unquoted = verify_quote("Then it rained.", kb)
    assert unquoted.verdict is Verdict.VERBATIM and unquoted.speaker is None and unquoted.quoted_in == ()
    assert any("not recorded" in line for line in unquoted.lines())
    alone = make_source("alone", paragraphs=["Only one voice speaks in this document."], speakers={"me": "The author"})
    assert verify_quote("one voice speaks", make_kb([], [alone])).speaker == "me"


def test_a_changed_word_is_altered_with_the_difference_marked(island):
    result = verify_quote("Honeybees visit about three thousand flowers a day and return to the same hive", island)
    assert result.verdict is Verdict.ALTERED
    assert [(d.kind, d.source, d.quote) for d in result.differences] == [("changed", "two", "three")]
    assert "[-two-] {+three+}" in result.marked
    assert result.passage.startswith("Honeybees visit about two thousand") and result.place.paragraph == 2
    assert result.speaker == "notes"
    data = result.to_json()
    assert data["verdict"] == "altered" and data["differences"] == [
        {"kind": "changed", "source": "two", "text": "three"}
    ]
    assert data["passage"] == result.passage and data["source"] == "field-notes"


def test_added_and_removed_words_are_listed(shipped):
    quote = shipped.entries["executions"].quotes[0]
    words = quote.text.split()
    changed = " ".join(words[:3] + ["really"] + words[3:6] + words[7:])  # one word added, one left out
    result = verify_quote(changed, shipped)
    assert result.verdict is Verdict.ALTERED
    kinds = {(d.kind, d.quote or d.source) for d in result.differences}
    assert ("added", "really") in kinds and ("removed", fold(words[6]).strip(",.")) in kinds
    assert "{+really+}" in result.marked and "[-" in result.marked
    assert result.place.source.id == quote.source.id and result.place.paragraph == quote.paragraph


def test_a_number_changed_in_a_real_quote_is_altered_not_verbatim(shipped):
    for entry in shipped.entries.values():
        for quote in entry.quotes:
            digits = [w for w in quote.text.split() if w.strip(",.").isdigit()]
            if not digits:
                continue
            number = digits[0].strip(",.")
            wrong = quote.text.replace(number, str(int(number) + 10), 1)
            result = verify_quote(wrong, shipped)
            assert result.verdict is Verdict.ALTERED, wrong
            assert ("changed", number, str(int(number) + 10)) in {
                (d.kind, d.source, d.quote) for d in result.differences
            }


@pytest.mark.parametrize(
    "text",
    [
        "The government said the elections were fair and free.",
        "the of and the in the",  # common words of every source, in no run
        "Lighthouses are painted red and white in most countries of the world.",
    ],
)
def test_text_that_only_shares_common_words_is_not_in_our_sources(island, shipped, text):
    for kb in (island, shipped):
        result = verify_quote(text, kb)
        assert result.verdict is Verdict.NOT_FOUND and result.place is None
        assert result.to_json()["source"] is None
        assert result.lines()[0].startswith("not in our sources")


def test_words_in_two_paragraphs_name_the_other_place_too():
    source = make_source(paragraphs=["A shared sentence is here.", "Something else.", "A shared sentence is here too."])
    result = verify_quote("A shared sentence is here", make_kb([], [source]))
    assert result.verdict is Verdict.VERBATIM and result.place.paragraph == 1
    assert [p.paragraph for p in result.also_in] == [3]
    assert result.to_json()["also_in"][0]["paragraph"] == 3


def test_json_has_the_same_fields_for_every_verdict(island):
    shapes = {
        frozenset(verify_quote(text, island).to_json())
        for text in (
            "Honeybees visit about two thousand flowers a day",
            "Honeybees visit about three thousand flowers a day",
            "Nothing like this",
            "",
        )
    }
    assert len(shapes) == 1
    assert {"verdict", "source", "title", "paragraph", "start", "end", "speaker", "differences", "passage"} <= next(
        iter(shapes)
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\u200b\u200f",
        "\u201c\u201d",
        "@everyone " * 400,
        "x" * 4000,
        "\u0627\u06cc\u0631\u0627\u0646 " * 300,
        "word " * 800,
    ],
)
def test_odd_input_never_crashes(shipped, text):
    result = verify_quote(text, shipped)
    assert result.verdict in set(Verdict)
    assert result.lines()


def test_sources_alone_are_enough_without_an_faq():
    sources, problems = load_sources(MADE_UP / "seeds")
    assert not problems
    result = verify_quote("still flashes its lamp every ten seconds", sources=sources)
    assert result.verdict is Verdict.VERBATIM and result.place.paragraph == 4 and result.quoted_in == ()


def test_every_verify_sentence_has_a_persian_one_with_the_same_fields():
    keys = [key for key in i18n.MESSAGES if key.startswith("verify_")]
    assert len(keys) >= 20  # the CLI's and Discord's sentences all live in the catalogue
    for key in keys:
        texts = i18n.MESSAGES[key]
        assert set(texts) == {i18n.EN, i18n.FA}, key
        fields = [
            {name for _, name, _, _ in string.Formatter().parse(texts[lang]) if name and name.isidentifier()}
            for lang in (i18n.EN, i18n.FA)
        ]
        assert fields[0] == fields[1], key
        assert i18n.has_rtl(texts[i18n.FA]), key
