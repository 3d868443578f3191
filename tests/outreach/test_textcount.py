"""Counting like social platforms: links 23, emoji sequences 2, CJK 2, graphemes, not code units."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.outreach.textcount import URL_LENGTH, grapheme_length, graphemes, social_length, urls


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hello", 5),
        ("https://example.org", URL_LENGTH),
        ("https://example.org/a/very/long/path/that/is/much/longer/than/twenty-three", URL_LENGTH),
        ("http://a.co", URL_LENGTH),  # a short link counts 23 too
        ("see https://example.org/x.", 4 + URL_LENGTH + 1),  # trailing punctuation is not the link's
        ("(https://example.org/x)", 1 + URL_LENGTH + 1),
        ("amnesty.org", URL_LENGTH),  # a bare domain counts at least 23
        ("example.org/" + "p" * 40, len("example.org/") + 40),  # ... or its length when longer
        ("\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466", 2),  # a family: one emoji
        ("\U0001f1ee\U0001f1f7", 2),  # a flag: two regional indicators, one emoji
        ("\U0001f44d\U0001f3fd", 2),  # thumbs up with a skin tone
        ("1\ufe0f\u20e3", 2),  # keycap
        ("\u2764\ufe0f", 2),  # heart with the emoji presentation selector
        ("e\u0301", 1),  # decomposed é: normalised to one character
        ("\u0633\u0644\u0627\u0645", 4),  # Persian: one each
        ("\u65e5\u672c", 4),  # CJK: two each
        ("\u201cquoted\u201d \u2014 dash", 15),  # typographic quotes and dashes: one each
    ],
)
def test_social_length(text, expected):
    assert social_length(text) == expected


def test_graphemes_keep_clusters_together():
    assert list(graphemes("a\u0301b")) == ["a\u0301", "b"]
    iran, usa = "\U0001f1ee\U0001f1f7", "\U0001f1fa\U0001f1f8"
    assert list(graphemes(iran + usa)) == [iran, usa]
    assert list(graphemes("x\r\ny")) == ["x", "\r\n", "y"]
    assert grapheme_length("\U0001f468\u200d\U0001f469\u200d\U0001f467 ok") == 4


def test_urls_are_found_like_the_platforms_find_them():
    text = "Sign: https://example.org/petition. Or see amnesty.org, e.g. U.S. 2017."
    assert [text[a:b] for a, b in urls(text)] == ["https://example.org/petition", "amnesty.org"]


@given(st.text(alphabet=st.characters(blacklist_characters=".:/", blacklist_categories=("Cs",)), max_size=200))
def test_never_lower_than_graphemes_and_nothing_lost(text):
    assert "".join(graphemes(text)) == text
    assert social_length(text) >= grapheme_length(text)  # so within 280 here is within Bluesky's 300
