"""Quotes are located in their source exactly; only quote-mark style and spacing may differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.sources import load_sources

REPO = Path(__file__).resolve().parents[2]
SHARED_SEED = REPO.parent / "shared" / "seeds" / "000_7a10353840dbbf90.txt"


@pytest.fixture(scope="module")
def source(config):
    sources, problems = load_sources(config.paths.seeds)
    assert problems == []
    return sources["iran-un-letter-report"]


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="shared/ seed not beside this checkout")
def test_seed_is_a_byte_for_byte_copy_of_the_campaign_document(config):
    assert (config.paths.seeds / "iran-un-letter-report.txt").read_bytes() == SHARED_SEED.read_bytes()


def test_metadata_states_only_what_the_text_supports(source):
    assert source.language == "en"
    assert "34" in source.description and "November 7" in source.description
    assert set(source.speakers) == {"report", "letter", "bahreini"}
    # The seed names no publisher, URL or publication date; the metadata must not invent one.
    meta = source.metadata_path.read_text(encoding="utf-8").lower()
    assert "http" not in meta and "published" not in meta.replace("publication date", "")


def test_paragraphs_are_the_lines_of_the_text(source):
    assert len(source.paragraphs) == 10
    assert source.paragraphs[0].text.startswith("In a letter addressed to the United Nations")
    for p in source.paragraphs:
        assert source.text[p.start : p.end] == p.text


def test_straight_quotes_and_folded_lines_find_the_typographic_original(source):
    span = source.find("Iran's human rights record under\n   scrutiny")
    assert span is not None
    start, end = span
    assert source.text[start:end] == "Iran\u2019s human rights record under scrutiny"
    assert source.paragraph_at(start).number == 2


@pytest.mark.parametrize(
    "altered",
    [
        "Iran remains among the top executioners in the world and has executed at least 450 people",
        "Iran remains among the top executioner in the world",
        "iran remains among the top executioners in the world",  # case is part of verbatim
        "Iran remains among the top executioners in the world.\u201d The NGOs",  # crosses paragraphs? no: absent
    ],
)
def test_any_change_of_words_is_not_found(source, altered):
    assert source.find(altered) is None


def test_repeated_sentence_takes_the_first_paragraph_unless_told(source):
    sentence = "By voting in favor of this resolution, the UN General Assembly will send a strong signal"
    first = source.find(sentence)
    assert source.paragraph_at(first[0]).number == 5
    tenth = source.find(sentence, paragraph=10)
    assert source.paragraph_at(tenth[0]).number == 10
    assert source.find(sentence, paragraph=3) is None


def test_a_quote_spanning_two_paragraphs_is_refused(source):
    end_of_1 = source.paragraphs[0].text[-30:]
    start_of_2 = source.paragraphs[1].text[:30]
    assert source.find(end_of_1 + " " + start_of_2) is None
